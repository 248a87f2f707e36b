"""Accounts' values and rules: who an account is, what a user name, a password and a
practitioner's profile must be, and the arithmetic of the waits after failed attempts.

No database session is opened here: the sign-in (:mod:`planner.services.accounts.sign_in`)
and administration (:mod:`planner.services.accounts.admin`) use cases call these on rows
they hold. Passwords are hashed with argon2id (argon2-cffi's defaults: t=3, m=64 MiB,
p=4, above OWASP's minimum).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.access import PASSWORD_MIN_LENGTH, password_problem, sign_in_wait_seconds
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import AcupunctureStyle, Role
from planner.storage.models import User, UserRole

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


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
    if not USERNAME.match(username):
        raise ValidationError(
            "username",
            translate(
                "accounts",
                "User name: 2–64 characters, letters a–z, digits, dot, dash or "
                "underscore, starting with a letter or digit.",
            ),
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
    apply_profile(user, profile)
    return user


def one_time_password(username: str) -> str:
    """A random password the password rules accept (shown once, to be changed)."""
    while True:
        password = secrets.token_urlsafe(12)
        if password_problem(password, username) is None:
            return password


def seconds_to_wait(user: User, now: dt.datetime) -> int:
    """How many seconds ``user`` must still wait after failed attempts (0: try now)."""
    wait = sign_in_wait_seconds(user.failed_sign_ins)
    if not wait or user.last_failed_sign_in_at is None:
        return 0
    until = user.last_failed_sign_in_at + dt.timedelta(seconds=wait)
    return max(0, math.ceil((until - now).total_seconds()))


def attempted_name(key: str) -> str | None:
    """The user name tried, when it is safe to keep in the audit trail.

    A name as long as a password may be could be a password typed into the wrong field,
    so only well-formed names shorter than the shortest password are kept.
    """
    if len(key) < PASSWORD_MIN_LENGTH and USERNAME.match(key):
        return key
    return None


def check_roles(roles: Iterable[Role]) -> frozenset[Role]:
    chosen = frozenset(roles)
    if not chosen:
        raise ValidationError("roles", translate("accounts", "Roles: choose at least one role."))
    return chosen


# The dummy for argon2-cffi's default parameters (t=3, m=64 MiB, p=4), made once with a
# random password nobody keeps: verifying against it costs what a real check costs, and
# no sign-in, the command line's included, pays for a second argon2 run to make one.
_DEFAULT_KEY = (3, 65536, 4, 32, 16, "Type.ID")
_DUMMY_HASHES: dict[tuple[int, int, int, int, int, str], str] = {
    _DEFAULT_KEY: "$argon2id$v=19$m=65536,t=3,p=4$i6P/aC8ch52e6zhzzyD7Ow$"
    "Jxww8yKFP25xwBOYGePM/OL6SE4QVu6T8majBwurKgI",
}


def dummy_hash(hasher: PasswordHasher) -> str:
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


def too_many_attempts(seconds: int) -> str:
    """The refusal while a wait after failed attempts runs, in the user's language."""
    return translate(
        "sign_in", "Too many failed attempts. Try again in %n second(s).", None, seconds
    )


def keep_an_admin(db_session: Session, user: User, change: str) -> None:
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
            translate(
                "accounts",
                "Cannot {change} {username}: it is the last active administrator account; "
                "make another account an administrator first.",
            ).format(change=change, username=user.username),
        )


_PROFILE_TEXTS = {  # field: (label, the column's length)
    "full_name": (QT_TRANSLATE_NOOP("accounts", "Full name"), 200),
    "credentials": (QT_TRANSLATE_NOOP("accounts", "Credentials"), 200),
    "registration_number": (QT_TRANSLATE_NOOP("accounts", "Registration / licence no."), 80),
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
        name: clean_text(
            problems,
            name,
            translate("accounts", label),
            getattr(profile, name),
            max_length=length,
        )
        for name, (label, length) in _PROFILE_TEXTS.items()
    }
    style = profile.acupuncture_style
    if style and style not in {s.value for s in AcupunctureStyle}:
        problems.add(
            "acupuncture_style",
            translate("accounts", "Style of acupuncture: choose one from the list."),
        )
    years = profile.years_of_practice
    if years is not None and years not in YEARS_OF_PRACTICE:
        problems.add(
            "years_of_practice",
            translate("accounts", "Years of practice: a whole number from 0 to 70."),
        )
    if problems:
        field, message = next(iter(problems.by_field.items()))
        raise ValidationError(field, message)
    return Profile(**texts, acupuncture_style=style, years_of_practice=years)


def apply_profile(user: User, profile: Profile) -> list[str]:
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


def profile_of_user(user: User) -> Profile:
    return Profile(
        full_name=user.full_name,
        credentials=user.credentials,
        registration_number=user.registration_number,
        acupuncture_style=user.acupuncture_style,
        years_of_practice=user.years_of_practice,
    )


def summary_of(user: User) -> UserSummary:
    return UserSummary(
        id=user.id,
        username=user.username,
        roles=frozenset(Role(r.role) for r in user.roles),
        active=user.active,
        profile=profile_of_user(user),
        last_sign_in_at=user.last_sign_in_at,
    )
