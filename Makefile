# Two commands for a newcomer: `make demo` and `make test` (see README.md).
# Every target installs what it is missing first, so both work on a machine
# that has only rustup, node/npm and apt.

SHELL := /bin/bash
CARGO ?= cargo
WASM_TARGET := wasm32-unknown-unknown
# wasm-bindgen-cli must equal the crate version recorded in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
WASM := target/$(WASM_TARGET)/release/noteworthy.wasm

.PHONY: all demo test build tools tools-rust tools-browser tools-npm test-native test-wasm test-e2e bench package fuzz clean

all: build

## Installing what is missing ------------------------------------------------

tools: tools-rust tools-browser tools-npm

tools-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 3 minutes)"; \
	  $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked --quiet \
	  || $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --quiet; \
	fi

# Debian's Chromium, its translations (for the localized UI tests) and
# ChromeDriver — never a downloaded browser build.
tools-browser:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	dpkg -s chromium-l10n >/dev/null 2>&1 || missing="$$missing chromium-l10n"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# wasm-opt (npm binaryen: Debian's is too old for reference types) and
# playwright-core, from the lockfile.
tools-npm: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## Building ------------------------------------------------------------------

build: tools-rust tools-npm
	$(CARGO) build --release --target $(WASM_TARGET) --quiet
	node tools/build.mjs

# Store-ready archives: dist/noteworthy-{chrome,firefox}-<Cargo.toml version>.zip
package: build
	node tools/package.mjs

## Running -------------------------------------------------------------------

demo: build
	@echo
	@echo "Playground: http://127.0.0.1:8000"
	@echo "To try the extension: open chrome://extensions, turn on Developer mode,"
	@echo "click 'Load unpacked' and choose $(CURDIR)/dist/chrome"
	@echo "(Firefox: about:debugging > This Firefox > Load Temporary Add-on > dist/firefox/manifest.json)"
	@echo
	node www/serve.mjs 8000

## Testing -------------------------------------------------------------------

test: tools build
	$(MAKE) --no-print-directory test-native test-wasm test-e2e

test-native:
	$(CARGO) test --quiet

# wasm-bindgen-test in headless Chromium, through Debian's chromedriver.
test-wasm:
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  $(CARGO) test --target $(WASM_TARGET) --test dom --test exports

test-e2e: tools-npm tools-browser
	node --test --test-concurrency=1 tests/e2e/

# Proptest fuzz targets (tests/fuzz_*.rs) with a large case count, each
# bounded in time; optimised but with overflow checks and debug assertions,
# in a target dir of its own. Prints executions and seconds per target.
FUZZ_CASES ?= 200000
FUZZ_SECONDS ?= 40
fuzz:
	@set -o pipefail; \
	CARGO_TARGET_DIR=target/fuzz CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
	CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true \
	FUZZ_CASES=$(FUZZ_CASES) FUZZ_SECONDS=$(FUZZ_SECONDS) \
	  $(CARGO) test --release --quiet --test fuzz_text --test fuzz_judgment -- --nocapture --test-threads=2 fuzz_ 2>&1 \
	| awk '{ print } /fuzz .* execs in/ { for (i = 1; i < NF; i++) if ($$(i+1) == "execs") { n += $$i; t += $$(i+3) } } \
	  END { printf "fuzz total: %d execs in %.1f s (summed over targets)\n", n, t }'

bench: tools build
	node bench/run.mjs

clean:
	rm -rf dist target/$(WASM_TARGET)
