"""The headless commands: demo, check, migrate, backup, restore … Each prints plainly and
returns an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import ConfigurationError, PlannerError, ValidationError
from planner.storage.database import Database, connect, open_database
from planner.storage.migrations import upgrade_to_head

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


def screen_command(case: str) -> int:
    """Print the safety findings for a JSON case (no database involved)."""
    from planner.domain.safety import screen
    from planner.domain.screening_case import parse_case, printable

    if case == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(case).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise ConfigurationError(f"Cannot read the case file {case}: {reason}.") from None
    patient, plan = parse_case(text)
    findings = [finding.as_dict() for finding in screen(patient, plan)]
    lines = json.dumps(findings, ensure_ascii=False, indent=2).splitlines()
    print("\n".join(printable(line) for line in lines))  # what the case said, escaped
    return 0


def users_command(database: str, args: argparse.Namespace) -> int:
    """``users add|list|disable|enable|reset-password``, signed in as an administrator.

    The administrator's name and password come from ``ACUPLANNER_USER`` and
    ``ACUPLANNER_PASSWORD``, else are asked on the terminal. A wrong password or an
    account that is not an administrator: one line, exit 2, nothing changed (audited).
    The one exception is the first account of an empty database (``users add NAME
    --role admin``), which nobody could sign in for yet.
    """
    from planner.domain.vocab import Role
    from planner.services.accounts import AccountService, Profile
    from planner.services.audit import AuditTrail

    db, _ = open_database(database)
    try:
        accounts = AccountService(db, AuditTrail())
        action = args.users_command
        roles = [Role(r) for r in args.roles] if action == "add" else []
        profile = (
            Profile(
                full_name=args.full_name,
                credentials=args.credentials,
                registration_number=args.registration,
            )
            if action == "add"
            else Profile()
        )
        if action == "add" and accounts.needs_first_account():
            user = accounts.add_first_user(args.name, ask_new_password(args.name), roles, profile)
            print(
                f"Added {user.username} ({', '.join(sorted(r.value for r in user.roles))}), "
                "the clinic's first account."
            )
            return 0
        actor = accounts.sign_in(*admin_credentials())
        try:
            accounts.check_can_manage_users(actor)
            if action == "list":
                for user in accounts.list_users(actor):
                    names = ",".join(sorted(role.value for role in user.roles))
                    state = "active" if user.active else "disabled"
                    print(f"{user.username}\t{names}\t{state}\t{user.profile.full_name}")
            elif action == "add":
                password = ask_new_password(args.name)
                user = accounts.add_user(actor, args.name, password, roles, profile)
                print(
                    f"Added {user.username} ({', '.join(sorted(r.value for r in user.roles))}); "
                    "they choose their own password at their first sign-in."
                )
            elif action in ("disable", "enable"):
                accounts.set_active(actor, args.name, action == "enable")
                print(f"{args.name}: {action}d.")
            else:
                accounts.reset_password(actor, args.name, ask_new_password(args.name))
                own = args.name.strip().lower() == actor.username
                later = "" if own else "; they choose their own at their next sign-in"
                print(f"{args.name}: password changed{later}.")
        finally:
            accounts.sign_out(actor)
    finally:
        db.dispose()
    return 0


def admin_credentials() -> tuple[str, str]:
    """The administrator signing in for an account command: ``ACUPLANNER_USER`` and
    ``ACUPLANNER_PASSWORD``, else asked on the terminal (the password never echoed)."""
    from planner.export_command import PASSWORD_ENV, USER_ENV

    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
    if user and password:
        return user, password
    if not sys.stdin.isatty():
        raise ConfigurationError(
            f"users: sign in as an administrator: set {USER_ENV} and {PASSWORD_ENV}, "
            "or run it on a terminal."
        )
    user = user or input("Administrator's user name: ").strip()
    return user, getpass.getpass(f"Password for {user}: ")


def pg_logins_command(database: str, retire_role: str | None) -> int:
    """PostgreSQL, once per clinic, by clinic IT with the owner's URL: every account gets
    its own database login (active ones a one-time password, printed here once), and the
    shared login the workstations used (``--retire-role``) loses everything in this
    database. Afterwards the workstations' URL names only host, port and database."""
    from planner.services.accounts import AccountService
    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditTrail

    db, _ = open_database(database)
    try:
        if db.backend != "postgresql":
            raise ConfigurationError("pg-logins is for PostgreSQL databases; SQLite has no logins.")
        if db.signs_in_at_server:
            raise ConfigurationError(
                "pg-logins needs the database owner's login in the URL "
                "(postgresql+psycopg://OWNER@HOST:PORT/DB); nothing was changed."
            )
        if retire_role is not None:
            _check_retirable(db, retire_role)
        issued = AccountService(db, AuditTrail()).issue_database_logins(command_line_actor())
        if retire_role is not None:
            _retire_role(db, retire_role)
    finally:
        db.dispose()
    print(f"Each account now signs in to the database {db.name} as itself.")
    for username, password in issued.items():
        print(f"{username}\t{password}")
    if issued:
        print(
            "These one-time passwords are shown only now: hand each to its person, who "
            "must choose their own at their first sign-in in the window (File → Change my "
            "password…)."
        )
    else:
        print("Every account already had its login; no password was changed.")
    if retire_role is not None:
        print(f"The shared login {retire_role} has nothing left in this database.")
    host = db.url.host or "localhost"
    port = f":{db.url.port}" if db.url.port else ""
    print(f"Workstations: --database postgresql+psycopg://{host}{port}/{db.name}")
    return 0


