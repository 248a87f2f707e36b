"""The headless commands: demo, check, migrate. Each prints plainly and returns an exit code."""

from __future__ import annotations

import sys

from planner.storage.database import connect, open_database
from planner.storage.migrations import upgrade_to_head


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


def demo_command(database: str, *, patients: int, seed: int) -> int:
    from planner.services.demo import DemoGenerator, TerminalProgress

    db, _ = open_database(database)
    try:
        summary = DemoGenerator(db).generate(
            patients=patients, seed=seed, progress=TerminalProgress(sys.stderr)
        )
    finally:
        db.dispose()
    print(summary)
    return 0


def check_command(database: str) -> int:
    from planner.storage.checks import check_database

    db, _ = open_database(database)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    return 1
