"""Builds the administration dialogs for one signed-in user (``app.py`` creates it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from planner.services.actor import Actor
from planner.ui.prompts import Prompts

# The dialogs and their presenters load when first opened, not at start-up.
if TYPE_CHECKING:
    from planner.ui.admin.audit import AuditDialog
    from planner.ui.admin.audit_presenter import AuditSource
    from planner.ui.admin.clinic_settings import ClinicSettingsDialog
    from planner.ui.admin.clinic_settings_presenter import ClinicSettingsStore
    from planner.ui.admin.users import UsersDialog
    from planner.ui.admin.users_presenter import UserAdmin


class AdminScreens:
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
