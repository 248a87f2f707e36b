"""D4: every SQLite connection has AcuPlanner's settings. D6: two processes saving at once.

Pass: foreign keys on, WAL, ``synchronous=FULL`` (2) and a busy timeout of at least 5 s
on every connection, in this process and a fresh one; an orphan row is refused. Two
processes saving N sessions each end with 2·N rows and no "database is locked"; the
control run — the same read-then-write saves begun DEFERRED — does meet "locked", which
shows the test can see the failure it guards against. CI: N = 200; soak: 500.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from planner.storage.database import Database, open_database
from planner.storage.engine import read_engine
from planner.storage.models import TreatmentSession
from tests.db_template import migrated_sqlite
from tests.helpers.factories import add_course_with_session, add_patient
from tests.reliability.helpers import Zygote, runs, sqlite_health

SAVES = runs(200, 500)
EXPECTED = [1, "wal", 2]


def _settings(connection) -> list[object]:
    raw = connection.connection.driver_connection
    return [
        raw.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    ]


def test_every_connection_has_the_pragmas(sqlite_db: Database, tmp_path: Path) -> None:
    engines = [sqlite_db.engine, read_engine(sqlite_db.engine)]
    connections = [engine.connect() for engine in engines for _ in range(3)]
    try:
        found = [_settings(c) for c in connections]
    finally:
        for connection in connections:
            connection.close()
    result = tmp_path / "pragmas.json"
    with Zygote(tmp_path / "zygote.log") as zygote:
        assert (
            zygote.wait(
                zygote.run("pragmas", database=str(sqlite_db.url.database), result=str(result))
            )
            == 0
        )
    found += json.loads(result.read_text())
    assert len(found) == 9
    for settings in found:
        assert settings[:3] == EXPECTED and settings[3] >= 5000
    add_patient(sqlite_db)  # an orphan point (no such session) is refused
    with pytest.raises(IntegrityError), sqlite_db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO session_point (session_id, point_code, side, needles, depth, "
                "de_qi_sought) VALUES (999999, 'BL23', 'B', 1, '', 0)"
            )
        )


def _contend(tmp_path: Path, *, deferred: bool, saves: int) -> tuple[list[dict], int]:
    path = tmp_path / ("control.sqlite3" if deferred else "clinic.sqlite3")
    database, _ = open_database(str(migrated_sqlite(path)))
    try:
        patient = add_patient(database)
        course, _ = add_course_with_session(database, patient)
    finally:
        database.dispose()
    results = [tmp_path / f"{path.stem}-{n}.json" for n in (1, 2)]
    start_at = time.time() + 0.3
    with Zygote(tmp_path / "zygote.log") as zygote:
        pids = [
            zygote.run(
                "contend",
                database=str(path),
                result=str(result),
                course_id=course,
                patient_id=patient,
                count=saves,
                seed=n,
                start_at=start_at,
                deferred=deferred,
            )
            for n, result in enumerate(results)
        ]
        assert [zygote.wait(pid) for pid in pids] == [0, 0]
    assert sqlite_health(path) == ("ok", [])
    database, _ = open_database(str(path))
    try:
        with database.read() as session:
            rows = (
                session.query(TreatmentSession).filter(TreatmentSession.notes.like("_:%")).count()
            )
    finally:
        database.dispose()
    return [json.loads(r.read_text()) for r in results], rows


def test_two_processes_saving_at_once_never_meet_a_locked_database(tmp_path: Path) -> None:
    started = time.monotonic()
    results, rows = _contend(tmp_path, deferred=False, saves=SAVES)
    assert [r["locked"] for r in results] == [0, 0]
    assert [r["other"] for r in results] == [[], []]
    assert [r["saved"] for r in results] == [SAVES, SAVES]
    assert rows == 2 * SAVES
    print(f"\nD6: 2 x {SAVES} saves in {time.monotonic() - started:.1f} s, 0 locked")


def test_the_control_run_with_deferred_transactions_does_get_locked(tmp_path: Path) -> None:
    results, rows = _contend(tmp_path, deferred=True, saves=min(SAVES, 150))
    locked = sum(r["locked"] for r in results)
    assert locked > 0, "the control run met no 'database is locked': the test cannot see it"
    assert rows == sum(r["saved"] for r in results)  # what failed left nothing behind
