"""Filling an empty database with the demo clinic, batch by batch.

Each batch of a few hundred patients is one transaction, written with
:class:`~planner.storage.bulk.BulkWriter`, so 50,000 patients with about ten sessions
each take about a minute on SQLite. The first transaction also checks that the database
holds no patients and no accounts, adds the demo accounts (:mod:`.staff`) and marks the
clinic as a demo.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from sqlalchemy import Connection, func, select

from planner.demo.book import ROOMS
from planner.demo.factory import DemoFactory
from planner.demo.progress import Progress
from planner.demo.rows import REFERENCE_DATE, Batch, Row, timestamp
from planner.demo.staff import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    STAFF,
    add_demo_accounts,
    check_demo_password,
    practitioner_count,
)
from planner.domain.errors import PlannerError
from planner.storage.bulk import BulkWriter, advance_sequences
from planner.storage.database import Database
from planner.storage.models import (
    Base,
    Clinic,
    ClinicRoom,
    Course,
    Patient,
    SessionPoint,
    TreatmentSession,
    User,
)

log = logging.getLogger(__name__)

BATCH_PATIENTS = 500
CLINIC_NAME = "Riverside Back Pain Clinic (DEMO)"
CLINIC_ID = 1
FOUNDED_DAYS_AGO = 1200
"""How long before the demo's today the clinic and its accounts were set up."""


