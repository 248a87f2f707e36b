"""Audit rows as a table: time (local), user, workstation, chart no., action, object, details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner import formats
from planner.services.audit_view import AuditEntry
from planner.services.patients import format_chart_number
from planner.ui.admin.users_model import local_time
from planner.ui.labels import audit_action_labels

AnyIndex = QModelIndex | QPersistentModelIndex
"""Actions recorded before anyone is signed in (the user tried is the row's object)."""


class AuditColumn(IntEnum):
    TIME = 0
    USER = 1
    WORKSTATION = 2
    CHART_NUMBER = 3
    ACTION = 4
    OBJECT = 5
    DETAILS = 6


def detail_text(detail: dict[str, Any]) -> str:
    """``fields: name, phone; scope: clinical`` — keys sorted, lists joined."""
    parts = []
    for key in sorted(detail):
        value = detail[key]
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditTableModel(QAbstractTableModel):
    def __init__(
        self,
        *,
        to_local: Callable[[dt.datetime], dt.datetime] = local_time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._to_local = to_local
        self._entries: list[AuditEntry] = []
        self._actions = audit_action_labels()

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            AuditColumn.TIME: self.tr("Time"),
            AuditColumn.USER: self.tr("User"),
            AuditColumn.WORKSTATION: self.tr("Workstation"),
            AuditColumn.CHART_NUMBER: self.tr("Chart no."),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.OBJECT: self.tr("Object"),
            AuditColumn.DETAILS: self.tr("Details"),
        }
        return headers.get(AuditColumn(section)) if 0 <= section < len(AuditColumn) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(self._entries[index.row()], AuditColumn(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if index.column() == AuditColumn.DETAILS and text else None
        return text

    def _text(self, entry: AuditEntry, column: AuditColumn) -> str:
        row = entry.row
        if column is AuditColumn.TIME:
            local = self._to_local(row.occurred_at)
            clock = local.strftime("%H:%M:%S") if formats.current().dates == "iso" else None
            return f"{formats.date_text(local.date())} {clock or formats.time_text(local)}"
        if column is AuditColumn.USER:
            return row.username  # the reader names failed sign-ins ("unknown user 'x'")
        if column is AuditColumn.WORKSTATION:
            return row.workstation or str(row.detail.get("workstation", ""))
        if column is AuditColumn.CHART_NUMBER:
            number = entry.chart_number
            return format_chart_number(number) if number is not None else ""
        if column is AuditColumn.ACTION:
            return self._actions.get(row.action, row.action)
        if column is AuditColumn.OBJECT:
            if row.object_id is None:
                return row.object_type
            return f"{row.object_type} {row.object_id}".strip()
        return detail_text(row.detail)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
