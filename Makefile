# The two commands the README promises: `make run` and `make test`. Each builds its own virtual
# environment from pyproject.toml, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test unit e2e lint install bench bench-alignment bench-suggestions loadtest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# `make run` serves the app as a newsroom sees it, with DEBUG off: the app's own error pages, static files
# from collectstatic's copies (through WhiteNoise), plain HTTP on this machine. `DEBUG=1 make run` shows
# Django's debug pages instead. The secret key and the demo passwords are made once per checkout and kept
# in .run/ (git-ignored), so a restart logs nobody out. The demo logins are printed last, right before
# the server's own banner.
RUN_DIR := .run
RUN_HOSTS ?= 127.0.0.1,localhost,[::1]
RUN_ENV = DEBUG=$${DEBUG:-0} SECRET_KEY="$${SECRET_KEY:-$$(cat $(RUN_DIR)/secret-key)}" \
	SECURE_COOKIES=$${SECURE_COOKIES:-0} ALLOWED_HOSTS="$${ALLOWED_HOSTS:-$(RUN_HOSTS)}"

$(RUN_DIR)/secret-key:
	mkdir -p $(RUN_DIR)
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

run: $(STAMP) $(RUN_DIR)/secret-key
	@$(RUN_ENV) $(BIN)/python manage.py migrate --no-input -v 0
	@$(RUN_ENV) $(BIN)/python manage.py collectstatic --no-input -v 0
	@$(RUN_ENV) $(BIN)/python manage.py load_demo --url http://$(HOST):$(PORT)/
	@$(RUN_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Unit and integration tests, then the browser tests in their own process (Playwright's event loop
# must not share a process with Django's async-safety check).
test: $(STAMP)
	$(BIN)/python -m pytest tests --ignore=tests/e2e -q
	$(BIN)/python -m pytest tests/e2e -q

unit: $(STAMP)
	$(BIN)/python -m pytest tests --ignore=tests/e2e -q

e2e: $(STAMP)
	$(BIN)/python -m pytest tests/e2e -q

lint: $(STAMP)
	$(BIN)/ruff check .
	SECRET_KEY=lint $(BIN)/python manage.py makemigrations --check --dry-run

# Every benchmark beside its floor, in a throwaway database: `make bench BENCH_ARGS="--scale small"` for a
# quick look, `BENCH_ARGS="--database-url postgres://user@host:5432/any"` to run on PostgreSQL.
BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

# Alignment and story matching scored against the hand-written gold of tests/corpus/stories/, and the
# 50 x 30 alignment time.
bench-alignment: $(STAMP)
	$(BIN)/python benchmarks/alignment_quality.py

# Precision and recall of the suggested highlights, and the importer's paragraphs, on the seeds and on the
# written corpus (dev and held-out pages) separately; no database.
bench-suggestions: $(STAMP)
	$(BIN)/python -m benchmarks.suggestions_benchmark

# 20 reviewers for 60 s over HTTP against gunicorn, on PostgreSQL and on SQLite, then a check of what was
# stored. Options go in LOADTEST, e.g. make loadtest LOADTEST="--database sqlite --seconds 20".
loadtest: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.loadtest.run $(LOADTEST)

clean:
	rm -rf $(VENV)
