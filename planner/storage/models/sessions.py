"""Treatment sessions as given: points, technique details, adverse events, amendments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.safety import AshiRegion
from planner.domain.vocab import (
    CuppingType,
    EAFrequencyMode,
    MoxaType,
    PaymentMethod,
    PointSide,
    SessionStatus,
    Stimulation,
)
from planner.storage.base import CLINICAL, Base, Timestamped, Versioned, fk, intpk
from planner.storage.coded import coded

_NRS = "BETWEEN 0 AND 10"
_EMPTY = text("'[]'")


class TreatmentSession(Versioned, Base):
    """One session of a course: "session 3 of 6". Signed sessions are read-only."""

    __tablename__ = "treatment_session"
    __table_args__ = (
        UniqueConstraint("course_id", "number", name="uq_treatment_session_course_number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint(f"pain_before IS NULL OR pain_before {_NRS}", name="pain_before_range"),
        CheckConstraint(f"pain_after IS NULL OR pain_after {_NRS}", name="pain_after_range"),
        CheckConstraint("needles_in >= 0 AND needles_out >= 0", name="needle_counts"),
    )

    id: Mapped[intpk]
    course_id: Mapped[int] = fk("course.id")
    patient_id: Mapped[int] = fk("patient.id")  # denormalised for per-patient queries
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(coded(SessionStatus, 20, "status"))
    # Idempotency key for saves whose outcome is unknown after a lost connection.
    client_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    session_date: Mapped[dt.date] = mapped_column(Date)  # clinic-local calendar date
    started_at: Mapped[dt.datetime | None]
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    retention_minutes: Mapped[int | None] = mapped_column(Integer)
    pain_before: Mapped[int | None] = mapped_column(Integer)
    pain_after: Mapped[int | None] = mapped_column(Integer)
    needles_in: Mapped[int] = mapped_column(Integer, default=0)
    needles_out: Mapped[int] = mapped_column(Integer, default=0)
    response: Mapped[list[Any]] = mapped_column(default=list, **CLINICAL)  # de_qi, twitch…
    history_changes: Mapped[str] = mapped_column(Text, default="", **CLINICAL)
    # Techniques given (Technique values; added in 0003, empty on older rows).
    techniques: Mapped[list[Any]] = mapped_column(default=list, server_default=_EMPTY)
    # The brief health check at each session (added in 0003): what is new since the intake.
    new_red_flags: Mapped[list[Any]] = mapped_column(
        default=list, server_default=_EMPTY, **CLINICAL
    )
    new_conditions: Mapped[list[Any]] = mapped_column(
        default=list, server_default=_EMPTY, **CLINICAL
    )
    new_medications: Mapped[list[Any]] = mapped_column(
        default=list, server_default=_EMPTY, **CLINICAL
    )
    # None: unchanged. Read by reception too: the take-home sheet warns a pregnant patient.
    now_pregnant: Mapped[bool | None] = mapped_column(Boolean)
    # "Anything new?" as answered (added in 0009; None: not answered, or an older row).
    anything_new: Mapped[bool | None] = mapped_column(Boolean, **CLINICAL)
    notes: Mapped[str] = mapped_column(Text, default="", **CLINICAL)
    practitioner_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    fee_cents: Mapped[int | None] = mapped_column(Integer)
    paid_cents: Mapped[int | None] = mapped_column(Integer)
    payment_method: Mapped[str | None] = mapped_column(coded(PaymentMethod, 20, "payment_method"))
    signed_at: Mapped[dt.datetime | None]
    signed_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)

    points: Mapped[list[SessionPoint]] = relationship(cascade="all, delete-orphan")
    electro: Mapped[list[ElectroStimulation]] = relationship(cascade="all, delete-orphan")
    cupping: Mapped[list[CuppingApplication]] = relationship(cascade="all, delete-orphan")
    moxibustion: Mapped[list[MoxaApplication]] = relationship(cascade="all, delete-orphan")
    adverse_events: Mapped[list[AdverseEvent]] = relationship(cascade="all, delete-orphan")
    amendments: Mapped[list[Amendment]] = relationship(cascade="all, delete-orphan")


class SessionPoint(Base):
    __tablename__ = "session_point"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    point_code: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(coded(PointSide, 1, "side"))
    needles: Mapped[int] = mapped_column(Integer, default=1)
    depth: Mapped[str] = mapped_column(String(40), default="")
    stimulation: Mapped[str | None] = mapped_column(coded(Stimulation, 20, "stimulation"))
    de_qi_sought: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # added in 0013
    ashi_region: Mapped[str | None] = mapped_column(coded(AshiRegion, 20, "ashi_region"))


class ElectroStimulation(Base):
    __tablename__ = "electro_stimulation"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    point_a: Mapped[str] = mapped_column(String(20))
    point_b: Mapped[str] = mapped_column(String(20))
    frequency_mode: Mapped[str] = mapped_column(coded(EAFrequencyMode, 20, "frequency_mode"))
    frequency_hz: Mapped[str] = mapped_column(String(20), default="")
    pulse_width_ms: Mapped[float | None] = mapped_column(Float)
    intensity: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int | None] = mapped_column(Integer)
    side_a: Mapped[str | None] = mapped_column(coded(PointSide, 1, "side_a"))  # of lead A (0013)
    side_b: Mapped[str | None] = mapped_column(coded(PointSide, 1, "side_b"))  # of lead B (0013)


class CuppingApplication(Base):
    __tablename__ = "cupping_application"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    cupping_type: Mapped[str] = mapped_column(coded(CuppingType, 20, "cupping_type"))
    sites: Mapped[list[Any]] = mapped_column(default=list)
    minutes: Mapped[int | None] = mapped_column(Integer)


class MoxaApplication(Base):
    __tablename__ = "moxa_application"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    moxa_type: Mapped[str] = mapped_column(coded(MoxaType, 30, "moxa_type"))
    sites: Mapped[list[Any]] = mapped_column(default=list)
    minutes: Mapped[int | None] = mapped_column(Integer)


class AdverseEvent(Timestamped, Base):
    __tablename__ = "adverse_event"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    # AdverseEventKind and AdverseSeverity, left open on purpose (no CHECK constraint): a
    # kind or severity this version does not know prints as "something else" (moderate).
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(20))
    action_taken: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")  # 0003


class Amendment(Timestamped, Base):
    """A dated correction to a signed session; the original record stays as it was."""

    __tablename__ = "amendment"

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id", ondelete="CASCADE")
    author_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    text: Mapped[str] = mapped_column(Text)


class SessionPayment(Timestamped, Base):
    """A payment towards a session's fee, recorded at the desk (also after signing).

    Kept apart from the session row, which is read-only once signed. A session's paid
    amount is its own ``paid_cents`` (recorded with the session, older data) plus these.
    """

    __tablename__ = "session_payment"
    __table_args__ = (
        # A refund is a negative payment with a reason (0016); nothing is ever zero.
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
        CheckConstraint("amount_cents > 0 OR reason <> ''", name="refund_reason"),
    )

    id: Mapped[intpk]
    session_id: Mapped[int] = fk("treatment_session.id")
    patient_id: Mapped[int] = fk("patient.id")
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(coded(PaymentMethod, 20, "method"))
    paid_on: Mapped[dt.date] = mapped_column(Date, index=True)  # a day's takings (0016)
    recorded_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    # 0016: the card slip or transfer reference; why a refund was given; the payments
    # taken together at the desk (one amount over several sessions) share a group.
    reference: Mapped[str] = mapped_column(String(80), default="", server_default="")
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    payment_group: Mapped[str | None] = mapped_column(String(36), index=True)
