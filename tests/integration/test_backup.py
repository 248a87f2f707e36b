"""Backups and restore on both engines: checked copies, the backups folder, restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.domain.errors import DatabaseTooNew, EnvironmentProblem
from planner.services.actor import command_line_actor
from planner.services.audit import AuditAction, AuditFilter, AuditTrail
from planner.services.backups import BackupService
from planner.services.guard import AccessDenied
from planner.storage import backup as backup_module
from planner.storage import pg_tools
from planner.storage.backup import back_up, copy_sqlite
from planner.storage.backup_folder import BackupEntry, backup_name, list_backups, to_prune
from planner.storage.database import Database, open_database
from planner.storage.restore import read_summary, restore, restore_sqlite, summarize
from tests.helpers.factories import RECEPTION, add_patient, add_user
from tests.reliability.helpers import fill_demo, logical_hash

pytestmark = pytest.mark.both_engines  # backup and restore differ per engine

NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def clinic_db(db: Database) -> Database:
    fill_demo(db, patients=20)
    return db


def _owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_backup_is_checked_owner_only_and_restores_identically(
    clinic_db: Database, tmp_path: Path, db_url: str
) -> None:
    target = tmp_path / "out" / "copy.bin"
    made = back_up(clinic_db.url, target)
    assert made.path == target and _owner_only(target)
    assert not list(target.parent.glob("*.partial"))
    assert made.rows["patient"] == 20 and made.rows["audit_event"] >= 1
    before = logical_hash(clinic_db.engine)
    with clinic_db.write() as session:  # the live database moves on after the backup
        session.execute(text("UPDATE patient SET phone = '+1 555 0100' WHERE id = 1"))
    assert logical_hash(clinic_db.engine) != before
    summary = summarize(target, clinic_db.url)
    assert (summary.patients, summary.clinic) == (20, "Riverside Back Pain Clinic (DEMO)")
    assert summary.sessions > 0 and summary.newest_session is not None
    result = restore(target, clinic_db.url, tmp_path / "kept")
    clinic_db.engine.dispose()
    assert logical_hash(clinic_db.engine) == before
    if clinic_db.backend == "sqlite":
        assert result.kept is not None and _owner_only(result.kept)
        assert read_summary(result.kept).patients == 20
    else:
        assert result.kept is not None and result.kept.suffix == ".dump"


def test_sqlite_backup_while_another_window_saves(sqlite_db: Database, tmp_path: Path) -> None:
    fill_demo(sqlite_db, patients=20)
    stop = threading.Event()
    saved: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            saved.append(add_patient(sqlite_db, "Wren", f"Writer{len(saved)}"))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [
            copy_sqlite(Path(str(sqlite_db.url.database)), tmp_path / f"{i}.db") for i in range(5)
        ]
    finally:
        stop.set()
        thread.join()
    assert saved, "the writer saved nothing while the backups ran"
    counts = [c.rows["patient"] for c in copies]
    assert counts == sorted(counts) and counts[0] >= 20  # each a consistent snapshot


def test_a_copy_that_does_not_match_is_not_kept(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = backup_module.sqlite_row_counts
    calls = iter(range(1000))

    def counting(connection: sqlite3.Connection) -> dict[str, int]:
        counts = real(connection)
        if next(calls) == 1:  # the copy (second count) loses a row
            counts["patient"] = counts.get("patient", 0) - 1
        return counts

    monkeypatch.setattr(backup_module, "sqlite_row_counts", counting)
    with pytest.raises(EnvironmentProblem, match="does not hold the same rows"):
        copy_sqlite(Path(str(sqlite_db.url.database)), tmp_path / "copy.sqlite3")
    assert list(tmp_path.glob("copy.sqlite3*")) == []


def test_an_unwritable_folder_gives_a_message(sqlite_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(EnvironmentProblem, match="Could not write the backup"):
        copy_sqlite(Path(str(sqlite_db.url.database)), blocker / "copy.sqlite3")


def _entry(days_ago: float, label: str = "daily") -> BackupEntry:
    when = NOW - dt.timedelta(days=days_ago)
    return BackupEntry(Path(backup_name("c", label, when, ".sqlite3")), label, when)


def test_retention_keeps_seven_daily_and_four_weekly() -> None:
    entries = [_entry(d) for d in range(60)] + [_entry(0.5), _entry(40, "pre-migration-0002")]
    removed = {e.path for e in to_prune(entries)}
    kept = sorted(
        (e for e in entries if e.path not in removed and e.label == "daily"),
        key=lambda e: e.taken_at,
        reverse=True,
    )
    days = [(NOW.date() - e.taken_at.date()).days for e in kept]
    assert days[:7] == [0, 1, 2, 3, 4, 5, 6]  # one of each of the last 7 days: the newest
    assert kept[1].taken_at == NOW - dt.timedelta(days=0.5)
    assert len(kept) == 11  # and 4 older weekly ones, each in its own ISO week
    weeks = {e.taken_at.isocalendar()[:2] for e in kept[7:]}
    assert len(weeks) == 4 and all(e.taken_at < kept[6].taken_at for e in kept[7:])
    assert _entry(40, "pre-migration-0002").path not in removed  # never pruned


def test_daily_backups_at_start_up_and_the_status(sqlite_db: Database, tmp_path: Path) -> None:
    clock = [NOW]
    folder = tmp_path / "backups"
    service = BackupService(sqlite_db, folder, clock=lambda: clock[0])
    status = service.status()
    assert status.last is None and status.stale and status.automatic
    first = service.daily_if_due()
    assert first is not None and first.parent == folder and _owner_only(first)
    assert service.daily_if_due() is None  # not due again the same day
    status = service.status()
    assert status.last == NOW and not status.stale
    for day in range(1, 15):
        clock[0] = NOW + dt.timedelta(days=day, minutes=day)
        assert service.daily_if_due() is not None
    stem = Path(str(sqlite_db.url.database)).stem
    assert len(list_backups(folder, stem)) == 9  # 7 daily and, older, 2 weekly so far
    clock[0] += dt.timedelta(days=2, minutes=1)
    assert service.status().stale


def test_only_an_admin_backs_up_and_it_is_audited(sqlite_db: Database, tmp_path: Path) -> None:
    service = BackupService(sqlite_db, tmp_path / "backups")
    reza = add_user(sqlite_db, "reza", RECEPTION)
    with pytest.raises(AccessDenied):
        service.back_up(reza)
    assert not (tmp_path / "backups").exists()
    made = service.back_up(command_line_actor())
    assert made.path.parent == tmp_path / "backups"
    rows = AuditTrail().query(sqlite_db, AuditFilter(action=AuditAction.EXPORT))
    assert rows[-1].detail["what"] == "backup"
    with pytest.raises(Exception, match="over the database itself"):
        service.back_up(command_line_actor(), Path(str(sqlite_db.url.database)))


def test_restore_refuses_a_newer_or_foreign_file(clinic_db: Database, tmp_path: Path) -> None:
    made = back_up(clinic_db.url, tmp_path / "copy.backup")
    if clinic_db.backend == "sqlite":
        with contextlib.closing(sqlite3.connect(made.path)) as copy:
            copy.execute("UPDATE alembic_version SET version_num = 'zz99_future'")
            copy.commit()
        with pytest.raises(DatabaseTooNew, match="newer AcuPlanner"):
            summarize(made.path, clinic_db.url)
    foreign = tmp_path / "notes.txt"
    foreign.write_text("hello")
    with pytest.raises(EnvironmentProblem, match="not an AcuPlanner backup"):
        summarize(foreign, clinic_db.url)


def test_sqlite_restore_while_another_connection_is_open(
    sqlite_db: Database, tmp_path: Path
) -> None:
    fill_demo(sqlite_db, patients=5)
    live = Path(str(sqlite_db.url.database))
    made = copy_sqlite(live, tmp_path / "copy.sqlite3")
    add_patient(sqlite_db, "Later", "Added")
    with contextlib.closing(sqlite3.connect(live)) as reader:
        assert reader.execute("SELECT count(*) FROM patient").fetchone()[0] == 6
        restore_sqlite(made.path, live, tmp_path / "kept")
        assert reader.execute("SELECT count(*) FROM patient").fetchone()[0] == 5
    with sqlite_db.read() as session:
        assert session.execute(text("SELECT count(*) FROM patient")).scalar() == 5


def test_a_damaged_database_is_kept_raw_before_the_restore(
    sqlite_db: Database, tmp_path: Path
) -> None:
    fill_demo(sqlite_db, patients=5)
    live = Path(str(sqlite_db.url.database))
    made = copy_sqlite(live, tmp_path / "copy.sqlite3")
    sqlite_db.dispose()
    live.with_name(live.name + "-wal").unlink(missing_ok=True)
    live.with_name(live.name + "-shm").unlink(missing_ok=True)
    with live.open("r+b") as handle:  # scribble over the middle of the file
        handle.seek(live.stat().st_size // 2)
        handle.write(b"\xff" * 8192)
    result = restore_sqlite(made.path, live, tmp_path / "kept")
    assert result.kept is not None and "pre-restore-damaged" in result.kept.name
    live.write_bytes(b"\x00" * 8192)  # not even an SQLite file any more
    assert "damaged" in restore_sqlite(made.path, live, tmp_path / "kept").kept.name
    database, _ = open_database(str(live))
    try:
        with database.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        database.dispose()


def test_the_service_restores_migrates_and_audits(sqlite_db: Database, tmp_path: Path) -> None:
    fill_demo(sqlite_db, patients=5)
    service = BackupService(sqlite_db, tmp_path / "backups")
    made = service.back_up(command_line_actor())
    add_patient(sqlite_db)
    summary = service.inspect(command_line_actor(), made.path)
    assert summary.patients == 5
    service.restore(command_line_actor(), made.path)
    rows = AuditTrail().query(sqlite_db, AuditFilter(action=AuditAction.RESTORE))
    assert len(rows) == 1 and rows[0].detail["schema"] == summary.revision
    assert AuditTrail().verify(sqlite_db).ok


def test_a_clinic_moves_from_sqlite_to_postgresql(
    sqlite_db: Database, pg_server, tmp_path: Path
) -> None:
    fill_demo(sqlite_db, patients=15)
    made = copy_sqlite(Path(str(sqlite_db.url.database)), tmp_path / "move.sqlite3")
    name = pg_server.create_database()
    try:
        target, _ = open_database(pg_server.url(name))
        try:
            result = restore(made.path, target.url, tmp_path / "kept")
            assert result.summary.patients == 15
            assert logical_hash(target.engine) == logical_hash(sqlite_db.engine)
            assert AuditTrail().verify(target).ok
            add_patient(target)  # the key sequences moved past the copied ids
            with pytest.raises(EnvironmentProblem, match="already holds data"):
                restore(made.path, target.url, tmp_path / "kept")
        finally:
            target.dispose()
    finally:
        pg_server.drop_database(name)


def test_a_missing_pg_dump_is_named_with_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pg_tools, "candidate_folders", lambda major: [tmp_path])
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pg_tools, "_installed_majors", lambda roots: [])
    with pytest.raises(pg_tools.ToolMissing) as caught:
        pg_tools.find_tool("pg_dump", 16)
    assert "postgresql-client-16" in caught.value.user_text()
    assert pg_tools.PG_BIN_ENV in caught.value.user_text()


def test_pg_tools_get_no_password_on_the_command_line() -> None:
    from planner.storage.engine import resolve_url

    url = resolve_url("postgresql://clinic:s3cret@db.example:5433/acu?sslmode=verify-full")
    args, env = pg_tools.connection_args(url)
    assert "s3cret" not in " ".join(args)
    assert env["PGPASSWORD"] == "s3cret"
    assert "sslmode='verify-full'" in args[1] and "port='5433'" in args[1]
