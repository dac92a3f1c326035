# Two commands do everything on a fresh machine with Python >= 3.11:
#   make run    build the sample page into out/
#   make test   lint and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint eval clean

run: $(VENV)/.installed
	$(BIN)/kg build data/ -o out/

test: $(VENV)/.installed lint
	$(BIN)/python -m pytest -W error

lint: $(VENV)/.installed
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks

eval: $(VENV)/.installed
	$(BIN)/kg eval ../shared/gold/taiyuan-daily-2022-06-09.gold.json ../shared/gold/news

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) out build dist *.egg-info .pytest_cache .ruff_cache
