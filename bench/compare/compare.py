#!/usr/bin/env python3
"""Winnow against other article extractors on the ScrapingHub benchmark, and Winnow's scaling.

Run through bench/compare.sh (which creates bench/.venv with the peers), not directly:

    bash bench/compare.sh               the full comparison (`make compare`), about 10 minutes
    bash bench/compare.sh --smoke       5 pages, html-text and trafilatura, a 1 MB corpus; seconds
    bash bench/compare.sh --render-only redraw BENCHMARKS.md and the chart from latest.json

Full run: every tool over the 181 ScrapingHub pages as HTML and as whole-page text
(HTML-only peers get the text as one <p> per line), RUNS times each, scored with the shingle metric of
score_shingles.py (imported, not copied), timed, and Winnow cleaning generated corpora of
10 MB, 100 MB and 1 GB with -j 1 and -j 2, learning sites (the default) and with --no-learn.
Writes bench/results/latest.json, bench/compare/compare.png and the generated part of
BENCHMARKS.md. The smoke run writes the same three files under out/compare-smoke/ and never
touches the committed ones.

    bash bench/compare.sh --scaling-only  the scaling runs alone (about 4 minutes), printed and
                                          written to out/compare-scaling/ only

The scaling runs write their outputs to a tmpfs (/dev/shm) when there is one with room, so
that they measure Winnow rather than the state of the disk's file system; the ScrapingHub runs
write under out/compare/ as before.

Environment: WINNOW (binary, default .build/release/winnow), BENCH (the ScrapingHub folder,
default ../shared/benchmarks/scrapinghub), SCORER (default ../shared/tools/score_shingles.py),
RUNS (runs per tool and input, fastest reported; default 2, smoke 1), PEERS (comma-separated
subset), SIZES (scaling corpus sizes in MB, default "10 100 1000", smoke "1"),
SCALE_JOBS (default "1 2"), SCALE_RUNS (default 2; the smoke run 1), SCALE_MODES (default "learn no-learn"),
SCALE_OUT (folder for the scaling outputs; default /dev/shm if it has room, else out/compare).
"""
import argparse
import datetime
import filecmp
import gzip
import html
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from importlib.metadata import version as dist_version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ next to the sources
import report  # noqa: E402  (bench/compare/report.py)

ALL_PEERS = ["trafilatura", "readability-lxml", "jusText", "resiliparse", "boilerpy3", "goose3",
             "html-text"]
SMOKE_PEERS = ["html-text", "trafilatura"]
SMOKE_PAGES = 5
TIME = "/usr/bin/time"
MB = 1e6
T0 = time.perf_counter()


def log(msg):
    print(f"compare [{time.perf_counter() - T0:5.0f} s]: {msg}", file=sys.stderr, flush=True)


def die(msg):
    log(msg)
    sys.exit(1)


def env_path(name, default):
    p = Path(os.environ.get(name) or default)
    return p if p.is_absolute() else ROOT / p


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem_gb, 1),
            "system": f"{platform.system()} {platform.machine()}",
            "python": platform.python_version()}


def load_scorer(path):
    if not path.is_file():
        die(f"no scorer at {path} (set SCORER=path/to/score_shingles.py)")
    spec = importlib.util.spec_from_file_location("score_shingles", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------------------------------------
# Inputs
# ------------------------------------------------------------------------------------------

def text_to_html(text):
    """What a user would try with a text-only scrape and an HTML-only extractor."""
    paras = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines()
                      if line.strip())
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
            f"{paras}\n</body></html>\n")


def prepare_inputs(bench, work, ids):
    """work/input/{html,text,text-as-html}, rebuilt every run (a second or so)."""
    inp = work / "input"
    if inp.exists():
        shutil.rmtree(inp)
    dirs = {k: inp / k for k in ("html", "text", "text-as-html")}
    for d in dirs.values():
        d.mkdir(parents=True)
    sizes = {"html": 0, "text": 0}
    for i in ids:
        raw = gzip.decompress((bench / "html" / f"{i}.html.gz").read_bytes())
        (dirs["html"] / f"{i}.html").write_bytes(raw)
        sizes["html"] += len(raw)
        text = (bench / "text" / f"{i}.txt").read_bytes()
        (dirs["text"] / f"{i}.txt").write_bytes(text)
        (dirs["text-as-html"] / f"{i}.html").write_text(text_to_html(text.decode("utf-8")),
                                                       encoding="utf-8")
        sizes["text"] += len(text)
    return dirs, sizes


