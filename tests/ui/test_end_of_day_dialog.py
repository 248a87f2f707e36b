"""The End of day window driven like reception would (SQLite): today's totals shown on
opening, another date typed and shown, the takings saved as PDF and CSV and the day sheet
of one practitioner picked in the real combo box, the file chooser answered at once; a
wrong date shown at its field with what was typed kept; a cancelled chooser writes
nothing; a refused path said in the window."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.storage.database import Database
from planner.ui.desk.end_of_day import EndOfDayDialog, EndOfDayPresenter, open_end_of_day
from tests.integration.test_day_reports import DAY, Clinic, _paid
from tests.unit.export.pdf_reading import contains, text


class Chooser:
    """Answers the Save As dialog with ``answer`` (a folder: the name suggested in it)."""

    def __init__(self, answer: Path | str) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        self.asked.append((title, suggested, filters))
        if isinstance(self.answer, Path) and self.answer.is_dir():
            return str(self.answer / Path(suggested).name)
        return str(self.answer)


@pytest.fixture
def clinic(sqlite_db: Database) -> Clinic:
    made = Clinic(sqlite_db)
    _paid(made)
    made.book(made.zoe, made.chen, dt.time(10, 0), session_id=made.zoe_sessions[1])
    made.book(made.tom, made.ada, dt.time(11, 0))
    return made


def _dialog(qtbot, clinic: Clinic, chooser: Chooser, tmp_path: Path) -> EndOfDayDialog:
    presenter = EndOfDayPresenter(clinic.service(clinic.rita), DAY, folder=lambda: tmp_path)
    dialog = EndOfDayDialog(presenter, choose_file=chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _totals(dialog: EndOfDayDialog) -> dict[str, str]:
    table = dialog.totals
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def _retype(qtbot, edit, typed: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, typed)


def test_todays_totals_are_shown_on_opening(qtbot, clinic: Clinic, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, clinic, Chooser(tmp_path), tmp_path)
    assert dialog.day_edit.text() == "2026-12-07"
    totals = _totals(dialog)
    assert totals["Card"] == "€45.00" and totals["Cash"] == "€30.00"
    assert totals["Insurer direct billing"] == "€45.00"
    assert totals["Dr Mei Chen"] == "€75.00" and totals["ada"] == "€45.00"
    assert totals["Refunds"] == "-€20.00" and totals["Net total"] == "€120.00"
    names = [dialog.practitioner_box.itemText(i) for i in range(dialog.practitioner_box.count())]
    assert names == ["Everyone", "ada", "Dr Mei Chen"]


def test_another_date_is_typed_and_shown(qtbot, clinic: Clinic, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, clinic, Chooser(tmp_path), tmp_path)
    _retype(qtbot, dialog.day_edit, "2026-12-06")
    qtbot.keyClick(dialog.day_edit, Qt.Key.Key_Return)
    assert _totals(dialog)["Net total"] == "€99.00"
    _retype(qtbot, dialog.day_edit, "6 Dec")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("day") == "Date: a date as YYYY-MM-DD."
    assert dialog.day_edit.text() == "6 Dec"  # kept as typed
    assert dialog.focusWidget() is dialog.day_edit


def test_the_takings_are_saved_as_pdf_and_csv(qtbot, clinic: Clinic, tmp_path: Path) -> None:
    chooser = Chooser(tmp_path)
    dialog = _dialog(qtbot, clinic, chooser, tmp_path)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "takings-2026-12-07.pdf"
    assert contains(text(pdf.read_bytes()), "Net total")
    assert chooser.asked[0][1] == str(pdf) and "*.pdf" in chooser.asked[0][2]
    assert dialog.message.text == f"Saved {pdf}."
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    saved = (tmp_path / "takings-2026-12-07.csv").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(saved)))
    assert rows[-1][3:5] == ["Net total", "120.00"]
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)  # the chooser asked: replaced
    assert dialog.message.text.startswith("Saved ")


def test_the_day_sheet_of_one_practitioner(qtbot, clinic: Clinic, tmp_path: Path) -> None:
    chooser = Chooser(tmp_path)
    dialog = _dialog(qtbot, clinic, chooser, tmp_path)
    box = dialog.practitioner_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "Dr Mei Chen"
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    sheet = tmp_path / "day-sheet-2026-12-07-chen.pdf"
    found = text(sheet.read_bytes())
    assert contains(found, "Zoë Fictional") and not contains(found, "Tom Madeup")


def test_a_name_without_its_suffix_gets_one_and_cancel_writes_nothing(
    qtbot, clinic: Clinic, tmp_path: Path
) -> None:
    chooser = Chooser(str(tmp_path / "closing"))
    dialog = _dialog(qtbot, clinic, chooser, tmp_path)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "closing.csv").is_file()
    chooser.answer = ""
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".pdf")) == [
        "closing.csv"
    ]
    assert dialog.message.text == f"Saved {tmp_path / 'closing.csv'}."  # unchanged


def test_a_refused_path_is_said_in_the_window(qtbot, clinic: Clinic, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    dialog = _dialog(qtbot, clinic, Chooser(str(folder)), tmp_path)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert "folder" in dialog.message.text
    assert dialog.day_edit.text() == "2026-12-07"


def test_open_end_of_day_opens_the_window_over_its_parent(
    qtbot, clinic: Clinic, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    open_end_of_day(parent, clinic.service(clinic.chen), DAY, choose_file=Chooser(tmp_path))
    dialog = parent.findChild(EndOfDayDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "End of day"
    dialog.close()


def test_the_presenter_without_a_window(clinic: Clinic, tmp_path: Path) -> None:
    presenter = EndOfDayPresenter(clinic.service(clinic.rita), DAY, folder=lambda: tmp_path)
    assert presenter.load("2026-12-07").message == ""
    assert presenter.takings is not None and presenter.takings.net_cents == 12000
    wrong = presenter.load("2026-02-30")
    assert (wrong.field, wrong.message) == ("day", "Date: a date as YYYY-MM-DD.")
    unknown = presenter.save_day_sheet("2026-12-07", "nobody", lambda _: str(tmp_path / "x"))
    assert (unknown.field, unknown.message) == (
        "practitioner",
        "Practitioner: no account called nobody.",
    )
    assert not (tmp_path / "x.pdf").exists()
    assert presenter.suggested(DAY, "day_sheet", "chen").name == "day-sheet-2026-12-07-chen.pdf"
