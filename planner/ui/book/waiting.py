"""Who is waiting: a practitioner's checked-in patients of today, oldest check-in first,
each with its time, session, when they checked in and how long they have waited
("arrived 09:12 · waiting 12 min"), at the top of the book's side panel. Enter or a
double-click on a patient asks for today's session (``chosen`` with the appointment's
id); the screen decides what that opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner import formats
from planner.domain.i18n import translate
from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks
from planner.ui.book.presenter import checked_in_local

ROWS_SHOWN = 4  # the list's height: then it scrolls


def wait_text(minutes: int | None) -> str:
    """``"waiting 12 min"``, ``"waiting 1 h 05 min"``; empty when not known."""
    if minutes is None:
        return ""
    if minutes < 60:
        return translate("WaitingList", "waiting {minutes} min").format(minutes=minutes)
    return translate("WaitingList", "waiting {hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )


class WaitingList(QFrame):
    """The practitioner's patients waiting now (checked in, not yet in treatment)."""

    chosen = Signal(int)  # an appointment's id: open its session
    picked = Signal(int)  # an appointment's id: show it in the book and its panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Patients waiting"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # where one patient ends and the next begins
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(self.tr("Enter or double-click: open today's session"))
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.show_waiting((), lambda _v: None)

    def show_waiting(
        self,
        waiting: tuple[AppointmentView, ...],
        minutes: Callable[[AppointmentView], int | None],
    ) -> None:
        chosen = self.list.currentItem()
        kept = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.list.clear()
        self.title.setText(
            self.tr("&Waiting ({n})").format(n=len(waiting)) if waiting else self.tr("&Waiting")
        )
        for view in waiting:
            start = (
                formats.time_text(view.starts_at)
                if view.starts_at is not None
                else self.tr("time not set")
            )
            text = f"{view.patient_name}\n{start} \u00b7 {view.session_label}\n"
            checked = checked_in_local(view)
            arrived = (
                self.tr("arrived {time}").format(time=formats.time_text(checked))
                if checked is not None
                else self.tr("checked in")
            )
            text += " \u00b7 ".join(part for part in (arrived, wait_text(minutes(view))) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(looks.full_text(view))
            self.list.addItem(item)
            if view.id == kept:
                self.list.setCurrentItem(item)
        if not waiting:
            empty = QListWidgetItem(self.tr("Nobody is waiting."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        row = self.list.sizeHintForRow(0) if self.list.count() else 20
        shown = max(1, min(self.list.count(), ROWS_SHOWN))
        self.list.setFixedHeight(row * shown + 2 * self.list.frameWidth() + 4)

    def entries(self) -> list[str]:
        """The lines shown, one entry each (for tests and the screen reader's summary)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.picked.emit(int(ident))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.chosen.emit(int(ident))
