"""The open database: engines, transactions and the start-up sequence."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.errors import DatabaseUnavailable
from planner.storage.engine import create_app_engine, describe, read_engine, resolve_url
from planner.storage.migrations import MigrationResult, upgrade_to_head

log = logging.getLogger(__name__)


@dataclass
class Database:
    """One database for the whole process. Services receive it; nothing looks it up."""

    url: URL
    engine: Engine

    def __post_init__(self) -> None:
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(read_engine(self.engine), expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def display_url(self) -> str:
        return describe(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: a transaction that commits on success and rolls back on error."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes SQLite's write lock)."""
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def connect(database: str) -> Database:
    """Open (but do not migrate) the database named by a URL or SQLite path."""
    url = resolve_url(database)
    engine = create_app_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _unavailable(url, exc) from None
    return Database(url, engine)


def open_database(
    database: str, backup_dir: Path | None = None
) -> tuple[Database, MigrationResult]:
    """Connect and bring the schema up to date (backing up first when needed)."""
    db = connect(database)
    try:
        result = upgrade_to_head(db.engine, backup_dir)
    except (OperationalError, DBAPIError) as exc:
        db.dispose()
        raise _unavailable(db.url, exc) from None
    except BaseException:
        db.dispose()
        raise
    return db, result


def _unavailable(url: URL, exc: DBAPIError) -> DatabaseUnavailable:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    log.warning("cannot open database %s: %s", describe(url), reason)
    if url.get_backend_name() == "sqlite" and "not a database" in reason:
        return DatabaseUnavailable(
            f"{url.database} is not an SQLite database.",
            hint="Point --database at an AcuPlanner database or at a new file name.",
        )
    if url.get_backend_name() == "sqlite":
        return DatabaseUnavailable(
            f"Cannot open the database file {url.database}: {reason}.",
            hint="Check that the file and its folder exist and are writable.",
        )
    return DatabaseUnavailable(
        f"Cannot connect to the database server at {describe(url)}: {reason}.",
        hint="Check that the server is running and the address, user and password are right.",
    )
