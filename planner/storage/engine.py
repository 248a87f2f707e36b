"""Opening the database: URL rules, engine set-up and per-connection settings.

SQLite (the default) gets, on every pooled connection: ``foreign_keys=ON``, WAL,
``synchronous=FULL`` and a busy timeout; write transactions begin IMMEDIATE so two
workstations never deadlock on a read-then-write upgrade (reliability plan D4, D6).
Read-only work uses :func:`read_engine`, whose transactions begin DEFERRED so reading
never waits for a writer. PostgreSQL goes through psycopg 3 with ``pool_pre_ping``.

A workstation's PostgreSQL URL names only host, port and database
(``postgresql+psycopg://HOST:PORT/DB``): each person signs in to the server as their own
login role. Such an engine connects as the :class:`DatabaseLogin` it is given says, and
not at all before someone has signed in. A URL with a user (clinic IT's owner login, the
test suite) connects as that user, as before.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner.domain.errors import ConfigurationError, DatabaseUnavailable
from planner.domain.i18n import translate
from planner.storage.location import check_local_database, make_owner_only

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
READ_ONLY_OPTION = "acuplanner_read_only"
SUPPORTED = ("sqlite", "postgresql")
PG_CONNECT_ARGS = {"connect_timeout": 10, "application_name": "AcuPlanner"}


class NotSignedIn(DatabaseUnavailable):
    """A workstation's engine was asked for a connection before anyone signed in."""


class DatabaseLogin:
    """Who a workstation's engine connects to PostgreSQL as: the signed-in person.

    The login role and password live in memory only and are handed to the driver at each
    new connection (SQLAlchemy's ``do_connect`` event). Empty (before sign-in, after
    sign-out or lock), no connection is made: :class:`NotSignedIn`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._user: str | None = None
        self._password: str | None = None

    @property
    def user(self) -> str | None:
        """The login role connections are made as (None: nobody signed in)."""
        with self._lock:
            return self._user

    def set(self, user: str, password: str) -> bool:
        """Connect as ``user`` from now on; True when that changes who connects."""
        with self._lock:
            changed = (user, password) != (self._user, self._password)
            self._user, self._password = user, password
            return changed

    def clear(self) -> bool:
        """Forget the login; True when one was held."""
        with self._lock:
            held = self._user is not None
            self._user = self._password = None
            return held

    def inject(self, _dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        with self._lock:
            user, password = self._user, self._password
        if user is None or password is None:
            raise NotSignedIn(
                translate(
                    "database_errors",
                    "Nobody is signed in to the database server on this computer.",
                ),
                hint=translate(
                    "database_errors",
                    "Sign in first. Commands other than users and export need clinic IT's "
                    "owner login in the URL (postgresql+psycopg://OWNER@HOST:PORT/DB).",
                ),
            )
        cparams["user"] = user
        cparams["password"] = password


def signs_in_at_server(url: URL) -> bool:
    """True for a PostgreSQL URL without a user: each person signs in as themselves."""
    return url.get_backend_name() == "postgresql" and not url.username


def resolve_url(value: str) -> URL:
    """Turn what a user passed (URL or plain file path) into a SQLAlchemy URL.

    A value without ``://`` is an SQLite file path; ``postgresql://`` means psycopg 3.
    """
    if "://" not in value:
        path = Path(value).expanduser()
        return URL.create("sqlite+pysqlite", database=str(path.absolute()))
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise ConfigurationError(
            translate("database_errors", "The database address is not a valid URL."),
            hint=translate(
                "database_errors",
                "Use postgresql+psycopg://HOST:PORT/DBNAME or a path to an SQLite file.",
            ),
        ) from None
    backend = url.get_backend_name()
    if backend not in SUPPORTED:
        raise ConfigurationError(
            translate(
                "database_errors", "AcuPlanner does not support '{backend}' databases."
            ).format(backend=backend),
            hint=translate(
                "database_errors",
                "Use SQLite (a file path) or PostgreSQL (postgresql+psycopg://…).",
            ),
        )
    if backend == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and url.get_driver_name() != "pysqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if backend == "sqlite" and url.database in (None, "", ":memory:"):
        raise ConfigurationError(
            translate(
                "database_errors", "AcuPlanner needs an SQLite file, not an in-memory database."
            ),
            hint=translate(
                "database_errors", "Give a file path, e.g. --database ~/acuplanner.sqlite3."
            ),
        )
    return url


def describe(url: URL) -> str:
    """The URL with its password hidden, safe for messages and logs."""
    return url.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def create_app_engine(url: URL, login: DatabaseLogin | None = None, **kwargs: Any) -> Engine:
    """An engine with AcuPlanner's connection settings for either backend.

    ``login`` (PostgreSQL): the signed-in person's login, used for every connection."""
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        assert path is not None
        check_local_database(path)  # never on a network share or in a sync folder (D5)
        _check_sqlite_folder(path)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        event.listen(engine, "first_connect", lambda *_: make_owner_only(path))  # 0600
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", dict(PG_CONNECT_ARGS))
    engine = create_engine(url, **kwargs)
    if login is not None:
        event.listen(engine, "do_connect", login.inject)
    return engine


def read_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose SQLite transactions begin DEFERRED."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def _check_sqlite_folder(path: Path) -> None:
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise DatabaseUnavailable(
            translate("database_errors", "{folder} is a file, not a folder.").format(folder=folder),
            hint=translate(
                "database_errors", "Choose a folder you can write to with --database PATH."
            ),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseUnavailable(
            translate(
                "database_errors", "Cannot create the folder for the database ({folder}): {exc}."
            ).format(folder=folder, exc=exc.strerror or exc),
            hint=translate(
                "database_errors", "Choose a folder you can write to with --database PATH."
            ),
        ) from None
    if not folder.is_dir():
        raise DatabaseUnavailable(
            translate("database_errors", "{folder} is not a folder.").format(folder=folder),
            hint=translate(
                "database_errors", "Choose a folder you can write to with --database PATH."
            ),
        )


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module so BEGIN is ours (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("SQLite refused WAL mode (journal_mode=%s)", mode)
        cursor.execute("PRAGMA synchronous = FULL")
        # Up to 32 MiB of pages kept per connection (SQLite's default is 2 MiB): the
        # patient list's indexes of a 200,000-patient clinic stay in memory between
        # keystrokes (an index-sorted search 27 -> 8 ms). It fills only as pages are read.
        cursor.execute("PRAGMA cache_size = -32768")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
