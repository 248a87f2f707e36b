"""The audit screen without a window: turn the filters typed into a query, run it.

Dates are the user's local calendar days; "to" includes the whole of that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.actor import Actor
from planner.services.audit import AuditFilter
from planner.services.audit_view import AuditEntry, UserChoice
from planner.services.patients import format_chart_number
from planner.ui.problem import Problem

ROW_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """The filters as typed; empty or None means "any"."""

    chart_number: str = ""
    user_id: int | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class AuditSource(Protocol):
    """The part of :class:`planner.services.audit_view.AuditReader` this screen uses."""

    def patient_for_chart(self, actor: Actor, chart_number: int) -> int | None: ...

    def chart_number_of(self, actor: Actor, patient_id: int) -> int | None: ...

    def users(self, actor: Actor) -> list[UserChoice]: ...

    def entries(self, actor: Actor, where: AuditFilter) -> list[AuditEntry]: ...


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` in this computer's time zone, as an aware datetime."""
    return dt.datetime(day.year, day.month, day.day).astimezone()


class AuditPresenter:
    def __init__(self, source: AuditSource, actor: Actor, *, limit: int = ROW_LIMIT) -> None:
        self._source = source
        self._actor = actor
        self._limit = limit
        self._entries: list[AuditEntry] = []

    @property
    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    @property
    def limit(self) -> int:
        return self._limit

    @property
    def at_limit(self) -> bool:
        """True when older rows may be left out."""
        return len(self._entries) >= self._limit

    def users(self) -> list[UserChoice] | Problem:
        try:
            return self._source.users(self._actor)
        except PlannerError as error:
            return Problem.of(error)

    def chart_text(self, patient_id: int) -> str:
        """The chart number to put in the patient filter ("" when the patient is gone)."""
        try:
            number = self._source.chart_number_of(self._actor, patient_id)
        except PlannerError:
            return ""
        return format_chart_number(number) if number is not None else ""

    def search(self, query: AuditQuery) -> Problem | None:
        """Run the query; the rows are then in :attr:`entries` (newest first)."""
        try:
            where = self._filter(query)
            if isinstance(where, Problem):
                return where
            self._entries = self._source.entries(self._actor, where)
        except PlannerError as error:
            return Problem.of(error)
        return None

    def _filter(self, query: AuditQuery) -> AuditFilter | Problem:
        patient_id = None
        chart = query.chart_number.strip()
        if chart:
            if not chart.isdigit() or len(chart) > 9:
                return Problem(
                    translate("audit", "Chart no.: type digits only, e.g. 000042."), "patient"
                )
            patient_id = self._source.patient_for_chart(self._actor, int(chart))
            if patient_id is None:
                text = format_chart_number(int(chart))
                message = translate("audit", "Chart no.: no patient has chart no. {chart}.")
                return Problem(message.format(chart=text), "patient")
        if query.date_from and query.date_to and query.date_from > query.date_to:
            return Problem(
                translate("audit", "To: choose a day on or after the “from” day."), "date_to"
            )
        return AuditFilter(
            patient_id=patient_id,
            user_id=query.user_id,
            action=query.action or None,
            since=local_midnight(query.date_from) if query.date_from else None,
            until=(local_midnight(query.date_to + dt.timedelta(days=1)) if query.date_to else None),
            limit=self._limit,
        )
