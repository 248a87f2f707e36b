"""Engine settings, optimistic locking and schema drift, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from planner.domain.errors import ConflictError, DatabaseUnavailable
from planner.storage.database import Database
from planner.storage.engine import read_engine
from planner.storage.migrations import head_revision
from planner.storage.models import Base, Course, Patient
from planner.storage.search_index import include_name

pytestmark = pytest.mark.both_engines  # storage: column types, constraints, time zones


def _patient(chart: int = 1, **overrides: object) -> Patient:
    values: dict[str, object] = {
        "chart_number": chart,
        "given_name": "Zoë",
        "family_name": "O'Brien-Łukasz",
        "date_of_birth": dt.date(1980, 2, 29),
        "sex": "female",
        "phone": "+44 (0)7700 900123",
    }
    values.update(overrides)
    return Patient(**values)


def test_empty_database_upgrades_to_head(db: Database) -> None:
    with db.read() as session:
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == head_revision()


def test_models_and_migrations_do_not_drift(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_search_keys_are_derived_on_save(db: Database) -> None:
    with db.write() as session:
        session.add(_patient())
    with db.read() as session:
        patient = session.query(Patient).one()
        assert patient.search_name == "o'brien-lukasz zoe"
        assert patient.phone_digits == "4407700900123"
        assert patient.version == 1
        assert patient.created_at.tzinfo is not None


def test_stale_save_is_refused_not_applied(db: Database) -> None:
    with db.write() as session:
        session.add(_patient())
    with db.read() as session:
        stale = session.query(Patient).one()
    with db.write() as session:
        fresh = session.get(Patient, stale.id)
        assert fresh is not None
        fresh.phone = "111"
    with pytest.raises(ConflictError, match="nothing was overwritten"), db.write() as session:
        merged = session.merge(stale, load=False)
        merged.phone = "222"
        session.flush()
    with db.read() as session:
        stored = session.query(Patient).one()
    assert (stored.phone, stored.version) == ("111", 2)


def test_orphan_rows_are_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Course(patient_id=999, status="planned", start_date=dt.date(2026, 1, 5)))
        session.flush()


def test_check_constraints_refuse_out_of_range_values(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(_patient())
        session.flush()
        session.add(
            Course(
                patient_id=1, status="planned", start_date=dt.date(2026, 1, 5), planned_sessions=0
            )
        )
        session.flush()


@pytest.mark.parametrize("connections", [3])
def test_every_sqlite_connection_has_the_pragmas(sqlite_db: Database, connections: int) -> None:
    # Read connections, so that all of them can be open at once.
    opened = [read_engine(sqlite_db.engine).connect() for _ in range(connections)]
    try:
        for connection in opened:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        for connection in opened:
            connection.close()


def test_sqlite_writes_begin_immediate_and_reads_do_not(sqlite_db: Database) -> None:
    path = sqlite_db.url.database
    assert path is not None
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.read() as session:
            session.execute(text("SELECT count(*) FROM patient")).scalar()
            other.execute("BEGIN IMMEDIATE")  # a reader holds no write lock
            other.execute("ROLLBACK")
        with sqlite_db.write() as session:
            session.execute(text("SELECT count(*) FROM patient")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # the writer took the lock at BEGIN
    finally:
        other.close()


def test_a_locked_database_gives_a_message_and_keeps_nothing(sqlite_db: Database) -> None:
    path = sqlite_db.url.database
    assert path is not None
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    sqlite_db.engine.dispose()
    engine = sqlite_db.engine
    try:
        # A short busy timeout so the test does not wait the full 10 s.
        @event.listens_for(engine, "connect")
        def _short_timeout(dbapi_connection, _record):
            dbapi_connection.execute("PRAGMA busy_timeout = 100")

        with (
            pytest.raises(DatabaseUnavailable, match=r"busy.*Nothing was saved"),
            sqlite_db.write() as session,
        ):
            session.add(_patient())
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with sqlite_db.read() as session:
        assert session.query(Patient).count() == 0
