"""Shared pieces of the failure tests: run sizes, demo data, logical dumps.

Run sizes are CI-sized unless ``ACUPLANNER_SOAK=1`` (``make soak``) asks for the
nightly figures of the reliability plan.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, select

from planner.demo import DemoGenerator
from planner.storage.database import Database
from planner.storage.models import Base
from tests.screened import SCREENED

SOAK = os.environ.get("ACUPLANNER_SOAK") == "1"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # tests only


def runs(ci: int, soak: int) -> int:
    """``ci`` in ``make test``, ``soak`` in ``make soak``."""
    return soak if SOAK else ci


def fill_demo(db: Database, patients: int = 30, seed: int = 7) -> None:
    DemoGenerator(db, hasher=FAST_HASHER).generate(patients=patients, seed=seed)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def logical_rows(connection: Connection, tables: list[str] | None = None) -> dict[str, list[str]]:
    """Every row of every AcuPlanner table as JSON text, sorted by primary key."""
    dump: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if tables is not None and table.name not in tables:
            continue
        key = list(table.primary_key.columns)
        rows = connection.execute(select(table).order_by(*key)).mappings()
        dump[table.name] = [
            json.dumps({k: _plain(v) for k, v in row.items()}, sort_keys=True, ensure_ascii=False)
            for row in rows
        ]
    return dump


def logical_hash(engine: Engine) -> str:
    """SHA-256 of the sorted logical dump (the same on SQLite and PostgreSQL)."""
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for name, rows in sorted(logical_rows(connection).items()):
            digest.update(name.encode())
            for row in rows:
                digest.update(row.encode())
    return digest.hexdigest()


ROOT = Path(__file__).resolve().parents[2]


class Zygote:
    """Client of tests/reliability/zygote.py: forks workers cheaply, kills them with -9."""

    def __init__(self, log: Path) -> None:
        self._log = log.open("ab")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=ROOT,
            env=env,
            text=True,
        )

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ask(self, line: str) -> str:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline()
        assert answer, "the zygote died; see its log"
        return answer.strip()

    def run(self, task: str, **arguments: Any) -> int:
        return int(self._ask(f"run {task} {json.dumps(arguments)}").split()[1])

    def wait(self, pid: int) -> int:
        """The worker's exit code, or -9 when it was killed."""
        return int(self._ask(f"wait {pid}").split()[2])

    def kill(self, pid: int) -> int:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        return self.wait(pid)

    def close(self) -> None:
        if self._process.poll() is None:
            with contextlib.suppress(BrokenPipeError, OSError):
                assert self._process.stdin is not None
                self._process.stdin.write("quit\n")
                self._process.stdin.close()
            self._process.wait(timeout=30)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._log.close()


def sqlite_health(path: Path) -> tuple[str, list[Any]]:
    """``integrity_check`` and ``foreign_key_check`` as a fresh process would see them."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    return integrity, foreign


SESSION_DAY = dt.date(2026, 11, 2)


def session_being_recorded(db: Database, actor: Any) -> tuple[int, int, int]:
    """A patient with an intake and consents, a planned course and session 1 opened as a
    draft through the services: (patient id, course id, session id)."""
    from planner.domain.intake import IntakeDraft
    from planner.domain.plans import Plan, PointChoice
    from planner.domain.vocab import ConsentScope, PointSide, Technique
    from planner.services.courses import CourseService
    from planner.services.intake import IntakeService
    from planner.services.plans import PlanService
    from planner.services.sessions import SessionService
    from tests.helpers.factories import add_patient

    def today() -> dt.date:
        return SESSION_DAY

    patient = add_patient(db)
    intakes = IntakeService(db, actor, today=today)
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=today(),
            complaint="Low back ache",
            nrs_now=6,
            red_flags=SCREENED,
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, today())
    courses = CourseService(db, actor, today=today)
    course = courses.start(patient, courses.new_course(patient)).id
    plan = Plan(
        techniques=frozenset({Technique.LOCAL_NEEDLING}),
        points=(PointChoice("BL23", PointSide.BILATERAL), PointChoice("GV3", PointSide.MIDLINE)),
    )
    plans = PlanService(db, actor, today=today)
    plans.save(course, plan, plans.plan(course).course_version)
    session = SessionService(db, actor, today=today).open_today(course).id
    return patient, course, session
