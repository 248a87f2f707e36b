"""D1: kill -9 a process saving sessions at a random moment, again and again.

Pass: after every kill SQLite's ``integrity_check`` is ok and ``foreign_key_check``
empty; every session whose commit was acknowledged is there; no session is there in
part (its points match the count and hash it was saved with); every session has exactly
its one audit row and no audit row lacks its session (A2). CI: 30 kills; soak: 200.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import time
from pathlib import Path

from planner.storage.database import open_database
from tests.db_template import migrated_sqlite
from tests.helpers.factories import add_course_with_session, add_patient
from tests.reliability.helpers import Zygote, runs, sqlite_health
from tests.reliability.workers import content_hash

KILLS = runs(30, 200)


def _check_contents(path: Path) -> int:
    """Every worker session is whole and audited once; returns how many there are."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        sessions = connection.execute(
            "SELECT id, client_uuid, notes FROM treatment_session WHERE notes LIKE '_:%'"
        ).fetchall()
        points: dict[int, list[str]] = {}
        for session_id, code in connection.execute(
            "SELECT session_id, point_code FROM session_point ORDER BY id"
        ):
            points.setdefault(session_id, []).append(code)
        audited: dict[str, int] = {}
        for (detail,) in connection.execute(
            "SELECT detail FROM audit_event WHERE object_type = 'session' AND action = 'create'"
        ):
            key = json.loads(detail)["client_uuid"]
            audited[key] = audited.get(key, 0) + 1
    for session_id, client_uuid, notes in sessions:
        count, digest = notes.split("x", 1)[0].split(":")
        codes = points.get(session_id, [])
        assert len(codes) == int(count), f"session {session_id} has {len(codes)} of {count} points"
        assert content_hash(client_uuid, codes) == digest, f"session {session_id} differs"
        assert audited.get(client_uuid) == 1, (
            f"session {session_id} audited {audited.get(client_uuid)}x"
        )
    assert len(audited) == len(sessions), "an audit row without its session"
    return len(sessions)


def _wait_until_ready(acks: Path, timeout: float = 30.0) -> None:
    """Until the worker has opened the database (on a busy machine that can take seconds)."""
    deadline = time.monotonic() + timeout
    while not (acks.exists() and acks.read_text().startswith("ready")):
        assert time.monotonic() < deadline, "the saving process never started"
        time.sleep(0.01)


def test_kill_9_while_saving_loses_no_acknowledged_session(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database, _ = open_database(str(migrated_sqlite(path)))
    try:
        patient = add_patient(database)
        course, _ = add_course_with_session(database, patient)
    finally:
        database.dispose()
    rng = random.Random(20261122)
    acknowledged: set[str] = set()
    started = time.monotonic()
    with Zygote(tmp_path / "zygote.log") as zygote:
        for run in range(KILLS):
            acks = tmp_path / f"acks-{run}"
            pid = zygote.run(
                "save_sessions",
                database=str(path),
                acks=str(acks),
                course_id=course,
                patient_id=patient,
                count=1_000_000,
                seed=run,
            )
            _wait_until_ready(acks)  # the kill lands among saves, not in a slow start-up
            time.sleep(rng.uniform(0, 0.5))
            assert zygote.kill(pid) == -9
            if acks.exists():
                acknowledged |= set(acks.read_text().split()) - {"ready"}
            assert sqlite_health(path) == ("ok", []), f"after kill {run + 1}"
            with contextlib.closing(sqlite3.connect(path)) as connection:
                stored = {
                    u for (u,) in connection.execute("SELECT client_uuid FROM treatment_session")
                }
            lost = acknowledged - stored
            assert not lost, f"{len(lost)} acknowledged sessions lost after kill {run + 1}"
    total = _check_contents(path)
    assert acknowledged, "no save was ever acknowledged: the kills came too early"
    print(
        f"\nD1: {KILLS} kills in {time.monotonic() - started:.1f} s; {len(acknowledged)} "
        f"acknowledged saves, {total} stored (at most one unacknowledged per kill); 0 lost"
    )
    assert total - len(acknowledged) <= KILLS
