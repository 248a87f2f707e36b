"""``check_database`` and ``acuplanner check``: clean on a fresh demo, and each kind of
planted problem is found, named by table and record id, never by patient."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, insert, select, update

from planner.demo import DemoGenerator
from planner.storage.checks import MAX_PER_KIND, check_database
from planner.storage.database import Database
from planner.storage.models import (
    Course,
    CourseReview,
    ElectroStimulation,
    Intake,
    Patient,
    PointPrescription,
    SessionPoint,
    TreatmentSession,
)
from tests.integration.test_cli import run_cli

pytestmark = pytest.mark.both_engines  # the integrity checks use engine-specific SQL

PATIENTS = 12


@pytest.fixture
def demo_db(db: Database) -> Database:
    DemoGenerator(db).generate(patients=PATIENTS, seed=11)
    return db


@pytest.fixture
def demo_sqlite(sqlite_db: Database) -> Database:
    DemoGenerator(sqlite_db).generate(patients=PATIENTS, seed=11)
    return sqlite_db


def sqlite_path(db: Database) -> str:
    assert db.url.database
    return db.url.database


@contextmanager
def writing(db: Database) -> Iterator[Connection]:
    with db.write() as session:
        yield session.connection()


@contextmanager
def checks_ignored(db: Database, *constraints: tuple[str, str]) -> Iterator[Connection]:
    """A connection that may write values the (table, constraint) CHECKs forbid."""
    with db.write() as session:
        connection = session.connection()
        if db.backend == "sqlite":
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
            try:
                yield connection
            finally:
                connection.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
        else:
            for table, name in constraints:
                connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            yield connection


def names_of_patients(db: Database) -> list[str]:
    with db.read() as session:
        rows = session.execute(select(Patient.given_name, Patient.family_name)).all()
    return [name for row in rows for name in row]


def test_a_fresh_demo_is_clean(demo_db: Database) -> None:
    assert check_database(demo_db) == []


def test_an_empty_database_is_clean(db: Database) -> None:
    assert check_database(db) == []


def test_gap_in_session_numbers(demo_db: Database) -> None:
    with writing(demo_db) as connection:
        course_id, last = connection.execute(
            select(TreatmentSession.course_id, func.max(TreatmentSession.number))
            .group_by(TreatmentSession.course_id)
            .having(func.count() >= 3)
            .order_by(TreatmentSession.course_id)
            .limit(1)
        ).one()
        connection.execute(
            update(TreatmentSession)
            .where(TreatmentSession.course_id == course_id, TreatmentSession.number == 2)
            .values(number=last + 5)
        )
    problems = check_database(demo_db)
    assert len(problems) == 1
    assert problems[0].startswith(f"treatment_session numbers in course {course_id}: 1, 3,")
    assert f"{last + 5}, not 1..{last} without gaps" in problems[0]


def test_unknown_point_codes(demo_db: Database) -> None:
    with writing(demo_db) as connection:
        connection.execute(
            update(SessionPoint).where(SessionPoint.id == 3).values(point_code="XX99")
        )
        connection.execute(
            update(PointPrescription).where(PointPrescription.id == 2).values(point_code="bl23")
        )
        session_id = connection.scalar(select(func.min(TreatmentSession.id)))
        connection.execute(
            insert(ElectroStimulation).values(
                id=10_000,
                session_id=session_id,
                point_a="GB30",
                point_b="GB99",
                frequency_mode="low",
            )
        )
    assert check_database(demo_db) == [
        "session_point 3: point_code 'XX99' is not in the acupoint catalog",
        "point_prescription 2: point_code 'bl23' is not in the acupoint catalog",
        "electro_stimulation 10000: point_b 'GB99' is not in the acupoint catalog",
    ]


def test_session_outside_its_course_dates(demo_db: Database) -> None:
    with writing(demo_db) as connection:
        closed = connection.execute(
            select(TreatmentSession.id, Course.id, Course.start_date, Course.end_date)
            .join(Course, Course.id == TreatmentSession.course_id)
            .where(Course.end_date.is_not(None), TreatmentSession.number == 1)
            .order_by(TreatmentSession.id)
            .limit(2)
        ).all()
        (early, early_course, start, _), (late, late_course, _, end) = closed
        before, after = start - dt.timedelta(days=3), end + dt.timedelta(days=4)
        for session_id, day in ((early, before), (late, after)):
            connection.execute(
                update(TreatmentSession)
                .where(TreatmentSession.id == session_id)
                .values(session_date=day)
            )
    assert sorted(check_database(demo_db)) == sorted(
        [
            f"treatment_session {early}: session_date {before} "
            f"is before course {early_course} start {start}",
            f"treatment_session {late}: session_date {after} "
            f"is after course {late_course} end {end}",
        ]
    )


def test_pain_scores_out_of_range(demo_db: Database) -> None:
    with checks_ignored(
        demo_db,
        ("treatment_session", "ck_treatment_session_pain_after_range"),
        ("intake", "ck_intake_nrs_now_range"),
    ) as connection:
        session_id = connection.scalar(
            select(func.min(TreatmentSession.id)).where(TreatmentSession.pain_after.is_not(None))
        )
        connection.execute(
            update(TreatmentSession).where(TreatmentSession.id == session_id).values(pain_after=11)
        )
        connection.execute(update(Intake).where(Intake.id == 2).values(nrs_now=-1))
        review_id = connection.scalar(select(func.min(CourseReview.id)))
        connection.execute(
            update(CourseReview).where(CourseReview.id == review_id).values(pain_latest=12)
        )
    problems = check_database(demo_db)
    integrity = [line for line in problems if line.startswith("sqlite integrity_check: ")]
    assert [line for line in problems if line not in integrity] == [
        f"treatment_session {session_id}: pain_after 11 is outside 0–10",
        "intake 2: nrs_now -1 is outside 0–10",
        f"course_review {review_id}: pain_latest 12 is outside 0–10",
    ]
    if demo_db.backend == "sqlite":  # SQLite's own check notices the broken CHECKs too
        assert sorted(integrity) == [
            "sqlite integrity_check: CHECK constraint failed in intake",
            "sqlite integrity_check: CHECK constraint failed in treatment_session",
        ]
    names = names_of_patients(demo_db)
    assert not [name for name in names for line in problems if name in line]


def test_foreign_key_violation_on_sqlite(demo_sqlite: Database) -> None:
    with closing(sqlite3.connect(sqlite_path(demo_sqlite))) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("UPDATE session_point SET session_id = 999999 WHERE id = 5")
        raw.commit()
    assert check_database(demo_sqlite) == [
        "session_point 5: refers to a treatment_session row that does not exist"
    ]


def test_damaged_sqlite_file(demo_sqlite: Database) -> None:
    demo_sqlite.dispose()
    with closing(sqlite3.connect(sqlite_path(demo_sqlite))) as raw:
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = "
            "'CREATE INDEX ix_patient_phone_digits ON patient (date_of_birth)' "
            "WHERE name = 'ix_patient_phone_digits'"
        )
        raw.commit()
    problems = check_database(demo_sqlite)
    assert problems
    assert all(line.startswith("sqlite integrity_check: ") for line in problems)
    assert "ix_patient_phone_digits" in problems[0]


def test_each_kind_is_capped(demo_db: Database) -> None:
    planted = MAX_PER_KIND + 7
    with writing(demo_db) as connection:
        connection.execute(
            update(SessionPoint).where(SessionPoint.id <= planted).values(point_code="QQ1")
        )
    problems = check_database(demo_db)
    assert len(problems) == MAX_PER_KIND + 1
    assert problems[0] == "session_point 1: point_code 'QQ1' is not in the acupoint catalog"
    assert problems[-1] == "… and 7 more"


# --------------------------------------------------------------------------------------
# Through the command line
# --------------------------------------------------------------------------------------


def test_cli_demo_then_check_ok_then_a_planted_problem(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    demo = run_cli("--database", str(path), "demo", "--patients", "30", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "30 patients" in demo.stdout
    check = run_cli("--database", str(path), "check", home=tmp_path)
    assert (check.returncode, check.stdout) == (0, "ok\n"), check.stderr
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE session_point SET point_code = 'ZZ7' WHERE id = 4")
        raw.commit()
    check = run_cli("--database", str(path), "check", home=tmp_path)
    assert check.returncode == 1, check.stderr
    assert check.stdout.splitlines() == [
        "session_point 4: point_code 'ZZ7' is not in the acupoint catalog"
    ]
    assert "Traceback" not in check.stderr


def test_cli_demo_refuses_a_database_with_patients(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    first = run_cli("--database", str(path), "demo", "--patients", "5", home=tmp_path)
    assert first.returncode == 0, first.stderr
    again = run_cli("--database", str(path), "demo", "--patients", "5", home=tmp_path)
    assert again.returncode == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1, again.stderr
    assert lines[0].startswith("acuplanner: This database already holds 5 patients")
    assert "Traceback" not in again.stderr
    assert again.stdout == ""
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT count(*) FROM patient").fetchone() == (5,)
