"""A person changes their own password; a password someone else chose must be changed.

An administrator's ``users add`` / ``users reset-password`` (and the Users screen) and
``pg-logins``' one-time passwords mark the account ``password_must_change``; the first
account and the demo accounts do not. ``change_own_password`` checks the current password,
the password rules and that the new one differs, clears the mark and is audited without
any password. On PostgreSQL with personal logins the login role's password changes too
(the old one no longer connects) and nobody can change another person's password or mark.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile, SignInFailed
from planner.services.actor import command_line_actor
from planner.services.audit import AuditAction, AuditTrail
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, User
from planner.storage.pg_roles import scram_verifier

pytestmark = pytest.mark.both_engines

PG_ONLY = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct-horse-1"
CHOSEN = "my-own-choice-7"


def service(db: Database) -> AccountService:
    return AccountService(db, AuditTrail(), hasher=FAST, workstation="desk-1")


def staffed_accounts(db: Database) -> AccountService:
    """boss (the first account, administrator); rosa (reception) added by boss."""
    accounts = service(db)
    accounts.add_first_user("boss", PASSWORD, [Role.ADMIN], Profile())
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.add_user(boss, "rosa", PASSWORD, [Role.RECEPTION], Profile())
    accounts.sign_out(boss)
    return accounts


def workstation_url(db: Database) -> str:
    return f"postgresql+psycopg://{db.url.host}:{db.url.port}/{db.url.database}"


@contextmanager
def workstation(db: Database) -> Iterator[tuple[Database, AccountService]]:
    """The same database as a workstation opens it: each person signs in as themselves."""
    station, _ = open_database(workstation_url(db))
    try:
        yield station, service(station)
    finally:
        station.dispose()


def connect_as(db: Database, login: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
    """A plain connection as ``login`` (psql at the reception PC)."""
    return psycopg.connect(
        host=db.url.host,
        port=db.url.port,
        dbname=db.url.database,
        user=login,
        password=password,
        autocommit=True,
    )


def flag_of(db: Database, username: str) -> bool:
    with db.read() as session:
        return bool(
            session.scalar(select(User.password_must_change).where(User.username == username))
        )


def own_password_rows(db: Database) -> list[tuple[int | None, dict[str, object]]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.user_id, AuditEvent.detail)
            .where(AuditEvent.action == AuditAction.USER_ADMIN)
            .order_by(AuditEvent.id)
        ).all()
    return [(user, detail) for user, detail in rows if detail.get("change") == "own_password"]


def test_a_password_an_administrator_chose_must_be_changed_by_its_person(db: Database) -> None:
    accounts = staffed_accounts(db)
    boss = accounts.sign_in("boss", PASSWORD)
    assert not accounts.password_change_required(boss)  # the first account chose its own
    rosa = accounts.sign_in("rosa", PASSWORD)
    assert accounts.password_change_required(rosa)

    with pytest.raises(ValidationError) as wrong:
        accounts.change_own_password(rosa, "not-her-password", CHOSEN)
    assert wrong.value.field == "current_password"
    for new, message in (
        (PASSWORD, "different from the current"),
        ("short", "New password: use at least"),
        ("rosa", "New password"),
    ):
        with pytest.raises(ValidationError, match=message) as refused:
            accounts.change_own_password(rosa, PASSWORD, new)
        assert refused.value.field == "new_password"
    assert accounts.password_change_required(rosa)

    accounts.change_own_password(rosa, PASSWORD, CHOSEN)
    assert not accounts.password_change_required(rosa)
    with pytest.raises(SignInFailed):
        accounts.sign_in("rosa", PASSWORD)
    assert accounts.sign_in("rosa", CHOSEN).username == "rosa"
    rows = own_password_rows(db)
    assert rows[0] == (
        rosa.user_id,
        {"change": "own_password", "outcome": "failed", "reason": "wrong_password"},
    )
    assert rows[-1] == (rosa.user_id, {"change": "own_password"})
    with db.read() as session:  # never a password, in any form, in the trail
        trail = json.dumps([d for (d,) in session.execute(select(AuditEvent.detail))])
    assert PASSWORD not in trail and CHOSEN not in trail


def test_reset_by_an_administrator_marks_the_account_but_not_their_own(db: Database) -> None:
    accounts = staffed_accounts(db)
    boss = accounts.sign_in("boss", PASSWORD)
    rosa = accounts.sign_in("rosa", PASSWORD)
    accounts.change_own_password(rosa, PASSWORD, CHOSEN)
    assert not flag_of(db, "rosa")
    accounts.reset_password(boss, "rosa", "reset-by-boss-3")
    assert flag_of(db, "rosa")
    accounts.reset_password(boss, "boss", "boss-chose-this-4")  # boss's own choice
    assert not flag_of(db, "boss")


def test_the_users_command_reset_password_marks_the_account(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = staffed_accounts(db)
    rosa = accounts.sign_in("rosa", PASSWORD)
    accounts.change_own_password(rosa, PASSWORD, CHOSEN)
    monkeypatch.setenv("ACUPLANNER_USER", "boss")
    monkeypatch.setenv("ACUPLANNER_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO("told-on-the-phone-5\n"))
    url = db.url.render_as_string(hide_password=False)
    assert main(["--database", url, "users", "reset-password", "rosa"]) == 0, (
        capsys.readouterr().err
    )
    assert flag_of(db, "rosa")


def test_wrong_current_passwords_wait_like_failed_sign_ins(db: Database) -> None:
    accounts = staffed_accounts(db)
    rosa = accounts.sign_in("rosa", PASSWORD)
    for _ in range(5):
        with pytest.raises(ValidationError, match="not right"):
            accounts.change_own_password(rosa, "guess-guess-9", CHOSEN)
    with pytest.raises(ValidationError, match=r"Try again in \d+ seconds?\."):
        accounts.change_own_password(rosa, PASSWORD, CHOSEN)  # even the right one waits
    assert flag_of(db, "rosa")


@PG_ONLY
def test_at_a_workstation_the_login_password_changes_with_it(db: Database) -> None:
    staffed_accounts(db)
    with workstation(db) as (station, accounts):
        rosa = accounts.sign_in("rosa", PASSWORD)
        assert accounts.password_change_required(rosa)
        with pytest.raises(ValidationError) as wrong:
            accounts.change_own_password(rosa, "not-her-password", CHOSEN)
        assert wrong.value.field == "current_password"
        accounts.change_own_password(rosa, PASSWORD, CHOSEN)
        assert station.login is not None and station.login.user == f"rosa@{db.name}"
        assert not accounts.password_change_required(rosa)  # connects with the new one
        accounts.lock(rosa)
        accounts.unlock(rosa, CHOSEN)
        accounts.sign_out(rosa)
    login = f"rosa@{db.name}"
    with pytest.raises(psycopg.OperationalError):
        connect_as(db, login, PASSWORD).close()
    connect_as(db, login, CHOSEN).close()
    with workstation(db) as (_, accounts):
        with pytest.raises(SignInFailed):
            accounts.sign_in("rosa", PASSWORD)
        assert accounts.sign_in("rosa", CHOSEN).username == "rosa"
    assert own_password_rows(db)[-1][1] == {"change": "own_password"}
    assert own_password_rows(db)[-1][0] is not None


@PG_ONLY
def test_a_reception_login_cannot_change_another_accounts_password_or_mark(
    db: Database,
) -> None:
    accounts = staffed_accounts(db)
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.add_user(boss, "ada", PASSWORD, [Role.PRACTITIONER], Profile())
    with connect_as(db, f"rosa@{db.name}", PASSWORD) as rosa:
        for statement in (
            "UPDATE app_user SET password_must_change = false WHERE username = 'ada'",
            "UPDATE app_user SET password_must_change = false WHERE username = 'rosa'",
            f"ALTER ROLE \"ada@{db.name}\" PASSWORD '{scram_verifier('taken-over-6')}'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                rosa.execute(statement)
        # Her own row's hash she may write (row-level security): another's, not at all.
        stolen = rosa.execute(
            "UPDATE app_user SET password_hash = 'x' WHERE username = 'ada'"
        ).rowcount
        assert stolen == 0
        # The function acts on the connected login's own account, whatever is asked.
        changed = rosa.execute(
            "SELECT acuplanner_change_own_password(%s, %s, 'psql')",
            (FAST.hash(CHOSEN), scram_verifier(CHOSEN)),
        ).fetchone()
    assert changed is not None
    with db.read() as session:
        rosa_id = session.scalar(select(User.id).where(User.username == "rosa"))
    assert changed[0] == rosa_id
    assert flag_of(db, "ada") and not flag_of(db, "rosa")
    with workstation(db) as (_, station_accounts):
        assert station_accounts.sign_in("ada", PASSWORD).username == "ada"
        assert station_accounts.sign_in("rosa", CHOSEN).username == "rosa"


@PG_ONLY
def test_one_time_passwords_of_pg_logins_must_be_changed(db: Database) -> None:
    from tests.helpers.factories import add_user

    add_user(db, "lin", frozenset({Role.PRACTITIONER}))
    accounts = service(db)
    issued = accounts.issue_database_logins(command_line_actor())
    assert set(issued) == {"lin"} and flag_of(db, "lin")
    with workstation(db) as (_, station_accounts):
        lin = station_accounts.sign_in("lin", issued["lin"])
        assert station_accounts.password_change_required(lin)
        station_accounts.change_own_password(lin, issued["lin"], CHOSEN)
        assert not station_accounts.password_change_required(lin)


@PG_ONLY
def test_the_demo_signs_in_at_a_workstation_without_a_change(db: Database) -> None:
    from planner.demo import DEMO_PASSWORD, DemoGenerator

    DemoGenerator(db, today=dt.date(2026, 3, 2), hasher=FAST).generate(patients=2, seed=3)
    with workstation(db) as (_, accounts):
        for name in ("practitioner", "reception", "admin"):
            actor = accounts.sign_in(name, DEMO_PASSWORD)
            assert not accounts.password_change_required(actor)
            accounts.sign_out(actor)
