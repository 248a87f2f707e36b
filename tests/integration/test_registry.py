"""Registering, editing and archiving patients through the service layer."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from planner.domain.errors import ConflictError
from planner.domain.patients import PatientDraft, PatientInvalid
from planner.services.audit import AuditFilter, AuditTrail
from planner.services.guard import AccessDenied
from planner.services.patients import PatientDirectory
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from tests.helpers.factories import ADMIN, PRACTITIONER, RECEPTION, add_user

pytestmark = pytest.mark.both_engines  # chart numbers: an advisory lock on PostgreSQL

TODAY = dt.date(2026, 11, 22)
DRAFT = PatientDraft(
    given_name="Zoë",
    family_name="O'Brien-Łukasz",
    date_of_birth=dt.date(1980, 2, 29),
    sex="female",
    phone="+44 7700 900123",
    email="zoe@example.org",
)


def registry(db: Database, roles=RECEPTION, name: str = "reza") -> PatientRegistry:
    return PatientRegistry(db, add_user(db, name, roles, name.title()), today=lambda: TODAY)


def test_register_assigns_chart_numbers_and_audits(db: Database) -> None:
    desk = registry(db)
    first = desk.register(DRAFT)
    second = desk.register(
        PatientDraft(
            given_name="王", family_name="伟", date_of_birth=dt.date(1990, 1, 1), sex="male"
        )
    )
    assert (first.chart_number, second.chart_number) == (1, 2)
    assert first.draft == DRAFT and first.version == 1
    rows = AuditTrail().query(db, AuditFilter(action="create"))
    assert {r.patient_id for r in rows} == {first.id, second.id}
    assert "given_name" in rows[-1].detail["fields"]


def test_a_refused_save_changes_nothing(db: Database) -> None:
    desk = registry(db)
    with pytest.raises(PatientInvalid) as error:
        desk.register(
            PatientDraft(given_name="Zoë", date_of_birth=dt.date(2030, 1, 1), sex="female")
        )
    assert set(error.value.problems) == {"date_of_birth"}
    assert PatientDirectory(db, add_user(db, "ada", PRACTITIONER)).search_ids() == []


def test_possible_duplicates_by_name_and_birth_date_or_phone(db: Database) -> None:
    desk = registry(db)
    existing = desk.register(DRAFT)
    same_person = PatientDraft(
        given_name="zoe",
        family_name="O'BRIEN-LUKASZ",
        date_of_birth=DRAFT.date_of_birth,
        sex="female",
    )
    same_phone = PatientDraft(given_name="Sam", family_name="Other", phone="+44 (7700) 900-123")
    assert [row.id for row in desk.possible_duplicates(same_person)] == [existing.id]
    assert [row.id for row in desk.possible_duplicates(same_phone)] == [existing.id]
    assert (
        desk.possible_duplicates(PatientDraft(given_name="New", date_of_birth=dt.date(2000, 1, 1)))
        == []
    )
    assert desk.possible_duplicates(PatientDraft(given_name="New")) == []
    assert desk.possible_duplicates(DRAFT, exclude_id=existing.id) == []


def test_stale_edit_is_refused_naming_who_changed_it(db: Database) -> None:
    reza, ada = registry(db), registry(db, PRACTITIONER, "ada")
    record = reza.register(DRAFT)
    ada.update(
        record.id, PatientDraft(**{**DRAFT.__dict__, "phone": "+44 7700 900999"}), record.version
    )
    with pytest.raises(ConflictError, match="Ada changed this patient's details"):
        reza.update(
            record.id,
            PatientDraft(**{**DRAFT.__dict__, "email": "new@example.org"}),
            record.version,
        )
    current = reza.get(record.id)
    assert (current.draft.phone, current.draft.email, current.version) == (
        "+44 7700 900999",
        DRAFT.email,
        2,
    )
    updates = AuditTrail().query(db, AuditFilter(action="update"))
    assert [r.detail["fields"] for r in updates] == [["phone"]]


def test_archived_patients_leave_the_list_unless_asked_for(db: Database) -> None:
    desk = registry(db)
    record = desk.register(DRAFT)
    listing = PatientDirectory(db, add_user(db, "ada", PRACTITIONER))
    archived = desk.set_archived(record.id, True, record.version)
    assert archived.archived and listing.search_ids() == []
    assert listing.search_ids(include_archived=True) == [record.id]
    restored = desk.set_archived(record.id, False, archived.version)
    assert listing.search_ids() == [record.id] and restored.version == 3
    assert desk.set_archived(record.id, False, restored.version).version == 3  # no change, no save
    with pytest.raises(ConflictError):
        desk.set_archived(record.id, True, 1)


def test_an_admin_without_front_desk_rights_cannot_register(db: Database) -> None:
    with pytest.raises(AccessDenied):
        registry(db, ADMIN, "root").register(DRAFT)


def test_concurrent_registrations_get_distinct_chart_numbers(db: Database) -> None:
    desk = registry(db)

    def register(n: int) -> int:
        draft = PatientDraft(
            given_name=f"Test{n}",
            family_name="Person",
            date_of_birth=dt.date(1970, 1, 1),
            sex="male",
        )
        return desk.register(draft).chart_number

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(register, range(12)))
    assert sorted(numbers) == list(range(1, 13))
