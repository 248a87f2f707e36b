"""Schema 0015 on a database with data written at 0014: each enum column gets its CHECK
constraint; a database holding a code its enum does not know is refused untouched."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from planner.domain.errors import DatabaseUnavailable
from planner.domain.vocab import CourseStatus, PointSide
from planner.storage import migrations
from planner.storage.database import open_database
from planner.storage.engine import resolve_url
from planner.storage.models import Course, SessionPoint
from planner.storage.schema_check import schema_items
from tests.integration.test_migration_0003 import _at_0002_with_data

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine


def _at_0014(url: str, *statements: str) -> None:
    """The 0003 test's rows (a patient, a course, a plan, two sessions, an adverse event)
    upgraded to 0014, then ``statements`` run there."""
    _at_0002_with_data(url)
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection, migrations._script_location() as location:
            config = migrations.alembic_config(location)
            config.attributes["connection"] = connection
            command.upgrade(config, "0014_documents_outcomes")
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _revision(url: str) -> str:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
    finally:
        engine.dispose()


def _routines(url: str) -> frozenset[str]:
    """Triggers and functions (SQLite rebuilds a table to add a CHECK: its triggers must
    come back as they were)."""
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            items = schema_items(connection)
    finally:
        engine.dispose()
    return frozenset(i for i in items if i.startswith(("trigger ", "function ")))


def test_upgrade_from_0014_keeps_the_rows_and_adds_the_checks(db_url: str) -> None:
    _at_0014(db_url, "UPDATE session_point SET stimulation = 'even', ashi_region = NULL")
    routines = _routines(db_url)
    if resolve_url(db_url).get_backend_name() == "sqlite":  # the patient search's triggers
        assert any(" on patient " in item for item in routines)
    database, result = open_database(db_url)
    try:
        assert result.from_revision == "0014_documents_outcomes"
        assert _routines(db_url) == routines
        with database.read() as session:
            course = session.get(Course, 1)
            assert course is not None and course.status == "active"
            assert course.status is CourseStatus.ACTIVE  # read back as the enum member
            points = session.query(SessionPoint).order_by(SessionPoint.id).all()
            assert [(p.side, p.stimulation) for p in points] == [("B", "even"), ("B", "even")]
            assert points[0].side is PointSide.BILATERAL
        # The database itself refuses a code the enum does not know, and the message
        # names the constraint.
        for statement in (
            "UPDATE course SET status = 'paused' WHERE id = 1",
            "UPDATE session_point SET side = 'X' WHERE id = 1",
            "UPDATE planned_technique SET technique = 'Local needling' WHERE id = 2",
            "UPDATE user_role SET role = 'owner'",
            "UPDATE patient SET sex = ''",
        ):
            with pytest.raises(IntegrityError, match=r"ck_\w+"), database.write() as session:
                session.execute(text(statement))
        with database.write() as session:  # NULL is still allowed where it was
            session.execute(text("UPDATE session_point SET stimulation = NULL"))
    finally:
        database.dispose()


def test_unknown_codes_stop_the_upgrade_and_change_nothing(db_url: str) -> None:
    _at_0014(
        db_url,
        "UPDATE course SET status = 'paused'",
        "UPDATE session_point SET side = 'X'",
    )
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(db_url)
    message = str(refused.value)
    assert "course.status: 1 row;" in message
    assert "session_point.side: 2 rows" in message
    assert "nothing was changed" in message
    assert _revision(db_url) == "0014_documents_outcomes"
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.connect() as connection:  # the values are left as they were
            assert connection.execute(text("SELECT status FROM course")).scalar() == "paused"
            sides = connection.execute(text("SELECT DISTINCT side FROM session_point")).all()
            assert sides == [("X",)]
    finally:
        engine.dispose()
