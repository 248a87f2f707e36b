"""Parts of the session screen: the brief "anything new?" health check, the response to
needling, and the adverse events (reference §9 taxonomy, severity, action taken).

Thin: each shows plain values and emits :attr:`changed`; the screen reads them back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.sessions import (
    ADVERSE_ADVICE,
    AdverseEventEntry,
    HealthCheck,
    NeedleResponse,
    default_severity,
)
from planner.domain.vocab import AdverseEventKind, AdverseSeverity, Condition, RedFlag
from planner.ui.course.labels import (
    adverse_labels,
    condition_labels,
    red_flag_labels,
    response_labels,
    severity_labels,
)
from planner.ui.plan.widgets import choose, combo, remove_button
from planner.ui.style import hint_label
from planner.ui.widgets.inputs import ChoiceField, TextArea


def _grid(boxes: list[QCheckBox], columns: int = 2) -> QGridLayout:
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(2)
    for index, box in enumerate(boxes):
        grid.addWidget(box, index // columns, index % columns)
    return grid


class HealthCheckDetails(QFrame):
    """What is new since the intake or the last session (shown after "yes")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        flags = red_flag_labels()
        conditions = condition_labels()
        # Young age is not "new" at a session (it follows from the date of birth).
        self.red_flag_boxes = {
            flag: QCheckBox(flags[flag]) for flag in RedFlag if flag != RedFlag.YOUNG_AGE
        }
        self.condition_boxes = {c: QCheckBox(conditions[c]) for c in Condition}
        self.pregnant_field = ChoiceField(
            [(True, self.tr("Pregnant now")), (False, self.tr("No longer pregnant"))]
        )
        self.medications_box = TextArea(2)
        self.medications_box.setPlaceholderText(self.tr("New medicines, one per line"))
        self.medications_box.setAccessibleName(self.tr("New medicines"))
        self.changes_box = TextArea(2)
        self.changes_box.setPlaceholderText(self.tr("Other changes in health or history"))
        self.changes_box.setAccessibleName(self.tr("Other changes in health or history"))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(QLabel(self.tr("New red flags (each means refer before treating):")))
        column.addLayout(_grid(list(self.red_flag_boxes.values())))
        column.addWidget(QLabel(self.tr("New conditions:")))
        column.addLayout(_grid(list(self.condition_boxes.values())))
        line = QHBoxLayout()
        pregnancy = QLabel(self.tr("Pregnancy:"))
        pregnancy.setBuddy(self.pregnant_field)
        self.pregnant_field.setAccessibleName(self.tr("Pregnancy"))
        line.addWidget(pregnancy)
        line.addWidget(self.pregnant_field, 1)
        column.addLayout(line)
        column.addWidget(self.medications_box)
        column.addWidget(self.changes_box)
        for box in (*self.red_flag_boxes.values(), *self.condition_boxes.values()):
            box.toggled.connect(self.changed)
        self.pregnant_field.value_changed.connect(self.changed)
        self.medications_box.textChanged.connect(self.changed)
        self.changes_box.textChanged.connect(self.changed)

    def value(self) -> HealthCheck:
        pregnant = self.pregnant_field.value()
        return HealthCheck(
            new_red_flags=frozenset(f for f, b in self.red_flag_boxes.items() if b.isChecked()),
            new_conditions=frozenset(c for c, b in self.condition_boxes.items() if b.isChecked()),
            new_medications=self.medications_box.lines(),
            now_pregnant=pregnant if isinstance(pregnant, bool) else None,
            changes=self.changes_box.text(),
        )

    def set_value(self, check: HealthCheck) -> None:
        self.blockSignals(True)
        for flag, box in self.red_flag_boxes.items():
            box.setChecked(flag in check.new_red_flags)
        for condition, box in self.condition_boxes.items():
            box.setChecked(condition in check.new_conditions)
        self.pregnant_field.set_value(check.now_pregnant)
        self.medications_box.set_text("\n".join(check.new_medications))
        self.changes_box.set_text(check.changes)
        self.blockSignals(False)


class ResponseBoxes(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = response_labels()
        self.boxes = {response: QCheckBox(labels[response]) for response in NeedleResponse}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            row.addWidget(box)
            box.toggled.connect(self.changed)
        row.addStretch(1)

    def value(self) -> frozenset[NeedleResponse]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: frozenset[NeedleResponse]) -> None:
        for response, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(response in value)
            box.blockSignals(False)


