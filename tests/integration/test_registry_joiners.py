"""A Persian name with a zero-width non-joiner registers through the service, is stored
as typed, and the audit row names fields, never the name."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.patients import PatientDraft, PatientInvalid
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from tests.helpers.factories import RECEPTION, add_user

TODAY = dt.date(2026, 11, 22)
NAME = "می\u200cخواه"  # fictional


def _desk(db: Database) -> PatientRegistry:
    return PatientRegistry(db, add_user(db, "reza", RECEPTION, "Reza"), today=lambda: TODAY)


def test_a_name_with_a_non_joiner_saves_and_reads_back_as_typed(db: Database) -> None:
    desk = _desk(db)
    draft = PatientDraft(
        given_name="مهسا", family_name=NAME, date_of_birth=dt.date(1988, 5, 4), sex="female"
    )
    saved = desk.register(draft)
    assert saved.draft.family_name == NAME
    assert desk.get(saved.id).draft.family_name == NAME
    rows = AuditTrail().query(db, AuditFilter(action="create"))
    assert NAME not in repr([row.detail for row in rows])


def test_a_leading_non_joiner_is_refused_by_the_service(db: Database) -> None:
    with pytest.raises(PatientInvalid) as error:
        _desk(db).register(
            PatientDraft(
                given_name="\u200c" + NAME, date_of_birth=dt.date(1988, 5, 4), sex="female"
            )
        )
    assert set(error.value.problems) == {"given_name"}
