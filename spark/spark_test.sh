#!/usr/bin/env bash
# `make spark-test`: runs the Spark recipe (spark/winnow_spark.py) in local mode over a few
# hundred generated pages of several sites, and checks that its clean records and its merged
# site profile are byte-identical to one `winnow` process over the same file.
# Installs pyspark (spark/requirements.txt) into spark/.venv (git-ignored) on first use; needs
# Java 17 and python3. Not part of `make test`: see the README for how long it takes.
#   WINNOW=path   the binary (default .build/release/winnow; `make spark-test` builds it)
#   DOCS=300 SITES=4 PARTITIONS=6
set -euo pipefail
cd "$(dirname "$0")/.."

WINNOW=${WINNOW:-.build/release/winnow}
DOCS=${DOCS:-300}
SITES=${SITES:-4}
PARTITIONS=${PARTITIONS:-6}
VENV=spark/.venv
WORK=out/spark-test
start=$(date +%s)

die() { echo "spark-test: $*" >&2; exit 1; }
[[ -x "$WINNOW" ]] || die "no winnow binary at '$WINNOW' (run 'make build')"
command -v java > /dev/null || die "java not found (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"

# The virtualenv is rebuilt when the pinned requirements change.
if [[ ! -x "$VENV/bin/python" ]] || ! cmp -s spark/requirements.txt "$VENV/requirements.txt"; then
    echo "spark-test: installing pyspark into $VENV..." >&2
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r spark/requirements.txt
    cp spark/requirements.txt "$VENV/requirements.txt"
fi

rm -rf "$WORK"
mkdir -p "$WORK"
python3 spark/gen_jsonl.py "$WORK/pages.jsonl" --docs "$DOCS" --sites "$SITES"

# One process: the profile of the whole file, and the file cleaned (learning the same profile).
"$WINNOW" profile --jsonl "$WORK/pages.jsonl" -o "$WORK/single.profile"
"$WINNOW" clean --jsonl "$WORK/pages.jsonl" -q > "$WORK/single.jsonl"

# Spark: profile per partition, merged by reduce; then each partition piped through clean.
PYSPARK_PYTHON="$PWD/$VENV/bin/python" "$VENV/bin/python" spark/winnow_spark.py --winnow "$WINNOW" \
    --input "$WORK/pages.jsonl" --output "$WORK/spark.jsonl" --profile "$WORK/spark.profile" \
    --partitions "$PARTITIONS" --master "local[2]"

cmp "$WORK/single.profile" "$WORK/spark.profile" || die "the merged profile differs from the single-process one"
cmp "$WORK/single.jsonl" "$WORK/spark.jsonl" || die "Spark's clean records differ from the single-process run"
records=$(wc -l < "$WORK/single.jsonl")
removed=$("$WINNOW" clean --jsonl "$WORK/pages.jsonl" --annotate -q | grep -o '"filter":"site_profile"' | wc -l)
(( removed > 0 )) || die "no site_profile removals: the test corpus should have site boilerplate"
echo "spark-test: OK: $records records over $PARTITIONS partitions, byte-identical to one process" \
     "($removed lines removed by site_profile); $(( $(date +%s) - start )) s"
