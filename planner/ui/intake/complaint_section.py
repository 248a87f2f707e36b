"""Presenting complaint: in the patient's words, where, since when, why, and its effects.

The body outline (back and front) sits beside the questions: click where it hurts, drag
or switch to "Where it spreads" for radiating pain, right-click a mark to remove it. A
list of regions under it does the same with the keyboard (:mod:`.pain_regions`); the
outline takes the focus too, and tells a screen reader where the marks are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.intake import MARK_PAIN, MARK_RADIATING
from planner.domain.vocab import BodySide, Cause, PainRegion
from planner.ui.forms import FieldErrors
from planner.ui.intake.form import IntakeForm, duration_of
from planner.ui.intake.pain_regions import PainRegionList
from planner.ui.labels import cause_labels, duration_labels, region_labels, side_labels
from planner.ui.style import set_hint
from planner.ui.widgets.body_outline import BodyOutlineWidget
from planner.ui.widgets.inputs import ChoiceField, DateLine, TextArea


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    if stretch:
        line.addStretch(1)
    return box


class ComplaintSection(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, problems: FieldErrors) -> None:
        super().__init__(title)
        self.intake_date_box = DateLine()
        self.complaint_box = TextArea(2)
        self.complaint_box.setPlaceholderText(self.tr("What brings the patient in, as they say it"))
        self.region_boxes = {region: QCheckBox(text) for region, text in region_labels().items()}
        self.side_field = ChoiceField([(side, text) for side, text in side_labels().items()])
        self.side_label = QLabel(self.tr("Which leg"))
        self.onset_box = DateLine()
        self.duration_label = QLabel()
        self.onset_description_box = TextArea(2)
        self.onset_description_box.setPlaceholderText(
            self.tr("e.g. lifting a heavy box; gradually, no clear cause")
        )
        self.cause_box = QComboBox()
        self.cause_box.addItem(self.tr("— not known —"), "")
        for cause, text in cause_labels().items():
            self.cause_box.addItem(text, cause.value)
        self.cause_other_box = QLineEdit()
        self.cause_other_box.setPlaceholderText(self.tr("say what it is"))
        self.aggravating_box = TextArea(2)
        self.relieving_box = TextArea(2)
        self.sleep_box = TextArea(2)
        self.work_box = TextArea(2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = problems.add_row
        add(form, "intake_date", self.tr("Date of intake"), self.intake_date_box)
        add(form, "complaint", self.tr("In the patient's words"), self.complaint_box)
        regions = _row(*self.region_boxes.values())
        form.addRow(self.tr("Where"), regions)
        self.side_row = problems.wrap("sciatica_side", self.side_field)
        form.addRow(self.side_label, self.side_row)
        self.side_label.setBuddy(self.side_field)
        self.side_field.setAccessibleName(self.tr("Which leg"))
        onset = _row(self.onset_box, self.duration_label)
        add(form, "onset_date", self.tr("Started on"), onset, focus=self.onset_box)
        add(form, "onset_description", self.tr("How it started"), self.onset_description_box)
        cause = _row(self.cause_box, self.cause_other_box, stretch=False)
        cause_label = add(
            form, "cause_other", self.tr("Probable cause"), cause, focus=self.cause_other_box
        )
        cause_label.setBuddy(self.cause_box)  # the label names the list; errors go to the text
        self.cause_box.setAccessibleName(self.tr("Probable cause"))
        self.cause_other_box.setAccessibleName(self.tr("Other cause"))
        add(form, "aggravating", self.tr("Worse with"), self.aggravating_box)
        add(form, "relieving", self.tr("Better with"), self.relieving_box)
        add(form, "sleep_impact", self.tr("Effect on sleep"), self.sleep_box)
        add(form, "work_impact", self.tr("Effect on work"), self.work_box)

        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._columns.addLayout(form, 3)
        self._columns.addWidget(self._build_outline(problems), 2)
        self.side_by_side_width = self.minimumSizeHint().width()
        """The width the questions and the outline need side by side."""

        self.intake_date_box.textChanged.connect(self._on_dates_changed)
        self.onset_box.textChanged.connect(self._on_dates_changed)
        self.region_boxes[PainRegion.SCIATICA].toggled.connect(self._on_sciatica_toggled)
        self.cause_box.currentIndexChanged.connect(self._on_cause_changed)
        for widget in (self.intake_date_box, self.onset_box, self.cause_other_box):
            widget.textChanged.connect(self.changed)
        for box in self._text_areas().values():
            box.textChanged.connect(self.changed)
        for check in self.region_boxes.values():
            check.toggled.connect(self.changed)
        self.side_field.value_changed.connect(self.changed)
        self.cause_box.currentIndexChanged.connect(self.changed)
        self.outline.marks_changed.connect(self.changed)
        self._on_sciatica_toggled(False)
        self._on_cause_changed()
        self._on_dates_changed()

    def _build_outline(self, problems: FieldErrors) -> QWidget:
        self.outline = BodyOutlineWidget()
        self.outline.setMinimumSize(300, 300)
        self.outline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outline.setAccessibleName(self.tr("Body outline, back and front"))
        self.outline.set_marks(())  # its description: nothing marked
        self.region_list = PainRegionList(self.outline)
        self.region_list.setVisible(False)  # shown under the outline on request
        self.outline.activated.connect(self._on_outline_activated)
        self.hurts_button = QRadioButton(self.tr("Where it hurts"))
        self.spreads_button = QRadioButton(self.tr("Where it spreads"))
        self.hurts_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.hurts_button)
        group.addButton(self.spreads_button)
        self.hurts_button.toggled.connect(self._on_mark_kind_toggled)
        self.clear_marks_button = QPushButton(self.tr("Clear marks"))
        self.clear_marks_button.clicked.connect(self._on_clear_marks_clicked)
        self.regions_button = QPushButton(self.tr("List of regio&ns"))
        self.regions_button.setCheckable(True)
        self.regions_button.setAutoDefault(False)
        self.regions_button.setToolTip(
            self.tr("Mark pain from a list of regions with the keyboard (Space ticks a region)")
        )
        self.regions_button.toggled.connect(self._on_regions_button_toggled)
        tools = _row(self.hurts_button, self.spreads_button)
        tools.layout().addWidget(self.clear_marks_button)
        hint = QLabel(
            self.tr(
                "Click to mark · drag for spreading pain · right-click removes · "
                "Space on the outline lists the regions"
            )
        )
        set_hint(hint)
        hint.setWordWrap(True)
        marks = QWidget()
        stacked = QVBoxLayout(marks)  # the list under the outline: the page grows no wider
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.outline, 1)
        stacked.addWidget(self.region_list)
        bottom = _row(hint, self.regions_button, stretch=False)
        bottom.layout().setStretch(0, 1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools)
        layout.addWidget(
            problems.wrap("body_marks", marks, focus=self.regions_button, frame=self.outline), 1
        )
        layout.addWidget(bottom)
        return column

    def set_stacked(self, stacked: bool) -> None:
        """The outline under the questions (a narrow window: 200 % on 1920×1080) or
        beside them; the Tab order stays the same."""
        if stacked == (self._columns.direction() == QBoxLayout.Direction.TopToBottom):
            return
        if stacked:
            self._columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self._columns.setStretch(0, 0)
            self._columns.setStretch(1, 0)
        else:
            self._columns.setDirection(QBoxLayout.Direction.LeftToRight)
            self._columns.setStretch(0, 3)
            self._columns.setStretch(1, 2)

    def _text_areas(self) -> dict[str, TextArea]:
        return {
            "complaint": self.complaint_box,
            "onset_description": self.onset_description_box,
            "aggravating": self.aggravating_box,
            "relieving": self.relieving_box,
            "sleep_impact": self.sleep_box,
            "work_impact": self.work_box,
        }

    # --- content -----------------------------------------------------------------------------

    def set_values(self, form: IntakeForm) -> None:
        draft = form.draft
        self.intake_date_box.setText(form.intake_date)
        self.onset_box.setText(form.onset_date)
        for name, box in self._text_areas().items():
            box.set_text(getattr(draft, name))
        for region, check in self.region_boxes.items():
            check.setChecked(region in draft.pain_regions)
        self.side_field.set_value(draft.sciatica_side)
        self.outline.set_marks(draft.body_marks)
        self.region_list.refresh()
        index = self.cause_box.findData(draft.cause.value if draft.cause else "")
        self.cause_box.setCurrentIndex(max(index, 0))
        self.cause_other_box.setText(draft.cause_other)
        self._on_sciatica_toggled(PainRegion.SCIATICA in draft.pain_regions)

    def values(self) -> dict[str, Any]:
        side = self.side_field.value()
        cause = str(self.cause_box.currentData() or "")
        return {
            **{name: box.text() for name, box in self._text_areas().items()},
            "pain_regions": frozenset(
                r for r, check in self.region_boxes.items() if check.isChecked()
            ),
            "sciatica_side": side if isinstance(side, BodySide) else None,
            "body_marks": self.outline.marks(),
            "cause": Cause(cause) if cause else None,
            "cause_other": self.cause_other_box.text(),
        }

    def set_read_only(self, read_only: bool) -> None:
        for box in (self.intake_date_box, self.onset_box, self.cause_other_box):
            box.setReadOnly(read_only)
        for area in self._text_areas().values():
            area.setReadOnly(read_only)
        for widget in (
            *self.region_boxes.values(),
            self.side_field,
            self.cause_box,
            self.hurts_button,
            self.spreads_button,
            self.clear_marks_button,
        ):
            widget.setEnabled(not read_only)
        self.outline.set_editable(not read_only)
        self.region_list.set_read_only(read_only)

    # --- slots -------------------------------------------------------------------------------

    def _on_dates_changed(self) -> None:
        duration = duration_of(self.onset_box.text(), self.intake_date_box.text())
        self.duration_label.setText(duration_labels()[duration] if duration else "")

    def _on_sciatica_toggled(self, checked: bool) -> None:
        self.side_label.setVisible(checked)
        self.side_row.setVisible(checked)

    def _on_cause_changed(self) -> None:
        self.cause_other_box.setVisible(self.cause_box.currentData() == Cause.OTHER.value)

    def _on_mark_kind_toggled(self) -> None:
        kind = MARK_PAIN if self.hurts_button.isChecked() else MARK_RADIATING
        self.outline.set_mark_kind(kind)
        self.region_list.set_kind(kind)

    def _on_outline_activated(self) -> None:
        """Space or Enter on the outline: the list of regions under it, focused."""
        if self.regions_button.isChecked():
            self.region_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.regions_button.setChecked(True)

    def _on_regions_button_toggled(self, shown: bool) -> None:
        self.region_list.setVisible(shown)
        if shown:
            self.region_list.refresh()
            self.region_list.setFocus(Qt.FocusReason.OtherFocusReason)
            # once laid out, focused again: the page scrolls to where the list now is
            QTimer.singleShot(0, self.region_list, self._refocus_region_list)

    def _refocus_region_list(self) -> None:
        if self.region_list.hasFocus():
            self.region_list.clearFocus()
            self.region_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_marks_clicked(self) -> None:
        if self.outline.marks():
            self.outline.set_marks(())
            self.region_list.refresh()
            self.changed.emit()
