#!/usr/bin/env bash
# Scores Winnow's extraction on the ScrapingHub benchmark with its shingle metric: the HTML
# pages, and the same pages as whole-page text. Assumes release builds of winnow and
# winnow-eval (`make quality` builds them).
#   bash bench/quality.sh [--per-page]     --per-page: each page's F1, lowest first, per set
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH=${BENCH:-../shared/benchmarks/scrapinghub}
BIN=${BIN:-.build/release}
TRUTH="$BENCH/ground-truth.json"
HTML_IN=out/scrapinghub-html

# Decompress the pages once.
pages=("$BENCH"/html/*.html.gz)
if [[ ! -d "$HTML_IN" ]] || (( $(find "$HTML_IN" -name '*.html' | wc -l) != ${#pages[@]} )); then
  rm -rf "$HTML_IN"
  mkdir -p "$HTML_IN"
  for page in "${pages[@]}"; do
    gzip -dc "$page" > "$HTML_IN/$(basename "$page" .gz)"
  done
fi

# <id>.html and <id>.txt both come out as <id>.txt, what winnow-eval reads.
"$BIN/winnow" clean "$HTML_IN" -o out/quality-html --body-only -q --force
"$BIN/winnow" clean "$BENCH/text" -o out/quality-text --body-only -q --force

for set in html text; do
  if [[ "${1:-}" == "--per-page" ]]; then echo "== $set, per page (lowest first)"; fi
  "$BIN/winnow-eval" "$TRUTH" "out/quality-$set" "$@" | sed "\$s/^/$set: /"
done
