"""The chosen points of a treatment on screen (side, needles, depth, stimulation, de qi),
and the combo boxes and remove buttons the treatment's widgets share (electroacupuncture,
cupping and moxibustion are in :mod:`planner.ui.plan.adjunct_widgets`).

Thin widgets: they draw a :class:`~planner.domain.plans.Plan`'s parts and emit each
change with the row it concerns; the presenter's
:class:`~planner.ui.plan.treatment.TreatmentEditor` applies it. Rows are rebuilt only
when the list itself changes, so a field being typed in keeps its focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from planner.domain.catalog import ASHI
from planner.domain.depth import field_hints
from planner.domain.i18n import translate
from planner.domain.plans import PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.vocab import PointSide
from planner.ui.course.labels import side_labels, stimulation_labels

POINT, SIDE, NEEDLES, DEPTH, STIMULATION, DE_QI, REMOVE = range(7)


def ashi_region_labels() -> dict[AshiRegion | None, str]:
    """Where an Ashi point is; not chosen, the safety check reads the most cautious."""
    return {
        None: translate("plan_widgets", "Ashi: where?"),
        AshiRegion.THORAX: translate("plan_widgets", "Ashi: upper back/thorax"),
        AshiRegion.LUMBOSACRAL: translate("plan_widgets", "Ashi: lumbosacral"),
        AshiRegion.BUTTOCK: translate("plan_widgets", "Ashi: buttock"),
        AshiRegion.LIMB: translate("plan_widgets", "Ashi: limb"),
    }


def lead_side_labels() -> dict[PointSide | None, str]:
    """The side an EA lead clips to at a point needled on both sides."""
    return {
        None: translate("plan_widgets", "same side"),
        PointSide.LEFT: translate("plan_widgets", "left needle"),
        PointSide.RIGHT: translate("plan_widgets", "right needle"),
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
    """A small "✕" button; ``tip`` (what it removes) is its tooltip and its accessible name."""
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


def name_inner_edit(box: QAbstractSpinBox) -> None:
    """Give a spin box's own line edit (which takes the focus) the spin box's name."""
    edit = box.findChild(QLineEdit)
    if edit is not None:
        edit.setAccessibleName(box.accessibleName())


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
        self.setAccessibleName(self.tr("Chosen points"))
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

    def focus_order(self) -> list[QWidget]:
        """The table, then each row's controls left to right (in reading order)."""
        order: list[QWidget] = [self]
        for row in range(self.rowCount()):
            for column in (POINT, SIDE, DEPTH, STIMULATION, DE_QI, REMOVE):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    order.append(widget)
        return order

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
            code = point.code  # as the row's controls name it (an Ashi chosen twice: by row)
            if self._codes.count(code) > 1:
                code = self.tr("{code} in row {n}").format(code=code, n=row + 1)
            item = QTableWidgetItem(point.code)
            item.setToolTip(names(point.code))
            self.setItem(row, POINT, item)
            if point.code == ASHI:  # where the tender point is: its cautions follow
                region = combo(ashi_region_labels())
                region.setAccessibleName(self.tr("Region of {code}").format(code=code))
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
            side.setAccessibleName(self.tr("Side of {code}").format(code=code))
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
            depth.setAccessibleName(self.tr("Depth of {code}").format(code=code))
            depth.textEdited.connect(lambda text, r=row: self.depth_changed.emit(r, text))
            self.setCellWidget(row, DEPTH, depth)
            stimulation = combo(stimulation_labels())
            stimulation.setAccessibleName(self.tr("Stimulation at {code}").format(code=code))
            stimulation.currentIndexChanged.connect(
                lambda _i, r=row, box=stimulation: self.stimulation_changed.emit(r, box.value())
            )
            self.setCellWidget(row, STIMULATION, stimulation)
            de_qi = QCheckBox()
            de_qi.setToolTip(self.tr("De qi sought"))
            de_qi.setAccessibleName(self.tr("De qi sought at {code}").format(code=code))
            de_qi.toggled.connect(lambda on, r=row: self.de_qi_changed.emit(r, on))
            self.setCellWidget(row, DE_QI, de_qi)
            remove = remove_button(self.tr("Remove point {code}").format(code=code))
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
