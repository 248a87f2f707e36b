"""``acuplanner day-sheet`` and ``acuplanner takings``: the end of day from the command line.

    acuplanner day-sheet --date YYYY-MM-DD [--practitioner USERNAME] --out FILE.pdf [--force]
    acuplanner takings --date YYYY-MM-DD --out FILE.pdf|FILE.csv [--force]

Both sign in as ``ACUPLANNER_USER`` with ``ACUPLANNER_PASSWORD`` (reception, practitioners
and admins may), make the document through
:class:`planner.services.takings.DayReportService` (audited as an export) and write it
atomically and owner-only by the rules ``export`` follows: never the open database or its
companions, a folder, device or link; an existing file replaced only with ``--force`` and
only when it is an earlier file of the same kind (a PDF, or a takings CSV). The takings'
format is the suffix of ``--out``. Every problem — a missing or malformed option, a date
that is not YYYY-MM-DD, an unknown practitioner, missing or wrong credentials, a role
that may not, a refused path — is one line on standard error and exit status 2 (raised
as a PlannerError for :func:`planner.cli.run.main`), and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import PASSWORD_ENV, USER_ENV, Subcommands
from planner.domain.errors import ConfigurationError

if TYPE_CHECKING:
    from planner.services.takings import DayReportService, ReportFile, ReportFormat

FORMATS: dict[str, ReportFormat] = {".pdf": "pdf", ".csv": "csv"}


def add_parsers(commands: Subcommands) -> None:
    """The two subcommands; every value is checked by their functions, so a mistake
    gives one line, not argparse's usage text."""
    sheet = commands.add_parser(
        "day-sheet",
        help="write a date's appointments (everyone's or one practitioner's) as a PDF "
        f"(signs in as ${USER_ENV} with ${PASSWORD_ENV})",
    )
    sheet.add_argument("--date", metavar="YYYY-MM-DD", help="the day")
    sheet.add_argument("--practitioner", metavar="USERNAME", help="only this practitioner's")
    sheet.add_argument("--out", metavar="FILE.pdf", help="the file to write")
    sheet.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    takings = commands.add_parser(
        "takings",
        help="write a date's takings (payments, totals by method and practitioner) as a "
        f"PDF or CSV (signs in as ${USER_ENV} with ${PASSWORD_ENV})",
    )
    takings.add_argument("--date", metavar="YYYY-MM-DD", help="the day the payments were made")
    takings.add_argument("--out", metavar="FILE.pdf|FILE.csv", help="the file to write")
    takings.add_argument(
        "--force", action="store_true", help="replace the file if it is an earlier one"
    )


def day_sheet_command(database: str, args: argparse.Namespace) -> int:
    day = _date(args.date, "day-sheet")
    out = _out(args.out, "day-sheet", "FILE.pdf")
    if out.suffix.lower() != ".pdf":
        raise ConfigurationError("day-sheet: --out must name a .pdf file.")
    practitioner = (args.practitioner or "").strip() or None
    return _write(
        database,
        "day-sheet",
        out,
        bool(args.force),
        lambda service: service.day_sheet_file(day, practitioner),
    )


def takings_command(database: str, args: argparse.Namespace) -> int:
    day = _date(args.date, "takings")
    out = _out(args.out, "takings", "FILE.pdf or FILE.csv")
    file_format = FORMATS.get(out.suffix.lower())
    if file_format is None:
        raise ConfigurationError("takings: --out must name a .pdf or .csv file.")
    return _write(
        database,
        "takings",
        out,
        bool(args.force),
        lambda service: service.takings_file(day, file_format),
    )


def _write(
    database: str,
    command: str,
    out: Path,
    force: bool,
    make: Callable[[DayReportService], ReportFile],
) -> int:
    from planner.services.accounts import AccountService
    from planner.services.audit import AuditTrail
    from planner.services.maintenance import open_database
    from planner.services.takings import DayReportService, check_report_path, save_report

    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
    if not user or not password:
        raise ConfigurationError(
            f"{command}: set {USER_ENV} and {PASSWORD_ENV} to the account to sign in as."
        )
    db = open_database(database)
    try:
        audit = AuditTrail()
        accounts = AccountService(db, audit)
        actor = accounts.sign_in(user, password)
        try:
            service = DayReportService(db, actor, audit)
            protected = service.protected_paths
            # Before anything is read: a refused path costs nothing.
            check_report_path(out, protected=protected, replace=force)
            report = make(service)
            written = save_report(out, report, protected=protected, replace=force)
        finally:
            accounts.sign_out(actor)
    finally:
        db.dispose()
    if report.warning:
        print(f"acuplanner: warning: {report.warning}", file=sys.stderr)
    pages = report.page_count
    size = f" ({pages} page{'s' if pages != 1 else ''})" if pages else ""
    print(f"Wrote {written}{size}: {report.title}")
    return 0


def _date(text: str | None, command: str) -> dt.date:
    if text is None or not text.strip():
        raise ConfigurationError(f"{command}: --date YYYY-MM-DD is required.")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigurationError(
            f"{command}: --date expects a date as YYYY-MM-DD, got {text!r}."
        ) from None


def _out(text: str | None, command: str, shape: str) -> Path:
    if text is None or not text.strip():
        raise ConfigurationError(f"{command}: --out {shape} is required.")
    return Path(text)
