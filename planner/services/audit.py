"""The audit trail: one row per access or change, hash-chained, written with the change.

Each row stores SHA-256 over the previous row's hash and its own content, so
:meth:`AuditTrail.verify` names the first row that was edited, or the place where rows
were removed. Rows are written inside the caller's transaction: there is never a change
without its row, nor a row for a change that was rolled back. Details hold field names
and ids only, never clinical text or names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.storage.audit_guard import ChainHead, chain_head
from planner.storage.base import utc_now
from planner.storage.database import Database
from planner.storage.models import AuditEvent, User

if TYPE_CHECKING:
    from planner.storage.base import AnySelect

# PostgreSQL: writers of audit rows take turns so the chain never forks (the server's
# acuplanner_audit_append takes this lock; migration 0012).
_PG_AUDIT_LOCK = 0x4143_5541  # "ACUA"


class AuditAction:
    """Audit action names (stable strings stored in the trail)."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    LOCK = "lock"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    OPEN_RECORD = "open_record"
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    SIGN = "sign"
    AMEND = "amend"
    EXPORT = "export"
    PRINT = "print"
    USER_ADMIN = "user_admin"
    REFUSED = "refused"
    SAFETY_OVERRIDE = "safety_override"
    SETTINGS = "settings"
    RESTORE = "restore"  # the database was replaced by a backup


def _content(prev_hash: str, event: AuditEvent) -> bytes:
    stamp = event.occurred_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    body = [
        prev_hash,
        stamp,
        event.user_id,
        event.workstation,
        event.patient_id,
        event.action,
        event.object_type,
        event.object_id,
        event.detail,
    ]
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def row_hash(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256(_content(prev_hash, event)).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    occurred_at: dt.datetime
    user_id: int | None
    username: str
    workstation: str
    patient_id: int | None
    action: str
    object_type: str
    object_id: int | None
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditFilter:
    patient_id: int | None = None
    user_id: int | None = None
    action: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = 1000


@dataclass(frozen=True, slots=True)
class Verification:
    ok: bool
    rows_checked: int
    first_bad_id: int | None = None
    problem: str = ""


class UnknownAccount(PlannerError):
    """An actor's user id names no account: nothing was done."""


class AuditTrail:
    """Writes, reads and verifies the trail."""

    def __init__(self, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._clock = clock

    def record(
        self,
        session: Session,
        actor: Actor | None,
        action: str,
        *,
        patient_id: int | None = None,
        object_type: str = "",
        object_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Add one row inside ``session``'s transaction (it commits or rolls back with it).

        An actor whose account is not in the database (removed, or another clinic's) is
        refused rather than written with a dangling user id."""
        user_id = actor.user_id if actor else None
        if user_id is not None:
            with session.no_autoflush:  # before a change that names the user is flushed
                known = session.scalar(select(User.id).where(User.id == user_id)) is not None
            if not known:
                raise UnknownAccount(
                    "The signed-in account is not in this database.", hint="Sign in again."
                )
        if session.get_bind().dialect.name == "postgresql":
            self._append_on_server(
                session,
                user_id,
                actor.workstation if actor else "",
                patient_id,
                action,
                object_type,
                object_id,
                dict(detail or {}),
            )
            return
        previous = session.scalar(
            select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)
        )
        event = AuditEvent(
            occurred_at=self._clock(),
            user_id=user_id,
            workstation=actor.workstation if actor else "",
            patient_id=patient_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            detail=dict(detail or {}),
        )
        event.prev_hash = previous or ""
        event.row_hash = row_hash(event.prev_hash, event)
        session.add(event)
        session.flush()

    def _append_on_server(
        self,
        session: Session,
        user_id: int | None,
        workstation: str,
        patient_id: int | None,
        action: str,
        object_type: str,
        object_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        """PostgreSQL: the server appends the row (acuplanner_audit_append, migration 0012).

        It serialises appends, computes the chain with :func:`row_hash`'s bytes and takes
        the actor from the signed-in login and the time from its own clock; the user id
        and time given here count only for clinic IT's owner role (command line, tests)."""
        session.flush()  # the change this row records is in the database first
        session.execute(
            text(
                "SELECT acuplanner_audit_append(:user_id, :workstation, :patient_id, :action, "
                ":object_type, :object_id, :detail, :occurred_at)"
            ),
            {
                "user_id": user_id,
                "workstation": workstation,
                "patient_id": patient_id,
                "action": action,
                "object_type": object_type,
                "object_id": object_id,
                "detail": json.dumps(detail, ensure_ascii=False, allow_nan=False),
                "occurred_at": self._clock(),
            },
        )

    def query(self, db: Database, where: AuditFilter) -> list[AuditRow]:
        """Newest first, at most ``where.limit`` rows."""
        stmt: AnySelect = (
            select(AuditEvent, User.username)
            .outerjoin(User, User.id == AuditEvent.user_id)
            .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
            .limit(where.limit)
        )
        if where.patient_id is not None:
            stmt = stmt.where(AuditEvent.patient_id == where.patient_id)
        if where.user_id is not None:
            stmt = stmt.where(AuditEvent.user_id == where.user_id)
        if where.action:
            stmt = stmt.where(AuditEvent.action == where.action)
        if where.since is not None:
            stmt = stmt.where(AuditEvent.occurred_at >= where.since)
        if where.until is not None:
            stmt = stmt.where(AuditEvent.occurred_at < where.until)
        with db.read() as session:
            return [_row(event, username) for event, username in session.execute(stmt)]

    def verify(self, db: Database, batch: int = 5000) -> Verification:
        """Walk the chain from the first row; name the first row that does not fit."""
        expected_prev = ""
        checked = 0
        last_id = 0
        with db.read() as session:
            while True:
                events: Sequence[AuditEvent] = session.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.id > last_id)
                    .order_by(AuditEvent.id)
                    .limit(batch)
                ).all()
                if not events:
                    return Verification(True, checked)
                for event in events:
                    if event.prev_hash != expected_prev:
                        return Verification(
                            False,
                            checked,
                            event.id,
                            f"audit row {event.id} does not follow the row before it: "
                            "a row was deleted or edited just before it",
                        )
                    if row_hash(event.prev_hash, event) != event.row_hash:
                        return Verification(
                            False, checked, event.id, f"audit row {event.id} was edited"
                        )
                    expected_prev = event.row_hash
                    checked += 1
                    last_id = event.id
                session.expunge_all()

    def head(self, db: Database) -> ChainHead:
        """Where the chain ends now: rows, last id and its hash (kept as an anchor)."""
        with db.read() as session:
            return chain_head(session.connection())


def _row(event: AuditEvent, username: str | None) -> AuditRow:
    return AuditRow(
        id=event.id,
        occurred_at=event.occurred_at,
        user_id=event.user_id,
        username=username or ("command line" if event.user_id is None else ""),
        workstation=event.workstation,
        patient_id=event.patient_id,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        detail=dict(event.detail or {}),
    )
