"""A damaged SQLite file: ``check`` lists SQLite's findings and exits 1; the window and
every other command refuse it with one message saying how to restore; ``backup`` of it
and ``restore`` from it give one line. The file is never changed.

The damage is real: bytes flipped in a copy of a demo clinic's file, in the pages of a
table or in the 100-byte file header (past SQLite's header string).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from planner import formats
from planner.config import AppPaths
from planner.domain import i18n
from planner.storage.database import open_database
from planner.storage.integrity import DatabaseDamaged, sqlite_file_problems
from planner.ui.help.install import HelpFilter
from tests.integration.test_cli import assert_one_line_error, run_cli
from tests.reliability.helpers import fill_demo

HEADER_OFFSETS = (28, 32, 52, 101)  # page count, freelist, largest root page, page 1 b-tree


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "clinic.sqlite3"
    database, _ = open_database(str(path))
    try:
        fill_demo(database, patients=12)
    finally:
        database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _names(source: Path) -> list[str]:
    with closing(sqlite3.connect(source)) as connection:
        rows = connection.execute("SELECT given_name, family_name FROM patient").fetchall()
    return [name for row in rows for name in row]


def damaged_copy(source: Path, target: Path, *, table: str = "", header: bool = False) -> Path:
    """A copy of ``source`` with bytes flipped in ``table``'s root page and/or the header."""
    with closing(sqlite3.connect(source)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table or "patient",)
        ).fetchone()[0]
    data = bytearray(source.read_bytes())
    if table:
        start = (root - 1) * page_size
        for offset in range(start + page_size // 2, start + page_size, 7):
            data[offset] ^= 0xFF
    if header:
        for offset in HEADER_OFFSETS:
            data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", ["table", "header"])
def test_check_lists_the_damage_and_exits_1(demo_file: Path, tmp_path: Path, damage: str) -> None:
    path = damaged_copy(
        demo_file,
        tmp_path / "clinic.sqlite3",
        table="patient" if damage == "table" else "",
        header=damage == "header",
    )
    before = _digest(path)
    result = run_cli("--database", str(path), "check", home=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("sqlite integrity_check: ") for line in lines)
    assert len(lines) <= 51
    if damage == "table":
        assert "page" in result.stdout  # SQLite names the damaged pages
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "restore" in result.stderr
    names = _names(demo_file)
    assert not [name for name in names if name in result.stdout]
    assert _digest(path) == before  # not migrated, not repaired, not touched
    assert not (tmp_path / "backups").exists()


def test_sqlite_file_problems_keeps_what_a_stopped_check_found(
    demo_file: Path, tmp_path: Path
) -> None:
    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", table="treatment_session")
    problems = sqlite_file_problems(path)
    assert any("table treatment_session cannot be read" in line for line in problems)
    assert problems[-1].endswith("(database disk image is malformed)")
    assert sqlite_file_problems(demo_file) == []


@pytest.mark.parametrize("damage", ["table", "header"])
def test_other_commands_refuse_a_damaged_database_with_one_line(
    demo_file: Path, tmp_path: Path, damage: str
) -> None:
    path = damaged_copy(
        demo_file,
        tmp_path / "clinic.sqlite3",
        table="patient" if damage == "table" else "",
        header=damage == "header",
    )
    before = _digest(path)
    for command in (["users", "list"], ["audit", "verify"]):
        result = run_cli("--database", str(path), *command, home=tmp_path)
        assert_one_line_error(result, "is damaged", "nothing was changed", "restore FILE")
    assert _digest(path) == before


def test_backup_of_a_damaged_database_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", table="patient")
    result = run_cli("--database", str(path), "backup", home=tmp_path)
    assert_one_line_error(result, "is damaged")
    assert not list(tmp_path.glob("backups/*"))


def test_restore_from_a_damaged_backup_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    shutil.copyfile(demo_file, live)
    before = _digest(live)
    for damage in ({"table": "patient"}, {"header": True}, {"table": "audit_event"}):
        backup = damaged_copy(demo_file, tmp_path / "backup.sqlite3", **damage)  # type: ignore[arg-type]
        result = run_cli("--database", str(live), "restore", str(backup), "--yes", home=tmp_path)
        assert_one_line_error(result, "backup.sqlite3", "damaged", "Nothing was changed")
    assert _digest(live) == before
    assert not list(tmp_path.glob("backups/*"))


def _undo_application_wide_setup(qapp: QApplication) -> None:
    """What run_gui installs on the application for its life (the help and window-place
    filter, translators, the locale), removed so later tests in this process see none of
    it: a leftover filter once restored a saved window size over a test's own."""
    for leftover in qapp.findChildren(HelpFilter):
        qapp.removeEventFilter(leftover)
        leftover.deleteLater()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    i18n.reset()
    formats.configure("en_CA", "iso")


def test_the_window_refuses_a_damaged_database_and_says_how_to_restore(
    demo_file: Path, tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner import app

    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", table="patient")
    before = _digest(path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app.Prompts, "error", lambda _self, _parent, title, text: shown.append((title, text))
    )
    quits = qapp.quitOnLastWindowClosed()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui's crash hook, undone
    try:
        code = app.run_gui(str(path), AppPaths.from_environment(), smoke_test=False, started=0.0)
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
        _undo_application_wide_setup(qapp)
    assert code == app.EXIT_USAGE
    ((title, text),) = shown
    assert title == "AcuPlanner cannot start"
    assert "is damaged" in text and "nothing was changed" in text
    assert f"acuplanner --database {path} restore FILE" in text
    assert str(tmp_path / "backups") in text
    assert _digest(path) == before


def test_the_smoke_start_refuses_it_with_one_line(demo_file: Path, tmp_path: Path) -> None:
    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", header=True)
    result = run_cli("--database", str(path), "--smoke-test", home=tmp_path)
    assert_one_line_error(result, "is damaged", "restore FILE")


def test_opening_raises_database_damaged(demo_file: Path, tmp_path: Path) -> None:
    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", table="audit_event")
    with pytest.raises(DatabaseDamaged):
        open_database(str(path))


def test_damage_found_while_in_use_says_how_to_restore(demo_file: Path, tmp_path: Path) -> None:
    from sqlalchemy import select

    from planner.storage.models import Patient

    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(demo_file, path)
    database, _ = open_database(str(path))  # sound when opened
    try:
        database.dispose()  # no page cached any more
        damaged_copy(demo_file, path, table="patient")  # damaged under the open window
        with pytest.raises(DatabaseDamaged) as found, database.read() as session:
            session.execute(select(Patient.id, Patient.family_name)).all()
        assert "restore FILE" in found.value.user_text()
    finally:
        database.dispose()


def test_the_check_at_opening_has_a_time_budget(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.storage import integrity

    path = damaged_copy(demo_file, tmp_path / "clinic.sqlite3", table="patient")
    with pytest.raises(DatabaseDamaged):
        integrity.refuse_damaged_sqlite(path, budget_s=5)

    def out_of_time(_connection: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("interrupted")

    monkeypatch.setattr(integrity, "quick_check_problems", out_of_time)
    integrity.refuse_damaged_sqlite(path, budget_s=5)  # a file too big to check in time opens
