"""The modal dialogs that answer :mod:`planner.ui.questions`: what the application hands
the presenters (tests hand them fakes instead).

One unsaved-changes question (Save / Discard changes / Keep editing) and one confirm
question (an action button and Cancel, Cancel the default) serve every screen, including
:class:`planner.ui.prompts.Prompts`; :class:`QtFormQuestions` asks the patient and intake
forms' questions (with the possible-duplicates table), :class:`QtCourseQuestions` the plan,
course and session screens' (extend the course, name a template, add an amendment). A
question waits for its answer in its own event loop (``exec()``) here, and only here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.courses import MAX_SESSIONS
from planner.domain.i18n import translate
from planner.services.patients import PatientRow, format_chart_number
from planner.ui.forms import error_label
from planner.ui.questions import (
    DuplicateAnswer,
    DuplicateChoice,
    ExtendAnswer,
    TemplateAnswer,
    UnsavedAnswer,
)
from planner.ui.widgets.inputs import TextArea


def ask_unsaved_changes(parent: QWidget | None) -> UnsavedAnswer:
    """Save, discard or keep editing? (Esc and the default button keep editing.)"""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("FormQuestions", "Unsaved changes"),
        translate("FormQuestions", "You have made changes that are not saved yet."),
        parent=parent,
    )
    save = box.addButton(translate("FormQuestions", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("FormQuestions", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("FormQuestions", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedAnswer.SAVE
    if clicked is discard:
        return UnsavedAnswer.DISCARD
    return UnsavedAnswer.KEEP_EDITING


def ask_to_confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing ``action`` (the text of the button that does it); True: go on.
    Cancel is the default, so Enter or Esc never does it by accident."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


class _QtQuestions:
    """Questions asked over a window: the one given, else the active one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def attach(self, parent: QWidget) -> None:
        """Ask over ``parent`` (the form's own window, made after its presenter): the
        questions then belong to that window, and a lock dismisses them with it."""
        self._parent = parent

    def _owner(self) -> QWidget | None:
        return self._parent or QApplication.activeWindow()

    def unsaved_changes(self) -> UnsavedAnswer:
        return ask_unsaved_changes(self._owner())


class QtFormQuestions(_QtQuestions):
    """The patient and intake forms' questions as modal dialogs."""

    def confirm_archive(self, archive: bool) -> bool:
        if archive:
            return ask_to_confirm(
                self._owner(),
                translate("FormQuestions", "Archive patient"),
                translate(
                    "FormQuestions",
                    "Archive this patient? They leave the patient list; their records are kept "
                    "and you can bring them back at any time.",
                ),
                translate("FormQuestions", "Archive"),
            )
        return ask_to_confirm(
            self._owner(),
            translate("FormQuestions", "Unarchive patient"),
            translate("FormQuestions", "Bring this patient back to the patient list?"),
            translate("FormQuestions", "Unarchive"),
        )

    def possible_duplicates(self, rows: Sequence[PatientRow]) -> DuplicateAnswer:
        dialog = DuplicatesDialog(rows, self._owner())
        dialog.exec()
        return dialog.answer


class QtCourseQuestions(_QtQuestions):
    """The plan, course and session screens' questions as modal dialogs."""

    def extend_course(self, number: int, planned: int, problem: str = "") -> ExtendAnswer | None:
        dialog = QuestionDialog(
            translate("CourseQuestions", "Extend the course?"),
            translate(
                "CourseQuestions",
                "Session {number} would be past the {planned} sessions planned for this "
                "course. Extend the course to record it: how many more sessions, and why? "
                "The extension is recorded with its reason.",
            ).format(number=number, planned=planned),
            problem,
            translate("CourseQuestions", "&Extend and open the session"),
            self._owner(),
        )
        extra = QSpinBox()
        extra.setRange(1, max(MAX_SESSIONS - planned, 1))
        extra.setValue(1)
        reason = TextArea(3)
        dialog.row(translate("CourseQuestions", "&More sessions"), extra)
        dialog.row(translate("CourseQuestions", "&Why"), reason)
        reason.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ExtendAnswer(extra.value(), reason.text())

    def template_name(self, problem: str = "") -> TemplateAnswer | None:
        dialog = QuestionDialog(
            translate("CourseQuestions", "Save as clinic template"),
            translate(
                "CourseQuestions",
                "The plan's points and techniques become a template every practitioner "
                "of the clinic can start from (no patient data is kept in it).",
            ),
            problem,
            translate("CourseQuestions", "&Save template"),
            self._owner(),
        )
        name = QLineEdit()
        description = TextArea(3)
        dialog.row(translate("CourseQuestions", "&Name"), name)
        dialog.row(translate("CourseQuestions", "&Description"), description)
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return TemplateAnswer(name.text(), description.text())

    def amendment(self, problem: str = "") -> str | None:
        dialog = QuestionDialog(
            translate("CourseQuestions", "Add an amendment"),
            translate(
                "CourseQuestions",
                "The signed session stays as it is; the amendment is added beside it "
                "with your name and today's date.",
            ),
            problem,
            translate("CourseQuestions", "&Add amendment"),
            self._owner(),
        )
        text = TextArea(5)
        dialog.row(translate("CourseQuestions", "&Amendment"), text)
        text.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return text.text()


class QuestionDialog(QDialog):
    """A small form: an intro, the previous answer's problem in red, fields, OK/Cancel."""

    def __init__(self, title: str, intro: str, problem: str, ok: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.problem_label = error_label()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problem_label)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def row(self, caption: str, field: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(field)
        field.setAccessibleName(caption.replace("&", ""))
        self.form.addRow(label, field)


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
                formats.date_text(row.date_of_birth),
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
