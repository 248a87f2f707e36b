"""The end of day: a date's takings and its day sheet, for reception, practitioners and
admins (Action.VIEW_DAY_REPORTS).

:class:`DayReportService` reads, in one transaction per call, the payments recorded for a
date (:meth:`~DayReportService.takings`: listed with their totals by method and by
practitioner, refunds and net) and the appointments of a date, for everyone or one
practitioner named by username (:meth:`~DayReportService.day_sheet`). The ``*_file``
methods make the document (takings as PDF or CSV, the day sheet as PDF) and audit it as
an export in the same transaction (the date, the format and the practitioner's account
id: never a name). :func:`save_report` writes one to a file by the same path rules as
every document (atomic, owner-only, never over the database, a folder, device or link;
an existing file replaced only with ``replace`` and only when it is an earlier file of
the same kind). Nothing clinical is read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from planner import files
from planner.domain.access import Action
from planner.domain.errors import ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.patients import full_name
from planner.domain.vocab import AppointmentKind, AppointmentState, PaymentMethod
from planner.export.day_sheet import EVERYONE, DaySheet, DaySheetLine, render_day_sheet
from planner.export.day_sheet import title_of as day_sheet_title
from planner.export.model import ClinicHeader
from planner.export.takings import Takings, TakingsPayment, render_takings, summarise
from planner.export.takings import title_of as takings_title
from planner.export.takings_csv import CSV_KINDS, takings_csv
from planner.services.audit import AuditAction
from planner.services.document_content import clinic_header
from planner.services.document_files import save_document
from planner.services.guard import GuardedService
from planner.services.patients import format_chart_number
from planner.storage.engine import sqlite_path
from planner.storage.queries.appointments import BookRow, book_rows
from planner.storage.queries.takings import (
    PaymentRow,
    account_named,
    payments_of_day,
    practitioner_accounts,
)

ReportFormat = Literal["pdf", "csv"]
MAX_USERNAME = 64


@dataclass(frozen=True, slots=True)
class ReportFile:
    """A finished end-of-day document: its bytes and what to call it."""

    data: bytes
    title: str
    suggested_name: str  # e.g. takings-2026-12-07.csv
    page_count: int = 0  # 0 for a CSV file
    warning: str | None = None  # characters the PDF fonts could not print

    @property
    def suffix(self) -> str:
        return Path(self.suggested_name).suffix


class DayReportService(GuardedService):
    @property
    def protected_paths(self) -> tuple[Path, ...]:
        """The open database's files, which no report may be written over."""
        return files.database_files(sqlite_path(self._db.url))

    def takings(self, day: dt.date) -> Takings:
        """The payments recorded for ``day`` and their totals (not audited: on screen)."""
        with self._action(Action.VIEW_DAY_REPORTS, write=False, object_type="takings") as c:
            return self._takings(c.db_session, day)

    def day_sheet(self, day: dt.date, practitioner: str | None = None) -> DaySheet:
        """The appointments of ``day``; of one practitioner when ``practitioner`` (a
        username) is given."""
        with self._action(Action.VIEW_DAY_REPORTS, write=False, object_type="day_sheet") as c:
            return self._day_sheet(c.db_session, day, practitioner)[0]

    def practitioners(self) -> tuple[tuple[str, str], ...]:
        """Who a day sheet may be for: (username, name) of each active practitioner."""
        with self._action(Action.VIEW_DAY_REPORTS, write=False, object_type="day_sheet") as c:
            return tuple(practitioner_accounts(c.db_session))

    def takings_file(self, day: dt.date, file_format: ReportFormat = "pdf") -> ReportFile:
        """The takings of ``day`` as a PDF or CSV file, audited as an export."""
        with self._action(Action.VIEW_DAY_REPORTS, object_type="takings") as checked:
            takings = self._takings(checked.db_session, day)
            name = f"takings-{day.isoformat()}.{file_format}"
            if file_format == "csv":
                report = ReportFile(takings_csv(takings), takings_title(takings), name)
            else:
                pdf = render_takings(takings)
                report = ReportFile(
                    pdf.data, takings_title(takings), name, pdf.page_count, pdf.warning
                )
            self._audit_export(checked.db_session, "takings", day, file_format, None)
            return report

    def day_sheet_file(self, day: dt.date, practitioner: str | None = None) -> ReportFile:
        """The day sheet of ``day`` as a PDF, audited as an export."""
        with self._action(Action.VIEW_DAY_REPORTS, object_type="day_sheet") as checked:
            sheet, user_id = self._day_sheet(checked.db_session, day, practitioner)
            pdf = render_day_sheet(sheet)
            who = f"-{practitioner.strip().lower()}" if user_id is not None and practitioner else ""
            name = f"day-sheet-{day.isoformat()}{who}.pdf"
            self._audit_export(checked.db_session, "day_sheet", day, "pdf", user_id)
            return ReportFile(pdf.data, day_sheet_title(sheet), name, pdf.page_count, pdf.warning)

    # --- inside the action's transaction ---------------------------------------------------

    def _takings(self, db_session: Session, day: dt.date) -> Takings:
        clinic = clinic_header(db_session)
        # The workstation's offset from UTC that day, found once (clocks change at night,
        # when no clinic takes payments): per row it cost more than the query.
        noon = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC).astimezone()
        offset = noon.utcoffset() or dt.timedelta(0)
        payments = [_payment(row, offset) for row in payments_of_day(db_session, day)]
        return summarise(day, clinic, payments)

    def _day_sheet(
        self, db_session: Session, day: dt.date, practitioner: str | None
    ) -> tuple[DaySheet, int | None]:
        user_id, shown = None, EVERYONE
        if practitioner is not None and practitioner.strip():
            found = (
                account_named(db_session, practitioner)
                if len(practitioner.strip()) <= MAX_USERNAME
                else None
            )
            if found is None:
                raise ValidationError(
                    "practitioner",
                    translate("takings", "Practitioner: no account called {practitioner}.").format(
                        practitioner=practitioner.strip()[:MAX_USERNAME]
                    ),
                )
            user_id, shown = found
        clinic: ClinicHeader = clinic_header(db_session)
        rows = book_rows(db_session, day, day, practitioner_id=user_id)
        # by start, those with no time last, then as booked (the book breaks ties by name)
        rows.sort(key=lambda r: (r.starts_at is None, r.starts_at or dt.datetime.min, r.id))
        lines = tuple(_line(row) for row in rows)
        return DaySheet(day=day, clinic=clinic, practitioner=shown, lines=lines), user_id

    def _audit_export(
        self,
        db_session: Session,
        document: str,
        day: dt.date,
        file_format: str,
        practitioner_id: int | None,
    ) -> None:
        detail: dict[str, object] = {"day": day.isoformat(), "format": file_format}
        if practitioner_id is not None:
            detail["practitioner_id"] = practitioner_id
        self._audit.record(
            db_session,
            self._actor,
            AuditAction.EXPORT,
            object_type=document,
            detail=detail,
        )


