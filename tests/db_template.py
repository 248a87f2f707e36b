"""One migrated database per test run (per xdist worker) and engine, copied for each test.

Migrating a new database costs about a second (Alembic, eight revisions, SQLite table
rebuilds); copying a migrated one costs a few milliseconds. So the first test that needs a
database migrates a template, and every test gets a copy of it:

* SQLite: the template is migrated, closed, checkpointed (its write-ahead log folded into
  the file and removed) and then copied as a plain file with :func:`migrated_sqlite`;
* PostgreSQL: ``CREATE DATABASE … TEMPLATE``
  (:meth:`tests.pg_server.PgServer.create_migrated_database`).

A clinic that many tests start from (e.g. ``tests/helpers/document_clinic.py``) can be
built once in the same way and copied (:func:`built_sqlite`, ``built_database`` in
``tests/conftest.py``): each test still gets its own copy to change.

Tests still open the copy with :func:`planner.storage.database.open_database`, which finds
it at head and only reads ``alembic_version`` (it does not import Alembic; see
``tests/unit/test_db_template.py``).
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from planner.storage.database import Database, open_database

T = TypeVar("T")

_template: Path | None = None
_built: dict[str, tuple[Path, Any]] = {}


def sqlite_template() -> Path:
    """The migrated, closed and checkpointed SQLite template (built on first use)."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="acuplanner-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.sqlite3"
        database, _ = open_database(str(path))
        database.dispose()
        checkpoint(path)
        _template = path
    return _template


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole database."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The last connection to close removes the log and the shared-memory index.
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if leftover.exists():
            raise RuntimeError(f"{leftover} is still there: the template is not consistent")


def migrated_sqlite(path: Path) -> Path:
    """Put a copy of the migrated template at ``path`` (a new file) and return it."""
    if path.exists():
        raise FileExistsError(f"{path} already exists; a test database must be a new file")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sqlite_template(), path)
    return path


def built_sqlite(path: Path, key: str, build: Callable[[Database], T]) -> T:
    """Put at ``path`` a copy of a database that ``build`` filled once per run (per ``key``)
    and return what ``build`` returned then (a Database in it is closed: use the copy)."""
    if key not in _built:
        source = sqlite_template().with_name(f"built-{len(_built)}.sqlite3")
        shutil.copyfile(sqlite_template(), source)
        database, _ = open_database(str(source))
        try:
            result = build(database)
        finally:
            database.dispose()
        checkpoint(source)
        _built[key] = (source, result)
    source, result = _built[key]
    if path.exists():
        raise FileExistsError(f"{path} already exists; a test database must be a new file")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, path)
    return result
