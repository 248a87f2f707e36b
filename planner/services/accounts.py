"""User accounts: the first account, sign-in and lock, and user administration.

Passwords are hashed with argon2id (argon2-cffi's defaults: t=3, m=64 MiB, p=4, above
OWASP's minimum) and rehashed when those parameters change. After five failed attempts
in a row, each further attempt must wait longer (see ``sign_in_wait_seconds``): at the
sign-in dialog and at the lock screen alike, which share one count per account, so the
lock screen is no way round the waits.

A password someone else chose (an administrator adding an account or resetting its
password, or ``pg-logins``' one-time passwords) is marked ``password_must_change``: the
window asks its person for their own (:meth:`AccountService.change_own_password`) before
anything else. Anyone signed in may change their own password, never another's.

A failed sign-in under an unknown user name is audited with that name only when the
name is shorter than any password may be (a password typed into the user name field
is never stored); passwords are never logged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, defer

from planner.clock import utc_now
from planner.domain.access import (
    PASSWORD_MIN_LENGTH,
    Action,
    password_problem,
    sign_in_wait_seconds,
)
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import AcupunctureStyle, Role
from planner.services.actor import Actor, command_line_actor, workstation_name
from planner.services.audit import AuditAction, AuditTrail
from planner.services.boundary import CheckedService
from planner.services.guard import Guard
from planner.storage.database import Database, LoginRefused
from planner.storage.models import Clinic, User, UserRole

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class SignInFailed(PlannerError):
    """Wrong user name or password, a disabled account, or too many attempts."""

    def __init__(self, message: str, *, wait_seconds: int = 0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


@dataclass(frozen=True, slots=True)
class Profile:
    """What documents print about a practitioner (STRICTA item 5)."""

    full_name: str = ""
    credentials: str = ""
    registration_number: str = ""
    acupuncture_style: str = ""
    years_of_practice: int | None = None


@dataclass(frozen=True, slots=True)
class UserSummary:
    id: int
    username: str
    roles: frozenset[Role]
    active: bool
    profile: Profile
    last_sign_in_at: dt.datetime | None


def normalise_username(name: str) -> str:
    username = name.strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError(
            "username",
            "User name: 2–64 characters, letters a–z, digits, dot, dash or underscore, "
            "starting with a letter or digit.",
        )
    return username


def check_new_password(password: str, username: str) -> None:
    """ValidationError (field ``password``) when the policy refuses this new password."""
    problem = password_problem(password, username)
    if problem:
        raise ValidationError("password", problem)


def hash_password(
    password: str, *, hasher: PasswordHasher | None = None, salt: bytes | None = None
) -> str:
    """The stored argon2id form of ``password``: a random salt unless ``salt`` is given."""
    return (hasher or PasswordHasher()).hash(password, salt=salt)


def new_user(
    username: str,
    password_hash: str,
    roles: Iterable[Role],
    profile: Profile,
    *,
    at: dt.datetime,
) -> User:
    """An account row not yet added to a session (the user name already normalised)."""
    user = User(
        username=username,
        password_hash=password_hash,
        password_changed_at=at,
        roles=[UserRole(role=r.value) for r in sorted(roles)],
    )
    _apply_profile(user, profile)
    return user


def _login_role(database: str, username: str) -> str:
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


def one_time_password(username: str) -> str:
    """A random password the password rules accept (shown once, to be changed)."""
    while True:
        password = secrets.token_urlsafe(12)
        if password_problem(password, username) is None:
            return password


def _seconds_to_wait(user: User, now: dt.datetime) -> int:
    """How many seconds ``user`` must still wait after failed attempts (0: try now)."""
    wait = sign_in_wait_seconds(user.failed_sign_ins)
    if not wait or user.last_failed_sign_in_at is None:
        return 0
    until = user.last_failed_sign_in_at + dt.timedelta(seconds=wait)
    return max(0, math.ceil((until - now).total_seconds()))


def _attempted_name(key: str) -> str | None:
    """The user name tried, when it is safe to keep in the audit trail.

    A name as long as a password may be could be a password typed into the wrong field,
    so only well-formed names shorter than the shortest password are kept.
    """
    if len(key) < PASSWORD_MIN_LENGTH and _USERNAME.match(key):
        return key
    return None


def _check_roles(roles: Iterable[Role]) -> frozenset[Role]:
    chosen = frozenset(roles)
    if not chosen:
        raise ValidationError("roles", "Roles: choose at least one role.")
    return chosen


_DUMMY_HASHES: dict[tuple[int, int, int, int, int, str], str] = {}


def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash of a random password made with ``hasher``'s parameters (once per process):
    verifying against it costs what verifying a real account's password costs."""
    key = (
        hasher.time_cost,
        hasher.memory_cost,
        hasher.parallelism,
        hasher.hash_len,
        hasher.salt_len,
        str(hasher.type),
    )
    if key not in _DUMMY_HASHES:
        _DUMMY_HASHES[key] = hasher.hash(secrets.token_urlsafe(24))
    return _DUMMY_HASHES[key]


