"""``backup`` and ``restore`` at the command line: plain lines, exit 2 on problems."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import sqlite3
import stat
import time
from pathlib import Path

import psycopg
import pytest

from planner.cli.backups import restore_command
from planner.storage.backup import copy_sqlite
from planner.storage.database import open_database
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.pg_server import PgServer, find_pg_bin
from tests.reliability.helpers import fill_demo
from tests.reliability.pg_restart import restartable_server


@pytest.fixture
def clinic_file(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    database, _ = open_database(str(path))
    try:
        fill_demo(database, patients=8)
    finally:
        database.dispose()
    return path


def _patients(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM patient").fetchone()[0])


def test_backup_then_restore_with_yes(clinic_file: Path, tmp_path: Path) -> None:
    made = run_cli("--database", str(clinic_file), "backup", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "8 patients" in made.stdout
    (copy,) = (tmp_path / "backups").glob("clinic-manual-*.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    target = tmp_path / "elsewhere" / "new.sqlite3"
    restored = run_cli("--database", str(target), "restore", str(copy), "--yes", home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "patients: 8" in restored.stdout and "Restored (8 patients)" in restored.stdout
    assert _patients(target) == 8
    checked = run_cli("--database", str(target), "check", home=tmp_path)
    assert checked.stdout.strip() == "ok"


def test_backup_folder_from_the_flag_and_the_environment(clinic_file: Path, tmp_path: Path) -> None:
    flag = run_cli(
        "--database", str(clinic_file), "--backup-dir", str(tmp_path / "f"), "backup", home=tmp_path
    )
    assert flag.returncode == 0, flag.stderr
    env = run_cli(
        "--database",
        str(clinic_file),
        "backup",
        home=tmp_path,
        env={"ACUPLANNER_BACKUP_DIR": str(tmp_path / "e")},
    )
    assert env.returncode == 0, env.stderr
    assert len(list((tmp_path / "f").glob("*.sqlite3"))) == 1
    assert len(list((tmp_path / "e").glob("*.sqlite3"))) == 1


def test_restore_from_a_script_needs_yes_and_changes_nothing(
    clinic_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert (
        run_cli("--database", str(clinic_file), "backup", str(copy), home=tmp_path).returncode == 0
    )
    result = run_cli("--database", str(clinic_file), "restore", str(copy), home=tmp_path)
    assert_one_line_error(result, "--yes")
    assert not (tmp_path / "backups").exists()


def test_restore_refuses_newer_and_foreign_files(clinic_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert (
        run_cli("--database", str(clinic_file), "backup", str(copy), home=tmp_path).returncode == 0
    )
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz99_future'")
        connection.commit()
    newer = run_cli("--database", str(clinic_file), "restore", str(copy), "--yes", home=tmp_path)
    assert_one_line_error(newer, "newer AcuPlanner")
    missing = run_cli("--database", str(tmp_path / "none.sqlite3"), "backup", home=tmp_path)
    assert_one_line_error(missing, "no AcuPlanner database")
    assert _patients(clinic_file) == 8


def test_a_database_in_a_sync_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "clinic" / "acuplanner.sqlite3"
    result = run_cli("--database", str(path), "migrate", home=tmp_path)
    assert_one_line_error(result, "sync folder", "PostgreSQL")
    assert not (tmp_path / "Dropbox").exists()


def test_the_terminal_question(
    clinic_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy_sqlite(clinic_file, copy)
    answers = io.StringIO("no\n")
    answers.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", answers)
    assert restore_command(str(clinic_file), str(copy), tmp_path / "kept", yes=False) == 1
    out = capsys.readouterr().out
    assert "clinic: Riverside Back Pain Clinic (DEMO); patients: 8" in out
    assert "Nothing was changed." in out and not (tmp_path / "kept").exists()
    answers = io.StringIO("yes\n")
    answers.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", answers)
    assert restore_command(str(clinic_file), str(copy), tmp_path / "kept", yes=False) == 0
    assert len(list((tmp_path / "kept").glob("clinic-pre-restore-*.sqlite3"))) == 1


# --- issue 19: restores owner-only, PostgreSQL server trouble in one line ------------------


def test_a_restored_database_is_owner_only_whatever_the_umask(
    clinic_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy_sqlite(clinic_file, copy)
    previous = os.umask(0o002)  # a umask that would leave the file group- and world-readable
    try:
        for target in (tmp_path / "new" / "clinic.sqlite3", clinic_file):  # new, and replaced
            if target == clinic_file:
                target.chmod(0o644)
            result = run_cli(
                "--database", str(target), "restore", str(copy), "--yes", home=tmp_path
            )
            assert result.returncode == 0, result.stderr
            for sidecar in (target, *target.parent.glob(f"{target.name}-*")):
                assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600, sidecar
    finally:
        os.umask(previous)


def test_backup_of_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nobody listens there once it is closed
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/clinic"
    result = run_cli("--database", url, "backup", str(tmp_path / "b.dump"), home=tmp_path)
    assert_one_line_error(result, "127.0.0.1")
    assert not list(tmp_path.glob("b.dump*"))


def test_backup_of_a_stopping_server_is_one_line(pg_server: PgServer, tmp_path: Path) -> None:
    bin_dir = find_pg_bin()
    assert bin_dir is not None
    with restartable_server(bin_dir) as server:
        name = server.create_migrated_database()
        held = psycopg.connect(server.admin_dsn(name))  # a smart shutdown waits for it
        try:
            server._ctl("-m", "smart", "-W", "stop")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:  # until it refuses new connections
                try:
                    psycopg.connect(server.admin_dsn(), connect_timeout=2).close()
                    time.sleep(0.1)
                except psycopg.OperationalError:
                    break
            result = run_cli(
                "--database", server.url(name), "backup", str(tmp_path / "b.dump"), home=tmp_path
            )
        finally:
            held.close()
        assert_one_line_error(result, "shutting down")
        assert not list(tmp_path.glob("b.dump*"))
        server._ctl("-w", "stop")
        server.start()  # so the context's own stop finds it running
