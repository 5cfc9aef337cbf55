# The two set-up commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test system translations bench clean screenshots

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PIP) install -q -e .
	touch $@

$(DEVSTAMP): $(VENV)/bin/python pyproject.toml
	$(PIP) install -q -e '.[dev]'
	touch $@ $(STAMP)

## Open the desktop app on the default local profile (pass ARGS="--profile DIR" for another).
run: $(STAMP)
	$(VENV)/bin/docflow-app $(ARGS)

system:
	bash scripts/setup-system.sh

translations: $(STAMP)
	$(PY) -m resources.build_translations

## Install everything the suite needs (system packages included) and run it all.
test: system $(DEVSTAMP)
	bash scripts/run-tests.sh

## The user guide's pictures (docs/guide/<lang>/images) from the real window, under Xvfb, against
## docflow-server --demo (needs the dev extras: the reference server and the test PKI).
screenshots: $(DEVSTAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) scripts/screenshots.py $(ARGS)

bench: $(DEVSTAMP)
	for b in bench/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info

BUNDLESTAMP := $(VENV)/.installed-bundle
BUNDLE_OUT ?= dist

$(BUNDLESTAMP): $(VENV)/bin/python pyproject.toml
	$(PIP) install -q -e '.[bundle]'
	touch $@

.PHONY: bundle
## Build the Linux one-folder bundle and its tarball into dist/ (BUNDLE_OUT=DIR for another), smoke-tested.
bundle: $(BUNDLESTAMP)
	PYTHON=$(PY) bash installer/linux/build.sh $(BUNDLE_OUT)