def _seconds(count: int) -> str:
    return "1 second" if count == 1 else f"{count} seconds"


class AccountService(CheckedService):
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

    # --- first start ---------------------------------------------------------------------

    def needs_first_account(self) -> bool:
        if self._db.signs_in_at_server:
            return False  # clinic IT creates it with the owner's login: acuplanner users add
        with self._db.read() as db_session:
            return not db_session.scalar(select(func.count()).select_from(User))

    def create_first_account(
        self, clinic_name: str, username: str, password: str, profile: Profile
    ) -> Actor:
        """On an empty database: name the clinic and create its first admin + practitioner."""
        name = clinic_name.strip()
        if not name:
            raise ValidationError("clinic_name", "Clinic name: enter the clinic's name.")
        username = normalise_username(username)
        check_new_password(password, username)
        with self._db.write() as db_session:
            if db_session.scalar(select(func.count()).select_from(User)):
                raise PlannerError("This clinic already has accounts; sign in instead.")
            clinic = db_session.scalars(select(Clinic).limit(1)).first()
            if clinic is None:
                db_session.add(Clinic(name=name))
            else:
                clinic.name = name
            user = self._create(
                db_session,
                None,
                "first_account",
                (username, password, frozenset({Role.ADMIN, Role.PRACTITIONER}), profile),
            )
        return self._actor(user)

    # --- sign-in, lock, unlock -------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> Actor:
        """The signed-in actor, or SignInFailed (audited) with how long to wait."""
        key = username.strip().lower()
        if self._db.signs_in_at_server:
            return self._sign_in_at_server(key, password, None)
        dummy = _dummy_hash(self._hasher)  # made before the look-up: the same for any name
        with self._db.write() as db_session:
            user = db_session.scalars(select(User).where(User.username == key)).first()
            if user is None or not user.active:
                # As slow as a wrong password, so the time taken does not tell whether
                # the name exists (or is disabled).
                self._verify_hash(dummy, password)
                detail = {
                    "reason": "disabled" if user else "unknown_user",
                    "workstation": self._workstation,
                }
                attempted = _attempted_name(key) if user is None else None
                if attempted is not None:
                    detail["attempted"] = attempted
                self._audit.record(
                    db_session,
                    None,
                    AuditAction.SIGN_IN_FAILED,
                    object_type="user",
                    object_id=user.id if user else None,
                    detail=detail,
                )
                failure = SignInFailed("The user name or password is not right.")
            else:
                checked = self._check(db_session, user, password, None)
                if checked is None:
                    return self._actor(user)
                failure = checked
        raise failure  # after the block, so the failed attempt's audit row is committed

    def _check(
        self, db_session: Session, user: User, password: str, unlocking: Actor | None
    ) -> SignInFailed | None:
        """Throttle, verify and audit one attempt; None when the password is right.

        ``unlocking`` is the locked user at the lock screen (None at sign-in): the same
        waits apply, failures are audited as failed unlocks by that user, and success
        as an unlock rather than a new sign-in.
        """
        failed = AuditAction.UNLOCK_FAILED if unlocking else AuditAction.SIGN_IN_FAILED
        wrong = (
            "The password is not right." if unlocking else "The user name or password is not right."
        )
        now = self._clock()
        remaining = _seconds_to_wait(user, now)
        if remaining > 0:
            self._audit.record(
                db_session,
                unlocking,
                failed,
                object_type="user",
                object_id=user.id,
                detail={"reason": "waiting", "workstation": self._workstation},
            )
            return SignInFailed(
                f"Too many failed attempts. Try again in {_seconds(remaining)}.",
                wait_seconds=remaining,
            )
        if not self._verify(user, password):
            user.failed_sign_ins += 1
            user.last_failed_sign_in_at = now
            self._audit.record(
                db_session,
                unlocking,
                failed,
                object_type="user",
                object_id=user.id,
                detail={
                    "reason": "wrong_password",
                    "failures": user.failed_sign_ins,
                    "workstation": self._workstation,
                },
            )
            return SignInFailed(wrong, wait_seconds=sign_in_wait_seconds(user.failed_sign_ins))
        if self._hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self._hasher.hash(password)
        user.failed_sign_ins = 0
        user.last_failed_sign_in_at = None
        if unlocking is None:
            user.last_sign_in_at = now
        self._audit.record(
            db_session,
            unlocking or self._actor(user),
            AuditAction.UNLOCK if unlocking else AuditAction.SIGN_IN,
            object_type="user",
            object_id=user.id,
        )
        return None

    def sign_out(self, actor: Actor, *, keep_connection: bool = False) -> None:
        """Audited; then, unless ``keep_connection`` (the caller has a last thing to read
        and calls :meth:`disconnect` itself), :meth:`disconnect`."""
        try:
            self._simple_event(actor, AuditAction.SIGN_OUT)
        finally:  # even when the row could not be written (the server gone)
            if not keep_connection:
                self.disconnect()

    def disconnect(self) -> None:
        """PostgreSQL logins: forget who is signed in and close every pooled connection,
        so no connection outlives the session (nothing to do otherwise)."""
        self._db.sign_out_login()

    def lock(self, actor: Actor) -> None:
        try:
            self._simple_event(actor, AuditAction.LOCK)
        finally:  # unlocking connects again with the password typed
            self._db.sign_out_login()

    def unlock(self, actor: Actor, password: str) -> None:
        """The same user comes back: check the password (audited either way).

        Failures count with failed sign-ins: after five in a row each further attempt
        waits longer (SignInFailed says how long), exactly as at the sign-in dialog.
        """
        if self._db.signs_in_at_server:
            self._sign_in_at_server(actor.username, password, actor)
            return
        with self._db.write() as db_session:
            user = db_session.get(User, actor.user_id) if actor.user_id is not None else None
            if user is None or not user.active:
                self._audit.record(
                    db_session,
                    actor,
                    AuditAction.UNLOCK_FAILED,
                    object_type="user",
                    object_id=actor.user_id,
                    detail={"reason": "disabled" if user else "unknown_user"},
                )
                failure: SignInFailed | None = SignInFailed("The password is not right.")
            else:
                failure = self._check(db_session, user, password, actor)
        if failure is not None:
            raise failure

    def _simple_event(self, actor: Actor, action: str) -> None:
        with self._db.write() as db_session:
            self._audit.record(
                db_session, actor, action, object_type="user", object_id=actor.user_id
            )

    def _verify(self, user: User, password: str) -> bool:
        return self._verify_hash(user.password_hash, password)

    def _verify_hash(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    # --- one's own password ---------------------------------------------------------------

    def password_change_required(self, actor: Actor) -> bool:
        """True when someone else chose ``actor``'s password (an administrator, or
        ``pg-logins``): they must choose their own before anything else."""
        if actor.user_id is None:
            return False
        with self._db.read() as db_session:
            flag = db_session.scalar(
                select(User.password_must_change).where(User.id == actor.user_id)
            )
        return bool(flag)

    def change_own_password(self, actor: Actor, current_password: str, new_password: str) -> None:
        """The signed-in ``actor`` replaces their own password (and only theirs).

        The current one must be right (ValidationError ``current_password``; failures
        count with failed sign-ins, so this is no way round their waits); the new one
        must follow the password rules and differ from it (``new_password``). Clears
        ``password_must_change``; audited, never with a password. On PostgreSQL with
        personal logins the server checks the current password (by connecting with it),
        the change goes through ``acuplanner_change_own_password`` and this workstation
        connects with the new password from then on.
        """
        current, new = current_password, new_password
        if actor.user_id is None:
            raise PlannerError("Only a signed-in person has a password to change here.")
        if not current:
            raise ValidationError("current_password", "Current password: type it first.")
        problem = password_problem(new, actor.username)
        if problem:
            raise ValidationError("new_password", "New " + problem[0].lower() + problem[1:])
        if new == current:
            raise ValidationError(
                "new_password", "New password: choose one different from the current one."
            )
        if self._db.signs_in_at_server:
            self._change_own_at_server(actor, current, new)
            return
        failure: PlannerError | None = None
        with self._db.write() as db_session:
            user = db_session.get(User, actor.user_id)
            if user is None or not user.active:
                raise PlannerError("This account can no longer sign in; nothing was changed.")
            failure = self._check_current(db_session, actor, user, current)
            if failure is None:
                user.password_hash = self._hasher.hash(new)
                user.password_changed_at = self._clock()
                user.password_must_change = False
                self._changed(db_session, actor, user, {"change": "own_password"})
                self._sync_login(db_session, user, new)  # PostgreSQL with the owner's login
        if failure is not None:
            raise failure  # after the block: the failed attempt's audit row is kept

    def _check_current(
        self, db_session: Session, actor: Actor, user: User, current: str
    ) -> PlannerError | None:
        """The current password typed to change it: None when right, else the problem
        (audited; counted with failed sign-ins and held to their waits)."""
        now = self._clock()
        remaining = _seconds_to_wait(user, now)
        if remaining > 0:
            self._own_password_failed(db_session, actor, "waiting")
            return ValidationError(
                "current_password",
                f"Too many failed attempts. Try again in {_seconds(remaining)}.",
            )
        if not self._verify(user, current):
            user.failed_sign_ins += 1
            user.last_failed_sign_in_at = now
            self._own_password_failed(db_session, actor, "wrong_password")
            return ValidationError("current_password", "Current password: it is not right.")
        user.failed_sign_ins = 0
        user.last_failed_sign_in_at = None
        return None

    def _change_own_at_server(self, actor: Actor, current: str, new: str) -> None:
        from planner.storage.pg_roles import scram_verifier

        role = _login_role(self._db.name, actor.username)
        remaining = self._server_wait(actor.username)
        failure: PlannerError | None = None
        if remaining:
            failure = ValidationError(
                "current_password",
                f"Too many failed attempts. Try again in {_seconds(remaining)}.",
            )
            reason = "waiting"
        else:
            try:
                self._db.sign_in_as(role, current)  # the server checks it
            except LoginRefused:
                failures = self._server_failures.get(actor.username, (0, self._clock()))[0] + 1
                self._server_failures[actor.username] = (failures, self._clock())
                failure = ValidationError("current_password", "Current password: it is not right.")
                reason = "wrong_password"
        if failure is not None:
            with self._db.write() as db_session:  # still connected with the session's login
                self._own_password_failed(db_session, actor, reason)
            raise failure
        self._server_failures.pop(actor.username, None)
        with self._db.write() as db_session:
            db_session.execute(
                text("SELECT acuplanner_change_own_password(:hash, :verifier, :workstation)"),
                {
                    "hash": self._hasher.hash(new),
                    "verifier": scram_verifier(new),
                    "workstation": self._workstation,
                },
            )
        self._db.sign_in_as(role, new)  # from now on connections use the new password

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

    def _own_password_failed(self, db_session: Session, actor: Actor, reason: str) -> None:
        self._user_admin_event(
            db_session,
            actor,
            actor.user_id,
            {"change": "own_password", "outcome": "failed", "reason": reason},
        )

    # --- administration ----------------------------------------------------------------

    def add_user(
        self, actor: Actor, username: str, password: str, roles: Iterable[Role], profile: Profile
    ) -> UserSummary:
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        username = normalise_username(username)
        check_new_password(password, username)
        chosen = _check_roles(roles)
        profile = clean_profile(profile)
        self._check_login_name(username)
        with self._db.write() as db_session:
            if db_session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError("username", f"User name: '{username}' is already taken.")
            # the administrator chose the password, not its person: changed at first sign-in
            user = self._create(
                db_session, actor, "add", (username, password, chosen, profile), must_change=True
            )
            return _summary(user)

    def list_users(self, actor: Actor) -> list[UserSummary]:
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        with self._db.read() as db_session:
            return [_summary(u) for u in db_session.scalars(select(User).order_by(User.username))]

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        with self._db.write() as db_session:
            user = self._existing(db_session, username)
            if not active and user.id == actor.user_id:
                raise ValidationError("username", "You cannot disable your own account.")
            if not active:
                _keep_an_admin(db_session, user, "disable")
            user.active = active
            self._changed(db_session, actor, user, {"change": "enable" if active else "disable"})
            self._sync_login(db_session, user, None)

    def reset_password(self, actor: Actor, username: str, password: str) -> None:
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        with self._db.write() as db_session:
            user = self._existing(db_session, username)
            check_new_password(password, user.username)
            user.password_hash = self._hasher.hash(password)
            user.password_changed_at = self._clock()
            # Someone else's choice: its person chooses their own at the next sign-in.
            user.password_must_change = user.id != actor.user_id
            user.failed_sign_ins = 0
            user.last_failed_sign_in_at = None
            self._changed(db_session, actor, user, {"change": "reset_password"})
            self._sync_login(db_session, user, password)

    def update_user(
        self, actor: Actor, username: str, roles: Iterable[Role], profile: Profile
    ) -> None:
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        chosen = _check_roles(roles)
        profile = clean_profile(profile)
        with self._db.write() as db_session:
            user = self._existing(db_session, username)
            if user.id == actor.user_id and Role.ADMIN not in chosen:
                raise ValidationError("roles", "You cannot remove your own admin role.")
            if Role.ADMIN not in chosen:
                _keep_an_admin(db_session, user, "remove the admin role of")
            wanted = {r.value for r in chosen}
            changed = _apply_profile(user, profile)
            if {r.role for r in user.roles} != wanted:
                user.roles = [r for r in user.roles if r.role in wanted] + [
                    UserRole(role=role) for role in sorted(wanted - {r.role for r in user.roles})
                ]
                changed.append("roles")
            self._changed(db_session, actor, user, {"change": "update", "fields": changed})
            if "roles" in changed:
                self._sync_login(db_session, user, None)

    def check_can_manage_users(self, actor: Actor) -> None:
        """AccessDenied (the refusal audited) unless ``actor`` may manage accounts."""
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")

    def add_first_user(
        self, username: str, password: str, roles: Iterable[Role], profile: Profile
    ) -> UserSummary:
        """Clinic IT's first account of an empty database, from the command line (nobody
        can sign in yet). It must be an administrator, or nobody could add the others."""
        chosen = _check_roles(roles)
        if Role.ADMIN not in chosen:
            raise ValidationError(
                "roles", "Roles: the first account must include admin (--role admin)."
            )
        username = normalise_username(username)
        check_new_password(password, username)
        profile = clean_profile(profile)
        if self._db.signs_in_at_server:
            raise PlannerError(
                "The first account is created with the database owner's login.",
                hint="Run it with --database postgresql+psycopg://OWNER@HOST:PORT/DB.",
            )
        self._check_login_name(username)
        actor = command_line_actor()
        with self._db.write() as db_session:
            if db_session.scalar(select(func.count()).select_from(User)):
                raise PlannerError(
                    "This clinic already has accounts; nothing was changed.",
                    hint="Sign in as an administrator (ACUPLANNER_USER, ACUPLANNER_PASSWORD).",
                )
            user = self._create(
                db_session, actor, "first_account", (username, password, chosen, profile)
            )
            return _summary(user)

    def issue_database_logins(self, actor: Actor) -> dict[str, str]:
        """PostgreSQL, moving a clinic off a shared database login: every account gets its
        own login role (kept in step from then on); each active account that had none a
        new one-time password, returned here to be shown once (user name -> password).
        Accounts that already have their login keep its password, so running it again
        changes nobody's. One transaction: all accounts or none."""
        self._guard.require(actor, Action.MANAGE_USERS, object_type="user")
        if self._db.backend != "postgresql":
            raise PlannerError("Database logins are a PostgreSQL feature; SQLite has none.")
        issued: dict[str, str] = {}
        with self._db.write() as db_session:
            for user in db_session.scalars(select(User).order_by(User.username)):
                self._check_login_name(user.username)
                password = None
                if user.active and user.db_login is None:
                    password = one_time_password(user.username)
                    user.password_hash = self._hasher.hash(password)
                    user.password_changed_at = self._clock()
                    user.password_must_change = True  # one-time: changed at first sign-in
                    user.failed_sign_ins = 0
                    user.last_failed_sign_in_at = None
                    user.updated_by_id = actor.user_id
                    issued[user.username] = password
                self._sync_login(db_session, user, password)
            self._user_admin_event(
                db_session, actor, None, {"change": "database_logins", "passwords": len(issued)}
            )
        return issued

    def profile_of(self, user_id: int) -> Profile:
        with self._db.read() as db_session:
            user = db_session.get(User, user_id)
            return _profile(user) if user else Profile()

    # --- helpers -----------------------------------------------------------------------------

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

    def _sign_in_at_server(self, key: str, password: str, unlocking: Actor | None) -> Actor:
        """PostgreSQL logins: connect as the person (the server checks the password),
        then the usual checks as them. A refused connection says no more than a wrong
        password would; with nobody connected it cannot be audited in the database (the
        server's log has it), so the waits after repeated failures are counted here."""
        wrong = (
            "The password is not right." if unlocking else "The user name or password is not right."
        )
        remaining = self._server_wait(key)
        if remaining:
            raise SignInFailed(
                f"Too many failed attempts. Try again in {_seconds(remaining)}.",
                wait_seconds=remaining,
            )
        try:
            if not _USERNAME.match(key):
                raise LoginRefused(wrong)
            self._db.sign_in_as(_login_role(self._db.name, key), password)
        except (LoginRefused, ValidationError):
            failures = self._server_failures.get(key, (0, self._clock()))[0] + 1
            self._server_failures[key] = (failures, self._clock())
            raise SignInFailed(wrong, wait_seconds=sign_in_wait_seconds(failures)) from None
        self._server_failures.pop(key, None)
        failure: SignInFailed | None = None
        with self._db.write() as db_session:
            user = db_session.scalars(
                select(User).options(defer(User.password_hash)).where(User.username == key)
            ).first()
            if user is None or not user.active:
                self._audit.record(
                    db_session,
                    unlocking,
                    AuditAction.UNLOCK_FAILED if unlocking else AuditAction.SIGN_IN_FAILED,
                    object_type="user",
                    object_id=user.id if user else None,
                    detail={
                        "reason": "disabled" if user else "unknown_user",
                        "workstation": self._workstation,
                    },
                )
                failure = SignInFailed(wrong)
            else:
                if unlocking is None:
                    user.last_sign_in_at = self._clock()
                actor = unlocking or self._actor(user)
                self._audit.record(
                    db_session,
                    actor,
                    AuditAction.UNLOCK if unlocking else AuditAction.SIGN_IN,
                    object_type="user",
                    object_id=user.id,
                )
        if failure is not None:
            self._db.sign_out_login()
            raise failure
        return actor

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
            _login_role(self._db.name, username)

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
            raise ValidationError("username", f"There is no user '{username}'.")
        return user

    def _actor(self, user: User) -> Actor:
        return Actor(
            user_id=user.id,
            username=user.username,
            roles=frozenset(Role(r.role) for r in user.roles),
            full_name=user.full_name,
            workstation=self._workstation,
        )


def _keep_an_admin(db_session: Session, user: User, change: str) -> None:
    """ValidationError when ``user`` is the last active administrator (the clinic would
    have nobody left to manage accounts). The active admins' rows are locked, so two
    administrators disabling each other at once cannot both succeed (PostgreSQL)."""
    if not user.active or Role.ADMIN.value not in {r.role for r in user.roles}:
        return
    admins = db_session.scalars(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), UserRole.role == Role.ADMIN.value)
        .with_for_update(of=User)
    ).all()
    if set(admins) <= {user.id}:
        raise ValidationError(
            "username",
            f"Cannot {change} {user.username}: it is the last active administrator account; "
            "make another account an administrator first.",
        )


