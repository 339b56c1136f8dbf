#!/usr/bin/env python3
"""Winnow on Apache Spark: site profiles by map/reduce, then cleaning by RDD.pipe.

    python spark/winnow_spark.py --winnow /path/to/winnow --input pages.jsonl \
        --output clean.jsonl --profile site.profile [--partitions 8] [--master local[2]]

1. Map: each partition of JSONL records is piped through `winnow profile --jsonl - -o -`,
   giving that partition's site profile (per site, in how many pages each line occurs).
2. Reduce: the partition profiles are added together with `winnow profile merge`; counts only
   add, so any grouping and order gives the same profile, the profile of the whole corpus.
3. Clean: each partition is piped through `winnow clean --jsonl - --profile site.profile`;
   records come back in order, one line per input line, other fields untouched.

The output is byte-identical to one process cleaning the whole file (`winnow clean --jsonl
pages.jsonl`, which learns the same profile in its first pass). On a cluster, `winnow` must be
on every worker (same path), and the profile must reach them: put it on shared storage, or ship
it with `spark-submit --files site.profile` and pass its bare name. For large outputs, replace
the final collect() with saveAsTextFile().
"""

import argparse
import os
import shlex
import subprocess
import tempfile

from pyspark import SparkConf, SparkContext


def merge_profiles(winnow, left, right):
    """Reduce step: two profile texts in, their sum out (via `winnow profile merge`)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("a.profile", left), ("b.profile", right)):
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            paths.append(path)
        return subprocess.run([winnow, "profile", "merge", *paths, "-o", "-"], check=True,
                              capture_output=True, text=True, encoding="utf-8").stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--winnow", required=True, help="path of the winnow binary (on every worker)")
    parser.add_argument("--input", required=True, help="JSONL input")
    parser.add_argument("--output", required=True, help="clean JSONL output")
    parser.add_argument("--profile", required=True, help="where the merged site profile is written")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    winnow = os.path.abspath(args.winnow)

    conf = SparkConf().setMaster(args.master).setAppName("winnow").set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        pages = sc.textFile(args.input, minPartitions=args.partitions)

        # Map: one profile per partition (the profile's lines, gathered per partition by glom).
        partition_profiles = (pages.pipe(f"{shlex.quote(winnow)} profile --jsonl - -o - -j 1")
                              .glom()
                              .map(lambda lines: "".join(line + "\n" for line in lines)))
        # Reduce: add the profiles up.
        profile = partition_profiles.reduce(lambda a, b: merge_profiles(winnow, a, b))
        with open(args.profile, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(profile)

        # Clean every partition with the merged profile; records keep their order.
        command = f"{shlex.quote(winnow)} clean --jsonl - --profile {shlex.quote(os.path.abspath(args.profile))} -j 1 -q"
        clean = pages.pipe(command).collect()
        with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(line + "\n" for line in clean)
        print(f"winnow_spark: {pages.getNumPartitions()} partitions, {len(clean)} records -> {args.output}")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
