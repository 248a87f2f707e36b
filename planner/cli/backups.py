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
    from planner.services.maintenance import back_up

    made = back_up(database, target, folder)
    rows = sum(made.rows.values())
    print(
        f"Backed up to {made.path} ({made.rows.get('patient', 0)} patients; "
        f"{rows} rows in {len(made.rows)} tables checked; {made.size / 1_000_000:.1f} MB)."
    )
    return 0


def restore_command(database: str, backup: str, folder: Path, *, yes: bool) -> int:
    """Show what the backup holds, ask, keep the current database, restore, migrate."""
    from planner.services.maintenance import plan_restore, restore

    plan = plan_restore(database, backup)
    print(f"Backup {plan.backup}")
    print(f"  {plan.summary.describe()}")
    if plan.live is not None and not plan.live.exists():
        print(f"will become the database {plan.live} (there is none there yet).")
    else:
        print(f"will replace the database {plan.target}.")
        print(f"The current database is kept as a backup in {folder} first.")
    if not yes and not _confirmed("Restore it? Type yes to go on: "):
        print("Nothing was changed.")
        return 1
    result = restore(database, plan, folder)
    print(f"Restored ({plan.summary.patients} patients).")
    if result.kept is not None:
        print(f"The previous database is kept as {result.kept}")
    if plan.postgresql:
        print("The groups' grants were applied again to the restored database.")
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        raise ConfigurationError(
            "restore asks for confirmation on a terminal; add --yes to run it from a script."
        )
    return input(question).strip().lower() in ("yes", "y")
