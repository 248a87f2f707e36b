"""Clinic settings without a window: read them, save what the administrator typed, and
add, rename or retire the treatment rooms."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.clinic import ClinicSettings
from planner.services.clinic_views import RoomView
from planner.ui.problem import Problem


class ClinicSettingsStore(Protocol):
    """The part of :class:`planner.services.clinic.ClinicService` this screen uses."""

    def settings(self) -> ClinicSettings: ...

    def update_settings(self, actor: Actor, wanted: ClinicSettings) -> ClinicSettings: ...

    def rooms(self) -> tuple[RoomView, ...]: ...

    def add_room(self, actor: Actor, name: str) -> RoomView: ...

    def rename_room(self, actor: Actor, room_id: int, name: str) -> RoomView: ...

    def retire_room(self, actor: Actor, room_id: int) -> RoomView: ...

    def reactivate_room(self, actor: Actor, room_id: int) -> RoomView: ...


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
        **book: Any,
    ) -> ClinicSettings | Problem:
        """The saved settings, or the problem (at its field when it names one).

        Every other field of :class:`ClinicSettings` may be given by name in ``book``
        (the appointment book's lengths, hours, days and notice; the insurer codes); a
        field not given, or ``tax_number``/``registering_body`` None, keeps the value
        loaded."""
        loaded = self._loaded or ClinicSettings("", "", "", "", idle_lock_minutes)
        given = {key: value for key, value in book.items() if value is not None}
        if tax_number is not None:
            given["tax_number"] = tax_number
        if registering_body is not None:
            given["registering_body"] = registering_body
        try:
            wanted = replace(
                loaded,
                name=name,
                address=address,
                phone=phone,
                email=email,
                idle_lock_minutes=idle_lock_minutes,
                version=loaded.version if self._loaded is not None else None,
                **given,
            )
            self._loaded = self._store.update_settings(self._actor, wanted)
        except PlannerError as error:
            return Problem.of(error)
        return self._loaded

    # --- treatment rooms ----------------------------------------------------------------

    def rooms(self) -> tuple[RoomView, ...] | Problem:
        try:
            return self._store.rooms()
        except PlannerError as error:
            return Problem.of(error)

    def add_room(self, name: str) -> RoomView | Problem:
        try:
            return self._store.add_room(self._actor, name)
        except PlannerError as error:
            return Problem.of(error)

    def rename_room(self, room_id: int, name: str) -> RoomView | Problem:
        try:
            return self._store.rename_room(self._actor, room_id, name)
        except PlannerError as error:
            return Problem.of(error)

    def retire_room(self, room_id: int) -> RoomView | Problem:
        try:
            return self._store.retire_room(self._actor, room_id)
        except PlannerError as error:
            return Problem.of(error)

    def reactivate_room(self, room_id: int) -> RoomView | Problem:
        try:
            return self._store.reactivate_room(self._actor, room_id)
        except PlannerError as error:
            return Problem.of(error)
