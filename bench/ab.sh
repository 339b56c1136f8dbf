#!/usr/bin/env bash
# Two winnow builds on the same corpus, run in turn (A, B, A, B, ...) so that the machine's
# swings fall on both alike; outputs go to a tmpfs, removed before each run. Prints every
# run's wall, user and system seconds, then each build's mean wall and CPU seconds. A first
# pair that read cold inputs (much slower than the rest) should be left out by the reader.
#
# Usage: bash bench/ab.sh BINARY_A BINARY_B [PAIRS] [winnow clean options...]
#   e.g. bash bench/ab.sh /tmp/winnow-dynamic .build/release/winnow 4 --no-learn
# Environment: CORPUS (default out/bench-corpus-200mb), JOBS (default 2), OUT (default /dev/shm).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $# -ge 2 ]] || { echo "usage: bash bench/ab.sh BINARY_A BINARY_B [PAIRS] [options...]" >&2; exit 64; }
A=$1; B=$2; shift 2
PAIRS=4
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then PAIRS=$1; shift; fi
CORPUS=${CORPUS:-out/bench-corpus-200mb}
JOBS=${JOBS:-2}
OUT=${OUT:-/dev/shm}
for binary in "$A" "$B"; do [[ -x "$binary" ]] || { echo "ab: no binary at $binary" >&2; exit 64; }; done
[[ -d "$CORPUS" ]] || { echo "ab: no corpus at $CORPUS (python3 bench/gen_corpus.py $CORPUS --mb 200)" >&2; exit 64; }

trap 'rm -rf "$OUT/ab-A-$$" "$OUT/ab-B-$$"' EXIT
for pair in $(seq 1 "$PAIRS"); do
    for side in A B; do
        binary=$A; [[ $side == B ]] && binary=$B
        out="$OUT/ab-$side-$$"
        rm -rf "$out"
        /usr/bin/time -f "$side $pair %e %U %S" "$binary" clean "$CORPUS" -o "$out" -j "$JOBS" -q "$@" 2>&1 >/dev/null | tail -n 1
    done
done | awk '{ print "pair " $2 " " $1 ": " $3 " s wall, " $4 " user, " $5 " system"
              w[$1] += $3; c[$1] += $4 + $5; n[$1]++ }
            END { for (s in w) printf "%s: mean %.3f s wall, %.3f s CPU over %d runs\n", s, w[s] / n[s], c[s] / n[s], n[s] }'
