"""``acuplanner check`` (integrity and invariants, or a damaged file's own report) and
``acuplanner migrate`` (the schema brought up to date, backed up first).
"""

from __future__ import annotations

import sys

from planner.cli.common import Subcommands


def add_parsers(commands: Subcommands) -> None:
    commands.add_parser("check", help="verify the database's integrity and invariants")
    commands.add_parser("migrate", help="apply pending schema migrations (backs up first)")


def check_command(database: str) -> int:
    """Print each problem found (exit 1), or ``ok``. A damaged SQLite file is listed as
    SQLite's own check sees it, without opening it for use or migrating it."""
    from planner.services.maintenance import check

    report = check(database)
    if report.damage:
        for line in report.damage:
            print(line)
        print(
            "The database file is damaged; nothing was changed. Restore a backup with "
            "'acuplanner restore FILE'.",
            file=sys.stderr,
        )
        return 1
    for warning in report.warnings:  # the server's set-up (C5): no exit 1,
        print(f"server warning: {warning}", file=sys.stderr)  # and stdout stays findings
    if not report.problems:
        print("ok")
        return 0
    for problem in report.problems:
        print(problem)
    return 1


def migrate_command(database: str) -> int:
    from planner.services.maintenance import migrate

    result = migrate(database)
    if not result.changed:
        print(f"Database already at the current schema ({result.to_revision}).")
    else:
        print(f"Migrated {result.from_revision or 'an empty database'} -> {result.to_revision}.")
        if result.backup is not None:
            print(f"Backup taken first: {result.backup}")
    return 0
