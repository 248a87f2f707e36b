"""The adjuncts of a treatment on screen: electroacupuncture pairs (two points, frequency,
pulse width, intensity, minutes, the side each lead clips to) and cupping or moxibustion
(type, sites, minutes).

Thin widgets like :mod:`planner.ui.plan.widgets` (whose combo boxes and remove buttons they
use): they draw a plan's part and name the field the user changed; the panel reads the
typed value back with ``change(field)`` and the presenter's editor applies it. Every
control has an accessible name that says which pair or adjunct it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.plans import Cupping, ElectroPair, Moxibustion
from planner.ui.course.labels import ea_mode_labels
from planner.ui.plan.treatment import parse_sites, sites_text
from planner.ui.plan.widgets import (
    choose,
    combo,
    lead_side_labels,
    name_inner_edit,
    remove_button,
)
from planner.ui.style import set_hint


class PairRow(QFrame):
    """One electroacupuncture pair: two points, frequency, pulse width, intensity, minutes.

    :attr:`changed` names the field the user changed; the receiver reads its typed value
    with :meth:`change` (a signal's payload would turn an enum member into a plain
    string)."""

    changed = Signal(str)
    remove_requested = Signal()

    def __init__(
        self, candidates: Sequence[str], parent: QWidget | None = None, *, number: int = 1
    ) -> None:
        """``number``: the pair's place in the list (from 1), which its controls' names say."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Electroacupuncture pair {n}").format(n=number))
        self.point_a = combo([(c, c) for c in candidates])
        self.point_b = combo([(c, c) for c in candidates])
        self.side_a = combo(lead_side_labels())
        self.side_b = combo(lead_side_labels())
        for box, end in ((self.side_a, self.tr("first")), (self.side_b, self.tr("second"))):
            box.setAccessibleName(
                self.tr("Pair {n}: side of the {end} lead").format(n=number, end=end)
            )
            box.setToolTip(
                self.tr(
                    "At a point needled on both sides: the needle this lead clips to. "
                    "A current from left to right across the chest is not allowed."
                )
            )
        self.mode_box = combo(ea_mode_labels())
        self.hertz_edit = QLineEdit()
        self.hertz_edit.setMaximumWidth(70)
        self.hertz_edit.setAccessibleName(self.tr("Pair {n}: frequency in Hz").format(n=number))
        self.width_box = QDoubleSpinBox()
        self.width_box.setRange(0.0, 2.0)
        self.width_box.setSingleStep(0.05)
        self.width_box.setSpecialValueText(self.tr("—"))
        self.width_box.setSuffix(self.tr(" ms"))
        self.width_box.setAccessibleName(self.tr("Pair {n}: pulse width").format(n=number))
        self.intensity_edit = QLineEdit()
        self.intensity_edit.setPlaceholderText(self.tr("Intensity, e.g. comfortable tingling"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 60)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.remove = remove_button(self.tr("Remove pair {n}").format(n=number))
        names = (
            (self.point_a, self.tr("Pair {n}: first point")),
            (self.point_b, self.tr("Pair {n}: second point")),
            (self.mode_box, self.tr("Pair {n}: mode")),
            (self.intensity_edit, self.tr("Pair {n}: intensity")),
            (self.minutes_box, self.tr("Pair {n}: minutes")),
        )
        for widget, name in names:
            widget.setAccessibleName(name.format(n=number))
        for spin in (self.width_box, self.minutes_box):
            name_inner_edit(spin)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.point_a, 0, 0)
        grid.addWidget(QLabel("–"), 0, 1)
        grid.addWidget(self.point_b, 0, 2)
        grid.addWidget(self.mode_box, 0, 3)
        grid.addWidget(self.hertz_edit, 0, 4)
        grid.addWidget(QLabel(self.tr("Hz")), 0, 5)
        grid.addWidget(self.remove, 0, 6)
        grid.addWidget(self.width_box, 1, 0, 1, 3)
        grid.addWidget(self.intensity_edit, 1, 3, 1, 2)
        grid.addWidget(self.minutes_box, 1, 5, 1, 2)
        grid.addWidget(self.side_a, 2, 0)
        grid.addWidget(self.side_b, 2, 2)
        grid.setColumnStretch(3, 1)
        self.point_a.currentIndexChanged.connect(lambda _i: self.changed.emit("point_a"))
        self.point_b.currentIndexChanged.connect(lambda _i: self.changed.emit("point_b"))
        self.side_a.currentIndexChanged.connect(lambda _i: self.changed.emit("side_a"))
        self.side_b.currentIndexChanged.connect(lambda _i: self.changed.emit("side_b"))
        self.mode_box.currentIndexChanged.connect(lambda _i: self.changed.emit("mode"))
        self.hertz_edit.textEdited.connect(lambda _t: self.changed.emit("hertz"))
        self.width_box.valueChanged.connect(lambda _v: self.changed.emit("pulse_width_ms"))
        self.intensity_edit.textEdited.connect(lambda _t: self.changed.emit("intensity"))
        self.minutes_box.valueChanged.connect(lambda _v: self.changed.emit("minutes"))
        self.remove.clicked.connect(self.remove_requested)

    def focus_order(self) -> list[QWidget]:
        """The row's controls line by line, left to right (as the grid shows them)."""
        return [
            self.point_a,
            self.point_b,
            self.mode_box,
            self.hertz_edit,
            self.remove,
            self.width_box,
            self.intensity_edit,
            self.minutes_box,
            self.side_a,
            self.side_b,
        ]

    def change(self, field: str) -> dict[str, object]:
        """The field as the row shows it now, typed as :class:`ElectroPair` has it."""
        values: dict[str, Callable[[], object]] = {
            "point_a": self.point_a.value,
            "point_b": self.point_b.value,
            "side_a": self.side_a.value,
            "side_b": self.side_b.value,
            "mode": self.mode_box.value,
            "hertz": self.hertz_edit.text,
            "pulse_width_ms": lambda: self.width_box.value() or None,
            "intensity": self.intensity_edit.text,
            "minutes": self.minutes_box.value,
        }
        return {field: values[field]()}

    def show_pair(self, pair: ElectroPair) -> None:
        choose(self.point_a, pair.point_a)
        choose(self.point_b, pair.point_b)
        choose(self.side_a, pair.side_a)
        choose(self.side_b, pair.side_b)
        choose(self.mode_box, pair.mode)
        if not self.hertz_edit.hasFocus() and self.hertz_edit.text() != pair.hertz:
            self.hertz_edit.setText(pair.hertz)
        for box, value in (
            (self.width_box, pair.pulse_width_ms or 0.0),
            (self.minutes_box, pair.minutes),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        if not self.intensity_edit.hasFocus() and self.intensity_edit.text() != pair.intensity:
            self.intensity_edit.setText(pair.intensity)


class ElectroEditor(QWidget):
    pair_changed = Signal(int, str)
    """A pair's field changed (row, field name): read it with ``rows[row].change(field)``."""
    pair_removed = Signal(int)
    pair_added = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PairRow] = []
        self._shape: tuple[tuple[str, ...], int] = ((), -1)
        self._holder = QVBoxLayout()
        self._holder.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add pai&r"))
        self.add_button.clicked.connect(self.pair_added)
        self.empty_label = QLabel(self.tr("Choose at least two points, then add a pair."))
        set_hint(self.empty_label)  # secondary text, not disabled text (issue 24)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._holder)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addWidget(self.empty_label, 1)
        column.addLayout(line)

    def focus_order(self) -> list[QWidget]:
        return [widget for row in self.rows for widget in row.focus_order()] + [self.add_button]

    def set_pairs(self, pairs: Sequence[ElectroPair], candidates: Sequence[str]) -> None:
        shape = (tuple(candidates), len(pairs))
        if shape != self._shape:
            self._shape = shape
            for row in self.rows:
                self._holder.removeWidget(row)
                row.hide()  # at once: deletion waits for the event loop
                row.deleteLater()
            self.rows = []
            for index in range(len(pairs)):
                row = PairRow(candidates, number=index + 1)
                row.changed.connect(lambda f, i=index: self.pair_changed.emit(i, f))
                row.remove_requested.connect(lambda i=index: self.pair_removed.emit(i))
                self._holder.addWidget(row)
                self.rows.append(row)
        for row, pair in zip(self.rows, pairs, strict=True):
            row.show_pair(pair)
        self.empty_label.setVisible(len(candidates) < 2)
        self.add_button.setEnabled(len(candidates) >= 2)


