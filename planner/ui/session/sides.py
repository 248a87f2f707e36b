"""The two panes of the session screen, side by side under the routine row: the treatment
given (left: the health check once something is new, what changed, adding a point, the
treatment panel) and the details (right: when, response, adverse events, notes, fee, the
amendments and the safety findings). :func:`reading_order` lists their controls with the
routine row and the buttons in the order they read, which is the Tab order
(:func:`planner.ui.session.tab_order.chain`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from planner.ui.plan.safety_panel import SafetyPanel
from planner.ui.plan.treatment_panel import TreatmentPanel
from planner.ui.session.fields import RoutineRow, SessionDetails
from planner.ui.session.widgets import HealthCheckDetails
from planner.ui.style import INFO_NOTE_STYLE


class TreatmentSide(QWidget):
    """Left: the treatment given."""

    def __init__(self, health: HealthCheckDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health = health
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label.setStyleSheet(INFO_NOTE_STYLE)
        self.add_point_edit = QLineEdit()
        self.add_point_edit.setPlaceholderText(self.tr("Add a point: code or name, then Enter"))
        self.add_point_edit.setClearButtonEnabled(True)
        self.add_point_edit.setAccessibleName(self.tr("Add a point"))
        self.use_plan_button = QPushButton(self.tr("Use the &plan instead"))
        self.treatment = TreatmentPanel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(health)
        column.addWidget(self.changes_label)
        line = QHBoxLayout()
        line.addWidget(self.add_point_edit, 1)
        line.addWidget(self.use_plan_button)
        column.addLayout(line)
        column.addWidget(self.treatment, 1)


class DetailsSide(QWidget):
    """Right: the details (when, response, events, notes, fee) at the top, where they are
    seen without scrolling at 1366x768; the safety findings below them in a pane that
    scrolls by itself (six or seven cards used to push the details down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safety = SafetyPanel(self.tr("Safety"), scrolls=True)
        self.safety.setMinimumHeight(160)
        self.details = SessionDetails()
        self.amendments_label = QLabel()
        self.amendments_label.setWordWrap(True)
        self.amendments_label.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.details)
        column.addWidget(self.amendments_label)
        column.addWidget(self.safety, 1)


def reading_order(
    routine: RoutineRow, left: TreatmentSide, right: DetailsSide, buttons: Sequence[QWidget]
) -> list[QWidget]:
    """The screen's parts as they read: the routine row, the left pane top to bottom, the
    right pane (each adverse event row by row), then the buttons."""
    r, d = routine, right.details
    events = [
        w
        for row in d.events.rows
        for w in (row.kind_box, row.severity_box, row.remove, row.action_edit, row.description_edit)
    ]
    return [
        r.pain_before_box,
        r.new_field,
        r.needles_out_box,
        r.pain_after_box,
        r.needles_in_box,
        left.health,
        left.add_point_edit,
        left.use_plan_button,
        left.treatment,
        d.date_edit,
        d.time_edit,
        d.duration_box,
        d.response,
        *events,
        d.events.add_button,
        d.notes_box,
        d.fee_edit,
        right.safety,
        *buttons,
    ]
