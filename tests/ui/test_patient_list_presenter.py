"""PatientListPresenter, without a window: searching, counting, opening a patient."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Sequence

from planner.services.patients import PatientOverview, PatientRow
from planner.ui.patients.presenter import MoreIds, PatientListPresenter

NAMES = {1: "o'brien-smith zoe", 2: "chen liam", 3: "chen amelia", 4: "王 伟"}
ARCHIVED = {5: "chen archie"}


class FakeDirectory:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def search_ids(
        self,
        query: str = "",
        *,
        include_archived: bool = False,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]:
        self.queries.append(query)
        found = self._found(query, include_archived)
        if after is not None:
            found = found[found.index(after) + 1 :]
        return found if limit is None else found[:limit]

    def count(self, query: str = "", *, include_archived: bool = False) -> int:
        return len(self._found(query, include_archived))

    def matches(self, query: str, patient_id: int, *, include_archived: bool = False) -> bool:
        return patient_id in self._found(query, include_archived)

    def _found(self, query: str, include_archived: bool) -> list[int]:
        words = query.lower().split()
        names = {**NAMES, **ARCHIVED} if include_archived else NAMES
        return [i for i, name in names.items() if all(w in name for w in words)]

    def overview(self, patient_id: int) -> PatientOverview | None:
        if patient_id not in NAMES:
            return None
        return PatientOverview(
            id=patient_id,
            chart_number=patient_id,
            given_name="Given",
            family_name=NAMES[patient_id],
            preferred_name="",
            date_of_birth=dt.date(1980, 1, 1),
            sex="female",
            phone="",
            email="",
            address="",
            emergency_contact_name="",
            emergency_contact_phone="",
            referring_physician_name="",
            referring_physician_clinic="",
            archived=False,
            clinical_visible=True,
            courses=(),
        )

    def rows(self, ids: Sequence[int]) -> dict[int, PatientRow]:
        return {
            i: PatientRow(i, 100 + i, NAMES[i], "Given", "", dt.date(1980, 1, 1), "", False)
            for i in ids
            if i in NAMES
        }


class RecordingIds:
    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def set_ids(self, ids: Sequence[int], more: MoreIds | None = None) -> None:
        self.calls.append(list(ids))
        self.more = more


def make_presenter() -> tuple[PatientListPresenter, FakeDirectory, RecordingIds]:
    directory, ids = FakeDirectory(), RecordingIds()
    presenter = PatientListPresenter(directory, ids)
    presenter.load()
    return presenter, directory, ids


def test_load_shows_everyone_and_counts_them() -> None:
    presenter, _directory, ids = make_presenter()
    assert ids.calls == [[1, 2, 3, 4]]
    assert (presenter.shown, presenter.total, presenter.is_filtered) == (4, 4, False)


def test_search_narrows_the_list_and_keeps_the_total() -> None:
    presenter, directory, ids = make_presenter()
    assert presenter.search("chen") is True
    assert ids.calls[-1] == [2, 3]
    assert (presenter.shown, presenter.total, presenter.is_filtered) == (2, 4, True)
    assert presenter.search("chen ame") is True
    assert ids.calls[-1] == [3]
    assert directory.queries == ["", "chen", "chen ame"]


def test_the_same_query_again_does_not_search_again() -> None:
    presenter, directory, ids = make_presenter()
    presenter.search("chen")
    assert presenter.search("chen ") is False
    assert presenter.query == "chen "
    assert directory.queries == ["", "chen"]
    assert len(ids.calls) == 2


def test_clear_shows_everyone_again() -> None:
    presenter, _directory, ids = make_presenter()
    presenter.search("王")
    assert ids.calls[-1] == [4]
    presenter.clear()
    assert ids.calls[-1] == [1, 2, 3, 4]
    assert presenter.query == ""
    assert presenter.first_patient_id() == 1


def test_no_match_gives_an_empty_list() -> None:
    presenter, _directory, ids = make_presenter()
    presenter.search("nobody")
    assert ids.calls[-1] == []
    assert presenter.first_patient_id() is None
    assert (presenter.shown, presenter.total) == (0, 4)


def test_open_patient_returns_the_overview_and_remembers_it() -> None:
    presenter, _directory, _ids = make_presenter()
    overview = presenter.open_patient(3)
    assert overview is not None
    assert overview.family_name == "chen amelia"
    assert presenter.current_patient_id == 3
    assert presenter.open_patient(99) is None
    assert presenter.current_patient_id is None


def test_chart_number_comes_from_the_list_row_without_opening_the_record() -> None:
    presenter, _directory, _ids = make_presenter()
    assert presenter.chart_number(3) == 103
    assert presenter.chart_number(99) is None
    assert presenter.current_patient_id is None  # nothing was opened
    assert PatientListPresenter(FakeDirectory(), RecordingIds()).can_open_records
    admin_only = PatientListPresenter(FakeDirectory(), RecordingIds(), can_open_records=False)
    assert not admin_only.can_open_records


def test_archived_patients_are_left_out_unless_asked_for() -> None:
    presenter, _directory, ids = make_presenter()
    presenter.search("chen")
    assert not presenter.include_archived and ids.calls[-1] == [2, 3]
    assert presenter.set_include_archived(True) is True
    assert ids.calls[-1] == [2, 3, 5]
    assert (presenter.shown, presenter.total) == (3, 5)  # the total counts them too
    assert presenter.contains(5) and not presenter.contains(1)
    assert presenter.set_include_archived(True) is False
    presenter.clear()
    assert presenter.total == 5
    presenter.set_include_archived(False)
    assert ids.calls[-1] == [1, 2, 3, 4] and presenter.total == 4


def test_presenter_needs_no_qt() -> None:
    code = "import sys, planner.ui.patients.presenter; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
