"""Schema 0003 on a database holding courses and sessions written at 0002."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from planner.domain.vocab import Role, SessionStatus
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage import migrations
from planner.storage.database import open_database
from planner.storage.engine import resolve_url

pytestmark = pytest.mark.both_engines  # migrations run differently on each engine

NOW = "2026-10-01 09:00:00"
ROWS = [
    "INSERT INTO app_user (id, username, password_hash, active, full_name, credentials,"
    " registration_number, acupuncture_style, failed_sign_ins, version, created_at, updated_at)"
    " VALUES (1, 'ada', 'x', TRUE, 'Ada', '', '', '', 0, 1, :now, :now)",
    "INSERT INTO user_role (user_id, role) VALUES (1, 'practitioner')",
    "INSERT INTO patient (id, chart_number, given_name, family_name, preferred_name,"
    " date_of_birth, sex, phone, email, address, emergency_contact_name,"
    " emergency_contact_phone, referring_physician_name, referring_physician_clinic,"
    " referring_physician_contact, insurance_provider, insurance_policy, archived,"
    " search_name, phone_digits, version, created_at, updated_at) VALUES (1, 1, 'Зоя', 'Ли',"
    " '', '1980-01-01', 'female', '', '', '', '', '', '', '', '', '', '', FALSE, '', '', 1,"
    " :now, :now)",
    "INSERT INTO course (id, patient_id, status, planned_sessions, extension_reason,"
    " sessions_per_week, start_date, goals, mid_review_at, acupuncture_style, rationale,"
    " protocol, retention_minutes, version, created_at, updated_at) VALUES (1, 1, 'active',"
    " 6, '', 1.0, '2026-10-01', 'walk', 3, 'tcm', '', '', 25, 1, :now, :now)",
    "INSERT INTO planned_technique (id, course_id, technique, minutes, parameters) VALUES"
    " (1, 1, 'electroacupuncture', 25,"
    ' \'{"pairs": [["BL23", "BL25"]], "mode": "low", "frequency_hz": "2",'
    ' "pulse_width_ms": 0.3}\')',
    "INSERT INTO planned_technique (id, course_id, technique, minutes, parameters) VALUES"
    " (2, 1, 'local_needling', 25, '{}')",
    "INSERT INTO point_prescription (id, course_id, point_code, side, needles, depth,"
    " de_qi_sought) VALUES (1, 1, 'BL23', 'B', 2, '', FALSE), (2, 1, 'BL25', 'B', 2, '', FALSE)",
    "INSERT INTO treatment_session (id, course_id, patient_id, number, status, client_uuid,"
    " session_date, pain_before, needles_in, needles_out, response, history_changes, notes,"
    " fee_cents, paid_cents, version, created_at, updated_at) VALUES (1, 1, 1, 1, 'signed',"
    " 'c0ffee00-0000-4000-8000-000000000001', '2026-10-01', 6, 4, 4, '[\"de_qi\"]', '', '',"
    " 6000, 6000, 2, :now, :now), (2, 1, 1, 2, 'scheduled',"
    " 'c0ffee00-0000-4000-8000-000000000002', '2026-10-08', NULL, 0, 0, '[]', '', '', 5000,"
    " NULL, 1, :now, :now)",
    "INSERT INTO session_point (id, session_id, point_code, side, needles, depth) VALUES"
    " (1, 1, 'BL23', 'B', 2, ''), (2, 1, 'BL25', 'B', 2, '')",
    "INSERT INTO adverse_event (id, session_id, kind, severity, action_taken, created_at,"
    " updated_at) VALUES (1, 1, 'bruising', 'mild', 'pressed', :now, :now)",
]

TABLES = (
    "app_user", "patient", "course", "planned_technique", "point_prescription",
    "treatment_session", "session_point", "adverse_event",
)  # fmt: skip


def _at_0002_with_data(url: str) -> None:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as connection, migrations._script_location() as location:
            config = migrations.alembic_config(location)
            config.attributes["connection"] = connection
            command.upgrade(config, "0002_accounts_audit")
            for statement in ROWS:
                connection.execute(text(statement), {"now": NOW})
            if connection.dialect.name == "postgresql":  # rows with explicit keys
                for table in TABLES:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                            f" (SELECT max(id) FROM {table}))"
                        )
                    )
    finally:
        engine.dispose()


def test_upgrade_from_0002_keeps_courses_and_sessions_readable(db_url: str) -> None:
    _at_0002_with_data(db_url)
    database, result = open_database(db_url)
    try:
        assert result.from_revision == "0002_accounts_audit"
        with database.read() as session:
            row = session.execute(
                text(
                    "SELECT techniques, new_red_flags, now_pregnant FROM treatment_session"
                    " WHERE id = 1"
                )
            ).one()
            assert row[0] in ([], "[]") and row[1] in ([], "[]")
            assert row[2] is None
            assert session.execute(text("SELECT sessions_reason FROM course")).scalar() == ""
            assert session.execute(text("SELECT description FROM adverse_event")).scalar() == ""
            assert session.execute(text("SELECT count(*) FROM plan_template")).scalar() == 0
        ada = Actor(1, "ada", frozenset({Role.PRACTITIONER}), "Ada", "test")
        today = dt.date(2026, 10, 8)
        plan = PlanService(database, ada, today=lambda: today).plan(1).plan
        assert plan.electro[0].mode == "low" and plan.electro[0].hertz == "2"
        assert plan.electro[0].pulse_width_ms == 0.3 and plan.needles == 4
        sessions = SessionService(database, ada, today=lambda: today)
        old = sessions.get(1)
        assert old.status == SessionStatus.SIGNED and old.draft.needles_in == 4
        assert "local_needling" in old.draft.treatment.techniques  # derived for old rows
        assert old.draft.adverse_events[0].description == ""
        opened = sessions.open_today(1)
        assert opened.number == 2 and opened.draft.treatment.points == old.draft.treatment.points
        schedule = CourseService(database, ada, today=lambda: today).schedule(1)
        assert schedule.sessions[0].paid_cents == 6000
    finally:
        database.dispose()
