"""B1: a backup taken while another workstation saves restores to exactly its snapshot.
B2: a backup killed part-way never leaves a file under the final name.

B1 pass: the restored database's sorted logical dump has the same SHA-256 as the backup,
and equals the source at the moment of the snapshot (the writer only adds rows, so the
snapshot is every row up to the highest id the backup holds): 0 differing rows. CI: a
few seconds of writing; soak: 60 s. B2 pass: after every kill the final name is absent
or a complete, checked backup. CI: 10 kills; soak: 50.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from planner.storage.backup import back_up, verify_sqlite
from planner.storage.database import Database, open_database
from planner.storage.restore import restore
from tests.helpers.factories import add_course_with_session, add_patient
from tests.reliability.helpers import (
    Zygote,
    fill_demo,
    logical_hash,
    logical_rows,
    runs,
)
from tests.reliability.workers import add_session

pytestmark = pytest.mark.both_engines  # backup and restore differ per engine

WRITING_S = runs(2, 60)
KILLS = runs(10, 50)


def _writer(db: Database, stop: threading.Event, saved: list[str]) -> Callable[[], None]:
    patient = add_patient(db)
    course, _ = add_course_with_session(db, patient)
    rng = random.Random(5)

    def write() -> None:
        while not stop.is_set():
            with db.write() as session:
                saved.append(add_session(session, course, patient, rng))

    return write


def _snapshot_of(source: Engine, copy: Engine) -> int:
    """Rows that differ between the copy and the source cut at the copy's highest ids."""
    with source.connect() as s, copy.connect() as c:
        now, then = logical_rows(s), logical_rows(c)
    differing = 0
    for table, rows in then.items():
        cut = len(rows)  # insert-only writer: the snapshot is a prefix in key order
        differing += sum(a != b for a, b in zip(rows, now[table][:cut], strict=False))
        differing += abs(len(now[table][:cut]) - cut)
    return differing


def test_backup_under_load_restores_to_its_exact_snapshot(
    db: Database, db_url: str, tmp_path: Path, request
) -> None:
    fill_demo(db, patients=40)
    stop, saved = threading.Event(), []
    thread = threading.Thread(target=_writer(db, stop, saved))
    thread.start()
    try:
        time.sleep(WRITING_S / 2)
        made = back_up(db.url, tmp_path / "under-load.backup")
        time.sleep(WRITING_S / 2)
    finally:
        stop.set()
        thread.join()
    assert len(saved) > 10, "the writer hardly wrote"
    if db.backend == "sqlite":
        copy_engine = create_engine(f"sqlite:///{made.path}")  # as it is: no pragmas set
        target_url = str(tmp_path / "restored.sqlite3")
    else:
        server = request.getfixturevalue("pg_server")
        name = server.create_database()
        request.addfinalizer(lambda: server.drop_database(name))
        target_url = server.url(name)
        copy_engine = None
    target, _ = open_database(target_url)
    try:
        restore(made.path, target.url, tmp_path / "kept")
        target.engine.dispose()
        restored_hash = logical_hash(target.engine)
        assert _snapshot_of(db.engine, target.engine) == 0
        if copy_engine is not None:
            assert restored_hash == logical_hash(copy_engine)
            copy_engine.dispose()
        assert made.rows["treatment_session"] < len(saved) + 500  # taken mid-way
    finally:
        target.dispose()
    print(f"\nB1 ({db.backend}): {len(saved)} saves while backing up; 0 differing rows")


def test_a_killed_backup_never_leaves_a_file_under_its_final_name(tmp_path: Path) -> None:
    source = tmp_path / "clinic.sqlite3"
    database, _ = open_database(str(source))
    try:
        fill_demo(database, patients=600)
    finally:
        database.dispose()
    rng = random.Random(9)
    complete = 0
    with Zygote(tmp_path / "zygote.log") as zygote:
        timings = []
        for _ in range(3):
            started = time.monotonic()
            target = tmp_path / "timed.sqlite3"
            assert zygote.wait(zygote.run("back_up", database=str(source), target=str(target))) == 0
            timings.append(time.monotonic() - started)
        duration = sorted(timings)[1]
        for run in range(KILLS):
            target = tmp_path / f"backup-{run}.sqlite3"
            pid = zygote.run("back_up", database=str(source), target=str(target))
            time.sleep(rng.uniform(0, duration))
            zygote.kill(pid)
            if target.exists():
                verify_sqlite(target)  # complete and checked, or not there at all
                complete += 1
    assert complete < KILLS, "no kill landed during a backup"
    print(f"\nB2: {KILLS} kills during a {duration:.2f} s backup, {complete} had finished")
