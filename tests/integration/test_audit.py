"""The audit trail: append-only, hash-chained, written atomically with the change."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.audit import AuditFilter, AuditTrail
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Patient

pytestmark = pytest.mark.both_engines  # the audit chain: an advisory lock on PostgreSQL

ACTOR = Actor(None, "command line", frozenset({Role.ADMIN}), "", "desk-2")


def add_rows(db: Database, trail: AuditTrail, count: int, patient_id: int | None = None) -> None:
    with db.write() as session:
        for n in range(count):
            trail.record(
                session,
                ACTOR,
                "open_record",
                patient_id=patient_id,
                object_type="patient",
                object_id=n,
                detail={"scope": "clinical", "n": n},
            )


def add_patient(db: Database) -> int:
    with db.write() as session:
        patient = Patient(
            chart_number=1,
            given_name="Ольга",
            family_name="Иванова",
            date_of_birth=dt.date(1960, 5, 1),
            sex="female",
        )
        session.add(patient)
        session.flush()
        return patient.id


def tamper(db: Database, statement: str) -> None:
    """Edit the trail behind the application's back (as an attacker with file access)."""
    with db.engine.connect() as connection:
        if db.backend == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER audit_event_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
        connection.exec_driver_sql(statement)
        connection.commit()


def test_an_intact_trail_verifies(db: Database) -> None:
    trail = AuditTrail()
    assert trail.verify(db).ok
    add_rows(db, trail, 12)
    result = trail.verify(db, batch=5)
    assert (result.ok, result.rows_checked) == (True, 12)


def test_an_edited_row_is_named(db: Database) -> None:
    trail = AuditTrail()
    add_rows(db, trail, 6)
    tamper(db, "UPDATE audit_event SET workstation = 'elsewhere' WHERE id = 4")
    result = trail.verify(db)
    assert (result.ok, result.first_bad_id) == (False, 4)
    assert "was edited" in result.problem


def test_a_deleted_row_is_found_where_it_was(db: Database) -> None:
    trail = AuditTrail()
    add_rows(db, trail, 6)
    tamper(db, "DELETE FROM audit_event WHERE id = 3")
    result = trail.verify(db)
    assert (result.ok, result.first_bad_id) == (False, 4)
    assert "deleted" in result.problem


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"]
)
def test_the_database_refuses_to_change_the_trail(db: Database, statement: str) -> None:
    add_rows(db, AuditTrail(), 2)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.connect() as connection:
        connection.exec_driver_sql(statement)
    with db.read() as session:
        assert session.scalar(select(AuditEvent.action).limit(1)) == "open_record"


def test_postgresql_refuses_truncate(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    add_rows(db, AuditTrail(), 1)
    with pytest.raises(DBAPIError, match="append-only"), db.engine.connect() as connection:
        connection.exec_driver_sql("TRUNCATE audit_event")


def test_a_rolled_back_change_leaves_no_audit_row(db: Database) -> None:
    trail = AuditTrail()
    with pytest.raises(RuntimeError), db.write() as session:
        trail.record(session, ACTOR, "create", object_type="patient")
        raise RuntimeError("the change failed")
    assert trail.query(db, AuditFilter()) == []
    assert trail.verify(db).ok


def test_filters_answer_who_opened_a_record(db: Database) -> None:
    trail = AuditTrail()
    patient = add_patient(db)
    add_rows(db, trail, 3, patient_id=patient)
    add_rows(db, trail, 5)
    rows = trail.query(db, AuditFilter(patient_id=patient))
    assert len(rows) == 3 and {r.patient_id for r in rows} == {patient}
    assert rows[0].username == "command line" and rows[0].workstation == "desk-2"
    assert rows[0].detail["scope"] == "clinical"
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert len(trail.query(db, AuditFilter(action="open_record", limit=4))) == 4
    assert trail.query(db, AuditFilter(action="sign_in")) == []
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert trail.query(db, AuditFilter(since=future)) == []
    assert len(trail.query(db, AuditFilter(until=future, user_id=None))) == 8
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_event")).scalar() == 8
