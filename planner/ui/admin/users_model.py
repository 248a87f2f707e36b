"""The user accounts as a table: user name, full name, roles, active, last sign-in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner import formats
from planner.services.accounts import UserSummary
from planner.ui.labels import roles_text

AnyIndex = QModelIndex | QPersistentModelIndex
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, USERNAME_ROLE)`` is the account's user name on every column."""


class UserColumn(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLES = 2
    ACTIVE = 3
    LAST_SIGN_IN = 4


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored (UTC) time in this computer's time zone."""
    return moment.astimezone()


class UsersTableModel(QAbstractTableModel):
    def __init__(
        self,
        *,
        to_local: Callable[[dt.datetime], dt.datetime] = local_time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._to_local = to_local
        self._users: list[UserSummary] = []

    def set_users(self, users: Sequence[UserSummary]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserSummary | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int | None:
        return next((i for i, u in enumerate(self._users) if u.username == username), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(UserColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            UserColumn.USERNAME: self.tr("User name"),
            UserColumn.FULL_NAME: self.tr("Full name"),
            UserColumn.ROLES: self.tr("Roles"),
            UserColumn.ACTIVE: self.tr("Active"),
            UserColumn.LAST_SIGN_IN: self.tr("Last sign-in"),
        }
        return headers.get(UserColumn(section)) if 0 <= section < len(UserColumn) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        user = self._users[index.row()]
        if role == USERNAME_ROLE:
            return user.username
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = UserColumn(index.column())
        if column is UserColumn.USERNAME:
            return user.username
        if column is UserColumn.FULL_NAME:
            return user.profile.full_name
        if column is UserColumn.ROLES:
            return roles_text(user.roles)
        if column is UserColumn.ACTIVE:
            return self.tr("yes") if user.active else self.tr("disabled")
        if user.last_sign_in_at is None:
            return self.tr("never")
        local = self._to_local(user.last_sign_in_at)
        return f"{formats.date_text(local.date())} {formats.time_text(local)}"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