def _check_retirable(db: Database, role: str) -> None:
    """ConfigurationError unless ``role`` is a role other than ours and AcuPlanner's own."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT rolname = session_user OR rolname = current_user, rolsuper "
                "FROM pg_roles WHERE rolname = :role"
            ),
            {"role": role},
        ).first()
    if found is None:
        raise ConfigurationError(f"There is no PostgreSQL role '{role}'; nothing was changed.")
    if found[0] or found[1] or role.startswith("acuplanner_") or "@" in role:
        raise ConfigurationError(
            f"'{role}' is not a shared workstation login pg-logins may retire; nothing was changed."
        )


def _retire_role(db: Database, role: str) -> None:
    """Take from ``role`` every privilege it has in this database."""
    from psycopg import sql
    from sqlalchemy import text

    name = sql.Identifier(role)
    statements = [
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON SCHEMA public FROM {}").format(name),
        sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(sql.Identifier(db.name), name),
    ]
    with db.engine.begin() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        for statement in statements:
            connection.exec_driver_sql(statement.as_string(raw))
        groups = connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
                "WHERE r.rolname = :role AND g.rolname LIKE 'acuplanner\\_%'"
            ),
            {"role": role},
        ).scalars()
        for group in list(groups):
            revoke = sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), name)
            connection.exec_driver_sql(revoke.as_string(raw))


def ask_new_password(username: str) -> str:
    """Read a new password: twice on a terminal (never echoed), or one line from a pipe."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Type it again: ") != first:
        raise ValidationError("password", "Password: the two entries differ; nothing was changed.")
    return first


def audit_verify_command(
    database: str, data_dir: Path, folder: Path, *, against: str | None = None
) -> int:
    """Check the chain, then compare it with every anchor found - the anchor file in
    ``data_dir``, the manifests of the backups in ``folder`` - or with the backup
    ``against`` alone. One line per finding (exit 1), notes after; ``ok`` otherwise."""
    from planner.services.audit_anchors import ANCHOR_FILE_NAME, AuditAnchors

    if against is not None and not against.strip():
        raise ConfigurationError("audit verify --against: give the backup file to compare with.")
    backup = Path(against) if against is not None else None
    if backup is not None and not backup.is_file():
        raise ConfigurationError(f"There is no backup file at {backup}.")
    db, _ = open_database(database)
    try:
        report = AuditAnchors(db, data_dir / ANCHOR_FILE_NAME, folder).verify(backup)
    finally:
        db.dispose()
    chain = report.chain
    if not chain.ok:
        print(f"audit trail damaged: {chain.problem} (after {chain.rows_checked} intact rows)")
    for finding in report.findings:
        print(finding)
    for note in report.notes:
        print(f"note: {note}")
    if not report.ok:
        return 1
    intact = f"ok: {chain.rows_checked} audit rows, chain intact"
    if backup is not None:
        print(f"{intact}; it holds everything the backup {backup.name} holds")
    elif report.compared:
        print(
            f"{intact}; it holds all {report.compared} heads recorded in "
            f"{report.sources} anchor{'s' if report.sources > 1 else ''} "
            "(anchor file, backup manifests)"
        )
    else:
        print(f"{intact}; no anchor recorded yet to compare it with")
    return 0


