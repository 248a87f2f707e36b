"""Admin → Clinic settings: loads, saves (audited by field name), problems at their field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
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


# --- the appointment book, insurer codes and treatment rooms (issue 18) -------------------


def test_the_book_and_insurer_settings_are_typed_and_saved(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    assert (dialog.first_visit_box.value(), dialog.follow_up_box.value()) == (45, 30)
    assert [box.isChecked() for box in dialog.day_boxes] == [True] * 5 + [False] * 2
    assert not dialog.insurer_box.isChecked() and not dialog.diagnosis_box.isEnabled()
    dialog.first_visit_box.selectAll()
    qtbot.keyClicks(dialog.first_visit_box, "60")
    dialog.follow_up_box.setFocus()
    qtbot.keyClick(dialog.follow_up_box, Qt.Key.Key_Up)  # 31
    dialog.opens_box.setTime(QTime(9, 30))
    dialog.closes_box.setTime(QTime(19, 0))
    qtbot.mouseClick(dialog.day_boxes[0], Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # Mon off
    qtbot.mouseClick(dialog.day_boxes[5], Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # Sat on
    dialog.late_box.selectAll()
    qtbot.keyClicks(dialog.late_box, "48")
    dialog.insurer_box.click()
    assert dialog.diagnosis_box.isEnabled()
    dialog.diagnosis_box.setFocus()
    qtbot.keyClick(dialog.diagnosis_box, Qt.Key.Key_Down)  # M54.51
    with qtbot.waitSignal(dialog.settings_saved, timeout=1000):
        dialog.save_button.click()
    saved = service.settings()
    assert (saved.first_visit_minutes, saved.follow_up_minutes) == (60, 31)
    assert (saved.opens_at_minute, saved.closes_at_minute) == (570, 1140)
    assert saved.open_weekdays == frozenset({2, 3, 4, 5, 6})
    assert (saved.late_cancel_hours, saved.insurer_codes, saved.diagnosis_code) == (
        48,
        True,
        "M54.51",
    )
    again = _dialog(qtbot, service, admin, prompts)
    assert again.diagnosis_box.currentData() == "M54.51" and again.insurer_box.isChecked()
    assert again.opens_box.time() == QTime(9, 30)
    assert prompts.shown == []


def test_closing_before_opening_and_no_day_open_are_named_at_their_fields(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    dialog.phone_box.setText("0113 496 0000")
    dialog.closes_box.setTime(QTime(7, 0))
    with qtbot.assertNotEmitted(dialog.settings_saved):
        dialog.save_button.click()
    assert dialog.errors.text("closes_at_minute") == "Closes at: a time after the opening time."
    assert dialog.closes_box.time() == QTime(7, 0) and dialog.phone_box.text() == "0113 496 0000"
    dialog.closes_box.setTime(QTime(17, 0))
    for box in dialog.day_boxes:
        box.setChecked(False)
    dialog.save_button.click()
    assert dialog.errors.text("closes_at_minute") == ""
    assert dialog.errors.text("open_weekdays") == "Open days: tick at least one day."
    assert dialog.isVisible() and service.settings().phone == ""
    assert prompts.shown == []


def test_rooms_are_added_renamed_and_retired_from_the_dialog(
    qtbot: QtBot,
    ui_db: Database,
    accounts: AccountService,
    service: ClinicService,
    prompts: RecordingPrompts,
) -> None:
    admin = add_user(accounts, "ada", Role.ADMIN)
    dialog = _dialog(qtbot, service, admin, prompts)
    rooms = dialog.rooms
    assert rooms.room_list.count() == 0 and not rooms.rename_button.isEnabled()
    qtbot.keyClicks(rooms.name_box, "Room 1")
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(rooms.name_box, "Garden room")
    qtbot.keyClick(rooms.name_box, Qt.Key.Key_Return)  # Enter adds too
    assert [rooms.room_list.item(i).text() for i in range(2)] == ["Garden room", "Room 1"]
    assert dialog.isVisible()  # Enter in the room's name is not the settings' Save
    selected = rooms.selected()  # the new room, and the name box is empty for the next
    assert selected is not None and selected.name == "Garden room"
    assert rooms.name_box.text() == ""
    qtbot.keyClicks(rooms.name_box, "room 1")
    qtbot.mouseClick(rooms.rename_button, Qt.MouseButton.LeftButton)
    assert rooms.errors.text("name") == "Room name: another room is called Room 1."
    assert rooms.name_box.text() == "room 1"
    rooms.name_box.clear()
    qtbot.keyClicks(rooms.name_box, "Quiet room")
    qtbot.mouseClick(rooms.rename_button, Qt.MouseButton.LeftButton)
    assert rooms.errors.text("name") == ""
    assert rooms.selected() is not None and rooms.selected().name == "Quiet room"
    qtbot.mouseClick(rooms.retire_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "confirm"
    assert rooms.room_list.currentItem().text() == "Quiet room (retired)"
    assert not rooms.retire_button.isEnabled() and rooms.reactivate_button.isEnabled()
    assert service.book_settings().rooms == ((service.rooms()[0].id, "Room 1"),)
    qtbot.mouseClick(rooms.reactivate_button, Qt.MouseButton.LeftButton)  # by mistake: back
    assert rooms.room_list.currentItem().text() == "Quiet room"
    assert rooms.retire_button.isEnabled() and not rooms.reactivate_button.isEnabled()
    assert [name for _, name in service.book_settings().rooms] == ["Quiet room", "Room 1"]
    qtbot.mouseClick(rooms.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # rooms are saved at once; the settings stay open
    with ui_db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.object_type == "clinic_room"))
        assert [row.detail["fields"] for row in rows] == [
            ["name", "active"],
            ["name", "active"],
            ["name"],
            ["active"],  # retired
            ["active"],  # brought back
            ["active"],  # retired again
        ]


def test_without_the_role_a_room_change_is_a_message(
    qtbot: QtBot, accounts: AccountService, service: ClinicService, prompts: RecordingPrompts
) -> None:
    reception = add_user(accounts, "rosa", Role.RECEPTION)
    dialog = _dialog(qtbot, service, reception, prompts)
    qtbot.keyClicks(dialog.rooms.name_box, "Room 1")
    qtbot.mouseClick(dialog.rooms.add_button, Qt.MouseButton.LeftButton)
    [(kind, _title, text)] = prompts.shown
    assert kind == "error" and "not allowed to change clinic settings" in text
    assert dialog.rooms.name_box.text() == "Room 1" and service.rooms() == ()
