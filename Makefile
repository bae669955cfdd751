# Two commands for a fresh machine (see README.md):  make demo   and   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test unit integration neo4j-start neo4j-stop neo4j-status lint clean bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench,browser]'
	touch $(STAMP)

## The main job on the seeds: local Neo4j (installed on first use), load seeds/, print the answers of queries/.
demo: setup
	$(BIN)/newsgraph neo4j start
	$(BIN)/load-articles seeds/
	$(BIN)/newsgraph query --all
	$(BIN)/newsgraph neo4j status

## Unit tests and integration tests against a real Neo4j that the test session starts and stops itself.
test: setup browser-deps
	$(BIN)/python -m pytest

## Debian's Chromium and a Korean font for the browser tests (tests/browser/), installed when missing; never a
## downloaded browser build. Not installable: a warning here, and the browser tests fail saying so.
## NEWSGRAPH_SKIP_BROWSER=1 skips both.
.PHONY: browser-deps
browser-deps:
	@if [ "$$NEWSGRAPH_SKIP_BROWSER" = 1 ]; then echo "browser-deps: skipped (NEWSGRAPH_SKIP_BROWSER=1)"; \
	elif [ -x /usr/bin/chromium ] && fc-list :lang=ko 2>/dev/null | grep -q .; then :; \
	else \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  echo "browser-deps: installing Debian's chromium and fonts-nanum"; \
	  { $$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	      --no-install-recommends chromium fonts-nanum; } \
	  || echo "browser-deps: could not install chromium; the browser tests will fail" >&2; \
	fi

unit: setup
	$(BIN)/python -m pytest -m "not integration and not browser"

integration: setup
	$(BIN)/python -m pytest -m integration

## Benchmarks (BENCHMARKS.md): a synthetic corpus with gold, extraction vs Kiwi, load into a dedicated local Neo4j
## instance `bench` (reset first; never your data), unchanged re-run, query latency, peak RSS, quality.
## Results: RESULTS/bench-N*.json, then BENCHMARKS.md and docs/img/bench.png regenerated from all of them
## (python -m bench.report does that alone). Quick run: make bench BENCH_SIZES=200
BENCH_SIZES ?= 1000,10000
BENCH_ARGS  ?=
bench: setup
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) $(BENCH_ARGS)

neo4j-start: setup
	$(BIN)/newsgraph neo4j start

neo4j-stop: setup
	$(BIN)/newsgraph neo4j stop

neo4j-status: setup
	$(BIN)/newsgraph neo4j status

lint: setup
	$(BIN)/python -m ruff check ingest graph newsgraph tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
