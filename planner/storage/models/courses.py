"""A course of treatment: the plan (techniques, points), reviews, safety overrides and the
clinic's plan templates.

A course's sessions (scheduled, drafted, signed) are rows of ``treatment_session``; the
proposed dates are the scheduled sessions' dates. Extensions are stored as reviews with
the decision ``extend``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.safety import AshiRegion
from planner.domain.vocab import (
    CourseStatus,
    DischargeReason,
    PointSide,
    ReviewDecision,
    Stimulation,
    Technique,
)
from planner.storage.base import CLINICAL, Base, Timestamped, Versioned, fk, intpk
from planner.storage.coded import coded


class Course(Versioned, Base):
    """A planned course (usually 4–6 sessions) started from an intake."""

    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint("planned_sessions BETWEEN 1 AND 24", name="planned_sessions_range"),
    )

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id")
    intake_id: Mapped[int | None] = fk("intake.id", nullable=True)
    practitioner_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    status: Mapped[str] = mapped_column(coded(CourseStatus, 20, "status"))
    planned_sessions: Mapped[int] = mapped_column(Integer, default=6)
    extension_reason: Mapped[str] = mapped_column(Text, default="", **CLINICAL)
    # Why more than the usual 6 sessions were planned (added in 0003).
    sessions_reason: Mapped[str] = mapped_column(Text, default="", server_default="", **CLINICAL)
    sessions_per_week: Mapped[float] = mapped_column(Float, default=1.0)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    goals: Mapped[str] = mapped_column(Text, default="", **CLINICAL)
    # Read by reception too: the end-of-course take-home sheet prints it (issue 16).
    goal_target_pain: Mapped[int | None] = mapped_column(Integer)
    mid_review_at: Mapped[int] = mapped_column(Integer, default=3)
    # The plan
    acupuncture_style: Mapped[str] = mapped_column(String(40), default="")
    rationale: Mapped[str] = mapped_column(Text, default="", **CLINICAL)
    protocol: Mapped[str] = mapped_column(String(80), default="", **CLINICAL)
    retention_minutes: Mapped[int] = mapped_column(Integer, default=25)

    techniques: Mapped[list[PlannedTechnique]] = relationship(cascade="all, delete-orphan")
    points: Mapped[list[PointPrescription]] = relationship(cascade="all, delete-orphan")
    reviews: Mapped[list[CourseReview]] = relationship(cascade="all, delete-orphan")


class PlannedTechnique(Base):
    """A technique in the plan with its parameters (EA pairs, cupping type, moxa sites…).

    ``parameters``: electroacupuncture ``{"pairs": [{"a", "b", "mode", "hz",
    "pulse_width_ms", "intensity", "minutes"}]}`` (older rows: ``"pairs": [[a, b]]`` with
    shared ``mode``, ``frequency_hz`` and ``pulse_width_ms``); cupping and moxibustion
    ``{"type", "sites"}``; needling may hold ``{"needle": …}``.
    """

    __tablename__ = "planned_technique"

    id: Mapped[intpk]
    course_id: Mapped[int] = fk("course.id", ondelete="CASCADE")
    technique: Mapped[str] = mapped_column(coded(Technique, 40, "technique"))
    minutes: Mapped[int | None] = mapped_column(Integer)
    parameters: Mapped[dict[str, Any]] = mapped_column(default=dict)


class PointPrescription(Base):
    __tablename__ = "point_prescription"

    id: Mapped[intpk]
    course_id: Mapped[int] = fk("course.id", ondelete="CASCADE")
    point_code: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(coded(PointSide, 1, "side"))
    needles: Mapped[int] = mapped_column(Integer, default=1)
    depth: Mapped[str] = mapped_column(String(40), default="")
    stimulation: Mapped[str | None] = mapped_column(coded(Stimulation, 20, "stimulation"))
    de_qi_sought: Mapped[bool] = mapped_column(default=False)
    # added in 0013
    ashi_region: Mapped[str | None] = mapped_column(coded(AshiRegion, 20, "ashi_region"))


class CourseReview(Timestamped, Base):
    """A mid-course or final review decision, with the pain change at that point."""

    __tablename__ = "course_review"

    id: Mapped[intpk]
    course_id: Mapped[int] = fk("course.id", ondelete="CASCADE")
    intake_id: Mapped[int | None] = fk("intake.id", nullable=True, index=False)
    at_session: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(coded(ReviewDecision, 20, "decision"))
    extend_by: Mapped[int | None] = mapped_column(Integer)
    discharge_reason: Mapped[str | None] = mapped_column(
        coded(DischargeReason, 20, "discharge_reason")
    )
    refer_to: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    pain_start: Mapped[int | None] = mapped_column(Integer)
    pain_latest: Mapped[int | None] = mapped_column(Integer)
    decided_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)


class SafetyOverride(Timestamped, Base):
    """A practitioner's recorded reason for going ahead despite a block or refer finding.

    ``severity`` is the finding's: ``warn`` rows record an acknowledgement (empty reason).
    Rows with a ``session_id`` were given at that session (its health check changed).
    """

    __tablename__ = "safety_override"

    id: Mapped[intpk]
    course_id: Mapped[int] = fk("course.id")
    session_id: Mapped[int | None] = fk("treatment_session.id", nullable=True, index=False)
    rule: Mapped[str] = mapped_column(String(80))
    subject: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    acknowledged_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)


class PlanTemplate(Versioned, Base):
    """A clinic's own plan template: a named plan any practitioner can start from."""

    __tablename__ = "plan_template"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[dict[str, Any]] = mapped_column(default=dict)  # services/plan_codec.py
    created_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
