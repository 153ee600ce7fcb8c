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

.PHONY: demo test setup browser bench-extract bench-ingest bench-query bench-page

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: $(VENV)/.installed
	$(CANBO) ingest $(SEEDS) --db $(DB)
	$(CANBO) query chairs-by-directive --db $(DB)

# The page test drives Debian's Chromium; installed here when missing (as root, as on CI).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "chromium could not be installed: the browser test will say so"

test: $(VENV)/.installed browser
	$(PY) -m pytest

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