def grant_command(database: str, role: str) -> int:
    from planner.storage.pg_roles import grant_app_role

    db, _ = open_database(database)
    try:
        grant_app_role(db.engine, role)
    finally:
        db.dispose()
    print(f"Granted {role} what AcuPlanner needs; audit rows are insert-only for it.")
    return 0


def migrate_command(database: str) -> int:
    db = connect(database)
    try:
        result = upgrade_to_head(db.engine)
    finally:
        db.dispose()
    if not result.changed:
        print(f"Database already at the current schema ({result.to_revision}).")
    else:
        print(f"Migrated {result.from_revision or 'an empty database'} -> {result.to_revision}.")
        if result.backup is not None:
            print(f"Backup taken first: {result.backup}")
    return 0


DEMO_MAX_PATIENTS = 200_000  # the largest clinic measured (make bench-scale)
DEMO_DAYS = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))  # what --today may be


def demo_command(
    database: str,
    *,
    patients: int,
    seed: int,
    password: str | None,
    today: dt.date | None = None,
) -> int:
    """Fill an empty database with the demo clinic laid out around ``today`` (default: the
    local date); print the summary and the accounts."""
    from planner.demo import (
        DEMO_PASSWORD,
        DemoGenerator,
        TerminalProgress,
        check_demo_password,
    )

    password = DEMO_PASSWORD if password is None else password
    today = dt.date.today() if today is None else today
    if patients > DEMO_MAX_PATIENTS:  # checked before the database is even opened
        raise ConfigurationError(
            f"demo --patients: at most {DEMO_MAX_PATIENTS:,} (got {patients:,}); nothing "
            "was created."
        )
    first, last = DEMO_DAYS
    if not first <= today <= last:
        raise ConfigurationError(
            f"demo --today: a date from {first} to {last} (got {today}); nothing was created."
        )
    try:
        check_demo_password(password)  # before the database is even opened
    except ValidationError as error:
        reason = error.message.removeprefix("Password: ")
        raise ConfigurationError(f"demo --password: {reason}") from None
    db, _ = open_database(database)
    try:
        summary = DemoGenerator(db, today=today).generate(
            patients=patients, seed=seed, progress=TerminalProgress(sys.stderr), password=password
        )
    finally:
        db.dispose()
    print(summary)
    print(f"Demo dated {today.isoformat()}: the same again with --seed {seed} --today {today}.")
    print(f"Demo accounts: {', '.join(summary.accounts)} (password: {password})")
    return 0


def check_command(database: str) -> int:
    """Print each problem found (exit 1), or ``ok``. A damaged SQLite file is listed as
    SQLite's own check sees it, without opening it for use or migrating it."""
    from planner.services.actor import command_line_actor
    from planner.services.audit_anchors import restore_audit_triggers
    from planner.storage.checks import check_database
    from planner.storage.engine import resolve_url, sqlite_path
    from planner.storage.integrity import looks_like_sqlite, sqlite_file_problems
    from planner.storage.server_check import server_warnings

    path = sqlite_path(resolve_url(database))
    if path is not None and path.is_file() and looks_like_sqlite(path):
        damage = sqlite_file_problems(path)
        if damage:
            for line in damage:
                print(line)
            print(
                "The database file is damaged; nothing was changed. Restore a backup with "
                "'acuplanner restore FILE'.",
                file=sys.stderr,
            )
            return 1
    db, _ = open_database(database)
    try:
        problems = check_database(db)
        problems += restore_audit_triggers(db, command_line_actor())
        for warning in server_warnings(db.engine):  # the server's set-up (C5): no exit 1,
            print(f"server warning: {warning}", file=sys.stderr)  # and stdout stays findings
    finally:
        db.dispose()
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    return 1


