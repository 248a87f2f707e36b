"""The patient's documents from the record: the take-home sheet, the receipt and the
clinical course report, ready for :mod:`planner.export` to print.

API for the Documents window and ``acuplanner export`` (role checked first; refusals
raise ``AccessDenied``, are audited and change nothing):

``DocumentService(db, actor, audit=None, today=date.today, clock=utc_now)``

* ``choices(patient_id) -> DocumentChoices`` — per course, the sessions whose take-home
  sheet and receipt this user may print, whether the clinical report is offered, and
  the span of dates for a receipt over a date range. Schedule facts only, not audited.
  [reception, practitioner]
* ``prepare(request, use) -> PreparedDocument`` — the document's data for a
  :class:`DocumentRequest`: a take-home sheet for one session (or the last one given,
  for the end of a course), a receipt for one session, a course or a date range, or the
  clinical report on a course. One audit row in the same transaction: the record opened
  (``use=PREVIEW``), exported (``EXPORT``) or printed (``PRINT``), naming the document
  kind and the session, receipt or course — never any of its text. ``RequestInvalid``
  names a wrong combination; a session or course of another patient is refused.
  A document showing a session given but not signed (the take-home sheet's session, a
  session on the receipt, any session of the report's course) is a draft
  (``content.draft``): DRAFT on every page. Reception prints take-home sheets and
  receipts of signed sessions only, never a draft; a request for an unsigned one is
  refused and audited. [take-home, receipt: reception, practitioner; clinical report:
  practitioner]
  A receipt (titled "Invoice" while a balance is due) prepared for ``PREVIEW`` has no
  number (``content.preview``: it prints "given when printed or saved") and takes none;
  prepared for ``EXPORT`` or ``PRINT`` it takes its number (the same for the same
  sessions) and counts one more issue in the same transaction — from the second issue
  on ``content.copy`` prints COPY. A draft receipt never has a number. So the window
  previews with ``prepare(request, Use.PREVIEW)`` and, at Save as / Print, calls
  ``prepare(request, Use.EXPORT)`` / ``prepare(request, Use.PRINT)`` again and writes
  or prints THAT document (its audit row is written by that call: no ``record()``).
* ``record(prepared, use)`` — a document already prepared was saved or printed: the
  role is checked again and one audit row written. A receipt prepared for ``PREVIEW``
  is refused (``RequestInvalid``): it must not go out unnumbered as the final one.
* ``record_failure(prepared, use, reason)`` — saving (or printing to a file) a prepared
  document (or a request) did not happen: the path was refused or the write failed. One
  audit row, the export (or print) action with ``{"outcome": "failed", "reason": code}``
  — a short code from :data:`FAILURE_REASONS`, never the path. A numbered receipt's
  issue is counted back (the next one printed is not a COPY of one that never went out).
* ``protected_paths`` — the files no document may be written to: the open SQLite
  database and its ``-wal``/``-shm``/``-journal`` (none on PostgreSQL).
* ``home_advice(session_id) -> HomeAdviceView`` / ``save_home_advice(session_id, choice,
  expected_version) -> HomeAdviceView`` — the home advice a practitioner ticks for the
  take-home sheet (stored apart from the session, so it can be ticked after signing;
  a session without its own carries the latest earlier session's). [practitioner]

:func:`save_document` writes a rendered PDF atomically (owner-only) where
:func:`planner.export.files.check_output_path` allows (an existing PDF only with
``replace=True``), first removing temporary files an interrupted export left in the folder.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import files
from planner.domain.access import Action
from planner.domain.courses import CLOSED
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.export.model import ClinicalReport, HomeAdvice, Receipt, TakeHomeSheet
from planner.files import TEMP_PREFIX, TEMP_SUFFIX, UnsafeOutputPath, write_atomic
from planner.services import document_content as content
from planner.services import document_receipt as receipts
from planner.services.audit import AuditAction
from planner.services.course_support import require_version, touch
from planner.services.document_report import clinical_report
from planner.services.guard import AccessDenied, GuardedService
from planner.services.patients import format_chart_number
from planner.storage.engine import sqlite_path
from planner.storage.models import Course, Patient, TakeHomeAdvice, TreatmentSession

if TYPE_CHECKING:
    from planner.export import RenderedPdf

ADVICE_NOTE_MAX = 300
LEFTOVER_AGE_SECONDS = 600  # an export's temporary file older than this was abandoned


class DocumentKind(StrEnum):
    TAKE_HOME = "take_home"
    RECEIPT = "receipt"
    CLINICAL_REPORT = "clinical_report"


class Use(StrEnum):
    PREVIEW = "preview"  # shown on screen: audited as an opened record
    EXPORT = "export"  # saved to a file
    PRINT = "print"


_AUDIT_ACTION = {
    Use.PREVIEW: AuditAction.OPEN_RECORD,
    Use.EXPORT: AuditAction.EXPORT,
    Use.PRINT: AuditAction.PRINT,
}
_BASE_ACTION = {  # what a user must be allowed to produce each kind at all
    DocumentKind.TAKE_HOME: Action.PRINT_SIGNED_TAKE_HOME,
    DocumentKind.RECEIPT: Action.PRINT_RECEIPT,
    DocumentKind.CLINICAL_REPORT: Action.EXPORT_CLINICAL_REPORT,
}


WRITE_FAILED = "write_failed"
FAILURE_REASONS = frozenset(
    {
        files.DATABASE,
        files.NOT_A_FILE,
        files.SYMLINK,
        files.EXISTS,
        files.OTHER_KIND,
        files.NO_NAME,
        WRITE_FAILED,
    }
)


def failure_reason(error: BaseException) -> str:
    """The audit trail's short code for why a document was not written."""
    if isinstance(error, UnsafeOutputPath):
        return error.reason
    return WRITE_FAILED


