"""What the patient list does, without a window: search, count, open a patient, and show
or leave out archived patients.

:class:`PatientListPresenter` is plain Python. The widget debounces typing and calls
:meth:`PatientListPresenter.search`; the presenter asks the directory for the first
:data:`CHUNK` matching ids and hands them to the table model, which fetches row data
itself when it is shown and more ids as the list scrolls: a keystroke costs the same
with 500 patients or 200,000, and the whole list is never read into memory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from planner.services.patients import PatientOverview, PatientRow

CHUNK = 200
"""Ids read per query: the first ones on each search (a search that finds more stops
there, in the index), then more as the list scrolls. The same as the rows' page size."""


class PatientFinder(Protocol):
    """The part of :class:`planner.services.patients.PatientDirectory` the list uses."""

    def search_ids(
        self,
        query: str = "",
        *,
        include_archived: bool = False,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]: ...

    def count(self, query: str = "", *, include_archived: bool = False) -> int: ...

    def matches(self, query: str, patient_id: int, *, include_archived: bool = False) -> bool: ...

    def overview(self, patient_id: int) -> PatientOverview | None: ...

    def rows(self, ids: Sequence[int]) -> Mapping[int, PatientRow]: ...


class PatientIdList(Protocol):
    """Where the ids go: :class:`PatientTableModel` in the app, a list in tests.

    ``more`` (when the search found more than these) reads the next ids after a given
    one: ``(ids, whether there are more still)``.
    """

    def set_ids(self, ids: Sequence[int], more: MoreIds | None = None) -> None: ...


MoreIds = Callable[[int], tuple[Sequence[int], bool]]


class PatientListPresenter:
    """Holds the search text and the counts the list shows.

    ``can_open_records`` is False for a user whose roles do not open patient records (an
    administrator alone): the window then never asks the directory for an overview.
    """

    def __init__(
        self, directory: PatientFinder, ids: PatientIdList, *, can_open_records: bool = True
    ) -> None:
        self._directory = directory
        self._ids = ids
        self.can_open_records = can_open_records
        self._query = ""
        self._shown: list[int] = []
        self._more = False  # the search found more than _shown (read as the list scrolls)
        self._total = 0
        self._current: int | None = None
        self._include_archived = False

    @property
    def query(self) -> str:
        return self._query

    @property
    def shown(self) -> int:
        """How many patients the list shows now (at least: see :attr:`more`)."""
        return len(self._shown)

    @property
    def more(self) -> bool:
        """The search found more patients than :attr:`shown` (read as the list scrolls)."""
        return self._more

    @property
    def total(self) -> int:
        """How many patients there are (archived ones only when shown), as of the last
        unfiltered search."""
        return self._total

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def set_include_archived(self, include: bool) -> bool:
        """Show archived patients too (or not); False when that did not change."""
        if include == self._include_archived:
            return False
        self._include_archived = include
        if self.is_filtered:  # the total counts everyone shown without a search
            self._total = self._directory.count("", include_archived=include)
        self.refresh()
        return True

    def contains(self, patient_id: int) -> bool:
        """Whether the list shows this patient now (or will, scrolled far enough)."""
        if patient_id in self._shown:
            return True
        return self._more and self._directory.matches(
            self._query, patient_id, include_archived=self._include_archived
        )

    @property
    def is_filtered(self) -> bool:
        return bool(self._query.strip())

    @property
    def current_patient_id(self) -> int | None:
        """The patient whose overview was opened last."""
        return self._current

    def load(self) -> None:
        """Fill the list for the first time (everyone, in list order)."""
        self._query = ""
        self.refresh()

    def search(self, text: str) -> bool:
        """Show patients matching ``text``; False when the query did not change."""
        unchanged = text.strip() == self._query.strip()
        self._query = text
        if unchanged:
            return False
        self.refresh()
        return True

    def clear(self) -> None:
        self.search("")

    def refresh(self) -> None:
        """Run the current search again (after a change elsewhere)."""
        found = self._directory.search_ids(
            self._query, include_archived=self._include_archived, limit=CHUNK + 1
        )
        self._more = len(found) > CHUNK
        self._shown = found[:CHUNK]
        if not self.is_filtered:
            more = self._more
            self._total = (
                self._directory.count(include_archived=self._include_archived)
                if more
                else len(self._shown)
            )
        self._ids.set_ids(self._shown, self._next_ids if self._more else None)

    def _next_ids(self, after: int) -> tuple[list[int], bool]:
        """The ids after ``after`` for the scrolling list, and whether more follow."""
        found = self._directory.search_ids(
            self._query, include_archived=self._include_archived, limit=CHUNK + 1, after=after
        )
        more = len(found) > CHUNK
        found = found[:CHUNK]
        self._shown.extend(found)
        self._more = more
        return found, more

    def first_patient_id(self) -> int | None:
        return self._shown[0] if self._shown else None

    def chart_number(self, patient_id: int) -> int | None:
        """The patient's chart number, as the list shows it (None when they are gone)."""
        row = self._directory.rows([patient_id]).get(patient_id)
        return row.chart_number if row is not None else None

    def open_patient(self, patient_id: int) -> PatientOverview | None:
        """The overview to show for this patient (None when they no longer exist)."""
        overview = self._directory.overview(patient_id)
        self._current = overview.id if overview is not None else None
        return overview
