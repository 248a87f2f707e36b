"""Showing a problem at the field it names, for every form in the application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.problem import Problem

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    """A hidden, word-wrapping, plain-text label in the error colour."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


class FieldErrors:
    """One error line under each field of a form, keyed by the names services use."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """``field`` with its (hidden) error line below it, to put into the form."""
        label = error_label()
        label.setObjectName(f"error_{name}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(label)
        self._fields[name] = (field, label)
        return box

    def label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def text(self, name: str) -> str:
        """The error shown at ``name`` ("" when none)."""
        label = self._fields[name][1]
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        for field, label in self._fields.values():
            label.clear()
            label.setVisible(False)
            field.setAccessibleDescription("")

    def show(self, problem: Problem) -> bool:
        """Show ``problem`` at its field and focus it; False when no field of this form fits."""
        self.clear()
        if problem.field not in self._fields:
            return False
        field, label = self._fields[problem.field]
        label.setText(problem.message)
        label.setVisible(True)
        field.setAccessibleDescription(problem.message)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
