"""The demo clinic: deterministic per seed, refused on a non-empty database, realistic,
clean for ``check``, and usable by the application afterwards.

Tests of what the demo contains (names, dates, points) run on SQLite only: the content
does not depend on the engine, and the determinism test shows both engines store it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from planner.domain.catalog import load_catalog
from planner.domain.text import digits_only
from planner.domain.vocab import Cause, CourseStatus, SessionStatus
from planner.services.demo import (
    REFERENCE_DATE,
    DemoGenerator,
    DemoRefused,
    DemoSummary,
    TerminalProgress,
)
from planner.storage.checks import check_database
from planner.storage.database import Database, open_database
from planner.storage.models import (
    Base,
    Clinic,
    Course,
    Intake,
    Patient,
    SessionPoint,
    TreatmentSession,
    User,
)
from planner.storage.models.patients import patient_search_name
from tests.pg_server import PgServer

PATIENTS = 40

Dump = dict[str, list[tuple[Any, ...]]]


def dump(db: Database) -> Dump:
    """Every row of every table, in key order: equal dumps mean equal databases."""
    tables: Dump = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in session.execute(query)]
    return tables


def wipe(db: Database) -> None:
    with db.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


def generate(db: Database, patients: int = PATIENTS, seed: int = 1) -> DemoSummary:
    return DemoGenerator(db).generate(patients=patients, seed=seed, progress=None)


@pytest.fixture
def other_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A second fresh database on the engine ``db`` is on."""
    server: PgServer | None = None
    name = ""
    if backend == "sqlite":
        url = str(tmp_path / "other.sqlite3")
    else:
        server = request.getfixturevalue("pg_server")
        name = server.create_database()
        url = server.url(name)
    database, _ = open_database(url)
    try:
        yield database
    finally:
        database.dispose()
        if server is not None:
            server.drop_database(name)


def test_same_seed_same_database_other_seed_other_database(
    db: Database, other_db: Database
) -> None:
    generate(db, seed=5)
    generate(other_db, seed=5)
    first = dump(db)
    assert dump(other_db) == first  # every table and column, timestamps included
    wipe(other_db)
    generate(other_db, seed=6)
    other = dump(other_db)
    assert other["patient"] != first["patient"]
    assert other["treatment_session"] != first["treatment_session"]


def test_fast_inserts_write_what_plain_core_writes(db: Database, other_db: Database) -> None:
    """The bulk writer (COPY on PostgreSQL, executemany on SQLite) against plain Core."""
    generate(db, seed=3)
    DemoGenerator(other_db, lean=False).generate(patients=PATIENTS, seed=3)
    assert dump(db) == dump(other_db)


def test_refuses_a_database_that_holds_patients_and_changes_nothing(db: Database) -> None:
    generate(db, patients=3)
    before = dump(db)
    with pytest.raises(DemoRefused) as refused:
        generate(db, patients=10, seed=2)
    message = str(refused.value)
    assert "already holds 3 patients" in message
    assert "only into an empty database" in message
    assert dump(db) == before


def test_summary_counts_what_was_written(db: Database) -> None:
    summary = generate(db)
    with db.read() as session:
        assert summary.patients == session.scalar(select(func.count()).select_from(Patient))
        assert summary.courses == session.scalar(select(func.count()).select_from(Course))
        sessions = session.scalar(select(func.count()).select_from(TreatmentSession))
        points = session.scalar(select(func.count()).select_from(SessionPoint))
    assert (summary.sessions, summary.points) == (sessions, points)
    assert 6 * PATIENTS <= summary.sessions <= 14 * PATIENTS  # about ten per patient
    text = str(summary)
    assert f"{PATIENTS} patients" in text
    assert f"{summary.sessions:,} sessions" in text
    assert " s." in text


def test_one_demo_clinic_row_and_no_users(db: Database) -> None:
    generate(db)
    with db.read() as session:
        clinics = session.scalars(select(Clinic)).all()
        users = session.scalar(select(func.count()).select_from(User))
    assert len(clinics) == 1
    clinic = clinics[0]
    assert clinic.is_demo
    assert "DEMO" in clinic.name
    assert clinic.next_chart_number == PATIENTS + 1
    assert users == 0


def test_a_clinic_set_up_without_patients_becomes_the_demo_clinic(sqlite_db: Database) -> None:
    with sqlite_db.write() as session:
        session.add(Clinic(name="Set up but unused", next_chart_number=1))
    generate(sqlite_db, patients=3)
    with sqlite_db.read() as session:
        clinics = session.scalars(select(Clinic)).all()
    assert [(c.name, c.is_demo, c.next_chart_number, c.version) for c in clinics] == [
        ("Riverside Back Pain Clinic (DEMO)", True, 4, 2)
    ]


def test_every_course_status_and_every_cause_appear(db: Database) -> None:
    generate(db)
    with db.read() as session:
        statuses = set(session.scalars(select(Course.status).distinct()))
        causes = set(session.scalars(select(Intake.cause).distinct()))
    assert statuses == {str(status) for status in CourseStatus}
    assert {str(cause) for cause in Cause} <= causes


def _has_accent(text: str) -> bool:
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(ch) for ch in decomposed) or any(ch in text for ch in "ŁłØøĐđ")


def test_names_from_many_scripts_and_spellings(sqlite_db: Database) -> None:
    db = sqlite_db
    generate(db)
    with db.read() as session:
        names = [
            f"{given} {family}"
            for given, family in session.execute(select(Patient.given_name, Patient.family_name))
        ]
    joined = " | ".join(names)
    assert re.search(r"[\u4e00-\u9fff]", joined), "Chinese"
    assert re.search(r"[\u0600-\u06ff]", joined), "Arabic"
    assert re.search(r"[\u0400-\u04ff]", joined), "Cyrillic"
    assert "'" in joined
    assert any("-" in name for name in names)
    assert any(_has_accent(name) for name in names)


