#!/usr/bin/env bash
# Winnow against other article extractors (trafilatura, readability-lxml, jusText, Resiliparse,
# boilerpy3, goose3, and html-text as the no-cleaning baseline) on the ScrapingHub benchmark,
# plus Winnow's scaling on 10 MB / 100 MB / 1 GB generated corpora, learning sites and not.
# `make compare` builds winnow and runs this. Details: bench/compare/compare.py; results:
# BENCHMARKS.md.
#
#   bash bench/compare.sh                full run (~7 min on 2 cores): bench/results/latest.json,
#                                        bench/compare/compare.png, BENCHMARKS.md
#   bash bench/compare.sh --smoke        5 pages, html-text and trafilatura, 1 MB corpus; writes
#                                        only under out/compare-smoke/; exit 1 if the harness broke
#   bash bench/compare.sh --render-only  redraw BENCHMARKS.md and the chart from latest.json
#   bash bench/compare.sh --scaling-only the scaling runs alone (~4 min on 2 cores), printed and
#                                        written under out/compare-scaling/ only; no venv needed
#
# Creates bench/.venv from bench/requirements.txt (PyPI) on first use and again whenever that
# file changes (about 30 s with a warm pip cache). Environment: WINNOW=path (default
# .build/release/winnow; the smoke run falls back to .build/debug/winnow), PYTHON (to create the
# venv, default python3, needs >= 3.11), and compare.py's RUNS, PEERS, SIZES, SCALE_JOBS,
# SCALE_RUNS, SCALE_MODES, SCALE_OUT, BENCH, SCORER.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=bench/.venv
REQ=bench/requirements.txt
PYTHON=${PYTHON:-python3}
PIP_VERSION=26.3

die() { echo "compare: $*" >&2; exit 1; }

ensure_venv() {
    local want
    want=$(sha256sum "$REQ" | cut -d' ' -f1)
    if [[ -x "$VENV/bin/python" && "$(cat "$VENV/.requirements.sha256" 2>/dev/null)" == "$want" ]]; then
        return 0
    fi
    echo "compare: creating $VENV from $REQ (PyPI)..." >&2
    local t0=$SECONDS
    rm -rf "$VENV"
    if ! { "$PYTHON" -m venv "$VENV" \
            && "$VENV/bin/python" -m pip install -q --disable-pip-version-check "pip==$PIP_VERSION" \
            && "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ"; }; then
        rm -rf "$VENV"
        die "could not create $VENV (is PyPI reachable? is $PYTHON >= 3.11?)"
    fi
    echo "$want" > "$VENV/.requirements.sha256"
    echo "compare: $VENV ready in $((SECONDS - t0)) s" >&2
}

export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ in bench/compare/

# The scaling runs need no peers, so no venv.
if [[ " $* " == *" --scaling-only "* ]]; then
    exec "$PYTHON" bench/compare/compare.py "$@"
fi

# One venv builder at a time (a test-suite smoke run and `make compare` may start together).
exec 9< "$REQ"
flock 9
ensure_venv
exec 9<&-

if [[ " $* " == *" --smoke "* && -z "${WINNOW:-}" && ! -x .build/release/winnow && -x .build/debug/winnow ]]; then
    export WINNOW=.build/debug/winnow
fi
exec "$VENV/bin/python" bench/compare/compare.py "$@"
