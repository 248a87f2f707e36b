"""A list of points with a check box each, for the plan editor's pickers (by region, by
search, and the Body tab's keyboard list): Space ticks or unticks the current point,
Enter or a double click toggles it, and each tick is emitted as the point's code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from planner.ui.plan.point_options import PointOption

CODE_ROLE = Qt.ItemDataRole.UserRole
_CODE = CODE_ROLE


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
