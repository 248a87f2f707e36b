"""The demo clinic: deterministic per seed and "today", refused on a non-empty database,
realistic, laid out around its today, clean for ``check``, usable by the application
afterwards, and signed into with the demo accounts' password.

Tests of what the demo contains (names, dates, points) run on SQLite only: the content
does not depend on the engine, and the determinism test shows both engines store it.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.demo import (
    DEMO_PASSWORD,
    REFERENCE_DATE,
    DemoGenerator,
    DemoRefused,
    DemoSummary,
    TerminalProgress,
)
from planner.demo.factory import DemoFactory
from planner.demo.staff import STAFF
from planner.domain.catalog import load_catalog
from planner.domain.errors import ValidationError
from planner.domain.text import digits_only
from planner.domain.vocab import (
    AppointmentKind,
    AppointmentState,
    Cause,
    CourseStatus,
    PaymentMethod,
    Role,
    SessionStatus,
)
from planner.services.accounts import AccountService, Profile, SignInFailed
from planner.services.actor import Actor
from planner.services.appointments import AppointmentService
from planner.services.audit import AuditTrail
from planner.services.patients import PatientDirectory, at_a_glance
from planner.storage.checks import check_database
from planner.storage.database import Database, open_database
from planner.storage.models import (
    Appointment,
    AuditEvent,
    Base,
    Clinic,
    Consent,
    Course,
    CourseReview,
    Intake,
    Patient,
    SessionPayment,
    SessionPoint,
    TreatmentSession,
    User,
)
from planner.storage.models.appointments import LIVE_STATES
from planner.storage.models.patients import patient_search_name
from tests.db_template import migrated_sqlite
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.pg_server import PgServer

pytestmark = pytest.mark.both_engines  # bulk loading: COPY on PostgreSQL

PATIENTS = 40
TODAY = dt.date(2026, 11, 24)  # the demo's today in these tests: a Tuesday, 21 weeks after
# REFERENCE_DATE (the book keeps to weekdays, so a clinic moves in time by whole weeks)

Dump = dict[str, list[tuple[Any, ...]]]


# The audit rows for the demo accounts record the real time they were made (and hash it).
WHEN_IT_HAPPENED = {"occurred_at", "prev_hash", "row_hash"}


def dump(db: Database) -> Dump:
    """Every row of every table, in key order: equal dumps mean equal databases.

    Audit rows are compared without their time and hashes, which record when the demo
    was made rather than what it holds.
    """
    tables: Dump = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [
                column
                for column in table.columns
                if table.name != "audit_event" or column.name not in WHEN_IT_HAPPENED
                if column.name != "db_login"  # PostgreSQL: names the database
            ]
            query = select(*columns).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in session.execute(query)]
    return tables


def generate(
    db: Database, patients: int = PATIENTS, seed: int = 1, today: dt.date = TODAY
) -> DemoSummary:
    return DemoGenerator(db, today=today).generate(patients=patients, seed=seed, progress=None)


NewDatabase = Callable[[], Database]


@pytest.fixture
def new_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[NewDatabase]:
    """Makes further fresh (migrated) databases on the engine ``db`` is on."""
    made: list[tuple[Database, str]] = []
    server: PgServer | None = None
    if backend != "sqlite":
        server = request.getfixturevalue("pg_server")

    def make() -> Database:
        if server is None:
            name, url = "", str(migrated_sqlite(tmp_path / f"other-{len(made)}.sqlite3"))
        else:
            name = server.create_migrated_database()
            url = server.url(name)
        database, _ = open_database(url)
        made.append((database, name))
        return database

    try:
        yield make
    finally:
        for database, name in made:
            database.dispose()
            if server is not None:
                server.drop_database(name)


@pytest.fixture
def other_db(new_db: NewDatabase) -> Database:
    """A second fresh database on the engine ``db`` is on."""
    return new_db()


def test_same_seed_same_database_other_seed_other_database(
    db: Database, new_db: NewDatabase
) -> None:
    generate(db, seed=5, today=TODAY)
    same, other = new_db(), new_db()
    generate(same, seed=5, today=TODAY)
    first = dump(db)
    assert dump(same) == first  # every table and column, timestamps included
    generate(other, seed=6, today=TODAY)
    second = dump(other)
    assert second["patient"] != first["patient"]
    assert second["treatment_session"] != first["treatment_session"]


def _shifted(value: Any, days: dt.timedelta) -> Any:
    return value + days if isinstance(value, dt.date) else value  # datetimes too


def test_another_today_moves_the_same_clinic_in_time(db: Database, new_db: NewDatabase) -> None:
    """Every date and time moves with the demo's today; nothing else changes. Without a
    today the generator uses the fixed REFERENCE_DATE."""
    DemoGenerator(db).generate(patients=PATIENTS, seed=4)
    reference, later = new_db(), new_db()
    generate(reference, seed=4, today=REFERENCE_DATE)
    first = dump(db)
    assert dump(reference) == first
    generate(later, seed=4, today=TODAY)
    moved = dump(later)
    days = TODAY - REFERENCE_DATE
    assert moved["treatment_session"] != first["treatment_session"]
    for name, rows in first.items():
        expected = [tuple(_shifted(value, days) for value in row) for row in rows]
        assert moved[name] == expected, name


def test_fast_inserts_write_what_plain_core_writes(db: Database, other_db: Database) -> None:
    """The bulk writer (COPY on PostgreSQL, executemany on SQLite) against plain Core."""
    generate(db, seed=3)
    DemoGenerator(other_db, today=TODAY, lean=False).generate(patients=PATIENTS, seed=3)
    assert dump(db) == dump(other_db)


def test_demo_rows_fill_every_column_so_bulk_inserts_stay_fast() -> None:
    """A column added to the schema needs a demo value: a row without a column that has
    a default makes the bulk writer fall back to Core's slow inserts (and leaves the
    demo without that data)."""
    batch = DemoFactory(random.Random(3), STAFF, TODAY).batch(1, 120)
    gaps = {}
    for name, rows in batch.tables.items():
        assert rows, f"no {name} rows in 120 demo patients"
        columns = set(Base.metadata.tables[name].columns.keys())
        for row in rows:
            if columns - set(row):
                gaps[name] = sorted(columns - set(row))
    assert gaps == {}


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


def test_one_demo_clinic_row_marked_demo(db: Database) -> None:
    generate(db)
    with db.read() as session:
        clinics = session.scalars(select(Clinic)).all()
        admin = session.scalars(select(User).where(User.username == "admin")).one()
    assert len(clinics) == 1
    clinic = clinics[0]
    assert clinic.is_demo
    assert "DEMO" in clinic.name
    assert clinic.next_chart_number == PATIENTS + 1
    assert clinic.updated_by_id == admin.id


def test_a_demo_made_on_a_weekend_opens_that_day_so_its_full_day_is_not_greyed(
    db: Database, new_db: NewDatabase
) -> None:
    generate(db, patients=8)  # a Tuesday: Monday to Friday
    saturday = TODAY + dt.timedelta(days=4)
    weekend = new_db()
    generate(weekend, patients=8, today=saturday)
    for database, days in ((db, "12345"), (weekend, "123456")):
        with database.read() as session:
            assert session.scalars(select(Clinic.open_weekdays)).one() == days
    reception = Actor(STAFF.reception, "reception", frozenset({Role.RECEPTION}), "", "desk")
    book = AppointmentService(weekend, reception, today=lambda: saturday)
    (day,) = book.days(saturday)
    assert day.is_open and day.appointments  # today's full day, in an open day


# --------------------------------------------------------------------------------------
# The demo accounts
# --------------------------------------------------------------------------------------


def accounts_of(db: Database) -> AccountService:
    return AccountService(db, AuditTrail(), workstation="demo-test")


def test_the_three_demo_accounts_sign_in_with_the_default_password(db: Database) -> None:
    summary = generate(db)
    assert summary.accounts == ("practitioner", "reception", "admin")
    accounts = accounts_of(db)
    roles = {name: accounts.sign_in(name, DEMO_PASSWORD).roles for name in summary.accounts}
    assert roles == {
        "practitioner": {Role.PRACTITIONER},
        "reception": {Role.RECEPTION},
        "admin": {Role.ADMIN},
    }
    for name in summary.accounts:
        with pytest.raises(SignInFailed):
            accounts.sign_in(name, "not-the-demo-password")
    practitioner = accounts.sign_in("practitioner", DEMO_PASSWORD)
    profile = accounts.profile_of(practitioner.user_id or 0)
    assert profile.full_name and profile.credentials == "L.Ac., MSc Acupuncture"
    assert profile.registration_number and profile.acupuncture_style == "tcm"
    assert profile.years_of_practice == 12
    with db.read() as session:
        hashes = set(session.scalars(select(User.password_hash)))
        made = session.execute(
            select(AuditEvent.user_id, AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.action == "user_admin")
            .order_by(AuditEvent.id)
        ).all()
    assert all(h.startswith("$argon2id$") and DEMO_PASSWORD not in h for h in hashes)
    made = [row for row in made if "database_login" not in row[2]]  # PostgreSQL's own rows
    assert [(user, detail["change"]) for user, _, detail in made] == [(None, "demo_account")] * 3


def test_the_demo_practitioner_took_intakes_planned_courses_and_signed_sessions(
    db: Database,
) -> None:
    generate(db)
    with db.read() as session:
        ids = {row[0]: row[1] for row in session.execute(select(User.username, User.id))}
        practitioner, reception = ids["practitioner"], ids["reception"]

        def distinct(*columns: Any) -> set[tuple[Any, ...]]:
            return {tuple(row) for row in session.execute(select(*columns).distinct())}

        assert distinct(Intake.practitioner_id, Intake.updated_by_id) == {
            (practitioner, practitioner)
        }
        assert distinct(Course.practitioner_id, Course.updated_by_id) == {
            (practitioner, practitioner)
        }
        assert distinct(CourseReview.decided_by_id) == {(practitioner,)}
        assert distinct(Consent.taken_by_id) == {(practitioner,)}
        assert distinct(Patient.updated_by_id) == {(reception,)}
        assert distinct(
            TreatmentSession.status,
            TreatmentSession.practitioner_id,
            TreatmentSession.signed_by_id,
            TreatmentSession.updated_by_id,
        ) == {
            ("signed", practitioner, practitioner, practitioner),
            ("scheduled", practitioner, None, reception),
        }


def test_another_password_for_the_demo_accounts(sqlite_db: Database) -> None:
    DemoGenerator(sqlite_db).generate(patients=3, seed=1, password="a quieter one 7")
    accounts = accounts_of(sqlite_db)
    assert accounts.sign_in("reception", "a quieter one 7").username == "reception"
    with pytest.raises(SignInFailed):
        accounts.sign_in("admin", DEMO_PASSWORD)


@pytest.mark.parametrize("password", ["short-9", "admin", "aaaaaaaaaaaa", " spaced out 1 "])
def test_a_password_the_policy_refuses_changes_nothing(sqlite_db: Database, password: str) -> None:
    before = dump(sqlite_db)
    with pytest.raises(ValidationError) as refused:
        DemoGenerator(sqlite_db).generate(patients=3, seed=1, password=password)
    assert refused.value.field == "password"
    assert refused.value.message.startswith("Password: ")
    assert dump(sqlite_db) == before


def test_refuses_a_database_that_has_accounts_and_changes_nothing(db: Database) -> None:
    AccountService(db, AuditTrail()).create_first_account(
        "A real clinic", "ada", "correct horse battery", Profile()
    )
    before = dump(db)
    with pytest.raises(DemoRefused, match="already has 1 user account"):
        generate(db, patients=3)
    assert dump(db) == before


def test_cli_prints_the_accounts_and_their_password(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    default = run_cli("--database", str(path), "demo", "--patients", "4", home=tmp_path)
    assert default.returncode == 0, default.stderr
    assert default.stdout.splitlines()[-1] == (
        "Demo accounts: practitioner, reception, admin (password: demo-password-1)"
    )
    other = tmp_path / "other.sqlite3"
    chosen = run_cli(
        "--database",
        str(other),
        "demo",
        "--patients",
        "4",
        "--password",
        "Our-Demo-2026",
        home=tmp_path,
    )
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.splitlines()[-1].endswith("(password: Our-Demo-2026)")
    database, _ = open_database(str(other))
    try:
        assert accounts_of(database).sign_in("practitioner", "Our-Demo-2026").is_clinical
    finally:
        database.dispose()


def test_cli_lays_the_demo_out_around_the_real_date_or_the_given_one(tmp_path: Path) -> None:
    before = dt.date.today()
    now = tmp_path / "now.sqlite3"
    default = run_cli("--database", str(now), "demo", "--patients", "8", home=tmp_path)
    dates = {before, dt.date.today()}  # the test may run over midnight
    assert default.returncode == 0, default.stderr
    dated = default.stdout.splitlines()[-2]
    assert any(dated == f"Demo dated {d}: the same again with --seed 1 --today {d}." for d in dates)
    database, _ = open_database(str(now))
    try:
        with database.read() as session:
            signed = session.scalar(
                select(func.max(TreatmentSession.session_date)).where(
                    TreatmentSession.status == SessionStatus.SIGNED
                )
            )
            scheduled = session.scalar(
                select(func.min(TreatmentSession.session_date)).where(
                    TreatmentSession.status == SessionStatus.SCHEDULED
                )
            )
    finally:
        database.dispose()
    assert signed is not None and scheduled is not None
    assert signed <= max(dates) and scheduled >= min(dates)  # signed today: this morning

    runs = []
    for name in ("first.sqlite3", "second.sqlite3"):
        path = tmp_path / name
        result = run_cli(
            "--database",
            str(path),
            "demo",
            "--patients",
            "8",
            "--today",
            "2026-11-22",
            home=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        assert "Demo dated 2026-11-22: the same again with --seed 1 --today 2026-11-22." in (
            result.stdout
        )
        database, _ = open_database(str(path))
        try:
            runs.append(dump(database))
        finally:
            database.dispose()
    assert runs[0] == runs[1]


@pytest.mark.parametrize("value", ["2026-13-01", "22/11/2026", "tomorrow"])
def test_cli_refuses_a_date_that_is_not_one(tmp_path: Path, value: str) -> None:
    path = tmp_path / "demo.sqlite3"
    result = run_cli("--database", str(path), "demo", "--today", value, home=tmp_path)
    assert result.returncode == 2
    assert "--today: expected a date as YYYY-MM-DD" in result.stderr
    assert value in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()


def test_cli_refuses_a_short_password_before_touching_the_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = run_cli("--database", str(path), "demo", "--password", "tiny", home=tmp_path)
    assert_one_line_error(result, "--password", "at least 10 characters")
    assert result.stdout == ""
    assert not path.exists()


def test_cli_help_names_the_default_password(tmp_path: Path) -> None:
    result = run_cli("demo", "--help", home=tmp_path)
    assert result.returncode == 0
    assert DEMO_PASSWORD in " ".join(result.stdout.split())


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
        age = (TODAY - patient.date_of_birth).days / 365.25
        assert 18 <= age < 91
        assert patient.search_name == patient_search_name(
            patient.family_name, patient.given_name, patient.preferred_name
        )
        assert patient.phone_digits == digits_only(patient.phone)
        assert patient.version == 1
        assert patient.created_at.tzinfo is not None
        assert patient.created_at.date() <= TODAY


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
            assert item.session_date <= TODAY  # today: given this morning
            assert item.signed_at is not None
            assert item.needles_in == item.needles_out > 0
            assert item.pain_before is not None
            assert item.pain_after is not None
            assert 0 <= item.pain_after <= 10
            assert 20 <= (item.retention_minutes or 0) <= 30
        else:
            assert item.status == SessionStatus.SCHEDULED
            assert item.session_date >= TODAY
            assert course.status in (CourseStatus.PLANNED, CourseStatus.ACTIVE, "extended")
    for found in numbers.values():
        assert found == list(range(1, len(found) + 1))
    closed = [c for c in courses.values() if c.status in ("completed", "discharged", "referred")]
    assert all(course.end_date is not None for course in closed)


def test_open_courses_show_their_next_session_from_today_on(sqlite_db: Database) -> None:
    """What the overview shows: a running course's last session before the demo's today
    (or this morning) and its next one booked from today on; a planned course's first
    session to come."""
    db = sqlite_db
    generate(db, patients=60)
    practitioner = Actor(1, "practitioner", frozenset({Role.PRACTITIONER}), "", "room-1")
    directory = PatientDirectory(db, practitioner)
    running = planned = 0
    for patient_id in directory.search_ids(include_archived=True):
        overview = directory.overview(patient_id)
        assert overview is not None
        glance = at_a_glance(overview, TODAY)
        course = glance.current_course
        if course is None:
            assert glance.next_session is None
        elif course.status in (CourseStatus.ACTIVE, CourseStatus.EXTENDED):
            running += 1
            assert glance.last_session is not None and glance.next_session is not None
            assert glance.last_session.session_date <= TODAY <= glance.next_session.session_date
            assert glance.last_session.session_date < glance.next_session.session_date
        elif glance.next_session is not None:  # planned, first session booked
            planned += 1
            assert {s.status for s in course.sessions} == {SessionStatus.SCHEDULED}
            assert glance.next_session.session_date > TODAY
            assert glance.next_session.number == 1
    assert running >= 10 and planned >= 1


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
        session.add(Intake(patient_id=patient.id, intake_date=TODAY))
        session.flush()
        new_id = patient.id
    assert new_id == 6


# --------------------------------------------------------------------------------------
# The appointment book and the desk
# --------------------------------------------------------------------------------------


def test_today_is_a_full_day_for_each_practitioner(db: Database) -> None:
    """Seen through the appointment service as reception sees it: from 09:00 to about
    17:00, some done, one in treatment, two waiting, the rest booked, and a new patient's
    first visit with no course."""
    generate(db)
    reception = Actor(STAFF.reception, "reception", frozenset({Role.RECEPTION}), "", "desk")
    book = AppointmentService(db, reception, today=lambda: TODAY)
    practitioners = book.context().practitioners
    assert practitioners
    assert {room.name for room in book.context().rooms} == {"Room 1", "Room 2"}
    for person in practitioners:
        (day,) = book.days(TODAY, practitioner_id=person.id)
        timed = [a for a in day.appointments if a.has_time]
        assert len(timed) >= 12
        assert min(a.starts_at for a in timed if a.starts_at) == dt.datetime.combine(
            TODAY, dt.time(9, 0)
        )
        assert max(a.ends_at for a in timed if a.ends_at) >= dt.datetime.combine(
            TODAY, dt.time(16, 30)
        )
        states = [a.state for a in timed]
        assert states.count(AppointmentState.IN_TREATMENT) == 1
        assert states.count(AppointmentState.CHECKED_IN) == 2
        assert states.count(AppointmentState.DONE) >= 3
        assert states.count(AppointmentState.BOOKED) >= 5
        done = [a.starts_at for a in timed if a.state == AppointmentState.DONE]
        waiting = [a.starts_at for a in timed if a.state != AppointmentState.DONE]
        assert max(t for t in done if t) < min(t for t in waiting if t)
        first = [a for a in timed if a.kind == AppointmentKind.FIRST_VISIT and not a.session_id]
        assert len(first) == 1
    with db.read() as session:
        newcomer = first[0].patient_id
        assert session.scalar(select(func.count()).where(Course.patient_id == newcomer)) == 0


def test_every_session_has_a_time_on_a_weekday_and_none_overlap(db: Database) -> None:
    generate(db)
    with db.read() as session:
        sessions = session.scalar(select(func.count()).select_from(TreatmentSession))
        live = session.execute(
            select(
                Appointment.practitioner_id,
                Appointment.room_id,
                Appointment.starts_at,
                Appointment.ends_at,
                Appointment.session_id,
            ).where(Appointment.state.in_(LIVE_STATES))
        ).all()
        missed = session.execute(
            select(
                Appointment.state,
                Appointment.cancelled_by,
                Appointment.late,
                Appointment.cancel_reason,
            ).where(Appointment.state.not_in(LIVE_STATES))
        ).all()
    assert len({row.session_id for row in live if row.session_id}) == sessions
    assert all(row.starts_at is not None for row in live)
    for row in live:
        assert row.starts_at.isoweekday() <= 5
        assert dt.time(8, 0) <= row.starts_at.time() and row.ends_at.time() <= dt.time(18, 0)
    for who in ("practitioner_id", "room_id"):
        spans: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
        for row in live:
            if getattr(row, who) is not None:
                spans.setdefault(getattr(row, who), []).append((row.starts_at, row.ends_at))
        for booked in spans.values():
            booked.sort()
            for (_, end), (start, _) in itertools.pairwise(booked):
                assert end <= start, who
    assert {row.state for row in missed} == {"cancelled", "no_show"}
    cancelled = [row for row in missed if row.state == "cancelled"]
    assert {row.cancelled_by for row in cancelled} == {"patient"}
    assert {row.late for row in cancelled} == {True, False}
    assert all(row.cancel_reason for row in cancelled)


def test_a_large_demo_has_a_practitioner_per_300_patients(db: Database) -> None:
    """Each with their own patients' appointments, signing in with the demo password."""
    generate(db, patients=301)
    with db.read() as session:
        users = dict(session.execute(select(User.username, User.id)).all())
        booked = dict(
            session.execute(
                select(Appointment.practitioner_id, func.count()).group_by(
                    Appointment.practitioner_id
                )
            ).all()
        )
    assert set(users) == {"practitioner", "practitioner2", "reception", "admin"}
    assert set(booked) == {users["practitioner"], users["practitioner2"]}
    assert accounts_of(db).sign_in("practitioner2", DEMO_PASSWORD).roles == {Role.PRACTITIONER}


def test_payments_of_every_method_a_part_payment_and_one_refund(db: Database) -> None:
    generate(db)
    with db.read() as session:
        payments = session.execute(
            select(
                SessionPayment.amount_cents,
                SessionPayment.method,
                SessionPayment.reason,
                TreatmentSession.fee_cents,
            ).join(TreatmentSession, TreatmentSession.id == SessionPayment.session_id)
        ).all()
        today = session.scalar(select(func.count()).where(SessionPayment.paid_on == TODAY))
    assert {row.method for row in payments} == {str(m) for m in PaymentMethod}
    refunds = [row for row in payments if row.amount_cents < 0]
    assert len(refunds) == 1 and refunds[0].reason
    assert any(0 < row.amount_cents < row.fee_cents for row in payments)
    assert today >= 3  # this morning's sessions: the day's takings are not empty


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
    monkeypatch.setattr("planner.demo.generator.BATCH_PATIENTS", 10)
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
