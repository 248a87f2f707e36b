"""The questions' Qt side, and presenters that stay free of Qt."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from planner.services.patients import PatientRow
from planner.ui.questions import DuplicateChoice
from planner.ui.widgets.question_dialogs import DuplicatesDialog

ROWS = [
    PatientRow(7, 1001, "Chen", "Amelia", "Millie", dt.date(1955, 7, 4), "07700 900789", False),
    PatientRow(9, 1002, "Chen", "Amelia", "", dt.date(1955, 7, 4), "", True),
]


def make(qtbot) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ROWS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_duplicates_are_listed_with_chart_name_birth_date_and_phone(qtbot) -> None:
    dialog = make(qtbot)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert cells == [
        ["001001", "Chen, Amelia", "1955-07-04", "07700 900789"],
        ["001002", "Chen, Amelia (archived)", "1955-07-04", ""],
    ]
    assert dialog.answer.choice is DuplicateChoice.BACK_TO_FORM  # closing = back to the form
    assert dialog.back_button.isDefault()


def test_open_existing_answers_with_the_selected_patient(qtbot) -> None:
    dialog = make(qtbot)
    dialog.table.selectRow(1)
    dialog.open_button.click()
    assert (dialog.answer.choice, dialog.answer.patient_id) == (DuplicateChoice.OPEN_EXISTING, 9)


def test_create_anyway(qtbot) -> None:
    dialog = make(qtbot)
    dialog.create_button.click()
    assert dialog.answer.choice is DuplicateChoice.CREATE_ANYWAY


def test_presenters_and_form_logic_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import planner.ui.registration.presenter, planner.ui.intake.presenter\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
