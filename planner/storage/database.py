"""The open database: engines, transactions and the start-up sequence.

On a workstation's PostgreSQL URL (host, port and database, no user) nothing connects
until someone signs in: :meth:`Database.sign_in_as` connects as that person's login role
(the server checks the password) and, the first time, checks that the schema is this
program's (workstations never migrate). A database refusal for lack of privileges
(SQLSTATE 42501) becomes :class:`PermissionRefused`, one line for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from planner.domain.errors import (
    ConflictError,
    DatabaseTooNew,
    DatabaseUnavailable,
    EnvironmentProblem,
    PlannerError,
)
from planner.domain.i18n import translate
from planner.storage.engine import (
    PG_CONNECT_ARGS,
    DatabaseLogin,
    create_app_engine,
    describe,
    read_engine,
    resolve_url,
    signs_in_at_server,
    sqlite_path,
)
from planner.storage.guards import install_guards
from planner.storage.integrity import (
    damage_of,
    damaged,
    looks_like_sqlite,
    refuse_damaged_sqlite,
)
from planner.storage.migrations import MigrationResult, upgrade_to_head

log = logging.getLogger(__name__)

INSUFFICIENT_PRIVILEGE = "42501"


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
    login: DatabaseLogin | None = None
    """PostgreSQL without a user in the URL: who is signed in (connections are theirs)."""

    def __post_init__(self) -> None:
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(read_engine(self.engine), expire_on_commit=False)
        install_guards(self._write)  # the ORM safety nets: signed records, bulk writes
        install_guards(self._read)
        self._schema_checked = self.login is None

    @property
    def signs_in_at_server(self) -> bool:
        """True when each person connects as their own PostgreSQL login role."""
        return self.login is not None

    @property
    def name(self) -> str:
        """The database's name (PostgreSQL) or file path (SQLite)."""
        return self.url.database or ""

    def sign_in_as(self, role: str, password: str) -> None:
        """Connect as the login ``role`` with ``password``; from now on every connection is
        theirs (the pool is emptied when that changes who connects).

        The server checks the password: :class:`LoginRefused` when it refuses (an unknown
        login, a wrong password or a disabled one alike). The first sign-in also checks
        the schema: older than this program -> ask clinic IT to migrate; newer -> refused.
        """
        if self.login is None:
            raise PlannerError(
                translate(
                    "database_errors", "This database is not signed in to with PostgreSQL logins."
                )
            )
        probe = create_engine(
            self.url.set(username=role, password=password),
            poolclass=NullPool,
            connect_args=dict(PG_CONNECT_ARGS),
        )
        try:
            try:
                connection = probe.connect()
            except DBAPIError as exc:
                raise _login_problem(self.url, exc) from None
            with connection:
                if not self._schema_checked:
                    _require_current_schema(self.url, connection)
        finally:
            probe.dispose()
        self._schema_checked = True
        if self.login.set(role, password):
            self.engine.dispose()  # no pooled connection of the previous person is reused

    def sign_out_login(self) -> None:
        """Forget who is signed in and close every pooled connection (no-op otherwise)."""
        if self.login is not None:
            self.login.clear()
            self.engine.dispose()

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
            with self._write() as db_session, db_session.begin():
                yield db_session
                db_session.flush()
                committing = True
        except StaleDataError:
            raise ConflictError(
                translate(
                    "database_errors",
                    "Someone else saved this record after you opened it; nothing was overwritten.",
                ),
                hint=translate(
                    "database_errors", "Reload it to see their changes, then make yours again."
                ),
            ) from None
        except OperationalError as error:
            if committing and error.connection_invalidated and self.backend == "postgresql":
                log.warning("connection lost while committing: outcome unknown")
                raise SaveOutcomeUnknown(
                    translate(
                        "database_errors",
                        "The connection to the database server was lost while saving, so "
                        "AcuPlanner cannot tell whether this was saved.",
                    ),
                    hint=translate(
                        "database_errors",
                        "Save again once the server is back: a save made twice is kept once.",
                    ),
                ) from error
            raise environment_problem(self.url, error, saving=True) from error
        except DBAPIError as error:
            if _sqlstate(error) == INSUFFICIENT_PRIVILEGE:
                raise permission_refused(error, saving=True) from None
            if (damage := damage_of(sqlite_path(self.url), error)) is not None:
                raise damage from None  # a damaged SQLite page: how to restore, no crash
            raise

    @contextmanager
    def read(self, *, saving: bool = False) -> Iterator[Session]:
        """A read-only unit of work (never takes SQLite's write lock); ``saving`` when it is
        the first step of a save, so that a failure says nothing was saved."""
        try:
            with self._read() as db_session, db_session.begin():
                yield db_session
        except OperationalError as error:
            raise environment_problem(self.url, error, saving=saving) from error
        except DBAPIError as error:
            if _sqlstate(error) == INSUFFICIENT_PRIVILEGE:
                raise permission_refused(error, saving=saving) from None
            if (damage := damage_of(sqlite_path(self.url), error)) is not None:
                raise damage from None  # a damaged SQLite page: how to restore, no crash
            raise

    def dispose(self) -> None:
        self.engine.dispose()


