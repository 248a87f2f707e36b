"""Intake and history: the dated first (or repeat) assessment, consents and scores."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    ConsentScope,
    DurationClass,
    OutcomeMeasure,
    PriorTreatment,
    RedFlag,
)
from planner.storage.base import Base, Timestamped, Versioned, fk, intpk
from planner.storage.coded import coded

_NRS = "BETWEEN 0 AND 10"


class Intake(Versioned, Base):
    """A dated back-pain assessment. A re-assessment is a new intake copied from the last."""

    __tablename__ = "intake"
    __table_args__ = (
        CheckConstraint(f"nrs_now IS NULL OR nrs_now {_NRS}", name="nrs_now_range"),
        CheckConstraint(f"nrs_worst IS NULL OR nrs_worst {_NRS}", name="nrs_worst_range"),
        CheckConstraint(f"nrs_average IS NULL OR nrs_average {_NRS}", name="nrs_average_range"),
        CheckConstraint(
            "gestation_weeks IS NULL OR gestation_weeks BETWEEN 0 AND 45", name="gestation_range"
        ),
    )

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id")
    previous_intake_id: Mapped[int | None] = fk("intake.id", nullable=True, index=False)
    practitioner_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    intake_date: Mapped[dt.date] = mapped_column(Date)
    # Presenting complaint
    complaint: Mapped[str] = mapped_column(Text, default="")
    pain_regions: Mapped[list[Any]] = mapped_column(default=list)  # PainRegion values
    sciatica_side: Mapped[str | None] = mapped_column(coded(BodySide, 10, "sciatica_side"))
    body_marks: Mapped[list[Any]] = mapped_column(default=list)  # [{view,x,y,kind}]
    onset_date: Mapped[dt.date | None] = mapped_column(Date)
    onset_description: Mapped[str] = mapped_column(Text, default="")
    duration_class: Mapped[str | None] = mapped_column(coded(DurationClass, 20, "duration_class"))
    cause: Mapped[str | None] = mapped_column(coded(Cause, 40, "cause"))
    cause_other: Mapped[str] = mapped_column(String(200), default="")
    aggravating: Mapped[str] = mapped_column(Text, default="")
    relieving: Mapped[str] = mapped_column(Text, default="")
    sleep_impact: Mapped[str] = mapped_column(Text, default="")
    work_impact: Mapped[str] = mapped_column(Text, default="")
    # Pain (NRS 0–10) and the optional PEG-3 items
    nrs_now: Mapped[int | None] = mapped_column(Integer)
    nrs_worst: Mapped[int | None] = mapped_column(Integer)
    nrs_average: Mapped[int | None] = mapped_column(Integer)
    peg_pain: Mapped[int | None] = mapped_column(Integer)
    peg_enjoyment: Mapped[int | None] = mapped_column(Integer)
    peg_activity: Mapped[int | None] = mapped_column(Integer)
    # Goals
    goals_in_own_words: Mapped[str] = mapped_column(Text, default="")
    goal_target_pain: Mapped[int | None] = mapped_column(Integer)
    goal_activities: Mapped[str] = mapped_column(Text, default="")
    # Pregnancy
    pregnant: Mapped[bool | None] = mapped_column(Boolean)
    gestation_weeks: Mapped[int | None] = mapped_column(Integer)
    other_conditions: Mapped[str] = mapped_column(Text, default="")
    # Style and optional TCM findings
    acupuncture_style: Mapped[str] = mapped_column(String(40), default="")
    tongue: Mapped[str] = mapped_column(Text, default="")
    pulse: Mapped[str] = mapped_column(Text, default="")
    pattern: Mapped[str] = mapped_column(Text, default="")
    red_flag_advice: Mapped[str] = mapped_column(Text, default="")
    # {condition: note}: answers kept although the medication list contradicts them
    answer_notes: Mapped[dict[str, Any] | None] = mapped_column(default=dict)

    prior_treatments: Mapped[list[PriorTreatmentRecord]] = relationship(
        cascade="all, delete-orphan"
    )
    conditions: Mapped[list[HistoryCondition]] = relationship(cascade="all, delete-orphan")
    medications: Mapped[list[Medication]] = relationship(cascade="all, delete-orphan")
    allergies: Mapped[list[Allergy]] = relationship(cascade="all, delete-orphan")
    red_flags: Mapped[list[RedFlagAnswer]] = relationship(cascade="all, delete-orphan")


class PriorTreatmentRecord(Base):
    __tablename__ = "prior_treatment"

    id: Mapped[intpk]
    intake_id: Mapped[int] = fk("intake.id", ondelete="CASCADE")
    kind: Mapped[str] = mapped_column(coded(PriorTreatment, 40, "kind"))
    outcome: Mapped[str] = mapped_column(Text, default="")


class HistoryCondition(Base):
    """An answer to one safety-checklist question (Condition vocabulary) or other history."""

    __tablename__ = "history_condition"

    id: Mapped[intpk]
    intake_id: Mapped[int] = fk("intake.id", ondelete="CASCADE")
    condition: Mapped[str] = mapped_column(coded(Condition, 40, "condition"))
    present: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class Medication(Base):
    __tablename__ = "medication"

    id: Mapped[intpk]
    intake_id: Mapped[int] = fk("intake.id", ondelete="CASCADE")
    text: Mapped[str] = mapped_column(Text)


class Allergy(Base):
    __tablename__ = "allergy"

    id: Mapped[intpk]
    intake_id: Mapped[int] = fk("intake.id", ondelete="CASCADE")
    text: Mapped[str] = mapped_column(Text)
    is_metal: Mapped[bool] = mapped_column(Boolean, default=False)


class RedFlagAnswer(Base):
    __tablename__ = "red_flag_answer"

    id: Mapped[intpk]
    intake_id: Mapped[int] = fk("intake.id", ondelete="CASCADE")
    flag: Mapped[str] = mapped_column(coded(RedFlag, 40, "flag"))
    answer: Mapped[bool] = mapped_column(Boolean)


class Consent(Timestamped, Base):
    """Consent to one technique scope, dated, with who took it. Withdrawal keeps the row."""

    __tablename__ = "consent"

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id")
    scope: Mapped[str] = mapped_column(coded(ConsentScope, 40, "scope"))
    given: Mapped[bool] = mapped_column(Boolean)
    consent_date: Mapped[dt.date] = mapped_column(Date)
    taken_by_id: Mapped[int | None] = fk("app_user.id", nullable=True, index=False)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class OutcomeScore(Timestamped, Base):
    """A scored outcome measure at intake, a session, or a course's review or discharge
    (NRS, PEG, or a licensed total)."""

    __tablename__ = "outcome_score"

    id: Mapped[intpk]
    patient_id: Mapped[int] = fk("patient.id")
    intake_id: Mapped[int | None] = fk("intake.id", nullable=True)
    session_id: Mapped[int | None] = fk("treatment_session.id", nullable=True)
    # A score taken at a course's review or discharge rather than at a session (0014).
    course_id: Mapped[int | None] = fk("course.id", nullable=True)
    measure: Mapped[str] = mapped_column(coded(OutcomeMeasure, 40, "measure"))
    value: Mapped[float] = mapped_column(Float)
    recorded_on: Mapped[dt.date] = mapped_column(Date)
