"""User accounts: the first account, sign-in and lock, and user administration.

:class:`AccountService` is the one service the window and the command line hold; its
parts live beside it: :mod:`.rules` (values, password and profile rules),
:mod:`.base` (shared state and steps, PostgreSQL login roles), :mod:`.sign_in`
(sign-in, lock, sign-out, one's own password) and :mod:`.admin` (the first account and
account administration). This package exports the names its many importers use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from argon2 import PasswordHasher

from planner.clock import utc_now
from planner.services.accounts.admin import AccountAdmin
from planner.services.accounts.rules import Profile, SignInFailed, UserSummary
from planner.services.accounts.sign_in import SignIns
from planner.services.audit import AuditTrail
from planner.storage.database import Database

__all__ = ["AccountService", "Profile", "SignInFailed", "UserSummary"]


class AccountService(SignIns, AccountAdmin):
    """Accounts for the window and the command line: sign-in and administration."""

    def __init__(
        self,
        db: Database,
        audit: AuditTrail,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        workstation: str | None = None,
    ) -> None:
        super().__init__(db, audit, hasher=hasher, clock=clock, workstation=workstation)
