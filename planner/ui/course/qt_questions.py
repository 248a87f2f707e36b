"""The course screens' questions as modal dialogs (what the application hands the
presenters). A question waits for its answer in its own event loop (``exec()``) here,
and only here; tests use a fake that answers at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses import MAX_SESSIONS
from planner.ui.course.questions import ExtendAnswer, TemplateAnswer
from planner.ui.forms import error_label
from planner.ui.registration.qt_questions import QtFormQuestions
from planner.ui.registration.questions import UnsavedAnswer
from planner.ui.widgets.inputs import TextArea


def _tr(text: str) -> str:
    return QCoreApplication.translate("CourseQuestions", text)


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


class QtCourseQuestions:
    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def attach(self, parent: QWidget) -> None:
        self._parent = parent

    def _owner(self) -> QWidget | None:
        return self._parent or QApplication.activeWindow()

    def unsaved_changes(self) -> UnsavedAnswer:
        return QtFormQuestions(self._owner()).unsaved_changes()

    def extend_course(self, number: int, planned: int, problem: str = "") -> ExtendAnswer | None:
        dialog = QuestionDialog(
            _tr("Extend the course?"),
            _tr(
                "Session {number} would be past the {planned} sessions planned for this "
                "course. Extend the course to record it: how many more sessions, and why? "
                "The extension is recorded with its reason."
            ).format(number=number, planned=planned),
            problem,
            _tr("&Extend and open the session"),
            self._owner(),
        )
        extra = QSpinBox()
        extra.setRange(1, max(MAX_SESSIONS - planned, 1))
        extra.setValue(1)
        reason = TextArea(3)
        dialog.row(_tr("&More sessions"), extra)
        dialog.row(_tr("&Why"), reason)
        reason.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ExtendAnswer(extra.value(), reason.text())

    def template_name(self, problem: str = "") -> TemplateAnswer | None:
        dialog = QuestionDialog(
            _tr("Save as clinic template"),
            _tr(
                "The plan's points and techniques become a template every practitioner "
                "of the clinic can start from (no patient data is kept in it)."
            ),
            problem,
            _tr("&Save template"),
            self._owner(),
        )
        name = QLineEdit()
        description = TextArea(3)
        dialog.row(_tr("&Name"), name)
        dialog.row(_tr("&Description"), description)
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return TemplateAnswer(name.text(), description.text())

    def amendment(self, problem: str = "") -> str | None:
        dialog = QuestionDialog(
            _tr("Add an amendment"),
            _tr(
                "The signed session stays as it is; the amendment is added beside it "
                "with your name and today's date."
            ),
            problem,
            _tr("&Add amendment"),
            self._owner(),
        )
        text = TextArea(5)
        dialog.row(_tr("&Amendment"), text)
        text.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return text.text()
