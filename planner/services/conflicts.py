"""The message for a stale save: who changed the record, and when."""

from __future__ import annotations

from sqlalchemy.orm import Session

from planner.domain.errors import ConflictError
from planner.storage.base import Versioned
from planner.storage.models import User


def conflict_error(db_session: Session, record: Versioned, what: str) -> ConflictError:
    """Someone saved ``record`` after the user opened it; name them and the time."""
    who = db_session.get(User, record.updated_by_id) if record.updated_by_id else None
    name = (who.full_name or who.username) if who else "another user"
    when = record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return ConflictError(
        f"{name} changed this {what} at {when}, after you opened it; nothing was overwritten.",
        hint="Your changes are kept. Reload to see theirs, then apply yours again.",
    )
