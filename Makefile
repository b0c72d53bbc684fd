# Each target is complete on its own on a fresh machine: it creates the venv and installs
# factx (with its dev tools) when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## extract facts from the provided article into outputs/
	$(BIN)/factx extract fixtures/articles/bmw-ix1-nb5.txt > outputs/bmw-ix1-nb5.json
	@echo "wrote outputs/bmw-ix1-nb5.json"

test: $(STAMP)  ## lint, architecture contracts and the test suite
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2

clean:
	rm -rf $(VENV) build *.egg-info
