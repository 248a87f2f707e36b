"""A patient's safety summary, drawn: the red-flag banner and the reminder chips.

Both render a :class:`planner.services.intake.SafetySummary` handed to them and hold no
database access. :class:`SafetyBanner` says "Refer before treating" (with each red
flag's plain message) when a red flag was answered yes, and "Emergency — same day" for a
cauda-equina sign; the intake editor drives the same banner live from its answers.
Where a course goes ahead under a recorded override, the banner stays red and says so
below the finding: who overrode it, when and why (a colleague reads both).
:class:`SafetyBadges` shows the reminders as small chips: refer red, block dark orange,
warn amber.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.formats import date_text, datetime_text
from planner.services.intake import OverrideNote, SafetySummary
from planner.ui.style import CHIP_COLOURS, ERROR_COLOUR, set_hint
from planner.ui.widgets.layouts import FlowLayout

_BANNER = {
    "refer": ERROR_COLOUR,
    "emergency": "#7f0000",
}


class SafetyBanner(QFrame):
    """Red, across the top: do not treat before a doctor has looked (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety_banner")
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.action_label = QLabel()
        self.action_label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_label.setWordWrap(True)
        self.messages_label = QLabel()
        self.messages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.messages_label.setWordWrap(True)
        self.override_label = QLabel()
        self.override_label.setObjectName("override_note")
        self.override_label.setTextFormat(Qt.TextFormat.PlainText)
        self.override_label.setWordWrap(True)
        self.override_label.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(4)
        column.addWidget(self.title_label)
        column.addWidget(self.action_label)
        column.addWidget(self.messages_label)
        column.addWidget(self.override_label)
        self.emergency = False
        self.overrides: tuple[OverrideNote, ...] = ()
        self.setVisible(False)

    def set_summary(self, summary: SafetySummary | None) -> None:
        if summary is None:
            self.show_red_flags(False, False, ())
        else:
            self.show_red_flags(
                summary.refer, summary.emergency, summary.red_flags, summary.overrides
            )

    def show_red_flags(
        self,
        refer: bool,
        emergency: bool,
        messages: Sequence[str],
        overrides: Sequence[OverrideNote] = (),
    ) -> None:
        self.emergency = refer and emergency
        self.overrides = tuple(overrides) if refer else ()
        if not refer:
            self.setVisible(False)
            return
        self._show_overrides(self.overrides)
        if emergency:
            self.title_label.setText(self.tr("Emergency — same day"))
            self.action_label.setText(
                self.tr(
                    "Refer before treating: do not treat. Send the patient to the emergency "
                    "department today."
                )
            )
        else:
            self.title_label.setText(self.tr("Refer before treating"))
            self.action_label.setText(
                self.tr(
                    "Do not treat. Refer the patient for medical assessment before any treatment."
                )
            )
        self.messages_label.setText("\n".join(f"• {message}" for message in messages))
        self.messages_label.setVisible(bool(messages))
        colour = _BANNER["emergency" if emergency else "refer"]
        self.setStyleSheet(
            f"#safety_banner {{ background: {colour}; border-radius: 4px; }}"
            " #safety_banner QLabel { color: white; }"
        )
        self.setVisible(True)

    def _show_overrides(self, overrides: Sequence[OverrideNote]) -> None:
        lines = [self.tr("Overridden — a course goes ahead despite this:")]
        for note in overrides:
            lines.append(
                self.tr("• {by}, {when}, for the course from {start}: “{reason}” ({what})").format(
                    by=note.by or self.tr("unknown user"),
                    when=local_time(note.at),
                    start=date_text(note.course_start),
                    reason=note.reason,
                    what=note.message,
                )
            )
        self.override_label.setText("\n".join(lines) if overrides else "")
        self.override_label.setVisible(bool(overrides))
        self.override_label.setStyleSheet(
            "#override_note { background: white; color: #3e2723; border-radius: 3px;"
            " padding: 4px 6px; }"
        )

    def text(self) -> str:
        """Everything the banner says ("" when hidden)."""
        if self.isHidden():
            return ""
        parts = (self.title_label, self.action_label, self.messages_label, self.override_label)
        return "\n".join(label.text() for label in parts if label.text() and not label.isHidden())


def local_time(at: dt.datetime) -> str:
    """A stored UTC time as this computer's local time, to the minute."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return datetime_text(aware)


class Chip(QLabel):
    """A short reminder on a coloured background; wraps only when the line is too short."""

    def __init__(self, text: str, level: str) -> None:
        super().__init__(text)
        background, foreground = CHIP_COLOURS.get(level, CHIP_COLOURS["warn"])
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(9, 2, 9, 2)
        self.setProperty("level", level)
        self.setToolTip(text)
        self.setStyleSheet(f"background: {background}; color: {foreground}; border-radius: 9px;")

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return QSize(
            metrics.horizontalAdvance(self.text()) + margins.left() + margins.right() + 2,
            metrics.height() + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())


class SafetyBadges(QWidget):
    """The latest intake's reminders as coloured chips, most serious first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self.chips: list[Chip] = []
        self.empty_label = QLabel(self.tr("No intake yet."))
        set_hint(self.empty_label)
        self._flow.add_widget(self.empty_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_summary(self, summary: SafetySummary | None) -> None:
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        badges = summary.badges if summary is not None else ()
        overrides = summary.overrides if summary is not None else ()
        for badge in badges:
            text = badge.text
            if badge.level == "refer" and overrides:
                text = self.tr("{finding} — overridden by {by}, {when}").format(
                    finding=text,
                    by=", ".join(dict.fromkeys(n.by for n in overrides)),
                    when=local_time(overrides[-1].at),
                )
            chip = Chip(text, badge.level)
            self._flow.add_widget(chip)
            chip.show()  # now, not when the event loop gets to it: the height counts it
            self.chips.append(chip)
        if summary is None or summary.intake_date is None:
            self.empty_label.setText(self.tr("No intake yet."))
        else:
            self.empty_label.setText(self.tr("No safety reminders from the latest intake."))
        self.empty_label.setVisible(not badges)
        self._flow.invalidate()
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        """Ask for the height the chips need at this width. A form layout lays a row out
        from a height-for-width worked out at another moment, which cut off the chips
        wrapped onto a second line (a reminder nobody saw)."""
        self.setMinimumHeight(self._flow.heightForWidth(max(self.width(), 1)))
        self.updateGeometry()
