"""The patient list as a Qt table model, loaded lazily.

The model holds only the ids a search returned so far (archived patients, when shown, are
drawn muted and say so); a long list reads more ids as it scrolls. Row data (name, date
of birth, phone…) is read from the directory a page at a time, the first time the view
asks for a row of that page, so a list of thousands of patients costs one query per visible page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from planner import formats
from planner.services.patients import PatientRow, age_on, format_chart_number
from planner.ui.names import display_name, short_name
from planner.ui.patients.presenter import MoreIds

PAGE_SIZE = 200
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, PATIENT_ID_ROLE)`` is the patient's id (an int) on every column."""

AnyIndex = QModelIndex | QPersistentModelIndex


class PatientColumn(IntEnum):
    CHART_NUMBER = 0
    NAME = 1
    DATE_OF_BIRTH = 2
    PHONE = 3


class PatientRowSource(Protocol):
    """What the model needs from :class:`planner.services.patients.PatientDirectory`."""

    def rows(self, ids: Sequence[int]) -> Mapping[int, PatientRow]: ...


class PatientTableModel(QAbstractTableModel):
    """Rows are patients in search order; columns are :class:`PatientColumn`."""

    def __init__(
        self,
        source: PatientRowSource,
        *,
        page_size: int = PAGE_SIZE,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._today = today
        self._ids: list[int] = []
        self._pages: dict[int, Mapping[int, PatientRow]] = {}
        self._more: MoreIds | None = None
        self._privacy = False

    # --- what the presenter calls -------------------------------------------------------

    def set_ids(self, ids: Sequence[int], more: MoreIds | None = None) -> None:
        """Show these patients (in this order); row data is fetched when first shown.

        ``more``, when the search found more than ``ids``, reads the next ids after a
        given one (and whether more follow still); the view asks for them as it scrolls
        (Qt's ``canFetchMore``/``fetchMore``).
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._more = more if self._ids else None
        self.endResetModel()

    @property
    def privacy(self) -> bool:
        return self._privacy

    def set_privacy(self, on: bool) -> None:
        """Show names as ``Zoë O.`` (on) or as ``O'Brien-Smith, Zoë «Zo»`` (off)."""
        if on == self._privacy:
            return
        self._privacy = on
        if self._ids:
            top = self.index(0, PatientColumn.NAME)
            bottom = self.index(len(self._ids) - 1, PatientColumn.NAME)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def patient_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, patient_id: int, *, fetch: bool = False) -> int | None:
        """The patient's row; with ``fetch``, reading more ids until it is found."""
        while True:
            try:
                return self._ids.index(patient_id)
            except ValueError:
                if not fetch or self._more is None:
                    return None
                self.fetchMore(QModelIndex())

    @property
    def loaded_pages(self) -> frozenset[int]:
        """Pages whose rows have been read (for tests and diagnostics)."""
        return frozenset(self._pages)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._more is None or not self._ids:
            return
        ids, more = self._more(self._ids[-1])
        if not more:
            self._more = None
        if not ids:
            return
        first = len(self._ids)
        self._pages.pop(first // self._page_size, None)  # a part-filled page fills up
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PatientColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PatientColumn):
            return None
        return self._headers()[PatientColumn(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        if role == PATIENT_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            archived = self._row(index.row())
            if archived is None or not archived.archived:
                return None
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return self.tr("(no longer available)") if index.column() == 1 else None
        text = self._text(PatientColumn(index.column()), row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if index.column() == PatientColumn.NAME else None
        return text

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- internals ----------------------------------------------------------------------------

    def _headers(self) -> dict[PatientColumn, str]:
        return {
            PatientColumn.CHART_NUMBER: self.tr("Chart no."),
            PatientColumn.NAME: self.tr("Name"),
            PatientColumn.DATE_OF_BIRTH: self.tr("Date of birth (age)"),
            PatientColumn.PHONE: self.tr("Phone"),
        }

    def _text(self, column: PatientColumn, row: PatientRow) -> str:
        if column is PatientColumn.CHART_NUMBER:
            return format_chart_number(row.chart_number)
        if column is PatientColumn.NAME:
            name = (
                short_name(row.given_name, row.family_name) if self._privacy else display_name(row)
            )
            if row.archived:
                return self.tr("{name} (archived)").format(name=name)
            return name
        if column is PatientColumn.DATE_OF_BIRTH:
            age = age_on(row.date_of_birth, self._today())
            return self.tr("{date} ({age})").format(
                date=formats.date_text(row.date_of_birth), age=age
            )
        return row.phone

    def _row(self, row: int) -> PatientRow | None:
        page = row // self._page_size
        loaded = self._pages.get(page)
        if loaded is None:
            start = page * self._page_size
            loaded = self._source.rows(self._ids[start : start + self._page_size])
            self._pages[page] = loaded
        return loaded.get(self._ids[row])
