"""Clinic settings: read by everyone, changed only by administrators, audited by field name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner.domain.errors import ConflictError, ValidationError
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService, ClinicSettings
from planner.services.clinic_views import BookSettings
from planner.services.guard import AccessDenied
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Clinic

ADMIN = Actor(None, "command line", frozenset({Role.ADMIN}), "", "desk-1")
RECEPTION = Actor(None, "front desk", frozenset({Role.RECEPTION}), "", "desk-2")
PRACTITIONER = Actor(None, "wei", frozenset({Role.PRACTITIONER}), "", "room-1")


def audit_rows(db: Database) -> list[AuditEvent]:
    with db.read() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def wanted(current: ClinicSettings, **changes: object) -> ClinicSettings:
    values = {
        "name": current.name,
        "address": current.address,
        "phone": current.phone,
        "email": current.email,
        "idle_lock_minutes": current.idle_lock_minutes,
        "version": current.version,
    }
    values.update(changes)
    return ClinicSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
def clinic_service(db: Database) -> ClinicService:
    with db.write() as session:
        session.add(Clinic(name="Riverside Acupuncture"))
    return ClinicService(db, AuditTrail())


def test_settings_have_the_defaults_before_anyone_changed_them(
    clinic_service: ClinicService,
) -> None:
    settings = clinic_service.settings()
    assert (settings.name, settings.address, settings.idle_lock_minutes) == (
        "Riverside Acupuncture",
        "",
        5,
    )
    assert settings.version is not None


def test_an_administrator_saves_and_only_field_names_are_audited(
    db: Database, clinic_service: ClinicService
) -> None:
    before = clinic_service.settings()
    saved = clinic_service.update_settings(
        ADMIN,
        wanted(
            before,
            name="  Riverside Back Clinic ",
            phone="+44 20 7946 0000",
            email="desk@riverside.example",
            idle_lock_minutes=10,
        ),
    )
    assert saved.name == "Riverside Back Clinic"
    assert saved.idle_lock_minutes == 10
    assert saved.version != before.version
    assert clinic_service.settings() == saved
    [row] = audit_rows(db)
    assert (row.action, row.object_type) == ("settings", "clinic")
    assert row.detail == {"fields": ["name", "phone", "email", "idle_lock_minutes"]}
    assert "Riverside" not in str(row.detail) and "7946" not in str(row.detail)


def test_saving_without_a_change_writes_nothing(
    db: Database, clinic_service: ClinicService
) -> None:
    before = clinic_service.settings()
    assert clinic_service.update_settings(ADMIN, before) == before
    assert audit_rows(db) == []


@pytest.mark.parametrize("actor", [RECEPTION, PRACTITIONER], ids=["reception", "practitioner"])
def test_other_roles_are_refused_and_the_refusal_is_audited(
    db: Database, clinic_service: ClinicService, actor: Actor
) -> None:
    before = clinic_service.settings()
    with pytest.raises(AccessDenied, match="change clinic settings"):
        clinic_service.update_settings(actor, wanted(before, name="Hijacked"))
    assert clinic_service.settings() == before
    assert [(r.action, r.detail) for r in audit_rows(db)] == [
        ("refused", {"action": "edit_clinic_settings"})
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"email": "not an address"}, "email"),
        ({"phone": "1" * 41}, "phone"),
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"idle_lock_minutes": 31}, "idle_lock_minutes"),
    ],
)
def test_a_wrong_value_names_its_field_and_changes_nothing(
    db: Database, clinic_service: ClinicService, changes: dict[str, object], field: str
) -> None:
    before = clinic_service.settings()
    with pytest.raises(ValidationError) as raised:
        clinic_service.update_settings(ADMIN, wanted(before, **changes))
    assert raised.value.field == field
    assert clinic_service.settings() == before
    assert audit_rows(db) == []


def test_a_stale_save_is_refused(db: Database, clinic_service: ClinicService) -> None:
    opened = clinic_service.settings()
    clinic_service.update_settings(ADMIN, wanted(opened, phone="0161 496 0000"))
    with pytest.raises(ConflictError):
        clinic_service.update_settings(ADMIN, wanted(opened, name="Stale"))
    assert clinic_service.settings().name == "Riverside Acupuncture"
    assert [r.action for r in audit_rows(db)] == ["settings"]


def test_without_a_clinic_row_saving_creates_it(db: Database) -> None:
    clinic_service = ClinicService(db, AuditTrail())
    assert clinic_service.settings().version is None
    saved = clinic_service.update_settings(
        ADMIN, wanted(clinic_service.settings(), name="New Clinic")
    )
    assert saved.name == "New Clinic" and saved.version is not None
    assert clinic_service.info().name == "New Clinic"


def test_the_tax_number_and_registering_body_are_saved_and_checked(
    db: Database, clinic_service: ClinicService
) -> None:
    before = clinic_service.settings()
    assert (before.tax_number, before.registering_body) == ("", "")
    saved = clinic_service.update_settings(
        ADMIN,
        wanted(before, tax_number=" IE 9876543 T ", registering_body="Acupuncture Council"),
    )
    assert (saved.tax_number, saved.registering_body) == ("IE 9876543 T", "Acupuncture Council")
    assert audit_rows(db)[-1].detail == {"fields": ["tax_number", "registering_body"]}
    for field, value, message in (
        ("tax_number", "9" * 41, "Tax number: at most 40 characters (41 typed)."),
        ("registering_body", "x" * 201, "Registering body: at most 200 characters (201 typed)."),
        ("tax_number", "IE\u202e123", "Tax number"),
    ):
        with pytest.raises(ValidationError) as raised:
            clinic_service.update_settings(
                ADMIN, wanted(saved, **{"tax_number": "", "registering_body": "", field: value})
            )
        assert raised.value.field == field
        assert message in str(raised.value)
    assert clinic_service.settings().tax_number == "IE 9876543 T"  # nothing saved


# --- the appointment book, insurer codes and treatment rooms (issue 18) -------------------


def test_the_book_and_insurer_settings_are_saved_and_read_by_the_book(
    db: Database, clinic_service: ClinicService
) -> None:
    before = clinic_service.settings()
    assert (before.first_visit_minutes, before.follow_up_minutes) == (45, 30)
    assert (before.opens_at_minute, before.closes_at_minute) == (480, 1080)
    assert before.open_weekdays == frozenset({1, 2, 3, 4, 5})
    assert (before.late_cancel_hours, before.insurer_codes, before.diagnosis_code) == (
        24,
        False,
        "M54.50",
    )
    saved = clinic_service.update_settings(
        ADMIN,
        replace(
            before,
            first_visit_minutes=60,
            follow_up_minutes=40,
            opens_at_minute=9 * 60 + 30,
            closes_at_minute=19 * 60,
            open_weekdays=frozenset({2, 4, 6}),
            late_cancel_hours=48,
            insurer_codes=True,
            diagnosis_code="M54.59",
        ),
    )
    assert clinic_service.settings() == saved
    with db.read() as session:
        clinic = session.scalars(select(Clinic)).one()
        assert (clinic.open_weekdays, clinic.insurer_codes) == ("246", True)
    assert audit_rows(db)[-1].detail == {
        "fields": [
            "first_visit_minutes",
            "follow_up_minutes",
            "opens_at_minute",
            "closes_at_minute",
            "open_weekdays",
            "late_cancel_hours",
            "diagnosis_code",
            "insurer_codes",
        ]
    }
    book = clinic_service.book_settings()
    assert book == BookSettings(60, 40, 570, 1140, frozenset({2, 4, 6}), 48, ())


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"first_visit_minutes": 9}, "first_visit_minutes", "First visit length: 10 to 240"),
        ({"follow_up_minutes": 241}, "follow_up_minutes", "Follow-up length: 10 to 240"),
        ({"opens_at_minute": 1440}, "opens_at_minute", "Opens at:"),
        ({"closes_at_minute": 480}, "closes_at_minute", "Closes at: a time after the opening"),
        ({"open_weekdays": frozenset()}, "open_weekdays", "Open days: tick at least one day."),
        ({"open_weekdays": frozenset({0})}, "open_weekdays", "Open days"),
        ({"late_cancel_hours": 169}, "late_cancel_hours", "Late-cancellation notice: 0 to 168"),
        ({"diagnosis_code": "J45.909"}, "diagnosis_code", "Diagnosis code: one of M54.50"),
    ],
)
def test_a_wrong_book_setting_names_its_field(
    db: Database,
    clinic_service: ClinicService,
    changes: dict[str, object],
    field: str,
    message: str,
) -> None:
    before = clinic_service.settings()
    with pytest.raises(ValidationError) as raised:
        clinic_service.update_settings(ADMIN, replace(before, **changes))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert message in str(raised.value)
    assert clinic_service.settings() == before


@pytest.mark.both_engines
def test_rooms_are_added_renamed_and_retired_never_deleted(
    db: Database, clinic_service: ClinicService
) -> None:
    one = clinic_service.add_room(ADMIN, "  Room  1 ")
    two = clinic_service.add_room(ADMIN, "Garden room")
    assert one.name == "Room 1" and one.active
    renamed = clinic_service.rename_room(ADMIN, one.id, "Quiet room")
    assert renamed.name == "Quiet room" and renamed.version != one.version
    assert [name for _, name in clinic_service.book_settings().rooms] == [
        "Garden room",
        "Quiet room",
    ]
    retired = clinic_service.retire_room(ADMIN, two.id)
    assert not retired.active
    assert clinic_service.retire_room(ADMIN, two.id) == retired  # nothing more to do
    assert clinic_service.book_settings().rooms == ((one.id, "Quiet room"),)
    assert [(r.name, r.active) for r in clinic_service.rooms()] == [
        ("Quiet room", True),
        ("Garden room", False),
    ]
    back = clinic_service.reactivate_room(ADMIN, two.id)  # retired by mistake
    assert back.active and clinic_service.reactivate_room(ADMIN, two.id) == back
    assert [name for _, name in clinic_service.book_settings().rooms] == [
        "Garden room",
        "Quiet room",
    ]
    rows = audit_rows(db)
    assert [(r.action, r.object_type, r.object_id, r.detail) for r in rows] == [
        ("settings", "clinic_room", one.id, {"fields": ["name", "active"]}),
        ("settings", "clinic_room", two.id, {"fields": ["name", "active"]}),
        ("settings", "clinic_room", one.id, {"fields": ["name"]}),
        ("settings", "clinic_room", two.id, {"fields": ["active"]}),
        ("settings", "clinic_room", two.id, {"fields": ["active"]}),
    ]
    assert all(r.patient_id is None for r in rows)


@pytest.mark.both_engines
def test_a_room_name_is_unique_and_checked(db: Database, clinic_service: ClinicService) -> None:
    garden = clinic_service.add_room(ADMIN, "Garden room")
    clinic_service.retire_room(ADMIN, garden.id)
    quiet = clinic_service.add_room(ADMIN, "Quiet room")
    for call, message in (
        (lambda: clinic_service.add_room(ADMIN, "garden ROOM"), "another room is called"),
        (lambda: clinic_service.rename_room(ADMIN, quiet.id, "Garden room"), "Garden room."),
        (lambda: clinic_service.add_room(ADMIN, "   "), "Room name: 1 to 60 characters."),
        (lambda: clinic_service.add_room(ADMIN, "x" * 61), "Room name: at most 60"),
        (lambda: clinic_service.add_room(ADMIN, "Room\u202e1"), "Room name"),
    ):
        with pytest.raises(ValidationError) as raised:
            call()
        assert raised.value.field == "name"
        assert message in str(raised.value)
    with pytest.raises(ValidationError) as missing:
        clinic_service.rename_room(ADMIN, 999_999, "Nowhere")
    assert missing.value.field == "room_id"
    assert [r.name for r in clinic_service.rooms()] == ["Quiet room", "Garden room"]


@pytest.mark.parametrize("actor", [RECEPTION, PRACTITIONER], ids=["reception", "practitioner"])
def test_only_administrators_change_rooms_but_everyone_reads_the_book(
    db: Database, clinic_service: ClinicService, actor: Actor
) -> None:
    room = clinic_service.add_room(ADMIN, "Room 1")
    for call in (
        lambda: clinic_service.add_room(actor, "Room 2"),
        lambda: clinic_service.rename_room(actor, room.id, "Room 3"),
        lambda: clinic_service.retire_room(actor, room.id),
        lambda: clinic_service.reactivate_room(actor, room.id),
    ):
        with pytest.raises(AccessDenied):
            call()
    assert clinic_service.book_settings().rooms == ((room.id, "Room 1"),)
    assert [r.action for r in audit_rows(db)] == ["settings"] + ["refused"] * 4
