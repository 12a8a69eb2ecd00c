# ClusterNet: `make demo` runs the main job on the shipped data; `make test` runs every test.
# Both install what is missing on a fresh Debian machine (as root) and build first.

SYSTEM_PACKAGES := libsqlite3-dev libgraphviz-dev graphviz liblapacke libopenblas0 sqlite3
# Only for tests and benchmarks: the web page's browser test (Debian's chromium driven by Selenium)
# and the server's load test (wrk).
TEST_PACKAGES := chromium chromium-driver python3-selenium wrk
SWIFT ?= swift
DEMO_OUTPUT ?= demo-output
PREFIX ?= /usr/local
FUZZ_SECONDS ?= 60
FUZZ_CONFIG ?= release

.PHONY: setup setup-test build release demo install test fuzz bench clean

# $(call install_missing,PACKAGES): apt-get install the Debian packages that are not installed.
define install_missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

setup:
	$(call install_missing,$(SYSTEM_PACKAGES))

setup-test: setup
	$(call install_missing,$(TEST_PACKAGES))

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

demo: release
	rm -f $(DEMO_OUTPUT)/clusternet.sqlite
	.build/release/clusternet demo --output $(DEMO_OUTPUT)

# The binary in PREFIX/bin and the data it finds by itself in PREFIX/share/clusternet/Graphs.
install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/clusternet/Graphs
	install .build/release/clusternet $(PREFIX)/bin/clusternet
	cp -R Graphs/wiod-2013 Graphs/finland-io-2014 $(PREFIX)/share/clusternet/Graphs/

# Built once; GraphvizMemoryTests measures the whole process's memory, so it runs alone after the rest.
# The browser test drives `clusternet serve` on the demo store in headless chromium; the OpenAPI
# check validates /api/openapi.json (openapi-spec-validator from pip) and calls every GET path in it.
test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip GraphvizMemoryTests
	CLUSTERNET_ISOLATED_TESTS=1 $(SWIFT) test --skip-build --filter GraphvizMemoryTests
	/usr/bin/python3 Tools/browser/browser_test.py "$$($(SWIFT) build --show-bin-path)/clusternet"
	python3 Tools/browser/openapi_check.py "$$($(SWIFT) build --show-bin-path)/clusternet"

# libFuzzer on the parsers (delimited text, I-O tables, node-link JSON, queries), FUZZ_SECONDS each;
# a finding stops with its input in Tools/fuzz/findings/ (Docs/reliability.md).
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_CONFIG=$(FUZZ_CONFIG) Tools/fuzz/run

bench: release setup-test
	Tools/bench/run

clean:
	rm -rf .build Tools/fuzz/.build $(DEMO_OUTPUT)
