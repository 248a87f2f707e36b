"""Signing in, unlocking and the first account, without a window.

:class:`SignInPresenter` serves the sign-in dialog and the lock screen alike: it calls an
``authenticate`` function, remembers the message to show and, after too many failed
attempts, until when the next attempt must wait (against an injectable clock, so tests
never wait real seconds). Passwords pass through; nothing here keeps them.

:meth:`SignInPresenter.start` checks the password through a task runner (the window's:
a worker thread, since argon2 takes a few hundred milliseconds and releases the GIL) and
hands the result back on the main thread; :meth:`SignInPresenter.submit` checks it at once.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.ui.problem import Problem

if TYPE_CHECKING:  # the services load behind the sign-in window, not before it paints
    from planner.services.accounts import Profile
    from planner.services.actor import Actor
    from planner.ui.tasks import TaskRunner

Authenticate = Callable[[str, str], "Actor"]
"""(user name, password) -> the signed-in actor, or raises SignInFailed."""

# The service words its wait as a sentence; the form shows a live countdown instead.
_WAIT_SENTENCE = re.compile(r"\s*Try again in \d+ seconds?\.\s*$")


@dataclass(frozen=True, slots=True)
class SignInState:
    """What the form shows: a message ("" for none) and the seconds still to wait."""

    message: str = ""
    wait_seconds: int = 0

    @property
    def can_submit(self) -> bool:
        return self.wait_seconds == 0


class SignInPresenter:
    def __init__(
        self,
        authenticate: Authenticate,
        *,
        clock: Callable[[], float] = time.monotonic,
        runner: TaskRunner | None = None,
    ) -> None:
        self._authenticate = authenticate
        self._clock = clock
        self._runner = runner
        self._message = ""
        self._blocked_until: float | None = None

    def state(self) -> SignInState:
        return SignInState(self._message, self.wait_seconds())

    def wait_seconds(self) -> int:
        """Whole seconds before the next attempt is allowed (0: now)."""
        if self._blocked_until is None:
            return 0
        remaining = self._blocked_until - self._clock()
        if remaining <= 0:
            self._blocked_until = None
            return 0
        return math.ceil(remaining)

    def clear(self) -> None:
        """Forget the last message (a wait still applies)."""
        self._message = ""

    def submit(self, username: str, password: str) -> Actor | None:
        """The actor when the user name and password are right; else None and a message."""
        if self.wait_seconds():
            return None
        try:
            actor = self._authenticate(username, password)
        except PlannerError as error:
            return self._failed(error)
        return self._succeeded(actor)

    def start(self, username: str, password: str, done: Callable[[Actor | None], object]) -> bool:
        """Check the password through the runner (at once without one); ``done`` gets the
        actor, or None with a message to show. False when the next attempt must wait
        (nothing started, ``done`` not called)."""
        if self.wait_seconds():
            return False
        if self._runner is None:
            done(self.submit(username, password))
            return True
        self._runner.run(
            partial(self._authenticate, username, password),
            lambda actor: done(self._succeeded(actor)),
            partial(self._on_failed, done),
        )
        return True

    def _on_failed(self, done: Callable[[Actor | None], object], error: BaseException) -> None:
        if not isinstance(error, PlannerError):
            raise error  # a bug: the crash hook shows it
        done(self._failed(error))

    def _succeeded(self, actor: Actor) -> Actor:
        self._message = ""
        self._blocked_until = None
        return actor

    def _failed(self, error: PlannerError) -> None:
        from planner.services.accounts import SignInFailed

        if isinstance(error, SignInFailed):
            self._message = _WAIT_SENTENCE.sub("", error.message).strip() or error.message
            wait = max(error.wait_seconds, 0)
            self._blocked_until = self._clock() + wait if wait else None
        else:  # e.g. the database server went away
            self._message = error.user_text()
        return None


class LockableAccounts(Protocol):
    def sign_in(self, username: str, password: str) -> Actor: ...

    def unlock(self, actor: Actor, password: str) -> None: ...


def lock_screen_authenticator(accounts: LockableAccounts, locked: Actor) -> Authenticate:
    """At the lock screen: the locked user unlocks; anyone else signs in as themselves."""

    def authenticate(username: str, password: str) -> Actor:
        if username.strip().lower() == locked.username:
            accounts.unlock(locked, password)
            return locked
        return accounts.sign_in(username, password)

    return authenticate


# --- the first account ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FirstRunForm:
    clinic_name: str
    username: str
    full_name: str
    password: str
    password_again: str


class FirstAccountMaker(Protocol):
    def create_first_account(
        self, clinic_name: str, username: str, password: str, profile: Profile
    ) -> Actor: ...


class FirstRunPresenter:
    """Names the clinic and creates its first account (administrator and practitioner)."""

    def __init__(self, accounts: FirstAccountMaker) -> None:
        self._accounts = accounts

    def submit(self, form: FirstRunForm) -> Actor | Problem:
        """The new actor, or the problem to show (at its field when it names one)."""
        if form.password != form.password_again:
            return Problem(
                translate("sign_in", "Password: the two entries differ."), "password_again"
            )
        from planner.services.accounts import Profile

        try:
            return self._accounts.create_first_account(
                form.clinic_name,
                form.username,
                form.password,
                Profile(full_name=form.full_name.strip()),
            )
        except PlannerError as error:  # a ValidationError names its field
            return Problem.of(error)
