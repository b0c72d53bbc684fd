# Each target is complete on its own on a fresh machine: it creates the venv and installs
# factx (with its dev tools) when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run screenshot test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## extract facts from the provided article into outputs/ (JSON + HTML report)
	$(BIN)/factx extract fixtures/articles/bmw-ix1-nb5.txt > outputs/bmw-ix1-nb5.json
	$(BIN)/factx render fixtures/articles/bmw-ix1-nb5.txt -o outputs/bmw-ix1-nb5.html
	@echo "wrote outputs/bmw-ix1-nb5.json and outputs/bmw-ix1-nb5.html"

screenshot: run  ## outputs/bmw-ix1-nb5.png from the report, in headless Chromium
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	  --disable-component-update --disable-sync --no-first-run \
	  --user-data-dir=$$(mktemp -d) --window-size=1280,2000 \
	  --screenshot=outputs/bmw-ix1-nb5.png file://$(CURDIR)/outputs/bmw-ix1-nb5.html

test: $(STAMP)  ## lint, architecture contracts and the test suite
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2

clean:
	rm -rf $(VENV) build *.egg-info
