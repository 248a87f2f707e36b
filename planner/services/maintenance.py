"""Looking after the database from the command line: where it is, opening it the way the
window does, and clinic IT's commands that run without a signed-in user - ``check``,
``migrate``, ``backup``, ``restore``, ``pg-logins`` and the retired ``grant-app-role``.

Each function here acts for the command line's actor
(:func:`planner.services.actor.command_line_actor`, clinic IT at this computer) and keeps
the rules those commands always had: none asks for a sign-in or refuses by role, and
their messages are the command line's (one line, nothing changed). The storage modules
are imported where used, as the commands did, so that a command loads only what it needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import ConfigurationError
from planner.domain.i18n import translate

if TYPE_CHECKING:
    from planner.storage.backup import BackupFile
    from planner.storage.database import Database
    from planner.storage.migrations import MigrationResult
    from planner.storage.restore import BackupSummary, RestoreResult


def database_file(database: str) -> Path | None:
    """The SQLite file ``database`` (a URL or a path) names; None for PostgreSQL."""
    from planner.storage.engine import resolve_url, sqlite_path

    return sqlite_path(resolve_url(database))


def open_database(database: str) -> Database:
    """Connect and bring the schema up to date (backing up first when needed), as the
    window does at start-up; the caller disposes of it."""
    from planner.storage.database import open_database as open_and_migrate

    db, _ = open_and_migrate(database)
    return db


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``check`` found: ``damage`` is SQLite's own report on a damaged file (then
    nothing else was looked at); ``problems`` the integrity and invariant findings (the
    audit table's triggers put back among them); ``warnings`` the server's set-up."""

    damage: list[str]
    problems: list[str]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.damage and not self.problems


def check(database: str) -> CheckReport:
    """Integrity and invariants. A damaged SQLite file is listed as SQLite's own check
    sees it, without opening it for use or migrating it."""
    from planner.services.actor import command_line_actor
    from planner.services.audit_anchors import restore_audit_triggers
    from planner.storage.checks import check_database
    from planner.storage.integrity import looks_like_sqlite, sqlite_file_problems
    from planner.storage.server_check import server_warnings

    path = database_file(database)
    if path is not None and path.is_file() and looks_like_sqlite(path):
        damage = sqlite_file_problems(path)
        if damage:
            return CheckReport(list(damage), [], [])
    db = open_database(database)
    try:
        problems = check_database(db)
        problems += restore_audit_triggers(db, command_line_actor())
        warnings = list(server_warnings(db.engine))
    finally:
        db.dispose()
    return CheckReport([], problems, warnings)


def migrate(database: str) -> MigrationResult:
    """Apply the pending schema migrations (an SQLite file with data is backed up first)."""
    from planner.storage.database import connect
    from planner.storage.migrations import upgrade_to_head

    db = connect(database)
    try:
        return upgrade_to_head(db.engine)
    finally:
        db.dispose()


def back_up(database: str, target: str | None, folder: Path) -> BackupFile:
    """A verified backup to ``target`` (default: a dated file in ``folder``) through
    :meth:`planner.services.backups.BackupService.back_up`, as the window's Back up now.
    No database there, a damaged SQLite file, or a server that goes away: one line."""
    from sqlalchemy.exc import DBAPIError

    from planner.services.actor import command_line_actor
    from planner.services.backups import BackupService
    from planner.storage.database import connect, environment_problem
    from planner.storage.engine import resolve_url, sqlite_path
    from planner.storage.integrity import refuse_damaged_sqlite

    url = resolve_url(database)
    live = sqlite_path(url)
    if live is not None and not live.is_file():
        raise ConfigurationError(
            translate("maintenance", "There is no database at {live}; nothing to back up.").format(
                live=live
            )
        )
    path = Path(target) if target else None
    if live is not None and path is not None and path.absolute() == live.absolute():
        raise ConfigurationError(
            translate("maintenance", "A backup cannot be written over the database itself.")
        )
    if live is not None:
        refuse_damaged_sqlite(live, folder, budget_s=600)  # a copy of damage is no backup
    db = connect(database)  # an unreachable server: one line, before pg_dump
    try:
        return BackupService(db, folder).back_up(command_line_actor(), path)
    except DBAPIError as error:  # the server went away or is stopping while backing up
        raise environment_problem(url, error, saving=False) from None
    finally:
        db.dispose()


