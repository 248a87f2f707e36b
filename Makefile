# AcuPlanner — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test translations soak bench bench-scale lint format demo check clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's metadata changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m compileall -q planner db > /dev/null  # an editable install is not byte-compiled
	touch $(STAMP)

# The French translation, compiled from its .ts by Qt's lrelease (the .qm is not in git).
QM := resources/translations/acuplanner_fr.qm
$(QM): resources/translations/acuplanner_fr.ts | $(STAMP)
	$(PY) -m planner.cli.translations build

# After changing user-visible strings: lupdate them into the .ts (then translate them).
translations: $(STAMP)
	$(PY) -m planner.cli.translations update
	$(PY) -m planner.cli.translations check || true

run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy  # strict for planner/domain, storage, services, export ([tool.mypy])
	$(VENV)/bin/lint-imports  # the layer contracts ([tool.importlinter] in pyproject.toml)

# Two test processes (pytest-xdist; worksteal balances the few long tests): the suite is
# CPU-bound and this machine has two cores.
# TEST_WORKERS=0 runs it in one process (e.g. to debug), TEST_WORKERS=auto on every core.
TEST_WORKERS ?= 2
test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal --cov --cov-report=term $(PYTEST_ARGS)

# The failure tests (tests/reliability) at the reliability plan's nightly sizes: 200 kills
# during saves, 500 saves per process, 100 interleavings, 40 server outages, 50 kills during
# upgrades and backups, 10,000 fuzzed forms of each kind; and the UI robots (150-300 runs
# of each window) and the service-boundary robot (60 odd values per method) at theirs.
# make test runs them small.
SOAK_TESTS := tests/reliability tests/ui/test_robot_*.py tests/integration/test_service_boundaries.py
soak: $(STAMP)
	ACUPLANNER_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(SOAK_TESTS) -s $(PYTEST_ARGS)

# Performance at clinic scale (issue 9): one table of every figure on a 50,000-patient demo
# clinic (built once into bench/cache/), also written to bench/results.json. Options via
# BENCH_ARGS, e.g. BENCH_ARGS='--engine postgresql' or '--patients 5000'.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

# The same figures at 5,000 / 50,000 / 200,000 patients (bench/scaling.json); building the
# 200,000-patient clinic the first time takes several minutes.
bench-scale: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench --scale $(BENCH_ARGS)

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

demo: $(STAMP)
	$(PY) main.py demo --patients 300

check: $(STAMP)
	$(PY) main.py check

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
