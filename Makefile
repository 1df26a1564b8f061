# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint format translations bench package screenshots mutants

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files make both targets idempotent: pip runs again only when pyproject.toml changes.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	@bash tools/system-deps.sh run
	$(BIN)/supplan

# Two pytest runs, both must pass: everything offscreen, then the end-to-end consultation in
# a real X11 window on a virtual screen (Qt's platform is fixed per process).
test: $(VENV)/.installed-test
	@bash tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	QT_QPA_PLATFORM=xcb xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" \
		$(BIN)/python -m pytest tests/e2e -o faulthandler_timeout=120

# The README's pictures, made from demo data by the app itself (commit them when they look right).
screenshots: $(VENV)/.installed-test
	@bash tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the translation source from the code, then compile it (commit both).
translations: $(VENV)/.installed-test
	$(BIN)/python tools/translations.py

# Mutation pass over the rules, the handout sentences and the handout builder: each mutant is
# one small change to the code in a temporary copy; the report lists the changes no test
# noticed. Slow (about a minute per mutant on a busy machine): ARGS="--sample 100 -j 2" for a
# subset, ARGS="--only instructions.py --tests tests/handout" for one file and its tests.
mutants: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/mutations.py $(ARGS)

# Speed figures (medians over repeated runs), not pass/fail tests.
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks

# The executable for this OS in dist/, smoke-tested (needs binutils on Linux).
$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $@ $(VENV)/.installed-test $(VENV)/.installed-app

package: $(VENV)/.installed-package
	@bash tools/system-deps.sh package
	$(BIN)/python packaging/build.py
