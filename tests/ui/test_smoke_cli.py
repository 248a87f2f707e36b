"""``python main.py --smoke-test`` in a real process, offscreen, with isolated folders.

The accounts are created here with the production password hasher, as the app uses it,
and the process signs in with ``ACUPLANNER_USER`` / ``ACUPLANNER_PASSWORD``, typed into
the sign-in window as a person would. No timing is asserted: only that the figures are
printed, in the format the bench reads.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.actor import command_line_actor
from planner.services.audit import AuditTrail
from planner.storage.database import open_database
from tests.db_template import migrated_sqlite

MAIN = Path(__file__).resolve().parents[2] / "main.py"
PASSWORD = "smoke-test-password-1"

pytestmark = pytest.mark.slow

_RUN_MAIN = (
    "import sys, runpy; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)
_BUGS = {
    "while-building-the-window": (
        "import planner.ui.main_window as m\n"
        "def broken(*args, **kwargs): raise ZeroDivisionError('bug while building')\n"
        "m.MainWindow.__init__ = broken"
    ),
    "inside-the-event-loop": (
        "import planner.ui.main_window as m\n"
        "def broken(self, event): raise LookupError('bug in a Qt handler')\n"
        "m.MainWindow.showEvent = broken"
    ),
}


def _database_with_a_user(tmp_path: Path) -> str:
    """A migrated SQLite file with one practitioner, hashed as the app hashes."""
    path = str(migrated_sqlite(tmp_path / "smoke.sqlite3"))
    db, _ = open_database(path)
    try:
        accounts = AccountService(db, AuditTrail())  # the production hasher
        accounts.add_user(
            command_line_actor(), "wei", PASSWORD, [Role.PRACTITIONER], Profile("Wei Chen")
        )
    finally:
        db.dispose()
    return path


def _run(
    database: str,
    home: Path,
    *,
    prelude: str = "",
    user: str | None = None,
    password: str | None = None,
    smoke: str = "--smoke-test",
) -> subprocess.CompletedProcess[str]:
    """main.py as a user runs it; ``prelude`` is Python run first (to inject a bug)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPLANNER_HOME=str(home))
    for name in ("ACUPLANNER_DATABASE_URL", "ACUPLANNER_USER", "ACUPLANNER_PASSWORD"):
        env.pop(name, None)
    if user is not None and password is not None:
        env.update(ACUPLANNER_USER=user, ACUPLANNER_PASSWORD=password)
    command = [sys.executable, str(MAIN)]
    if prelude:
        command = [sys.executable, "-c", f"{prelude}\n{_RUN_MAIN}", str(MAIN)]
    return subprocess.run(
        [*command, "--database", database, smoke],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _log(home: Path) -> str:
    return (home / "logs" / "acuplanner.log").read_text(encoding="utf-8")


FIGURES = r"startup_ms=\d+\nsignin_to_list_ms=\d+\nmax_stall_ms=\d+\n"
# What is loaded when the sign-in window first paints: printed by the test, on stderr.
_AT_PAINT = (
    "import sys\n"
    "import planner.ui.startup as s\n"
    "painted = s.SmokeTest._on_sign_in_painted\n"
    "def probe(self):\n"
    "    heavy = ('sqlalchemy', 'argon2', 'planner.services', 'planner.storage', 'planner.app')\n"
    "    loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
    "    print('loaded at paint:', loaded, file=sys.stderr)\n"
    "    painted(self)\n"
    "s.SmokeTest._on_sign_in_painted = probe"
)


def test_smoke_test_signs_in_and_reports_when_the_main_window_painted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(_database_with_a_user(tmp_path), home, user="wei", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(FIGURES, result.stdout)
    assert "Traceback" not in result.stderr
    assert "window shown for user 1" in _log(home)
    assert PASSWORD not in _log(home)


def test_without_credentials_it_measures_the_sign_in_dialog(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(_database_with_a_user(tmp_path), home)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", result.stdout)
    log_text = _log(home)
    assert "sign-in dialog" in log_text and "window shown" not in log_text


def test_on_an_empty_database_it_measures_the_first_run_dialog(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(str(tmp_path / "empty.sqlite3"), home)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", result.stdout)
    assert "first-run dialog" in _log(home)


def test_a_wrong_password_exits_1_with_one_line(tmp_path: Path) -> None:
    result = _run(
        _database_with_a_user(tmp_path), tmp_path / "home", user="wei", password="not-the-one"
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["acuplanner: The user name or password is not right."]
    assert result.stdout == ""
    assert "not-the-one" not in _log(tmp_path / "home")


def test_the_sign_in_window_paints_before_the_services_are_imported(tmp_path: Path) -> None:
    home = tmp_path / "home"
    database = _database_with_a_user(tmp_path)
    result = _run(database, home, prelude=_AT_PAINT, user="wei", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["loaded at paint: []"]
    assert re.fullmatch(FIGURES, result.stdout)  # then the clinic opened, and Wei signed in
    assert "window shown for user 1" in _log(home)


def test_smoke_test_sign_in_ends_once_the_sign_in_window_painted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    database = _database_with_a_user(tmp_path)
    result = _run(database, home, prelude=_AT_PAINT, smoke="--smoke-test=sign-in")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["loaded at paint: []"]
    assert re.fullmatch(r"startup_ms=\d+\n", result.stdout)
    assert "opened sqlite database" not in _log(home)  # nothing was opened: just the paint


@pytest.mark.parametrize(
    "database",
    ["/etc/passwd/x.sqlite3", "postgresql+psycopg://u:p@127.0.0.1:1/x"],
    ids=["sqlite-under-a-file", "postgres-nobody-listening"],
)
def test_an_unusable_database_exits_2_with_one_line(tmp_path: Path, database: str) -> None:
    result = _run(database, tmp_path / "home")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("acuplanner: ")
    assert "Traceback" not in result.stderr
    assert ":p@" not in result.stderr  # the password is never shown
    assert result.stdout == ""


@pytest.mark.parametrize("bug", sorted(_BUGS))
def test_an_unexpected_error_exits_1_with_one_line(tmp_path: Path, bug: str) -> None:
    home = tmp_path / "home"
    database = _database_with_a_user(tmp_path)
    result = _run(database, home, prelude=_BUGS[bug], user="wei", password=PASSWORD)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "startup_ms" not in result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "smoke test failed" in lines[0]
    assert "Error" in lines[0]
    assert "Traceback" in _log(home)  # the details go to the log file