# ------------------------------------------------------------------------------------------
# Measuring
# ------------------------------------------------------------------------------------------

def timed(cmd, time_log):
    """Runs cmd under /usr/bin/time -v; returns (exit status, wall seconds, peak RSS bytes,
    (user, system) CPU seconds, stderr)."""
    t0 = time.perf_counter()
    proc = subprocess.run([TIME, "-v", "-o", str(time_log)] + cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    info = time_log.read_text()
    time_log.unlink()
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", info).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", info).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", info).group(1))
    return proc.returncode, wall, rss_kb * 1024, (user, system), proc.stderr


def run_tool(tool, in_dir, out_dir, winnow, work, runs, loads):
    """tool: ("winnow", jobs) or ("peer", name). Runs it `runs` times; returns the fastest
    times, the highest peak RSS and the peer's own stats (errors, version)."""
    kind, arg = tool
    best = None
    for _ in range(runs):
        if out_dir.exists():
            shutil.rmtree(out_dir)
        loads.append(loadavg()[0])
        if kind == "winnow":
            cmd = [str(winnow), "clean", str(in_dir), "-o", str(out_dir), "--body-only", "-q",
                   "--force", "-j", str(arg)]
        else:
            stats_file = work / "peer-stats.json"
            cmd = [sys.executable, str(HERE / "run_peer.py"), arg, str(in_dir), str(out_dir),
                   str(stats_file)]
        status, wall, rss, cpu, err = timed(cmd, work / "time.log")
        # winnow exits 1 when some file failed (those pages then score 0); anything else is fatal
        if status != 0 and not (kind == "winnow" and status == 1):
            die(f"{' '.join(cmd)} exited with status {status}:\n{err[-2000:]}")
        run = {"process_seconds": wall, "peak_rss": rss, "cpu_seconds": sum(cpu), "exit_status": status}
        if kind == "peer":
            stats = json.loads(stats_file.read_text())
            stats_file.unlink()
            run.update(extract_seconds=stats["extract_seconds"], errors=stats["errors"],
                       error_examples=stats["error_examples"], version=stats["version"],
                       import_seconds=stats["import_seconds"])
        else:
            run.update(extract_seconds=wall, errors=0, error_examples=[])
        if best is None:
            best = run
        else:  # fastest of the runs for each time, highest peak RSS
            best["process_seconds"] = min(best["process_seconds"], run["process_seconds"])
            best["extract_seconds"] = min(best["extract_seconds"], run["extract_seconds"])
            best["cpu_seconds"] = min(best["cpu_seconds"], run["cpu_seconds"])
            best["peak_rss"] = max(best["peak_rss"], run["peak_rss"])
    best["command"] = " ".join(cmd).replace(str(ROOT) + "/", "")
    return best


def score(scorer, truth, ids, out_dir):
    preds, missing, empty = {}, 0, 0
    for i in ids:
        p = out_dir / f"{i}.txt"
        text = p.read_text(encoding="utf-8", errors="replace") if p.exists() else ""
        missing += not p.exists()
        empty += not text.strip()
        preds[i] = {"articleBody": text}
    f1, precision, recall, _ = scorer.score({i: truth[i] for i in ids}, preds)
    return {"f1": f1, "precision": precision, "recall": recall, "missing_outputs": missing,
            "empty_outputs": empty}


def same_tree(a, b):
    names = sorted(os.listdir(a))
    if names != sorted(os.listdir(b)):
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


# ------------------------------------------------------------------------------------------
# Scaling
# ------------------------------------------------------------------------------------------

def corpus(mb):
    """out/bench-corpus-<MB>mb, the folder bench/speed.sh uses too: generated once, reused."""
    name = f"bench-corpus-{mb:g}mb"
    path = ROOT / "out" / name
    generated = None
    if not path.is_dir():
        tmp = ROOT / "out" / f"{name}.tmp.{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        log(f"generating {path.relative_to(ROOT)} ({mb:g} MB) with bench/gen_corpus.py...")
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(ROOT / "bench/gen_corpus.py"), str(tmp),
                               "--mb", f"{mb:g}", "--seed", "1"], capture_output=True, text=True)
        if proc.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            die(f"gen_corpus.py failed:\n{proc.stderr[-2000:]}")
        try:
            tmp.rename(path)
            manifest = proc.stdout.replace(f'"dir": "{tmp}"', f'"dir": "out/{name}"')
            (ROOT / "out" / f"{name}.manifest.json").write_text(manifest)
        except OSError:  # someone else generated it meanwhile: the same bytes, keep theirs
            shutil.rmtree(tmp, ignore_errors=True)
        generated = time.perf_counter() - t0
        log(f"generated in {generated:.0f} s")
    files, size = 0, 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, n))
    return path, files, size, generated


