"""The patient list reads its ids a chunk at a time (issue 9): the first chunk on each
search, more as the view scrolls, and as far as needed to select a patient."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from pytestqt.modeltest import ModelTester

from planner.services.patients import PatientRow
from planner.ui.patients import presenter as presenter_module
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.table_model import PatientTableModel

IDS = list(range(1, 12))  # eleven patients, in list order


class PagedDirectory:
    """Eleven patients "Family1" … "Family11"; records how many ids each query read."""

    def __init__(self) -> None:
        self.reads: list[int] = []

    def search_ids(
        self,
        query: str = "",
        *,
        include_archived: bool = False,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]:
        found = self._found(query)
        if after is not None:
            found = found[found.index(after) + 1 :]
        found = found if limit is None else found[:limit]
        self.reads.append(len(found))
        return found

    def count(self, query: str = "", *, include_archived: bool = False) -> int:
        return len(self._found(query))

    def matches(self, query: str, patient_id: int, *, include_archived: bool = False) -> bool:
        return patient_id in self._found(query)

    def rows(self, ids: Sequence[int]) -> dict[int, PatientRow]:
        born = dt.date(1980, 1, 1)
        return {i: PatientRow(i, i, f"Family{i}", "Ann", "", born, "", False) for i in ids}

    def overview(self, patient_id: int) -> None:
        return None

    @staticmethod
    def _found(query: str) -> list[int]:
        return [i for i in IDS if query.strip() in f"family{i}"]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presenter_module, "CHUNK", 4)


def test_a_search_reads_one_chunk_and_the_view_fetches_more(qapp: object, small_chunks) -> None:
    directory = PagedDirectory()
    model = PatientTableModel(directory, page_size=2)
    presenter = PatientListPresenter(directory, model)
    ModelTester(None).check(model)  # no rows yet
    presenter.load()
    assert model.rowCount() == 4 and presenter.more and presenter.total == 11
    assert directory.reads == [5]  # one chunk and one more id, to know there are more
    assert model.data(model.index(3, 1)) == "Family4, Ann"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 8 and model.data(model.index(7, 1)) == "Family8, Ann"
    model.fetchMore()
    assert model.rowCount() == 11 and not model.canFetchMore() and not presenter.more
    assert presenter.shown == 11
    ModelTester(None).check(model)


def test_selecting_a_patient_far_down_reads_as_far_as_them(qapp: object, small_chunks) -> None:
    directory = PagedDirectory()
    model = PatientTableModel(directory, page_size=3)
    presenter = PatientListPresenter(directory, model)
    presenter.load()
    assert presenter.contains(10) and not presenter.contains(99)
    assert model.row_of(10) is None  # not read yet
    assert model.row_of(10, fetch=True) == 9 and model.rowCount() == 11
    assert model.row_of(99, fetch=True) is None


def test_a_narrow_search_has_no_more_to_fetch(qapp: object, small_chunks) -> None:
    directory = PagedDirectory()
    model = PatientTableModel(directory)
    presenter = PatientListPresenter(directory, model)
    presenter.load()
    presenter.search("family1")  # Family1, Family10, Family11
    assert model.rowCount() == 3 and not presenter.more and not model.canFetchMore()
    assert (presenter.shown, presenter.total) == (3, 11)
