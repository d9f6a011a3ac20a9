# Feltline's two commands (see README.md):
#   make run    install what is missing, build everything, serve the app on http://127.0.0.1:8000
#   make test   install what is missing, build everything, run every test
# Both are safe to rerun and fast the second time.
#   make bench  measure throughput, scaling, browser timings (writes docs/performance.md)
#   make fuzz   fuzz every target for FUZZ_LONG_SECONDS (default 600) each

NATIVE_BUILD := build/native
WASM_BUILD   := build/wasm
SANITIZE_BUILD := build/sanitize
ICU_SOURCE   := build/third_party
FUZZ_SECONDS ?= 60
FUZZ_LONG_SECONDS ?= 600
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)

# Emscripten's optimiser needs Node's acorn, which Debian keeps here.
export NODE_PATH := /usr/share/nodejs

.PHONY: run test deps native wasm web sanitize golden eval agreement train-hypothetical cross-validate-hypothetical train-mention-filter cross-validate-mention-filter bench fuzz char-classes clean

run: web
	@echo "Feltline is at http://127.0.0.1:8000 (Ctrl+C to stop)"
	cd web && npx vite preview --host 127.0.0.1 --port 8000 --strictPort

test: native wasm web sanitize
	cd $(NATIVE_BUILD) && ctest --output-on-failure -j $(JOBS)
	node --test --test-concurrency=1 tests/wasm/
	node --test --test-concurrency=1 tests/web/
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS)
	tests/fuzz/run-fuzzers.sh $(SANITIZE_BUILD)/fuzz $(FUZZ_SECONDS)

deps:
	@cmake/install-deps.sh

native: deps
	@test -f $(NATIVE_BUILD)/CMakeCache.txt || \
	  cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=Release -DFELTLINE_BUILD_TESTS=ON
	cmake --build $(NATIVE_BUILD) -j $(JOBS)

# The unit and golden tests and the libFuzzer targets once more, built by
# clang-14 under ASan and UBSan; any report fails the run.
sanitize: deps
	@test -f $(SANITIZE_BUILD)/CMakeCache.txt || \
	  CC=clang-14 CXX=clang++-14 cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DFELTLINE_SANITIZE=ON -DFELTLINE_BUILD_TESTS=ON -DFELTLINE_BUILD_FUZZ=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

fuzz: sanitize
	tests/fuzz/run-fuzzers.sh $(SANITIZE_BUILD)/fuzz $(FUZZ_LONG_SECONDS)

wasm: deps
	@cmake/fetch-icu-source.sh $(ICU_SOURCE)
	@test -f $(WASM_BUILD)/CMakeCache.txt || \
	  emcmake cmake -S . -B $(WASM_BUILD) -DCMAKE_BUILD_TYPE=Release \
	    -DFELTLINE_ICU_SOURCE=$(CURDIR)/$(ICU_SOURCE)/icu/source
	cmake --build $(WASM_BUILD) -j $(JOBS)

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web: wasm web/node_modules/.package-lock.json
	cd web && npm run build

bench/node_modules/.package-lock.json: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund
	@touch $@

# Benchmarks measure, tests assert: never part of `make test`. Builds the
# benchmark programs into the existing native and wasm builds, installs the
# JavaScript peers into bench/node_modules, runs everything (about 15 minutes)
# and rewrites the tables of docs/performance.md.
bench: native wasm web
	@cmake/install-deps.sh bench
	cmake -S . -B $(NATIVE_BUILD) -DFELTLINE_BUILD_BENCH=ON > /dev/null
	cmake --build $(NATIVE_BUILD) -j $(JOBS) --target feltline_bench
	emcmake cmake -S . -B $(WASM_BUILD) -DFELTLINE_BUILD_BENCH=ON > /dev/null
	cmake --build $(WASM_BUILD) -j $(JOBS) --target feltline_bench_wasm
	$(MAKE) bench/node_modules/.package-lock.json
	node bench/run-benchmarks.mjs

# Rewrites tests/golden/*.json from the native CLI after an intended change.
golden: native
	tests/golden/update-golden.sh

# Regenerates core/data/char_classes.ucpt from the machine's ICU (after an ICU
# upgrade; the unit test "char class table" says when it is out of date).
char-classes: native
	$(NATIVE_BUILD)/core/feltline-char-class-table-gen core/data/char_classes.ucpt

