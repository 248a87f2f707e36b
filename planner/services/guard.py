"""The role check every service method makes before doing anything.

The check reads the signed-in user's account again each time: a user an administrator
disabled, or whose roles were reduced, at another workstation loses the rights at their
next action rather than at sign-out. Only rights held both at sign-in and now count (a
role added later needs a new sign-in). The command line acting for clinic IT (no
account, ``user_id`` None) is checked against its own roles.

The roles held at sign-in are checked first, without the database. Then
:meth:`Guard.action` reads the account *inside the action's own transaction* and hands
that transaction to the action: one transaction per action, and the record's patient
(for a refusal's audit row) is looked up in it too. :meth:`Guard.require` (the older
form, still used by services not yet moved to :meth:`Guard.action`) reads the account in
its own short transaction before the action's; a record's patient is looked up only when
a refusal must name it. A refusal is audited in its own transaction, after the action's
rolled back, and names the patient when there is one.

An administrator's change landing after the check is caught when the action writes its
audit row: :meth:`planner.services.audit.AuditTrail.record` reads the account again
inside the action's transaction (locked on PostgreSQL) and refuses, with the same
AccessDenied, when it is disabled or no longer allows the action this guard allowed
(:func:`note_approved`, tied to this database); the whole transaction then rolls back.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import NoReturn, Protocol

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain.access import SAVES, Action, allowed
from planner.domain.errors import PlannerError
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.approvals import (
    DEMOTED,
    DISABLED,
    ROLE,
    access_denied,
    forget_approval,
    note_approved,
)
from planner.services.approvals import AccessDenied as AccessDenied  # where it always was
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.storage.database import Database
from planner.storage.models import User, UserRole


class PatientOwned(Protocol):
    patient_id: int


RecordRef = tuple[type[PatientOwned], int]
"""A stored record of a patient's (its model and id): its patient is what a refusal names."""


@dataclass(frozen=True, slots=True)
class Checked:
    """What :meth:`Guard.action` hands the action: its transaction, the patient of the
    record named (None: none named, or no such record), and the account's roles as
    read in that transaction (for what the action shows or leaves out)."""

    db_session: Session
    patient_id: int | None
    actor: Actor
    roles_now: frozenset[Role]

    def allows(self, action: Action) -> bool:
        """Whether the actor may also do ``action`` (held at sign-in and now; not audited)."""
        return self.actor.can(action) and allowed(self.roles_now, action)


def _patient_of(db_session: Session, record: RecordRef) -> int | None:
    """The patient of a stored record; None when there is no such record."""
    model, record_id = record
    row = db_session.get(model, record_id)
    return row.patient_id if row is not None else None


