"""The plan editor's Body tab: points picked on the body outline with the mouse, or from
the list under it with the keyboard alone (issue 24).

The list holds the points drawn on the outline (all of them, or one plan region's), each
with a check box in step with the drawing: ticked when the point is chosen or, while
"Clicks mark" is on cupping or moxibustion, when it is marked as that technique's site.
Space (or Enter) on a point does what a click on it does; the point under the list's
cursor is ringed on the drawing, so a sighted keyboard user sees where it is. Thin: the
page emits what was picked, :class:`~planner.ui.plan.point_picker.PointPicker` passes it on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog import Catalog, PlanRegion
from planner.domain.vocab import Technique
from planner.ui.course.labels import region_labels
from planner.ui.plan.point_list import PointList
from planner.ui.plan.point_options import PointOption, option_text, outline_codes, outline_spots
from planner.ui.widgets.body_outline import BodyOutlineWidget, DrawnPoint

_SITE_NAMES = ((Technique.CUPPING, "cupping"), (Technique.MOXIBUSTION, "moxibustion"))


class PickingOutline(BodyOutlineWidget):
    """The outline with the keyboard's current point ringed (dashed, in the palette's
    highlight colour); smaller than the intake's so the list fits beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(160, 140)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list under it is the keyboard's way
        self.setAccessibleName(self.tr("Body outline with the points"))
        self.current = ""

    def sizeHint(self) -> QSize:
        return QSize(320, 240)  # leaves the list under it room for several points

    def set_current(self, code: str) -> None:
        self.current = code
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        spots = [p for p in self._points if self.current and p.code == self.current]
        if not spots:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().highlight().color(), 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for spot in spots:
            painter.drawEllipse(self.to_widget(spot.view, spot.x, spot.y), 12.0, 12.0)
        painter.end()


