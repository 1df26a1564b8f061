# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck format translations bench package screenshots lock mutants

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Everything is installed from a lock file (exact versions, every download's hash checked),
# then Supplan itself without dependencies; `pip check` fails if the lock misses one.
# Stamp files make both targets idempotent: pip runs again only when a lock or pyproject.toml
# changes.
INSTALL_LOCKED = $(BIN)/python -m pip install --quiet --require-hashes -r
INSTALL_SELF = $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . \
	&& $(BIN)/python -m pip check

$(VENV)/.installed-app: pyproject.toml requirements/app.txt | $(BIN)/python
	$(INSTALL_LOCKED) requirements/app.txt
	$(INSTALL_SELF)
	touch $@

# The test tools, the packaging tools and the app, all from requirements/dev.txt.
$(VENV)/.installed-test: pyproject.toml requirements/dev.txt | $(BIN)/python
	$(INSTALL_LOCKED) requirements/dev.txt
	$(INSTALL_SELF)
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

lint: typecheck
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy --strict on src/app (settings in pyproject.toml).
typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the text catalogue from the code (supplan.pot, each .po), then compile the .mo files
# (commit all); translate what is new in resources/locale/<language>/LC_MESSAGES/supplan.po.
translations: $(VENV)/.installed-test
	$(BIN)/python tools/catalogue.py

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
package: $(VENV)/.installed-test
	@bash tools/system-deps.sh package
	$(BIN)/python packaging/build.py

# Refresh requirements/*.txt after changing a dependency in pyproject.toml (commit them);
# `make lock UPGRADE=1` moves every pin to the newest release the ranges allow.
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv>=0.5"
	$(BIN)/python tools/lock.py $(if $(UPGRADE),--upgrade)
