"""What the session screen is shown: one treatment session's record (``SessionRecordView``:
its label, review point, draft, what changed since the last session given, the safety
check and who resolved each finding, sign-off) and a payment (``PaymentView``), with the
function that builds the record view inside a transaction.

Plain frozen dataclasses (no ORM objects leave a transaction). The use cases that return
them: planner.services.sessions (and its front desk, planner.services.session_desk).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from planner.domain.courses import review_due, session_label
from planner.domain.courses_diff import Difference, session_changes
from planner.domain.courses_safety import FindingKey, SafetyCheck
from planner.domain.plans import Plan
from planner.domain.sessions import SessionDraft
from planner.domain.vocab import PaymentMethod, SessionStatus
from planner.services.resolution_notes import ResolutionNote, resolution_notes
from planner.storage.models import Course, TreatmentSession
from planner.storage.queries.plans import plan_of
from planner.storage.queries.sessions import previous_signed, session_draft_of, user_name


@dataclass(frozen=True, slots=True)
class SessionRecordView:
    id: int
    course_id: int
    patient_id: int
    number: int
    planned_sessions: int
    label: str  # "Session 3 of 6"
    review: str | None  # "mid", "final" or None
    status: SessionStatus
    version: int
    draft: SessionDraft
    changes: tuple[Difference, ...]  # versus the previous session (or the plan for the first)
    safety: SafetyCheck
    signed_at: dt.datetime | None
    signed_by: str
    # The number of the signed session ``changes`` are against; None: the course's plan.
    changes_since: int | None = None
    # Who acknowledged or overrode each stored finding, and when (shown beside it).
    resolved_by: Mapping[FindingKey, ResolutionNote] = field(default_factory=dict)
    # The treatment ``changes`` are against (the last signed session's, or the plan), so
    # the screen can say what differs while the treatment is edited, before it is saved.
    changes_against: Plan | None = None


@dataclass(frozen=True, slots=True)
class PaymentView:
    id: int
    session_id: int
    amount_cents: int
    method: PaymentMethod
    paid_on: dt.date


def record_view(
    db_session: Session,
    course: Course,
    record: TreatmentSession,
    draft: SessionDraft,
    safety: SafetyCheck,
    signed_by: str | None = None,
) -> SessionRecordView:
    """What the screen shows of ``record`` with ``draft`` and its safety check;
    ``signed_by`` when the caller knows it (else read)."""
    previous = previous_signed(db_session, course.id, record.number)
    before = session_draft_of(previous).treatment if previous else plan_of(course)
    if signed_by is None:
        signed_by = user_name(db_session, record.signed_by_id)
    return SessionRecordView(
        id=record.id,
        course_id=course.id,
        patient_id=record.patient_id,
        number=record.number,
        planned_sessions=course.planned_sessions,
        label=session_label(record.number, course.planned_sessions),
        review=review_due(record.number, course.planned_sessions, course.mid_review_at),
        status=SessionStatus(record.status),
        version=record.version,
        draft=draft,
        changes=session_changes(before, draft.treatment),
        safety=safety,
        signed_at=record.signed_at,
        signed_by=signed_by,
        changes_since=previous.number if previous else None,
        resolved_by=resolution_notes(db_session, course.id, record.id),
        changes_against=before,
    )
