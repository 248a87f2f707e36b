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
    from planner.services.actor import command_line_actor
    from planner.services.audit_anchors import restore_audit_triggers
    from planner.storage.checks import check_database
    from planner.storage.database import open_database
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


def migrate_command(database: str) -> int:
    from planner.storage.database import connect
    from planner.storage.migrations import upgrade_to_head

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