SCALE_MODES = {"learn": [], "no-learn": ["--no-learn"]}


def scale_out_root(work, largest_bytes):
    """Where the scaling outputs go: SCALE_OUT, else /dev/shm when it has room for the largest
    output twice over (a tmpfs: no disk state, no discard), else the work folder.
    Returns (folder, kind) with kind "tmpfs" or "disk"."""
    if os.environ.get("SCALE_OUT"):
        root = Path(os.environ["SCALE_OUT"])
        kind = "tmpfs" if _is_tmpfs(root) else "disk"
    else:
        shm = Path("/dev/shm")
        try:
            st = os.statvfs(shm)
            room = st.f_bavail * st.f_frsize
        except OSError:
            room = 0
        if _is_tmpfs(shm) and room > 2 * largest_bytes:
            root, kind = shm / f"winnow-compare-{os.getpid()}", "tmpfs"
        else:
            root, kind = work, "disk"
    root.mkdir(parents=True, exist_ok=True)
    return root, kind


def _is_tmpfs(path):
    """Whether path is on a tmpfs (the longest /proc/mounts entry that holds it)."""
    try:
        real = os.path.realpath(path)
        best, fstype = "", ""
        with open("/proc/mounts") as f:
            for line in f:
                parts = line.split()
                mnt = parts[1]
                if (real == mnt or real.startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(best):
                    best, fstype = mnt, parts[2]
        return fstype == "tmpfs"
    except OSError:
        return False


def scaling(winnow, work, sizes, jobs_list, runs, loads, modes):
    """Returns (rows, output kind): per corpus size, mode and job count, the fastest run."""
    corpora = [(mb, *corpus(mb)) for mb in sizes]
    out_root, kind = scale_out_root(work, max((c[3] for c in corpora), default=0))
    log(f"scaling outputs go to {out_root} ({kind})")
    rows = []
    # On disk each run writes into a new folder, all deleted at the end, and dirty pages are
    # flushed first: deleting 170,000 outputs right before a run made ext4 (mounted with
    # `discard`) slow to create files, which measured the file system rather than Winnow. A
    # tmpfs has none of that, and each output is deleted as soon as it is counted.
    out_dirs = []
    for mb, path, files, size, generated in corpora:
        log(f"scaling corpus {path.relative_to(ROOT)}: {files} files, {size / MB:.1f} MB")
        for mode in modes:
            for j in jobs_list:
                measured = []
                for run in range(runs):
                    out_dir = out_root / f"scale-out-{mb:g}mb-{mode}-j{j}-run{run}"
                    if out_dir.exists():
                        shutil.rmtree(out_dir)
                    out_dirs.append(out_dir)
                    if kind == "disk":
                        os.sync()
                    loads.append(loadavg()[0])
                    cmd = [str(winnow), "clean", str(path), "-o", str(out_dir), "-q", "--force",
                           "-j", str(j)] + SCALE_MODES[mode]
                    status, wall, rss, cpu, err = timed(cmd, work / "time.log")
                    if status != 0:
                        die(f"{' '.join(cmd)} exited with status {status}:\n{err[-2000:]}")
                    written = sum(len(n) for _, _, n in os.walk(out_dir))
                    if written != files:
                        die(f"{' '.join(cmd)} wrote {written} outputs for {files} inputs")
                    if kind == "tmpfs":
                        shutil.rmtree(out_dir, ignore_errors=True)
                    measured.append((wall, cpu, rss))
                # The run with the least CPU time: other work on the machine only adds to it.
                wall, (user, system), _ = min(measured, key=lambda m: sum(m[1]))
                best = {"seconds": wall, "user_seconds": user, "sys_seconds": system,
                        "cpu_seconds": user + system, "peak_rss": max(m[2] for m in measured)}
                row = {"corpus_mb": mb, "corpus": str(path.relative_to(ROOT)), "files": files,
                       "bytes": size, "mode": mode, "jobs": j, "generated_seconds": generated,
                       **best, "mb_per_s": size / MB / best["seconds"],
                       "peak_rss_mb": best["peak_rss"] / MB}
                log(f"scaling {mb:g} MB {mode:8} -j {j}: {row['seconds']:.1f} s, "
                    f"{row['mb_per_s']:.1f} MB/s, CPU {user:.1f} + {system:.1f} s, "
                    f"peak RSS {row['peak_rss_mb']:.1f} MB")
                rows.append(row)
        if os.environ.get("SCALE_COPY", "1") != "0":
            rows.append(copy_control(mb, path, files, size, generated, out_root, kind, work, loads))
    for out_dir in out_dirs:
        shutil.rmtree(out_dir, ignore_errors=True)
    if out_root != work and out_root.name.startswith("winnow-compare-"):
        shutil.rmtree(out_root, ignore_errors=True)
    return rows, kind


def copy_control(mb, path, files, size, generated, out_root, kind, work, loads):
    """The same corpus copied by `cp -r`, measured like a Winnow run: what reading and writing
    those files costs the kernel at that size, so that a verdict can tell Winnow's growth from
    the system's."""
    out_dir = out_root / f"scale-copy-{mb:g}mb"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    if kind == "disk":
        os.sync()
    loads.append(loadavg()[0])
    status, wall, rss, (user, system), err = timed(["cp", "-r", str(path), str(out_dir)], work / "time.log")
    if status != 0:
        die(f"cp -r {path} {out_dir} exited with status {status}:\n{err[-2000:]}")
    shutil.rmtree(out_dir, ignore_errors=True)
    log(f"scaling {mb:g} MB cp -r: {wall:.1f} s, CPU {user:.1f} + {system:.1f} s")
    return {"corpus_mb": mb, "corpus": str(path.relative_to(ROOT)), "files": files, "bytes": size,
            "mode": "copy", "jobs": 1, "generated_seconds": generated, "seconds": wall,
            "user_seconds": user, "sys_seconds": system, "cpu_seconds": user + system,
            "peak_rss": rss, "mb_per_s": size / MB / wall, "peak_rss_mb": rss / MB}


# ------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--smoke", action="store_true",
                    help="5 pages, 2 peers, a 1 MB scaling corpus; results under out/compare-smoke")
    ap.add_argument("--render-only", action="store_true",
                    help="only rewrite BENCHMARKS.md and the chart from the results JSON")
    ap.add_argument("--scaling-only", action="store_true",
                    help="only the scaling runs; results under out/compare-scaling, printed")
    a = ap.parse_args()

    if a.scaling_only:
        work = ROOT / "out/compare-scaling"
        results_path, md_path = work / "scaling.json", work / "scaling.md"
    elif a.smoke:
        work = ROOT / "out/compare-smoke"
        results_path, chart_path, md_path = work / "latest.json", work / "compare.png", work / "BENCHMARKS.md"
    else:
        work = ROOT / "out/compare"
        results_path = ROOT / "bench/results/latest.json"
        chart_path = ROOT / "bench/compare/compare.png"
        md_path = ROOT / "BENCHMARKS.md"

    if a.render_only:
        results = json.loads(results_path.read_text())
        report.write_all(results, md_path, chart_path, ROOT)
        log(f"rewrote {md_path.relative_to(ROOT)} and {chart_path.relative_to(ROOT)}")
        return

    t_start = time.perf_counter()
    winnow = env_path("WINNOW", ".build/release/winnow")
    if not os.access(winnow, os.X_OK):
        die(f"no winnow binary at {winnow} (make build, or set WINNOW=path)")
    if not os.access(TIME, os.X_OK):
        die(f"{TIME} not found (apt-get install time)")
    runs = int(os.environ.get("RUNS") or (1 if a.smoke else 2))
    peers = (os.environ.get("PEERS") or ",".join(SMOKE_PEERS if a.smoke else ALL_PEERS)).split(",")
    unknown = set(peers) - set(ALL_PEERS)
    if unknown:
        die(f"unknown peers {sorted(unknown)}; known: {', '.join(ALL_PEERS)}")
    sizes = [float(x) for x in (os.environ.get("SIZES") or ("1" if a.smoke else "10 100 1000")).split()]
    scale_jobs = [int(x) for x in (os.environ.get("SCALE_JOBS") or "1 2").split()]
    scale_runs = int(os.environ.get("SCALE_RUNS") or (1 if a.smoke else 2))
    scale_modes = (os.environ.get("SCALE_MODES") or " ".join(SCALE_MODES)).split()
    if set(scale_modes) - set(SCALE_MODES):
        die(f"unknown SCALE_MODES {scale_modes}; known: {', '.join(SCALE_MODES)}")
    nproc = os.cpu_count() or 1

    if a.scaling_only:
        work.mkdir(parents=True, exist_ok=True)
        loads = [loadavg()[0]]
        load_start = loadavg()
        rows, out_kind = scaling(winnow, work, sizes, scale_jobs, scale_runs, loads, scale_modes)
        doc = {"schema": 1, "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "machine": machine(), "winnow_binary": str(winnow), "scale_runs": scale_runs,
               "scale_output": out_kind, "scale_modes": scale_modes, "scaling": rows,
               "load": {"loadavg_start": load_start, "loadavg_end": loadavg(),
                        "load1_min": min(loads), "load1_max": max(loads)},
               "runtime_seconds": time.perf_counter() - t_start}
        results_path.write_text(json.dumps(doc, indent=1) + "\n")
        text = "\n".join(report.scaling_section(doc)) + "\n"
        md_path.write_text(text)
        print(text)
        log(f"wrote {results_path.relative_to(ROOT)} and {md_path.relative_to(ROOT)} in "
            f"{doc['runtime_seconds']:.0f} s")
        return

    bench = env_path("BENCH", "../shared/benchmarks/scrapinghub")
    scorer = load_scorer(env_path("SCORER", "../shared/tools/score_shingles.py"))
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(i for i in truth if (bench / "html" / f"{i}.html.gz").exists()
                 and (bench / "text" / f"{i}.txt").exists())
    if len(ids) != len(truth):
        die(f"{len(truth) - len(ids)} ground-truth pages lack html/<id>.html.gz or text/<id>.txt in {bench}")
    if a.smoke:
        ids = ids[:SMOKE_PAGES]

    work.mkdir(parents=True, exist_ok=True)
    load_start = loadavg()
    loads = []
    dirs, set_bytes = prepare_inputs(bench, work, ids)
    winnow_version = subprocess.run([str(winnow), "--version"], capture_output=True,
                                    text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no",
                            "--", "Sources", "Package.swift"], capture_output=True, text=True).stdout
    if dirty.strip():
        commit += "+dirty"

    winnow_jobs = [1] + ([nproc] if nproc > 1 else [])
    tools = [("winnow", j) for j in winnow_jobs] + [("peer", p) for p in peers]
    results = []
    for set_name, winnow_in, peer_in in (("html", dirs["html"], dirs["html"]),
                                         ("text", dirs["text"], dirs["text-as-html"])):
        for tool in tools:
            kind, arg = tool
            label = f"winnow -j {arg}" if kind == "winnow" else arg
            out_dir = work / "output" / set_name / label.replace(" ", "")
            m = run_tool(tool, winnow_in if kind == "winnow" else peer_in, out_dir, winnow, work,
                         runs, loads)
            q = score(scorer, truth, ids, out_dir)
            if kind == "winnow":
                m["errors"] = q["missing_outputs"]
            row = {"set": set_name, "tool": "winnow" if kind == "winnow" else arg, "label": label,
                   "jobs": arg if kind == "winnow" else 1, "pages": len(ids),
                   "bytes": set_bytes[set_name],
                   "version": winnow_version if kind == "winnow" else m["version"],
                   **q, **{k: v for k, v in m.items() if k not in ("version", "peak_rss")},
                   "peak_rss_mb": m["peak_rss"] / MB,
                   "pages_per_s": len(ids) / m["extract_seconds"],
                   "mb_per_s": set_bytes[set_name] / MB / m["extract_seconds"],
                   "process_mb_per_s": set_bytes[set_name] / MB / m["process_seconds"]}
            results.append(row)
            log(f"{set_name:4} {label:16} F1 {q['f1']:.3f} P {q['precision']:.3f} R {q['recall']:.3f}  "
                f"{row['mb_per_s']:7.2f} MB/s extract, {row['process_seconds']:6.2f} s process, "
                f"{row['peak_rss_mb']:6.1f} MB RSS" + (f", {m['errors']} errors" if m["errors"] else ""))
        if len(winnow_jobs) > 1:
            a_dir, b_dir = (work / "output" / set_name / f"winnow-j{j}" for j in winnow_jobs)
            same = same_tree(a_dir, b_dir)
            for r in results:
                if r["set"] == set_name and r["tool"] == "winnow":
                    r["outputs_identical_across_jobs"] = same
            if not same:
                log(f"WARNING: winnow -j 1 and -j {nproc} wrote different outputs on {set_name}")

    scale_rows, scale_output = scaling(winnow, work, sizes, scale_jobs, scale_runs, loads, scale_modes)

    versions = {"winnow": f"{winnow_version} (commit {commit})", "python": platform.python_version()}
    for r in results:
        if r["tool"] != "winnow":
            versions[r["tool"]] = r["version"]
    for extra in ("lxml", "lxml_html_clean", "matplotlib"):
        try:
            versions[extra] = dist_version(extra)
        except Exception:
            pass

    results_doc = {
        "schema": 1,
        "smoke": a.smoke,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load": {"loadavg_start": load_start, "loadavg_end": loadavg(),
                 "load1_min": min(loads + [load_start[0]]), "load1_max": max(loads + [load_start[0]])},
        "versions": versions,
        "winnow_binary": str(winnow.relative_to(ROOT)) if winnow.is_relative_to(ROOT) else str(winnow),
        "runs": runs,
        "scale_runs": scale_runs,
        "scale_output": scale_output,
        "scale_modes": scale_modes,
        "benchmark": {"name": "ScrapingHub article-extraction benchmark", "pages": len(ids),
                      "html_bytes": set_bytes["html"], "text_bytes": set_bytes["text"],
                      "scorer": os.path.relpath(env_path("SCORER", "../shared/tools/score_shingles.py"), ROOT)},
        "results": results,
        "scaling": scale_rows,
        "runtime_seconds": time.perf_counter() - t_start,
    }
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(results_doc, indent=1) + "\n")
    if a.smoke and not md_path.exists():
        src = ROOT / "BENCHMARKS.md"
        md_path.write_text(src.read_text() if src.exists() else "")
    report.write_all(results_doc, md_path, chart_path, ROOT)
    log(f"wrote {results_path.relative_to(ROOT)}, {md_path.relative_to(ROOT)}, "
        f"{chart_path.relative_to(ROOT)} in {time.perf_counter() - t_start:.0f} s")

    if a.smoke:
        check_smoke(results_doc, md_path, chart_path, peers, winnow_jobs)


