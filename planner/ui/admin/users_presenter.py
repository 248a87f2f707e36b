"""User administration without a window: list, add, edit, disable/enable, reset password.

Every call goes to :class:`planner.services.accounts.AccountService`, which checks the
administrator's role. Each method returns None on success or the :class:`Problem` to
show — at its field when it names one (a ValidationError), else as a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.vocab import Role
from planner.services.accounts import Profile, UserSummary
from planner.services.actor import Actor
from planner.ui.problem import Problem

MISMATCH = QT_TRANSLATE_NOOP("users", "Password: the two entries differ.")


@dataclass(frozen=True, slots=True)
class UserForm:
    """What the add/edit form holds. Passwords only when adding."""

    username: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    full_name: str = ""
    credentials: str = ""
    registration_number: str = ""
    acupuncture_style: str = ""
    years_of_practice: int | None = None
    password: str = ""
    password_again: str = ""

    def profile(self) -> Profile:
        return Profile(
            full_name=self.full_name.strip(),
            credentials=self.credentials.strip(),
            registration_number=self.registration_number.strip(),
            acupuncture_style=self.acupuncture_style,
            years_of_practice=self.years_of_practice,
        )

    @classmethod
    def of(cls, user: UserSummary) -> UserForm:
        """The form filled in with a user's stored roles and profile."""
        profile = user.profile
        return cls(
            username=user.username,
            roles=user.roles,
            full_name=profile.full_name,
            credentials=profile.credentials,
            registration_number=profile.registration_number,
            acupuncture_style=profile.acupuncture_style,
            years_of_practice=profile.years_of_practice,
        )


class UserAdmin(Protocol):
    """The part of :class:`planner.services.accounts.AccountService` this screen uses."""

    def list_users(self, actor: Actor) -> list[UserSummary]: ...

    def add_user(
        self, actor: Actor, username: str, password: str, roles: Iterable[Role], profile: Profile
    ) -> UserSummary: ...

    def update_user(
        self, actor: Actor, username: str, roles: Iterable[Role], profile: Profile
    ) -> None: ...

    def set_active(self, actor: Actor, username: str, active: bool) -> None: ...

    def reset_password(self, actor: Actor, username: str, password: str) -> None: ...


class UsersPresenter:
    def __init__(self, accounts: UserAdmin, actor: Actor) -> None:
        self._accounts = accounts
        self._actor = actor
        self._users: list[UserSummary] = []

    @property
    def users(self) -> list[UserSummary]:
        return list(self._users)

    @property
    def actor(self) -> Actor:
        return self._actor

    def user(self, username: str) -> UserSummary | None:
        return next((u for u in self._users if u.username == username), None)

    def load(self) -> Problem | None:
        try:
            self._users = self._accounts.list_users(self._actor)
        except PlannerError as error:
            self._users = []
            return Problem.of(error)
        return None

    def add(self, form: UserForm) -> Problem | None:
        if form.password != form.password_again:
            return Problem(translate("users", MISMATCH), "password_again")
        return self._do(
            lambda: self._accounts.add_user(
                self._actor, form.username, form.password, form.roles, form.profile()
            )
        )

    def update(self, form: UserForm) -> Problem | None:
        return self._do(
            lambda: self._accounts.update_user(
                self._actor, form.username, form.roles, form.profile()
            )
        )

    def set_active(self, username: str, active: bool) -> Problem | None:
        return self._do(lambda: self._accounts.set_active(self._actor, username, active))

    def reset_password(self, username: str, password: str, again: str) -> Problem | None:
        if password != again:
            return Problem(translate("users", MISMATCH), "password_again")
        return self._do(lambda: self._accounts.reset_password(self._actor, username, password))

    def _do(self, change: Callable[[], object]) -> Problem | None:
        """Make the change; on success read the list again."""
        try:
            change()
        except PlannerError as error:
            return Problem.of(error)
        return self.load()
