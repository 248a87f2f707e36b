"""Clinic settings without a window: read them, save what the administrator typed."""

from __future__ import annotations

from typing import Protocol

from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.clinic import ClinicSettings
from planner.ui.problem import Problem


class ClinicSettingsStore(Protocol):
    """The part of :class:`planner.services.clinic.ClinicService` this screen uses."""

    def settings(self) -> ClinicSettings: ...

    def update_settings(self, actor: Actor, wanted: ClinicSettings) -> ClinicSettings: ...


class ClinicSettingsPresenter:
    def __init__(self, store: ClinicSettingsStore, actor: Actor) -> None:
        self._store = store
        self._actor = actor
        self._loaded: ClinicSettings | None = None

    def load(self) -> ClinicSettings | Problem:
        try:
            self._loaded = self._store.settings()
        except PlannerError as error:
            return Problem.of(error)
        return self._loaded

    def save(
        self,
        *,
        name: str,
        address: str,
        phone: str,
        email: str,
        idle_lock_minutes: int,
        tax_number: str | None = None,
        registering_body: str | None = None,
    ) -> ClinicSettings | Problem:
        """The saved settings, or the problem (at its field when it names one).

        ``tax_number`` and ``registering_body`` (printed on receipts and invoices): None
        keeps the value loaded."""
        loaded = self._loaded
        wanted = ClinicSettings(
            name=name,
            address=address,
            phone=phone,
            email=email,
            idle_lock_minutes=idle_lock_minutes,
            version=loaded.version if loaded is not None else None,
            tax_number=_given(tax_number, loaded.tax_number if loaded else ""),
            registering_body=_given(registering_body, loaded.registering_body if loaded else ""),
        )
        try:
            self._loaded = self._store.update_settings(self._actor, wanted)
        except PlannerError as error:
            return Problem.of(error)
        return self._loaded


def _given(value: str | None, loaded: str) -> str:
    return loaded if value is None else value
