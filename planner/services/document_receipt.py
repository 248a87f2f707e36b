"""Rows into the receipt or invoice, and the receipt numbers.

A number belongs to a patient and a set of sessions (the same sessions always get the
same number). It is taken only when the document is printed or saved and every session
on it is signed — never by a preview, never for a draft — and each printing or saving
counts one more issue (``receipt_number.issued_count``): from the second on, the
document says COPY.

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
from planner.domain.vocab import PaymentMethod
from planner.export.model import FeeLine, PaymentLine, PractitionerBlock, Receipt
from planner.services.document_content import (
    HELD,
    clinic_header,
    course_sessions,
    patient_block,
    practitioner_block,
    session_practitioner,
)
from planner.storage.models import Course, Patient, ReceiptNumber, SessionPayment, TreatmentSession
from planner.storage.queries.sessions import session_treatment_of

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
) -> Receipt:
    """One line per session (in date order) with each payment made for it; the sessions
    remaining of the course the receipt is about (its last session's), unless closed."""
    records = sorted(records, key=lambda s: (s.session_date, s.number, s.id))
    courses = {s.course_id: _course(db_session, s.course_id) for s in records}
    payments: dict[int, list[SessionPayment]] = {}
    for payment in db_session.scalars(
        select(SessionPayment)
        .where(SessionPayment.session_id.in_([s.id for s in records]))
        .order_by(SessionPayment.paid_on, SessionPayment.id)
    ):
        payments.setdefault(payment.session_id, []).append(payment)
    lines = tuple(_fee_line(s, courses[s.course_id], payments.get(s.id, [])) for s in records)
    course = courses[records[-1].course_id]
    people = [session_practitioner(s, courses[s.course_id]) for s in reversed(records)]
    practitioner = practitioner_block(db_session, *(i for ids in people for i in ids))
    return Receipt(
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
    )


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


def _fee_line(record: TreatmentSession, course: Course, found: list[SessionPayment]) -> FeeLine:
    """The session's fee and payments: what was paid with the session (on its day, older
    data) and each payment recorded at the desk since."""
    made: list[PaymentLine] = []
    if record.paid_cents:
        made.append(
            PaymentLine(record.session_date, record.paid_cents, _method(record.payment_method))
        )
    made += [PaymentLine(p.paid_on, p.amount_cents, _method(p.method)) for p in found]
    return FeeLine(
        service_date=record.session_date,
        techniques=frozenset(session_treatment_of(record).techniques),
        duration_minutes=record.duration_minutes,
        fee_cents=record.fee_cents or 0,
        paid_cents=sum(p.amount_cents for p in made),
        payment_method=made[-1].method if made else None,
        session_number=record.number,
        planned_sessions=course.planned_sessions,
        payments=tuple(made),
    )
