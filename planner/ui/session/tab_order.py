"""Tab order in reading order, for windows whose rows are made and remade as they are used.

Qt puts a widget made after the window was built at the end of the Tab chain: the rows of
a points table, an adverse event added, the cards of the safety findings. :func:`chain`
links a list of parts in the order given (a part that takes the focus itself, or a panel
whose controls keep their order among themselves); :func:`controls` lists a panel's
controls in that order, with the widgets inside a table's cells placed just after the
table, row by row. The session window and the treatment room run them again after each
change that adds controls.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTableWidget, QWidget


def takes_tab(widget: QWidget) -> bool:
    """A control Tab can stop at (not the inner editor of a spin or combo box)."""
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QAbstractSpinBox, QComboBox))


def controls(part: QWidget) -> list[QWidget]:
    """``part`` itself when it takes the focus; else its controls in their Tab order, the
    widgets in a table's cells moved to just after the table in row and column order."""
    if takes_tab(part):
        return [part]
    found: list[QWidget] = []
    window = part.window()
    widget = window.nextInFocusChain()
    while widget is not window:
        if part.isAncestorOf(widget) and takes_tab(widget) and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
    for table in [w for w in found if isinstance(w, QTableWidget)]:
        cells = _cell_controls(table)
        rest = [w for w in found if w not in cells]
        at = rest.index(table) + 1
        found = rest[:at] + cells + rest[at:]
    return found


def _cell_controls(table: QTableWidget) -> list[QWidget]:
    cells: list[QWidget] = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.cellWidget(row, column)
            if cell is None:
                continue
            if takes_tab(cell):
                cells.append(cell)
            else:
                cells += [w for w in cell.findChildren(QWidget) if takes_tab(w)]
    return cells


def chain(parts: Iterable[QWidget]) -> list[QWidget]:
    """Link ``parts`` (see :func:`controls`) into the Tab chain in the order given; returns
    the controls in that order."""
    order: list[QWidget] = []
    for part in parts:
        order += [w for w in controls(part) if w not in order]
    for first, second in pairwise(order):
        QWidget.setTabOrder(first, second)
    return order
