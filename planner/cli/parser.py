"""The command line's parser: the options every command shares (``--database``,
``--backup-dir``, ``--smoke-test``, ``--version``) here, each command's own in its module
(:mod:`.demo`, :mod:`.database`, :mod:`.users`, :mod:`.server`, :mod:`.audit`,
:mod:`.backups`, :mod:`.screen`, :mod:`.export`). The docs test reads the subcommands from
:func:`build_parser`.
"""

from __future__ import annotations

import argparse

from planner import __version__
from planner.cli import audit, backups, database, demo, desk, export, screen, server, users


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
        nargs="?",
        const="window",
        choices=("window", "sign-in"),
        metavar="sign-in",
        help="open the window and exit once it has painted, printing startup_ms=N; with "
        "$ACUPLANNER_USER and $ACUPLANNER_PASSWORD set, sign in 1.5 s after and also print "
        "signin_to_list_ms=N and max_stall_ms=N once the patient list has painted; "
        "--smoke-test=sign-in exits as soon as the sign-in window has painted",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order ``acuplanner --help`` has always listed them.
    demo.add_parsers(commands)
    database.add_parsers(commands)  # check, migrate
    users.add_parsers(commands)
    server.add_pg_logins_parser(commands)
    audit.add_parsers(commands)
    server.add_grant_parser(commands)
    backups.add_parsers(commands)  # backup, restore
    screen.add_parsers(commands)
    export.add_parsers(commands)
    desk.add_parsers(commands)  # day-sheet, takings
    return parser
