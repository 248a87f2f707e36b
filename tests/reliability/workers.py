"""What the forked workers of the failure tests do (see zygote.py).

A saved session is self-checking: its notes carry the number of points it was saved
with and a hash over its points, so a row written in part is found by content
(reliability plan D1, "0 partial records"). Each save also writes its audit row in the
same transaction (A2), and only after COMMIT returns is its client id appended to the
acknowledgement file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.errors import PlannerError
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.audit import AuditAction, AuditTrail
from planner.storage.backup import copy_sqlite
from planner.storage.database import connect
from planner.storage.engine import read_engine
from planner.storage.migrations import upgrade_to_head
from planner.storage.models import SessionPoint, TreatmentSession
from tests.reliability.document_workers import export_documents  # noqa: F401 - P3

CODES = ("BL23", "BL25", "GV3", "BL40", "GB30", "KI3", "SP6", "LR3")


def content_hash(client_uuid: str, codes: list[str]) -> str:
    return hashlib.sha256(f"{client_uuid}|{'|'.join(codes)}".encode()).hexdigest()[:16]


def add_session(session: Session, course_id: int, patient_id: int, rng: random.Random) -> str:
    """One self-checking session row with 1–4 points and its audit row."""
    client_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    codes = [rng.choice(CODES) for _ in range(rng.randint(1, 4))]
    number = (
        session.scalar(
            select(func.max(TreatmentSession.number)).where(TreatmentSession.course_id == course_id)
        )
        or 0
    ) + 1
    record = TreatmentSession(
        course_id=course_id,
        patient_id=patient_id,
        number=number,
        status="draft",
        client_uuid=client_uuid,
        session_date=dt.date(2026, 11, 2),
        notes=f"{len(codes)}:{content_hash(client_uuid, codes)}" + "x" * rng.randint(0, 4000),
        points=[SessionPoint(point_code=code, side="B", needles=2) for code in codes],
    )
    session.add(record)
    session.flush()
    AuditTrail().record(
        session,
        Actor(None, "worker", frozenset({Role.PRACTITIONER}), "", "test"),
        AuditAction.CREATE,
        patient_id=patient_id,
        object_type="session",
        object_id=record.id,
        detail={"client_uuid": client_uuid},
    )
    return client_uuid


def save_sessions(
    database: str, acks: str, course_id: int, patient_id: int, count: int, seed: int
) -> None:
    """D1: save sessions one by one, appending each client id after its commit."""
    db = connect(database)
    rng = random.Random(seed)
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.write(fd, b"ready\n")
    for _ in range(count):
        with db.write() as session:
            client_uuid = add_session(session, course_id, patient_id, rng)
        os.write(fd, f"{client_uuid}\n".encode())  # acknowledged: the commit has returned


def contend(
    database: str,
    result: str,
    course_id: int,
    patient_id: int,
    count: int,
    seed: int,
    start_at: float,
    deferred: bool = False,
) -> None:
    """D6: save ``count`` sessions as fast as possible alongside another process.

    ``deferred`` is the control run: the same read-then-write transactions begun
    DEFERRED, which SQLite cannot serialise without "database is locked".
    """
    db = connect(database)
    engine = read_engine(db.engine) if deferred else db.engine
    rng = random.Random(seed)
    saved, locked, other = 0, 0, []
    while time.time() < start_at:
        time.sleep(0.001)
    for _ in range(count):
        try:
            if deferred:
                with Session(engine) as session, session.begin():
                    add_session(session, course_id, patient_id, rng)
            else:
                with db.write() as session:
                    add_session(session, course_id, patient_id, rng)
            saved += 1
        except PlannerError as error:
            locked += "busy" in error.message
            other += [] if "busy" in error.message else [error.message]
        except Exception as error:  # the control run meets the raw error
            if "locked" in str(error):
                locked += 1
            else:
                other.append(str(error)[:200])
    Path(result).write_text(json.dumps({"saved": saved, "locked": locked, "other": other}))


def migrate(database: str, started: str) -> None:
    """M3: bring a database to head (backing it up first), as the app does at start."""
    db = connect(database)
    Path(started).write_text("started")
    upgrade_to_head(db.engine)


def back_up(database: str, target: str) -> None:
    """B2: one backup, to be killed part-way."""
    copy_sqlite(Path(database), Path(target))


def pragmas(database: str, result: str) -> None:
    """D4: the settings of every pooled connection of a fresh process."""
    db = connect(database)
    found = []
    connections = [db.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            found.append(
                [
                    raw.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
                ]
            )
    finally:
        for connection in connections:
            connection.close()
    Path(result).write_text(json.dumps(found))