def test_patients_are_plausible_and_searchable(db: Database) -> None:
    generate(db)
    with db.read() as session:
        patients = session.scalars(select(Patient).order_by(Patient.id)).all()
    assert [patient.chart_number for patient in patients] == list(range(1, PATIENTS + 1))
    for patient in patients:
        age = (REFERENCE_DATE - patient.date_of_birth).days / 365.25
        assert 18 <= age < 91
        assert patient.search_name == patient_search_name(
            patient.family_name, patient.given_name, patient.preferred_name
        )
        assert patient.phone_digits == digits_only(patient.phone)
        assert patient.version == 1
        assert patient.created_at.tzinfo is not None
        assert patient.created_at.date() <= REFERENCE_DATE


def test_sessions_follow_their_courses(sqlite_db: Database) -> None:
    db = sqlite_db
    generate(db, patients=60)
    with db.read() as session:
        courses = {course.id: course for course in session.scalars(select(Course))}
        sessions = session.scalars(
            select(TreatmentSession).order_by(TreatmentSession.course_id, TreatmentSession.number)
        ).all()
        uuids = session.scalar(select(func.count(TreatmentSession.client_uuid.distinct())))
    assert uuids == len(sessions)
    numbers: dict[int, list[int]] = {}
    for item in sessions:
        course = courses[item.course_id]
        numbers.setdefault(course.id, []).append(item.number)
        assert course.start_date <= item.session_date
        assert course.end_date is None or item.session_date <= course.end_date
        if item.status == SessionStatus.SIGNED:
            assert item.session_date < REFERENCE_DATE
            assert item.signed_at is not None
            assert item.needles_in == item.needles_out > 0
            assert item.pain_before is not None
            assert item.pain_after is not None
            assert 0 <= item.pain_after <= 10
            assert 20 <= (item.retention_minutes or 0) <= 30
        else:
            assert item.status == SessionStatus.SCHEDULED
            assert item.session_date >= REFERENCE_DATE
            assert course.status in (CourseStatus.PLANNED, CourseStatus.ACTIVE, "extended")
    for found in numbers.values():
        assert found == list(range(1, len(found) + 1))
    closed = [c for c in courses.values() if c.status in ("completed", "discharged", "referred")]
    assert all(course.end_date is not None for course in closed)


def test_points_come_from_the_catalog(sqlite_db: Database) -> None:
    db = sqlite_db
    generate(db)
    with db.read() as session:
        codes = set(session.scalars(select(SessionPoint.point_code).distinct()))
        sides = set(session.scalars(select(SessionPoint.side).distinct()))
    assert codes <= load_catalog().codes()
    assert {"BL23", "BL40"} <= codes
    assert sides <= {"L", "R", "B", "M"}


def test_a_fresh_demo_passes_the_checks(db: Database) -> None:
    generate(db)
    assert check_database(db) == []


def test_the_application_can_add_records_after_the_demo(db: Database) -> None:
    """On PostgreSQL the key sequences must have moved past the demo's keys."""
    generate(db, patients=5)
    with db.write() as session:
        patient = Patient(
            chart_number=6,
            given_name="Zoë",
            family_name="Nouvelle",
            date_of_birth=dt.date(1980, 1, 1),
            sex="female",
        )
        session.add(patient)
        session.flush()
        session.add(Intake(patient_id=patient.id, intake_date=REFERENCE_DATE))
        session.flush()
        new_id = patient.id
    assert new_id == 6


# --------------------------------------------------------------------------------------
# Progress on a terminal and elsewhere
# --------------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_bar_on_a_terminal_is_throttled_and_ends_the_line() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    progress = TerminalProgress(stream, width=10, clock=clock)
    progress.update(10, 50)
    progress.update(20, 50)  # too soon after the last redraw: skipped
    clock.now += 0.5
    progress.update(25, 50)
    progress.update(50, 50)  # the end is always drawn
    progress.finish()  # already finished: no second newline
    text = stream.getvalue()
    assert text.count("\r") == 3
    assert "\r[#####     ]  50% 25/50 patients" in text
    assert text.endswith("[##########] 100% 50/50 patients\n")


def test_progress_without_a_terminal_prints_a_few_plain_lines() -> None:
    stream = io.StringIO()
    progress = TerminalProgress(stream)
    for done in range(500, 50_001, 500):
        progress.update(done, 50_000)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines == [
        "demo: 12,500/50,000 patients (25%)",
        "demo: 25,000/50,000 patients (50%)",
        "demo: 37,500/50,000 patients (75%)",
        "demo: 50,000/50,000 patients (100%)",
    ]
    assert "\r" not in stream.getvalue()


def test_an_interrupted_bar_still_ends_its_line() -> None:
    stream = FakeTerminal()
    progress = TerminalProgress(stream, clock=FakeClock())
    progress.update(1, 3)
    progress.finish()
    assert stream.getvalue().endswith("\n")


def test_generator_reports_progress_batch_by_batch(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("planner.services.demo.generator.BATCH_PATIENTS", 10)
    seen: list[tuple[int, int]] = []

    class Recorder:
        finished = 0

        def update(self, done: int, total: int) -> None:
            seen.append((done, total))

        def finish(self) -> None:
            Recorder.finished += 1

    DemoGenerator(sqlite_db).generate(patients=25, seed=1, progress=Recorder())
    assert seen == [(10, 25), (20, 25), (25, 25)]
    assert Recorder.finished == 1