class AdverseEventRow(QFrame):
    changed = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind_box = combo(adverse_labels())  # type: ignore[arg-type]
        self.severity_box = combo(severity_labels())  # type: ignore[arg-type]
        self.action_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What happened (needed for “Other”)"))
        self.remove = remove_button(self.tr("Remove this event"))
        self.number(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.kind_box, 0, 0)
        grid.addWidget(self.severity_box, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.action_edit, 1, 0, 1, 3)
        grid.addWidget(self.description_edit, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_current_index_changed)
        self.severity_box.currentIndexChanged.connect(self.changed)
        self.action_edit.textEdited.connect(self.changed)
        self.description_edit.textEdited.connect(self.changed)
        self.remove.clicked.connect(self.remove_requested)
        self._show_advice()

    def number(self, n: int) -> None:
        """Name the row's controls by its place ("Adverse event 2", "Remove adverse event 2"):
        a screen reader then tells the rows, and what each ✕ removes, apart."""
        self.kind_box.setAccessibleName(self.tr("Adverse event {n}").format(n=n))
        self.severity_box.setAccessibleName(self.tr("Severity of adverse event {n}").format(n=n))
        self.action_edit.setAccessibleName(
            self.tr("Action taken for adverse event {n}").format(n=n)
        )
        self.description_edit.setAccessibleName(
            self.tr("What happened in adverse event {n}").format(n=n)
        )
        self.remove.setAccessibleName(self.tr("Remove adverse event {n}").format(n=n))
        self.remove.setToolTip(self.tr("Remove adverse event {n}").format(n=n))

    def value(self) -> AdverseEventEntry:
        return AdverseEventEntry(
            AdverseEventKind(self.kind_box.value()),
            AdverseSeverity(self.severity_box.value()),
            self.action_edit.text(),
            self.description_edit.text(),
        )

    def set_value(self, event: AdverseEventEntry) -> None:
        choose(self.kind_box, event.kind)
        choose(self.severity_box, event.severity)
        self.action_edit.setText(event.action_taken)
        self.description_edit.setText(event.description)
        self._show_advice()

    def _show_advice(self) -> None:
        kind = AdverseEventKind(self.kind_box.value())
        advice = ADVERSE_ADVICE.get(kind, "")
        advice = translate("session_rules", advice) if advice else ""
        self.action_edit.setPlaceholderText(
            self.tr("Action taken — {advice}").format(advice=advice)
            if advice
            else self.tr("Action taken")
        )
        self.action_edit.setToolTip(advice)

    def _on_kind_box_current_index_changed(self, _index: int) -> None:
        choose(self.severity_box, default_severity(AdverseEventKind(self.kind_box.value())))
        self._show_advice()
        self.changed.emit()


class AdverseEventsEditor(QWidget):
    changed = Signal()
    rows_changed = Signal()
    """A row was added or removed (the window puts its controls in the Tab order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AdverseEventRow] = []
        self._holder = QVBoxLayout()
        self._holder.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add adverse e&vent"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.none_label = hint_label(self.tr("None recorded."))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._holder)
        line = QHBoxLayout()
        line.addWidget(self.none_label, 1)
        line.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(line)

    def value(self) -> tuple[AdverseEventEntry, ...]:
        return tuple(row.value() for row in self.rows)

    def set_value(self, events: tuple[AdverseEventEntry, ...]) -> None:
        while len(self.rows) > len(events):
            self._remove(self.rows[-1], emit=False)
        while len(self.rows) < len(events):
            self._add()
        for row, event in zip(self.rows, events, strict=True):
            row.blockSignals(True)
            row.set_value(event)
            row.blockSignals(False)
        self.none_label.setVisible(not self.rows)

    def _add(self) -> AdverseEventRow:
        row = AdverseEventRow()
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._on_row_remove_requested)
        self._holder.addWidget(row)
        self.rows.append(row)
        row.number(len(self.rows))
        self.none_label.setVisible(False)
        self.rows_changed.emit()
        return row

    def _remove(self, row: AdverseEventRow, *, emit: bool = True) -> None:
        self.rows.remove(row)
        self._holder.removeWidget(row)
        row.hide()  # at once: deletion waits for the event loop
        row.deleteLater()
        for n, kept in enumerate(self.rows, 1):
            kept.number(n)
        self.none_label.setVisible(not self.rows)
        self.rows_changed.emit()
        if emit:
            self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        row = self._add()
        row.kind_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_row_remove_requested(self) -> None:
        row = self.sender()
        if isinstance(row, AdverseEventRow) and row in self.rows:
            self._remove(row)
