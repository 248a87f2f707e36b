"""Running the command line: the arguments parsed, the umask set, each command's module
called, and every expected problem turned into one line and an exit code. Without a
command it opens the window (:func:`planner.ui.launch.run_window`): only Qt and the
sign-in window are imported before it paints; the services, SQLAlchemy's ORM and
``planner.app`` load on a worker thread behind it.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from planner.ui.opening import OpenedClinic
    from planner.ui.settings import UiSettings

log = logging.getLogger(__name__)

OWNER_ONLY_UMASK = 0o077  # files AcuPlanner creates are 0600, its folders 0700
# The commands that may create an SQLite database (the window's first start is the one
# without a command); the others refuse a path where there is none (a mistyped path
# would otherwise become a new, empty database). ``restore`` may make one from a backup;
# ``screen`` uses no database.
MAY_CREATE_DATABASE = frozenset({None, "demo", "migrate", "restore", "screen"})


def _open_for_window(
    database: str, paths: AppPaths, backup_dir: str | None, settings: UiSettings
) -> OpenedClinic:
    """On the launch's worker thread, once the sign-in window has painted: the services,
    SQLAlchemy's ORM and the windows imported (planner.app), the database opened."""
    from planner.app import open_for_window

    return open_for_window(database, paths, backup_dir, settings)


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
    configure_logging(paths.log_dir, quiet=args.command is not None or args.smoke_test is not None)
    try:
        database = database_argument(args.database, paths)
        if args.command not in MAY_CREATE_DATABASE:
            require_existing_database(database)
        if args.command is not None:
            return _run_command(args, database, paths)
        # Start-up makes long-lived objects only (modules, classes, mappers): collecting
        # garbage among them while importing costs ~0.1 s. The launch freezes what was
        # made and turns the collector back on once the clinic is open behind the sign-in
        # window. Only Qt and the sign-in window load before it paints (planner.ui.launch).
        gc.disable()
        from planner.ui.launch import LaunchOptions, run_window

        smoke = args.smoke_test
        options = LaunchOptions(paths, started, smoke)
        return run_window(options, partial(_open_for_window, database, paths, args.backup_dir))
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
