"""Issue 19, High 1: no file AcuPlanner writes at a user's choice lands on the database,
a device, a FIFO, a folder or through a symbolic link; an existing PDF is replaced only
with ``--force``; a refused or failed export is audited as failed (a reason code, never
the path); backups follow the same rule and killed backups leave no ``.partial`` behind.

The reported attack first: reception exporting a receipt with ``--out`` naming the live
database printed "Wrote …" and the clinic's database became a one-page PDF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from sqlalchemy import select

from planner import files
from planner.services.actor import command_line_actor
from planner.services.audit import AuditAction, AuditFilter, AuditTrail
from planner.services.backups import BackupService
from planner.services.document_request import DocumentKind, DocumentRequest, Use
from planner.storage.backup import copy_sqlite
from planner.storage.backup_folder import PARTIAL, backup_name
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, Patient, User
from tests.db_template import migrated_sqlite
from tests.helpers.document_clinic import DocumentClinic, build
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.reliability.helpers import FAST_HASHER, fill_demo

PASSWORD = "safe-paths-pw-1"
NAME = "Łukasz-Papadopoulou"  # the patient's family name: never in an audit detail


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DocumentClinic]:
    path = tmp_path_factory.mktemp("safe") / "built.sqlite3"
    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        document_clinic = build(db)
        with db.write() as session:
            for user in session.scalars(select(User)):
                user.password_hash = FAST_HASHER.hash(PASSWORD)
    finally:
        db.dispose()
    return path, document_clinic


@pytest.fixture
def clinic_file(built: tuple[Path, DocumentClinic], tmp_path: Path) -> Path:
    """A fresh copy of the clinic for each test (an attack that worked would ruin it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return copy_sqlite(built[0], folder / "clinic.sqlite3").path


def _export(database: Path, home: Path, out: str, *extra: str) -> CompletedProcess[str]:
    """Reception exports a receipt of a signed session to ``out``."""
    return run_cli(
        "--database",
        str(database),
        "export",
        "--patient",
        str(_IDS["patient"]),
        "--document",
        "receipt",
        "--session",
        str(_IDS["signed"]),
        "--out",
        out,
        *extra,
        home=home,
        env={"ACUPLANNER_USER": "reza", "ACUPLANNER_PASSWORD": PASSWORD},
    )


_IDS: dict[str, int] = {}


@pytest.fixture(autouse=True)
def _ids(built: tuple[Path, DocumentClinic]) -> None:
    _IDS.update(patient=built[1].patient, signed=built[1].signed[0])


def _health(path: Path) -> tuple[str, int, bytes]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        patients = db.execute("SELECT count(*) FROM patient").fetchone()[0]
    return check, patients, path.read_bytes()[:16]


def _failed_exports(path: Path) -> list[dict[str, object]]:
    db, _ = open_database(str(path))
    try:
        with db.read() as session:
            rows = session.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)
            ).all()
            return [dict(r.detail or {}) for r in rows if (r.detail or {}).get("outcome")]
    finally:
        db.dispose()


# --- the reported attack and the CLI ---------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("force", [False, True])
def test_reception_cannot_export_over_the_database(
    clinic_file: Path, tmp_path: Path, suffix: str, force: bool
) -> None:
    before = _health(clinic_file)
    assert before[0] == "ok" and before[2] == b"SQLite format 3\x00"
    target = clinic_file.with_name(clinic_file.name + suffix)
    result = _export(clinic_file, tmp_path, str(target), *(["--force"] if force else []))
    assert_one_line_error(result, "over the database itself", target.name)
    assert "Wrote" not in result.stdout
    assert _health(clinic_file) == before  # still the clinic's database, every patient in it
    if suffix:
        assert not target.exists() or target.read_bytes()[:4] != b"%PDF"
    failed = _failed_exports(clinic_file)
    assert failed == [{"document": "receipt", "outcome": "failed", "reason": "database_file"}]
    assert NAME not in str(failed) and str(tmp_path) not in str(failed)


