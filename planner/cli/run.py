"""Running the command line: the arguments parsed, the umask set, each command's module
called, and every expected problem turned into one line and an exit code. Without a
command it opens the window (:func:`planner.app.run_gui`).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence

from planner.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    backups_folder,
    require_existing_database,
)
from planner.cli.parser import build_parser
from planner.config import AppPaths, database_argument
from planner.domain.errors import PlannerError
from planner.logs import LOG_FILE_NAME, configure_logging

log = logging.getLogger(__name__)

OWNER_ONLY_UMASK = 0o077  # files AcuPlanner creates are 0600, its folders 0700
# The commands that may create an SQLite database (the window's first start is the one
# without a command); the others refuse a path where there is none (a mistyped path
# would otherwise become a new, empty database). ``restore`` may make one from a backup;
# ``screen`` uses no database.
MAY_CREATE_DATABASE = frozenset({None, "demo", "migrate", "restore", "screen"})

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
        if args.command is not None:
            return _run_command(args, database, paths)
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


def _run_command(args: argparse.Namespace, database: str, paths: AppPaths) -> int:
    from planner.cli import audit, backups, demo, desk, export, screen, server, users
    from planner.cli import database as database_commands

    command = args.command
    if command == "demo":
        return demo.demo_command(
            database,
            patients=args.patients,
            seed=args.seed,
            password=args.password,
            today=args.today,
        )
    if command == "check":
        return database_commands.check_command(database)
    if command == "migrate":
        return database_commands.migrate_command(database)
    if command == "users":
        return users.users_command(database, args)
    if command == "pg-logins":
        return server.pg_logins_command(database, args.retire_role)
    if command == "grant-app-role":
        return server.grant_command(database, args.role)
    if command == "export":
        return export.export_command(database, args)
    if command == "day-sheet":
        return desk.day_sheet_command(database, args)
    if command == "takings":
        return desk.takings_command(database, args)
    if command == "screen":
        return screen.screen_command(args.case)
    folder = backups_folder(database, paths, args.backup_dir)
    if command == "audit":
        return audit.audit_verify_command(database, paths.data_dir, folder, against=args.against)
    if command == "backup":
        return backups.backup_command(database, args.file, folder)
    if command == "restore":
        return backups.restore_command(database, args.file, folder, yes=args.yes)
    raise AssertionError(f"no such command: {command}")  # the parser allows no other