class LoginRefused(PlannerError):
    """The database server refused the user name and password (which one is not said)."""


class PermissionRefused(PlannerError):
    """The database refused the signed-in person's login this (SQLSTATE 42501)."""


def permission_refused(error: DBAPIError, *, saving: bool) -> PermissionRefused:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else "permission denied"
    log.warning("the database refused the signed-in login: %s", reason)
    outcome = " " + translate("database_errors", "Nothing was saved.") if saving else ""
    return PermissionRefused(
        translate(
            "database_errors", "The database refused this to your account ({reason}).{outcome}"
        ).format(reason=reason, outcome=outcome),
        hint=translate(
            "database_errors", "Ask a colleague with the right role, or an administrator."
        ),
    )


def _sqlstate(error: DBAPIError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def connect(database: str) -> Database:
    """Open (but do not migrate) the database named by a URL or SQLite path.

    A workstation's PostgreSQL URL (no user) is not connected to: that waits for the
    first sign-in (:meth:`Database.sign_in_as`)."""
    url = resolve_url(database)
    if signs_in_at_server(url):
        login = DatabaseLogin()
        return Database(url, create_app_engine(url, login), login)
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
    """Connect and bring the schema up to date (backing up first when needed).

    A workstation's PostgreSQL URL (no user) is neither connected to nor migrated here:
    its schema is checked at the first sign-in, and only clinic IT migrates it."""
    db = connect(database)
    if db.signs_in_at_server:
        return db, MigrationResult(None, "", None)
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
            translate("database_errors", "{database} is not an SQLite database.").format(
                database=url.database
            ),
            hint=translate(
                "database_errors",
                "Point --database at an AcuPlanner database or at a new file name.",
            ),
        )
    if url.get_backend_name() == "sqlite":
        return DatabaseUnavailable(
            translate(
                "database_errors", "Cannot open the database file {database}: {reason}."
            ).format(database=url.database, reason=reason),
            hint=translate(
                "database_errors", "Check that the file and its folder exist and are writable."
            ),
        )
    return DatabaseUnavailable(
        translate(
            "database_errors", "Cannot connect to the database server at {url}: {reason}."
        ).format(url=describe(url), reason=reason),
        hint=translate(
            "database_errors",
            "Check that the server is running and the address, user and password are right.",
        ),
    )


_REFUSED_LOGIN = (
    "password authentication failed",
    "is not permitted to log in",
    "permission denied for database",
    "authentication failed",
)
_SERVER_TROUBLE = (
    'database "',  # … does not exist
    "too many",
    "starting up",
    "shutting down",
    "recovery mode",
    "no pg_hba.conf entry",
    "ssl",
)


