#!/usr/bin/env bash
# Huge inputs (issue 6), run by `make huge` (which builds first): a 1 GB text file without a
# single line break and a 200 MB HTML page, generated streaming into a temporary folder and
# removed afterwards. Each is cleaned alone twice under /usr/bin/time -v:
#   - with the default size limit: refused by its size, unread (seconds, peak RSS);
#   - with the limit raised (--max-file-size 2G --timeout 0): cleaned (seconds, peak RSS);
# and the same shapes at 60 MB, just under the default limit, cleaned with the defaults.
# MB = 10^6 bytes. The table is printed and appended to bench/results/huge.md.
#
# Environment: WINNOW=path (default .build/release/winnow), TMPDIR (where the 1.2 GB go).
set -euo pipefail
cd "$(dirname "$0")/.."

WINNOW=${WINNOW:-.build/release/winnow}
RESULTS=${RESULTS:-bench/results/huge.md}
TIME=/usr/bin/time
[[ -x "$WINNOW" ]] || { echo "huge: no winnow binary at '$WINNOW' (run 'make build')" >&2; exit 1; }
[[ -x "$TIME" ]] || { echo "huge: $TIME not found (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/winnow-huge.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/text" "$work/html"

# (yes ends by SIGPIPE once head has enough: not a failure)
set +o pipefail
# 1 GB of words and spaces, no line break anywhere.
yes 'lorem ipsum dolor sit amet consectetur' | tr '\n' ' ' | head -c 1000000000 > "$work/text/one-line-1GB.txt"
# A 200 MB page of paragraphs in divs.
{
  printf '<!DOCTYPE html><html><head><title>Huge</title></head><body><h1>Huge</h1>\n'
  yes '<div class="story"><p>The city council voted on Tuesday to expand the central library, officials said on Monday.</p></div>' \
    | head -c 199999900
  printf '</body></html>\n'
} > "$work/html/page-200MB.html"
# The same shapes just under the default 64 MB limit: the most one job takes by default.
head -c 60000000 "$work/text/one-line-1GB.txt" > "$work/text/one-line-60MB.txt"
{ head -c 59999985 "$work/html/page-200MB.html"; printf '</body></html>\n'; } > "$work/html/page-60MB.html"
set -o pipefail

# measure LABEL FILE ARGS...: one run, its exit status, wall seconds and peak RSS in MB.
measure() {
  local label=$1 file=$2; shift 2
  local status=0
  "$TIME" -v "$WINNOW" clean "$file" -o "$work/out" --force -q "$@" 2> "$work/time.txt" || status=$?
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1000}' "$work/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  local message
  message=$(grep -v -E '^\s|Command being timed' "$work/time.txt" | head -1 | cut -c1-90)
  printf '| %s | %s MB | `winnow clean %s %s` | %s | %s | %s MB | %s |\n' \
    "$label" "$(( $(stat -c %s "$file") / 1000000 ))" "$(basename "$file")" "$*" "$status" "$wall" "$rss" "${message:-cleaned}"
  rm -rf "$work/out"
}

table=$(
  echo "| input | size | command | exit | wall | peak RSS | message |"
  echo "|---|---|---|---|---|---|---|"
  measure "1 GB, no line break" "$work/text/one-line-1GB.txt"
  measure "1 GB, no line break" "$work/text/one-line-1GB.txt" --max-file-size 2G --timeout 0
  measure "200 MB HTML" "$work/html/page-200MB.html"
  measure "200 MB HTML" "$work/html/page-200MB.html" --max-file-size 2G --timeout 0
  measure "60 MB, no line break" "$work/text/one-line-60MB.txt"
  measure "60 MB HTML" "$work/html/page-60MB.html"
)
echo "$table"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "$table"
} >> "$RESULTS"
