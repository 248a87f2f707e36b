"""PatientTableModel: named columns, the patient-id role, and lazy page-by-page loading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from planner.services.patients import PatientRow
from planner.ui.patients.table_model import PATIENT_ID_ROLE, PatientColumn, PatientTableModel

TODAY = dt.date(2025, 6, 1)


class FakeDirectory:
    """Makes a row for any id (except those in ``missing``) and records every request."""

    def __init__(self, missing: frozenset[int] = frozenset()) -> None:
        self.requests: list[list[int]] = []
        self.missing = missing

    def rows(self, ids: Sequence[int]) -> dict[int, PatientRow]:
        self.requests.append(list(ids))
        return {i: self._row(i) for i in ids if i not in self.missing}

    @property
    def fetched(self) -> set[int]:
        return {i for request in self.requests for i in request}

    @staticmethod
    def _row(patient_id: int) -> PatientRow:
        return PatientRow(
            id=patient_id,
            chart_number=patient_id,
            family_name=f"Family{patient_id}",
            given_name="Zoë",
            preferred_name="Zo" if patient_id % 2 else "",
            date_of_birth=dt.date(1980, 6, 2),
            phone=f"07700 9{patient_id:05d}",
            archived=False,
        )


def make_model(
    directory: FakeDirectory, ids: Sequence[int], page_size: int = 200
) -> PatientTableModel:
    model = PatientTableModel(directory, page_size=page_size, today=lambda: TODAY)
    model.set_ids(ids)
    return model


def test_columns_are_named(qapp: object) -> None:
    model = make_model(FakeDirectory(), [1])
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers == ["Chart no.", "Name", "Date of birth (age)", "Phone"]
    assert model.columnCount() == len(PatientColumn)


def test_row_shows_chart_number_name_birth_date_with_age_and_phone(qapp: object) -> None:
    model = make_model(FakeDirectory(), [7, 8])
    assert [model.index(0, c).data() for c in range(4)] == [
        "000007",
        "Family7, Zoë «Zo»",
        "1980-06-02 (44)",
        "07700 900007",
    ]
    assert model.index(1, PatientColumn.NAME).data() == "Family8, Zoë"


def test_patient_id_role_gives_the_id_on_every_column(qapp: object) -> None:
    directory = FakeDirectory()
    model = make_model(directory, [42, 17])
    assert [model.index(1, c).data(PATIENT_ID_ROLE) for c in range(4)] == [17] * 4
    assert model.patient_id(0) == 42
    assert model.patient_id(5) is None
    assert directory.requests == []  # the id alone never needs a query


def test_rows_are_fetched_a_page_at_a_time_only_when_shown(qapp: object) -> None:
    directory = FakeDirectory()
    ids = list(range(1, 1001))
    model = make_model(directory, ids, page_size=200)
    assert model.rowCount() == 1000
    assert directory.requests == []

    model.index(0, PatientColumn.NAME).data()
    model.index(199, PatientColumn.PHONE).data()
    assert directory.requests == [ids[0:200]]
    assert not directory.fetched & set(ids[200:])  # nothing beyond the first page yet

    model.index(650, PatientColumn.NAME).data()
    assert directory.requests[-1] == ids[600:800]
    assert model.loaded_pages == {0, 3}
    assert not directory.fetched & set(ids[200:600] + ids[800:])


def test_new_ids_drop_the_cached_pages(qapp: object) -> None:
    directory = FakeDirectory()
    model = make_model(directory, [1, 2, 3], page_size=2)
    model.index(0, 0).data()
    model.set_ids([3, 2])
    assert model.loaded_pages == frozenset()
    assert model.index(0, PatientColumn.CHART_NUMBER).data() == "000003"
    assert directory.requests == [[1, 2], [3, 2]]


def test_a_patient_gone_since_the_search_shows_a_placeholder(qapp: object) -> None:
    model = make_model(FakeDirectory(missing=frozenset({2})), [1, 2])
    assert model.index(1, PatientColumn.NAME).data() == "(no longer available)"
    assert model.index(1, PatientColumn.PHONE).data() is None
    assert model.index(1, 0).data(PATIENT_ID_ROLE) == 2


@pytest.mark.parametrize("count", [0, 1, 25])
def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, count: int) -> None:
    model = make_model(FakeDirectory(), list(range(1, count + 1)), page_size=10)
    qtmodeltester.check(model)
