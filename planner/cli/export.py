"""``acuplanner export``: one of a patient's documents as a PDF file, from the command line.

    acuplanner export --patient ID --document take-home|receipt|clinical-report
                      [--session ID | --course ID | --from DATE --to DATE] --out FILE.pdf
                      [--force]

It signs in as ``ACUPLANNER_USER`` with ``ACUPLANNER_PASSWORD`` (the same role rules as
the window: reception exports take-home sheets and receipts of signed sessions), writes
the file atomically and owner-only, and audits the export. ``--out`` is never the open
database or its ``-wal``/``-shm``/``-journal``, a folder, device, FIFO or symbolic link;
an existing PDF is replaced only with ``--force`` (any other existing file never). A
refused path or a failed write is audited as a failed export (a reason code, not the
path) and nothing is written. Every problem — a missing or
malformed option, a wrong combination, missing credentials, no such patient, a session
not signed, a role that may not — is one line on standard error and exit status 2
(raised as a PlannerError for :func:`planner.cli.run.main`). A document with characters the
fonts cannot print is still written; the warning goes to standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import PASSWORD_ENV, USER_ENV, Subcommands
from planner.domain.errors import ConfigurationError

if TYPE_CHECKING:
    from planner.services.document_request import DocumentRequest

DOCUMENTS = ("take-home", "receipt", "clinical-report")


def add_parsers(commands: Subcommands) -> None:
    """The ``export`` subcommand; every value is checked by :func:`export_command`, so a
    mistake gives one line, not argparse's usage text."""
    export = commands.add_parser(
        "export",
        help="write a patient's take-home sheet, receipt or clinical report as a PDF "
        f"(signs in as ${USER_ENV} with ${PASSWORD_ENV})",
    )
    export.add_argument("--patient", metavar="ID")
    export.add_argument("--document", metavar="|".join(DOCUMENTS))
    export.add_argument("--session", metavar="ID", help="one session")
    export.add_argument("--course", metavar="ID", help="a course (its end, or all its sessions)")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day")
    export.add_argument("--out", metavar="FILE.pdf", help="the file to write")
    export.add_argument(
        "--force", action="store_true", help="replace FILE.pdf if it exists (a PDF only)"
    )


def export_command(database: str, args: argparse.Namespace) -> int:
    from planner.services.document_request import DocumentRequest, document_kind

    if not args.document:
        raise ConfigurationError(f"export: --document is required ({', '.join(DOCUMENTS)}).")
    kind = document_kind(args.document)
    request = DocumentRequest(
        kind=kind,
        patient_id=_id(args.patient, "--patient", required=True),  # type: ignore[arg-type]
        session_id=_id(args.session, "--session"),
        course_id=_id(args.course, "--course"),
        date_from=_date(args.date_from, "--from"),
        date_to=_date(args.date_to, "--to"),
    )
    problem = request.problem()
    if problem is not None:
        raise ConfigurationError(f"export: {problem} {_allowed(args.document)}")
    if not args.out:
        raise ConfigurationError("export: --out FILE.pdf is required.")
    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
    if not user or not password:
        raise ConfigurationError(
            f"export: set {USER_ENV} and {PASSWORD_ENV} to the account to export as."
        )
    force = bool(getattr(args, "force", False))
    return _export(database, request, Path(args.out), user, password, force=force)


def _export(
    database: str,
    request: DocumentRequest,
    out: Path,
    user: str,
    password: str,
    *,
    force: bool = False,
) -> int:
    from planner.domain.errors import PlannerError
    from planner.files import check_output_path
    from planner.services.accounts import AccountService
    from planner.services.audit import AuditTrail
    from planner.services.document_files import failure_reason, save_document
    from planner.services.document_request import Use
    from planner.services.documents import DocumentService
    from planner.services.maintenance import open_database

    db = open_database(database)
    try:
        audit = AuditTrail()
        accounts = AccountService(db, audit)
        actor = accounts.sign_in(user, password)
        try:
            service = DocumentService(db, actor, audit)
            protected = service.protected_paths
            try:  # before anything is read: a refused path costs nothing but its audit row
                check_output_path(out, protected=protected, replace=force)
            except PlannerError as error:
                service.record_failure(request, Use.EXPORT, failure_reason(error))
                raise
            prepared = service.prepare(request, Use.EXPORT)
            rendered = prepared.render()
            try:
                written = save_document(out, rendered.data, protected=protected, replace=force)
            except PlannerError as error:
                service.record_failure(prepared, Use.EXPORT, failure_reason(error))
                raise
        finally:
            accounts.sign_out(actor)
    finally:
        db.dispose()
    if rendered.warning:
        print(f"acuplanner: warning: {rendered.warning}", file=sys.stderr)
    pages = f"{rendered.page_count} page{'s' if rendered.page_count != 1 else ''}"
    print(f"Wrote {written} ({pages}): {prepared.title}")
    return 0


def _id(text: str | None, option: str, *, required: bool = False) -> int | None:
    if text is None or not text.strip():
        if required:
            raise ConfigurationError(f"export: {option} ID is required.")
        return None
    try:
        value = int(text)
    except ValueError:
        raise ConfigurationError(f"export: {option} expects a number, got {text!r}.") from None
    if value < 1:
        raise ConfigurationError(f"export: {option} expects a number from 1, got {value}.")
    return value


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigurationError(
            f"export: {option} expects a date as YYYY-MM-DD, got {text!r}."
        ) from None


def _allowed(document: str) -> str:
    return {
        "take-home": "Use --session ID, or --course ID for the end of a course.",
        "receipt": "Use --session ID, --course ID, or --from DATE --to DATE.",
        "clinical-report": "Use --course ID.",
    }.get(document.strip().lower(), "")
