"""Licences (issue 24): every runtime dependency and every font shipped has its notice,
About lists the licences, and Help ▸ Licences and notices shows them in full."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.storage.database import Database
from planner.ui.help.about import NoticesDialog
from planner.ui.help.notices import APP, FONT, FONTS, LIBRARY, read_index, read_notices
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_user

ROOT = Path(__file__).resolve().parents[2]


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_dependencies() -> list[str]:
    """Names in [project] dependencies, and the packages their extras add by name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = []
    for text in project["dependencies"]:
        name, extras = re.match(r"([\w.-]+)(?:\[([\w,-]+)\])?", text).groups()  # type: ignore[union-attr]
        names.append(name)
        names += [f"{name}-{extra}" for extra in (extras or "").split(",") if extra]
    return names


def test_every_runtime_dependency_has_its_notice_and_licence_text() -> None:
    libraries = {_key(n.name): n for n in read_index() if n.kind == LIBRARY}
    text = read_notices()
    for name in runtime_dependencies():  # psycopg[binary] also needs psycopg-binary's
        notice = libraries.get(_key(name))
        assert notice is not None, f"{name}: python -m planner.ui.help.build_notices"
        assert notice.licence, name
        assert f"=== {notice.name} {notice.version} ===" in text
    assert len(libraries) > len(runtime_dependencies())  # and what they require in turn
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # Qt's wheels carry no licence text


def test_every_font_file_has_its_notice_and_licence_text() -> None:
    fonts = ROOT / "resources" / "fonts"
    shipped = {p.name for p in fonts.iterdir() if p.suffix.lower() in (".ttf", ".otf", ".ttc")}
    noticed = {file for n in read_index() if n.kind == FONT for file in n.files}
    assert shipped == noticed
    text = read_notices()
    for font in FONTS:
        licence = (fonts / font.licence_file).read_text("utf-8").strip()
        assert licence.splitlines()[0] in text, font.family


def test_about_lists_the_licences_of_the_app_its_libraries_and_fonts(
    qtbot: QtBot,
    tmp_path: Path,
    ui_db: Database,
    prompts: RecordingPrompts,
    accounts: AccountService,
) -> None:
    add_clinic(ui_db, is_demo=False)
    actor = add_user(accounts, "wei", Role.PRACTITIONER, full_name="Wei Chen")
    window = build_main_window(
        ui_db, UiSettings(tmp_path / "s.ini"), prompts, actor, accounts=accounts
    )
    qtbot.addWidget(window)
    window.show()

    window.about_action.trigger()
    ((kind, _title, text),) = prompts.shown
    assert kind == "about"
    assert "Riverside Acupuncture" in text  # the window's own facts are still there
    for notice in read_index():  # every licence; Licences and notices names each piece
        assert notice.licence in text, notice.name
    libraries = sum(1 for n in read_index() if n.kind == LIBRARY)
    assert f"{libraries} libraries" in text and "Licences and notices" in text
    assert next(n for n in read_index() if n.kind == APP).licence.startswith(
        "LicenseRef-Proprietary"
    )

    window.notices_action.trigger()
    dialog = window.open_dialog("notices")
    assert isinstance(dialog, NoticesDialog) and dialog.isVisible()
    index = read_index()
    assert dialog.table.rowCount() == len(index)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "SQLAlchemy" in names and "AcuPlanner (this application)" in names
    assert dialog.text.toPlainText().startswith("AcuPlanner")
    window.notices_action.trigger()  # once: the open one comes to the front
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, NoticesDialog)] == [dialog]
    window.close()
