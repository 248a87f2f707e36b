"""A treatment on screen — techniques, points, retention, electroacupuncture, cupping,
moxibustion — for the plan editor and the session screen alike.

Every change is emitted as :attr:`TreatmentPanel.edited` carrying a small function that
applies it to a :class:`~planner.ui.plan.treatment.TreatmentEditor`; the screen applies
it to its presenter's editor, reruns safety and draws the panel again with
:meth:`TreatmentPanel.show_treatment`. Techniques the patient has not consented to are
shown disabled, with the reason beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.domain.plans import RETENTION_LIMITS
from planner.domain.vocab import Technique
from planner.ui.course.labels import cupping_labels, moxa_labels, technique_labels
from planner.ui.plan.adjunct_widgets import AdjunctEditor, ElectroEditor
from planner.ui.plan.presenter import TechniqueOption
from planner.ui.plan.treatment import TreatmentEditor
from planner.ui.plan.widgets import ChosenPointsTable, name_inner_edit
from planner.ui.style import error_style
from planner.ui.widgets.layouts import FlowLayout

Change = Callable[[TreatmentEditor], None]


class TreatmentPanel(QWidget):
    edited = Signal(object)
    """A change to apply to the treatment (a function taking a TreatmentEditor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = technique_labels()
        self.technique_boxes: dict[Technique, QCheckBox] = {}
        techniques = QGroupBox(self.tr("Techniques"))
        boxes = QWidget()
        row = FlowLayout(boxes, spacing=12)
        for technique in Technique:
            box = QCheckBox(labels[technique])
            box.toggled.connect(
                lambda on, t=technique: self._emit(lambda e: e.set_technique(t, on))
            )
            self.technique_boxes[technique] = box
            row.add_widget(box)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setStyleSheet(error_style())  # readable on a dark theme too
        column = QVBoxLayout(techniques)
        column.addWidget(boxes)
        column.addWidget(self.consent_label)

        points = QGroupBox(self.tr("Points"))
        self.points_table = ChosenPointsTable()
        self.needles_label = QLabel()
        self.retention_box = QSpinBox()
        self.retention_box.setRange(*RETENTION_LIMITS)
        self.retention_box.setSuffix(self.tr(" min"))
        self.retention_box.setAccessibleName(self.tr("Retention"))
        name_inner_edit(self.retention_box)
        self.retention_box.valueChanged.connect(lambda v: self._emit(lambda e: e.set_retention(v)))
        retention_label = QLabel(self.tr("R&etention"))
        retention_label.setBuddy(self.retention_box)
        line = QHBoxLayout()
        line.addWidget(self.needles_label, 1)
        line.addWidget(retention_label)
        line.addWidget(self.retention_box)
        column = QVBoxLayout(points)
        column.addWidget(self.points_table)
        column.addLayout(line)
        table = self.points_table
        table.side_changed.connect(lambda i, s: self._emit(lambda e: e.set_side(i, s)))
        table.ashi_region_changed.connect(
            lambda i, r: self._emit(lambda e: e.set_ashi_region(i, r))
        )
        table.depth_changed.connect(lambda i, t: self._emit(lambda e: e.set_depth(i, t)))
        table.stimulation_changed.connect(
            lambda i, s: self._emit(lambda e: e.set_stimulation(i, s))
        )
        table.de_qi_changed.connect(lambda i, on: self._emit(lambda e: e.set_de_qi(i, on)))
        table.remove_requested.connect(lambda i: self._emit(lambda e: e.remove_point(i)))

        self.electro_group = QGroupBox(self.tr("Electroacupuncture"))
        self.electro = ElectroEditor()
        QVBoxLayout(self.electro_group).addWidget(self.electro)
        self.electro.pair_added.connect(lambda: self._emit(lambda e: e.add_pair()))
        self.electro.pair_removed.connect(lambda i: self._emit(lambda e: e.remove_pair(i)))
        self.electro.pair_changed.connect(self._on_electro_pair_changed)
        self.cupping_group = QGroupBox(self.tr("Cupping"))
        self.cupping = AdjunctEditor(cupping_labels(), name=self.tr("Cupping"))  # type: ignore[arg-type]
        QVBoxLayout(self.cupping_group).addWidget(self.cupping)
        self.cupping.changed.connect(self._on_cupping_changed)
        self.moxa_group = QGroupBox(self.tr("Moxibustion"))
        self.moxa = AdjunctEditor(moxa_labels(), name=self.tr("Moxibustion"))  # type: ignore[arg-type]
        QVBoxLayout(self.moxa_group).addWidget(self.moxa)
        self.moxa.changed.connect(self._on_moxa_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (techniques, points, self.electro_group, self.cupping_group, self.moxa_group):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._showing = False
        self._read_only = False

    def _emit(self, change: Change) -> None:
        if not self._showing:
            self.edited.emit(change)

    # The editors say which field changed; the typed value is read from the widget here
    # (a Signal(dict) payload would turn an enum member into a plain string).

    def _on_electro_pair_changed(self, index: int, field: str) -> None:
        if self._showing or not 0 <= index < len(self.electro.rows):
            return  # drawn, not typed; or a row on its way out
        changes = self.electro.rows[index].change(field)
        self._emit(lambda e: e.set_pair(index, **changes))

    def _on_cupping_changed(self, field: str) -> None:
        changes = self.cupping.change(field)
        self._emit(lambda e: e.set_cupping(**changes))

    def _on_moxa_changed(self, field: str) -> None:
        changes = self.moxa.change(field)
        self._emit(lambda e: e.set_moxa(**changes))

    def focus_order(self) -> list[QWidget]:
        """Every control in reading order (rows added later would otherwise come last)."""
        return [
            *self.technique_boxes.values(),
            *self.points_table.focus_order(),
            self.retention_box,
            *self.electro.focus_order(),
            *self.cupping.focus_order(),
            *self.moxa.focus_order(),
        ]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.points_table.set_read_only(read_only)
        for widget in (self.retention_box, self.electro, self.cupping, self.moxa):
            widget.setEnabled(not read_only)

    def show_treatment(self, editor: TreatmentEditor, options: Sequence[TechniqueOption]) -> None:
        """Draw the treatment as it is now (emitting nothing while doing so)."""
        self._showing = True
        try:
            plan = editor.plan
            missing = []
            for option in options:
                box = self.technique_boxes[option.technique]
                box.setChecked(option.chosen)
                box.setEnabled(option.enabled and not self._read_only)
                box.setToolTip(option.why)
                if option.why:
                    missing.append(option.why)
            self.consent_label.setText(" ".join(missing))
            self.consent_label.setVisible(bool(missing))
            self.points_table.set_points(
                plan.points,
                editor.sides_for,
                lambda code: _point_name(editor, code),
            )
            points, needles = len(plan.points), plan.needles  # plain names, as lupdate needs
            self.needles_label.setText(
                self.tr("{points}, {needles}").format(
                    points=translate("treatment_panel", "%n point(s)", None, points),
                    needles=translate("treatment_panel", "%n needle(s)", None, needles),
                )
            )
            self.retention_box.setValue(plan.retention_minutes)
            uses = plan.techniques
            self.electro_group.setVisible(
                Technique.ELECTROACUPUNCTURE in uses or bool(plan.electro)
            )
            self.electro.set_pairs(plan.electro, editor.pair_candidates())
            self.cupping_group.setVisible(Technique.CUPPING in uses or plan.cupping is not None)
            self.cupping.show_value(plan.cupping)
            self.moxa_group.setVisible(
                Technique.MOXIBUSTION in uses or plan.moxibustion is not None
            )
            self.moxa.show_value(plan.moxibustion)
            if self._read_only:
                self.set_read_only(True)
        finally:
            self._showing = False


def _point_name(editor: TreatmentEditor, code: str) -> str:
    point = editor.catalog.get(code)
    if point is None:
        return code
    return f"{point.pinyin_plain} {point.characters} — {point.english}\n{point.location}"
