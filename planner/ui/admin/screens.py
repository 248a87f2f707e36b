"""Builds the administration dialogs for one signed-in user (``app.py`` creates it).

As a part of the main window (:mod:`planner.ui.window_parts`) it adds the Admin menu —
Users…, Audit trail…, Clinic settings…, each only for the roles that may use it — and the
overview's "Who opened this record?"; the dialogs open as the window's owned windows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain.access import Action
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.ui.prompts import Prompts
from planner.ui.window_parts import ADMIN_ORDER, PartBase, WindowHost

# The dialogs and their presenters load when first opened, not at start-up.
if TYPE_CHECKING:
    from planner.ui.admin.audit import AuditDialog
    from planner.ui.admin.audit_presenter import AuditSource
    from planner.ui.admin.clinic_settings import ClinicSettingsDialog
    from planner.ui.admin.clinic_settings_presenter import ClinicSettingsStore
    from planner.ui.admin.users import UsersDialog
    from planner.ui.admin.users_presenter import UserAdmin


class AdminScreens(PartBase):
    """A dialog and its presenter per administration screen, wired to the services."""

    def __init__(
        self,
        actor: Actor,
        prompts: Prompts,
        *,
        accounts: UserAdmin,
        audit: AuditSource,
        clinic: ClinicSettingsStore,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._actor = actor
        self._prompts = prompts
        self._accounts = accounts
        self._audit = audit
        self._clinic = clinic
        self._today = today
        self._host: WindowHost | None = None

    # --- on the main window ------------------------------------------------------------------

    def contribute(self, host: WindowHost) -> None:
        self._host = host
        can = self._actor.can
        host.overview.set_audit_available(can(Action.VIEW_AUDIT))
        host.overview.audit_requested.connect(self.open_audit_trail)
        entries = [
            (text, name, slot)
            for action, text, name, slot in (
                (
                    Action.MANAGE_USERS,
                    translate("MainWindow", "&Users…"),
                    "users_action",
                    self.open_users,
                ),
                (
                    Action.VIEW_AUDIT,
                    translate("MainWindow", "&Audit trail…"),
                    "audit_action",
                    self._on_audit,
                ),
                (
                    Action.EDIT_CLINIC_SETTINGS,
                    translate("MainWindow", "&Clinic settings…"),
                    "clinic_settings_action",
                    self.open_clinic_settings,
                ),
            )
            if can(action)
        ]
        if not entries:
            return
        menu = QMenu(translate("MainWindow", "&Admin"), host.widget)
        menu.setObjectName("admin_menu")
        host.place_menu(menu, ADMIN_ORDER)
        for text, name, slot in entries:
            item = QAction(text, host.widget)  # the window's own: a lock disables it
            item.setObjectName(name)
            item.triggered.connect(slot)
            menu.addAction(item)

    def open_users(self) -> None:
        host = self._host
        if host is not None and not host.owned.raise_existing("users"):
            host.owned.show("users", self.users(host.widget))

    def open_audit_trail(self, patient_id: int | None = None) -> None:
        host = self._host
        if host is None or (patient_id is None and host.owned.raise_existing("audit")):
            return
        host.owned.show("audit", self.audit(host.widget, patient_id))

    def open_clinic_settings(self) -> None:
        host = self._host
        if host is None or host.owned.raise_existing("clinic_settings"):
            return
        dialog = self.clinic_settings(host.widget)
        dialog.settings_saved.connect(host.clinic_settings_changed)
        host.owned.show("clinic_settings", dialog)

    def _on_audit(self) -> None:
        self.open_audit_trail()

    # --- the dialogs -------------------------------------------------------------------------

    def users(self, parent: QWidget | None = None) -> UsersDialog:
        from planner.ui.admin.users import UsersDialog
        from planner.ui.admin.users_presenter import UsersPresenter

        return UsersDialog(UsersPresenter(self._accounts, self._actor), self._prompts, parent)

    def audit(self, parent: QWidget | None = None, patient_id: int | None = None) -> AuditDialog:
        from planner.ui.admin.audit import AuditDialog
        from planner.ui.admin.audit_presenter import AuditPresenter

        return AuditDialog(
            AuditPresenter(self._audit, self._actor),
            self._prompts,
            patient_id=patient_id,
            today=self._today(),
            parent=parent,
        )

    def clinic_settings(self, parent: QWidget | None = None) -> ClinicSettingsDialog:
        from planner.ui.admin.clinic_settings import ClinicSettingsDialog
        from planner.ui.admin.clinic_settings_presenter import ClinicSettingsPresenter

        presenter = ClinicSettingsPresenter(self._clinic, self._actor)
        return ClinicSettingsDialog(presenter, self._prompts, parent)
