"""Account administration: the first account, adding, changing, disabling accounts and
resetting passwords, and PostgreSQL's personal logins for every account.

A password someone else chose (an administrator adding an account or resetting its
password, or ``pg-logins``' one-time passwords) is marked ``password_must_change``: the
window asks its person for their own (:meth:`SignIns.change_own_password`) before
anything else. The clinic always keeps one active administrator.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from planner.domain.access import Action
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import translate
from planner.domain.vocab import Role
from planner.services.accounts.base import AccountBase
from planner.services.accounts.rules import (
    Profile,
    UserSummary,
    apply_profile,
    check_new_password,
    check_roles,
    clean_profile,
    keep_an_admin,
    normalise_username,
    one_time_password,
    profile_of_user,
    summary_of,
)
from planner.services.actor import Actor, command_line_actor
from planner.storage.models import Clinic, User, UserRole


class AccountAdmin(AccountBase):
    """The first account and the administration of accounts (MANAGE_USERS)."""

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
            raise ValidationError(
                "clinic_name", translate("accounts", "Clinic name: enter the clinic's name.")
            )
        username = normalise_username(username)
        check_new_password(password, username)
        with self._db.write() as db_session:
            if db_session.scalar(select(func.count()).select_from(User)):
                raise PlannerError(
                    translate("accounts", "This clinic already has accounts; sign in instead.")
                )
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

    # --- administration ----------------------------------------------------------------

    def add_user(
        self, actor: Actor, username: str, password: str, roles: Iterable[Role], profile: Profile
    ) -> UserSummary:
        with self._guard.action(actor, Action.MANAGE_USERS, object_type="user") as checked:
            db_session = checked.db_session
            username = normalise_username(username)
            check_new_password(password, username)
            chosen = check_roles(roles)
            profile = clean_profile(profile)
            self._check_login_name(username)
            if db_session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(
                    "username",
                    translate("accounts", "User name: '{username}' is already taken.").format(
                        username=username
                    ),
                )
            # the administrator chose the password, not its person: changed at first sign-in
            user = self._create(
                db_session, actor, "add", (username, password, chosen, profile), must_change=True
            )
            return summary_of(user)

    def list_users(self, actor: Actor) -> list[UserSummary]:
        with self._guard.action(
            actor, Action.MANAGE_USERS, write=False, object_type="user"
        ) as checked:
            db_session = checked.db_session
            return [summary_of(u) for u in db_session.scalars(select(User).order_by(User.username))]

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        with self._guard.action(actor, Action.MANAGE_USERS, object_type="user") as checked:
            db_session = checked.db_session
            user = self._existing(db_session, username)
            if not active and user.id == actor.user_id:
                raise ValidationError(
                    "username", translate("accounts", "You cannot disable your own account.")
                )
            if not active:
                keep_an_admin(db_session, user, translate("accounts", "disable"))
            user.active = active
            self._changed(db_session, actor, user, {"change": "enable" if active else "disable"})
            self._sync_login(db_session, user, None)

    def reset_password(self, actor: Actor, username: str, password: str) -> None:
        with self._guard.action(actor, Action.MANAGE_USERS, object_type="user") as checked:
            db_session = checked.db_session
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
        with self._guard.action(actor, Action.MANAGE_USERS, object_type="user") as checked:
            db_session = checked.db_session
            chosen = check_roles(roles)
            profile = clean_profile(profile)
            user = self._existing(db_session, username)
            if user.id == actor.user_id and Role.ADMIN not in chosen:
                raise ValidationError(
                    "roles", translate("accounts", "You cannot remove your own admin role.")
                )
            if Role.ADMIN not in chosen:
                keep_an_admin(db_session, user, translate("accounts", "remove the admin role of"))
            wanted = {r.value for r in chosen}
            changed = apply_profile(user, profile)
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
        chosen = check_roles(roles)
        if Role.ADMIN not in chosen:
            raise ValidationError(
                "roles",
                translate(
                    "accounts", "Roles: the first account must include admin (--role admin)."
                ),
            )
        username = normalise_username(username)
        check_new_password(password, username)
        profile = clean_profile(profile)
        if self._db.signs_in_at_server:
            raise PlannerError(
                translate(
                    "accounts", "The first account is created with the database owner's login."
                ),
                hint=translate(
                    "accounts", "Run it with --database postgresql+psycopg://OWNER@HOST:PORT/DB."
                ),
            )
        self._check_login_name(username)
        actor = command_line_actor()
        with self._db.write() as db_session:
            if db_session.scalar(select(func.count()).select_from(User)):
                raise PlannerError(
                    translate("accounts", "This clinic already has accounts; nothing was changed."),
                    hint=translate(
                        "accounts",
                        "Sign in as an administrator (ACUPLANNER_USER, ACUPLANNER_PASSWORD).",
                    ),
                )
            user = self._create(
                db_session, actor, "first_account", (username, password, chosen, profile)
            )
            return summary_of(user)

    def issue_database_logins(self, actor: Actor) -> dict[str, str]:
        """PostgreSQL, moving a clinic off a shared database login: every account gets its
        own login role (kept in step from then on); each active account that had none a
        new one-time password, returned here to be shown once (user name -> password).
        Accounts that already have their login keep its password, so running it again
        changes nobody's. One transaction: all accounts or none."""
        with self._guard.action(actor, Action.MANAGE_USERS, object_type="user") as checked:
            db_session = checked.db_session
            if self._db.backend != "postgresql":
                raise PlannerError(
                    translate(
                        "accounts", "Database logins are a PostgreSQL feature; SQLite has none."
                    )
                )
            issued: dict[str, str] = {}
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
            return profile_of_user(user) if user else Profile()