def check_smoke(doc, md_path, chart_path, peers, winnow_jobs):
    """The harness works end to end: every tool ran on both inputs and was scored, the
    scaling ran, the Markdown block and the chart were written."""
    problems = []
    expected = {(s, t) for s in ("html", "text") for t in peers + ["winnow"]}
    got = {(r["set"], r["tool"]) for r in doc["results"]}
    if expected - got:
        problems.append(f"missing results: {sorted(expected - got)}")
    for r in doc["results"]:
        if not 0 <= r["f1"] <= 1 or r["missing_outputs"]:
            problems.append(f"{r['set']} {r['label']}: F1 {r['f1']}, {r['missing_outputs']} missing outputs")
        if r["tool"] == "winnow" and r["set"] == "html" and r["f1"] < 0.5:
            problems.append(f"winnow F1 {r['f1']:.3f} on 5 HTML pages: extraction looks broken")
    modes = {r.get("mode") for r in doc["scaling"]} - {"copy"}
    wanted = set(doc["scale_modes"])
    if modes != wanted:
        problems.append(f"scaling rows for modes {sorted(m or '?' for m in modes)}, not {sorted(wanted)}")
    text = md_path.read_text()
    if (report.BEGIN not in text or report.END not in text or "| **winnow -j 1** |" not in text
            or any(f"| {m} |" not in text for m in doc["scale_modes"])):
        problems.append(f"{md_path} lacks the generated tables")
    if not chart_path.exists() or chart_path.stat().st_size < 10_000:
        problems.append(f"{chart_path} missing or too small")
    if problems:
        die("smoke run FAILED:\n  " + "\n  ".join(problems))
    log(f"smoke run OK: {len(doc['results'])} results, {len(doc['scaling'])} scaling rows, "
        f"{doc['runtime_seconds']:.1f} s")


if __name__ == "__main__":
    main()
