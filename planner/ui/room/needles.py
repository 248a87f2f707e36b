"""Needles in and out, in large type, and what to do when they do not match.

:class:`NeedlePanel` shows the counts with large buttons (one more in, one fewer, a
needle out) and, once removal has begun and the counts differ, the reconciliation: recount,
search the body, clothes, couch and floor (a checklist, saved as ticked), and — only
when all four are searched — record the adverse event "needle not accounted for" with
the action taken. It emits intents; the room view sends them to the board.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.room import MismatchChoice, NeedleCount, SearchArea, mismatch_choices
from planner.ui.forms import error_label
from planner.ui.room.texts import area_labels
from planner.ui.room.timer_card import BUTTON_HEIGHT, big_button, scaled_font
from planner.ui.style import error_colour, is_dark

_STATUS = {"good": ("#1b5e20", "#81c784"), "pending": ("#bf360c", "#ffb74d")}  # light, dark


def _colour(kind: str) -> str:
    """The status line's colour for the theme (AA contrast on a light or a dark window)."""
    light, dark = _STATUS[kind]
    return dark if is_dark() else light


class NeedlePanel(QWidget):
    needles_in_changed = Signal(int)  # step: +1 or -1
    needles_out_changed = Signal(int)
    searched_changed = Signal(object)  # frozenset[SearchArea]
    record_requested = Signal(str)  # the action taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = NeedleCount()
        title = QLabel(self.tr("Needles"))
        title.setFont(scaled_font(self.font(), 1.6, bold=True))

        self.in_label = QLabel("0")
        self.out_label = QLabel("0")
        for label in (self.in_label, self.out_label):
            label.setFont(scaled_font(self.font(), 4.0, bold=True))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(110)
        in_caption, out_caption = QLabel(self.tr("In")), QLabel(self.tr("Out"))
        for caption in (in_caption, out_caption):
            caption.setFont(scaled_font(self.font(), 1.8, bold=True))
        self.in_less = big_button("−", self)
        self.in_more = big_button("+", self)
        self.out_less = big_button("−", self)
        for button in (self.in_less, self.in_more, self.out_less):
            button.setFixedWidth(BUTTON_HEIGHT + 8)
            button.setFont(scaled_font(button.font(), 1.4, bold=True))
        self.out_tap = big_button(self.tr("Needle out  +1"), self)
        self.out_tap.setMinimumHeight(BUTTON_HEIGHT + 24)
        self.out_tap.setStyleSheet("QPushButton { background: #1565c0; color: white; }")
        self.in_less.setAccessibleName(self.tr("One needle fewer in"))
        self.in_more.setAccessibleName(self.tr("One more needle in"))
        self.out_less.setAccessibleName(self.tr("One needle fewer out"))
        self.out_tap.setAccessibleName(self.tr("One more needle out"))
        self.in_less.clicked.connect(lambda: self.needles_in_changed.emit(-1))
        self.in_more.clicked.connect(lambda: self.needles_in_changed.emit(1))
        self.out_less.clicked.connect(lambda: self.needles_out_changed.emit(-1))
        self.out_tap.clicked.connect(lambda: self.needles_out_changed.emit(1))

        counts = QGridLayout()  # In  [−] 11 [+]  /  Out  [−] 3
        counts.setHorizontalSpacing(12)
        counts.addWidget(in_caption, 0, 0)
        counts.addWidget(self.in_less, 0, 1)
        counts.addWidget(self.in_label, 0, 2)
        counts.addWidget(self.in_more, 0, 3)
        counts.addWidget(out_caption, 1, 0)
        counts.addWidget(self.out_less, 1, 1)
        counts.addWidget(self.out_label, 1, 2)
        counts.addWidget(self.out_tap, 2, 0, 1, 4)
        counts.setColumnStretch(2, 1)

        self.status_label = QLabel()
        self.status_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.reconcile = self._build_reconcile()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(title)
        column.addLayout(counts)
        column.addWidget(self.status_label)
        column.addWidget(self.reconcile)
        column.addStretch(1)

    def _build_reconcile(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("reconcile")
        frame.setStyleSheet("QFrame#reconcile { border: 2px solid #ef6c00; border-radius: 8px; }")
        heading = QLabel(self.tr("The counts do not match. Never sign until they do:"))
        heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        heading.setWordWrap(True)
        self.recount_button = big_button(self.tr("Recount"), self)
        self.search_button = big_button(self.tr("Search…"), self)
        self.record_button = big_button(self.tr("Not found…"), self)
        self.search_button.setCheckable(True)
        self.record_button.setCheckable(True)
        self.search_button.setAccessibleName(self.tr("Search for the missing needles"))
        self.record_button.setAccessibleName(self.tr("Not found: record an adverse event"))
        self.recount_button.setToolTip(
            self.tr("Count the needles in the sharps container again and correct the counts.")
        )
        self.record_button.setToolTip(
            self.tr("Record the adverse event 'needle not accounted for' (after searching).")
        )
        self.recount_button.clicked.connect(self._on_recount_button_clicked)
        self.search_button.toggled.connect(self._on_search_button_toggled)
        self.record_button.toggled.connect(self._on_record_button_toggled)
        choices = QHBoxLayout()
        choices.addWidget(self.recount_button)
        choices.addWidget(self.search_button)
        choices.addWidget(self.record_button)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setFont(scaled_font(self.font(), 1.15))

        self.search_box = QWidget()
        search = QVBoxLayout(self.search_box)
        search.setContentsMargins(0, 0, 0, 0)
        self.area_checks: dict[SearchArea, QCheckBox] = {}
        for area, text in area_labels().items():
            check = QCheckBox(text)
            check.setFont(scaled_font(self.font(), 1.3))
            check.setMinimumHeight(40)
            check.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
            check.toggled.connect(self._on_area_check_toggled)
            self.area_checks[area] = check
            search.addWidget(check)

        self.record_box = QWidget()
        record = QVBoxLayout(self.record_box)
        record.setContentsMargins(0, 0, 0, 0)
        action_caption = QLabel(self.tr("Action taken (required):"))
        record.addWidget(action_caption)
        self.action_edit = QPlainTextEdit()
        action_caption.setBuddy(self.action_edit)
        self.action_edit.setAccessibleName(self.tr("Action taken (required)"))
        self.action_edit.setPlaceholderText(
            self.tr("For example: patient told and shown where to look; couch cover bagged.")
        )
        self.action_edit.setFixedHeight(90)
        self.action_edit.setFont(scaled_font(self.font(), 1.2))
        self.action_error = error_label()
        self.record_confirm = big_button(self.tr("Record adverse event"), self)
        self.record_confirm.clicked.connect(self._on_record_confirm_clicked)
        record.addWidget(self.action_edit)
        record.addWidget(self.action_error)
        record.addWidget(self.record_confirm)

        column = QVBoxLayout(frame)
        column.setContentsMargins(12, 10, 12, 10)
        column.addWidget(heading)
        column.addLayout(choices)
        column.addWidget(self.hint_label)
        column.addWidget(self.search_box)
        column.addWidget(self.record_box)
        self.search_box.setVisible(False)
        self.record_box.setVisible(False)
        self.hint_label.setVisible(False)
        return frame

    # --- rendering ------------------------------------------------------------------------

    @property
    def count(self) -> NeedleCount:
        return self._count

    def show_count(self, count: NeedleCount) -> None:
        self._count = count
        self.in_label.setText(str(count.needles_in))
        self.out_label.setText(str(count.accounted))
        self.in_less.setEnabled(count.needles_in > 0)
        self.out_less.setEnabled(count.needles_out > 0)
        self.out_tap.setEnabled(count.needles_out < count.needles_in)
        if count.balanced:
            needles = count.needles_in  # a plain name: lupdate reads it as the count
            text = translate("NeedlePanel", "All %n needle(s) out", None, needles)
            if count.unaccounted:
                text = self.tr("All accounted for: {out} out, {lost} recorded as not found").format(
                    out=count.needles_out, lost=count.unaccounted
                )
            colour = _colour("good")
        elif count.missing < 0:
            text = self.tr("{n} more out than in — recount").format(n=-count.missing)
            colour = error_colour()
        else:
            text = self.tr("{n} still in").format(n=count.missing)
            colour = _colour("pending") if count.needles_out else "palette(window-text)"
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")
        choices = mismatch_choices(count)
        self.reconcile.setVisible(bool(choices) and count.needles_out > 0)
        self.search_button.setEnabled(MismatchChoice.SEARCH in choices)
        can_record = MismatchChoice.RECORD_EVENT in choices
        self.record_button.setEnabled(can_record)
        if not can_record:
            self.record_button.setChecked(False)
        if MismatchChoice.SEARCH not in choices:
            self.search_button.setChecked(False)
        for area, check in self.area_checks.items():
            check.blockSignals(True)
            check.setChecked(area in count.searched)
            check.blockSignals(False)
        self.record_confirm.setEnabled(can_record)

    def show_action_problem(self, message: str) -> None:
        self.action_error.setText(message)
        self.action_error.setVisible(bool(message))

    # --- slots ----------------------------------------------------------------------------

    def _on_recount_button_clicked(self) -> None:
        self.search_button.setChecked(False)
        self.record_button.setChecked(False)
        self.hint_label.setText(
            self.tr(
                "Count the needles in the sharps container again, and the points on the "
                "body. Correct In or Out with − and +."
            )
        )
        self.hint_label.setVisible(True)

    def _on_search_button_toggled(self, on: bool) -> None:
        self.search_box.setVisible(on)
        if on:  # one at a time: the panel fits a 768-pixel screen
            self.record_button.setChecked(False)
            self.hint_label.setVisible(False)

    def _on_record_button_toggled(self, on: bool) -> None:
        self.record_box.setVisible(on)
        if on:
            self.search_button.setChecked(False)
            self.hint_label.setVisible(False)
            self.action_edit.setFocus()

    def _on_area_check_toggled(self, _on: bool) -> None:
        chosen = frozenset(area for area, check in self.area_checks.items() if check.isChecked())
        self.searched_changed.emit(chosen)

    def _on_record_confirm_clicked(self) -> None:
        self.record_requested.emit(self.action_edit.toPlainText())
