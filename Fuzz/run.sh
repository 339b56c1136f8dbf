#!/usr/bin/env bash
# Runs each libFuzzer target (built by `make fuzz-build`) for FUZZ_SECONDS, seeded from the
# Samples, the shared seeds and the ScrapingHub pages, and keeps any crasher under
# .build-fuzz/artifacts/. Prints each target's time and executions.
# Usage: Fuzz/run.sh [SECONDS] ["text html"]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-60}}
targets=${2:-text html}
build=.build-fuzz
bin=$build/release
work=$build/work
mkdir -p "$work/seeds-text" "$work/seeds-html" "$work/corpus-text" "$work/corpus-html" "$build/artifacts"

# Seeds: the text samples, the crashers already found (regressions), and the first 64 KB of
# some benchmark pages.
find Samples/input ../shared/seeds/input -type f -name '*.txt' -exec cp -t "$work/seeds-text" {} + 2>/dev/null || true
cp Tests/Fuzz/crashers/* "$work/seeds-text" 2>/dev/null || true
cp Tests/Fuzz/crashers/* "$work/seeds-html" 2>/dev/null || true
for page in $(ls ../shared/benchmarks/scrapinghub/html/*.html.gz 2>/dev/null | head -40); do
  gzip -dc "$page" | head -c 65536 > "$work/seeds-html/$(basename "$page" .gz)" || true
done

for target in $targets; do
  log=$build/fuzz-$target.log
  echo "fuzz-$target: ${seconds}s, log in $log"
  dict=(); [[ -f Fuzz/$target.dict ]] && dict=(-dict="Fuzz/$target.dict")
  "$bin/fuzz-$target" "$work/corpus-$target" "$work/seeds-$target" "${dict[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs|ERROR|SUMMARY" "$log" | sed "s/^/  /"
  if [[ ${status:-0} -ne 0 ]]; then echo "fuzz-$target found a problem: see $log and $build/artifacts/"; exit 1; fi
done
