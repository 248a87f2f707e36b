"""The form questions as modal dialogs: what the application hands the presenters.

Kept apart from the protocol so presenters never import Qt. A question waits for its
answer in its own event loop (``exec()``) here, and only here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.patients import PatientRow, format_chart_number
from planner.ui.registration.questions import (
    DuplicateAnswer,
    DuplicateChoice,
    UnsavedAnswer,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormQuestions", text)


class QtFormQuestions:
    """The questions as modal dialogs over ``parent`` (or the active window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def attach(self, parent: QWidget) -> None:
        """Ask over ``parent`` (the form's own window, made after its presenter): the
        questions then belong to that window, and a lock dismisses them with it."""
        self._parent = parent

    def _owner(self) -> QWidget | None:
        return self._parent or QApplication.activeWindow()

    def unsaved_changes(self) -> UnsavedAnswer:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Unsaved changes"),
            _tr("You have made changes that are not saved yet."),
            parent=self._owner(),
        )
        save = box.addButton(_tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return UnsavedAnswer.SAVE
        if clicked is discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.KEEP_EDITING

    def confirm_archive(self, archive: bool) -> bool:
        if archive:
            title, text, action = (
                _tr("Archive patient"),
                _tr(
                    "Archive this patient? They leave the patient list; their records are kept "
                    "and you can bring them back at any time."
                ),
                _tr("Archive"),
            )
        else:
            title, text, action = (
                _tr("Unarchive patient"),
                _tr("Bring this patient back to the patient list?"),
                _tr("Unarchive"),
            )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._owner())
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def possible_duplicates(self, rows: Sequence[PatientRow]) -> DuplicateAnswer:
        dialog = DuplicatesDialog(rows, self._owner())
        dialog.exec()
        return dialog.answer


class DuplicatesDialog(QDialog):
    """Patients who may be the one being registered, and what to do about it."""

    def __init__(self, rows: Sequence[PatientRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.setMinimumWidth(560)
        self._rows = list(rows)
        self.answer = DuplicateAnswer(DuplicateChoice.BACK_TO_FORM)
        intro = QLabel(
            self.tr(
                "This patient may already be registered: the same name and date of birth, "
                "or the same phone number."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chart no."), self.tr("Name"), self.tr("Date of birth"), self.tr("Phone")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(self._rows):
            name = ", ".join(part for part in (row.family_name, row.given_name) if part)
            if row.archived:
                name = self.tr("{name} (archived)").format(name=name)
            cells = (
                format_chart_number(row.chart_number),
                name,
                row.date_of_birth.isoformat(),
                row.phone,
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self._rows:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self._on_open_clicked)

        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button = QPushButton(self.tr("&Open existing"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button = QPushButton(self.tr("&Create anyway"))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_open_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.answer = DuplicateAnswer(DuplicateChoice.OPEN_EXISTING, self._rows[row].id)
            self.accept()

    def _on_create_clicked(self) -> None:
        self.answer = DuplicateAnswer(DuplicateChoice.CREATE_ANYWAY)
        self.accept()