def test_the_database_through_another_spelling_is_refused(
    clinic_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "link-to-data").symlink_to(clinic_file.parent)
    before = _health(clinic_file)
    for spelling in [
        tmp_path / "link-to-data" / "clinic.sqlite3",
        clinic_file.parent / ".." / "data" / "clinic.sqlite3",
    ]:
        result = _export(clinic_file, tmp_path, str(spelling), "--force")
        assert_one_line_error(result, "over the database itself")
    assert _health(clinic_file) == before


def test_an_existing_pdf_needs_force_and_another_file_is_never_replaced(
    clinic_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "receipt.pdf"
    out.write_bytes(b"%PDF-1.4 yesterday's receipt")
    result = _export(clinic_file, tmp_path, str(out))
    assert_one_line_error(result, str(out), "already exists", "--force")
    assert out.read_bytes() == b"%PDF-1.4 yesterday's receipt"
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"the clinic's own notes")
    result = _export(clinic_file, tmp_path, str(notes), "--force")
    assert_one_line_error(result, "not a PDF")
    assert notes.read_bytes() == b"the clinic's own notes"
    result = _export(clinic_file, tmp_path, str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and b"yesterday" not in out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    reasons = [d["reason"] for d in _failed_exports(clinic_file)]
    assert reasons == ["exists", "not_replaceable"]


def test_no_device_fifo_folder_socket_or_link(clinic_file: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    victim = tmp_path / "victim.pdf"
    victim.write_bytes(b"%PDF-1.4 someone else's file")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "created-through-the-link.pdf")
    sock_path = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        cases = [
            (str(fifo), "not a file"),  # and it does not hang waiting for a reader
            (str(folder), "not a file"),
            (str(sock_path), "not a file"),
            (str(link), "symbolic link"),
            (str(dangling), "symbolic link"),
        ]
        for target, fragment in cases:
            result = _export(clinic_file, tmp_path, target, "--force")
            assert_one_line_error(result, fragment)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir() and not any(folder.iterdir())
    assert victim.read_bytes() == b"%PDF-1.4 someone else's file" and link.is_symlink()
    assert not (tmp_path / "created-through-the-link.pdf").exists()
    reasons = [d["reason"] for d in _failed_exports(clinic_file)]
    assert reasons == ["not_a_regular_file"] * 3 + ["symbolic_link"] * 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(files.TEMP_PREFIX)]


# --- the service: failed exports in the audit trail, both engines -------------------------------


@pytest.fixture
def document_clinic(db: Database) -> Iterator[DocumentClinic]:
    yield build(db)


@pytest.mark.both_engines
def test_a_failed_export_is_audited_without_path_or_name(document_clinic: DocumentClinic) -> None:
    service = document_clinic.documents(document_clinic.reza)
    request = DocumentRequest(
        DocumentKind.RECEIPT, document_clinic.patient, session_id=document_clinic.signed[0]
    )
    service.record_failure(request, Use.EXPORT, files.SYMLINK)
    prepared = service.prepare(request, Use.PREVIEW)
    service.record_failure(prepared, Use.PRINT, "/home/reza/secret.pdf")  # not a code
    rows = AuditTrail().query(
        document_clinic.db, AuditFilter(patient_id=document_clinic.patient, limit=3)
    )
    export, _preview, printed = rows[2], rows[1], rows[0]
    assert (export.action, export.object_type, export.object_id) == (
        AuditAction.EXPORT,
        "session",
        document_clinic.signed[0],
    )
    assert export.detail == {"document": "receipt", "outcome": "failed", "reason": "symbolic_link"}
    assert printed.action == AuditAction.PRINT and printed.detail["reason"] == "other"
    assert "secret" not in str(printed.detail) and NAME not in str(rows)


@pytest.mark.both_engines
def test_the_database_files_are_protected_on_sqlite_only(document_clinic: DocumentClinic) -> None:
    protected = document_clinic.documents().protected_paths
    if document_clinic.db.backend == "sqlite":
        live = Path(str(document_clinic.db.url.database))
        assert protected[:4] == files.database_files(live)[:4]
        assert {p.name for p in protected} >= {live.name, f"{live.name}-wal", f"{live.name}-shm"}
    else:
        assert protected == ()  # a server's files are not on this workstation


# --- backups: the same rule; leftovers removed ------------------------------------------------


