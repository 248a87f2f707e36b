"""Command line: ``acuplanner [--database URL] [COMMAND]`` (also ``python main.py``).

Without a command it opens the window. Expected problems (bad URL, unreachable server,
unwritable folder, newer database) print one line to standard error and exit 2; no
traceback reaches the user and nothing is changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from planner import __version__
from planner.config import AppPaths, backup_folder, database_argument
from planner.domain.errors import ConfigurationError, PlannerError
from planner.domain.vocab import Role
from planner.export_command import add_export_parser
from planner.logs import LOG_FILE_NAME, configure_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
OWNER_ONLY_UMASK = 0o077  # files AcuPlanner creates are 0600, its folders 0700
# The commands that may create an SQLite database (the window's first start is the one
# without a command); the others refuse a path where there is none (a mistyped path
# would otherwise become a new, empty database). ``restore`` may make one from a backup;
# ``screen`` uses no database.
MAY_CREATE_DATABASE = frozenset({None, "demo", "migrate", "restore", "screen"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acuplanner",
        description="AcuPlanner: plan and record acupuncture courses for back pain.",
    )
    parser.add_argument("--version", action="version", version=f"AcuPlanner {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file path, or postgresql+psycopg://HOST:PORT/DBNAME (each person signs "
        "in as themselves; clinic IT adds OWNER@ for migrate, backup, restore, pg-logins) "
        "(default: $ACUPLANNER_DATABASE_URL, else acuplanner.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--backup-dir",
        metavar="DIR",
        help="folder for backups (default: $ACUPLANNER_BACKUP_DIR, else 'backups' beside "
        "the SQLite file, or in the user data folder for PostgreSQL)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, wait for the patient list to paint, print startup_ms=N, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty database with a fictional demo clinic")
    demo.add_argument("--patients", type=_positive_int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--password",
        metavar="PW",
        help="password of the demo accounts practitioner, reception and admin "
        "(default: demo-password-1; printed at the end)",
    )
    demo.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the demo's today: sessions before it are signed, the rest booked from it on "
        "(default: today's date; with the same --seed, the same database)",
    )
    commands.add_parser("check", help="verify the database's integrity and invariants")
    commands.add_parser("migrate", help="apply pending schema migrations (backs up first)")
    users = commands.add_parser(
        "users",
        help="manage user accounts: an administrator signs in ($ACUPLANNER_USER and "
        "$ACUPLANNER_PASSWORD, else asked); the first account of an empty database needs none",
    )
    user_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add an account (asks for the password)")
    add.add_argument("name")
    add.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        choices=[role.value for role in Role],
        help="a role; repeat for several",
    )
    add.add_argument("--full-name", default="")
    add.add_argument("--credentials", default="")
    add.add_argument("--registration", default="", help="registration or licence number")
    user_commands.add_parser("list", help="list the accounts")
    for action, text in (
        ("disable", "disable an account (it can no longer sign in)"),
        ("enable", "enable a disabled account"),
        ("reset-password", "set a new password (asks for it)"),
    ):
        user_commands.add_parser(action, help=text).add_argument("name")
    pg_logins = commands.add_parser(
        "pg-logins",
        help="PostgreSQL, once, with the owner's URL: give every account its own database "
        "login (one-time passwords printed once) instead of the workstations' shared one",
    )
    pg_logins.add_argument(
        "--retire-role",
        metavar="ROLE",
        help="the shared login the workstations used: it loses everything in this database",
    )
    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check that no audit row was edited or deleted, against the anchors kept "
        "outside the database (anchor file, backup manifests)",
    )
    verify.add_argument("--against", metavar="BACKUP", help="compare with this backup file only")
    grant = commands.add_parser(
        "grant-app-role",
        help="replaced by pg-logins (no more shared workstation login); says so and exits 2",
    )
    grant.add_argument("role")
    backup = commands.add_parser(
        "backup", help="write a checked copy of the database (also while AcuPlanner is open)"
    )
    backup.add_argument(
        "file", nargs="?", metavar="FILE", help="where to write it (default: the backups folder)"
    )
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is kept first)"
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by 'backup' or pg_dump -Fc")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    screen = commands.add_parser(
        "screen", help="run the safety rules on a JSON case and print the findings as JSON"
    )
    screen.add_argument("case", metavar="CASE.json", help="the case file, or - for standard input")
    add_export_parser(commands)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def require_existing_database(database: str) -> None:
    """ConfigurationError when ``database`` names an SQLite file that does not exist."""
    from planner.storage.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(database))
    if path is not None and not path.is_file():
        raise ConfigurationError(
            f"There is no AcuPlanner database at {path}; nothing was done.",
            hint="Check the path given with --database (or $ACUPLANNER_DATABASE_URL); "
            "'acuplanner --database PATH migrate' creates a new one.",
        )


def _backup_folder(database: str, paths: AppPaths, cli_value: str | None) -> Path:
    from planner.storage.engine import resolve_url, sqlite_path

    return backup_folder(sqlite_path(resolve_url(database)), paths, cli_value)


# The window's services, imported before PySide6: once Qt for Python is loaded, every later
# import passes through its import hook (a check for ``__feature__`` use per module), which
# costs the storage and service layers about 0.1 s of CPU at start-up.
_SERVICES = (
    "planner.services.accounts",
    "planner.services.audit_view",
    "planner.services.backups",
    "planner.services.clinic",
    "planner.services.courses",
    "planner.services.intake",
    "planner.services.patients",
    "planner.services.plan_templates",
    "planner.services.plans",
    "planner.services.progress",
    "planner.services.registry",
    "planner.services.room",
    "planner.services.sessions",
)


def _import_services_before_qt() -> None:
    for name in _SERVICES:
        importlib.import_module(name)


def main(argv: Sequence[str] | None = None, *, started: float | None = None) -> int:
    started = time.monotonic() if started is None else started
    args = build_parser().parse_args(argv)
    # Health data: the database, its -wal/-shm, logs and backups readable by this user
    # only, whatever the umask the user's session sets (restored for in-process callers).
    umask = os.umask(OWNER_ONLY_UMASK)
    try:
        return _main(args, started)
    finally:
        os.umask(umask)


def _main(args: argparse.Namespace, started: float) -> int:
    paths = AppPaths.from_environment()
    configure_logging(paths.log_dir, quiet=args.command is not None or args.smoke_test)
    try:
        database = database_argument(args.database, paths)
        if args.command not in MAY_CREATE_DATABASE:
            require_existing_database(database)
        if args.command == "demo":
            from planner.commands import demo_command

            return demo_command(
                database,
                patients=args.patients,
                seed=args.seed,
                password=args.password,
                today=args.today,
            )
        if args.command == "check":
            from planner.commands import check_command

            return check_command(database)
        if args.command == "users":
            from planner.commands import users_command

            return users_command(database, args)
        if args.command == "pg-logins":
            from planner.commands import pg_logins_command

            return pg_logins_command(database, args.retire_role)
        if args.command == "audit":
            from planner.commands import audit_verify_command

            folder = _backup_folder(database, paths, args.backup_dir)
            return audit_verify_command(database, paths.data_dir, folder, against=args.against)
        if args.command == "grant-app-role":
            from planner.commands import grant_command

            return grant_command(database, args.role)
        if args.command == "export":
            from planner.export_command import export_command

            return export_command(database, args)
        if args.command == "screen":
            from planner.commands import screen_command

            return screen_command(args.case)
        if args.command in ("backup", "restore"):
            from planner.commands import backup_command, restore_command

            folder = _backup_folder(database, paths, args.backup_dir)
            if args.command == "backup":
                return backup_command(database, args.file, folder)
            return restore_command(database, args.file, folder, yes=args.yes)
        if args.command == "migrate":
            from planner.commands import migrate_command

            return migrate_command(database)
        # Start-up makes long-lived objects only (modules, classes, mappers): collecting
        # garbage among them while importing costs ~0.1 s. run_gui() freezes what was
        # made and turns the collector back on before the first window.
        gc.disable()
        _import_services_before_qt()
        from planner.app import run_gui

        return run_gui(
            database,
            paths,
            smoke_test=args.smoke_test,
            started=started,
            backup_dir=args.backup_dir,
        )
    except PlannerError as error:
        log.warning("stopped: %s", type(error).__name__)
        print(f"acuplanner: {error.user_text()}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("acuplanner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: keep the details in the log, not on the screen
        log.exception("unexpected error in command %s", args.command or "gui")
        print(
            f"acuplanner: unexpected error ({type(error).__name__}); the details are in "
            f"{paths.log_dir / LOG_FILE_NAME}. Please report it.",
            file=sys.stderr,
        )
        return EXIT_FAILED
