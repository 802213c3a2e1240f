# The two commands of the README, and the developer targets of HACKING.md.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build demo test test-asan bench fuzz fuzz-smoke format clean

all: build

deps:
	scripts/install-deps

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j$(JOBS)

# The main job on the bundled example corpus.
demo: build
	@mkdir -p out
	$(BUILD)/newsfuse brief examples/corpus
	$(BUILD)/newsfuse brief --format html --output out/brief.html examples/corpus
	$(BUILD)/newsfuse brief --format json --output out/brief.json examples/corpus
	$(BUILD)/newsfuse analyze examples/corpus > out/analyze.jsonl
	@echo "wrote out/brief.html (open it in a browser), out/brief.json and out/analyze.jsonl"

# Every test: unit, golden and end-to-end.
test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DNEWSFUSE_SANITIZE=ON \
	  -DNEWSFUSE_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

# Benchmarks (Release build); see HACKING.md for what each reports.
bench: deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DNEWSFUSE_BUILD_TESTS=OFF
	cmake --build build-release -j$(JOBS)
	bench/run-all build-release

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DNEWSFUSE_BUILD_FUZZ=ON \
	  -DNEWSFUSE_BUILD_TESTS=OFF -DNEWSFUSE_BUILD_BENCH=OFF
	cmake --build build-fuzz -j$(JOBS)

# A short run of every fuzz target from the example inputs (CI runs this).
FUZZ_SECONDS ?= 20
fuzz-smoke: fuzz
	@for f in build-fuzz/fuzz/*_fuzzer; do \
	  dir=$$(mktemp -d); cp examples/corpus/* tests/golden/analyze/*.txt \
	    tests/golden/analyze/*.html tests/golden/analyze/*.jsonl $$dir/; \
	  echo "fuzz: $$f for $(FUZZ_SECONDS)s"; \
	  $$f $$dir -max_total_time=$(FUZZ_SECONDS) -max_len=20000 \
	    > $$dir.log 2>&1 || { tail -n 40 $$dir.log; exit 1; }; \
	  tail -n 1 $$dir.log; rm -rf $$dir $$dir.log; \
	done

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-release build-fuzz out