_PROFILE_TEXTS = {  # field: (label, the column's length)
    "full_name": ("Full name", 200),
    "credentials": ("Credentials", 200),
    "registration_number": ("Registration / licence no.", 80),
}
YEARS_OF_PRACTICE = range(0, 71)


def clean_profile(profile: Profile) -> Profile:
    """The profile as stored, or ValidationError naming the first field at fault.

    The same rules as every other text a user types (found by the admin robot: a name
    with control characters or longer than its column was stored as typed): no control
    or invisible characters, at most the column's length; a known style; 0-70 years.
    """
    problems = Problems()
    texts = {
        name: clean_text(problems, name, label, getattr(profile, name), max_length=length)
        for name, (label, length) in _PROFILE_TEXTS.items()
    }
    style = profile.acupuncture_style
    if style and style not in {s.value for s in AcupunctureStyle}:
        problems.add("acupuncture_style", "Style of acupuncture: choose one from the list.")
    years = profile.years_of_practice
    if years is not None and years not in YEARS_OF_PRACTICE:
        problems.add("years_of_practice", "Years of practice: a whole number from 0 to 70.")
    if problems:
        field, message = next(iter(problems.by_field.items()))
        raise ValidationError(field, message)
    return Profile(**texts, acupuncture_style=style, years_of_practice=years)


def _apply_profile(user: User, profile: Profile) -> list[str]:
    changed = []
    for field in (
        "full_name",
        "credentials",
        "registration_number",
        "acupuncture_style",
        "years_of_practice",
    ):
        value = getattr(profile, field)
        if isinstance(value, str):
            value = value.strip()
        if getattr(user, field, None) != value:
            setattr(user, field, value)
            changed.append(field)
    return changed


def _profile(user: User) -> Profile:
    return Profile(
        full_name=user.full_name,
        credentials=user.credentials,
        registration_number=user.registration_number,
        acupuncture_style=user.acupuncture_style,
        years_of_practice=user.years_of_practice,
    )


def _summary(user: User) -> UserSummary:
    return UserSummary(
        id=user.id,
        username=user.username,
        roles=frozenset(Role(r.role) for r in user.roles),
        active=user.active,
        profile=_profile(user),
        last_sign_in_at=user.last_sign_in_at,
    )
