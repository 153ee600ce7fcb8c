# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
VENV := .venv
PY := $(VENV)/bin/python
CANBO := $(VENV)/bin/canbo
SEEDS ?= ../shared/corpus/seeds
DB ?= canbo.kgl

.PHONY: demo test setup browser

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
