"""The demo clinic's staff: one account per role, all with the password given to ``demo``.

The accounts are ``practitioner``, ``reception`` and ``admin``; the practitioner took
every demo intake, planned every course and gave and signed every session. Their
password is the one given to ``demo --password`` (:data:`DEMO_PASSWORD` by default),
hashed once with the accounts service's argon2id parameters. The salt derives from the
seed, so one seed still gives the same database row for row. On PostgreSQL each account
also gets its database login role (``login_role``) with that password. A large demo
adds a practitioner per 300 patients (``practitioner2``…, same password), so that each
practitioner's appointment book fits the clinic's hours.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from planner.domain.vocab import AcupunctureStyle, Role
from planner.services.accounts.base import sync_database_login
from planner.services.accounts.rules import (
    Profile,
    check_new_password,
    hash_password,
    new_user,
)
from planner.services.actor import command_line_actor, workstation_name
from planner.services.audit import AuditAction, AuditTrail

DEMO_PASSWORD = "demo-password-1"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    id: int
    username: str
    role: Role
    profile: Profile


@dataclass(frozen=True, slots=True)
class Staff:
    """The keys of the demo accounts, for the rows that name who did what."""

    practitioner: int
    reception: int
    admin: int


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        1,
        "practitioner",
        Role.PRACTITIONER,
        Profile(
            full_name="Morgan Ellery-Chen",
            credentials="L.Ac., MSc Acupuncture",
            registration_number="DEMO-LAC-04217",
            acupuncture_style=str(AcupunctureStyle.TCM),
            years_of_practice=12,
        ),
    ),
    DemoAccount(2, "reception", Role.RECEPTION, Profile(full_name="Robin Achterberg")),
    DemoAccount(3, "admin", Role.ADMIN, Profile(full_name="Sam Okonedo-Price")),
)
STAFF = Staff(practitioner=1, reception=2, admin=3)
PATIENTS_PER_PRACTITIONER = 300
"""A large demo gets one more practitioner per this many patients (``practitioner2``…),
so that every practitioner's book stays within the clinic's hours."""


def practitioner_count(patients: int) -> int:
    return max(1, -(-patients // PATIENTS_PER_PRACTITIONER))


def extra_practitioners(count: int) -> tuple[DemoAccount, ...]:
    """The practitioners after the first (keys after the three demo accounts)."""
    first = max(account.id for account in DEMO_ACCOUNTS) + 1
    return tuple(
        DemoAccount(
            first + n,
            f"practitioner{n + 2}",
            Role.PRACTITIONER,
            Profile(
                full_name=f"Demo Practitioner {n + 2}",
                credentials="L.Ac.",
                registration_number=f"DEMO-LAC-{10000 + n:05d}",
                acupuncture_style=str(AcupunctureStyle.TCM),
                years_of_practice=3 + n % 20,
            ),
        )
        for n in range(count - 1)
    )


def check_demo_password(password: str) -> None:
    """ValidationError (field ``password``) unless every demo account may use it."""
    for account in DEMO_ACCOUNTS:
        check_new_password(password, account.username)


def add_demo_accounts(
    db_session: Session,
    password: str,
    *,
    seed: int,
    created: dt.datetime,
    hasher: PasswordHasher | None = None,
    practitioners: int = 1,
) -> int:
    """Add the demo accounts (to a database without any) and audit each; the last key.

    The rows carry their keys (:data:`STAFF`), so the demo's other rows can name them
    before they are written. Each account gets one audit row by the command line, at the
    real time it was made.
    """
    salt = random.Random(f"acuplanner demo accounts {seed}").randbytes(16)
    stored = hash_password(password, hasher=hasher, salt=salt)
    users = []
    accounts = (*DEMO_ACCOUNTS, *extra_practitioners(practitioners))
    for account in accounts:
        user = new_user(account.username, stored, [account.role], account.profile, at=created)
        user.id = account.id
        user.created_at = user.updated_at = created
        users.append(user)
    db_session.add_all(users)
    db_session.flush()
    audit, actor = AuditTrail(), command_line_actor()
    for user, account in zip(users, accounts, strict=True):
        audit.record(
            db_session,
            actor,
            AuditAction.USER_ADMIN,
            object_type="user",
            object_id=user.id,
            detail={"change": "demo_account", "roles": [account.role.value]},
        )
    if db_session.get_bind().dialect.name == "postgresql":
        # Each account its own login role, as users add gives it, so a workstation's URL
        # without credentials signs in to the demo. The password is the demo's (known to
        # all): nobody is asked to change it.
        for user in users:
            sync_database_login(db_session, user.id, password, workstation_name())
    return max(account.id for account in accounts)
