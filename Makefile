# Wijkwerk: `make run` sets everything up and serves the app; `make test` runs the whole suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

# The first interpreter of 3.12 or newer: $(PYTHON) if given, then python3.13/3.12/3, then pyenv's.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)

.PHONY: help run setup test test-sqlite benchmark lint format messages check-deploy backup restore clean

help: ## Show the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(PY):
	@if [ -z "$(PYTHON)" ]; then \
		echo "Wijkwerk needs Python 3.12 or newer (Django 6.1 requires it), and none was found."; \
		echo "Install it (e.g. 'apt install python3.12 python3.12-venv' or 'pyenv install 3.12'),"; \
		echo "or point to one: make run PYTHON=/path/to/python3.12"; exit 1; fi
	@echo "Creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# -qq: setuptools reports every editable install with a boxed "InformationOnly" notice that
# asks nothing of anyone; errors (and a failing install) still show.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -qq -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install -qq -e . --group dev
	@touch $@

.env:
	@printf '# Local development settings (see .env.example). Not for production.\nDJANGO_DEBUG=1\n' > $@
	@echo "Wrote .env with DJANGO_DEBUG=1 for local development"

setup: $(VENV)/.installed .env ## Install, migrate, load the catalogue and the demo accounts
	DJANGO_DEBUG=1 $(PY) manage.py migrate --no-input
	DJANGO_DEBUG=1 $(PY) manage.py load_catalogue
	DJANGO_DEBUG=1 $(PY) manage.py demo

run: setup ## Set everything up and serve the app on http://127.0.0.1:8000
	@echo
	@echo "Wijkwerk runs on http://$(HOST):$(PORT)/  (stop with Ctrl+C)"
	@echo
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev ## Run the whole suite: SQLite, PostgreSQL when installed, browser tests when Chromium is
	$(PY) -m tests.run_suite

test-sqlite: $(VENV)/.installed-dev ## Run the suite on SQLite only (quick)
	$(PY) -m pytest -n auto

benchmark: $(VENV)/.installed-dev ## Benchmarks on large data, on SQLite and PostgreSQL (not part of make test)
	$(PY) -m tests.run_suite benchmarks -s -q

lint: $(VENV)/.installed-dev ## ruff, missing migrations, translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

format: $(VENV)/.installed-dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.installed ## Update locale/nl from the code and templates, and compile it
	DJANGO_DEBUG=1 $(PY) manage.py makemessages --locale nl --no-obsolete --add-location file --ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*' --ignore 'benchmarks/*'
	DJANGO_DEBUG=1 $(PY) manage.py compilemessages --locale nl --ignore '.venv/*'

check-deploy: $(VENV)/.installed ## Django's deployment checks with production settings
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') DJANGO_ALLOWED_HOSTS=wijkwerk.example.nl \
		$(PY) manage.py check --deploy --fail-level WARNING

backup: $(VENV)/.installed ## Back up the database to backups/ (or to FILE=path)
	$(PY) manage.py backup $(if $(FILE),"$(FILE)")

restore: $(VENV)/.installed ## Replace all data with a backup: make restore FILE=backups/... (asks first)
	@if [ -z "$(FILE)" ]; then echo "Say which backup to restore: make restore FILE=backups/wijkwerk-....sqlite3 (or .dump)"; exit 1; fi
	$(PY) manage.py restore "$(FILE)"

clean: ## Remove the virtualenv, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles
