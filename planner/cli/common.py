"""What the command line's commands share: where the database and its backups are, the
administrator's sign-in, and a new password read from the terminal.

Exit codes: :data:`EXIT_OK`, :data:`EXIT_FAILED` (a check found problems, or a bug), and
:data:`EXIT_USAGE` (an expected problem, one line on standard error, nothing changed).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TypeAlias

from planner.config import AppPaths, backup_folder
from planner.domain.errors import ConfigurationError, ValidationError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
USER_ENV = "ACUPLANNER_USER"
PASSWORD_ENV = "ACUPLANNER_PASSWORD"
# What each command module adds its subcommands to.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def require_existing_database(database: str) -> None:
    """ConfigurationError when ``database`` names an SQLite file that does not exist."""
    from planner.services.maintenance import database_file

    path = database_file(database)
    if path is not None and not path.is_file():
        raise ConfigurationError(
            f"There is no AcuPlanner database at {path}; nothing was done.",
            hint="Check the path given with --database (or $ACUPLANNER_DATABASE_URL); "
            "'acuplanner --database PATH migrate' creates a new one.",
        )


def backups_folder(database: str, paths: AppPaths, cli_value: str | None) -> Path:
    """The backups folder: ``--backup-dir``, else the environment, else beside the file."""
    from planner.services.maintenance import database_file

    return backup_folder(database_file(database), paths, cli_value)


def admin_credentials() -> tuple[str, str]:
    """The administrator signing in for an account command: ``ACUPLANNER_USER`` and
    ``ACUPLANNER_PASSWORD``, else asked on the terminal (the password never echoed)."""
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


def ask_new_password(username: str) -> str:
    """Read a new password: twice on a terminal (never echoed), or one line from a pipe."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Type it again: ") != first:
        raise ValidationError("password", "Password: the two entries differ; nothing was changed.")
    return first
