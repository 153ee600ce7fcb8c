# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
VENV := .venv
PY := $(VENV)/bin/python
CANBO := $(VENV)/bin/canbo
SEEDS ?= ../shared/corpus/seeds
DB ?= canbo.kgl

.PHONY: demo test setup

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: $(VENV)/.installed
	$(CANBO) ingest $(SEEDS) --db $(DB)
	$(CANBO) query chairs-by-directive --db $(DB)

test: $(VENV)/.installed
	$(PY) -m pytest