@dataclass(frozen=True, slots=True)
class RestorePlan:
    """A restore about to be asked for: the backup, what it holds, and the database it
    would replace (``live``: the SQLite file; ``target``: how to name it either way)."""

    backup: Path
    summary: BackupSummary
    live: Path | None
    target: str
    postgresql: bool


def plan_restore(database: str, backup: str) -> RestorePlan:
    """What the backup holds and which database it would replace; nothing is changed."""
    from planner.storage.engine import describe, resolve_url, sqlite_path
    from planner.storage.restore import summarize

    url = resolve_url(database)
    path = Path(backup)
    if not path.is_file():
        raise ConfigurationError(
            translate("maintenance", "There is no backup file at {path}.").format(path=path)
        )
    summary = summarize(path, url)
    live = sqlite_path(url)
    target = str(live) if live is not None else describe(url)
    return RestorePlan(path, summary, live, target, url.get_backend_name() == "postgresql")


def restore(database: str, plan: RestorePlan, folder: Path) -> RestoreResult:
    """Keep the current database as a backup in ``folder``, restore ``plan.backup``,
    bring it to the current schema and audit the restore in it (the command line's
    actor; :func:`planner.services.backups.after_restore`)."""
    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditTrail
    from planner.services.backups import after_restore
    from planner.storage.database import connect
    from planner.storage.engine import resolve_url
    from planner.storage.restore import restore as restore_database

    result = restore_database(plan.backup, resolve_url(database), folder)
    db = connect(database)
    try:
        after_restore(db, command_line_actor(), result, AuditTrail(), folder)
    finally:
        db.dispose()
    return result


@dataclass(frozen=True, slots=True)
class ServerLogins:
    """``pg-logins``' outcome: the one-time password of each account that got a login
    now (shown once), and where the workstations connect afterwards."""

    issued: Mapping[str, str]
    database_name: str
    host: str
    port: int | None


def issue_server_logins(database: str, retire_role: str | None) -> ServerLogins:
    """PostgreSQL, once per clinic, with the owner's URL: every account gets its own
    database login (:meth:`AccountService.issue_database_logins`), and the shared login
    the workstations used (``retire_role``) loses everything in this database."""
    from planner.services.accounts import AccountService
    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditTrail
    from planner.storage.pg_logins import check_retirable
    from planner.storage.pg_logins import retire_role as retire

    db = open_database(database)
    try:
        if db.backend != "postgresql":
            raise ConfigurationError(
                translate(
                    "maintenance", "pg-logins is for PostgreSQL databases; SQLite has no logins."
                )
            )
        if db.signs_in_at_server:
            raise ConfigurationError(
                translate(
                    "maintenance",
                    "pg-logins needs the database owner's login in the URL "
                    "(postgresql+psycopg://OWNER@HOST:PORT/DB); nothing was changed.",
                )
            )
        if retire_role is not None:
            check_retirable(db, retire_role)
        issued = AccountService(db, AuditTrail()).issue_database_logins(command_line_actor())
        if retire_role is not None:
            retire(db, retire_role)
    finally:
        db.dispose()
    return ServerLogins(issued, db.name, db.url.host or "localhost", db.url.port)


def grant_app_role(database: str, role: str) -> None:
    """The retired ``grant-app-role``: refused, saying what replaced it."""
    from planner.storage.pg_roles import grant_app_role as refuse

    db = open_database(database)
    try:
        refuse(db.engine, role)
    finally:
        db.dispose()
