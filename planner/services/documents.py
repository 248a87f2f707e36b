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
  — a short code from :data:`~planner.services.document_files.FAILURE_REASONS`, never
  the path. A numbered receipt's issue is counted back (the next one printed is not a
  COPY of one that never went out).
* ``protected_paths`` — the files no document may be written to: the open SQLite
  database and its ``-wal``/``-shm``/``-journal`` (none on PostgreSQL).
* ``home_advice(session_id) -> HomeAdviceView`` / ``save_home_advice(session_id, choice,
  expected_version) -> HomeAdviceView`` — the home advice a practitioner ticks for the
  take-home sheet (stored apart from the session, so it can be ticked after signing;
  a session without its own carries the latest earlier session's). [practitioner]

The requests, kinds, uses and choices are in :mod:`planner.services.document_request`;
preparing a document's data in :mod:`planner.services.document_prepare`; the home advice
in :mod:`planner.services.document_advice`; writing the PDF to a file
(:func:`~planner.services.document_files.save_document`) and the failure codes in
:mod:`planner.services.document_files`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import files
from planner.domain.access import Action
from planner.domain.courses import CLOSED
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.vocab import CourseStatus, SessionStatus
from planner.export.model import Receipt
from planner.services import document_advice as advice
from planner.services import document_content as content
from planner.services import document_receipt as receipts
from planner.services.audit import AuditAction
from planner.services.course_support import touch
from planner.services.document_advice import HomeAdviceChoice, HomeAdviceView
from planner.services.document_files import FAILURE_REASONS
from planner.services.document_prepare import Preparer, load_session, require_given
from planner.services.document_request import (
    CourseChoice,
    DocumentChoices,
    DocumentKind,
    DocumentRequest,
    PreparedDocument,
    RequestInvalid,
    SessionChoice,
    UnsignedSession,
    Use,
)
from planner.services.guard import Checked, GuardedService
from planner.services.patients import format_chart_number
from planner.storage.engine import sqlite_path
from planner.storage.models import Course, Patient, TreatmentSession

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
            raise PlannerError(
                translate("document_errors", "There is no patient {patient_id}.").format(
                    patient_id=patient_id
                )
            )
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
            raise PlannerError(
                translate("document_errors", "There is no patient {patient_id}.").format(
                    patient_id=request.patient_id
                )
            )
        problem = request.problem()
        if problem is not None:
            raise RequestInvalid(problem)
        self._check_signed(request)
        with self._db.write() as db_session:
            patient = db_session.get(Patient, request.patient_id)
            assert patient is not None
            preparer = Preparer(self.may_print_unsigned, self._today, self._actor.user_id)
            prepared = preparer.prepare(db_session, patient, request, use)
            if prepared.content.draft and not self.may_print_unsigned:
                # Never reached: reception's sessions are filtered to signed ones above.
                raise UnsignedSession(
                    translate(
                        "document_errors", "Reception prints documents of signed sessions only."
                    ),
                    hint=translate(
                        "document_errors", "Ask the practitioner to sign the session first."
                    ),
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
                translate(
                    "document_errors",
                    "This receipt was prepared for the screen and has no number yet: prepare "
                    "it again to print or save it.",
                )
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
            translate(
                "document_errors",
                "Session {session_id} is not signed yet: reception prints receipts for "
                "signed sessions only.",
            ).format(session_id=request.session_id),
            hint=translate("document_errors", "Ask the practitioner to sign the session first."),
        )

    # --- home advice ------------------------------------------------------------------------

    def home_advice(self, session_id: int) -> HomeAdviceView:
        with self._session_action(Action.VIEW_CLINICAL, session_id, write=False) as checked:
            db_session = checked.db_session
            return advice.read_advice(db_session, load_session(db_session, session_id))

    def save_home_advice(
        self, session_id: int, choice: HomeAdviceChoice, expected_version: int | None
    ) -> HomeAdviceView:
        """Store the advice for this session; ``expected_version`` is the version shown
        (None when the session had none of its own), so a colleague's save is not lost."""
        with self._session_action(Action.RECORD_SESSION, session_id) as allowed:
            db_session = allowed.db_session
            record = load_session(db_session, session_id)  # a missing one: said first
            checked = advice.checked(choice)
            require_given(record)
            row, action, changed = advice.store_advice(
                db_session, record, checked, choice.heat_advised, expected_version
            )
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
            return advice.advice_view(record, row, record)

    # --- helpers ----------------------------------------------------------------------------

    def _patient_exists(self, patient_id: int) -> bool:
        with self._db.read() as db_session:
            return db_session.get(Patient, patient_id) is not None

    def _session_action(
        self, action: Action, session_id: int, *, write: bool = True
    ) -> AbstractContextManager[Checked]:
        """The role check and the work on one session in one transaction; a refusal names
        the session's patient (found in it). A missing session: load_session says so."""
        return self._action(
            action,
            write=write,
            record=(TreatmentSession, session_id),
            object_type="session",
            object_id=session_id,
        )


def _issued(document: PreparedDocument) -> bool:
    """A receipt whose printing or saving was counted (it has a number)."""
    return (
        isinstance(document.content, Receipt)
        and document.object_type == "receipt"
        and bool(document.content.receipt_number)
    )
