"""Admin → Clinic settings: loads, saves (audited by field name), problems at their field."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.domain.vocab import Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from planner.ui.admin.clinic_settings import ClinicSettingsDialog
from planner.ui.admin.clinic_settings_presenter import ClinicSettingsPresenter
from tests.ui.conftest import RecordingPrompts, add_clinic, add_user


@pytest.fixture
def service(ui_db: Database) -> ClinicService:
    add_clinic(ui_db, is_demo=False)
    return ClinicService(ui_db, AuditTrail())


def _dialog(
    qtbot: QtBot, service: ClinicService, actor: Actor, prompts: RecordingPrompts
) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(ClinicSettingsPresenter(service, actor), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_are_saved_and_audited_with_field_names_only(
    qtbot: QtBot,
    ui_db: Database,
    accounts: AccountService,
    service: ClinicService,
    prompts: RecordingPrompts,
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    assert dialog.name_box.text() == "Riverside Acupuncture"
    assert dialog.idle_box.value() == 5
    assert (dialog.idle_box.minimum(), dialog.idle_box.maximum()) == (1, 30)
    dialog.address_box.setPlainText("1 River Walk\nLeeds")
    dialog.email_box.setText("desk@riverside.example")
    dialog.idle_box.setValue(12)
    with qtbot.waitSignal(dialog.settings_saved, timeout=1000) as saved:
        dialog.save_button.click()
    assert saved.args[0].idle_lock_minutes == 12
    assert not dialog.isVisible()
    settings = service.settings()
    assert (settings.address, settings.email, settings.idle_lock_minutes) == (
        "1 River Walk\nLeeds",
        "desk@riverside.example",
        12,
    )
    with ui_db.read() as session:
        row = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert row is not None and row.action == "settings" and row.user_id == admin.user_id
    assert row.detail == {"fields": ["address", "email", "idle_lock_minutes"]}
    assert prompts.shown == []


def test_a_wrong_value_is_shown_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    dialog.email_box.setText("desk at riverside")
    dialog.phone_box.setText("0113 496 0000")
    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors.text("email") == "Email: this does not look like an e-mail address."
    assert dialog.phone_box.text() == "0113 496 0000"
    assert service.settings().phone == ""

    dialog.name_box.clear()
    dialog.save_button.click()
    assert dialog.errors.text("name") == "Clinic name: enter the clinic's name."
    assert dialog.errors.text("email") == ""


def test_without_the_role_the_refusal_is_a_message(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    reception = add_user(accounts, "rosa", Role.RECEPTION)
    dialog = _dialog(qtbot, service, reception, prompts)
    dialog.name_box.setText("Hijacked")
    dialog.save_button.click()
    [(kind, _title, text)] = prompts.shown
    assert kind == "error" and "not allowed to change clinic settings" in text
    assert service.settings().name == "Riverside Acupuncture"


def test_a_stale_save_is_refused_with_a_message(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    other = ClinicSettingsPresenter(service, admin)
    other.load()
    other.save(name="Changed Elsewhere", address="", phone="", email="", idle_lock_minutes=5)
    dialog.idle_box.setValue(9)
    dialog.save_button.click()
    [(kind, _title, text)] = prompts.shown
    assert kind == "error" and "Someone else changed the clinic settings" in text
    assert dialog.isVisible() and dialog.idle_box.value() == 9
    assert service.settings().idle_lock_minutes == 5


def test_tax_number_and_registering_body_are_typed_saved_and_kept(
    qtbot: QtBot,
    ui_db: Database,
    accounts: AccountService,
    service: ClinicService,
    prompts: RecordingPrompts,
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    assert (dialog.tax_box.text(), dialog.body_box.text()) == ("", "")
    dialog.tax_box.setFocus()
    qtbot.keyClicks(dialog.tax_box, "GB 123 4567 89")
    qtbot.keyClicks(dialog.body_box, "British Acupuncture Council")
    with qtbot.waitSignal(dialog.settings_saved, timeout=1000):
        dialog.save_button.click()
    assert not dialog.isVisible()
    with ui_db.read() as session:
        row = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert row is not None and row.detail == {"fields": ["tax_number", "registering_body"]}
    again = _dialog(qtbot, service, admin, prompts)  # reopened: the values are kept
    assert again.tax_box.text() == "GB 123 4567 89"
    assert again.body_box.text() == "British Acupuncture Council"
    qtbot.keyClicks(again.phone_box, "0113 496 0000")  # another change keeps them too
    with qtbot.waitSignal(again.settings_saved, timeout=1000):
        again.save_button.click()
    kept = service.settings()
    assert (kept.tax_number, kept.registering_body, kept.phone) == (
        "GB 123 4567 89",
        "British Acupuncture Council",
        "0113 496 0000",
    )
    assert prompts.shown == []


def test_a_too_long_tax_number_is_named_at_its_field_with_the_text_kept(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    typed = "VAT " + "9" * 40
    qtbot.keyClicks(dialog.tax_box, typed)
    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors.text("tax_number") == "Tax number: at most 40 characters (44 typed)."
    assert dialog.tax_box.text() == typed
    assert service.settings().tax_number == ""
    dialog.tax_box.clear()
    qtbot.keyClicks(dialog.body_box, "Council " * 30)
    dialog.save_button.click()
    assert dialog.errors.text("tax_number") == ""
    assert dialog.errors.text("registering_body").startswith(
        "Registering body: at most 200 characters"
    )
    assert prompts.shown == []
