"""Admin → Clinic settings → Treatment rooms: the rooms appointments can be booked in,
listed with the retired ones; Add, Rename, Retire and Bring back (a room is never deleted: past
appointments keep naming it). Each change is saved at once, apart from the settings'
Save button; a problem with the name is shown under the name box, the text kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services.clinic_views import RoomView
from planner.ui.admin.clinic_settings_presenter import ClinicSettingsPresenter
from planner.ui.forms import FieldErrors
from planner.ui.problem import Problem
from planner.ui.prompts import Prompts
from planner.ui.style import set_hint

ROOM_ID = Qt.ItemDataRole.UserRole


class _NameBox(QLineEdit):
    """Enter adds the room (returnPressed) and goes no further: not the dialog's Save."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class RoomsPanel(QGroupBox):
    rooms_changed = Signal()
    """A room was added, renamed or retired (already saved)."""

    def __init__(
        self, presenter: ClinicSettingsPresenter, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Treatment rooms"), parent)
        self._presenter = presenter
        self._prompts = prompts
        self.errors = FieldErrors()
        self.room_list = QListWidget()
        self.room_list.setAccessibleName(self.tr("Treatment rooms"))
        lines = self.fontMetrics().lineSpacing()
        self.room_list.setMinimumHeight(lines * 4)
        self.room_list.setMaximumHeight(lines * 8)
        self.name_box = _NameBox()
        self.name_box.setPlaceholderText(self.tr("Room name"))
        self.name_box.setAccessibleName(self.tr("Room name"))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.rename_button = QPushButton(self.tr("Rena&me"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.reactivate_button = QPushButton(self.tr("Bring &back"))
        self.reactivate_button.setToolTip(self.tr("Book in this retired room again"))
        hint = QLabel(self.tr("Room changes are saved at once. Retired rooms are kept."))
        hint.setWordWrap(True)
        set_hint(hint)  # secondary text, not disabled text
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.reactivate_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.room_list)
        layout.addWidget(self.errors.wrap("name", self.name_box))
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.room_list.currentItemChanged.connect(self._on_room_list_current_changed)
        self.name_box.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        rooms = self._presenter.rooms()
        if isinstance(rooms, Problem):
            self._prompts.error(self, self.tr("Treatment rooms"), rooms.message)
            return
        self.room_list.clear()
        for room in rooms:
            text = room.name if room.active else self.tr("%1 (retired)").replace("%1", room.name)
            item = QListWidgetItem(text)
            item.setData(ROOM_ID, room)
            if not room.active:
                item.setForeground(self.palette().placeholderText())
            self.room_list.addItem(item)
            if room.id == select_id:
                self.room_list.setCurrentItem(item)
        self._enable()

    def selected(self) -> RoomView | None:
        item = self.room_list.currentItem()
        room = item.data(ROOM_ID) if item is not None else None
        return room if isinstance(room, RoomView) else None

    def add(self) -> None:
        self._done(self._presenter.add_room(self.name_box.text()), clear=True)

    def rename(self) -> None:
        room = self.selected()
        if room is not None:
            self._done(self._presenter.rename_room(room.id, self.name_box.text()), clear=False)

    def retire(self) -> None:
        room = self.selected()
        if room is None or not room.active:
            return
        asked = self.tr("Retire %1? No new appointments can be booked in it; past ones keep it.")
        if not self._prompts.confirm(
            self, self.tr("Retire room"), asked.replace("%1", room.name), self.tr("Retire")
        ):
            return
        self._done(self._presenter.retire_room(room.id), clear=False)

    def reactivate(self) -> None:
        room = self.selected()
        if room is not None and not room.active:
            self._done(self._presenter.reactivate_room(room.id), clear=False)

    def _done(self, result: RoomView | Problem, *, clear: bool) -> None:
        if isinstance(result, Problem):
            if not self.errors.show(result):
                self._prompts.error(self, self.tr("Treatment rooms"), result.message)
            return
        self.errors.clear()
        self.reload(result.id)
        if clear:
            self.name_box.clear()
        self.rooms_changed.emit()

    def _on_room_list_current_changed(self) -> None:
        room = self.selected()
        if room is not None:
            self.name_box.setText(room.name)
        self._enable()

    def _enable(self) -> None:
        room = self.selected()
        self.rename_button.setEnabled(room is not None)
        self.retire_button.setEnabled(room is not None and room.active)
        self.reactivate_button.setEnabled(room is not None and not room.active)
