"""Who acknowledged or overrode a safety finding, and when, for the screens that show it.

The safety check carries only *which* findings are resolved and the override reasons;
a colleague opening the plan or the session must also read who decided and when, beside
the finding (issue 15). :func:`resolution_notes` reads them from the ``safety_override``
rows that apply to a plan (course-wide) or to a session (course-wide and its own); the
query is :func:`planner.storage.queries.courses.resolution_authors`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.domain.courses_safety import FindingKey
from planner.storage.queries.courses import resolution_authors


@dataclass(frozen=True, slots=True)
class ResolutionNote:
    """One stored acknowledgement or override: who and when (the reason is in the check)."""

    by: str  # full name, else user name; "" when the account is gone
    at: dt.datetime  # UTC


def resolution_notes(
    db_session: Session, course_id: int, session_id: int | None = None
) -> Mapping[FindingKey, ResolutionNote]:
    """The latest note per finding for the course's plan (``session_id`` None) or one of
    its sessions, as :func:`planner.storage.queries.courses.resolutions` chooses rows."""
    found = resolution_authors(db_session, course_id, session_id)
    return {key: ResolutionNote(by, at) for key, (by, at) in found.items()}