class BodyPage(QWidget):
    point_toggled = Signal(str)
    site_toggled = Signal(object, str)
    """A cupping or moxibustion site marked or unmarked: (Technique, point code)."""

    def __init__(
        self, catalog: Catalog, details: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._details = details
        self._chosen: frozenset[str] = frozenset()
        self._sites: dict[Technique, frozenset[str]] = {}  # casefolded codes
        self._click_modes: tuple[Technique, ...] | None = None  # the combo's site modes
        self._codes = {point.code.casefold(): point.code for point in catalog.points}
        self.outline = PickingOutline()
        self.outline.set_picking_points(True)
        self.outline.set_editable(False)
        self.outline.point_clicked.connect(self._on_outline_point_clicked)
        self.outline_label = QLabel()
        self.outline_label.setWordWrap(True)
        self.outline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.click_mode = QComboBox()
        self.click_mode.setAccessibleName(self.tr("What a click marks"))
        self.click_mode_label = QLabel(self.tr("Clicks &mark"))
        self.click_mode_label.setBuddy(self.click_mode)
        self.click_mode.currentIndexChanged.connect(self._on_click_mode_current_index_changed)
        self.region_box = QComboBox()
        self.region_box.addItem(self.tr("All points on the outline"), None)
        for region, label in region_labels().items():
            self.region_box.addItem(label, region)
        self.region_box.setAccessibleName(self.tr("Points listed"))
        region_label = QLabel(self.tr("L&ist"))
        region_label.setBuddy(self.region_box)
        self.region_box.currentIndexChanged.connect(self._refresh_list)
        self.points = PointList(details)
        self.points.setAccessibleName(self.tr("Points on the outline"))
        self.points.point_toggled.connect(self._on_outline_point_clicked)
        self.points.currentItemChanged.connect(self._on_points_current_changed)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.click_mode_label)
        mode_row.addWidget(self.click_mode, 1)
        list_page = QWidget()
        list_column = QVBoxLayout(list_page)
        list_column.setContentsMargins(0, 0, 0, 0)
        region_row = QHBoxLayout()
        region_row.addWidget(region_label)
        region_row.addWidget(self.region_box, 1)
        list_column.addLayout(region_row)
        list_column.addWidget(self.points, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(list_page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addLayout(mode_row)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.outline_label)
        self.set_click_modes(())
        self._refresh_list()

    # --- state ----------------------------------------------------------------------------

    def set_chosen(self, chosen: frozenset[str]) -> None:
        self._chosen = chosen
        self._draw()

    def set_sites(self, sites: dict[Technique, frozenset[str]]) -> None:
        """Casefolded cupping and moxibustion sites, for the techniques the plan uses."""
        self._sites = sites
        self.set_click_modes(tuple(sites))
        self._draw()

    def technique(self) -> Technique | None:
        """What a click or a tick marks: None for points to needle."""
        value = self.click_mode.currentData()  # Qt may hand the enum back as a plain string
        return Technique(value) if value else None

    def set_click_modes(self, techniques: tuple[Technique, ...]) -> None:
        if techniques == self._click_modes:
            return  # every change of the plan passes here: rebuild only when they change
        self._click_modes = techniques
        current = self.click_mode.currentData()
        self.click_mode.blockSignals(True)
        self.click_mode.clear()
        self.click_mode.addItem(self.tr("Points to needle"), None)
        if Technique.CUPPING in techniques:
            self.click_mode.addItem(self.tr("Cupping sites (purple ring)"), Technique.CUPPING)
        if Technique.MOXIBUSTION in techniques:
            moxa = Technique.MOXIBUSTION
            self.click_mode.addItem(self.tr("Moxibustion sites (orange ring)"), moxa)
        self.click_mode.setCurrentIndex(max(0, self.click_mode.findData(current)))
        self.click_mode.blockSignals(False)
        for widget in (self.click_mode, self.click_mode_label):
            widget.setVisible(bool(techniques))
        self._on_click_mode_current_index_changed()

    def _site(self, code: str) -> str:
        for technique, name in _SITE_NAMES:
            if code.casefold() in self._sites.get(technique, ()):
                return name
        return ""

    def _draw(self) -> None:
        codes = self._codes
        marked = {codes[c] for sites in self._sites.values() for c in sites if c in codes}
        spots = outline_spots(self._catalog, self._chosen, self._chosen | marked)
        self.outline.set_points(
            [DrawnPoint(s.code, s.view, s.x, s.y, s.selected, self._site(s.code)) for s in spots]
        )
        chosen = ", ".join(sorted(self._chosen)) or self.tr("none")
        self.outline.setAccessibleDescription(self.tr("Chosen: {codes}.").format(codes=chosen))
        self._refresh_list()

    def _ticked(self, code: str) -> bool:
        """In step with the drawing: chosen, or marked as the current technique's site."""
        technique = self.technique()
        if technique is None:
            return code in self._chosen
        return code.casefold() in self._sites.get(technique, ())

    def _refresh_list(self, *_args: object) -> None:
        region = self.region_box.currentData()
        shown = outline_codes(self._catalog)
        if region:
            in_region = [p.code for p in self._catalog.in_region(PlanRegion(region))]
            shown = tuple(code for code in in_region if code in shown)
        options = []
        for code in shown:
            point = self._catalog.get(code)
            if point is not None:
                text = option_text(point)
                options.append(PointOption(point.code, text, point.location, self._ticked(code)))
        self.points.set_options(options)
        self._on_points_current_changed()

    # --- slots ------------------------------------------------------------------------------

    def _on_points_current_changed(self, *_args: object) -> None:
        item = self.points.currentItem()
        self.outline.set_current(str(item.data(Qt.ItemDataRole.UserRole)) if item else "")

    def _on_outline_point_clicked(self, code: str) -> None:
        point = self._catalog.get(code)
        technique = self.technique()
        if technique is None:
            self.point_toggled.emit(code)
        else:
            self.site_toggled.emit(technique, code)
        if point is None:
            return
        if technique is None:
            state = self.tr("chosen") if point.code in self._chosen else self.tr("removed")
        else:
            what = (
                self.tr("cupping site")
                if technique == Technique.CUPPING
                else self.tr("moxibustion site")
            )
            marked = code.casefold() in self._sites.get(technique, ())
            state = (self.tr("{what} added") if marked else self.tr("{what} removed")).format(
                what=what
            )
        self.outline_label.setText(f"{option_text(point)} — {state}.\n{self._details(point.code)}")

    def _on_click_mode_current_index_changed(self, *_args: object) -> None:
        technique = self.technique()
        if technique is None:
            tip = self.tr(
                "Click a point to choose it (green); click again to remove it. "
                "Or tick it in the list with Space."
            )
        elif technique == Technique.CUPPING:
            tip = self.tr("Click a point to mark a cupping site (purple ring); again to remove it.")
        else:
            tip = self.tr(
                "Click a point to mark a moxibustion site (orange ring); again to remove it."
            )
        self.outline.setToolTip(tip)
        self.outline_label.setText(tip)
        self._refresh_list()
