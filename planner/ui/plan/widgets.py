"""The parts of a treatment on screen: the chosen points (side, needles, depth,
stimulation, de qi), electroacupuncture pairs, and cupping or moxibustion.

Thin widgets: they draw a :class:`~planner.domain.plans.Plan`'s parts and emit each
change with the row it concerns; the presenter's
:class:`~planner.ui.plan.treatment.TreatmentEditor` applies it. Rows are rebuilt only
when the list itself changes, so a field being typed in keeps its focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog import ASHI
from planner.domain.depth import field_hints
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.vocab import PointSide
from planner.ui.course.labels import ea_mode_labels, side_labels, stimulation_labels
from planner.ui.plan.treatment import parse_sites, sites_text

POINT, SIDE, NEEDLES, DEPTH, STIMULATION, DE_QI, REMOVE = range(7)


def _tr(text: str) -> str:
    return QCoreApplication.translate("plan_widgets", text)


def ashi_region_labels() -> dict[AshiRegion | None, str]:
    """Where an Ashi point is; not chosen, the safety check reads the most cautious."""
    return {
        None: _tr("Ashi: where?"),
        AshiRegion.THORAX: _tr("Ashi: upper back/thorax"),
        AshiRegion.LUMBOSACRAL: _tr("Ashi: lumbosacral"),
        AshiRegion.BUTTOCK: _tr("Ashi: buttock"),
        AshiRegion.LIMB: _tr("Ashi: limb"),
    }


def lead_side_labels() -> dict[PointSide | None, str]:
    """The side an EA lead clips to at a point needled on both sides."""
    return {
        None: _tr("same side"),
        PointSide.LEFT: _tr("left needle"),
        PointSide.RIGHT: _tr("right needle"),
    }


class ValueBox(QComboBox):
    """A combo box that gives back the Python values it was filled with (enums stay enums;
    Qt would hand back plain strings)."""

    def __init__(self, items: Sequence[tuple[object, str]]) -> None:
        super().__init__()
        self.values = [value for value, _text in items]
        for _value, text in items:
            self.addItem(text)

    def value(self) -> object:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def index_of(self, value: object) -> int:
        return self.values.index(value) if value in self.values else -1


def combo(options: dict[object, str] | Sequence[tuple[object, str]]) -> ValueBox:
    items = list(options.items()) if isinstance(options, dict) else list(options)
    return ValueBox(items)


def choose(box: ValueBox, value: object) -> None:
    box.blockSignals(True)
    box.setCurrentIndex(max(box.index_of(value), 0))
    box.blockSignals(False)


def remove_button(tip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class ChosenPointsTable(QTableWidget):
    side_changed = Signal(int, object)
    ashi_region_changed = Signal(int, object)
    depth_changed = Signal(int, str)
    stimulation_changed = Signal(int, object)
    de_qi_changed = Signal(int, bool)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Point"),
                self.tr("Side"),
                self.tr("Needles"),
                self.tr("Depth"),
                self.tr("Stimulation"),
                self.tr("De qi"),
                "",
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEPTH, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._codes: tuple[str, ...] = ()
        self._read_only = False

    def set_points(
        self,
        points: Sequence[PointChoice],
        sides: Callable[[int], tuple[PointSide, ...]],
        names: Callable[[str], str],
    ) -> None:
        codes = tuple(p.code for p in points)
        if codes != self._codes:
            self._rebuild(points, sides, names)
        for row, point in enumerate(points):
            self._show_row(row, point)

    def _fit_rows(self) -> None:
        """As tall as its rows (the screen around it scrolls), at least three rows high."""
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        empty = 3 * (self.verticalHeader().defaultSectionSize()) if not self.rowCount() else 0
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().height() + max(rows, empty) + frame + 2)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(self.rowCount()):
            for column in (POINT, SIDE, DEPTH, STIMULATION, DE_QI, REMOVE):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    widget.setEnabled(not read_only and self._editable(row, column))

    def side_box(self, row: int) -> ValueBox:
        return self.cellWidget(row, SIDE)  # type: ignore[return-value]

    def region_box(self, row: int) -> ValueBox | None:
        """The region combo of an Ashi row (None for any other point)."""
        return self.cellWidget(row, POINT)  # type: ignore[return-value]

    def needles_text(self, row: int) -> str:
        item = self.item(row, NEEDLES)
        return item.text() if item is not None else ""

    def _editable(self, row: int, column: int) -> bool:
        return column != SIDE or self.side_box(row).count() > 1

    def _rebuild(
        self,
        points: Sequence[PointChoice],
        sides: Callable[[int], tuple[PointSide, ...]],
        names: Callable[[str], str],
    ) -> None:
        self._codes = tuple(p.code for p in points)
        self.setRowCount(len(points))
        labels = side_labels()
        for row, point in enumerate(points):
            item = QTableWidgetItem(point.code)
            item.setToolTip(names(point.code))
            self.setItem(row, POINT, item)
            if point.code == ASHI:  # where the tender point is: its cautions follow
                region = combo(ashi_region_labels())
                region.setAccessibleName(self.tr("Where this Ashi point is"))
                region.setToolTip(
                    self.tr(
                        "Where the tender point is. Not chosen, the safety check reads "
                        "the most cautious place (over the lung and the lower back)."
                    )
                )
                region.currentIndexChanged.connect(
                    lambda _i, r=row, box=region: self.ashi_region_changed.emit(r, box.value())
                )
                self.setCellWidget(row, POINT, region)
            side = combo([(s, labels[s]) for s in sides(row)])
            side.setAccessibleName(self.tr("Side of {code}").format(code=point.code))
            side.currentIndexChanged.connect(
                lambda _i, r=row, box=side: self.side_changed.emit(r, box.value())
            )
            self.setCellWidget(row, SIDE, side)
            needles = QTableWidgetItem()
            needles.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, NEEDLES, needles)
            depth = QLineEdit()
            usual, hint = field_hints(point.code)  # the point's usual depth and angle
            depth.setPlaceholderText(usual or self.tr("e.g. 1 cun"))
            depth.setToolTip(hint)
            depth.setAccessibleName(self.tr("Depth of {code}").format(code=point.code))
            depth.textEdited.connect(lambda text, r=row: self.depth_changed.emit(r, text))
            self.setCellWidget(row, DEPTH, depth)
            stimulation = combo(stimulation_labels())
            stimulation.currentIndexChanged.connect(
                lambda _i, r=row, box=stimulation: self.stimulation_changed.emit(r, box.value())
            )
            self.setCellWidget(row, STIMULATION, stimulation)
            de_qi = QCheckBox()
            de_qi.setToolTip(self.tr("De qi sought"))
            de_qi.toggled.connect(lambda on, r=row: self.de_qi_changed.emit(r, on))
            self.setCellWidget(row, DE_QI, de_qi)
            remove = remove_button(self.tr("Remove {code}").format(code=point.code))
            remove.clicked.connect(lambda _c=False, r=row: self.remove_requested.emit(r))
            self.setCellWidget(row, REMOVE, remove)
        self.set_read_only(self._read_only)
        self._fit_rows()

    def _show_row(self, row: int, point: PointChoice) -> None:
        region = self.region_box(row)
        if region is not None:
            choose(region, point.ashi_region)
        choose(self.side_box(row), point.side)
        self.item(row, NEEDLES).setText(str(point.needles))
        depth: QLineEdit = self.cellWidget(row, DEPTH)  # type: ignore[assignment]
        if not depth.hasFocus() and depth.text() != point.depth:
            depth.setText(point.depth)
        choose(self.cellWidget(row, STIMULATION), point.stimulation)  # type: ignore[arg-type]
        de_qi: QCheckBox = self.cellWidget(row, DE_QI)  # type: ignore[assignment]
        de_qi.blockSignals(True)
        de_qi.setChecked(point.de_qi_sought)
        de_qi.blockSignals(False)


class PairRow(QFrame):
    """One electroacupuncture pair: two points, frequency, pulse width, intensity, minutes.

    :attr:`changed` names the field the user changed; the receiver reads its typed value
    with :meth:`change` (a signal's payload would turn an enum member into a plain
    string)."""

    changed = Signal(str)
    remove_requested = Signal()

    def __init__(self, candidates: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.point_a = combo([(c, c) for c in candidates])
        self.point_b = combo([(c, c) for c in candidates])
        self.side_a = combo(lead_side_labels())
        self.side_b = combo(lead_side_labels())
        for box, end in ((self.side_a, "first"), (self.side_b, "second")):
            box.setAccessibleName(self.tr("Side of the {end} lead").format(end=end))
            box.setToolTip(
                self.tr(
                    "At a point needled on both sides: the needle this lead clips to. "
                    "A current from left to right across the chest is not allowed."
                )
            )
        self.mode_box = combo(ea_mode_labels())
        self.hertz_edit = QLineEdit()
        self.hertz_edit.setMaximumWidth(70)
        self.hertz_edit.setAccessibleName(self.tr("Frequency in Hz"))
        self.width_box = QDoubleSpinBox()
        self.width_box.setRange(0.0, 2.0)
        self.width_box.setSingleStep(0.05)
        self.width_box.setSpecialValueText(self.tr("—"))
        self.width_box.setSuffix(self.tr(" ms"))
        self.width_box.setAccessibleName(self.tr("Pulse width"))
        self.intensity_edit = QLineEdit()
        self.intensity_edit.setPlaceholderText(self.tr("Intensity, e.g. comfortable tingling"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 60)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.remove = remove_button(self.tr("Remove this pair"))
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
        self.empty_label.setEnabled(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._holder)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addWidget(self.empty_label, 1)
        column.addLayout(line)

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
                row = PairRow(candidates)
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

    def __init__(self, types: dict[Enum, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_box = combo(types)  # type: ignore[arg-type]
        self.sites_edit = QLineEdit()
        self.sites_edit.setPlaceholderText(self.tr("Point codes or areas, separated by commas"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 60)
        self.minutes_box.setSuffix(self.tr(" min"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.type_box)
        row.addWidget(self.sites_edit, 1)
        row.addWidget(self.minutes_box)
        self.type_box.currentIndexChanged.connect(lambda _i: self.changed.emit("type"))
        self.sites_edit.textEdited.connect(lambda _t: self.changed.emit("sites"))
        self.minutes_box.valueChanged.connect(lambda _v: self.changed.emit("minutes"))

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
