# The two commands of the README: `make demo` and `make test`. Both set up .venv first,
# as do the benchmarks' (bench-extract, bench-ingest, bench-query, bench-page; run by hand).
VENV := .venv
PY := $(VENV)/bin/python
CANBO := $(VENV)/bin/canbo
SEEDS ?= ../shared/corpus/seeds
DB ?= canbo.kgl
BENCH ?= /tmp/canbo-bench
SIZES ?= 1000 10000 100000
BENCH_STORES ?= embedded bolt

.PHONY: demo test lint setup lock browser bench-extract bench-ingest bench-query bench-page

# The pip a new venv comes with, and the versions constraints.txt pins: a user's `pip install -c
# constraints.txt .`, a developer's and CI's installs resolve alike (tests/test_install.py checks a user's).
$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Re-resolve every dependency (with the test extras) in a new venv and pin what it chose.
lock:
	rm -rf .lock-venv && python3 -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet '.[test]'
	{ echo "# Pinned by \`make lock\` from pyproject.toml (with the test extras); used by make and by users:"; \
	  echo "#   pip install -c constraints.txt ."; \
	  .lock-venv/bin/python -m pip freeze --exclude canbo; } > constraints.txt
	rm -rf .lock-venv

setup: $(VENV)/.installed

demo: $(VENV)/.installed
	$(CANBO) ingest $(SEEDS) --db $(DB)
	$(CANBO) query chairs-by-directive --db $(DB)

# The page test drives Debian's Chromium; installed here when missing (as root, as on CI).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "chromium could not be installed: the browser test will say so"

# ruff and mypy first: they take seconds. `pytest -m "not slow"` runs the quick tests only (under a minute).
test: lint browser
	$(PY) -m pytest

# mypy checks the package by its name; the repository root is the package (package-dir), so a link names it.
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	@mkdir -p build/typecheck && ln -sfn ../.. build/typecheck/canbo
	MYPYPATH=build/typecheck $(VENV)/bin/mypy -p canbo

bench-extract: $(VENV)/.installed
	$(PY) bench/extract.py

# Keeps the graphs in $(BENCH) for bench-query: the embedded files, and the Bolt server's folder (last size).
bench-ingest: $(VENV)/.installed
	$(PY) bench/ingest.py --sizes $(SIZES) --stores $(BENCH_STORES) --keep $(BENCH)

bench-query: $(VENV)/.installed
	$(PY) bench/query.py $(BENCH)/g-100000.kgl
	$(PY) bench/query.py --bolt $(BENCH)

# The news corpus as one page: export time, page size, first paint in headless Chromium.
bench-page: $(VENV)/.installed browser
	$(PY) bench/page.py