class RequestInvalid(PlannerError):
    """The document asked for does not go with the sessions, course or dates given."""


class UnsignedSession(AccessDenied):
    """Reception asked for a document of a session a practitioner has not signed."""


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """Which document: a take-home sheet for ``session_id`` (or the end of ``course_id``),
    a receipt for ``session_id``, ``course_id`` or ``date_from``–``date_to``, or the
    clinical report on ``course_id``."""

    kind: DocumentKind
    patient_id: int
    session_id: int | None = None
    course_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def problem(self) -> str | None:
        """Why this combination cannot be produced (a sentence for the user), or None."""
        period = self.date_from is not None or self.date_to is not None
        chosen = sum((self.session_id is not None, self.course_id is not None, period))
        if period and (self.date_from is None or self.date_to is None):
            return "A date range needs both a first and a last day."
        if period and self.date_from and self.date_to and self.date_from > self.date_to:
            return "The first day of the date range is after its last day."
        if self.kind == DocumentKind.TAKE_HOME and (chosen != 1 or period):
            return "A take-home sheet is for one session, or for the end of one course."
        if self.kind == DocumentKind.RECEIPT and chosen != 1:
            return "A receipt is for one session, one course, or a date range."
        if self.kind == DocumentKind.CLINICAL_REPORT and (chosen != 1 or self.course_id is None):
            return "A clinical report is for one course."
        return None


Content = TakeHomeSheet | Receipt | ClinicalReport


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    request: DocumentRequest
    content: Content
    object_type: str  # "session", "receipt" or "course"
    object_id: int
    title: str  # what the document is, without the patient's name
    file_name: str  # a suggestion: chart number and dates, never the patient's name

    def render(self) -> RenderedPdf:
        """The PDF (ReportLab; may take a few hundred ms, so off the main thread in a GUI)."""
        from planner import export

        if isinstance(self.content, TakeHomeSheet):
            return export.render_take_home(self.content)
        if isinstance(self.content, Receipt):
            return export.render_receipt(self.content)
        return export.render_clinical_report(self.content)


@dataclass(frozen=True, slots=True)
class SessionChoice:
    session_id: int
    number: int
    planned_sessions: int
    session_date: dt.date
    signed: bool


