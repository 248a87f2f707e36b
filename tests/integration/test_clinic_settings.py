"""Clinic settings: read by everyone, changed only by administrators, audited by field name."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.domain.errors import ConflictError, ValidationError
from planner.domain.vocab import Role
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService, ClinicSettings
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
