"""``python main.py --smoke-test`` in a real process, offscreen, with isolated folders."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[2] / "main.py"

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


def _run(database: str, home: Path, *, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """main.py as a user runs it; ``prelude`` is Python run first (to inject a bug)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACUPLANNER_HOME=str(home))
    env.pop("ACUPLANNER_DATABASE_URL", None)
    command = [sys.executable, str(MAIN)]
    if prelude:
        command = [sys.executable, "-c", f"{prelude}\n{_RUN_MAIN}", str(MAIN)]
    return subprocess.run(
        [*command, "--database", database, "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_smoke_test_paints_the_window_and_reports_the_start_up_time(tmp_path: Path) -> None:
    result = _run(str(tmp_path / "smoke.sqlite3"), tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", result.stdout)
    assert "Traceback" not in result.stderr


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
    result = _run(str(tmp_path / "smoke.sqlite3"), tmp_path / "home", prelude=_BUGS[bug])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "startup_ms" not in result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "smoke test failed" in lines[0]
    assert "Error" in lines[0]
    log_text = (tmp_path / "home" / "logs" / "acuplanner.log").read_text(encoding="utf-8")
    assert "Traceback" in log_text  # the details go to the log file