def _login_problem(url: URL, exc: DBAPIError) -> PlannerError:
    """A failed sign-in connection: the login refused, or the server not reached."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    detail = reason.split("FATAL:", 1)[1].strip() if "FATAL:" in reason else ""
    lowered = detail.lower()
    refused = any(p in lowered for p in _REFUSED_LOGIN) or (
        lowered.startswith('role "') and "does not exist" in lowered
    )
    if detail and (refused or not any(p in lowered for p in _SERVER_TROUBLE)):
        log.info("the database server refused a sign-in")  # no name: it may be a password
        return LoginRefused(translate("database_errors", "The user name or password is not right."))
    log.warning("cannot reach the database server %s: %s", describe(url), reason)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    if detail:
        return DatabaseUnavailable(
            translate(
                "database_errors",
                "The database server at {server} did not let anyone in ({detail}).",
            ).format(server=server, detail=detail),
            hint=translate("database_errors", "Ask clinic IT to check the server."),
        )
    return DatabaseUnavailable(
        translate("database_errors", "Cannot reach the database server at {server}.").format(
            server=server
        ),
        hint=translate(
            "database_errors", "Check the network and that the server is running, then try again."
        ),
    )


def _require_current_schema(url: URL, connection: Connection) -> None:
    """Workstations never migrate: the schema must be exactly this program's."""
    from planner.storage.migrations import current_revision, head_revision, known_revisions

    try:
        revision = current_revision(connection)
    except DBAPIError as exc:
        if _sqlstate(exc) == INSUFFICIENT_PRIVILEGE:
            raise DatabaseUnavailable(
                translate(
                    "database_errors", "Your database login may not read the schema version."
                ),
                hint=translate(
                    "database_errors",
                    "Ask clinic IT to run 'acuplanner pg-logins' on this database.",
                ),
            ) from None
        raise _unavailable(url, exc) from None
    head = head_revision()
    if revision == head:
        return
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "database_errors",
                "This database was written by a newer AcuPlanner (schema {revision}).",
            ).format(revision=revision),
            hint=translate(
                "database_errors",
                "Install the newer AcuPlanner on this computer; nothing was changed.",
            ),
        )
    found = (
        translate("database_errors", "schema {revision}").format(revision=revision)
        if revision
        else translate("database_errors", "no AcuPlanner schema yet")
    )
    raise DatabaseUnavailable(
        translate(
            "database_errors", "The database has {found}, older than this AcuPlanner's ({head})."
        ).format(found=found, head=head),
        hint=translate(
            "database_errors",
            "Ask clinic IT to run 'acuplanner migrate' on it; nothing was changed.",
        ),
    )


def environment_problem(url: URL, error: DBAPIError, *, saving: bool) -> EnvironmentProblem:
    """A plain message for a database failure that is not a bug."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    lowered = reason.lower()
    log.warning("database %s failed: %s", "write" if saving else "read", reason)
    outcome = translate("database_errors", "Nothing was saved.") if saving else ""
    if "locked" in lowered or "busy" in lowered:
        return DatabaseUnavailable(
            translate(
                "database_errors",
                "The database is busy (another window or workstation is saving). {outcome}",
            )
            .format(outcome=outcome)
            .strip(),
            hint=translate("database_errors", "Try again in a moment."),
        )
    if "full" in lowered or "disk i/o" in lowered or "readonly" in lowered:
        return DatabaseUnavailable(
            translate("database_errors", "The database could not be written ({reason}). {outcome}")
            .format(reason=reason, outcome=outcome)
            .strip(),
            hint=translate(
                "database_errors", "Free some disk space or check the drive, then try again."
            ),
        )
    if url.get_backend_name() == "postgresql":
        return DatabaseUnavailable(
            translate(
                "database_errors",
                "Lost the connection to the database server ({reason}). {outcome}",
            )
            .format(reason=reason, outcome=outcome)
            .strip(),
            hint=translate(
                "database_errors",
                "Check the network and that the server is running, then try again.",
            ),
        )
    return DatabaseUnavailable(
        translate("database_errors", "The database failed: {reason}. {outcome}")
        .format(reason=reason, outcome=outcome)
        .strip()
    )
