"""The command line's promises: one clear line and exit 2 for every expected problem."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from planner import __version__

pytestmark = pytest.mark.both_engines  # the CLI on each engine

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    *args: str, home: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ACUPLANNER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("ACUPLANNER_DATABASE_URL", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("acuplanner: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"AcuPlanner {__version__}"


def test_migrate_creates_and_then_reports_current(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    first = run_cli("--database", str(path), "migrate", home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Migrated an empty database" in first.stdout
    second = run_cli("--database", str(path), "migrate", home=tmp_path)
    assert second.returncode == 0
    assert "already at the current schema" in second.stdout
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_url_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = run_cli("migrate", home=tmp_path, env={"ACUPLANNER_DATABASE_URL": f"sqlite:///{path}"})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run_cli("migrate", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "acuplanner.sqlite3").exists()


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("postgresql+psycopg://user:pw@host:notaport/db", "not a valid URL"),
        ("mysql+pymysql://user:pw@localhost/clinic", "does not support 'mysql'"),
        ("sqlite://", "needs an SQLite file"),
    ],
)
def test_malformed_or_unsupported_url(tmp_path: Path, url: str, fragment: str) -> None:
    assert_one_line_error(run_cli("--database", url, "migrate", home=tmp_path), fragment)


def test_unreachable_server_hides_the_password(tmp_path: Path) -> None:
    result = run_cli(
        "--database",
        "postgresql+psycopg://clinic:s3cret-pw@127.0.0.1:1/acuplanner",
        "migrate",
        home=tmp_path,
    )
    assert_one_line_error(result, "Cannot connect to the database server", "Check that the server")
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_unwritable_folder_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = run_cli("--database", str(blocker / "clinic.sqlite3"), "migrate", home=tmp_path)
    assert_one_line_error(result, "not a folder")
    assert blocker.read_text() == "a file where a folder should be"


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    assert run_cli("--database", str(path), "migrate", home=tmp_path).returncode == 0
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zz99_future'")
    before = path.read_bytes()
    for command in (["migrate"], ["check"], ["--smoke-test"]):
        result = run_cli("--database", str(path), *command, home=tmp_path)
        assert_one_line_error(result, "newer AcuPlanner", "nothing was changed")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list")
    result = run_cli("--database", str(path), "migrate", home=tmp_path)
    assert_one_line_error(result, "is not an SQLite database")
    assert path.read_text() == "shopping list"


def test_account_commands_need_an_administrators_sign_in(migrated_url: str, tmp_path: Path) -> None:
    """``users …`` signs an administrator in (issue 19): without one, one line, exit 2 and
    nothing changed; the first account of an empty database is the one exception."""
    database = ("--database", migrated_url, "users")
    first = run_cli(
        *database, "add", "boss", "--role", "admin", home=tmp_path, stdin="pw-of-boss-1\n"
    )
    assert first.returncode == 0, first.stderr
    assert "first account" in first.stdout
    add = (*database, "add", "mallory", "--role", "admin")
    assert_one_line_error(
        run_cli(*add, home=tmp_path, stdin="pw-of-mallory-1\n"), "ACUPLANNER_USER"
    )
    wrong = {"ACUPLANNER_USER": "boss", "ACUPLANNER_PASSWORD": "not-the-password"}
    assert_one_line_error(
        run_cli(*add, home=tmp_path, env=wrong, stdin="pw-of-mallory-1\n"), "not right"
    )
    boss = {"ACUPLANNER_USER": "boss", "ACUPLANNER_PASSWORD": "pw-of-boss-1"}
    listed = run_cli(*database, "list", home=tmp_path, env=boss)
    assert listed.returncode == 0 and "mallory" not in listed.stdout
    added = run_cli(*add, home=tmp_path, env=boss, stdin="pw-of-mallory-1\n")
    assert added.returncode == 0, added.stderr
    assert "Added mallory (admin); they choose their own password" in added.stdout
