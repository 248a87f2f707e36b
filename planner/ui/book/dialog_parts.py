"""Pieces the booking dialogs share: a time box that steps by the quarter hour, the
practitioner and room combo boxes, the row of "next free" time buttons, conversions
between Qt's dates and times and Python's, and a button row whose buttons Enter never
presses by accident (Enter in the patient search box searches; it does not book).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from planner.domain.appointments import MAX_LENGTH, STEP_MINUTES
from planner.domain.i18n import translate
from planner.services.appointment_views import BookContext
from planner.ui.book.dialog_presenter import slot_text

LENGTH_LIMIT = MAX_LENGTH + 120  # the spin takes a little more: the service says what is allowed


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def combine(day: QDate, time: QTime) -> dt.datetime:
    return dt.datetime.combine(from_qdate(day), dt.time(time.hour(), time.minute()))


def minute_time(minutes: int) -> QTime:
    return QTime(minutes // 60 % 24, minutes % 60)


class QuarterTimeEdit(QTimeEdit):
    """``HH:mm``; the arrows and the mouse wheel move the minutes by 15."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * STEP_MINUTES * 60))
        else:
            super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        """In the minutes, Down from 10:00 gives 09:45 (Qt's own check stops at :00)."""
        if self.currentSection() != QDateTimeEdit.Section.MinuteSection:
            return super().stepEnabled()
        time, step = self.time(), STEP_MINUTES * 60
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if time.secsTo(self.maximumTime()) >= step:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.minimumTime().secsTo(time) >= step:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


def date_edit(day: dt.date, first: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    if first is not None:
        edit.setMinimumDate(to_qdate(min(first, day)))
    return edit


def length_spin(minutes: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, LENGTH_LIMIT)
    spin.setSingleStep(STEP_MINUTES)
    spin.setSuffix(translate("book", " min"))
    spin.setValue(minutes)
    return spin


def practitioner_combo(context: BookContext, selected: int | None) -> QComboBox:
    combo = QComboBox()
    for person in context.practitioners:
        combo.addItem(person.name, person.id)
    index = combo.findData(selected) if selected is not None else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def room_combo(context: BookContext, selected: int | None, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for room in context.rooms:
        combo.addItem(room.name, room.id)
    index = combo.findData(selected) if selected is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def plain_button(text: str) -> QPushButton:
    """A button Enter elsewhere in the dialog does not press."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


class FreeTimes(QWidget):
    """A caption and one button per free time; clicking one says which (``chosen``)."""

    chosen = Signal(object)  # dt.datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.caption)
        self._row.addStretch(1)
        self.setVisible(False)

    def set_times(self, times: Sequence[dt.datetime], caption: str) -> None:
        for button in self.buttons:
            self._row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.caption.setText(caption)
        for index, moment in enumerate(times):
            button = plain_button(f"{moment:%H:%M}")
            button.setToolTip(slot_text(moment))
            button.setAccessibleName(slot_text(moment))
            button.clicked.connect(lambda _=False, m=moment: self.chosen.emit(m))
            self._row.insertWidget(1 + index, button)
            self.buttons.append(button)
        self.setVisible(bool(caption))

    def texts(self) -> list[str]:
        return [b.text() for b in self.buttons]
