"""The free-slot finder ("next Tuesday afternoon with Dr Chen"): practitioner, weekday,
part of the day, from which date and how long; Search lists the free times of the next
four weeks ("Tue 10 Nov 14:00"); choosing one (double-click, Enter or Choose) returns
the practitioner and the time as a :class:`ChosenSlot`, which the caller books. Part of
the booking dialogs (planner/ui/book/dialogs.py).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.appointments import SEARCH_DAYS, PartOfDay
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.services.appointment_views import BookContext
from planner.services.appointments import AppointmentService
from planner.ui.book.dialog_parts import (
    date_edit,
    from_qdate,
    length_spin,
    plain_button,
    practitioner_combo,
)
from planner.ui.book.dialog_presenter import problem_of, slot_text
from planner.ui.forms import FieldErrors
from planner.ui.widgets.message_bar import MessageBar

A_MONDAY = dt.date(2024, 1, 1)  # the weekdays' names are the locale's, from Monday
PARTS = {  # translated where shown, in the dialog's context
    PartOfDay.ANY: QT_TRANSLATE_NOOP("FreeSlotDialog", "Any time"),
    PartOfDay.MORNING: QT_TRANSLATE_NOOP("FreeSlotDialog", "Morning (before 12:00)"),
    PartOfDay.AFTERNOON: QT_TRANSLATE_NOOP("FreeSlotDialog", "Afternoon (12:00-17:00)"),
    PartOfDay.EVENING: QT_TRANSLATE_NOOP("FreeSlotDialog", "Evening (from 17:00)"),
}


class ChosenSlot(NamedTuple):
    """A free time chosen in the finder: with whom, when, and for how long."""

    practitioner_id: int
    starts_at: dt.datetime
    length_minutes: int


class FreeSlotDialog(QDialog):
    def __init__(
        self,
        service: AppointmentService,
        context: BookContext,
        today: dt.date,
        practitioner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.chosen: ChosenSlot | None = None
        self.setWindowTitle(self.tr("Find a free time"))
        self.setMinimumWidth(380)
        self.errors = FieldErrors()
        self.message = MessageBar()
        self.practitioner_combo = practitioner_combo(context, practitioner_id)
        self.weekday_combo = QComboBox()
        self.weekday_combo.addItem(self.tr("Any day"), None)
        for number in range(1, 8):
            day = A_MONDAY + dt.timedelta(days=number - 1)
            self.weekday_combo.addItem(formats.weekday_name(day), number)
        self.part_combo = QComboBox()
        for part, text in PARTS.items():
            self.part_combo.addItem(translate("FreeSlotDialog", text), part.value)
        self.from_edit = date_edit(today, today)
        self.length_spin = length_spin(context.hours.follow_up_minutes)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Free times"))
        form = QFormLayout()
        self.errors.add_row(
            form, "practitioner_id", self.tr("&Practitioner"), self.practitioner_combo
        )
        self.errors.add_row(form, "weekday", self.tr("&Weekday"), self.weekday_combo)
        self.errors.add_row(form, "part", self.tr("Part of &day"), self.part_combo)
        self.errors.add_row(form, "first_day", self.tr("&From"), self.from_edit)
        self.errors.add_row(form, "length_minutes", self.tr("&Length"), self.length_spin)
        self.search_button = plain_button(self.tr("&Search"))
        self.choose_button = plain_button(self.tr("&Choose"))
        self.choose_button.setEnabled(False)
        self.close_button = plain_button(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addLayout(form)
        column.addWidget(self.results, 1)
        column.addLayout(buttons)
        self.search_button.clicked.connect(self.search)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.results.itemActivated.connect(lambda _item: self._on_choose_button_clicked())
        self.results.currentRowChanged.connect(lambda row: self.choose_button.setEnabled(row >= 0))

    def search(self) -> None:
        """List the free times for what is chosen (the next four weeks from the date)."""
        self.results.clear()
        self.errors.clear()
        self.message.clear()
        who = self.practitioner_combo.currentData()
        if who is None:
            self.errors.show(problem_of(_no_practitioner()))
            return
        try:
            found = self.service.free_slots(
                int(who),
                from_qdate(self.from_edit.date()),
                int(self.length_spin.value()),
                days=SEARCH_DAYS,
                part=PartOfDay(self.part_combo.currentData()),
                weekday=self.weekday_combo.currentData(),
            )
        except PlannerError as error:
            problem = problem_of(error)
            self.message.show_message("" if self.errors.show(problem) else problem.message)
            return
        for moment in found:
            item = QListWidgetItem(slot_text(moment))
            item.setData(Qt.ItemDataRole.UserRole, moment)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.message.show_message(self.tr("No free time in the four weeks searched."))

    def texts(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]

    def _on_choose_button_clicked(self) -> None:
        item = self.results.currentItem()
        who = self.practitioner_combo.currentData()
        if item is None or who is None:
            return
        moment = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = ChosenSlot(int(who), moment, int(self.length_spin.value()))
        self.accept()


def _no_practitioner() -> PlannerError:
    return ValidationError(
        "practitioner_id", translate("FreeSlotDialog", "Practitioner: the clinic has none.")
    )


def ask_free_slot(
    parent: QWidget | None,
    service: AppointmentService,
    context: BookContext,
    today: dt.date,
    practitioner_id: int | None = None,
) -> ChosenSlot | None:
    """Find a free time; ``(practitioner_id, starts_at, length_minutes)`` chosen, or None."""
    dialog = FreeSlotDialog(service, context, today, practitioner_id, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
