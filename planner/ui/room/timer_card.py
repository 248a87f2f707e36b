"""One timer of the room view, readable across the room: its name, a large countdown, and
large buttons to start, pause, resume, stop and acknowledge it.

It renders a :class:`planner.domain.room.RoomTimer` (or none yet) and emits intents; the
room view sends them to the board. An ended timer turns red and flashes until seen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.room import (
    TIMER_MINUTES,
    RoomTimer,
    TimerKind,
    TimerState,
    alerting,
    clock_text,
    elapsed,
    ends_at,
    remaining,
    state,
)
from planner.ui.room.texts import timer_labels

BUTTON_HEIGHT = 56
# The buttons' size is in the style sheet too: a parent's style sheet overrides their font.
_CARD = (
    "QFrame#timerCard {{ border: 2px solid {border}; border-radius: 10px; background: {bg}; }}"
    " QPushButton {{ font-size: {{pt}}pt; font-weight: bold; }}"
)
_CALM = _CARD.format(border="#90a4ae", bg="palette(base)")
_ALERT = _CARD.format(border="#b71c1c", bg="#c62828")
_ALERT_DIM = _CARD.format(border="#b71c1c", bg="#8e0000")
_DONE = _CARD.format(border="#2e7d32", bg="#e8f5e9")
_DONE_TEXT = "#1b5e20"  # on the light green whatever the theme (a dark one has light text)


def scaled_font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


def big_button(text: str, parent: QWidget) -> QPushButton:
    """A large button in ``parent``'s type (made in it, so it follows its font)."""
    button = QPushButton(text, parent)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setFont(scaled_font(button.font(), 1.35, bold=True))
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class TimerCard(QFrame):
    start_requested = Signal(object, int)  # TimerKind, minutes
    pause_requested = Signal(int)  # timer id
    resume_requested = Signal(int)
    stop_requested = Signal(int)
    acknowledge_requested = Signal(int)

    def __init__(self, kind: TimerKind, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._timer: RoomTimer | None = None
        self._flash = False
        self.setObjectName("timerCard")
        self._button_pt = round(scaled_font(self.font(), 1.35).pointSizeF(), 1)
        self._style(_CALM)
        self.title_label = QLabel(timer_labels()[kind])
        self.title_label.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.time_label = QLabel(clock_text(dt.timedelta(minutes=minutes)))
        self.time_label.setFont(scaled_font(self.font(), 5.0, bold=True))
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel()
        self.state_label.setFont(scaled_font(self.font(), 1.3))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setWordWrap(True)

        low, high = TIMER_MINUTES[kind]
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(low, high)
        self.minutes_box.setValue(min(max(minutes, low), high))
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.minutes_box.setMinimumHeight(BUTTON_HEIGHT)
        self.minutes_box.valueChanged.connect(self._on_minutes_box_value_changed)
        self.start_button = big_button(self.tr("Start"), self)
        self.pause_button = big_button(self.tr("Pause"), self)
        self.resume_button = big_button(self.tr("Resume"), self)
        self.stop_button = big_button(self.tr("Stop"), self)
        self.seen_button = big_button(self.tr("Seen — time is up"), self)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.pause_button.clicked.connect(lambda: self._emit_for(self.pause_requested))
        self.resume_button.clicked.connect(lambda: self._emit_for(self.resume_requested))
        self.stop_button.clicked.connect(lambda: self._emit_for(self.stop_requested))
        self.seen_button.clicked.connect(lambda: self._emit_for(self.acknowledge_requested))
        self._name_controls(timer_labels()[kind])

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for widget in (
            self.minutes_box,
            self.start_button,
            self.pause_button,
            self.resume_button,
            self.seen_button,
            self.stop_button,
        ):
            buttons.addWidget(widget, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(6)
        column.addWidget(self.title_label)
        column.addWidget(self.time_label, 1)
        column.addWidget(self.state_label)
        column.addLayout(buttons)
        self.show_timer(None, dt.datetime.now(dt.UTC))

    def _name_controls(self, timer: str) -> None:
        """Each control says which timer it is for: the room shows several cards, and a
        screen reader would otherwise hear "Start" three times."""
        self.setAccessibleName(timer)
        for widget, action in (
            (self.minutes_box, self.tr("Minutes")),
            (self.start_button, self.tr("Start")),
            (self.pause_button, self.tr("Pause")),
            (self.resume_button, self.tr("Resume")),
            (self.seen_button, self.tr("Seen — time is up")),
            (self.stop_button, self.tr("Stop")),
        ):
            widget.setAccessibleName(
                self.tr("{action} ({timer})").format(action=action, timer=timer)
            )

    def controls(self) -> list[QWidget]:
        """The card's controls in reading (and Tab) order."""
        return [
            self.minutes_box,
            self.start_button,
            self.pause_button,
            self.resume_button,
            self.seen_button,
            self.stop_button,
        ]

    @property
    def timer(self) -> RoomTimer | None:
        return self._timer

    @property
    def alerting(self) -> bool:
        return self.property("alerting") is True

    def show_timer(self, timer: RoomTimer | None, now: dt.datetime) -> None:
        """Show ``timer`` (None: not started) as it stands at ``now``."""
        self._timer = timer
        current = state(timer, now) if timer is not None else None
        ringing = timer is not None and alerting(timer, now)
        self.setProperty("alerting", ringing)
        if timer is None or current == TimerState.STOPPED:
            if timer is not None and timer.stopped_at is not None:
                ran = elapsed(timer, now)  # frozen at the stop: what it ran, not planned
                self.time_label.setText(clock_text(ran))
                self.state_label.setText(
                    self.tr("Done — stopped at {time} after {ran} of {planned}").format(
                        time=_local(timer.stopped_at),
                        ran=clock_text(ran),
                        planned=clock_text(timer.duration),
                    )
                )
            else:
                minutes = self.minutes_box.value()
                self.time_label.setText(clock_text(dt.timedelta(minutes=minutes)))
                self.state_label.setText(self.tr("Not started"))
            self._buttons(start=True)
            self._style(_DONE if timer is not None else _CALM)
            self._colour_text(_DONE_TEXT if timer is not None else None)
            return
        self.time_label.setText(clock_text(remaining(timer, now)))
        if current == TimerState.PAUSED:
            self.state_label.setText(self.tr("Paused"))
        elif current == TimerState.RUNNING:
            end = ends_at(timer)
            self.state_label.setText(
                self.tr("Ends at {time}").format(time=_local(end)) if end else ""
            )
        elif ringing:
            self.state_label.setText(self.tr("TIME IS UP"))
        else:
            self.state_label.setText(self.tr("Time is up — seen"))
        self._buttons(
            pause=current == TimerState.RUNNING,
            resume=current == TimerState.PAUSED,
            seen=ringing,
            stop=True,
        )
        if ringing:
            self._flash = not self._flash
            self._style(_ALERT if self._flash else _ALERT_DIM)
            self._colour_text("white")
        else:
            self._style(_CALM)
            self._colour_text(None)

    def _buttons(
        self,
        *,
        start: bool = False,
        pause: bool = False,
        resume: bool = False,
        seen: bool = False,
        stop: bool = False,
    ) -> None:
        self.minutes_box.setVisible(start)
        self.start_button.setVisible(start)
        self.pause_button.setVisible(pause)
        self.resume_button.setVisible(resume)
        self.seen_button.setVisible(seen)
        self.stop_button.setVisible(stop)

    def _style(self, sheet: str) -> None:
        text = sheet.replace("{pt}", str(self._button_pt))
        if self.styleSheet() != text:  # re-polishing every tick would be wasted work
            self.setStyleSheet(text)

    def _colour_text(self, colour: str | None) -> None:
        style = f"color: {colour};" if colour else ""
        for label in (self.title_label, self.time_label, self.state_label):
            label.setStyleSheet(style)

    def _emit_for(self, signal: Signal) -> None:
        if self._timer is not None and self._timer.id is not None:
            signal.emit(self._timer.id)  # type: ignore[attr-defined]

    def _on_start_button_clicked(self) -> None:
        self.start_requested.emit(self.kind, self.minutes_box.value())

    def _on_minutes_box_value_changed(self, minutes: int) -> None:
        if self._timer is None:  # a stopped timer keeps showing the time it ran
            self.time_label.setText(clock_text(dt.timedelta(minutes=minutes)))


def _local(moment: dt.datetime | None) -> str:
    return formats.time_text(moment.astimezone()) if moment is not None else ""
