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
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import ConflictError, DatabaseUnavailable, EnvironmentProblem
from planner.storage.engine import (
    create_app_engine,
    describe,
    read_engine,
    resolve_url,
    sqlite_path,
)
from planner.storage.integrity import damaged, looks_like_sqlite, refuse_damaged_sqlite
from planner.storage.migrations import MigrationResult, upgrade_to_head

log = logging.getLogger(__name__)


class SaveOutcomeUnknown(DatabaseUnavailable):
    """The server went away during COMMIT: the save may or may not have been kept.

    Services make such a save safe to repeat (reliability plan C4): a session save
    carries a client-generated id, and a repeated one that was already kept is not
    applied twice.
    """


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
        """One user action: a transaction that commits on success and rolls back on error.

        A stale save (someone else saved the record first) becomes a ConflictError and a
        failure of the environment (locked, disk full, server gone) an EnvironmentProblem,
        both with a message for the user; nothing is half-written either way.
        """
        committing = False
        try:
            with self._write() as session, session.begin():
                yield session
                session.flush()
                committing = True
        except StaleDataError:
            raise ConflictError(
                "Someone else saved this record after you opened it; nothing was overwritten.",
                hint="Reload it to see their changes, then make yours again.",
            ) from None
        except OperationalError as error:
            if committing and error.connection_invalidated and self.backend == "postgresql":
                log.warning("connection lost while committing: outcome unknown")
                raise SaveOutcomeUnknown(
                    "The connection to the database server was lost while saving, so "
                    "AcuPlanner cannot tell whether this was saved.",
                    hint="Save again once the server is back: a save made twice is kept once.",
                ) from error
            raise environment_problem(self.url, error, saving=True) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes SQLite's write lock)."""
        try:
            with self._read() as session, session.begin():
                yield session
        except OperationalError as error:
            raise environment_problem(self.url, error, saving=False) from error

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
        if (path := sqlite_path(db.url)) is not None:
            refuse_damaged_sqlite(path, backup_dir)  # never migrate or use a damaged file
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
    damage = "not a database" in reason or "malformed" in reason
    if damage and (path := sqlite_path(url)) is not None and looks_like_sqlite(path):
        return damaged(path, 0, None)  # SQLite's header string, then damage
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


def environment_problem(url: URL, error: DBAPIError, *, saving: bool) -> EnvironmentProblem:
    """A plain message for a database failure that is not a bug."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    lowered = reason.lower()
    log.warning("database %s failed: %s", "write" if saving else "read", reason)
    outcome = "Nothing was saved." if saving else ""
    if "locked" in lowered or "busy" in lowered:
        return DatabaseUnavailable(
            f"The database is busy (another window or workstation is saving). {outcome}".strip(),
            hint="Try again in a moment.",
        )
    if "full" in lowered or "disk i/o" in lowered or "readonly" in lowered:
        return DatabaseUnavailable(
            f"The database could not be written ({reason}). {outcome}".strip(),
            hint="Free some disk space or check the drive, then try again.",
        )
    if url.get_backend_name() == "postgresql":
        return DatabaseUnavailable(
            f"Lost the connection to the database server ({reason}). {outcome}".strip(),
            hint="Check the network and that the server is running, then try again.",
        )
    return DatabaseUnavailable(f"The database failed: {reason}. {outcome}".strip())
