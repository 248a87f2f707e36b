"""The safety panel beside a plan or a session: one row per finding of the safety engine.

A ``warn`` row has a box to tick ("acknowledged"); a ``block`` or ``refer`` row a line for
the override reason (at least 10 characters), which is stored, audited and shown on the
clinical report. Rows render :class:`~planner.ui.plan.safety_state.SafetyRow` values
and emit what the practitioner ticks or types; the presenter decides what it means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.courses_safety import OVERRIDE_REASON_MIN, FindingKey
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.safety import Severity
from planner.formats import datetime_text
from planner.ui.course.labels import counted
from planner.ui.plan.safety_state import SafetyRow
from planner.ui.style import CHIP_COLOURS
from planner.ui.widgets.headings import heading

# Translated where shown, by the row's self.tr (the context "SafetyRowWidget").
_TITLES = {
    Severity.REFER: QT_TRANSLATE_NOOP("SafetyRowWidget", "Refer"),
    Severity.BLOCK: QT_TRANSLATE_NOOP("SafetyRowWidget", "Do not use"),
    Severity.WARN: QT_TRANSLATE_NOOP("SafetyRowWidget", "Caution"),
}


class SafetyRowWidget(QFrame):
    acknowledged = Signal(object, bool)
    reason_changed = Signal(object, str)

    def __init__(self, row: SafetyRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: FindingKey = row.key
        self.severity = row.severity
        background, foreground = CHIP_COLOURS[row.severity.value]
        self.setObjectName("safety_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        subject = row.subject.replace("_", " ")
        self.title_label = QLabel(
            self.tr("{kind}: {subject}").format(
                kind=self.tr(_TITLES[row.severity]), subject=subject
            )
        )
        # What a screen reader says for the row's box or line: which finding it answers.
        self.finding = self.tr("{subject} — {message}").format(subject=subject, message=row.message)
        self.setAccessibleName(self.title_label.text())
        self.title_label.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 3px; "
            "padding: 1px 6px; font-weight: bold;"
        )
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label = QLabel(row.message)
        self.action_label = QLabel(row.action)
        for label in (self.message_label, self.action_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        font = self.action_label.font()
        font.setItalic(True)
        self.action_label.setFont(font)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(3)
        column.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message_label)
        column.addWidget(self.action_label)
        self.check_box: QCheckBox | None = None
        self.reason_edit: QLineEdit | None = None
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)  # the reason as written
        if row.needs_reason:
            self.reason_edit = QLineEdit(row.reason)
            self.reason_edit.setPlaceholderText(
                self.tr("Override reason (at least {n} characters)").format(n=OVERRIDE_REASON_MIN)
            )
            self.reason_edit.setAccessibleName(
                self.tr("Override reason: {finding}").format(finding=self.finding)
            )
            self.reason_edit.setAccessibleDescription(row.action)
            self.reason_edit.textEdited.connect(self._on_reason_edit_text_edited)
            column.addWidget(self.reason_edit)
            column.addWidget(self.hint_label)
        else:
            self.check_box = QCheckBox(self.tr("Read and acknowledged"))
            self.check_box.setAccessibleName(
                self.tr("Acknowledge: {finding}").format(finding=self.finding)
            )
            self.check_box.setAccessibleDescription(row.action)
            self.check_box.setChecked(row.acknowledged)
            self.check_box.toggled.connect(self._on_check_box_toggled)
            column.addWidget(self.check_box)
        self.show_row(row)

    def show_row(self, row: SafetyRow) -> None:
        """New state for the same finding; a reason being typed is left as it is."""
        if self.check_box is not None:
            self.check_box.blockSignals(True)
            self.check_box.setChecked(row.acknowledged)
            self.check_box.setEnabled(not row.stored)
            self.check_box.setText(
                self._who_when(
                    row,
                    self.tr("Acknowledged earlier by {who}, {when}"),
                    self.tr("Acknowledged earlier"),
                )
                if row.stored
                else self.tr("Read and acknowledged")
            )
            self.check_box.blockSignals(False)
        if self.reason_edit is not None:
            if not self.reason_edit.hasFocus() and self.reason_edit.text() != row.reason:
                self.reason_edit.setText(row.reason)
            if row.stored:
                hint = self.tr("{done}. Why: “{reason}”").format(
                    done=self._who_when(
                        row,
                        self.tr("Overridden earlier by {who}, {when}"),
                        self.tr("Overridden earlier"),
                    ),
                    reason=row.reason.strip(),
                )
            elif row.resolved:
                hint = self.tr("Override reason given; it is audited when saved.")
            else:
                hint = self.tr("Needs a reason before saving.")
            self.hint_label.setText(hint)
        self.setStyleSheet(
            "#safety_row { border: 1px solid %s; border-radius: 4px; }"
            % ("#9e9e9e" if row.resolved else CHIP_COLOURS[row.severity.value][0])
        )

    def _who_when(self, row: SafetyRow, text: str, unknown: str) -> str:
        """``text`` with who and when filled in (``unknown`` when they are not known)."""
        if row.at is None:
            return unknown
        when = datetime_text(row.at)
        return text.format(who=row.by or self.tr("a former user"), when=when)

    def _on_check_box_toggled(self, on: bool) -> None:
        self.acknowledged.emit(self.key, on)

    def _on_reason_edit_text_edited(self, text: str) -> None:
        self.reason_changed.emit(self.key, text)


class SafetyPanel(QWidget):
    """Every finding for the plan as it is now, most serious first."""

    acknowledged = Signal(object, bool)
    """A caution was ticked (True) or unticked: (finding key, on)."""
    reason_changed = Signal(object, str)
    """An override reason was typed: (finding key, text)."""

    def __init__(
        self, title: str = "", parent: QWidget | None = None, *, scrolls: bool = True
    ) -> None:
        """``scrolls``: the rows scroll inside the panel (a pane of its own); otherwise the
        panel is as tall as its rows (inside a page that scrolls)."""
        super().__init__(parent)
        self.title_label = heading(title or self.tr("Safety"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self._rows: dict[FindingKey, SafetyRowWidget] = {}
        self._order: list[FindingKey] = []
        self._holder = QVBoxLayout()
        self._holder.setSpacing(6)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.summary_label)
        if scrolls:
            page = QWidget()
            inner = QVBoxLayout(page)
            inner.setContentsMargins(0, 0, 4, 0)
            inner.addLayout(self._holder)
            inner.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            scroll.setAccessibleName(self.tr("Safety findings"))
            column.addWidget(scroll, 1)
        else:
            column.addLayout(self._holder)
        self.set_rows([])

    @property
    def rows(self) -> list[SafetyRowWidget]:
        return [self._rows[key] for key in self._order]

    def focus_order(self) -> list[QWidget]:
        """Each row's box or reason line, most serious first (as shown)."""
        return [w for row in self.rows for w in (row.check_box, row.reason_edit) if w is not None]

    def row(self, rule: str) -> SafetyRowWidget | None:
        return next((r for r in self.rows if r.key[0] == rule), None)

    def set_rows(self, rows: list[SafetyRow]) -> None:
        keys = [row.key for row in rows]
        if keys == self._order:
            for row in rows:
                self._rows[row.key].show_row(row)
        else:
            focused = next(
                (k for k, w in self._rows.items() if w.reason_edit and w.reason_edit.hasFocus()),
                None,
            )
            for widget in self._rows.values():
                self._holder.removeWidget(widget)
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
            self._rows, self._order = {}, keys
            for row in rows:
                widget = SafetyRowWidget(row)
                widget.acknowledged.connect(self.acknowledged)
                widget.reason_changed.connect(self.reason_changed)
                self._holder.addWidget(widget)
                self._rows[row.key] = widget
            if focused in self._rows and self._rows[focused].reason_edit is not None:
                self._rows[focused].reason_edit.setFocus()  # type: ignore[union-attr]
        open_rows = sum(1 for row in rows if not row.resolved)
        if not rows:
            self.summary_label.setText(self.tr("No safety findings for this treatment."))
        elif open_rows:
            self.summary_label.setText(
                counted(
                    open_rows,
                    self.tr("{n} of {total} findings still needs your attention."),
                    self.tr("{n} of {total} findings still need your attention."),
                    total=len(rows),
                )
            )
        else:
            self.summary_label.setText(self.tr("Every finding is acknowledged or overridden."))
