"""A disabled or demoted user loses access at their next action, not at sign-out.

Issue 19: the services checked the roles the user had when they signed in, so a
practitioner an administrator disabled (or made reception) at another workstation kept
reading intakes and session notes until they signed out. The guard now reads the account
again at each action; a refusal is audited. Two workstations: the treatment room (the
user) and the admin's desk (a second connection to the same database), on both engines.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.domain.vocab import ConsentScope, Role
from planner.services import approvals as audit_module
from planner.services import guard
from planner.services.accounts import AccountService, Profile
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.services.courses import CourseService
from planner.services.documents import DocumentService
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.services.patients import PatientDirectory
from planner.services.sessions import SessionService
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, TreatmentSession, User
from tests.helpers.factories import add_course_with_session, add_patient

pytestmark = pytest.mark.both_engines

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def desk(migrated_url: str, db: Database) -> Iterator[tuple[AccountService, Actor]]:
    """The admin's workstation: its own connection, the clinic's first (admin) account."""
    other, _ = open_database(migrated_url)
    accounts = AccountService(other, AuditTrail(), hasher=FAST, workstation="desk-1")
    admin = accounts.create_first_account("Clinic", "ada", PASSWORD, Profile())
    accounts.add_user(admin, "wei", PASSWORD, [Role.PRACTITIONER], Profile())
    yield accounts, admin
    other.dispose()


class Room:
    """The treatment room: wei signed in, with the services the window holds."""

    def __init__(self, db: Database) -> None:
        audit = AuditTrail()
        self.actor = AccountService(db, audit, hasher=FAST, workstation="room-1").sign_in(
            "wei", PASSWORD
        )
        self.patients = PatientDirectory(db, self.actor, audit)
        self.intake = IntakeService(db, self.actor, audit)
        self.sessions = SessionService(db, self.actor, audit)
        self.courses = CourseService(db, self.actor, audit)
        self.documents = DocumentService(db, self.actor, audit)


def refusals(db: Database) -> list[dict[str, object]]:
    with db.read() as session:
        return [
            dict(detail)
            for detail in session.scalars(
                select(AuditEvent.detail)
                .where(AuditEvent.action == "refused")
                .order_by(AuditEvent.id)
            )
        ]


def opened_records(db: Database) -> int:
    with db.read() as session:
        rows = session.scalars(select(AuditEvent.action).where(AuditEvent.action == "open_record"))
        return len(list(rows))


def test_a_disabled_user_is_refused_at_the_next_action_in_every_service(db, desk) -> None:
    accounts, admin = desk
    patient = add_patient(db)
    course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    assert room.patients.overview(patient).clinical_visible  # type: ignore[union-attr]
    assert room.sessions.get(session_id).id == session_id
    assert room.courses.courses(patient)
    opened = opened_records(db)

    accounts.set_active(admin, "wei", False)  # at the desk, while wei is still signed in

    for attempt in (
        lambda: room.patients.search_ids(""),
        lambda: room.patients.overview(patient),
        lambda: room.sessions.get(session_id),
        lambda: room.courses.get(course),
        lambda: room.courses.courses(patient),
        lambda: room.intake.history(patient),
        lambda: room.documents.choices(patient),
    ):
        with pytest.raises(AccessDenied, match=r"Your account \(wei\) has been disabled"):
            attempt()
    assert opened_records(db) == opened  # nothing was opened after the disable
    found = refusals(db)
    assert len(found) == 7
    assert all(detail["reason"] == "account_disabled" for detail in found)

    accounts.set_active(admin, "wei", True)
    assert room.sessions.get(session_id).id == session_id  # enabled again: allowed again


def test_a_demoted_user_loses_clinical_access_at_the_next_action(db, desk) -> None:
    accounts, admin = desk
    patient = add_patient(db)
    course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    assert room.documents.may_print_unsigned
    before = room.patients.overview(patient)
    assert before is not None and before.clinical_visible
    assert before.courses[0].sessions[0].pain_before == 7

    accounts.update_user(admin, "wei", [Role.RECEPTION], Profile())  # now reception

    after = room.patients.overview(patient)  # reception may still open the demographics
    assert after is not None and not after.clinical_visible
    assert after.courses[0].sessions[0].pain_before is None  # no clinical content
    assert not room.documents.may_print_unsigned
    for attempt in (
        lambda: room.sessions.get(session_id),
        lambda: room.courses.get(course),
        lambda: room.intake.history(patient),
    ):
        with pytest.raises(AccessDenied, match=r"\(wei\) is no longer allowed to"):
            attempt()
    found = refusals(db)
    assert [detail["reason"] for detail in found] == ["roles_changed"] * 3
    assert found[0]["action"] == "view_clinical"


def test_a_role_added_while_signed_in_counts_from_the_next_sign_in(db, desk) -> None:
    """Only rights held both at sign-in and now count: the check never widens a session."""
    accounts, admin = desk
    accounts.add_user(admin, "reza", PASSWORD, [Role.RECEPTION], Profile())
    patient = add_patient(db)
    reza = AccountService(db, AuditTrail(), hasher=FAST).sign_in("reza", PASSWORD)
    accounts.update_user(admin, "reza", [Role.RECEPTION, Role.PRACTITIONER], Profile())
    with pytest.raises(AccessDenied, match=r"\(reza\) is not allowed to open clinical"):
        IntakeService(db, reza).history(patient)
    reza = AccountService(db, AuditTrail(), hasher=FAST).sign_in("reza", PASSWORD)
    assert IntakeService(db, reza).history(patient) == []


# --- a change landing between the guard's check and the save (AuditTrail.record) ----------


def _between_check_and_save(monkeypatch, room: Room, change) -> list[int]:
    """Run ``change`` (at the admin's desk) right after the guard's next read of the room
    user's account, before the action's own transaction starts: the gap the audit row
    closes."""
    real = guard._roles_in  # the account read, wherever the guard reads it
    calls: list[int] = []

    def read_then_change(db_session: Session, user_id: int):
        roles = real(db_session, user_id)
        if user_id == room.actor.user_id and not calls:
            calls.append(user_id)
            change()
        return roles

    monkeypatch.setattr(guard, "_roles_in", read_then_change)
    return calls


def audit_rows(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (action, object_type)
            for action, object_type in session.execute(
                select(AuditEvent.action, AuditEvent.object_type).order_by(AuditEvent.id)
            )
        ]


def only_the_admins_rows(db: Database, before: list[tuple[str, str]]) -> bool:
    """Since ``before``: the admin's change only (PostgreSQL's login sync adds its own)."""
    after = audit_rows(db)
    return after[: len(before)] == before and set(after[len(before) :]) == {("user_admin", "user")}


def consented(room: Room, patient: int) -> None:
    for scope in ConsentScope:
        room.intake.record_consent(patient, scope, True, dt.date.today())


def stored_session(db: Database, session_id: int) -> tuple[int | None, int]:
    with db.read() as session:
        record = session.get(TreatmentSession, session_id)
        assert record is not None
        return record.pain_before, record.version


def test_a_disable_between_the_check_and_the_save_saves_nothing(db, desk, monkeypatch) -> None:
    accounts, admin = desk
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    consented(room, patient)
    record = room.sessions.get(session_id)
    before = stored_session(db, session_id)
    rows = audit_rows(db)
    calls = _between_check_and_save(
        monkeypatch, room, lambda: accounts.set_active(admin, "wei", False)
    )

    with pytest.raises(AccessDenied, match=r"Your account \(wei\) has been disabled; nothing"):
        room.sessions.save_draft(record.id, replace(record.draft, pain_before=2), record.version)

    assert calls  # the guard's check ran, and allowed it (the account was active then)
    assert stored_session(db, session_id) == before  # nothing was saved
    assert only_the_admins_rows(db, rows)  # and no row for a save that did not happen


def test_a_demotion_between_the_check_and_the_save_saves_nothing(db, desk, monkeypatch) -> None:
    accounts, admin = desk
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    consented(room, patient)
    record = room.sessions.get(session_id)
    before = stored_session(db, session_id)
    rows = audit_rows(db)
    _between_check_and_save(
        monkeypatch, room, lambda: accounts.update_user(admin, "wei", [Role.RECEPTION], Profile())
    )

    with pytest.raises(AccessDenied, match=r"\(wei\) is no longer allowed to record sessions"):
        room.sessions.save_draft(record.id, replace(record.draft, pain_before=2), record.version)

    assert stored_session(db, session_id) == before
    assert only_the_admins_rows(db, rows)


def test_a_demotion_between_the_check_and_opening_discloses_nothing(db, desk, monkeypatch) -> None:
    """Opening a record is audited in its own write transaction: refused there too."""
    accounts, admin = desk
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    opened = opened_records(db)
    _between_check_and_save(
        monkeypatch, room, lambda: accounts.update_user(admin, "wei", [Role.RECEPTION], Profile())
    )
    with pytest.raises(AccessDenied, match=r"\(wei\) is no longer allowed to open clinical"):
        room.sessions.get(session_id)
    assert opened_records(db) == opened


def test_a_demoted_user_keeps_what_the_remaining_role_allows(db, desk, monkeypatch) -> None:
    """Demoted between the check and the save of something reception may do too (a fee):
    the save stands; the audit row checks the right the guard allowed, not every role."""
    accounts, admin = desk
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    room = Room(db)
    version = stored_session(db, session_id)[1]
    _between_check_and_save(
        monkeypatch, room, lambda: accounts.update_user(admin, "wei", [Role.RECEPTION], Profile())
    )
    assert room.sessions.record_fee(session_id, 5000, version) == version + 1


def test_a_disabled_user_may_still_sign_out_and_lock(db, desk) -> None:
    """Sign-out, lock and refusal rows are written for a disabled account."""
    accounts, admin = desk
    audit = AuditTrail()
    room_accounts = AccountService(db, audit, hasher=FAST, workstation="room-1")
    wei = room_accounts.sign_in("wei", PASSWORD)
    accounts.set_active(admin, "wei", False)
    room_accounts.lock(wei)
    room_accounts.sign_out(wei)
    assert [a for a, _ in audit_rows(db)][-2:] == ["lock", "sign_out"]


def test_a_row_no_guard_check_preceded_needs_an_active_account_only(db, desk) -> None:
    """No check of the guard's to go by (another thread, a path that needs no role): a
    demoted account's row is written; a disabled account's change is refused."""
    accounts, admin = desk
    room = Room(db)
    trail = AuditTrail()
    audit_module._APPROVED.set(None)
    accounts.update_user(admin, "wei", [Role.RECEPTION], Profile())
    audit_module._APPROVED.set(None)
    with db.write() as session:
        trail.record(session, room.actor, AuditAction.UPDATE, object_type="user")
    accounts.set_active(admin, "wei", False)
    audit_module._APPROVED.set(None)
    with (
        pytest.raises(AccessDenied, match=r"\(wei\) has been disabled; nothing was done"),
        db.write() as session,
    ):
        trail.record(session, room.actor, AuditAction.UPDATE, object_type="user")
    assert [a for a, _ in audit_rows(db)][-1] == "user_admin"


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_postgresql_a_save_waits_for_a_disable_being_committed_then_is_refused(
    db: Database,
) -> None:
    """With each person's own login: the practitioner's save reads the account row FOR
    SHARE, so it waits for an administrator's disable still in progress and then sees it
    (without the lock it would have saved in between)."""
    from tests.integration.test_pg_logins_client import PASSWORD as LOGIN_PASSWORD
    from tests.integration.test_pg_logins_client import first_admin, workstation_url

    accounts = first_admin(db)
    boss = accounts.sign_in("boss", LOGIN_PASSWORD)
    accounts.add_user(boss, "ada", LOGIN_PASSWORD, [Role.PRACTITIONER], Profile())
    patient = add_patient(db)
    _course, session_id = add_course_with_session(db, patient)
    version = stored_session(db, session_id)[1]
    station, _ = open_database(workstation_url(db))
    outcome: list[BaseException | int] = []
    try:
        ada = AccountService(station, AuditTrail()).sign_in("ada", LOGIN_PASSWORD)
        sessions = SessionService(station, ada)

        def save() -> None:
            try:
                outcome.append(sessions.record_fee(session_id, 5000, version))
            except BaseException as error:  # handed to the test's thread
                outcome.append(error)

        with db.write() as admin:  # the admin's disable, not committed yet
            account = admin.get(User, ada.user_id)
            assert account is not None
            account.active = False
            admin.flush()
            saving = threading.Thread(target=save)
            saving.start()
            with db.engine.connect() as watcher:
                deadline = time.monotonic() + 20
                while not watcher.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE usename = :login AND wait_event_type = 'Lock'"
                    ),
                    {"login": f"ada@{station.name}"},
                ):
                    assert saving.is_alive() and time.monotonic() < deadline, outcome
                    time.sleep(0.02)
            assert saving.is_alive()  # waiting for the disable to commit
        saving.join(20)
        [refused] = outcome
        assert isinstance(refused, AccessDenied), refused
        assert "has been disabled; nothing was done" in str(refused)
        assert stored_session(db, session_id)[1] == version  # the fee was not saved
    finally:
        station.dispose()