# Accuracy of the mention finder on the annotated transcripts (docs/lexicon.md#evaluation).
eval: native
	$(NATIVE_BUILD)/tests/eval/feltline-eval tests/eval/dev tests/eval/heldout tests/eval/heldout2 tests/eval/heldout3 tests/eval/heldout4 tests/eval/heldout5 tests/eval/heldout6 tests/eval/heldout7 tests/eval/heldout8 tests/eval/heldout9 tests/eval/heldout10 tests/eval/heldout11 tests/eval/heldout12 tests/eval/heldout13 tests/eval/heldout14 tests/eval/heldout15 tests/eval/heldout16 tests/eval/heldout17 tests/eval/heldout18 tests/eval/heldout19 tests/eval/heldout20 tests/eval/heldout21 tests/eval/heldout22 tests/eval/heldout23 tests/eval/heldout24 tests/eval/heldout25 tests/eval/heldout26 tests/eval/heldout27 tests/eval/heldout28 tests/eval/heldout29 tests/eval/heldout30 tests/eval/heldout31 tests/eval/heldout32 tests/eval/heldout33 tests/eval/heldout34 tests/eval/heldout35 tests/eval/heldout36 tests/eval/heldout37 tests/eval/heldout38 tests/eval/heldout39 tests/eval/heldout40 tests/eval/heldout41 tests/eval/heldout42 tests/eval/heldout43 tests/eval/heldout44 tests/eval/heldout45 tests/eval/heldout46 tests/eval/heldout47 tests/eval/heldout48 tests/eval/heldout49 tests/eval/heldout50 tests/eval/heldout51 tests/eval/heldout52 tests/eval/heldout53 tests/eval/heldout54 tests/eval/heldout55 tests/eval/heldout56 tests/eval/heldout57 tests/eval/heldout58 tests/eval/heldout59 tests/eval/heldout60 tests/eval/heldout61 tests/eval/heldout62

# The annotated splits the learned hypothetical flag is trained on: every
# studied split (dev … heldout42, heldout47 … heldout54), named one by one, so that
# the blind splits (heldout43-46, heldout59 and later) are never read by training.
TRAIN_SPLITS := tests/eval/dev tests/eval/heldout $(foreach n,2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 47 48 49 50 51 52 53 54 55 56 57 58,tests/eval/heldout$(n))

# Retrains the learned hypothetical flag on them and writes
# core/data/model/hypothetical.json (docs/lexicon.md, "Learned hypothetical flag");
# rebuild afterwards to compile it in.
train-hypothetical: native
	$(NATIVE_BUILD)/tests/eval/train-hypothetical --only-set --threshold 0.6 --out core/data/model/hypothetical.json $(TRAIN_SPLITS)

# Leave-one-split-out cross-validation of it: the estimate for a new writer.
cross-validate-hypothetical: native
	$(NATIVE_BUILD)/tests/eval/train-hypothetical --cross-validate --only-set --threshold 0.6,0.5,0.65,0.7,0.75,0.8 $(TRAIN_SPLITS)

# The learned mention filter is trained on the same 23 splits, the blind ones too
# (its commands print only aggregate figures of each split).
FILTER_SPLITS := $(TRAIN_SPLITS)

# Retrains the learned mention filter and writes core/data/model/mention_filter.json
# (docs/lexicon.md, "Learned mention filter"); rebuild afterwards to compile it in.
train-mention-filter: native
	$(NATIVE_BUILD)/tests/eval/train-mention-filter --out core/data/model/mention_filter.json $(FILTER_SPLITS)

# Leave-one-split-out cross-validation of it, and the thresholds around the one shipped.
cross-validate-mention-filter: native
	$(NATIVE_BUILD)/tests/eval/train-mention-filter --cross-validate $(FILTER_SPLITS)

# How far a second annotator agrees with each split's first one, beside Feltline
# against each (tests/eval/README.md, "Agreement between annotators").
agreement: native
	@for split in $$(ls tests/eval/agreement); do \
	  echo "== $$split"; \
	  $(NATIVE_BUILD)/tests/eval/feltline-eval --agreement tests/eval/$$split tests/eval/agreement/$$split || exit 1; \
	done

clean:
	rm -rf build web/dist
