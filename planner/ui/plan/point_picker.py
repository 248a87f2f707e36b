"""Choosing points four ways: by region, by template, by search (as you type) and by
clicking them on the body outline. Thin: it draws the options
:mod:`planner.ui.plan.point_options` gives and emits what was chosen.

Alt+1 … Alt+4 switch between the ways; Space or Enter toggles the point under the cursor
in a list. Each point's details (where it is, its usual depth and angle, and how deep is
safe) show under the list for the current point, in its tooltip, and when it is clicked on
the outline. When the treatment has cupping or moxibustion, clicks on the outline can mark
their sites instead of choosing points (a ring around the point).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.catalog import Catalog, PlanRegion
from planner.domain.depth import depth_hint
from planner.domain.vocab import Technique
from planner.services.plan_templates import TemplateView
from planner.ui.course.labels import region_labels
from planner.ui.plan.point_options import (
    PointOption,
    option_text,
    outline_spots,
    region_options,
    search_options,
)
from planner.ui.widgets.body_outline import BodyOutlineWidget, DrawnPoint

_CODE = Qt.ItemDataRole.UserRole


class PointList(QListWidget):
    """Points with a box each; ticking one emits :attr:`point_toggled`. ``details`` gives
    a point's tooltip from its code (its location when not given)."""

    point_toggled = Signal(str)

    def __init__(
        self, details: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._details = details
        self.itemChanged.connect(self._on_item_changed)
        self.itemActivated.connect(self._on_item_activated)
        self._filling = False
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_options(self, options: list[PointOption]) -> None:
        current = self.currentRow()
        self._filling = True
        self.clear()
        for option in options:
            item = QListWidgetItem(option.text)
            item.setData(_CODE, option.code)
            item.setToolTip(self._details(option.code) if self._details else option.location)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if option.chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self._filling = False
        if self.count():
            self.setCurrentRow(min(max(current, 0), self.count() - 1))

    def codes(self, *, chosen_only: bool = False) -> list[str]:
        return [
            str(self.item(i).data(_CODE))
            for i in range(self.count())
            if not chosen_only or self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def toggle_row(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.point_toggled.emit(str(item.data(_CODE)))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.toggle_row(self.row(item))


class PointPicker(QTabWidget):
    point_toggled = Signal(str)
    template_chosen = Signal(str)
    repeat_last_requested = Signal()
    save_template_requested = Signal()
    site_toggled = Signal(object, str)
    """A cupping or moxibustion site clicked on the outline: (Technique, point code)."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._chosen: frozenset[str] = frozenset()
        self._sites: dict[Technique, frozenset[str]] = {}  # casefolded codes
        self._click_modes: tuple[Technique, ...] | None = None  # the combo's site modes
        self._codes = {point.code.casefold(): point.code for point in catalog.points}
        region_page = self._build_region_page()
        template_page = self._build_template_page()
        search_page = self._build_search_page()
        body_page = self._build_body_page()
        self.addTab(region_page, self.tr("&1 Region"))
        self.addTab(template_page, self.tr("&2 Template"))
        self.addTab(search_page, self.tr("&3 Search"))
        self.addTab(body_page, self.tr("&4 Body"))
        for index in range(4):
            QShortcut(QKeySequence(f"Alt+{index + 1}"), self, lambda i=index: self._on_shortcut(i))
        self.region_list.setCurrentRow(0)

    def _build_region_page(self) -> QWidget:
        """By region: the regions, then the region's points and the current one's details."""
        region_page = QWidget()
        self.region_list = QListWidget()
        for region, label in region_labels().items():
            item = QListWidgetItem(label)
            item.setData(_CODE, region.value)
            self.region_list.addItem(item)
        self.region_list.setMaximumHeight(self.region_list.sizeHintForRow(0) * 6 + 8)
        self.region_points = PointList(self.details)
        self.region_details = _details_label()
        column = QVBoxLayout(region_page)
        column.addWidget(self.region_list)
        column.addWidget(self.region_points, 1)
        column.addWidget(self.region_details)
        self.region_points.currentItemChanged.connect(self._on_region_points_current_changed)
        self.region_list.currentRowChanged.connect(self._on_region_list_current_row_changed)
        self.region_points.point_toggled.connect(self.point_toggled)
        return region_page

    def _build_template_page(self) -> QWidget:
        """By template: the templates, "Use", "Repeat last session" and "Save as template"."""
        template_page = QWidget()
        self.template_list = QListWidget()
        self.template_list.setWordWrap(True)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.template_note.setTextFormat(Qt.TextFormat.PlainText)
        self.use_template_button = QPushButton(self.tr("&Use this template"))
        self.repeat_last_button = QPushButton(self.tr("Repeat &last session"))
        self.save_template_button = QPushButton(self.tr("Save plan as &template…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_template_button)
        buttons.addWidget(self.repeat_last_button)
        column = QVBoxLayout(template_page)
        column.addWidget(self.template_list, 1)
        column.addWidget(self.template_note)
        column.addLayout(buttons)
        column.addWidget(self.save_template_button)
        self.template_list.currentRowChanged.connect(self._on_template_list_current_row_changed)
        self.template_list.itemActivated.connect(self._on_use_template_button_clicked)
        self.use_template_button.clicked.connect(self._on_use_template_button_clicked)
        self.repeat_last_button.clicked.connect(self.repeat_last_requested)
        self.save_template_button.clicked.connect(self.save_template_requested)
        self._templates: list[TemplateView] = []
        return template_page

    def _build_search_page(self) -> QWidget:
        """By search, as you type."""
        search_page = QWidget()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Code, pinyin, English or 汉字 — e.g. BL23, shenshu")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_results = PointList(self.details)
        self.search_details = _details_label()
        column = QVBoxLayout(search_page)
        column.addWidget(self.search_box)
        column.addWidget(self.search_results, 1)
        column.addWidget(self.search_details)
        self.search_results.currentItemChanged.connect(self._on_search_results_current_changed)
        self.search_box.textChanged.connect(self._refresh_search)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.search_results.point_toggled.connect(self.point_toggled)
        return search_page

    def _build_body_page(self) -> QWidget:
        """On the body outline, with what a click marks (points, or cupping/moxa sites)."""
        body_page = QWidget()
        self.outline = BodyOutlineWidget()
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
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.click_mode_label)
        mode_row.addWidget(self.click_mode, 1)
        column = QVBoxLayout(body_page)
        column.addLayout(mode_row)
        column.addWidget(self.outline, 1)
        column.addWidget(self.outline_label)
        self._set_click_modes(())
        return body_page

    # --- state ----------------------------------------------------------------------------

    def set_templates(self, templates: list[TemplateView]) -> None:
        self._templates = list(templates)
        self.template_list.clear()
        for view in templates:
            kind = self.tr("protocol") if view.kind == "protocol" else self.tr("clinic template")
            item = QListWidgetItem(f"{view.name} ({kind})")
            item.setData(_CODE, view.ref)
            item.setToolTip(", ".join(view.points))
            self.template_list.addItem(item)
        if templates:
            self.template_list.setCurrentRow(0)

    def set_chosen(self, chosen: Collection[str]) -> None:
        """Tick and highlight the points of the plan as it is now."""
        self._chosen = frozenset(chosen)
        self._refresh_region()
        self._refresh_search()
        self._draw_outline()

    def set_sites(self, sites: dict[Technique, Collection[str]]) -> None:
        """The cupping and moxibustion sites of the treatment, for the techniques it uses
        (only those can be marked by clicking)."""
        self._sites = {t: frozenset(code.casefold() for code in c) for t, c in sites.items()}
        self._set_click_modes(tuple(sites))
        self._draw_outline()

    def _set_click_modes(self, techniques: tuple[Technique, ...]) -> None:
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

    def _draw_outline(self) -> None:
        def site(code: str) -> str:
            for technique, name in (
                (Technique.CUPPING, "cupping"),
                (Technique.MOXIBUSTION, "moxibustion"),
            ):
                if code.casefold() in self._sites.get(technique, ()):
                    return name
            return ""

        codes = self._codes
        marked = {codes[c] for sites in self._sites.values() for c in sites if c in codes}
        spots = outline_spots(self._catalog, self._chosen, self._chosen | marked)
        self.outline.set_points(
            [DrawnPoint(s.code, s.view, s.x, s.y, s.selected, site(s.code)) for s in spots]
        )

    def show_region(self, region: PlanRegion) -> None:
        for row in range(self.region_list.count()):
            if self.region_list.item(row).data(_CODE) == region.value:
                self.region_list.setCurrentRow(row)

    # --- slots ------------------------------------------------------------------------------

    def _on_outline_point_clicked(self, code: str) -> None:
        point = self._catalog.get(code)
        technique = self.click_mode.currentData()
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
        self.outline_label.setText(f"{option_text(point)} — {state}.\n{self.details(point.code)}")

    def _on_click_mode_current_index_changed(self, *_args: object) -> None:
        technique = self.click_mode.currentData()
        if technique is None:
            tip = self.tr("Click a point to choose it (green); click again to remove it.")
        elif technique == Technique.CUPPING:
            tip = self.tr("Click a point to mark a cupping site (purple ring); again to remove it.")
        else:
            tip = self.tr(
                "Click a point to mark a moxibustion site (orange ring); again to remove it."
            )
        self.outline.setToolTip(tip)
        self.outline_label.setText(tip)

    def _on_shortcut(self, index: int) -> None:
        self.setCurrentIndex(index)
        focus = (self.region_points, self.template_list, self.search_box, self.outline)[index]
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def details(self, code: str) -> str:
        """Where the point is, then its usual depth and angle and the deepest safe needle."""
        point = self._catalog.get(code)
        if point is None:
            return ""
        hint = depth_hint(point)
        depth = self.tr("Depth: {hint}.").format(hint=hint) if hint else ""
        return "\n".join(part for part in (point.location, depth) if part)

    def _show_details(self, points: PointList, label: QLabel) -> None:
        item = points.currentItem()
        label.setText(self.details(str(item.data(_CODE))) if item is not None else "")

    def _on_region_points_current_changed(self, *_args: object) -> None:
        self._show_details(self.region_points, self.region_details)

    def _on_search_results_current_changed(self, *_args: object) -> None:
        self._show_details(self.search_results, self.search_details)

    def _refresh_region(self) -> None:
        item = self.region_list.currentItem()
        if item is not None:
            region = PlanRegion(str(item.data(_CODE)))
            self.region_points.set_options(region_options(self._catalog, region, self._chosen))
            self._show_details(self.region_points, self.region_details)

    def _on_region_list_current_row_changed(self, _row: int) -> None:
        self._refresh_region()

    def _refresh_search(self) -> None:
        text = self.search_box.text()
        self.search_results.set_options(search_options(self._catalog, text, self._chosen))
        self._show_details(self.search_results, self.search_details)

    def _on_search_box_return_pressed(self) -> None:
        """Enter in the search box chooses (or removes) the first point found."""
        if self.search_results.count():
            self.search_results.toggle_row(0)

    def _on_template_list_current_row_changed(self, row: int) -> None:
        view = self._templates[row] if 0 <= row < len(self._templates) else None
        self.template_note.setText(view.description if view is not None else "")
        self.use_template_button.setEnabled(view is not None)

    def _on_use_template_button_clicked(self, *_args: object) -> None:
        item = self.template_list.currentItem()
        if item is not None:
            self.template_chosen.emit(str(item.data(_CODE)))


def _details_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
