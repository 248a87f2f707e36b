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

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from planner.ui.plan.body_picker import BodyPage
from planner.ui.plan.point_list import CODE_ROLE as _CODE
from planner.ui.plan.point_list import PointList
from planner.ui.plan.point_options import (
    region_options,
    search_options,
)
from planner.ui.widgets.layouts import scrolling


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
        region_page = self._build_region_page()
        template_page = self._build_template_page()
        search_page = self._build_search_page()
        body_page = self._build_body_page()
        # No "&" mnemonics on the tabs: the tab bar would take Alt+N itself (an ambiguous
        # shortcut) and switch the tab without moving the focus into it (issue 24).
        # Each page scrolls when the window is very small (1366×768 at 200 %).
        self.addTab(scrolling(region_page), self.tr("1 Region"))
        self.addTab(scrolling(template_page), self.tr("2 Template"))
        self.addTab(scrolling(search_page), self.tr("3 Search"))
        self.addTab(scrolling(body_page), self.tr("4 Body"))
        self.setAccessibleName(self.tr("Choose points"))
        for index in range(4):
            self.widget(index).setAccessibleName(self.tabText(index)[2:])
            self.setTabToolTip(index, self.tr("Alt+{n}").format(n=index + 1))
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
        self.region_list.setAccessibleName(self.tr("Regions"))
        self.region_points = PointList(self.details)
        self.region_points.setAccessibleName(self.tr("Points of the region"))
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
        self.template_list.setAccessibleName(self.tr("Templates"))
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
        self.search_box.setAccessibleName(self.tr("Search points"))
        self.search_results = PointList(self.details)
        self.search_results.setAccessibleName(self.tr("Points found"))
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
        """On the body outline, with what a click marks (points, or cupping/moxa sites), and
        the same points in a list for the keyboard."""
        self.body_page = BodyPage(self._catalog, self.details)
        self.outline = self.body_page.outline
        self.outline_label = self.body_page.outline_label
        self.click_mode = self.body_page.click_mode
        self.click_mode_label = self.body_page.click_mode_label
        self.body_points = self.body_page.points
        self.body_page.point_toggled.connect(self.point_toggled)
        self.body_page.site_toggled.connect(self.site_toggled)
        return self.body_page

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
        self.body_page.set_chosen(self._chosen)

    def set_sites(self, sites: dict[Technique, Collection[str]]) -> None:
        """The cupping and moxibustion sites of the treatment, for the techniques it uses
        (only those can be marked by clicking)."""
        self.body_page.set_sites(
            {t: frozenset(code.casefold() for code in c) for t, c in sites.items()}
        )

    def show_region(self, region: PlanRegion) -> None:
        for row in range(self.region_list.count()):
            if self.region_list.item(row).data(_CODE) == region.value:
                self.region_list.setCurrentRow(row)

    # --- slots ------------------------------------------------------------------------------

    def _on_shortcut(self, index: int) -> None:
        self.setCurrentIndex(index)
        focus = (self.region_points, self.template_list, self.search_box, self.body_points)[index]
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
