"""Saves a retry makes safe: a save carries a UUID made once (``save_id``); when the
connection is lost after the commit, the retry finds the audit row of the save already
kept (written in the same transaction) and is not applied again.

Used by planner.services.sessions (save_draft, save_and_sign).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.services.audit import AuditAction
from planner.storage.models import TreatmentSession
from planner.storage.queries.sessions import update_details


def save_key(save_id: str | None) -> str | None:
    """A save's UUID in its one written form; anything else is refused."""
    if not save_id:
        return None
    try:
        return str(uuid.UUID(save_id))
    except ValueError:
        raise ValidationError(
            "save_id", translate("saving", "save_id: must be a UUID (32 hexadecimal digits).")
        ) from None


def already_kept(db_session: Session, record: TreatmentSession, save_id: str | None) -> bool:
    """Whether the save ``save_id`` was already committed: its audit row, written in the
    same transaction, exists (checked only when the version has moved on)."""
    if save_id is None:
        return False
    details = update_details(db_session, record, AuditAction.UPDATE)
    return any(detail.get("save_id") == save_id for detail in details)