class _Refused(Exception):
    """Inside :meth:`Guard.action`'s transaction: leave it, then audit the refusal."""

    def __init__(self, reason: str, patient_id: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.patient_id = patient_id


class Guard:
    """Checks an actor's roles; a refusal is audited (in its own transaction) and raised."""

    def __init__(self, db: Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def require(
        self,
        actor: Actor,
        action: Action,
        *,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
    ) -> None:
        """Nothing when ``actor`` may do ``action`` now; else an audited AccessDenied."""
        self.require_of(
            actor, action, patient_id=patient_id, object_type=object_type, object_id=object_id
        )

    def require_of(
        self,
        actor: Actor,
        action: Action,
        *,
        record: RecordRef | None = None,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
    ) -> None:
        """:meth:`require`, naming a ``record`` whose patient a refusal's audit row names
        (looked up only when refusing)."""
        reason = self._refusal(actor, action)
        if reason is None:
            if actor.user_id is not None:
                note_approved(actor.user_id, action, self._db.engine)  # the audit re-checks
            return
        self._refuse(actor, action, reason, record, patient_id, object_type, object_id)

    @contextmanager
    def action(
        self,
        actor: Actor,
        action: Action,
        *,
        write: bool = True,
        record: RecordRef | None = None,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
    ) -> Iterator[Checked]:
        """The role check and the action in ONE transaction (a write one unless ``write``
        is False): the roles held at sign-in first (no database), then the account as
        stored now, read in the action's transaction, which is handed to the action. A
        refusal leaves that transaction (nothing done), is audited in its own and raised;
        it names ``patient_id``, or the patient of ``record`` (found in the same
        transaction). A record that does not exist gives ``Checked.patient_id`` None: the
        action says so (after the check, so refusals are audited first)."""
        if not actor.can(action):
            self._refuse(actor, action, ROLE, record, patient_id, object_type, object_id)
        scope = self._db.write() if write else self._db.read(saving=action in SAVES)
        try:
            with scope as db_session:
                found = patient_id if record is None else _patient_of(db_session, record)
                roles = (
                    actor.roles if actor.user_id is None else _roles_in(db_session, actor.user_id)
                )
                if roles is None:
                    raise _Refused(DISABLED, found)
                if not allowed(roles, action):
                    raise _Refused(DEMOTED, found)
                if actor.user_id is not None:
                    note_approved(actor.user_id, action, self._db.engine)  # the audit re-checks
                yield Checked(db_session, found, actor, roles)
        except _Refused as refused:
            self._refuse(
                actor, action, refused.reason, None, refused.patient_id, object_type, object_id
            )

    def _refuse(
        self,
        actor: Actor,
        action: Action,
        reason: str,
        record: RecordRef | None,
        patient_id: int | None,
        object_type: str,
        object_id: int | None,
    ) -> NoReturn:
        """Audit the refusal in its own transaction (naming the patient: ``patient_id``,
        or ``record``'s, looked up there) and raise it."""
        forget_approval()
        detail = {"action": action.value}
        if reason != ROLE:
            detail["reason"] = reason
        with self._db.write() as db_session:
            if record is not None and patient_id is None:
                patient_id = _patient_of(db_session, record)
            self._audit.record(
                db_session,
                actor,
                AuditAction.REFUSED,
                patient_id=patient_id,
                object_type=object_type,
                object_id=object_id,
                detail=detail,
            )
        raise access_denied(actor, reason, action)

    def allows(self, actor: Actor, action: Action) -> bool:
        """Whether ``actor`` may do ``action`` now (the account read again; not audited):
        for what a service shows or leaves out rather than refuses."""
        return self._refusal(actor, action) is None

    def _refusal(self, actor: Actor, action: Action) -> str | None:
        if not actor.can(action):
            return ROLE
        if actor.user_id is None:
            return None
        roles = current_roles(self._db, actor.user_id, saving=action in SAVES)
        if roles is None:
            return DISABLED
        return None if allowed(roles, action) else DEMOTED


def current_roles(db: Database, user_id: int, *, saving: bool = False) -> frozenset[Role] | None:
    """The roles of an active account as stored now; None when it is disabled or gone.

    Reads ``app_user.active`` and ``user_role.role`` only (columns every role may read
    on PostgreSQL), one short read-only transaction. ``saving``: the check is the first
    step of a save, so a failure of the database says that nothing was saved.
    """
    with db.read(saving=saving) as db_session:
        return _roles_in(db_session, user_id)


@functools.cache
def _roles_select() -> Select[bool, str]:
    """The account's state and roles, built once: it is read at every action."""
    return (
        select(User.active, UserRole.role)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .where(User.id == bindparam("user"))
    )


def _roles_in(db_session: Session, user_id: int) -> frozenset[Role] | None:
    """:func:`current_roles`, read in the caller's transaction."""
    rows = db_session.execute(_roles_select(), {"user": user_id}).all()
    if not rows or not rows[0][0]:
        return None
    return frozenset(Role(role) for _active, role in rows if role is not None)


class GuardedService(CheckedService):
    """What every service for one signed-in user holds: the database, the user, the audit
    trail with its role check, and the clocks (injected in tests)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        audit: AuditTrail | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._db = db
        self._actor = actor
        self._audit = audit or AuditTrail(clock)
        self._guard = Guard(db, self._audit)
        self._today = today
        self._clock = clock

    def _can(self, action: Action) -> bool:
        """Whether the signed-in user may do ``action`` now (see :meth:`Guard.allows`)."""
        return self._guard.allows(self._actor, action)

    def _require_record(
        self,
        action: Action,
        model: type[PatientOwned],
        record_id: int,
        *,
        object_type: str,
        missing: str,
    ) -> int:
        """The role check for one stored record of a patient's; its patient's id. A record
        that does not exist is refused after the check (so refusals are audited first).
        One short read transaction: the account and the record's patient together."""
        with self._guard.action(
            self._actor,
            action,
            write=False,
            record=(model, record_id),
            object_type=object_type,
            object_id=record_id,
        ) as checked:
            patient_id = checked.patient_id
        if patient_id is None:
            raise PlannerError(missing)
        return patient_id

    def _action(
        self,
        action: Action,
        *,
        write: bool = True,
        record: RecordRef | None = None,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
    ) -> AbstractContextManager[Checked]:
        """The signed-in user's :meth:`Guard.action`: the check and the action in one
        transaction (``with self._action(...) as checked: checked.db_session ...``)."""
        return self._guard.action(
            self._actor,
            action,
            write=write,
            record=record,
            patient_id=patient_id,
            object_type=object_type,
            object_id=object_id,
        )
