"""Shared fixtures: isolated user folders, and fresh databases on SQLite and PostgreSQL.

The ``db`` fixture runs each test on both engines. PostgreSQL runs whenever its binaries
are present; with ``ACUPLANNER_REQUIRE_POSTGRES=1`` (set by .ci/run) a missing server is
an error, never a silent skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.storage.database import Database, open_database
from tests.pg_server import PgServer, find_pg_bin, running_server

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the real user folders or a real database."""
    home = tmp_path / "acuplanner-home"
    monkeypatch.setenv("ACUPLANNER_HOME", str(home))
    monkeypatch.delenv("ACUPLANNER_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("ACUPLANNER_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL binaries not found but ACUPLANNER_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL binaries not installed")
    with running_server(bin_dir) as server:
        yield server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL for a new, empty database on the engine under test."""
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
def db(db_url: str) -> Iterator[Database]:
    """A migrated, empty database on each engine."""
    database, _ = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(tmp_path / "test.sqlite3"))
    try:
        yield database
    finally:
        database.dispose()
