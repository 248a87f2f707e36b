"""A search for what no database can store finds nobody (issue 19).

A NUL character pasted into the patient search reached the database: PostgreSQL refuses
NUL in text ("A string literal cannot contain NUL"), and the service boundary refused the
query before that, so the search box showed an error instead of an empty list. A lone
surrogate is the same kind of text. Both engines.
"""

from __future__ import annotations

import pytest

from planner.services.patients import PatientDirectory
from planner.storage.database import Database
from planner.storage.queries.patient_search import count_matching, find_ids, is_match
from tests.helpers.factories import PRACTITIONER, add_patient, add_user

pytestmark = pytest.mark.both_engines

HOSTILE = ["\x00", "Zo\x00", "o'b\x00rien", "07700\x00", "1985-06\x00", "\udc80", "zoë\ud800"]


@pytest.mark.parametrize("query", HOSTILE)
def test_the_patient_search_finds_nobody(db: Database, query: str) -> None:
    patient = add_patient(db)  # Zoë O'Brien-Łukasz, born 1985-06-15, +44 7700 900123
    directory = PatientDirectory(db, add_user(db, "wei", PRACTITIONER))
    assert directory.search_ids("zoë") == [patient]
    assert directory.search_ids(query) == []
    assert directory.search_ids(query, limit=10, after=patient) == []
    assert directory.count(query) == 0
    assert not directory.matches(query, patient)


@pytest.mark.parametrize("query", HOSTILE)
def test_the_search_functions_never_send_it_to_the_database(db: Database, query: str) -> None:
    add_patient(db)
    with db.read() as session:
        connection = session.connection()
        assert find_ids(connection, query, include_archived=True, limit=None, after=None) == []
        assert count_matching(connection, query, include_archived=True) == 0
        assert not is_match(connection, query, 1, include_archived=True)
