"""Appointments: a time in the book for a patient with a practitioner (migration 0016).

A course's session is booked by an appointment linked to it; a first visit may be booked
before any course exists (no session). An appointment cancelled or missed keeps its row
(who, when, why, late or not) and frees its time; the session it booked stays *scheduled*
with no live appointment until it is booked again, so the course's numbers never move.

Times are clinic-local wall-clock times (``starts_at``/``ends_at``, no time zone), like
``treatment_session.session_date``; both are NULL for a booking carried over from before
0016, whose time nobody recorded (the book shows "time not set", never a made-up time).
On PostgreSQL two live appointments of one practitioner (or one room) cannot overlap: an
exclusion constraint refuses the second (planner.storage.appointment_rules).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.vocab import AppointmentKind, AppointmentState, CancelledBy
from planner.storage.base import Base, Versioned, fk, intpk
from planner.storage.coded import coded
from planner.storage.models.sessions import TreatmentSession

LIVE_STATES = ("booked", "checked_in", "in_treatment", "done")


class Appointment(Versioned, Base):
    __tablename__ = "appointment"
    __table_args__ = (
        CheckConstraint("(starts_at IS NULL) = (ends_at IS NULL)", name="time_complete"),
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="time_order"),
        CheckConstraint("length_minutes BETWEEN 5 AND 480", name="length_range"),
        Index("ix_appointment_day_practitioner", "day", "practitioner_id"),
        Index("ix_appointment_practitioner_day", "practitioner_id", "day"),  # 0017
        Index("ix_appointment_room_day", "room_id", "day"),  # 0017
        Index("ix_appointment_patient_day", "patient_id", "day"),
    )

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id", index=False)
    # The course's session this books (NULL: a first visit before a course, or a session
    # since removed from its course).
    session_id: Mapped[int | None] = fk("treatment_session.id", nullable=True, ondelete="SET NULL")
    practitioner_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    room_id: Mapped[int | None] = fk("clinic_room.id", nullable=True, index=False)
    kind: Mapped[str] = mapped_column(coded(AppointmentKind, 20, "kind"))
    state: Mapped[str] = mapped_column(coded(AppointmentState, 20, "state"))
    day: Mapped[dt.date] = mapped_column(Date)  # clinic-local
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False))
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=False))
    length_minutes: Mapped[int] = mapped_column(Integer)
    checked_in_at: Mapped[dt.datetime | None]
    cancelled_at: Mapped[dt.datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(coded(CancelledBy, 20, "cancelled_by"))
    cancelled_by_user_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)

    # Set by object when the session is new (its id comes at flush): appointment_sync.
    session: Mapped[TreatmentSession | None] = relationship()
