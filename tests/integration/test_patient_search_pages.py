"""The patient list a page at a time (issue 9): keyset pages in list order, counts, and
whether one patient matches, on both engines; the searches read the covering index."""

from __future__ import annotations

import datetime as dt
from itertools import count

import pytest
from sqlalchemy import text

from planner.services.patients import PatientDirectory
from planner.storage.database import Database
from planner.storage.models import Patient
from tests.helpers.factories import RECEPTION, add_user

pytestmark = pytest.mark.both_engines  # search SQL differs per engine

_charts = count(5000)
FAMILIES = ["Adams", "Baker", "Chen", "Chen", "Dupont", "Ó Briain", "Zhou", "Baker"]


def _clinic(db: Database) -> list[int]:
    """Eight patients (two Bakers, two Chens, one archived Zhou); ids in list order."""
    with db.write() as session:
        for n, family in enumerate(FAMILIES):
            session.add(
                Patient(
                    chart_number=next(_charts),
                    given_name=f"Given{n}",
                    family_name=family,
                    date_of_birth=dt.date(1980, 1, 1 + n),
                    sex="female",
                    phone=f"07700 90{n:04d}",
                    archived=family == "Zhou",
                )
            )
    directory = PatientDirectory(db, add_user(db, "reza", RECEPTION))
    return directory.search_ids(include_archived=True)


def test_pages_follow_one_another_in_list_order(db: Database) -> None:
    everyone = _clinic(db)
    directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))
    shown = [i for i in everyone if i != everyone[-1]]  # Zhou (archived) is last
    pages, after = [], None
    while True:
        page = directory.search_ids(limit=3, after=after)
        if not page:
            break
        pages.append(page)
        after = page[-1]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i for p in pages for i in p] == shown
    assert directory.search_ids("baker", limit=1, after=shown[1]) == [shown[2]]
    assert directory.search_ids(limit=2, after=10_000) == []  # no such patient


def test_counts_and_matches(db: Database) -> None:
    everyone = _clinic(db)
    directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))
    assert directory.count() == 7 and directory.count(include_archived=True) == 8
    assert directory.count("chen") == 2 and directory.count("07700 900003") == 1
    assert directory.count("(07700) 900003") == 1  # a phone typed with its area code in brackets
    assert directory.count("(") == 0  # a bracket alone is not a phone number
    assert directory.count("1980-01-05") == 1
    zhou = everyone[-1]
    assert not directory.matches("zhou", zhou)
    assert directory.matches("zhou", zhou, include_archived=True)
    assert directory.matches("", everyone[0]) and not directory.matches("chen", everyone[0])


def test_a_date_of_birth_narrows_as_it_is_typed(db: Database) -> None:
    everyone = _clinic(db)  # born 1 to 8 January 1980; Zhou (8 January) archived
    directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))
    counts = {
        text: directory.count(text)
        for text in (
            "1980-",
            "1980-0",
            "1980-01",
            "1980-01-",
            "1980-01-0",
            "1980-01-03",
            "1980-02",
            "1980-1",
            "1980-13",
            "1980-01-4",
            "1981-",
            "03/01/",
            "03/01/1",
            "03.01.198",
            "03/01/1981",
            "31/02/",
        )
    }
    assert counts == {
        "1980-": 7,
        "1980-0": 7,
        "1980-01": 7,
        "1980-01-": 7,
        "1980-01-0": 7,
        "1980-01-03": 1,
        "1980-02": 0,
        "1980-1": 0,  # October to December
        "1980-13": 0,
        "1980-01-4": 1,  # read as a whole date, 4 January
        "1981-": 0,
        "03/01/": 1,
        "03/01/1": 1,
        "03.01.198": 1,
        "03/01/1981": 0,
        "31/02/": 0,
    }
    assert directory.search_ids("1980-01-0", include_archived=True) == everyone  # list order
    assert directory.count("1980-3-") == 0  # not a date as the search reads it: digits
    assert directory.count("0770-90") == 0  # a phone number with a dash stays one
    assert directory.count("07700-90") == 7


def test_searches_read_the_covering_index(sqlite_db: Database) -> None:
    """SQLite's plan for the list and a name search: the index alone, no sorting."""
    with sqlite_db.read() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM patient WHERE archived = 0 "
                "AND search_name LIKE '%ch%' ORDER BY search_name, id LIMIT 1001"
            )
        ).all()
    details = " ".join(row[-1] for row in plan)
    assert "COVERING INDEX ix_patient_list_order" in details  # the narrow one (0018)
    assert "TEMP B-TREE" not in details
    with sqlite_db.read() as session:  # a date of birth being typed: its own index alone
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM patient WHERE archived = 0 AND "
                "date_of_birth BETWEEN '1985-03-01' AND '1985-03-31' "
                "ORDER BY search_name, id LIMIT 1001"
            )
        ).all()
    assert "COVERING INDEX ix_patient_birth_date_search" in " ".join(row[-1] for row in plan)


def test_wildcards_typed_in_a_name_match_themselves(db: Database) -> None:
    """A word with ``_``, ``%`` or ``\\`` is matched literally (LIKE with an ESCAPE
    clause); a plain word is matched as typed, on both engines."""
    families = ["Under_score", "Rose", "Per%cent", "Percent", "Back\\slash", "Backslash"]
    with db.write() as session:
        for n, family in enumerate(families):
            session.add(
                Patient(
                    chart_number=next(_charts),
                    given_name="Ann",
                    family_name=family,
                    date_of_birth=dt.date(1975, 5, 1 + n),
                    sex="female",
                    archived=False,
                )
            )
    directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))

    def found(query: str) -> list[str]:
        rows = directory.rows(directory.search_ids(query))
        return sorted(row.family_name for row in rows.values())

    assert found("r_s") == ["Under_score"]  # not Rose
    assert found("r%c") == ["Per%cent"]  # not Percent
    assert found("k\\s") == ["Back\\slash"]  # not Backslash
    assert found("rose") == ["Rose"]
    assert found("percent ann") == ["Percent"]


def test_rows_carry_the_list_columns_with_their_types(db: Database) -> None:
    everyone = _clinic(db)
    directory = PatientDirectory(db, add_user(db, "rhea", RECEPTION))
    rows = directory.rows([everyone[-1], 10_000, everyone[0]])  # an unknown id is left out
    assert sorted(rows) == sorted([everyone[0], everyone[-1]])
    zhou = rows[everyone[-1]]
    assert zhou.family_name == "Zhou" and zhou.given_name == "Given6"
    assert zhou.date_of_birth == dt.date(1980, 1, 7) and zhou.archived is True
    assert zhou.phone == "07700 900006" and rows[everyone[0]].archived is False
    assert directory.rows([]) == {}
