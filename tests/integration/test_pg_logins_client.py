"""PostgreSQL: each person signs in to the database as themselves (issue 19, item 2).

A workstation's URL holds only host, port and database: nothing connects before a
sign-in, signing in connects as the person's own login role (the server checks the
password), and the database itself refuses reception what reception may not read. The
account commands need an administrator's sign-in on both engines, except for the first
account of an empty database; ``pg-logins`` moves a clinic off its shared login.
"""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import func, select, text

from planner.cli import main
from planner.domain.errors import DatabaseUnavailable
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile, SignInFailed
from planner.services.actor import command_line_actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database, PermissionRefused, open_database
from planner.storage.engine import NotSignedIn
from planner.storage.models import AuditEvent, Intake, User
from tests.helpers.factories import add_patient
from tests.integration.test_intake_service import FULL, TODAY
from tests.pg_server import PgServer

pytestmark = pytest.mark.both_engines

PG_ONLY = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
PASSWORD = "correct-horse-1"
NEW_PASSWORD = "battery-staple-2"


def workstation_url(db: Database) -> str:
    """The same database as a workstation names it: host, port and database only."""
    return f"postgresql+psycopg://{db.url.host}:{db.url.port}/{db.url.database}"


def run(
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    *args: str,
    user: str | None = None,
    password: str | None = None,
    stdin: str = f"{NEW_PASSWORD}\n",
) -> int:
    """``acuplanner --database URL ARGS…`` in this process; the new password on stdin."""
    for name, value in (("ACUPLANNER_USER", user), ("ACUPLANNER_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--database", url, *args])


def usernames(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(User.username).order_by(User.username)))


def first_admin(db: Database) -> AccountService:
    accounts = AccountService(db, AuditTrail())
    accounts.add_first_user("boss", PASSWORD, [Role.ADMIN], Profile())
    return accounts


# --- the account commands need an administrator (both engines) --------------------------


def test_first_account_of_an_empty_database_needs_no_sign_in(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, migrated_url, "users", "add", "boss", "--role", "admin") == 0
    assert "first account" in capsys.readouterr().out
    db, _ = open_database(migrated_url)
    try:
        assert usernames(db) == ["boss"]
        actor = AccountService(db, AuditTrail()).sign_in("boss", NEW_PASSWORD)
        assert Role.ADMIN in actor.roles
    finally:
        db.dispose()


def test_first_account_must_be_an_administrator(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, migrated_url, "users", "add", "ana", "--role", "reception") == 2
    assert "first account must include admin" in capsys.readouterr().err
    db, _ = open_database(migrated_url)
    try:
        assert usernames(db) == []
    finally:
        db.dispose()


