"""Preparing a document's data inside the documents service's transaction: which of the
patient's sessions go on it (the ones this user may print), its content from
:mod:`planner.services.document_content`, :mod:`planner.services.document_receipt` (with
the receipt's number when printed or saved) or :mod:`planner.services.document_report`,
DRAFT when a session on it is not signed, and its title and file name. The role checks
and the audit row stay in :class:`planner.services.documents.DocumentService`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.vocab import SessionStatus
from planner.services import document_content as content
from planner.services import document_receipt as receipts
from planner.services.document_report import clinical_report
from planner.services.document_request import DocumentKind, DocumentRequest, PreparedDocument, Use
from planner.services.patients import format_chart_number
from planner.storage.models import Course, Patient, TreatmentSession


@dataclass(frozen=True, slots=True)
class Preparer:
    """Prepares documents for one user: ``may_print_unsigned`` when they may print
    sessions given but not signed yet (practitioners), ``today`` for the document's date,
    ``user_id`` for the receipt number's issuer and the report's author."""

    may_print_unsigned: bool
    today: Callable[[], dt.date]
    user_id: int | None

    def prepare(
        self, db_session: Session, patient: Patient, request: DocumentRequest, use: Use
    ) -> PreparedDocument:
        if request.kind == DocumentKind.TAKE_HOME:
            return self.take_home(db_session, patient, request)
        if request.kind == DocumentKind.RECEIPT:
            return self.receipt(db_session, patient, request, use)
        return self.report(db_session, patient, request)

    def take_home(
        self, db_session: Session, patient: Patient, request: DocumentRequest
    ) -> PreparedDocument:
        if request.session_id is not None:
            record = own_session(db_session, patient, request.session_id)
            require_given(record)
        else:
            assert request.course_id is not None
            course = own_course(db_session, patient, request.course_id)
            given = self.printable(content.course_sessions(db_session, course.id))
            if not given:
                raise PlannerError(
                    self.nothing_given(
                        translate("document_errors", "course {id}").format(id=course.id)
                    )
                )
            record = given[-1]
        course = course_of(db_session, record.course_id)
        # A sheet asked for by course is its end; by session, the end of a closed course's
        # last session (None: the content decides).
        end = True if request.session_id is None else None
        sheet = content.take_home_sheet(db_session, patient, course, record, end_of_course=end)
        sheet = replace(sheet, draft=has_unsigned([record]))
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

    def receipt(
        self, db_session: Session, patient: Patient, request: DocumentRequest, use: Use
    ) -> PreparedDocument:
        period = None
        if request.session_id is not None:
            record = own_session(db_session, patient, request.session_id)
            require_given(record)
            records = [record]
            what = f"session {record.number}, {record.session_date.isoformat()}"
            about: tuple[str, int] = ("session", record.id)
        elif request.course_id is not None:
            course = own_course(db_session, patient, request.course_id)
            records = self.printable(content.course_sessions(db_session, course.id))
            what = f"course from {course.start_date.isoformat()}"
            about = ("course", course.id)
            if not records:
                raise PlannerError(
                    self.nothing_given(
                        translate("document_errors", "course {id}").format(id=course.id)
                    )
                )
        else:
            assert request.date_from is not None and request.date_to is not None
            period = (request.date_from, request.date_to)
            records = self.printable(
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
                    self.nothing_given(
                        translate("document_errors", "{first} to {last}").format(
                            first=period[0].isoformat(), last=period[1].isoformat()
                        )
                    )
                )
        # A number only when printed or saved, and only when every session is signed.
        number, copy = "", False
        if use != Use.PREVIEW and not has_unsigned(records):
            row = receipts.receipt_number(
                db_session, patient.id, [r.id for r in records], self.user_id
            )
            number, copy = receipts.receipt_text(row), receipts.issue(db_session, row)
            about = ("receipt", row.id)
        document = receipts.receipt(
            db_session,
            patient,
            records,
            number,
            self.today(),
            period,
            preview=use == Use.PREVIEW,
            copy=copy,
        )
        document = replace(document, draft=has_unsigned(records))
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

    def report(
        self, db_session: Session, patient: Patient, request: DocumentRequest
    ) -> PreparedDocument:
        assert request.course_id is not None
        course = own_course(db_session, patient, request.course_id)
        report = clinical_report(db_session, patient, course, self.today(), self.user_id)
        report = replace(report, draft=has_unsigned(content.course_sessions(db_session, course.id)))
        start = course.start_date.isoformat()
        return PreparedDocument(
            request,
            report,
            "course",
            course.id,
            f"Clinical course report — course from {start}",
            f"clinical-report-{format_chart_number(patient.chart_number)}-course-{start}.pdf",
        )

    def printable(self, records: Sequence[TreatmentSession]) -> list[TreatmentSession]:
        """The sessions given that this user may put on a document, in order."""
        wanted = {SessionStatus.SIGNED}
        if self.may_print_unsigned:
            wanted.add(SessionStatus.DRAFT)
        return [r for r in records if r.status in wanted]

    def nothing_given(self, where: str) -> str:
        if self.may_print_unsigned:
            text = translate(
                "document_errors",
                "No session has been given in {where}; there is nothing to print.",
            )
        else:
            text = translate(
                "document_errors",
                "No session has been signed in {where}; there is nothing to print.",
            )
        return text.format(where=where)


def require_given(record: TreatmentSession) -> None:
    if record.status not in (SessionStatus.DRAFT, SessionStatus.SIGNED):
        raise PlannerError(
            translate(
                "document_errors",
                "Session {id} has not been given ({status}); there is nothing to print for it.",
            ).format(id=record.id, status=record.status)
        )


def load_session(db_session: Session, session_id: int) -> TreatmentSession:
    record = db_session.get(TreatmentSession, session_id)
    if record is None:
        raise PlannerError(
            translate("document_errors", "There is no session {session_id}.").format(
                session_id=session_id
            )
        )
    return record


def own_session(db_session: Session, patient: Patient, session_id: int) -> TreatmentSession:
    record = db_session.get(TreatmentSession, session_id)
    if record is None or record.patient_id != patient.id:
        raise PlannerError(
            translate("document_errors", "Patient {id} has no session {session_id}.").format(
                id=patient.id, session_id=session_id
            )
        )
    return record


def own_course(db_session: Session, patient: Patient, course_id: int) -> Course:
    course = db_session.get(Course, course_id)
    if course is None or course.patient_id != patient.id:
        raise PlannerError(
            translate("document_errors", "Patient {id} has no course {course_id}.").format(
                id=patient.id, course_id=course_id
            )
        )
    return course


def course_of(db_session: Session, course_id: int) -> Course:
    course = db_session.get(Course, course_id)
    assert course is not None
    return course


def has_unsigned(records: Sequence[TreatmentSession]) -> bool:
    """A document that shows a session given but not signed yet is a draft."""
    return any(r.status == SessionStatus.DRAFT for r in records)