class DemoRefused(PlannerError):
    """Demo data goes only into an empty database; nothing was changed."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    courses: int
    sessions: int
    points: int
    seconds: float
    accounts: tuple[str, ...] = ()  # the demo accounts' user names

    def __str__(self) -> str:
        return (
            f"Demo clinic created: {self.patients:,} patients, {self.courses:,} courses, "
            f"{self.sessions:,} sessions, {self.points:,} needled points "
            f"in {self.seconds:.1f} s."
        )


class DemoGenerator:
    """Fills an empty database with a fictional clinic (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        *,
        today: dt.date = REFERENCE_DATE,
        lean: bool = True,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = db
        # The demo's "today": sessions before it are signed, the rest scheduled from it
        # on. The fixed REFERENCE_DATE unless given; the demo command gives the real date.
        self._today = today
        self._lean = lean  # False: plain Core inserts on every backend (for tests)
        self._hasher = hasher  # None: the accounts service's production parameters

    def generate(
        self,
        *,
        patients: int,
        seed: int,
        progress: Progress | None = None,
        password: str = DEMO_PASSWORD,
    ) -> DemoSummary:
        """Fill the empty database; raises :class:`DemoRefused` when it holds patients
        or accounts, and ValidationError (field ``password``) for a password the policy
        refuses, both before anything is written.

        Each batch of patients is one transaction. The first one also checks that the
        database is empty, adds the demo accounts with ``password`` and writes the
        clinic row (marked as a demo), so even an interrupted run leaves a consistent
        database that says it is a demo.
        """
        if patients < 1:
            raise ValueError("patients must be 1 or more")
        check_demo_password(password)
        started = time.monotonic()
        newcomer = patients if patients >= 2 else None  # the last chart: first visit today
        practitioners = practitioner_count(patients)
        factory = DemoFactory(
            random.Random(seed), STAFF, self._today, newcomer, practitioners=practitioners
        )
        founded = timestamp(self._today - dt.timedelta(days=FOUNDED_DAYS_AGO))
        writer = BulkWriter(self._db.engine.dialect, lean=self._lean)
        totals = Totals()
        try:
            for first in range(0, patients, BATCH_PATIENTS):
                batch = factory.batch(first + 1, min(BATCH_PATIENTS, patients - first))
                with self._db.write() as db_session:
                    connection = db_session.connection()
                    if first == 0:
                        _refuse_unless_empty(connection)
                        totals.last_ids[User.__tablename__] = add_demo_accounts(
                            db_session,
                            password,
                            seed=seed,
                            created=founded,
                            hasher=self._hasher,
                            practitioners=practitioners,
                        )
                        if _write_clinic(connection, patients, founded, self._today):
                            totals.last_ids["clinic"] = CLINIC_ID
                        totals.last_ids[ClinicRoom.__tablename__] = _write_rooms(
                            connection, founded
                        )
                    batch.insert(connection, writer)
                    totals.add(batch)
                    advance_sequences(connection, totals.last_ids)
                if progress is not None:
                    progress.update(totals.patients, patients)
        finally:
            if progress is not None:
                progress.finish()
        summary = totals.summary(time.monotonic() - started)
        log.info("demo accounts: %s", ", ".join(summary.accounts))
        log.info(
            "demo clinic created: %d patients, %d courses, %d sessions, %d points in %.1f s",
            summary.patients,
            summary.courses,
            summary.sessions,
            summary.points,
            summary.seconds,
        )
        return summary


@dataclass
class Totals:
    """What has been written so far, and the highest key given out in each table."""

    patients: int = 0
    courses: int = 0
    sessions: int = 0
    points: int = 0
    last_ids: dict[str, int] = field(default_factory=dict)

    def add(self, batch: Batch) -> None:
        self.patients += len(batch.rows(Patient))
        self.courses += len(batch.rows(Course))
        self.sessions += len(batch.rows(TreatmentSession))
        self.points += len(batch.rows(SessionPoint))
        for name, rows in batch.tables.items():
            if rows:
                self.last_ids[name] = rows[-1]["id"]

    def summary(self, seconds: float) -> DemoSummary:
        usernames = tuple(account.username for account in DEMO_ACCOUNTS)
        return DemoSummary(
            self.patients, self.courses, self.sessions, self.points, seconds, usernames
        )


def _refuse_unless_empty(connection: Connection) -> None:
    """DemoRefused when the database holds patients or user accounts.

    Accounts too: demo accounts with a printed password must never join a real clinic's.
    """
    hint = "Point --database at a new, empty database for the demo."
    count = connection.scalar(select(func.count()).select_from(Patient)) or 0
    if count:
        noun = "patient" if count == 1 else "patients"
        raise DemoRefused(
            f"This database already holds {count:,} {noun}; "
            "demo data goes only into an empty database.",
            hint=hint,
        )
    users = connection.scalar(select(func.count()).select_from(User)) or 0
    if users:
        noun = "user account" if users == 1 else "user accounts"
        raise DemoRefused(
            f"This database already has {users:,} {noun}; "
            "demo data and demo accounts go only into an empty database.",
            hint=hint,
        )


def _write_clinic(
    connection: Connection, patients: int, stamp: dt.datetime, today: dt.date
) -> bool:
    """Make the single clinic row the demo clinic, set up at ``stamp``; True when the row
    was added.

    A clinic row without patients (set up but never used) becomes the demo clinic. It is
    open Monday to Friday, and on ``today`` too when that is a weekend day: the demo's
    full day is today's, and a book whose today is closed would show it greyed out.
    """
    table = Base.metadata.tables[Clinic.__tablename__]
    existing = connection.execute(
        select(table.c.id, table.c.tax_number, table.c.registering_body)
        .order_by(table.c.id)
        .limit(1)
    ).first()
    values: Row = {
        "name": CLINIC_NAME,
        "address": "12 Quayside Walk, Riverside RV1 4QA (fictional)",
        "phone": "+44 7700 900000",
        "email": "reception@riverside-clinic.example",
        "currency": "GBP",
        "is_demo": True,
        # Fictional, in the shapes a receipt prints (a UK VAT number; a registering body).
        "tax_number": "GB 000 0000 00",
        "registering_body": "Fictional Acupuncture Council",
        "next_chart_number": patients + 1,
        "open_weekdays": "12345" + (str(today.isoweekday()) if today.isoweekday() > 5 else ""),
        "updated_by_id": STAFF.admin,
        "updated_at": stamp,
    }
    if existing is None:
        row = {**values, "id": CLINIC_ID, "version": 1, "created_at": stamp}
        connection.execute(table.insert(), [row])
        return True
    # A clinic set up before the demo keeps the tax number and registering body it has.
    if existing.tax_number:
        del values["tax_number"]
    if existing.registering_body:
        del values["registering_body"]
    connection.execute(
        table.update()
        .where(table.c.id == existing.id)
        .values(**values, version=table.c.version + 1)
    )
    return False


def _write_rooms(connection: Connection, stamp: dt.datetime) -> int:
    """The two treatment rooms the demo's appointments use; the last key."""
    table = Base.metadata.tables[ClinicRoom.__tablename__]
    rows = [
        {
            "id": room_id,
            "name": name,
            "active": True,
            "version": 1,
            "created_at": stamp,
            "updated_at": stamp,
            "updated_by_id": STAFF.admin,
        }
        for room_id, name in ROOMS
    ]
    connection.execute(table.insert(), rows)
    return ROOMS[-1][0]
