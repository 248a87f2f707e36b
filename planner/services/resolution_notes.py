"""Who acknowledged or overrode a safety finding, and when, for the screens that show it.

The safety check carries only *which* findings are resolved and the override reasons;
a colleague opening the plan or the session must also read who decided and when, beside
the finding (issue 15). :func:`resolution_notes` reads them from the ``safety_override``
rows that apply to a plan (course-wide) or to a session (course-wide and its own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.courses_safety import FindingKey
from planner.storage.models import SafetyOverride, User


@dataclass(frozen=True, slots=True)
class ResolutionNote:
    """One stored acknowledgement or override: who and when (the reason is in the check)."""

    by: str  # full name, else user name; "" when the account is gone
    at: dt.datetime  # UTC


def resolution_notes(
    db_session: Session, course_id: int, session_id: int | None = None
) -> Mapping[FindingKey, ResolutionNote]:
    """The latest note per finding for the course's plan (``session_id`` None) or one of
    its sessions, as :func:`planner.services.course_support.resolutions` chooses rows."""
    rows = db_session.execute(
        select(SafetyOverride, User.full_name, User.username)
        .outerjoin(User, User.id == SafetyOverride.acknowledged_by_id)
        .where(SafetyOverride.course_id == course_id)
        .order_by(SafetyOverride.id)
    )
    notes: dict[FindingKey, ResolutionNote] = {}
    for row, full_name, username in rows:
        if row.session_id is not None and row.session_id != session_id:
            continue
        notes[(row.rule, row.subject)] = ResolutionNote(full_name or username or "", row.created_at)
    return notes
