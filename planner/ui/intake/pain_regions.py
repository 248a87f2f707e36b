"""The keyboard's way to mark pain on the body outline: a list of regions with check boxes.

It sits under the outline (shown by "List of regions", or Space on the outline) and
stays in step with it. It shows the marks of the kind
chosen above the outline ("Where it hurts" or "Where it spreads"): a region is ticked
while a mark of that kind lies in it. Ticking a region (Space, or a click) puts a mark
of that kind in the middle of the region; unticking removes every mark of that kind in
the region, however it was made. One Tab stop; the arrow keys move between regions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from planner.domain.intake import MARK_PAIN, MARK_RADIATING, BodyMark
from planner.ui.widgets.body_outline import BodyOutlineWidget, pain_regions

_VISIBLE_ROWS = 7  # the rest scroll


class PainRegionList(QListWidget):
    """Regions of the outline, each ticked while a mark of the current kind lies in it."""

    def __init__(self, outline: BodyOutlineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outline = outline
        self._regions = pain_regions()
        self._kind = MARK_PAIN
        self._filling = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        for region in self._regions:
            item = QListWidgetItem(region.label)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        frame = 2 * self.frameWidth() + 2
        self.setMinimumHeight(self.sizeHintForRow(0) * _VISIBLE_ROWS + frame)
        text = max(self.fontMetrics().horizontalAdvance(r.label) for r in self._regions)
        self.setMinimumWidth(text + 64)  # the tick, the scroll bar and the frame
        self.itemChanged.connect(self._on_item_changed)
        outline.marks_changed.connect(self.refresh)
        self._name()
        self.refresh()

    def set_kind(self, kind: str) -> None:
        """Show and mark pain (``MARK_PAIN``) or where it spreads (``MARK_RADIATING``)."""
        self._kind = MARK_RADIATING if kind == MARK_RADIATING else MARK_PAIN
        self._name()
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        self._filling = True
        for index in range(self.count()):
            self.item(index).setFlags(flags)
        self._filling = False

    def ticked(self) -> list[str]:
        """The labels of the regions ticked now."""
        return [
            self.item(i).text()
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def refresh(self) -> None:
        """Tick the regions holding a mark of the current kind (after any change)."""
        marks = [mark for mark in self._outline.marks() if mark.kind == self._kind]
        self._filling = True
        for index, region in enumerate(self._regions):
            held = any(region.holds(mark) for mark in marks)
            state = Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
            if self.item(index).checkState() != state:
                self.item(index).setCheckState(state)
        self._filling = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current region, every time (not only once the view
        has taken it as a selection)."""
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                ticked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)

    def _name(self) -> None:
        if self._kind == MARK_PAIN:
            self.setAccessibleName(self.tr("Regions where it hurts"))
        else:
            self.setAccessibleName(self.tr("Regions where the pain spreads"))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        region = self._regions[self.row(item)]
        if item.checkState() == Qt.CheckState.Checked:
            self._outline.add_mark(BodyMark(region.view, region.x, region.y, self._kind))
        else:
            self._outline.remove_marks(region, self._kind)
