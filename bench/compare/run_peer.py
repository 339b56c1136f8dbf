#!/usr/bin/env python3
"""Run one peer extractor over a folder of pages, in this one process; bench/compare.py times it.

    python bench/compare/run_peer.py PEER IN_DIR OUT_DIR STATS_JSON

Reads IN_DIR/<id>.html (UTF-8) one file at a time, extracts the article body and writes
OUT_DIR/<id>.txt, like `winnow clean IN_DIR -o OUT_DIR --body-only` does. Each file is read and
decoded before the clock starts and written after it stops: the extraction clock
(time.perf_counter, summed over pages) covers the extraction call alone, so it measures the
library, not the disk or the interpreter. The caller times the whole process end to end
(interpreter start, imports, reading, extracting, writing) and takes its peak RSS from
/usr/bin/time -v. A page whose extraction raises is written empty and counted as an error.

STATS_JSON receives {"peer", "version", "pages", "bytes", "extract_seconds", "errors",
"error_examples", "import_seconds"}. PEER is one of the names in PEERS below.
"""
import json
import os
import sys
import time
from importlib.metadata import version as dist_version


def _html_text():
    import html_text

    def run(html):
        return html_text.extract_text(html, guess_layout=True)
    return run, "html-text"


def _trafilatura():
    import trafilatura

    def run(html):
        return trafilatura.extract(html, include_comments=False) or ""
    return run, "trafilatura"


def _readability():
    import html_text
    from readability import Document

    def run(html):
        # readability returns the article as HTML; html-text turns it into text with its block
        # layout, as the ScrapingHub benchmark's own evaluation of readability does.
        return html_text.extract_text(Document(html).summary(html_partial=True), guess_layout=True)
    return run, "readability-lxml"


def _justext():
    import justext
    stoplist = justext.get_stoplist("English")

    def run(html):
        paragraphs = justext.justext(html, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run, "jusText"


def _resiliparse():
    from resiliparse.extract.html2text import extract_plain_text

    def run(html):
        return extract_plain_text(html, main_content=True, alt_texts=False)
    return run, "Resiliparse"


def _boilerpy3():
    from boilerpy3 import extractors
    extractor = extractors.ArticleExtractor(raise_on_failure=True)

    def run(html):
        return extractor.get_content(html)
    return run, "boilerpy3"


def _goose3():
    from goose3 import Goose
    goose = Goose({"enable_image_fetching": False})

    def run(html):
        return goose.extract(raw_html=html).cleaned_text or ""
    return run, "goose3"


PEERS = {
    "html-text": _html_text,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "jusText": _justext,
    "resiliparse": _resiliparse,
    "boilerpy3": _boilerpy3,
    "goose3": _goose3,
}


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in PEERS:
        sys.exit(__doc__ + "\npeers: " + ", ".join(PEERS))
    peer, in_dir, out_dir, stats_path = sys.argv[1:]
    t0 = time.perf_counter()
    extract, dist = PEERS[peer]()
    import_seconds = time.perf_counter() - t0

    os.makedirs(out_dir, exist_ok=True)
    names = sorted(n for n in os.listdir(in_dir) if n.endswith(".html"))
    spent, total_bytes, errors, examples = 0.0, 0, 0, []
    for name in names:
        with open(os.path.join(in_dir, name), "rb") as f:
            raw = f.read()
        total_bytes += len(raw)
        html = raw.decode("utf-8", errors="replace")
        start = time.perf_counter()
        try:
            text = extract(html)
        except Exception as e:  # a peer failing on a page scores 0 there; it is not a crash
            text = ""
            errors += 1
            if len(examples) < 3:
                examples.append(f"{name}: {type(e).__name__}: {str(e)[:120]}")
        spent += time.perf_counter() - start
        with open(os.path.join(out_dir, name[:-len(".html")] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text or "")
    stats = {"peer": peer, "version": dist_version(dist), "pages": len(names), "bytes": total_bytes,
             "extract_seconds": spent, "import_seconds": import_seconds, "errors": errors,
             "error_examples": examples}
    with open(stats_path, "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1)


if __name__ == "__main__":
    main()
