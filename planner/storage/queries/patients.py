"""Patients' queries: the patient list's rows, a patient's courses and sessions for the
overview, possible duplicates of a registration, and the next chart number.

Functions taking a ``db_session`` (or a Core connection where a keystroke must not load
ORM objects) inside the caller's transaction; the role checks, transactions and audit
rows are the services' (:mod:`planner.services.patients`,
:mod:`planner.services.registry`). The search itself is :mod:`.patient_search`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import cast

from sqlalchemy import Connection, and_, bindparam, or_, select, text
from sqlalchemy.orm import Session

from planner.storage.models import Clinic, Course, Patient, TreatmentSession

ROW_BATCH = 500  # ids per statement when reading the list's rows
_PG_CHART_LOCK = 0x4143_5043  # "ACPC"

ListRow = tuple[int, int, str, str, str, dt.date, str, bool]
"""id, chart number, family, given and preferred names, date of birth, phone, archived."""

# The columns the patient list shows, for a batch of ids (built once: a keystroke reads a
# page of rows, and an expanding IN keeps one compiled statement for every batch size).
_ROWS = select(
    Patient.id,
    Patient.chart_number,
    Patient.family_name,
    Patient.given_name,
    Patient.preferred_name,
    Patient.date_of_birth,
    Patient.phone,
    Patient.archived,
).where(Patient.id.in_(bindparam("ids", expanding=True)))


def list_rows(connection: Connection, ids: Sequence[int]) -> Iterator[ListRow]:
    """The list's columns of these patients, in batches of ROW_BATCH (Core rows: no ORM
    loading per keystroke); ids of no patient are left out."""
    for start in range(0, len(ids), ROW_BATCH):
        chunk = list(ids[start : start + ROW_BATCH])
        for row in connection.execute(_ROWS, {"ids": chunk}):
            yield cast(ListRow, tuple(row))


def courses_of(db_session: Session, patient_id: int) -> Sequence[Course]:
    """A patient's courses, the latest first."""
    return db_session.scalars(
        select(Course)
        .where(Course.patient_id == patient_id)
        .order_by(Course.start_date.desc(), Course.id.desc())
    ).all()


def sessions_of(db_session: Session, patient_id: int) -> Sequence[TreatmentSession]:
    """A patient's treatment sessions, of every course, by number."""
    return db_session.scalars(
        select(TreatmentSession)
        .where(TreatmentSession.patient_id == patient_id)
        .order_by(TreatmentSession.number)
    ).all()


def possible_duplicates(
    db_session: Session,
    *,
    date_of_birth: dt.date | None,
    name_prefix: str,
    phone_digits: str,
    exclude_id: int | None,
    limit: int = 20,
) -> list[ListRow]:
    """Patients born on ``date_of_birth`` whose search name starts with ``name_prefix``,
    or whose phone's digits are ``phone_digits`` (ignored when shorter than six)."""
    conditions = []
    if date_of_birth is not None:
        conditions.append(
            and_(
                Patient.date_of_birth == date_of_birth,
                Patient.search_name.like(f"{name_prefix}%"),
            )
        )
    if len(phone_digits) >= 6:
        conditions.append(Patient.phone_digits == phone_digits)
    if not conditions:
        return []
    stmt = select(Patient).where(or_(*conditions)).order_by(Patient.search_name).limit(limit)
    if exclude_id is not None:
        stmt = stmt.where(Patient.id != exclude_id)
    return [
        (
            p.id,
            p.chart_number,
            p.family_name,
            p.given_name,
            p.preferred_name,
            p.date_of_birth,
            p.phone,
            p.archived,
        )
        for p in db_session.scalars(stmt)
    ]


def next_chart_number(db_session: Session) -> int:
    """The next chart number, taken inside the caller's transaction.

    SQLite's write transactions already run one at a time; on PostgreSQL an advisory
    lock makes concurrent registrations take turns (also before a clinic row exists).
    """
    if db_session.get_bind().dialect.name == "postgresql":
        db_session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_CHART_LOCK})
    clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
    highest = (
        db_session.scalar(
            select(Patient.chart_number).order_by(Patient.chart_number.desc()).limit(1)
        )
        or 0
    )
    if clinic is None:
        clinic = Clinic(name="", next_chart_number=highest + 1)
        db_session.add(clinic)
    number = max(clinic.next_chart_number, highest + 1)
    clinic.next_chart_number = number + 1
    return number