def _payment(row: PaymentRow, offset: dt.timedelta) -> TakingsPayment:
    recorded = (row.recorded_at + offset).time() if row.recorded_at is not None else None
    try:
        method = PaymentMethod(row.method)
    except ValueError:
        method = PaymentMethod.OTHER
    return TakingsPayment(
        recorded_at=recorded,
        chart_number=format_chart_number(row.chart_number),
        method=method,
        amount_cents=row.amount_cents,
        reference=row.reference,
        reason=row.reason,
        practitioner=row.practitioner_name.strip() or row.practitioner_username,
    )


def _line(row: BookRow) -> DaySheetLine:
    return DaySheetLine(
        starts_at=row.starts_at.time() if row.starts_at is not None else None,
        length_minutes=row.length_minutes,
        patient=full_name(row.given_name, row.family_name),
        chart_number=format_chart_number(row.chart_number),
        kind=AppointmentKind(row.kind),
        state=AppointmentState(row.state),
        session_number=row.session_number,
        planned_sessions=row.planned_sessions,
        room=row.room_name,
        practitioner=row.practitioner_name.strip(),
    )


def check_report_path(
    target: Path | str, *, protected: tuple[Path, ...] = (), replace: bool = False
) -> Path:
    """``target`` as a path an end-of-day file may be written to (its kind from its
    suffix: an existing ``.csv`` replaced only when it is an earlier takings file), or
    :class:`planner.files.UnsafeOutputPath`."""
    if Path(target).suffix.lower() == ".csv":
        return files.check_output_path(
            target,
            protected=protected,
            replace=replace,
            kinds=CSV_KINDS,
            what=QT_TRANSLATE_NOOP("files", "takings file"),
        )
    return files.check_output_path(target, protected=protected, replace=replace)


def save_report(
    target: Path | str,
    report: ReportFile,
    *,
    protected: tuple[Path, ...] = (),
    replace: bool = False,
) -> Path:
    """Write ``report`` to ``target`` (see the module's note); the path written."""
    if report.suffix != ".csv":
        return save_document(target, report.data, protected=protected, replace=replace)
    return files.write_atomic(
        target, report.data, protected=protected, replace=replace, kinds=CSV_KINDS,
        what=QT_TRANSLATE_NOOP("files", "takings file"),
    )  # fmt: skip