@dataclass(frozen=True, slots=True)
class CourseChoice:
    course_id: int
    status: CourseStatus
    start_date: dt.date
    end_date: dt.date | None
    planned_sessions: int
    sessions: tuple[SessionChoice, ...]  # take-home sheet and receipt for each
    clinical_report: bool
    end_of_course: bool  # a closed course: the take-home sheet for its end


@dataclass(frozen=True, slots=True)
class DocumentChoices:
    patient_id: int
    chart_number: str
    courses: tuple[CourseChoice, ...]  # newest first
    first_day: dt.date | None  # of the sessions listed: the default receipt range
    last_day: dt.date | None


@dataclass(frozen=True, slots=True)
class HomeAdviceChoice:
    advice: frozenset[HomeAdvice] = frozenset()
    note: str = ""  # the practitioner's own line
    heat_advised: bool = False


@dataclass(frozen=True, slots=True)
class HomeAdviceView:
    session_id: int
    choice: HomeAdviceChoice = field(default_factory=HomeAdviceChoice)
    version: int | None = None  # None: nothing stored for this session itself
    carried_from: int | None = None  # the earlier session number the advice comes from


class DocumentService(GuardedService):
    @property
    def may_print_unsigned(self) -> bool:
        """Practitioners may print documents of a session not signed yet; reception not."""
        return self._can(Action.PRINT_TAKE_HOME)

    @property
    def protected_paths(self) -> tuple[Path, ...]:
        """The open database's files, which no document may be written over."""
        return files.database_files(sqlite_path(self._db.url))

    # --- what can be printed ------------------------------------------------------------

    def choices(self, patient_id: int) -> DocumentChoices:
        exists = self._patient_exists(patient_id)
        self._guard.require(
            self._actor,
            Action.VIEW_SCHEDULE,
            patient_id=patient_id if exists else None,
            object_type="patient",
        )
        if not exists:
            raise PlannerError(f"There is no patient {patient_id}.")
        wanted = {SessionStatus.SIGNED}
        if self.may_print_unsigned:
            wanted.add(SessionStatus.DRAFT)
        report = self._can(Action.EXPORT_CLINICAL_REPORT)
        with self._db.read() as db_session:
            patient = db_session.get(Patient, patient_id)
            assert patient is not None
            courses = db_session.scalars(
                select(Course)
                .where(Course.patient_id == patient_id)
                .order_by(Course.start_date.desc(), Course.id.desc())
            ).all()
            found = []
            for course in courses:
                sessions = tuple(
                    SessionChoice(
                        s.id,
                        s.number,
                        course.planned_sessions,
                        s.session_date,
                        s.status == SessionStatus.SIGNED,
                    )
                    for s in content.course_sessions(db_session, course.id)
                    if s.status in wanted
                )
                found.append(
                    CourseChoice(
                        course.id,
                        CourseStatus(course.status),
                        course.start_date,
                        course.end_date,
                        course.planned_sessions,
                        sessions,
                        clinical_report=report,
                        end_of_course=course.status in CLOSED and bool(sessions),
                    )
                )
            days = [s.session_date for c in found for s in c.sessions]
            return DocumentChoices(
                patient_id,
                format_chart_number(patient.chart_number),
                tuple(found),
                min(days, default=None),
                max(days, default=None),
            )

    # --- producing a document -----------------------------------------------------------

    def prepare(self, request: DocumentRequest, use: Use = Use.PREVIEW) -> PreparedDocument:
        exists = self._patient_exists(request.patient_id)
        self._guard.require(
            self._actor,
            _BASE_ACTION[request.kind],
            patient_id=request.patient_id if exists else None,
            object_type=request.kind.value,
        )
        if not exists:
            raise PlannerError(f"There is no patient {request.patient_id}.")
        problem = request.problem()
        if problem is not None:
            raise RequestInvalid(problem)
        self._check_signed(request)
        with self._db.write() as db_session:
            patient = db_session.get(Patient, request.patient_id)
            assert patient is not None
            if request.kind == DocumentKind.TAKE_HOME:
                prepared = self._take_home(db_session, patient, request)
            elif request.kind == DocumentKind.RECEIPT:
                prepared = self._receipt(db_session, patient, request, use)
            else:
                prepared = self._report(db_session, patient, request)
            if prepared.content.draft and not self.may_print_unsigned:
                # Never reached: reception's sessions are filtered to signed ones above.
                raise UnsignedSession(
                    "Reception prints documents of signed sessions only.",
                    hint="Ask the practitioner to sign the session first.",
                )
            self._audit_use(db_session, prepared, use)
            return prepared

    def record(self, prepared: PreparedDocument, use: Use) -> None:
        """``prepared`` (shown before) was saved to a file or printed.

        Not for a receipt prepared for a preview: it has no number, so it may not go out
        as the final document (``RequestInvalid``) — prepare it again with ``use`` EXPORT
        or PRINT, which gives the number and audits, and print or save that one."""
        request = prepared.request
        self._guard.require(
            self._actor,
            _BASE_ACTION[request.kind],
            patient_id=request.patient_id,
            object_type=prepared.object_type,
            object_id=prepared.object_id,
        )
        if (
            use != Use.PREVIEW
            and isinstance(prepared.content, Receipt)
            and prepared.content.preview
        ):
            raise RequestInvalid(
                "This receipt was prepared for the screen and has no number yet: "
                "prepare it again to print or save it."
            )
        self._check_signed(request)
        with self._db.write() as db_session:
            self._audit_use(db_session, prepared, use)

    def record_failure(
        self, prepared: PreparedDocument | DocumentRequest, use: Use, reason: str
    ) -> None:
        """Saving ``prepared`` to a file (``use`` EXPORT, or PRINT to a file) did not
        happen — the document, or only its request when the path was refused before it
        was prepared. ``reason`` is one of :data:`FAILURE_REASONS` (anything else is stored
        as ``"other"``). The row names the document kind and, where known, what it is of."""
        document = prepared if isinstance(prepared, PreparedDocument) else None
        request = document.request if document is not None else prepared
        assert isinstance(request, DocumentRequest)
        exists = self._patient_exists(request.patient_id)
        object_id: int | None
        if document is not None:
            object_type, object_id = document.object_type, document.object_id
        elif request.session_id is not None:
            object_type, object_id = "session", request.session_id
        elif request.course_id is not None:
            object_type, object_id = "course", request.course_id
        else:
            object_type, object_id = request.kind.value, None
        patient_id = request.patient_id if exists else None
        self._guard.require(
            self._actor,
            _BASE_ACTION[request.kind],
            patient_id=patient_id,
            object_type=object_type,
            object_id=object_id,
        )
        with self._db.write() as db_session:
            if document is not None and _issued(document):
                receipts.unissue(db_session, document.object_id)  # not issued after all
            self._audit.record(
                db_session,
                self._actor,
                _AUDIT_ACTION[Use.PRINT if use == Use.PRINT else Use.EXPORT],
                patient_id=patient_id,
                object_type=object_type,
                object_id=object_id,
                detail={
                    "document": request.kind.value,
                    "outcome": "failed",
                    "reason": reason if reason in FAILURE_REASONS else "other",
                },
            )

    def _audit_use(self, db_session: Session, prepared: PreparedDocument, use: Use) -> None:
        detail: dict[str, object] = {"document": prepared.request.kind.value}
        if use == Use.PREVIEW:
            detail["use"] = "preview"
        self._audit.record(
            db_session,
            self._actor,
            _AUDIT_ACTION[use],
            patient_id=prepared.request.patient_id,
            object_type=prepared.object_type,
            object_id=prepared.object_id,
            detail=detail,
        )

    def _check_signed(self, request: DocumentRequest) -> None:
        """Reception: a document of one unsigned session is refused (and audited)."""
        if self.may_print_unsigned or request.session_id is None:
            return
        with self._db.read() as db_session:
            record = db_session.get(TreatmentSession, request.session_id)
            status = record.status if record else None
            if record is None or record.patient_id != request.patient_id:
                return  # refused below as not this patient's session
        if status == SessionStatus.SIGNED:
            return
        if request.kind == DocumentKind.TAKE_HOME:
            self._guard.require(  # refused: reception may not print unsigned sheets
                self._actor,
                Action.PRINT_TAKE_HOME,
                patient_id=request.patient_id,
                object_type="session",
                object_id=request.session_id,
            )
        with self._db.write() as db_session:
            self._audit.record(
                db_session,
                self._actor,
                AuditAction.REFUSED,
                patient_id=request.patient_id,
                object_type="session",
                object_id=request.session_id,
                detail={"action": Action.PRINT_RECEIPT.value, "reason": "unsigned"},
            )
        raise UnsignedSession(
            f"Session {request.session_id} is not signed yet: reception prints receipts "
            "for signed sessions only.",
            hint="Ask the practitioner to sign the session first.",
        )

    def _take_home(
        self, db_session: Session, patient: Patient, request: DocumentRequest
    ) -> PreparedDocument:
        if request.session_id is not None:
            record = self._own_session(db_session, patient, request.session_id)
            self._require_given(record)
        else:
            assert request.course_id is not None
            course = self._own_course(db_session, patient, request.course_id)
            given = self._printable(content.course_sessions(db_session, course.id))
            if not given:
                raise PlannerError(self._nothing_given(f"course {course.id}"))
            record = given[-1]
        course = self._course(db_session, record.course_id)
        # A sheet asked for by course is its end; by session, the end of a closed course's
        # last session (None: the content decides).
        end = True if request.session_id is None else None
        sheet = content.take_home_sheet(db_session, patient, course, record, end_of_course=end)
        sheet = replace(sheet, draft=_unsigned([record]))
        label = f"session {record.number} of {course.planned_sessions}"
        ending = "" if request.session_id is not None else "end of course, "
        return PreparedDocument(
            request,
            sheet,
            "session",
            record.id,
            f"Take-home sheet — {ending}{label}, {record.session_date.isoformat()}",
            f"take-home-{format_chart_number(patient.chart_number)}-"
            f"{record.session_date.isoformat()}-session-{record.number}.pdf",
        )

    def _receipt(
        self, db_session: Session, patient: Patient, request: DocumentRequest, use: Use
    ) -> PreparedDocument:
        period = None
        if request.session_id is not None:
            record = self._own_session(db_session, patient, request.session_id)
            self._require_given(record)
            records = [record]
            what = f"session {record.number}, {record.session_date.isoformat()}"
            about: tuple[str, int] = ("session", record.id)
        elif request.course_id is not None:
            course = self._own_course(db_session, patient, request.course_id)
            records = self._printable(content.course_sessions(db_session, course.id))
            what = f"course from {course.start_date.isoformat()}"
            about = ("course", course.id)
            if not records:
                raise PlannerError(self._nothing_given(f"course {course.id}"))
        else:
            assert request.date_from is not None and request.date_to is not None
            period = (request.date_from, request.date_to)
            records = self._printable(
                db_session.scalars(
                    select(TreatmentSession)
                    .where(
                        TreatmentSession.patient_id == patient.id,
                        TreatmentSession.session_date.between(*period),
                    )
                    .order_by(TreatmentSession.session_date, TreatmentSession.number)
                ).all()
            )
            what = f"{period[0].isoformat()} to {period[1].isoformat()}"
            about = ("patient", patient.id)
            if not records:
                raise PlannerError(
                    self._nothing_given(f"{period[0].isoformat()} to {period[1].isoformat()}")
                )
        # A number only when printed or saved, and only when every session is signed.
        number, copy = "", False
        if use != Use.PREVIEW and not _unsigned(records):
            row = receipts.receipt_number(
                db_session, patient.id, [r.id for r in records], self._actor.user_id
            )
            number, copy = receipts.receipt_text(row), receipts.issue(db_session, row)
            about = ("receipt", row.id)
        document = receipts.receipt(
            db_session,
            patient,
            records,
            number,
            self._today(),
            period,
            preview=use == Use.PREVIEW,
            copy=copy,
        )
        document = replace(document, draft=_unsigned(records))
        name = document.name
        if number:
            title, file_name = f"{name} {number}", f"{number}.pdf"
        else:
            title = name
            days = sorted({r.session_date.isoformat() for r in records})
            span = days[0] if len(days) == 1 else f"{days[0]}-to-{days[-1]}"
            file_name = f"{name.lower()}-{format_chart_number(patient.chart_number)}-{span}.pdf"
        if copy:
            title += " (copy)"
        return PreparedDocument(request, document, *about, f"{title} — {what}", file_name)

    def _report(
        self, db_session: Session, patient: Patient, request: DocumentRequest
    ) -> PreparedDocument:
        assert request.course_id is not None
        course = self._own_course(db_session, patient, request.course_id)
        report = clinical_report(db_session, patient, course, self._today(), self._actor.user_id)
        report = replace(report, draft=_unsigned(content.course_sessions(db_session, course.id)))
        start = course.start_date.isoformat()
        return PreparedDocument(
            request,
            report,
            "course",
            course.id,
            f"Clinical course report — course from {start}",
            f"clinical-report-{format_chart_number(patient.chart_number)}-course-{start}.pdf",
        )

    # --- home advice ------------------------------------------------------------------------

    def home_advice(self, session_id: int) -> HomeAdviceView:
        self._require_session(Action.VIEW_CLINICAL, session_id)
        with self._db.read() as db_session:
            record = self._load(db_session, session_id)
            sessions = content.course_sessions(db_session, record.course_id)
            row, source = content.advice_row(db_session, record, sessions)
            return self._advice_view(record, row, source)

    def save_home_advice(
        self, session_id: int, choice: HomeAdviceChoice, expected_version: int | None
    ) -> HomeAdviceView:
        """Store the advice for this session; ``expected_version`` is the version shown
        (None when the session had none of its own), so a colleague's save is not lost."""
        self._require_session(Action.RECORD_SESSION, session_id)
        problems = Problems()
        note = clean_text(
            problems, "advice_note", "Your own advice", choice.note, max_length=ADVICE_NOTE_MAX
        )
        if problems:
            name, message = next(iter(problems.by_field.items()))
            raise ValidationError(name, message)
        advice = sorted(HomeAdvice(value).value for value in choice.advice)
        with self._db.write() as db_session:
            record = self._load(db_session, session_id)
            self._require_given(record)
            row = db_session.scalars(
                select(TakeHomeAdvice).where(TakeHomeAdvice.session_id == session_id)
            ).first()
            action = AuditAction.UPDATE
            if row is None:
                if expected_version is not None:
                    raise PlannerError("The home advice was removed after you opened it.")
                row = TakeHomeAdvice(session_id=session_id, advice=[], note="")
                db_session.add(row)
                action = AuditAction.CREATE
            else:
                require_version(db_session, row, expected_version or 0, "home advice")
            changed = [
                name
                for name, old, new in (
                    ("advice", list(row.advice or []), advice),
                    ("note", row.note, note),
                    ("heat_advised", row.heat_advised, choice.heat_advised),
                )
                if old != new
            ]
            row.advice, row.note, row.heat_advised = advice, note, choice.heat_advised
            touch(row, self._actor, self._clock)
            db_session.flush()
            self._audit.record(
                db_session,
                self._actor,
                action,
                patient_id=record.patient_id,
                object_type="take_home_advice",
                object_id=row.id,
                detail={"session_id": session_id, "fields": changed},
            )
            return self._advice_view(record, row, record)

    def _advice_view(
        self,
        record: TreatmentSession,
        row: TakeHomeAdvice | None,
        source: TreatmentSession | None,
    ) -> HomeAdviceView:
        advice, note, heat = content.advice_of(row)
        own = row is not None and row.session_id == record.id
        return HomeAdviceView(
            record.id,
            HomeAdviceChoice(advice, note, heat),
            version=row.version if own and row is not None else None,
            carried_from=source.number if source is not None and not own else None,
        )

    # --- helpers ----------------------------------------------------------------------------

    def _patient_exists(self, patient_id: int) -> bool:
        with self._db.read() as db_session:
            return db_session.get(Patient, patient_id) is not None

    def _require_session(self, action: Action, session_id: int) -> None:
        with self._db.read() as db_session:
            found = db_session.get(TreatmentSession, session_id)
            patient_id = found.patient_id if found else None
        self._guard.require(
            self._actor, action, patient_id=patient_id, object_type="session", object_id=session_id
        )
        if patient_id is None:
            raise PlannerError(f"There is no session {session_id}.")

    def _printable(self, records: Sequence[TreatmentSession]) -> list[TreatmentSession]:
        """The sessions given that this user may put on a document, in order."""
        wanted = {SessionStatus.SIGNED}
        if self.may_print_unsigned:
            wanted.add(SessionStatus.DRAFT)
        return [r for r in records if r.status in wanted]

    def _nothing_given(self, where: str) -> str:
        state = "given" if self.may_print_unsigned else "signed"
        return f"No session has been {state} in {where}; there is nothing to print."

    def _require_given(self, record: TreatmentSession) -> None:
        if record.status not in (SessionStatus.DRAFT, SessionStatus.SIGNED):
            raise PlannerError(
                f"Session {record.id} has not been given ({record.status}); "
                "there is nothing to print for it."
            )

    @staticmethod
    def _load(db_session: Session, session_id: int) -> TreatmentSession:
        record = db_session.get(TreatmentSession, session_id)
        if record is None:
            raise PlannerError(f"There is no session {session_id}.")
        return record

    @staticmethod
    def _own_session(db_session: Session, patient: Patient, session_id: int) -> TreatmentSession:
        record = db_session.get(TreatmentSession, session_id)
        if record is None or record.patient_id != patient.id:
            raise PlannerError(f"Patient {patient.id} has no session {session_id}.")
        return record

    @staticmethod
    def _own_course(db_session: Session, patient: Patient, course_id: int) -> Course:
        course = db_session.get(Course, course_id)
        if course is None or course.patient_id != patient.id:
            raise PlannerError(f"Patient {patient.id} has no course {course_id}.")
        return course

    @staticmethod
    def _course(db_session: Session, course_id: int) -> Course:
        course = db_session.get(Course, course_id)
        assert course is not None
        return course


