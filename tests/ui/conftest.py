"""UI test set-up: offscreen Qt, a small real SQLite database with patients, user accounts
(hashed cheaply: production parameters are tested with the accounts service), and a
prompt service that records messages instead of opening modal dialogs."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget

from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.actor import Actor, command_line_actor
from planner.services.audit import AuditTrail
from planner.storage.database import Database, open_database
from planner.storage.models import Clinic, Course, Patient, TreatmentSession
from planner.ui.prompts import Prompts
from tests.db_template import migrated_sqlite
from tests.helpers.factories import chose_own_password

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery"

PATIENTS = (
    # chart, given, family, preferred, born, sex, phone
    (1, "Zoë", "O'Brien-Smith", "Zo", dt.date(1980, 2, 29), "female", "+44 (0)7700 900123"),
    (2, "伟", "王", "", dt.date(1975, 6, 1), "male", "+86 138 0013 8000"),
    (3, "محمد", "العلي", "", dt.date(1990, 12, 31), "male", "+971 50 123 4567"),
    (4, "Liam", "Chen", "", dt.date(2001, 1, 15), "male", "07700 900456"),
    (5, "Amelia", "Chen", "Millie", dt.date(1955, 7, 4), "female", "07700 900789"),
)


def add_clinic(db: Database, *, name: str = "Riverside Acupuncture", is_demo: bool) -> None:
    with db.write() as session:
        session.add(Clinic(name=name, is_demo=is_demo, next_chart_number=len(PATIENTS) + 1))


def add_patients(db: Database) -> dict[str, int]:
    """The patients above, and one course with two sessions for Zoë; ids by given name."""
    ids: dict[str, int] = {}
    with db.write() as session:
        for chart, given, family, preferred, born, sex, phone in PATIENTS:
            patient = Patient(
                chart_number=chart,
                given_name=given,
                family_name=family,
                preferred_name=preferred,
                date_of_birth=born,
                sex=sex,
                phone=phone,
                email=f"patient{chart}@example.org",
            )
            session.add(patient)
            session.flush()
            ids[given] = patient.id
        course = Course(
            patient_id=ids["Zoë"],
            status="active",
            planned_sessions=6,
            start_date=dt.date(2025, 3, 3),
        )
        session.add(course)
        session.flush()
        for number, (before, after) in enumerate(((7, 5), (5, 3)), start=1):
            session.add(
                TreatmentSession(
                    course_id=course.id,
                    patient_id=ids["Zoë"],
                    number=number,
                    status="signed",
                    client_uuid=f"00000000-0000-0000-0000-00000000000{number}",
                    session_date=dt.date(2025, 3, 3) + dt.timedelta(days=7 * number),
                    pain_before=before,
                    pain_after=after,
                )
            )
    return ids


@pytest.fixture
def ui_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite file with no rows yet (a copy of the run's template)."""
    database, _ = open_database(str(migrated_sqlite(tmp_path / "t.sqlite3")))
    try:
        yield database
    finally:
        database.dispose()


def add_user(
    accounts: AccountService,
    username: str,
    *roles: Role,
    full_name: str = "",
    password: str = PASSWORD,
) -> Actor:
    """Create an account (as clinic IT would) and sign it in."""
    accounts.add_user(command_line_actor(), username, password, roles, Profile(full_name=full_name))
    chose_own_password(accounts._db, username)  # no "Choose a new password" first
    return accounts.sign_in(username, password)


@pytest.fixture
def accounts(ui_db: Database) -> AccountService:
    return AccountService(ui_db, AuditTrail(), hasher=FAST_HASHER, workstation="room-1")


class FakeClock:
    """A monotonic clock that moves only when told (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingPrompts(Prompts):
    """Records messages instead of opening modal dialogs; answers questions with ``answer``."""

    def __init__(self, answer: bool = True) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def about(self, parent: QWidget | None, title: str, rich_text: str) -> None:
        self.shown.append(("about", title, rich_text))

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()