def test_users_add_needs_an_administrators_sign_in(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = first_admin(db)
    accounts.add_user(command_line_actor(), "rosa", PASSWORD, [Role.RECEPTION], Profile())
    url = db.url.render_as_string(hide_password=False)
    add = ("users", "add", "mallory", "--role", "admin")
    capsys.readouterr()

    assert run(monkeypatch, url, *add) == 2  # nobody signed in (and no terminal to ask)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ACUPLANNER_USER" in err[0]
    assert run(monkeypatch, url, *add, user="boss", password="not-the-password") == 2
    assert "password is not right" in capsys.readouterr().err
    assert run(monkeypatch, url, *add, user="rosa", password=PASSWORD) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not allowed to manage user accounts" in err[0]
    assert usernames(db) == ["boss", "rosa"]  # nothing changed
    with db.read() as session:
        refused = session.scalar(
            select(func.count()).where(AuditEvent.action == AuditAction.REFUSED)
        )
    assert refused == 1

    assert run(monkeypatch, url, *add, user="boss", password=PASSWORD) == 0
    assert "Added mallory (admin)" in capsys.readouterr().out
    assert usernames(db) == ["boss", "mallory", "rosa"]
    for action in ("disable", "enable", "reset-password"):  # reception may do none of them
        assert run(monkeypatch, url, "users", action, "boss", user="rosa", password=PASSWORD) == 2
    assert run(monkeypatch, url, "users", "list", user="boss", password=PASSWORD) == 0
    assert "rosa\treception\tactive" in capsys.readouterr().out


# --- PostgreSQL: the workstation's URL and the person's own login -----------------------


@dataclass
class Clinic:
    owner: Database
    url: str  # the workstation's: no user
    patient: int
    intake: int


@pytest.fixture
def workstation_clinic(db: Database) -> Iterator[Clinic]:
    accounts = first_admin(db)
    boss = accounts.sign_in("boss", PASSWORD)
    for name, role in (("ada", Role.PRACTITIONER), ("rosa", Role.RECEPTION)):
        accounts.add_user(boss, name, PASSWORD, [role], Profile())
    ada = accounts.sign_in("ada", PASSWORD)
    patient = add_patient(db)
    intake = IntakeService(db, ada, today=lambda: TODAY).save(patient, FULL).id
    yield Clinic(db, workstation_url(db), patient, intake)


@contextmanager
def workstation(url: str) -> Iterator[tuple[Database, AccountService]]:
    db, _ = open_database(url)
    try:
        yield db, AccountService(db, AuditTrail())
    finally:
        db.dispose()


@PG_ONLY
def test_nothing_connects_before_a_sign_in(workstation_clinic: Clinic) -> None:
    with workstation(workstation_clinic.url) as (db, accounts):
        assert db.signs_in_at_server and not accounts.needs_first_account()
        with pytest.raises(NotSignedIn), db.read() as session:
            session.execute(text("SELECT 1"))


@PG_ONLY
def test_a_practitioner_and_reception_sign_in_as_themselves(workstation_clinic: Clinic) -> None:
    with workstation(workstation_clinic.url) as (db, accounts):
        ada = accounts.sign_in("ada", PASSWORD)
        assert ada.roles == {Role.PRACTITIONER}
        with db.read() as session:
            assert session.scalar(text("SELECT session_user")) == f"ada@{db.name}"
        assert (
            IntakeService(db, ada, today=lambda: TODAY).latest(workstation_clinic.patient)
            is not None
        )
        accounts.sign_out(ada)
        with pytest.raises(NotSignedIn), db.read() as session:  # nothing outlives the session
            session.execute(text("SELECT 1"))

        accounts.sign_in("rosa", PASSWORD)
        with db.read() as session:
            assert session.scalar(text("SELECT session_user")) == f"rosa@{db.name}"
        # Round the services (psql, or a modified client): the database itself says no,
        # and the app says so in one line rather than with a DBAPIError.
        with (
            pytest.raises(PermissionRefused, match="permission denied") as refused,
            db.read() as session,
        ):
            session.execute(select(Intake.complaint)).all()
        assert "\n" not in refused.value.user_text()
        with pytest.raises(PermissionRefused, match="Nothing was saved"), db.write() as session:
            session.execute(text("UPDATE intake SET complaint = ''"))
    with workstation_clinic.owner.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[-4:] == [
        AuditAction.SIGN_IN,
        AuditAction.OPEN_RECORD,  # ada's intake
        AuditAction.SIGN_OUT,
        AuditAction.SIGN_IN,
    ]


@PG_ONLY
def test_a_wrong_password_or_unknown_name_is_refused_alike(workstation_clinic: Clinic) -> None:
    with workstation(workstation_clinic.url) as (db, accounts):
        messages = set()
        for name, password in (("ada", "not-her-password"), ("nobody", PASSWORD)):
            with pytest.raises(SignInFailed) as refused:
                accounts.sign_in(name, password)
            messages.add(refused.value.message)
        assert messages == {"The user name or password is not right."}
        assert db.login is not None and db.login.user is None


@PG_ONLY
def test_a_disabled_account_cannot_sign_in_at_the_server(workstation_clinic: Clinic) -> None:
    accounts = AccountService(workstation_clinic.owner, AuditTrail())
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.set_active(boss, "rosa", False)
    with (
        workstation(workstation_clinic.url) as (_, workstation_accounts),
        pytest.raises(SignInFailed, match="not right"),
    ):
        workstation_accounts.sign_in("rosa", PASSWORD)
    accounts.set_active(boss, "rosa", True)
    accounts.reset_password(boss, "rosa", NEW_PASSWORD)
    with workstation(workstation_clinic.url) as (_, workstation_accounts):
        with pytest.raises(SignInFailed):
            workstation_accounts.sign_in("rosa", PASSWORD)
        assert workstation_accounts.sign_in("rosa", NEW_PASSWORD).username == "rosa"


@PG_ONLY
def test_users_add_from_a_workstation_signs_the_admin_in_at_the_server(
    workstation_clinic: Clinic, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ("users", "add", "lin", "--role", "practitioner")
    assert run(monkeypatch, workstation_clinic.url, *add, user="rosa", password=PASSWORD) == 2
    assert (
        run(monkeypatch, workstation_clinic.url, *add, user="boss", password="wrong-password") == 2
    )
    capsys.readouterr()
    assert run(monkeypatch, workstation_clinic.url, *add, user="boss", password=PASSWORD) == 0, (
        capsys.readouterr().err
    )
    with workstation(workstation_clinic.url) as (_, accounts):
        assert accounts.sign_in("lin", NEW_PASSWORD).roles == {Role.PRACTITIONER}


@PG_ONLY
def test_an_older_schema_asks_for_clinic_it(workstation_clinic: Clinic) -> None:
    with workstation_clinic.owner.engine.begin() as connection:
        connection.execute(
            text("UPDATE alembic_version SET version_num = '0010_intake_answer_notes'")
        )
    with workstation(workstation_clinic.url) as (db, accounts):
        with pytest.raises(DatabaseUnavailable, match="older than this AcuPlanner") as old:
            accounts.sign_in("ada", PASSWORD)
        assert "acuplanner migrate" in old.value.user_text()
        assert db.login is not None and db.login.user is None


def test_an_unreachable_server_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    with (
        workstation(f"postgresql+psycopg://127.0.0.1:{port}/clinic") as (_, accounts),
        pytest.raises(DatabaseUnavailable, match="Cannot reach the database server"),
    ):
        accounts.sign_in("ada", PASSWORD)


# --- pg-logins: a clinic moves off its shared login -------------------------------------


@PG_ONLY
def test_pg_logins_moves_a_clinic_off_its_shared_login(
    db: Database,
    pg_server: PgServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.helpers.factories import add_user

    for name, roles in (("ada", {Role.PRACTITIONER}), ("rosa", {Role.RECEPTION})):
        add_user(db, name, frozenset(roles))  # accounts as the shared login knew them
    add_user(db, "old", frozenset({Role.RECEPTION}))
    with db.write() as session:
        old = session.scalars(select(User).where(User.username == "old")).one()
        old.active = False
    with psycopg.connect(pg_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS shared_pc")
        connection.execute("CREATE ROLE shared_pc LOGIN")
    with db.engine.begin() as connection:  # what the shared login of earlier versions had
        for statement in (
            f'GRANT CONNECT ON DATABASE "{db.name}" TO shared_pc',
            "GRANT USAGE ON SCHEMA public TO shared_pc",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shared_pc",
            "GRANT acuplanner_reception TO shared_pc",
        ):
            connection.exec_driver_sql(statement)
    owner_url = db.url.render_as_string(hide_password=False)
    capsys.readouterr()

    assert run(monkeypatch, owner_url, "pg-logins", "--retire-role", "shared_pc") == 0
    out = capsys.readouterr().out
    passwords = dict(line.split("\t") for line in out.splitlines() if "\t" in line)
    assert set(passwords) == {"ada", "rosa"}  # a disabled account gets no password
    assert "shown only now" in out
    with workstation(workstation_url(db)) as (_, accounts):
        assert accounts.sign_in("rosa", passwords["rosa"]).roles == {Role.RECEPTION}
        with pytest.raises(SignInFailed):
            accounts.sign_in("old", passwords["rosa"])
    shared = pg_server.url(db.name, user="shared_pc").replace("postgresql+psycopg", "postgresql")
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(shared).close()
    assert run(monkeypatch, owner_url, "pg-logins", "--retire-role", "postgres") == 2
    assert run(monkeypatch, owner_url, "pg-logins") == 0  # again: nobody's password changes
    assert "no password was changed" in capsys.readouterr().out
    with workstation(workstation_url(db)) as (_, accounts):
        assert accounts.sign_in("ada", passwords["ada"]).username == "ada"


class LockNotAudited(AuditTrail):
    """An audit trail whose lock rows cannot be written (the server went away)."""

    def record(self, session, actor, action, **kwargs):  # type: ignore[no-untyped-def]
        if action in (AuditAction.LOCK, AuditAction.SIGN_OUT):
            raise DatabaseUnavailable("The server went away.")
        super().record(session, actor, action, **kwargs)


@PG_ONLY
def test_the_password_is_forgotten_at_lock_and_sign_out_even_when_not_audited(
    workstation_clinic: Clinic,
) -> None:
    with workstation(workstation_clinic.url) as (db, _):
        accounts = AccountService(db, LockNotAudited())
        assert db.login is not None
        for end in (accounts.lock, accounts.sign_out):
            ada = accounts.sign_in("ada", PASSWORD)
            assert db.login.user == f"ada@{db.name}"
            with pytest.raises(DatabaseUnavailable):
                end(ada)
            assert db.login.user is None
