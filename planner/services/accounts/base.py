"""What the account use cases share: the service's state and the steps on one account row.

:class:`AccountBase` holds the database, the audit trail, the password hasher, the clock
and this workstation's name, and the steps both sign-in and administration take: a new
account with its audit row, a change audited with :meth:`AuditTrail.changed`, and on
PostgreSQL the account's own login role kept in step (:func:`sync_database_login`; the
server checks passwords there, so failed attempts at the server are counted here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.clock import utc_now
from planner.domain.access import sign_in_wait_seconds
from planner.domain.errors import ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import Role
from planner.services.accounts.rules import Profile, new_user
from planner.services.actor import Actor, workstation_name
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import User


def login_role_of(database: str, username: str) -> str:
    from planner.storage.pg_roles import login_role  # PostgreSQL only

    return login_role(database, username)


def sync_database_login(
    db_session: Session, user_id: int, password: str | None, workstation: str
) -> str:
    """PostgreSQL: create or update account ``user_id``'s login role from its row (its
    password when ``password`` is given, as a SCRAM verifier), audited by the server's
    ``acuplanner_sync_login``; the login role's name."""
    from planner.storage.pg_roles import scram_verifier

    verifier = None if password is None else scram_verifier(password)
    return str(
        db_session.execute(
            text("SELECT acuplanner_sync_login(:user_id, :verifier, :workstation)"),
            {"user_id": user_id, "verifier": verifier, "workstation": workstation},
        ).scalar_one()
    )


class AccountBase(CheckedService):
    """The state and shared steps of :class:`~planner.services.accounts.AccountService`."""

    def __init__(
        self,
        db: Database,
        audit: AuditTrail,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        workstation: str | None = None,
    ) -> None:
        self._db = db
        self._audit = audit
        self._guard = Guard(db, audit)
        self._hasher = hasher or PasswordHasher()
        self._clock = clock
        self._workstation = workstation or workstation_name()
        # PostgreSQL logins: the server checks passwords, so failures are counted here.
        self._server_failures: dict[str, tuple[int, dt.datetime]] = {}

    def _verify(self, user: User, password: str) -> bool:
        return self._verify_hash(user.password_hash, password)

    def _verify_hash(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _user_admin_event(
        self, db_session: Session, actor: Actor, user_id: int | None, detail: dict[str, Any]
    ) -> None:
        """The audit row of a change to an account (never a password in ``detail``)."""
        self._audit.record(
            db_session,
            actor,
            AuditAction.USER_ADMIN,
            object_type="user",
            object_id=user_id,
            detail=detail,
        )

    def _changed(
        self, db_session: Session, actor: Actor, user: User, detail: dict[str, Any]
    ) -> None:
        """A change to ``user``'s row by ``actor``: touched, flushed and audited (before
        its PostgreSQL login follows it; never a password in ``detail``)."""
        self._audit.changed(
            db_session,
            actor,
            user,
            AuditAction.USER_ADMIN,
            object_type="user",
            detail=detail,
            at=self._clock(),
            patient_id=None,
        )

    def _new_user(
        self,
        db_session: Session,
        username: str,
        password: str,
        roles: Iterable[Role],
        profile: Profile,
    ) -> User:
        user = new_user(username, self._hasher.hash(password), roles, profile, at=self._clock())
        db_session.add(user)
        db_session.flush()
        return user

    def _server_wait(self, key: str) -> int:
        """Whole seconds before the next attempt at the server under ``key`` (0: now)."""
        failures, last = self._server_failures.get(key, (0, self._clock()))
        wait = sign_in_wait_seconds(failures)
        if not wait:
            return 0
        left = (last + dt.timedelta(seconds=wait) - self._clock()).total_seconds()
        return max(0, int(left) + (left > int(left)))

    def _check_login_name(self, username: str) -> None:
        """PostgreSQL: ValidationError (``username``) when the login role's name
        (user@database) would be too long for the server."""
        if self._db.backend == "postgresql":
            login_role_of(self._db.name, username)

    def _create(
        self,
        db_session: Session,
        actor: Actor | None,
        change: str,
        account: tuple[str, str, frozenset[Role], Profile],
        *,
        must_change: bool = False,
    ) -> User:
        """A new account in ``session``: its row, its PostgreSQL login and its audit row
        (by ``actor``, or by the new account itself when None: the first account)."""
        username, password, roles, profile = account
        user = self._new_user(db_session, username, password, roles, profile)
        user.password_must_change = must_change
        self._sync_login(db_session, user, password)
        self._user_admin_event(
            db_session,
            actor or self._actor(user),
            user.id,
            {"change": change, "roles": sorted(r.value for r in roles)},
        )
        return user

    def _sync_login(self, db_session: Session, user: User, password: str | None) -> None:
        """PostgreSQL: the account's own login role follows it, in the same transaction
        (password when one is set, LOGIN only while active, its groups from its roles)."""
        if self._db.backend != "postgresql":
            return
        db_session.flush()
        sync_database_login(db_session, user.id, password, self._workstation)

    def _existing(self, db_session: Session, username: str) -> User:
        user = db_session.scalars(
            select(User).where(User.username == username.strip().lower())
        ).first()
        if user is None:
            raise ValidationError(
                "username",
                translate("accounts", "There is no user '{username}'.").format(username=username),
            )
        return user

    def _actor(self, user: User) -> Actor:
        return Actor(
            user_id=user.id,
            username=user.username,
            roles=frozenset(Role(r.role) for r in user.roles),
            full_name=user.full_name,
            workstation=self._workstation,
        )