class AdjunctEditor(QWidget):
    """Cupping or moxibustion: type, sites and minutes.

    :attr:`changed` names the field the user changed; the receiver reads its typed value
    with :meth:`change` (never through the signal, which would turn the type's enum member
    into a plain string)."""

    changed = Signal(str)

    def __init__(
        self, types: dict[Enum, str], parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        """``name``: the adjunct ("Cupping", "Moxibustion"), which its controls' names say."""
        super().__init__(parent)
        self.type_box = combo(types)  # type: ignore[arg-type]
        self.sites_edit = QLineEdit()
        self.sites_edit.setPlaceholderText(self.tr("Point codes or areas, separated by commas"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 60)
        self.minutes_box.setSuffix(self.tr(" min"))
        what = name or self.tr("Adjunct")
        for widget, text in (
            (self.type_box, self.tr("{what} type")),
            (self.sites_edit, self.tr("{what} sites")),
            (self.minutes_box, self.tr("{what} minutes")),
        ):
            widget.setAccessibleName(text.format(what=what))
        name_inner_edit(self.minutes_box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.type_box)
        row.addWidget(self.sites_edit, 1)
        row.addWidget(self.minutes_box)
        self.type_box.currentIndexChanged.connect(lambda _i: self.changed.emit("type"))
        self.sites_edit.textEdited.connect(lambda _t: self.changed.emit("sites"))
        self.minutes_box.valueChanged.connect(lambda _v: self.changed.emit("minutes"))

    def focus_order(self) -> list[QWidget]:
        return [self.type_box, self.sites_edit, self.minutes_box]

    def change(self, field: str) -> dict[str, object]:
        """The field as shown now, typed as :class:`Cupping` / :class:`Moxibustion` have it."""
        values: dict[str, Callable[[], object]] = {
            "type": self.type_box.value,
            "sites": lambda: parse_sites(self.sites_edit.text()),
            "minutes": self.minutes_box.value,
        }
        return {field: values[field]()}

    def show_value(self, value: Cupping | Moxibustion | None) -> None:
        self.setEnabled(value is not None)
        if value is None:
            return
        choose(self.type_box, value.type)
        shown = parse_sites(self.sites_edit.text())
        if shown != value.sites and not self.sites_edit.hasFocus():  # keeps ", " being typed
            self.sites_edit.setText(sites_text(value.sites))
        self.minutes_box.blockSignals(True)
        self.minutes_box.setValue(value.minutes)
        self.minutes_box.blockSignals(False)
