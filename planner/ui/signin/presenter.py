"""Signing in, unlocking and the first account, without a window.

:class:`SignInPresenter` serves the sign-in dialog and the lock screen alike: it calls an
``authenticate`` function, remembers the message to show and, after too many failed
attempts, until when the next attempt must wait (against an injectable clock, so tests
never wait real seconds). Passwords pass through; nothing here keeps them.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.accounts import Profile, SignInFailed
from planner.services.actor import Actor
from planner.ui.problem import Problem

Authenticate = Callable[[str, str], Actor]
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
        self, authenticate: Authenticate, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._authenticate = authenticate
        self._clock = clock
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
        except SignInFailed as failure:
            self._message = _WAIT_SENTENCE.sub("", failure.message).strip() or failure.message
            wait = max(failure.wait_seconds, 0)
            self._blocked_until = self._clock() + wait if wait else None
            return None
        except PlannerError as error:  # e.g. the database server went away
            self._message = error.user_text()
            return None
        self._message = ""
        self._blocked_until = None
        return actor


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
        try:
            return self._accounts.create_first_account(
                form.clinic_name,
                form.username,
                form.password,
                Profile(full_name=form.full_name.strip()),
            )
        except PlannerError as error:  # a ValidationError names its field
            return Problem.of(error)
