"""Signing in and out, the lock screen, and changing one's own password.

After five failed attempts in a row, each further attempt must wait longer (see
``sign_in_wait_seconds``): at the sign-in dialog, at the lock screen and when typing the
current password to change it alike, which share one count per account, so none is a
way round the waits. A failed sign-in under an unknown user name is audited with that
name only when the name is shorter than any password may be (a password typed into the
user name field is never stored); passwords are never logged. On PostgreSQL with
personal logins the server checks the password (by connecting with it).
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session, defer

from planner.domain.access import password_problem, sign_in_wait_seconds
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.services.accounts.base import AccountBase, login_role_of
from planner.services.accounts.rules import (
    USERNAME,
    SignInFailed,
    attempted_name,
    dummy_hash,
    seconds_to_wait,
    too_many_attempts,
)
from planner.services.actor import Actor
from planner.services.audit import AuditAction
from planner.storage.database import LoginRefused
from planner.storage.models import User


class SignIns(AccountBase):
    """Sign-in, lock and unlock, sign-out, and one's own password."""

    # --- sign-in, lock, unlock -------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> Actor:
        """The signed-in actor, or SignInFailed (audited) with how long to wait."""
        key = username.strip().lower()
        if self._db.signs_in_at_server:
            return self._sign_in_at_server(key, password, None)
        dummy = dummy_hash(self._hasher)  # made before the look-up: the same for any name
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
                attempted = attempted_name(key) if user is None else None
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
                failure = SignInFailed(
                    translate("sign_in", "The user name or password is not right.")
                )
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
            translate("sign_in", "The password is not right.")
            if unlocking
            else translate("sign_in", "The user name or password is not right.")
        )
        now = self._clock()
        remaining = seconds_to_wait(user, now)
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
                too_many_attempts(remaining),
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
                failure: SignInFailed | None = SignInFailed(
                    translate("sign_in", "The password is not right.")
                )
            else:
                failure = self._check(db_session, user, password, actor)
        if failure is not None:
            raise failure

    def _simple_event(self, actor: Actor, action: str) -> None:
        with self._db.write() as db_session:
            self._audit.record(
                db_session, actor, action, object_type="user", object_id=actor.user_id
            )

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
            raise PlannerError(
                translate("sign_in", "Only a signed-in person has a password to change here.")
            )
        if not current:
            raise ValidationError(
                "current_password", translate("sign_in", "Current password: type it first.")
            )
        problem = password_problem(new, actor.username)
        if problem:
            raise ValidationError("new_password", "New " + problem[0].lower() + problem[1:])
        if new == current:
            raise ValidationError(
                "new_password",
                translate("sign_in", "New password: choose one different from the current one."),
            )
        if self._db.signs_in_at_server:
            self._change_own_at_server(actor, current, new)
            return
        failure: PlannerError | None = None
        with self._db.write() as db_session:
            user = db_session.get(User, actor.user_id)
            if user is None or not user.active:
                raise PlannerError(
                    translate("sign_in", "This account can no longer sign in; nothing was changed.")
                )
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
        remaining = seconds_to_wait(user, now)
        if remaining > 0:
            self._own_password_failed(db_session, actor, "waiting")
            return ValidationError(
                "current_password",
                too_many_attempts(remaining),
            )
        if not self._verify(user, current):
            user.failed_sign_ins += 1
            user.last_failed_sign_in_at = now
            self._own_password_failed(db_session, actor, "wrong_password")
            return ValidationError(
                "current_password", translate("sign_in", "Current password: it is not right.")
            )
        user.failed_sign_ins = 0
        user.last_failed_sign_in_at = None
        return None

    def _change_own_at_server(self, actor: Actor, current: str, new: str) -> None:
        from planner.storage.pg_roles import scram_verifier

        role = login_role_of(self._db.name, actor.username)
        remaining = self._server_wait(actor.username)
        failure: PlannerError | None = None
        if remaining:
            failure = ValidationError(
                "current_password",
                too_many_attempts(remaining),
            )
            reason = "waiting"
        else:
            try:
                self._db.sign_in_as(role, current)  # the server checks it
            except LoginRefused:
                failures = self._server_failures.get(actor.username, (0, self._clock()))[0] + 1
                self._server_failures[actor.username] = (failures, self._clock())
                failure = ValidationError(
                    "current_password", translate("sign_in", "Current password: it is not right.")
                )
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

    def _own_password_failed(self, db_session: Session, actor: Actor, reason: str) -> None:
        self._user_admin_event(
            db_session,
            actor,
            actor.user_id,
            {"change": "own_password", "outcome": "failed", "reason": reason},
        )

    def _sign_in_at_server(self, key: str, password: str, unlocking: Actor | None) -> Actor:
        """PostgreSQL logins: connect as the person (the server checks the password),
        then the usual checks as them. A refused connection says no more than a wrong
        password would; with nobody connected it cannot be audited in the database (the
        server's log has it), so the waits after repeated failures are counted here."""
        wrong = (
            translate("sign_in", "The password is not right.")
            if unlocking
            else translate("sign_in", "The user name or password is not right.")
        )
        remaining = self._server_wait(key)
        if remaining:
            raise SignInFailed(
                too_many_attempts(remaining),
                wait_seconds=remaining,
            )
        try:
            if not USERNAME.match(key):
                raise LoginRefused(wrong)
            self._db.sign_in_as(login_role_of(self._db.name, key), password)
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
