"""The guard's approval (what the next checked audit row is checked against) never
reaches another database's transaction: an allowed read leaves it behind, and before
this it refused a later row of a user with the same id (seen under xdist, test order)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.domain.access import Action
from planner.domain.vocab import Role
from planner.services import approvals as audit_module
from planner.services.actor import Actor
from planner.services.approvals import note_approved
from planner.services.audit import AuditTrail
from planner.services.guard import Guard
from planner.storage.database import Database
from planner.storage.models import AuditEvent, User, UserRole

pytestmark = pytest.mark.both_engines


@pytest.fixture(autouse=True)
def _no_approval() -> None:
    audit_module.forget_approval()


class _Engine:
    pass


def _user(db: Database, name: str, role: Role) -> Actor:
    with db.write() as db_session:
        user = User(username=name, password_hash="x", roles=[UserRole(role=role.value)])
        db_session.add(user)
        db_session.flush()
        return Actor(user.id, name, frozenset({role}), "", "room-1")


def test_an_approval_for_another_database_is_not_taken(db: Database) -> None:
    wei = _user(db, "wei", Role.PRACTITIONER)
    elsewhere = _Engine()  # another database's
    note_approved(wei.user_id or 0, Action.MANAGE_USERS, elsewhere)
    with db.write() as db_session:
        AuditTrail().record(db_session, wei, "open_record", object_type="patient")
    with db.read() as db_session:
        assert db_session.scalars(select(AuditEvent.action)).all() == ["open_record"]


def test_the_guard_ties_its_approval_to_its_database(db: Database) -> None:
    ada = _user(db, "ada", Role.ADMIN)
    Guard(db, AuditTrail()).require(ada, Action.MANAGE_USERS, object_type="user")
    approved = audit_module._APPROVED.get()
    assert approved is not None and approved[1] == Action.MANAGE_USERS
    with db.write() as db_session:
        assert approved[3] is not None and approved[3]() is db_session.get_bind()


def test_a_refusal_forgets_the_last_approval(db: Database) -> None:
    wei = _user(db, "wei", Role.PRACTITIONER)
    guard = Guard(db, AuditTrail())
    guard.require(wei, Action.VIEW_CLINICAL)
    with pytest.raises(audit_module.AccessDenied):
        guard.require(wei, Action.MANAGE_USERS, object_type="user")
    assert audit_module._APPROVED.get() is None
