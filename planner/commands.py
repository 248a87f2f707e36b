"""The headless commands: demo, check, migrate. Each prints plainly and returns an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planner.domain.errors import ConfigurationError
from planner.storage.database import connect, open_database
from planner.storage.migrations import upgrade_to_head


def screen_command(case: str) -> int:
    """Print the safety findings for a JSON case (no database involved)."""
    from planner.domain.safety import screen
    from planner.domain.screening_case import parse_case

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
    print(json.dumps(findings, ensure_ascii=False, indent=2))
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
