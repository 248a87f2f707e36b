"""Shared fixtures: isolated user folders, and fresh databases on SQLite and PostgreSQL.

Which engines a test runs on
----------------------------
* ``db`` (a migrated, empty database), ``migrated_url`` (its URL) and ``db_url`` (an EMPTY
  database, for migration tests) follow the ``backend`` parameter, which is **SQLite only**
  unless the test or its module is marked ``@pytest.mark.both_engines``
  (``pytestmark = pytest.mark.both_engines``); then each test runs on SQLite and on
  PostgreSQL. Modules whose behaviour depends on the engine carry that mark: storage and
  migrations, SQL queries and search, locking and concurrency, roles, backup and restore,
  connection loss, anything with engine-specific SQL. Services whose code is plain ORM
  (courses, accounts, clinic settings, room, intake, progress, sign-off) and the UI run on
  SQLite alone. ``sqlite_db`` is always SQLite; ``pg_server`` is always PostgreSQL.
* PostgreSQL runs whenever its binaries are present; with ``ACUPLANNER_REQUIRE_POSTGRES=1``
  (set by .ci/run) a missing server is an error, never a silent skip.

Speed: a database is not migrated per test. One template per test process (``make test``
runs two, pytest-xdist) and engine is migrated once and copied for each test (a file copy
on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL; see ``tests/db_template.py``);
``open_database`` then finds the copy at head. A clinic many tests start from is built once
the same way: ``built_database(key, build)``.

Crashes: any test in which the application's crash handler (``planner.ui.errors``) would
have shown a crash report fails with the report, unless marked
``@pytest.mark.crash_report_expected`` (tests of the crash handler itself).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from planner.storage.database import Database, open_database
from planner.ui import errors
from tests.db_template import built_sqlite, migrated_sqlite
from tests.pg_server import PgServer, find_pg_bin, running_server

# Clinic fixtures several modules share (tests/helpers/clinics.py).
pytest_plugins = ("tests.helpers.clinics",)

BACKENDS = ("sqlite", "postgresql")
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the real user folders or a real database."""
    home = tmp_path / "acuplanner-home"
    monkeypatch.setenv("ACUPLANNER_HOME", str(home))
    monkeypatch.delenv("ACUPLANNER_DATABASE_URL", raising=False)
    return home


@pytest.fixture(autouse=True)
def _no_crash_reports(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a test in which the crash handler would have shown a user a crash report.

    :class:`planner.ui.errors.CrashHook` builds a report only for a bug (not for an expected
    PlannerError); every report built is recorded here, and the crash dialog never opens
    modally. Tests of the crash handler itself opt out with ``crash_report_expected``.
    """
    if request.node.get_closest_marker("crash_report_expected"):
        yield
        return
    reports = record_crash_reports(monkeypatch)
    yield
    if reports:
        text = "\n\n".join(report.text() for report in reports)
        pytest.fail(
            f"the crash handler was called {len(reports)} time(s); a user would have seen:\n{text}",
            pytrace=False,
        )


def record_crash_reports(monkeypatch: pytest.MonkeyPatch) -> list[errors.CrashReport]:
    """From now on, every crash report built or shown lands in the list returned, and the
    crash dialog never opens modally (it would block a headless run)."""
    reports: list[errors.CrashReport] = []
    build_report = errors.build_report

    def recording_build_report(*exc_info: Any) -> errors.CrashReport:
        report = build_report(*exc_info)
        reports.append(report)
        return report

    def exec_without_blocking(dialog: errors.CrashDialog) -> int:
        if dialog._report not in reports:  # shown without the hook
            reports.append(dialog._report)
        return 0

    monkeypatch.setattr(errors, "build_report", recording_build_report)
    monkeypatch.setattr(errors.CrashDialog, "exec", exec_without_blocking)
    return reports


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("ACUPLANNER_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL binaries not found but ACUPLANNER_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL binaries not installed")
    with running_server(bin_dir) as server:
        yield server


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``backend`` is SQLite alone, or both engines under ``@pytest.mark.both_engines``."""
    if "backend" not in metafunc.fixturenames or _parametrizes_backend(metafunc):
        return
    engines = BACKENDS if metafunc.definition.get_closest_marker("both_engines") else ("sqlite",)
    metafunc.parametrize("backend", engines, indirect=True)


def _parametrizes_backend(metafunc: pytest.Metafunc) -> bool:
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0]
        names = names.split(",") if isinstance(names, str) else names
        if "backend" in (name.strip() for name in names):
            return True
    return False


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The engine under test: ``sqlite``, or also ``postgresql`` under ``both_engines``."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL for a new, EMPTY database on the engine under test (for migration tests)."""
    if backend == "sqlite":
        yield str(tmp_path / "test.sqlite3")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def migrated_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL for a new database at head: a copy of the run's template on that engine."""
    if backend == "sqlite":
        yield str(migrated_sqlite(tmp_path / "migrated.sqlite3"))
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_migrated_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def db(migrated_url: str) -> Iterator[Database]:
    """A migrated, empty database: SQLite, and PostgreSQL too under ``both_engines``."""
    database, _ = open_database(migrated_url)
    try:
        yield database
    finally:
        database.dispose()


BuiltDatabase = Callable[[str, Callable[[Database], T]], tuple[Database, T]]


@pytest.fixture
def built_database(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[BuiltDatabase[Any]]:
    """``built_database(key, build)``: a database on the engine under test holding what
    ``build(db)`` wrote, built once per run and key and copied for each test, with what
    ``build`` returned (any Database in that is closed: use the one returned beside it)."""
    opened: list[tuple[Database, str]] = []
    server: PgServer | None = request.getfixturevalue("pg_server") if backend != "sqlite" else None

    def make(key: str, build: Callable[[Database], T]) -> tuple[Database, T]:
        if server is None:
            path = tmp_path / f"built-{len(opened)}.sqlite3"
            result = built_sqlite(path, key, build)
            name, url = "", str(path)
        else:
            name, result = server.create_built_database(key, build)
            url = server.url(name)
        database, _ = open_database(url)
        opened.append((database, name))
        return database, result

    try:
        yield make
    finally:
        for database, name in opened:
            database.dispose()
            if server is not None:
                server.drop_database(name)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database, whatever the module's markers say."""
    database, _ = open_database(str(migrated_sqlite(tmp_path / "test.sqlite3")))
    try:
        yield database
    finally:
        database.dispose()
