"""Hostile and mistyped command lines: one line on stderr, exit 2, nothing created.

Issue 19: ``check`` on a mistyped path created an empty database and said "ok";
``--database ""`` opened the default database; ``demo --today 9999-12-31`` and huge ids
ended in "unexpected error (OverflowError)", exit 1, with an empty database left behind.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import sys
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli.demo import DEMO_MAX_PATIENTS
from tests.integration.test_cli import assert_one_line_error, run_cli

LOGIN = {"ACUPLANNER_USER": "admin", "ACUPLANNER_PASSWORD": "demo-password-1"}


def _nothing_at(path: Path) -> bool:
    companions = [path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal")]
    return not any(p.exists() for p in (path, *companions))


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["audit", "verify"],
        ["users", "list"],
        ["backup"],
        ["export", "--patient", "1", "--document", "receipt", "--course", "1", "--out", "x.pdf"],
    ],
    ids=lambda command: command[0],
)
def test_a_mistyped_database_path_is_refused_and_not_created(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "clinc.sqlite3"  # a typo of clinic.sqlite3
    result = run_cli("--database", str(missing), *command, home=tmp_path, env=LOGIN)
    assert_one_line_error(result, f"no AcuPlanner database at {missing}")
    assert result.stdout == ""
    assert _nothing_at(missing)
    assert not (tmp_path / "x.pdf").exists()


def test_the_default_database_is_not_created_by_check_either(tmp_path: Path) -> None:
    result = run_cli("check", home=tmp_path)
    assert_one_line_error(result, "no AcuPlanner database at")
    assert _nothing_at(tmp_path / "acuplanner.sqlite3")


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_database_argument_is_an_error(tmp_path: Path, value: str) -> None:
    for command in (["check"], ["migrate"], ["demo", "--patients", "2"]):
        result = run_cli("--database", value, *command, home=tmp_path)
        assert_one_line_error(result, "--database is empty")
    assert _nothing_at(tmp_path / "acuplanner.sqlite3")  # not the default one instead


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--patients", str(DEMO_MAX_PATIENTS + 1)], "--patients: at most 200,000"),
        (["--patients", "99999999999999999999999"], "--patients: at most"),
        (["--today", "9999-12-31"], "--today: a date from 2000-01-01 to 2099-12-31"),
        (["--today", "0001-01-01"], "--today: a date from 2000-01-01 to 2099-12-31"),
    ],
)
def test_demo_arguments_out_of_range(tmp_path: Path, args: list[str], fragment: str) -> None:
    path = tmp_path / "demo.sqlite3"
    result = run_cli("--database", str(path), "demo", *args, home=tmp_path)
    assert_one_line_error(result, fragment, "nothing was created")
    assert _nothing_at(path)


def test_huge_ids_on_a_missing_database_leave_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    huge = "99999999999999999999"
    for args in (
        ["--patient", huge, "--document", "receipt", "--course", "2"],
        ["--patient", "1", "--document", "take-home", "--session", huge],
    ):
        result = run_cli(
            "--database", str(path), "export", *args, "--out", "o.pdf", home=tmp_path, env=LOGIN
        )
        assert_one_line_error(result)
    assert _nothing_at(path)


def test_huge_ids_on_a_clinic_give_one_line(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    made = run_cli("--database", str(path), "demo", "--patients", "2", home=tmp_path)
    assert made.returncode == 0, made.stderr
    huge = "99999999999999999999"
    result = run_cli(
        "--database",
        str(path),
        "export",
        "--patient",
        huge,
        "--document",
        "receipt",
        "--course",
        "1",
        "--out",
        str(tmp_path / "o.pdf"),
        home=tmp_path,
        env=LOGIN,
    )
    assert_one_line_error(result, "patient")
    assert not (tmp_path / "o.pdf").exists()


def test_a_symbolic_link_into_a_sync_folder_is_refused(tmp_path: Path) -> None:
    """Issue 19: ~/clinic linked to ~/Dropbox/clinic passed the sync-folder check, which
    read the path as typed."""
    synced = tmp_path / "Dropbox" / "clinic"
    synced.mkdir(parents=True)
    link = tmp_path / "clinic"
    link.symlink_to(synced, target_is_directory=True)
    result = run_cli("--database", str(link / "db.sqlite3"), "migrate", home=tmp_path)
    assert_one_line_error(result, "sync folder (Dropbox)")
    assert list(synced.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    """Issue 19: with the usual umask 022 the database, its -wal/-shm and the logs were
    readable by every user of the computer."""
    path = tmp_path / "clinic" / "clinic.sqlite3"
    home = tmp_path / "home"
    previous = os.umask(0o022)
    try:
        made = run_cli("--database", str(path), "demo", "--patients", "2", home=home)
        assert made.returncode == 0, made.stderr
    finally:
        os.umask(previous)
    with closing(sqlite3.connect(path)) as connection:  # keeps -wal and -shm in place
        connection.execute("SELECT count(*) FROM patient").fetchone()
        for file in (path, path.with_name("clinic.sqlite3-wal")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    for folder in (path.parent, home, home / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    logs = list((home / "logs").iterdir())
    assert logs and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in logs)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_existing_database_readable_by_others_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    assert run_cli("--database", str(path), "migrate", home=tmp_path).returncode == 0
    path.chmod(0o644)
    result = run_cli("--database", str(path), "check", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_demo_dates_in_range_still_work(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = run_cli(
        "--database", str(path), "demo", "--patients", "2", "--today", "2099-12-31", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert f"--today {dt.date(2099, 12, 31)}" in result.stdout