def _issued(document: PreparedDocument) -> bool:
    """A receipt whose printing or saving was counted (it has a number)."""
    return (
        isinstance(document.content, Receipt)
        and document.object_type == "receipt"
        and bool(document.content.receipt_number)
    )


def _unsigned(records: Sequence[TreatmentSession]) -> bool:
    """A document that shows a session given but not signed yet is a draft."""
    return any(r.status == SessionStatus.DRAFT for r in records)


def document_kind(name: str) -> DocumentKind:
    """``take-home``, ``receipt`` or ``clinical-report`` (as typed on the command line)."""
    try:
        return DocumentKind(name.strip().lower().replace("-", "_"))
    except ValueError:
        raise RequestInvalid(
            f"Unknown document {name!r}: use take-home, receipt or clinical-report."
        ) from None


def save_document(
    target: Path | str,
    data: bytes,
    *,
    protected: tuple[Path, ...] = (),
    replace: bool = False,
) -> Path:
    """Write ``data`` to ``target`` atomically, owner-only, where the path rules allow
    (never over ``protected``, a device, a folder or a link; an existing PDF only with
    ``replace``); temporary files an interrupted export left in that folder (older than
    a few minutes, so never one being written) are removed first."""
    files.check_output_path(target, protected=protected, replace=replace)
    folder = Path(target).parent
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    try:
        leftovers = list(folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        leftovers = []
    for leftover in leftovers:
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue
    return write_atomic(target, data, protected=protected, replace=replace)
