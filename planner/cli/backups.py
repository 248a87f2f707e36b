"""``acuplanner backup [FILE]`` and ``acuplanner restore FILE [--yes]``.

A backup is :meth:`planner.services.backups.BackupService.back_up`, as the window's Back
up now, by the command line's actor (clinic IT); the command adds what only a command
line needs: no database there, a damaged SQLite file, or a server that goes away say so
in one line. A restore shows what the backup holds, asks (unless ``--yes``), keeps the
current database as a backup, restores it and brings it to the current schema.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.cli.common import Subcommands
from planner.domain.errors import ConfigurationError


def add_parsers(commands: Subcommands) -> None:
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


def backup_command(database: str, target: str | None, folder: Path) -> int:
    """A verified backup of the database to ``target`` (default: a dated file in ``folder``)."""
    from sqlalchemy.exc import DBAPIError

    from planner.services.actor import command_line_actor
    from planner.services.backups import BackupService
    from planner.storage.database import connect, environment_problem
    from planner.storage.engine import resolve_url, sqlite_path
    from planner.storage.integrity import refuse_damaged_sqlite

    url = resolve_url(database)
    live = sqlite_path(url)
    if live is not None and not live.is_file():
        raise ConfigurationError(f"There is no database at {live}; nothing to back up.")
    path = Path(target) if target else None
    if live is not None and path is not None and path.absolute() == live.absolute():
        raise ConfigurationError("A backup cannot be written over the database itself.")
    if live is not None:
        refuse_damaged_sqlite(live, folder, budget_s=600)  # a copy of damage is no backup
    db = connect(database)  # an unreachable server: one line, before pg_dump
    try:
        made = BackupService(db, folder).back_up(command_line_actor(), path)
    except DBAPIError as error:  # the server went away or is stopping while backing up
        raise environment_problem(url, error, saving=False) from None
    finally:
        db.dispose()
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
    from planner.storage.database import connect
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
