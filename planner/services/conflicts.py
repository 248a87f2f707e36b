"""The message for a stale save: who changed the record, and when."""

from __future__ import annotations

from sqlalchemy.orm import Session

from planner.domain.errors import ConflictError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.storage.base import Versioned
from planner.storage.models import User

# What callers name in English (``require_version(..., "session")``), for lupdate.
THINGS = (
    QT_TRANSLATE_NOOP("conflicts", "appointment"),
    QT_TRANSLATE_NOOP("conflicts", "course"),
    QT_TRANSLATE_NOOP("conflicts", "home advice"),
    QT_TRANSLATE_NOOP("conflicts", "intake"),
    QT_TRANSLATE_NOOP("conflicts", "patient's details"),
    QT_TRANSLATE_NOOP("conflicts", "session"),
    QT_TRANSLATE_NOOP("conflicts", "template"),
    QT_TRANSLATE_NOOP("conflicts", "treatment room"),
)


def conflict_error(db_session: Session, record: Versioned, what: str) -> ConflictError:
    """Someone saved ``record`` after the user opened it; name them and the time.

    ``what`` is one of :data:`THINGS` (in English; translated here).
    """
    who = db_session.get(User, record.updated_by_id) if record.updated_by_id else None
    name = (who.full_name or who.username) if who else translate("conflicts", "another user")
    when = record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return ConflictError(
        translate(
            "conflicts",
            "{name} changed this {what} at {when}, after you opened it; nothing was overwritten.",
        ).format(name=name, what=translate("conflicts", what), when=when),
        hint=translate(
            "conflicts", "Your changes are kept. Reload to see theirs, then apply yours again."
        ),
    )
