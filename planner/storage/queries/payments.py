"""A patient's account as stored: their sessions with fee and what was paid (the
session's own ``paid_cents``, recorded with the session, plus its desk payments, refunds
negative), their payments with who took them, and the rows a desk payment adds.

Only non-clinical columns are selected (reception reads these tables on PostgreSQL
without the clinical columns), so no ORM entity of a session or course is loaded here.
Nothing here checks roles or opens transactions: planner.services.payments does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from planner.storage.models import (
    Clinic,
    Course,
    Patient,
    SessionPayment,
    TreatmentSession,
    User,
)


@dataclass(frozen=True, slots=True)
class SessionMoney:
    id: int
    course_id: int
    patient_id: int
    number: int
    planned: int
    day: dt.date
    status: str
    fee_cents: int | None
    paid_cents: int  # its own paid_cents and its payments (refunds negative)
    version: int


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: int
    session_id: int
    number: int  # the session's number in its course
    amount_cents: int  # negative: a refund
    method: str
    paid_on: dt.date
    taken_at: dt.datetime  # when it was recorded (UTC)
    reference: str
    reason: str
    payment_group: str | None
    taken_by: str  # the user's full name, else username; "" when unknown


def _payments_by_session(db_session: Session, session_ids: Iterable[int]) -> dict[int, int]:
    ids = list(session_ids)
    if not ids:
        return {}
    rows = db_session.execute(
        select(SessionPayment.session_id, func.sum(SessionPayment.amount_cents))
        .where(SessionPayment.session_id.in_(ids))
        .group_by(SessionPayment.session_id)
    ).all()
    return {session_id: int(total or 0) for session_id, total in rows}


def _money_select() -> Any:
    return select(
        TreatmentSession.id,
        TreatmentSession.course_id,
        TreatmentSession.patient_id,
        TreatmentSession.number,
        Course.planned_sessions,
        TreatmentSession.session_date,
        TreatmentSession.status,
        TreatmentSession.fee_cents,
        TreatmentSession.paid_cents,
        TreatmentSession.version,
    ).join(Course, Course.id == TreatmentSession.course_id)


def patient_sessions(db_session: Session, patient_id: int) -> list[SessionMoney]:
    """The patient's sessions, oldest first (by date, then course and number)."""
    rows = db_session.execute(
        _money_select()
        .where(TreatmentSession.patient_id == patient_id)
        .order_by(
            TreatmentSession.session_date, TreatmentSession.course_id, TreatmentSession.number
        )
    ).all()
    paid = _payments_by_session(db_session, (row.id for row in rows))
    return [_money(row, paid.get(row.id, 0)) for row in rows]


def session_money(
    db_session: Session, session_id: int, *, lock: bool = False
) -> SessionMoney | None:
    """One session's fee and paid amount; None when there is no such session. ``lock``:
    the session's row is locked until the transaction ends (PostgreSQL; SQLite's write
    transactions take the whole database), so two desks cannot both pay what is due."""
    query = _money_select().where(TreatmentSession.id == session_id)
    if lock:
        query = query.with_for_update(of=TreatmentSession)
    row = db_session.execute(query).first()
    if row is None:
        return None
    return _money(row, _payments_by_session(db_session, (session_id,)).get(session_id, 0))


def _money(row: Row[Any], payments: int) -> SessionMoney:
    return SessionMoney(
        id=row.id,
        course_id=row.course_id,
        patient_id=row.patient_id,
        number=row.number,
        planned=row.planned_sessions,
        day=row.session_date,
        status=row.status,
        fee_cents=row.fee_cents,
        paid_cents=(row.paid_cents or 0) + payments,
        version=row.version,
    )


def patient_exists(db_session: Session, patient_id: int) -> bool:
    return db_session.scalar(select(Patient.id).where(Patient.id == patient_id)) is not None


def clinic_currency(db_session: Session) -> str:
    """The clinic's currency code (EUR until the clinic is set up)."""
    code = db_session.scalar(select(Clinic.currency).order_by(Clinic.id).limit(1))
    return code or "EUR"


def patient_payments(db_session: Session, patient_id: int) -> list[PaymentRow]:
    """The patient's desk payments and refunds, oldest first."""
    rows = db_session.execute(
        select(
            SessionPayment.id,
            SessionPayment.session_id,
            TreatmentSession.number,
            SessionPayment.amount_cents,
            SessionPayment.method,
            SessionPayment.paid_on,
            SessionPayment.created_at,
            SessionPayment.reference,
            SessionPayment.reason,
            SessionPayment.payment_group,
            User.full_name,
            User.username,
        )
        .join(TreatmentSession, TreatmentSession.id == SessionPayment.session_id)
        .outerjoin(User, User.id == SessionPayment.recorded_by_id)
        .where(SessionPayment.patient_id == patient_id)
        .order_by(SessionPayment.paid_on, SessionPayment.id)
    ).all()
    return [
        PaymentRow(
            id=row.id,
            session_id=row.session_id,
            number=row.number,
            amount_cents=row.amount_cents,
            method=row.method,
            paid_on=row.paid_on,
            taken_at=row.created_at,
            reference=row.reference or "",
            reason=row.reason or "",
            payment_group=row.payment_group,
            taken_by=row.full_name or row.username or "",
        )
        for row in rows
    ]


def add_desk_payment(
    db_session: Session,
    money: SessionMoney,
    *,
    amount_cents: int,
    method: str,
    paid_on: dt.date,
    user_id: int | None,
    reference: str = "",
    reason: str = "",
    payment_group: str | None = None,
    at: dt.datetime | None = None,
) -> SessionPayment:
    """A payment (negative: a refund, with its reason) towards a session (flushed)."""
    payment = SessionPayment(
        session_id=money.id,
        patient_id=money.patient_id,
        amount_cents=amount_cents,
        method=method,
        paid_on=paid_on,
        recorded_by_id=user_id,
        reference=reference,
        reason=reason,
        payment_group=payment_group,
    )
    if at is not None:
        payment.created_at = at
        payment.updated_at = at
    db_session.add(payment)
    db_session.flush()
    return payment
