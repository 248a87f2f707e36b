"""``acuplanner demo``: fill an empty database with the fictional demo clinic
(:mod:`planner.demo`), laid out around a given day, and print its accounts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from planner.cli.common import Subcommands
from planner.domain.errors import ConfigurationError, ValidationError

DEMO_MAX_PATIENTS = 200_000  # the largest clinic measured (make bench-scale)
DEMO_DAYS = (dt.date(2000, 1, 1), dt.date(2099, 12, 31))  # what --today may be


def add_parsers(commands: Subcommands) -> None:
    demo = commands.add_parser("demo", help="fill an empty database with a fictional demo clinic")
    demo.add_argument("--patients", type=_positive_int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--password",
        metavar="PW",
        help="password of the demo accounts practitioner, reception and admin "
        "(default: demo-password-1; printed at the end)",
    )
    demo.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the demo's today: sessions before it are signed, the rest booked from it on "
        "(default: today's date; with the same --seed, the same database)",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def demo_command(
    database: str,
    *,
    patients: int,
    seed: int,
    password: str | None,
    today: dt.date | None = None,
) -> int:
    """Fill an empty database with the demo clinic laid out around ``today`` (default: the
    local date); print the summary and the accounts."""
    from planner.demo import (
        DEMO_PASSWORD,
        DemoGenerator,
        TerminalProgress,
        check_demo_password,
    )
    from planner.services.maintenance import open_database

    password = DEMO_PASSWORD if password is None else password
    today = dt.date.today() if today is None else today
    if patients > DEMO_MAX_PATIENTS:  # checked before the database is even opened
        raise ConfigurationError(
            f"demo --patients: at most {DEMO_MAX_PATIENTS:,} (got {patients:,}); nothing "
            "was created."
        )
    first, last = DEMO_DAYS
    if not first <= today <= last:
        raise ConfigurationError(
            f"demo --today: a date from {first} to {last} (got {today}); nothing was created."
        )
    try:
        check_demo_password(password)  # before the database is even opened
    except ValidationError as error:
        reason = error.message.removeprefix("Password: ")
        raise ConfigurationError(f"demo --password: {reason}") from None
    db = open_database(database)
    try:
        summary = DemoGenerator(db, today=today).generate(
            patients=patients, seed=seed, progress=TerminalProgress(sys.stderr), password=password
        )
    finally:
        db.dispose()
    print(summary)
    print(f"Demo dated {today.isoformat()}: the same again with --seed {seed} --today {today}.")
    print(f"Demo accounts: {', '.join(summary.accounts)} (password: {password})")
    return 0
