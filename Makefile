# Winnow: `make run` cleans the bundled Samples, `make test` runs every test.
SWIFT    ?= swift
PREFIX   ?= /usr/local
CONFIG   ?= release
# The Swift runtime and Foundation linked into the binary: it runs where no Swift toolchain is
# installed (`make install`), and a run on one small file takes about 16 ms instead of 22-23
# (`perf stat -r 40 .build/release/winnow clean FILE -o OUT --force -q`): less to load and
# relocate, which a Makefile calling winnow per file pays every time. The binary is 80 MB
# instead of 9.5 MB. `make build LINK=` links dynamically.
LINK     ?= --static-swift-stdlib
BIN       = .build/$(CONFIG)/winnow
SAMPLES   = Samples/input
RUN_OUT   = out/samples

.PHONY: build run diff test bench quality compare spark-test install clean fuzz fuzz-build huge

build:
	$(SWIFT) build -c $(CONFIG) --product winnow $(LINK)

# Clean Samples/ into a fresh folder, compare with Samples/expected, and show the dry-run summary.
run: build
	rm -rf $(RUN_OUT)
	$(BIN) clean $(SAMPLES) -o $(RUN_OUT)
	diff -r Samples/expected $(RUN_OUT) && echo "Samples: output matches Samples/expected"
	$(BIN) clean $(SAMPLES) --dry-run > out/samples.diff
	@echo "Dry-run diff (patch -p1 applies it inside $(SAMPLES)): out/samples.diff"

# The dry-run diff of Samples/, with the filter and rule of every removed line.
diff: build
	$(BIN) clean $(SAMPLES) --dry-run -q

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	bash bench/speed.sh

quality: build
	$(SWIFT) build -c $(CONFIG) --product winnow-eval $(LINK)
	bash bench/quality.sh

# Winnow against trafilatura, readability-lxml, jusText, Resiliparse, boilerpy3, goose3 and
# html-text (installed into bench/.venv from bench/requirements.txt) on ScrapingHub, HTML and
# text, plus Winnow's scaling on 10 MB-1 GB corpora. Writes BENCHMARKS.md,
# bench/results/latest.json and bench/compare/compare.png; about 7 minutes on 2 cores.
compare: build
	WINNOW=$(BIN) bash bench/compare.sh

# Winnow on Apache Spark in local mode (spark/winnow_spark.py): site profiles by map/reduce, then
# RDD.pipe through `winnow clean --jsonl`, checked byte for byte against one process. Installs
# pyspark into spark/.venv on first use (Java 17 needed). Not part of `make test` (see README).
spark-test: build
	bash spark/spark_test.sh

# A 1 GB line-less text file and a 200 MB page: refused by the default size limit, then cleaned
# with it raised; wall time and peak RSS of each (bench/huge.sh, results in bench/results/huge.md).
huge: build
	bash bench/huge.sh

# libFuzzer targets (text pipeline; HTML parsing and extraction) with address sanitizer, each
# run for FUZZ_SECONDS; crashers land in .build-fuzz/artifacts/ (see Fuzz/run.sh).
FUZZ_SECONDS ?= 60
# `--sanitize fuzzer` makes SwiftPM link libFuzzer's main; the one -Xswiftc flag with both
# sanitizers comes last and so wins (`--sanitize fuzzer --sanitize address` passes two flags
# in no fixed order, and the last one alone counts). Dead stripping would drop the coverage
# counters libFuzzer needs.
FUZZ_FLAGS    = --build-path .build-fuzz -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address --disable-dead-strip
fuzz-build:
	WINNOW_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product fuzz-text
	WINNOW_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product fuzz-html

fuzz: fuzz-build
	bash Fuzz/run.sh $(FUZZ_SECONDS)

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/winnow

clean:
	rm -rf .build out
