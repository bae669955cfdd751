# Two commands for a fresh machine (see README.md):  make demo   and   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test unit integration neo4j-start neo4j-stop neo4j-status lint clean

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
test: setup
	$(BIN)/python -m pytest

unit: setup
	$(BIN)/python -m pytest -m "not integration and not browser"

integration: setup
	$(BIN)/python -m pytest -m integration

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
