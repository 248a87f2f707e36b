"""The end of day's rows: the payments recorded for a date (the takings). The day sheet
reads the appointment book's own query (planner.storage.queries.appointments.book_rows).

The payments read named non-clinical columns only (no ORM entity is loaded), so they run
the same under reception's PostgreSQL grants: a payment's amount, method, reference and
reason, the patient's chart number, the practitioner's name. Nothing here checks roles or opens a
transaction: :class:`planner.services.takings.DayReportService` calls these inside its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.vocab import Role
from planner.storage.models import (
    Course,
    Patient,
    SessionPayment,
    TreatmentSession,
    User,
    UserRole,
)


@dataclass(frozen=True, slots=True)
class PaymentRow:
    """One payment of the day (a refund is negative). ``recorded_at``: UTC, aware."""

    payment_id: int
    recorded_at: dt.datetime | None
    chart_number: int
    method: str
    amount_cents: int
    reference: str
    reason: str
    practitioner_name: str
    practitioner_username: str


def payments_of_day(db_session: Session, day: dt.date) -> list[PaymentRow]:
    """The payments with ``paid_on == day`` in the order they were recorded; each one's
    practitioner is its session's, else its course's (none: empty names)."""
    who = func.coalesce(TreatmentSession.practitioner_id, Course.practitioner_id)
    rows = (
        db_session.connection()
        .execute(  # Core: a day's 1,000+ rows without ORM loading
            select(
                SessionPayment.id,
                SessionPayment.created_at,
                Patient.chart_number,
                SessionPayment.method,
                SessionPayment.amount_cents,
                SessionPayment.reference,
                SessionPayment.reason,
                User.full_name,
                User.username,
            )
            .join(Patient, Patient.id == SessionPayment.patient_id)
            .join(TreatmentSession, TreatmentSession.id == SessionPayment.session_id)
            .join(Course, Course.id == TreatmentSession.course_id)
            .outerjoin(User, User.id == who)
            .where(SessionPayment.paid_on == day)
            .order_by(SessionPayment.created_at, SessionPayment.id)
        )
        .all()
    )
    return [
        PaymentRow(
            payment_id=row[0],
            recorded_at=row[1],
            chart_number=row[2],
            method=row[3],
            amount_cents=row[4],
            reference=row[5] or "",
            reason=row[6] or "",
            practitioner_name=row[7] or "",
            practitioner_username=row[8] or "",
        )
        for row in rows
    ]


def account_named(db_session: Session, username: str) -> tuple[int, str] | None:
    """The id and shown name (full name, else the username) of the account called
    ``username`` (compared without case); None when there is none."""
    row = db_session.execute(
        select(User.id, User.full_name, User.username).where(
            func.lower(User.username) == username.strip().lower()
        )
    ).first()
    if row is None:
        return None
    return row[0], (row[1] or "").strip() or row[2]


def practitioner_accounts(db_session: Session) -> list[tuple[str, str]]:
    """The active accounts holding the practitioner role: (username, shown name), by
    shown name."""
    rows = db_session.execute(
        select(User.username, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.PRACTITIONER.value)
        .distinct()
    ).all()
    named = [(row[0], (row[1] or "").strip() or row[0]) for row in rows]
    return sorted(named, key=lambda pair: (pair[1].casefold(), pair[0]))
