# optout: `make run` and `make test` work on a fresh machine with only Python 3.11+.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := $(VENV)/.installed-dev

.PHONY: install install-dev train run test test-chaos test-browser screenshots bench cluster lint clean wheelhouse image-test

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "optout needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

install-dev: $(DEV)

$(DEV): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@

# Rebuild the keyword model (app/keywords/data/intent_model.json) from its corpus; the same
# corpus gives the same file on the same machine (a test checks the shipped one reads as a
# rebuild does, within what differs between CPUs).
train: install-dev
	$(BIN)/python -m app.keywords.train

run: install
	$(BIN)/optout run

test: install-dev
	$(BIN)/python -m pytest

# Fault injection against a real `optout run` and the 20,000-request fuzz (a few minutes);
# its figures are printed at the end.
test-chaos: install-dev
	$(BIN)/python -m pytest -m chaos -p no:cacheprovider

# The dashboard's browser test needs Debian's Chromium (Playwright cannot download its own).
test-browser: install-dev
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium; } || sudo apt-get install -y chromium
	$(BIN)/python -m pytest -m browser

# The browser test again, keeping its screenshots of every page in docs/screenshots.
screenshots:
	OPTOUT_SCREENSHOTS=$(CURDIR)/docs/screenshots $(MAKE) test-browser

bench: install-dev
	$(BIN)/optout bench

# A local Redis Cluster (3 masters, 1 replica each) in the foreground; Ctrl-C stops it.
cluster: install
	$(BIN)/python -m app.store.devcluster

# The optout wheel and every dependency, for the container image (installed there with
# --no-index). async-timeout: redis-py needs it below Python 3.11.3 (Debian bookworm's 3.11.2).
wheelhouse: install
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check -w build/wheelhouse . "async-timeout<6"

# Build the image with podman from a local Debian base, run web and worker against the host's
# Redis and PostgreSQL, send a signed STOP and check it is applied (root; not in CI).
image-test: install
	bash tests/image/image_test.sh

lint: install-dev
	$(BIN)/ruff check app workers config tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .optout build *.egg-info .pytest_cache .mypy_cache .ruff_cache
