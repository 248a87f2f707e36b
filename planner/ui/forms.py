"""Showing a problem at the field it names, for every form in the application.

Services and presenters name the field at fault (a :class:`~planner.ui.problem.Problem`,
or ``problems = {field: message}`` for forms that check everything at once). A form
registers its fields under the same names with :meth:`FieldErrors.wrap` (or
:meth:`FieldErrors.add_row`); showing a problem puts a red line under the field, draws a
red frame around it and focuses it (the first one, in the order the form lists them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.ui.problem import Problem
from planner.ui.style import ERROR_STYLE, problem_frame_style


def error_label() -> QLabel:
    """A hidden, word-wrapping, plain-text label in the error colour."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


@dataclass(frozen=True, slots=True)
class _Field:
    frame: QWidget  # drawn with a red border when at fault
    focus: QWidget  # focused when it is the first field at fault
    label: QLabel  # the message, under the field


class FieldErrors:
    """The error lines of one form, keyed by the field names services use."""

    def __init__(self) -> None:
        self._fields: dict[str, _Field] = {}

    def wrap(
        self,
        name: str,
        field: QWidget,
        *,
        focus: QWidget | None = None,
        frame: QWidget | None = None,
    ) -> QWidget:
        """``field`` with its (hidden) error line below it, to put into a layout.

        ``focus`` is the widget to focus when the field is at fault and ``frame`` the one
        drawn in red (both default to ``focus`` if given, else ``field``).
        """
        label = error_label()
        label.setObjectName(f"error_{name}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(label)
        focus = focus or field
        frame = frame or focus
        frame.setObjectName(frame.objectName() or f"field_{name}")
        frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # plain QWidgets too
        self._fields[name] = _Field(frame, focus, label)
        return box

    def add_row(
        self,
        form: QFormLayout,
        name: str,
        caption: str,
        field: QWidget,
        *,
        focus: QWidget | None = None,
        frame: QWidget | None = None,
    ) -> QLabel:
        """A form row: ``caption`` (with its & mnemonic going to the field) and the field."""
        label = QLabel(caption)
        label.setBuddy(focus or field)
        (focus or field).setAccessibleName(caption.replace("&", ""))
        form.addRow(label, self.wrap(name, field, focus=focus, frame=frame))
        return label

    def names(self) -> list[str]:
        return list(self._fields)

    def label(self, name: str) -> QLabel:
        return self._fields[name].label

    def text(self, name: str) -> str:
        """The message shown at ``name`` ("" when none)."""
        label = self._fields[name].label
        return label.text() if not label.isHidden() else ""

    def is_marked(self, name: str) -> bool:
        return bool(self._fields[name].frame.property("problem"))

    def clear(self) -> None:
        for name in self._fields:
            self._mark(name, "")

    def show(self, problem: Problem) -> bool:
        """Show ``problem`` at its field and focus it; False when no field of this form fits."""
        if problem.field is None:
            self.clear()
            return False
        return not self.show_all({problem.field: problem.message})

    def show_all(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Mark every field named; returns the problems no field of this form shows."""
        self.clear()
        first: QWidget | None = None
        for name in self._fields:
            if name in problems:
                self._mark(name, problems[name])
                first = first or self._fields[name].focus
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return {name: text for name, text in problems.items() if name not in self._fields}

    def _mark(self, name: str, message: str) -> None:
        field = self._fields[name]
        field.label.setText(message)
        field.label.setVisible(bool(message))
        field.focus.setAccessibleDescription(message)
        frame = field.frame
        frame.setProperty("problem", bool(message))
        frame.setStyleSheet(problem_frame_style(frame.objectName()) if message else "")
