"""Rows into the receipt or invoice, and the receipt numbers.

A number belongs to a patient and a set of sessions (the same sessions always get the
same number). It is taken only when the document is printed or saved and every session
on it is signed — never by a preview, never for a draft — and each printing or saving
counts one more issue (``receipt_number.issued_count``): from the second on, the
document says COPY.

The content: one line per session with each payment for it, a refund (a negative
payment) as a refund line with its reason, netted in what was paid; when the clinic
switched insurer codes on, its diagnosis code and each session's CPT codes with units
(:func:`planner.domain.insurance.service_codes`: electrical stimulation when the
session's techniques include electroacupuncture); and the patient's next appointments
(booked or checked in, from the day of issue; no time set: "time to be confirmed").

Nothing here checks roles, audits or opens a transaction: :class:`DocumentService` calls
these inside its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from planner.domain.courses import CLOSED
from planner.domain.insurance import service_codes
from planner.domain.vocab import PaymentMethod, Technique
from planner.export.model import PaymentLine, PractitionerBlock
from planner.export.receipt import CodedFeeLine, FullReceipt, NextAppointment, RefundLine
from planner.services.document_content import (
    HELD,
    clinic_header,
    course_sessions,
    patient_block,
    practitioner_block,
    session_practitioner,
)
from planner.storage.models import (
    Clinic,
    Course,
    Patient,
    ReceiptNumber,
    SessionPayment,
    TreatmentSession,
)
from planner.storage.queries.appointments import upcoming
from planner.storage.queries.sessions import session_treatment_of

NEXT_APPOINTMENTS = 4  # at most this many of the patient's next appointments are printed

# --- numbers ------------------------------------------------------------------------------


def _key(session_ids: Iterable[int]) -> tuple[list[int], str]:
    ids = sorted(set(session_ids))
    return ids, hashlib.sha256(",".join(str(i) for i in ids).encode()).hexdigest()


def receipt_number(
    db_session: Session, patient_id: int, session_ids: Iterable[int], issued_by: int | None
) -> ReceiptNumber:
    """The number of the receipt for these sessions: the one given before, or a new one.

    Two workstations asking at once for a new one both end up with the same row (the
    insert does nothing when the pair is already there).
    """
    ids, key = _key(session_ids)
    found = _receipt_row(db_session, patient_id, key)
    if found is not None:
        return found
    dialect = db_session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = {
        "patient_id": patient_id,
        "sessions_key": key,
        "session_ids": ids,
        "issued_by_id": issued_by,
    }
    db_session.execute(insert(ReceiptNumber).values(**values).on_conflict_do_nothing())
    found = _receipt_row(db_session, patient_id, key)
    assert found is not None
    return found


def issue(db_session: Session, row: ReceiptNumber) -> bool:
    """Count one more printing or saving of ``row``'s receipt; True when it had been
    printed or saved before (this one is a copy). One UPDATE, so two workstations
    printing at once never both get the original."""
    count = db_session.execute(
        update(ReceiptNumber)
        .where(ReceiptNumber.id == row.id)
        .values(issued_count=ReceiptNumber.issued_count + 1)
        .returning(ReceiptNumber.issued_count)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    db_session.expire(row, ["issued_count"])
    return int(count) > 1


def unissue(db_session: Session, row_id: int) -> None:
    """A printing or saving counted by :func:`issue` did not happen after all."""
    db_session.execute(
        update(ReceiptNumber)
        .where(ReceiptNumber.id == row_id, ReceiptNumber.issued_count > 0)
        .values(issued_count=ReceiptNumber.issued_count - 1)
        .execution_options(synchronize_session=False)
    )


def _receipt_row(db_session: Session, patient_id: int, key: str) -> ReceiptNumber | None:
    return db_session.scalars(
        select(ReceiptNumber).where(
            ReceiptNumber.patient_id == patient_id, ReceiptNumber.sessions_key == key
        )
    ).first()


def receipt_text(row: ReceiptNumber) -> str:
    return f"R-{row.id:06d}"


# --- content ------------------------------------------------------------------------------


def receipt(
    db_session: Session,
    patient: Patient,
    records: Sequence[TreatmentSession],
    number: str,
    issued_on: dt.date,
    period: tuple[dt.date, dt.date] | None,
    *,
    preview: bool = False,
    copy: bool = False,
) -> FullReceipt:
    """One line per session (in date order) with each payment made for it; the sessions
    remaining of the course the receipt is about (its last session's), unless closed;
    the insurer codes when the clinic prints them; the patient's next appointments from
    ``issued_on``."""
    records = sorted(records, key=lambda s: (s.session_date, s.number, s.id))
    courses = {s.course_id: _course(db_session, s.course_id) for s in records}
    payments: dict[int, list[SessionPayment]] = {}
    for payment in db_session.scalars(
        select(SessionPayment)
        .where(SessionPayment.session_id.in_([s.id for s in records]))
        .order_by(SessionPayment.paid_on, SessionPayment.id)
    ):
        payments.setdefault(payment.session_id, []).append(payment)
    clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
    coded = clinic is not None and clinic.insurer_codes
    lines = tuple(
        _fee_line(s, courses[s.course_id], payments.get(s.id, []), coded=coded) for s in records
    )
    course = courses[records[-1].course_id]
    people = [session_practitioner(s, courses[s.course_id]) for s in reversed(records)]
    practitioner = practitioner_block(db_session, *(i for ids in people for i in ids))
    return FullReceipt(
        clinic=clinic_header(db_session),
        practitioner=practitioner or PractitionerBlock(full_name=""),
        patient=patient_block(patient),
        receipt_number=number,
        issued_on=issued_on,
        lines=lines,
        period=period,
        sessions_remaining=remaining(db_session, course),
        course_start=course.start_date,
        preview=preview,
        copy=copy,
        diagnosis_code=clinic.diagnosis_code if clinic is not None and coded else "",
        next_appointments=next_appointments(db_session, patient.id, issued_on),
    )


def next_appointments(
    db_session: Session, patient_id: int, today: dt.date
) -> tuple[NextAppointment, ...]:
    """The patient's next appointments (booked or checked in) from ``today``, earliest
    first; ``starts_at`` None when no time was set."""
    rows = upcoming(db_session, patient_id, today, limit=NEXT_APPOINTMENTS)
    return tuple(NextAppointment(row.day, row.starts_at) for row in rows)


def remaining(db_session: Session, course: Course) -> int | None:
    """Sessions still to come in a course; None once it is closed (nothing remains to
    say: a closed course has no sessions to come, whatever else is running)."""
    if course.status in CLOSED:
        return None
    given = [s.number for s in course_sessions(db_session, course.id) if s.status in HELD]
    return max(course.planned_sessions - max(given, default=0), 0)


def _course(db_session: Session, course_id: int) -> Course:
    course = db_session.get(Course, course_id)
    assert course is not None
    return course


def _method(value: str | None) -> PaymentMethod | None:
    if value is None or value not in PaymentMethod._value2member_map_:
        return None  # not recorded, or a method this version does not know
    return PaymentMethod(value)


def _payment(row: SessionPayment) -> PaymentLine:
    method, reference = _method(row.method), row.reference or ""
    if row.amount_cents < 0:
        return RefundLine(row.paid_on, row.amount_cents, method, reference, reason=row.reason)
    return PaymentLine(row.paid_on, row.amount_cents, method, reference)


def _fee_line(
    record: TreatmentSession, course: Course, found: list[SessionPayment], *, coded: bool
) -> CodedFeeLine:
    """The session's fee and payments: what was paid with the session (on its day, older
    data) and each payment or refund recorded at the desk since; with ``coded``, the CPT
    codes and units of its length and techniques."""
    made: list[PaymentLine] = []
    if record.paid_cents:
        made.append(
            PaymentLine(record.session_date, record.paid_cents, _method(record.payment_method))
        )
    made += [_payment(p) for p in found]
    techniques = frozenset(session_treatment_of(record).techniques)
    electrical = Technique.ELECTROACUPUNCTURE in techniques
    return CodedFeeLine(
        service_date=record.session_date,
        techniques=techniques,
        duration_minutes=record.duration_minutes,
        fee_cents=record.fee_cents or 0,
        paid_cents=sum(p.amount_cents for p in made),
        payment_method=made[-1].method if made else None,
        session_number=record.number,
        planned_sessions=course.planned_sessions,
        payments=tuple(made),
        codes=service_codes(record.duration_minutes, electrical) if coded else (),
    )