@pytest.mark.both_engines
def test_a_backup_is_never_written_to_a_link_fifo_folder_or_other_file(
    db: Database, tmp_path: Path
) -> None:
    fill_demo(db, patients=3)
    service = BackupService(db, tmp_path / "backups")
    admin = command_line_actor()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not a backup")
    link = tmp_path / "link.dump"
    link.symlink_to(victim)
    fifo = tmp_path / "fifo.dump"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.dump"
    folder.mkdir()
    for target, reason in [
        (link, files.SYMLINK),
        (fifo, files.NOT_A_FILE),
        (folder, files.NOT_A_FILE),
        (victim, files.OTHER_KIND),
    ]:
        with pytest.raises(files.UnsafeOutputPath) as caught:
            service.back_up(admin, target)
        assert caught.value.reason == reason, target
    assert victim.read_bytes() == b"not a backup" and link.is_symlink()
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and not any(folder.iterdir())
    assert not list(tmp_path.glob(f"*{PARTIAL}"))
    first = service.back_up(admin, tmp_path / "mine.backup")
    again = service.back_up(admin, tmp_path / "mine.backup")  # an earlier backup: replaced
    assert first.path == again.path and again.path.stat().st_size > 0


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_a_backup_over_the_database_or_its_companions_is_refused(
    sqlite_db: Database, tmp_path: Path, suffix: str
) -> None:
    live = Path(str(sqlite_db.url.database))
    service = BackupService(sqlite_db, tmp_path / "backups")
    with pytest.raises(files.UnsafeOutputPath, match="over the database itself"):
        service.back_up(command_line_actor(), live.with_name(live.name + suffix))
    with sqlite_db.read() as session:
        assert session.scalars(select(Patient)).all() == []  # opens; still the database


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_backup_command_refuses_the_companions_and_links(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / "clinic.sqlite3"
    database, _ = open_database(str(path))
    try:
        fill_demo(database, patients=2)
    finally:
        database.dispose()
    result = run_cli("--database", str(path), "backup", str(path) + suffix, home=tmp_path)
    assert_one_line_error(result, "over the database itself")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(tmp_path / "elsewhere.sqlite3")
    result = run_cli("--database", str(path), "backup", str(link), home=tmp_path)
    assert_one_line_error(result, "symbolic link")
    assert not (tmp_path / "elsewhere.sqlite3").exists()


_HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
os.write(fd, b"SQLite format 3\\x00 half a backup")
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.both_engines
def test_killed_backups_leave_no_partial_at_the_next_start(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    service = BackupService(db, folder)
    stem = service.default_target().name.split("-manual-")[0]
    suffix = service.default_target().suffix

    def partial(minutes: int) -> Path:
        when = dt.datetime(2026, 11, 22, 9, minutes, tzinfo=dt.UTC)
        return folder / (backup_name(stem, "manual", when, suffix) + PARTIAL)

    killed, running = partial(1), partial(2)
    holders = []
    for path in (killed, running):
        holder = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        holders.append(holder)
    holders[0].kill()  # a backup killed half-way: its file stays, no longer locked
    holders[0].wait()
    someone_elses = folder / "notes.txt.partial"
    someone_elses.write_bytes(b"not ours")
    try:
        assert killed.exists() and running.exists()
        service.daily_if_due()  # what the app runs at start-up, on either engine
        assert not killed.exists()
        assert running.exists()  # another window's backup, being written: left alone
        assert someone_elses.exists()
    finally:
        for holder in holders:
            holder.kill()
            holder.wait()
            assert holder.stdout is not None
            holder.stdout.close()
    time.sleep(0.05)
    assert service.remove_leftovers() == 1  # before each backup too
    assert sorted(p.name for p in folder.glob(f"*{PARTIAL}")) == ["notes.txt.partial"]


def test_a_backup_into_the_folder_removes_what_a_killed_one_left(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    service = BackupService(sqlite_db, folder)
    left = folder / (service.default_target().name + PARTIAL)
    left.write_bytes(b"SQLite format 3\x00 half")
    made = service.back_up(command_line_actor())
    assert made.path.exists() and not left.exists()
    assert not list(folder.glob(f"*{PARTIAL}"))