def backup_command(database: str, target: str | None, folder: Path) -> int:
    """A verified backup of the database to ``target`` (default: a dated file in ``folder``)."""
    from sqlalchemy.exc import DBAPIError

    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditAction, AuditTrail
    from planner.storage.backup import back_up
    from planner.storage.backup_folder import backup_name, database_stem, suffix_for
    from planner.storage.database import environment_problem
    from planner.storage.engine import resolve_url, sqlite_path
    from planner.storage.integrity import refuse_damaged_sqlite

    url = resolve_url(database)
    live = sqlite_path(url)
    if live is not None and not live.is_file():
        raise ConfigurationError(f"There is no database at {live}; nothing to back up.")
    stamp = dt.datetime.now(dt.UTC)
    path = (
        Path(target)
        if target
        else folder / backup_name(database_stem(url), "manual", stamp, suffix_for(url))
    )
    if live is not None and path.absolute() == live.absolute():
        raise ConfigurationError("A backup cannot be written over the database itself.")
    if live is not None:
        refuse_damaged_sqlite(live, folder, budget_s=600)  # a copy of damage is no backup
    else:
        connect(database).dispose()  # an unreachable server: one line, before pg_dump
    try:
        made = back_up(url, path)
    except DBAPIError as error:  # the server went away or is stopping while backing up
        raise environment_problem(url, error, saving=False) from None
    _audit_at_current_schema(
        database,
        lambda db_session: AuditTrail().record(
            db_session,
            command_line_actor(),
            AuditAction.EXPORT,
            object_type="database",
            detail={"what": "backup", "rows": sum(made.rows.values())},
        ),
    )
    rows = sum(made.rows.values())
    print(
        f"Backed up to {made.path} ({made.rows.get('patient', 0)} patients; "
        f"{rows} rows in {len(made.rows)} tables checked; {made.size / 1_000_000:.1f} MB)."
    )
    return 0


def restore_command(database: str, backup: str, folder: Path, *, yes: bool) -> int:
    """Show what the backup holds, ask, keep the current database, restore, migrate."""
    from planner.services.actor import command_line_actor
    from planner.services.audit import AuditTrail
    from planner.services.backups import after_restore
    from planner.storage.engine import describe, resolve_url, sqlite_path
    from planner.storage.restore import restore, summarize

    url = resolve_url(database)
    path = Path(backup)
    if not path.is_file():
        raise ConfigurationError(f"There is no backup file at {path}.")
    summary = summarize(path, url)
    print(f"Backup {path}")
    print(f"  {summary.describe()}")
    live = sqlite_path(url)
    if live is not None and not live.exists():
        print(f"will become the database {live} (there is none there yet).")
    else:
        print(f"will replace the database {live or describe(url)}.")
        print(f"The current database is kept as a backup in {folder} first.")
    if not yes and not _confirmed("Restore it? Type yes to go on: "):
        print("Nothing was changed.")
        return 1
    result = restore(path, url, folder)
    db = connect(database)
    try:
        after_restore(db, command_line_actor(), result, AuditTrail(), folder)
    finally:
        db.dispose()
    print(f"Restored ({summary.patients} patients).")
    if result.kept is not None:
        print(f"The previous database is kept as {result.kept}")
    if url.get_backend_name() == "postgresql":
        print("The groups' grants were applied again to the restored database.")
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        raise ConfigurationError(
            "restore asks for confirmation on a terminal; add --yes to run it from a script."
        )
    return input(question).strip().lower() in ("yes", "y")


def _audit_at_current_schema(database: str, write: Callable[[Session], None]) -> None:
    """Audit a command when the database is at this version's schema (else skip it)."""
    from planner.storage.migrations import head_revision, inspect_schema

    try:
        db = connect(database)
    except PlannerError:
        return
    try:
        if inspect_schema(db.engine) == head_revision():
            with db.write() as db_session:
                write(db_session)
    except PlannerError as error:
        log.warning("command not audited: %s", type(error).__name__)
    finally:
        db.dispose()
