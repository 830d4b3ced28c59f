# The two commands a newcomer needs: `make publish` and `make test`.
# The first target that needs it creates .venv and installs the pinned
# dependencies (once; it is redone only when requirements change).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
DIGEST := $(BIN)/digest
PORT ?= 8000

.PHONY: help html publish test serve devserver clean import check eval bench

help:
	@echo "make publish    build the public site into output/ (SITEURL=https://... for absolute URLs)"
	@echo "make html       development build into output/ (relative URLs, no feeds)"
	@echo "make test       run the test suite"
	@echo "make serve      serve output/ at http://localhost:$(PORT)"
	@echo "make devserver  rebuild on change and serve at http://localhost:$(PORT)"
	@echo "make import     import seeds/*.txt into content/articles/"
	@echo "make check      report every problem in content/ without building"
	@echo "make eval       precision/recall of quote extraction against the gold sets"
	@echo "make bench      speed figures (printed, and written to bench/results.json)"
	@echo "make clean      remove output/ and caches"

$(READY): requirements.txt pyproject.toml
	@command -v chromium >/dev/null 2>&1 || { s=""; [ "$$(id -u)" -eq 0 ] || s=sudo; \
	  $$s apt-get install -y -qq chromium >/dev/null 2>&1 || \
	  echo "make: Debian's chromium is not installed and could not be; browser tests will be skipped"; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(READY)

html: $(READY)
	$(DIGEST) build --settings pelicanconf.py

publish: $(READY)
	$(DIGEST) build --settings publishconf.py

test: $(READY)
	$(BIN)/python -m pytest

check: $(READY)
	$(DIGEST) check --settings pelicanconf.py

import: $(READY)
	$(DIGEST) import seeds/*.txt

eval: $(READY)
	$(DIGEST) eval

bench: $(READY)
	$(BIN)/python bench/run.py

serve: $(READY)
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory output

devserver: $(READY)
	$(DIGEST) serve --settings pelicanconf.py --port $(PORT)

clean:
	rm -rf output .output.old .output.build-* .cache __pycache__ .pytest_cache test-screenshots
