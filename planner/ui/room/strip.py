"""The timer strip along the top of the main window: every session in the treatment room,
with its running timers, so the practitioner can see the next patient while one rests.

One button per room (``Zoë O. · Retention 12:34 · EA 05:10``), red while a timer's time
is up; a click opens that room view. Hidden while no session is in the room. A session
left in the room by an earlier run (a crash, a power cut) shows here at once after
signing in, marked as unfinished.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.domain.room import TimerState, alerting, clock_text, remaining, state
from planner.services.room_view import RoomView
from planner.ui.room.board import RoomBoard
from planner.ui.room.texts import needles_out_text, room_name, timer_short_labels

_CHIP = (
    "QPushButton {{ border: 1px solid {border}; border-radius: 6px; padding: 4px 10px;"
    " background: {bg}; color: {fg}; font-weight: bold; }}"
)
_CALM = _CHIP.format(border="#1565c0", bg="#e3f2fd", fg="#0d47a1")
_ALERT = _CHIP.format(border="#b71c1c", bg="#c62828", fg="white")
_IDLE = _CHIP.format(border="#ef6c00", bg="#fff3e0", fg="#bf360c")  # 5.6:1


def chip_text(view: RoomView, now: dt.datetime) -> str:
    """``Zoë O. · Retention 12:34 · EA +00:40`` — or the needles still to come out."""
    labels = timer_short_labels()
    parts = [room_name(view)]
    for timer in view.live_timers():
        left = remaining(timer, now)
        mark = " ⏸" if state(timer, now) == TimerState.PAUSED else ""
        parts.append(f"{labels[timer.kind]} {clock_text(left)}{mark}")
    if not view.live_timers():
        parts.append(needles_out_text(view.count.accounted, view.count.needles_in))
    return " · ".join(parts)


class TimerStrip(QFrame):
    room_requested = Signal(int)
    """The user chose a room (its id) to open its view."""

    def __init__(self, board: RoomBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._chips: dict[int, QPushButton] = {}
        self._from_before: set[int] = set()
        self.setObjectName("timerStrip")
        self.setStyleSheet("QFrame#timerStrip { border-bottom: 1px solid palette(mid); }")
        self.title_label = QLabel(self.tr("In the treatment room:"))
        self.title_label.setStyleSheet("font-weight: bold;")
        self.silent_check = QCheckBox(self.tr("Silent"))
        self.silent_check.setToolTip(self.tr("No sound when a timer ends; it still turns red."))
        self.silent_check.setChecked(board.silent)
        self.silent_check.toggled.connect(board.set_silent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 4, 8, 4)
        self._row.setSpacing(8)
        self._row.addWidget(self.title_label)
        self._row.addStretch(1)
        self._row.addWidget(self.silent_check)
        board.changed.connect(self._on_board_changed)
        board.removed.connect(self._on_board_removed)
        board.ticked.connect(self._on_board_ticked)
        self.setVisible(False)

    def mark_from_before(self, room_ids: set[int]) -> None:
        """These rooms were left unfinished by an earlier run: say so on their buttons."""
        self._from_before = set(room_ids)
        self._on_board_ticked()

    def chip(self, room_id: int) -> QPushButton | None:
        return self._chips.get(room_id)

    def _on_board_changed(self, room_id: int) -> None:
        if room_id not in self._chips and self._board.room(room_id) is not None:
            chip = QPushButton()
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setProperty("room_id", room_id)
            chip.clicked.connect(self._on_chip_clicked)
            self._row.insertWidget(len(self._chips) + 1, chip)
            self._chips[room_id] = chip
        self._on_board_ticked()

    def _on_board_removed(self, room_id: int) -> None:
        chip = self._chips.pop(room_id, None)
        if chip is not None:
            chip.deleteLater()
        self._from_before.discard(room_id)
        self.setVisible(bool(self._chips))

    def _on_board_ticked(self) -> None:
        now = self._board.now()
        self.silent_check.blockSignals(True)
        self.silent_check.setChecked(self._board.silent)
        self.silent_check.blockSignals(False)
        for room_id, chip in self._chips.items():
            view = self._board.room(room_id)
            if view is None:
                continue
            text = chip_text(view, now)
            if room_id in self._from_before:
                text = self.tr("{room} — unfinished, open to finish").format(room=text)
            chip.setText(text)
            ringing = any(alerting(t, now) for t in view.live_timers())
            style = _ALERT if ringing else _CALM if view.live_timers() else _IDLE
            if chip.styleSheet() != style:  # re-polishing every tick would be wasted work
                chip.setStyleSheet(style)
            chip.setToolTip(
                self.tr("Open the treatment room view ({label})").format(label=view.label)
            )
        self.setVisible(bool(self._chips))

    def _on_chip_clicked(self) -> None:
        chip = self.sender()
        room_id = chip.property("room_id") if chip is not None else None
        if isinstance(room_id, int):
            self.room_requested.emit(room_id)
