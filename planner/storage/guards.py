"""Safety nets below the services, for every ORM session.

* A signed session record is read-only: any change to it, or to a point, technique,
  adverse event of it, is refused at flush (corrections are amendments).
* Bulk ``update()``/``delete()`` through the ORM bypass the version check that stops a
  stale save from overwriting a colleague's work, so they are refused on versioned
  tables (reliability plan C2).

They are registered explicitly, by :func:`install_guards`, on the session factories of every
:class:`~planner.storage.database.Database` (``Database.__post_init__``), not as a side
effect of importing the models and not on SQLAlchemy's global ``Session`` class.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.vocab import SessionStatus
from planner.storage.appointment_sync import follow_sessions
from planner.storage.base import Versioned
from planner.storage.models import (
    AdverseEvent,
    CuppingApplication,
    ElectroStimulation,
    MoxaApplication,
    SessionPoint,
    TreatmentSession,
)

_CHILDREN = (SessionPoint, ElectroStimulation, CuppingApplication, MoxaApplication, AdverseEvent)


class SignedRecordError(PlannerError):
    """Someone tried to change a signed session; corrections go in an amendment."""


def _was_signed(record: TreatmentSession) -> bool:
    history = inspect(record).attrs.status.history
    before = history.deleted[0] if history.deleted else record.status
    return bool(before == SessionStatus.SIGNED)


def _refuse_changes_to_signed_sessions(db_session: Session, _context: Any, _instances: Any) -> None:
    for record in list(db_session.dirty) + list(db_session.deleted):
        if isinstance(record, TreatmentSession):
            changed = db_session.is_modified(record) or record in db_session.deleted
            if changed and _was_signed(record):
                raise SignedRecordError(
                    translate(
                        "database_errors", "Session {id} is signed and cannot be changed."
                    ).format(id=record.id),
                    hint=translate(
                        "database_errors",
                        "Add an amendment instead; the signed record stays as it was.",
                    ),
                )
        elif isinstance(record, _CHILDREN):
            _check_parent(db_session, record)
    for record in db_session.new:
        if isinstance(record, _CHILDREN):
            _check_parent(db_session, record)


def _check_parent(db_session: Session, record: Any) -> None:
    parent = db_session.get(TreatmentSession, record.session_id) if record.session_id else None
    if parent is not None and _was_signed(parent):
        raise SignedRecordError(
            translate(
                "database_errors", "Session {id} is signed; its details cannot be changed."
            ).format(id=parent.id),
            hint=translate(
                "database_errors", "Add an amendment instead; the signed record stays as it was."
            ),
        )


def _refuse_bulk_writes_on_versioned_tables(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Versioned):
        raise RuntimeError(
            f"bulk {'UPDATE' if state.is_update else 'DELETE'} on {mapper.class_.__name__} "
            "bypasses optimistic locking; load the rows and change them instead"
        )


_LISTENERS: tuple[tuple[str, Any], ...] = (
    ("before_flush", _refuse_changes_to_signed_sessions),
    ("before_flush", follow_sessions),  # the appointment book follows the sessions
    ("do_orm_execute", _refuse_bulk_writes_on_versioned_tables),
)


def install_guards(factory: sessionmaker[Session]) -> None:
    """Register the safety nets on every session ``factory`` makes (again: no-op)."""
    for name, listener in _LISTENERS:
        if not event.contains(factory, name, listener):
            event.listen(factory, name, listener)


def guards_installed(factory: sessionmaker[Session]) -> bool:
    """True when :func:`install_guards` has registered every safety net on ``factory``."""
    return all(event.contains(factory, name, listener) for name, listener in _LISTENERS)
