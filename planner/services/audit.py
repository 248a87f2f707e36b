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

from planner.clock import utc_now
from planner.domain.access import allowed
from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.approvals import DEMOTED, DISABLED, access_denied, take_approval
from planner.storage.audit_guard import ChainHead, chain_head
from planner.storage.base import Versioned
from planner.storage.database import Database
from planner.storage.models import AuditEvent, User, UserRole

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


# Rows that record a change or a disclosure: written only while the acting account is
# still active and still holds the right the guard checked (see AuditTrail.record).
# Sign-in/out, lock, failed attempts and refusals are always written.
CHECKED_ACTIONS = frozenset(
    {
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.ARCHIVE,
        AuditAction.SIGN,
        AuditAction.AMEND,
        AuditAction.SAFETY_OVERRIDE,
        AuditAction.SETTINGS,
        AuditAction.USER_ADMIN,
        AuditAction.EXPORT,
        AuditAction.PRINT,
        AuditAction.OPEN_RECORD,
    }
)

_CHECKED_IN = "acuplanner.account_checked"  # session.info: the transaction already checked


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


class _FromRow:
    """The default of :meth:`AuditTrail.changed`'s ids: taken from the row changed."""


FROM_ROW = _FromRow()


class UnknownAccount(PlannerError):
    """An actor's user id names no account: nothing was done."""


class AuditTrail:
    """Writes, reads and verifies the trail."""

    def __init__(self, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._clock = clock

    def record(
        self,
        db_session: Session,
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
        refused rather than written with a dangling user id. A row of
        :data:`CHECKED_ACTIONS` is refused (AccessDenied, so the whole transaction rolls
        back) when the account is disabled, or no longer holds the right the guard
        allowed, *now*, in this transaction: an administrator's change that lands
        between the guard's check and this save stops it too."""
        user_id = actor.user_id if actor else None
        if actor is not None and user_id is not None:
            _check_account(db_session, actor, user_id, action)
        if db_session.get_bind().dialect.name == "postgresql":
            self._append_on_server(
                db_session,
                user_id,
                actor.workstation if actor else "",
                patient_id,
                action,
                object_type,
                object_id,
                dict(detail or {}),
            )
            return
        previous = db_session.scalar(
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
        db_session.add(event)
        db_session.flush()

    def changed(
        self,
        db_session: Session,
        actor: Actor | None,
        row: object,
        action: str,
        *,
        object_type: str,
        detail: dict[str, Any] | None = None,
        at: dt.datetime | None = None,
        touch: bool = True,
        patient_id: int | _FromRow | None = FROM_ROW,
        object_id: int | _FromRow | None = FROM_ROW,
    ) -> None:
        """The one "touch, flush, audit" step of a change to ``row``, in ``db_session``.

        A versioned row (:class:`~planner.storage.base.Versioned`) is marked changed by
        ``actor`` at ``at`` (default: this trail's clock; its version moves on at flush,
        even when only its child rows changed) unless ``touch`` is False; the session is
        flushed (a new row gets its id); then one row of ``action`` is recorded with
        :meth:`record`. The audit row names ``row.patient_id`` and ``row.id`` unless
        ``patient_id``/``object_id`` are given (None: no patient, no object)."""
        if touch and isinstance(row, Versioned):
            row.updated_at = at or self._clock()
            row.updated_by_id = actor.user_id if actor else None
        db_session.flush()
        self.record(
            db_session,
            actor,
            action,
            patient_id=(
                getattr(row, "patient_id", None) if isinstance(patient_id, _FromRow) else patient_id
            ),
            object_type=object_type,
            object_id=getattr(row, "id", None) if isinstance(object_id, _FromRow) else object_id,
            detail=detail,
        )

    def _append_on_server(
        self,
        db_session: Session,
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
        db_session.flush()  # the change this row records is in the database first
        db_session.execute(
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
        with db.read() as db_session:
            return [_row(event, username) for event, username in db_session.execute(stmt)]

    def verify(self, db: Database, batch: int = 5000) -> Verification:
        """Walk the chain from the first row; name the first row that does not fit."""
        expected_prev = ""
        checked = 0
        last_id = 0
        with db.read() as db_session:
            while True:
                events: Sequence[AuditEvent] = db_session.scalars(
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
                            translate(
                                "audit_trail",
                                "audit row {id} does not follow the row before it: "
                                "a row was deleted or edited just before it",
                            ).format(id=event.id),
                        )
                    if row_hash(event.prev_hash, event) != event.row_hash:
                        return Verification(
                            False,
                            checked,
                            event.id,
                            translate("audit_trail", "audit row {id} was edited").format(
                                id=event.id
                            ),
                        )
                    expected_prev = event.row_hash
                    checked += 1
                    last_id = event.id
                db_session.expunge_all()

    def head(self, db: Database) -> ChainHead:
        """Where the chain ends now: rows, last id and its hash (kept as an anchor)."""
        with db.read() as db_session:
            return chain_head(db_session.connection())


def _check_account(db_session: Session, actor: Actor, user_id: int, action: str) -> None:
    """UnknownAccount, or AccessDenied for a checked row of a disabled or demoted account.

    The account row is read with a shared lock (PostgreSQL ``FOR SHARE``, which a person's
    login may take on their own row: pg_roles' row-level security), so an administrator's
    disable or role change (``acuplanner_sync_login`` locks the row for update) either
    committed before this read or waits for this transaction; SQLite's write
    transactions are serialised already. Read once per transaction. The roles are
    checked against the action the guard allowed this account last in this thread; a
    row no guard check preceded needs no role, only an active account."""
    checked = action in CHECKED_ACTIONS
    transaction = db_session.get_transaction()
    if checked and db_session.info.get(_CHECKED_IN) == (transaction, user_id):
        return  # this transaction holds the lock and checked the account already
    query = select(User.active).where(User.id == user_id)
    approved = take_approval(user_id, db_session.get_bind()) if checked else None
    with db_session.no_autoflush:  # before a change that names the user is flushed
        active = db_session.scalar(query.with_for_update(read=True) if checked else query)
        if active is None and checked:  # a row this login may not lock: not its own
            active = db_session.scalar(query)  # (the server writes the row in its own name)
        roles = frozenset(
            Role(role)
            for role in (
                db_session.scalars(select(UserRole.role).where(UserRole.user_id == user_id))
                if approved is not None and active
                else ()
            )
        )
    if active is None:
        raise UnknownAccount(
            translate("audit_trail", "The signed-in account is not in this database."),
            hint=translate("audit_trail", "Sign in again."),
        )
    if not checked:
        return
    if not active:
        raise access_denied(actor, DISABLED, None)
    if approved is not None and not allowed(roles, approved):
        raise access_denied(actor, DEMOTED, approved)
    db_session.info[_CHECKED_IN] = (transaction, user_id)


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
