"""The small text and choice inputs every form is made of, each quick with the keyboard.

* :class:`ScoreBox` — a 0–10 score that can be left "not asked".
* :class:`ChoiceField` — Yes / No (or Given / Declined, Left / Right / Both) that can be
  left unanswered: one Tab stop, the first letter of an option picks it, Delete clears;
  a click on the chosen option clears it again. A screen reader meets it as a named group
  (the question) whose value is the answer ("Yes", "No" or "not answered"), holding the
  options as radio buttons with their checked state.
* :class:`DateLine`, :class:`TextArea` — a date typed as YYYY-MM-DD; a few lines of text
  where Tab moves on instead of typing a tab.

They began in the intake and are now used by the intake, course, plan and session screens
alike; a screen's own inputs stay in its package.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

NOT_ASKED = -1


class ScoreBox(QSpinBox):
    """0–10, or "not asked" (the value below 0).

    Typed as a person expects wherever the cursor was put: a digit typed into a box that
    shows "not asked" replaces those words (a click leaves the cursor inside them, where a
    plain spin box would refuse the digit), and emptying the box with Delete or Backspace
    sets it back to "not asked", as does the down arrow below 0.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_ASKED, 10)
        self.setSpecialValueText(self.tr("not asked"))
        self.setValue(NOT_ASKED)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(self.tr("not asked")) + 48)

    def score(self) -> int | None:
        value = self.value()
        return None if value == NOT_ASKED else value

    def set_score(self, score: int | None) -> None:
        self.setValue(NOT_ASKED if score is None else score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        if event.text().isdigit() and self._shows_not_asked():
            line.selectAll()
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not line.text().strip():
            self.setValue(NOT_ASKED)
            line.selectAll()

    def fixup(self, text: str) -> str:
        """An emptied box left with Tab or a click elsewhere means "not asked"."""
        return self.textFromValue(NOT_ASKED) if not text.strip() else super().fixup(text)

    def _shows_not_asked(self) -> bool:
        return self.lineEdit().text() == self.specialValueText()


class ChoiceField(QFrame):
    """One answer out of a few, or none: a row of option buttons that is one Tab stop.

    Its accessible name is the question (``setAccessibleName``, or the label whose buddy
    it is); its accessible value is :meth:`answer_text`.
    """

    value_changed = Signal()

    def __init__(
        self, options: Sequence[tuple[object, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._values = [value for value, _ in options]
        self._value: object | None = None
        self.buttons: list[QRadioButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(14)
        keys = []
        for index, (_value, label) in enumerate(options):
            button = QRadioButton(label)  # exclusive: a screen reader says "radio button"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, i=index: self._on_button_clicked(i))
            self.buttons.append(button)
            row.addWidget(button)
            keys.append(label[:1].upper())
        row.addStretch(1)
        self._keys = {key: i for i, key in enumerate(keys) if keys.count(key) == 1}
        self.setToolTip(self.tr("Keys: {keys}; Delete clears").format(keys=" / ".join(self._keys)))

    def value(self) -> object | None:
        return self._value

    def answer_text(self) -> str:
        """The answer as a screen reader says it: the option's label, or "not answered"."""
        if self._value is None:
            return self.tr("not answered")
        return self.buttons[self._values.index(self._value)].text().replace("&", "")

    def set_value(self, value: object | None) -> None:
        before = self._value
        self._value = value if value in self._values else None
        for index, button in enumerate(self.buttons):
            button.setAutoExclusive(False)  # an exclusive button cannot be unchecked
            button.setChecked(self._value is not None and self._values[index] == self._value)
            button.setAutoExclusive(True)
        if self._value != before and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, self.answer_text()))

    def choose(self, value: object | None) -> None:
        """Set the answer as a click would (emits :attr:`value_changed` on a change)."""
        self._choose(value)

    def _choose(self, value: object | None) -> None:
        if value != self._value:
            self.set_value(value)
            self.value_changed.emit()

    def _on_button_clicked(self, index: int) -> None:
        """A click picks the option, or clears the answer when it was already chosen."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        chosen = self._values[index]
        self._choose(None if self._value == chosen else chosen)
        self.set_value(self._value)  # the buttons as the answer says, whatever the click did

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text().upper()
        if key in self._keys:
            self._choose(self._values[self._keys[key]])
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            current = self._values.index(self._value) if self._value in self._values else -1
            self._choose(self._values[(current + step) % len(self._values)])
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().highlight().color(), 1.5))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class _ChoiceAccessible(QAccessibleWidget):
    """A :class:`ChoiceField` for assistive technology: a group named by its question,
    whose value is the answer (the options inside are radio buttons with their state)."""

    def __init__(self, field: ChoiceField) -> None:
        super().__init__(field, QAccessible.Role.Grouping)
        self._field = field

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._field.answer_text()
        return str(super().text(kind))


def _accessible_for(_key: str, obj: object) -> QAccessibleInterface | None:
    return _ChoiceAccessible(obj) if isinstance(obj, ChoiceField) else None


QAccessible.installFactory(_accessible_for)


class DateLine(QLineEdit):
    """A date typed as YYYY-MM-DD."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 40)


class TextArea(QPlainTextEdit):
    """A few lines of text; Tab moves to the next field."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

    def lines(self) -> tuple[str, ...]:
        """Non-blank lines, as typed."""
        return tuple(line for line in self.toPlainText().split("\n") if line.strip())
