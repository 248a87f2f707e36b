"""Choosing one's own password in the window, through the real dialogs and menu.

A person whose password someone else chose (an administrator's users add or reset) gets
"Choose a new password" after signing in, before their window opens; Cancel signs them
out. File → Change my password… opens the same dialog for anyone signed in. Problems are
shown at their field with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.app import MainWindowFactory
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.actor import command_line_actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService
from planner.storage.database import Database, open_database
from planner.storage.models import AuditEvent, User
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
from planner.ui.signin.change_password import ChangePasswordDialog
from planner.ui.signin.controller import SignInController
from planner.ui.signin.dialogs import SignInDialog
from tests.helpers.factories import chose_own_password
from tests.ui.conftest import PASSWORD, FakeClock, RecordingPrompts, add_clinic, add_patients

CHOSEN = "my-own-choice-7"
PG_ONLY = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


@dataclass
class Desk:
    qtbot: QtBot
    db: Database
    controller: SignInController

    def sign_in(self, username: str, password: str) -> None:
        dialog = self.controller.dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        form = dialog.form
        form.username_box.clear()
        self.qtbot.keyClicks(form.username_box, username)
        self.qtbot.keyClicks(form.password_box, password)
        self.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)

    def required_dialog(self) -> ChangePasswordDialog:
        dialog = self.controller.dialog
        assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
        return dialog

    def mark_of(self, username: str) -> bool:
        with self.db.read() as session:
            return bool(
                session.scalar(select(User.password_must_change).where(User.username == username))
            )

    def audited(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def fill(qtbot: QtBot, dialog: ChangePasswordDialog, current: str, new: str, again: str) -> None:
    for box, text in (
        (dialog.current_box, current),
        (dialog.new_box, new),
        (dialog.again_box, again),
    ):
        box.clear()
        qtbot.keyClicks(box, text)


def controller_for(
    qapp: QApplication, db: Database, accounts: AccountService, tmp_path: Path
) -> SignInController:
    audit = AuditTrail()
    windows = MainWindowFactory(
        db, UiSettings(tmp_path / "settings.ini"), RecordingPrompts(), accounts, audit
    )
    controller = SignInController(
        accounts,
        windows,
        ClinicService(db, audit),
        exit_app=lambda _code: None,
        clock=FakeClock(),
        check_interval_ms=3_600_000,
        prompts=RecordingPrompts(answer=False),
    )
    controller.start()
    return controller


@pytest.fixture
def desk(
    qtbot: QtBot, qapp: QApplication, ui_db: Database, accounts: AccountService, tmp_path: Path
) -> Iterator[Desk]:
    """wei (admin and practitioner) chose her own password; rosa (reception) was given
    hers by an administrator."""
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    for username, roles in (
        ("wei", [Role.PRACTITIONER, Role.ADMIN]),
        ("rosa", [Role.RECEPTION]),
    ):
        accounts.add_user(command_line_actor(), username, PASSWORD, roles, Profile())
    chose_own_password(ui_db, "wei")
    controller = controller_for(qapp, ui_db, accounts, tmp_path)
    yield Desk(qtbot, ui_db, controller)
    controller.shut_down()


def test_a_password_someone_else_chose_is_replaced_before_the_window_opens(desk: Desk) -> None:
    desk.sign_in("rosa", PASSWORD)
    dialog = desk.required_dialog()
    assert desk.controller.current_window is None  # nothing of the clinic on show yet
    assert "set by someone else" in dialog.intro_label.text()

    for current, new, again, field, words in (
        ("not-her-password", CHOSEN, CHOSEN, "current_password", "not right"),
        (PASSWORD, CHOSEN, "my-own-choise-7", "new_password_again", "differ"),
        (PASSWORD, "short", "short", "new_password", "at least"),
        (PASSWORD, PASSWORD, PASSWORD, "new_password", "different"),
    ):
        fill(desk.qtbot, dialog, current, new, again)
        desk.qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and desk.controller.current_window is None
        assert words in dialog.errors.text(field), field
        assert dialog.errors.is_marked(field)
        # Everything typed is kept, to be corrected where it is wrong.
        texts = (dialog.current_box.text(), dialog.new_box.text(), dialog.again_box.text())
        assert texts == (current, new, again)
        assert all(
            b.echoMode() == QLineEdit.EchoMode.Password for b in dialog.findChildren(QLineEdit)
        )
    assert desk.mark_of("rosa")

    fill(desk.qtbot, dialog, PASSWORD, CHOSEN, CHOSEN)
    desk.qtbot.keyClick(dialog.again_box, Qt.Key.Key_Return)
    window = desk.controller.current_window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.actor.username == "rosa" and not desk.mark_of("rosa")

    window.sign_out_action.trigger()
    desk.sign_in("rosa", PASSWORD)  # the administrator's password no longer works
    assert desk.controller.current_window is None
    desk.sign_in("rosa", CHOSEN)  # her own: straight to her window
    window = desk.controller.current_window
    assert window is not None and window.actor.username == "rosa"


def test_cancel_at_the_required_change_signs_out(desk: Desk) -> None:
    desk.sign_in("rosa", PASSWORD)
    dialog = desk.required_dialog()
    assert dialog.cancel_button.text() == "Cancel and sign out"
    desk.qtbot.keyClicks(dialog.current_box, PASSWORD)
    desk.qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert desk.controller.current_window is None and not desk.controller.windows
    assert isinstance(desk.controller.dialog, SignInDialog)
    assert desk.controller.dialog.isVisible()
    assert desk.audited()[-2:] == ["sign_in", "sign_out"]
    assert desk.mark_of("rosa")
    desk.sign_in("rosa", PASSWORD)  # asked again at the next sign-in
    desk.required_dialog()


def test_anyone_signed_in_changes_their_password_from_the_file_menu(desk: Desk) -> None:
    desk.sign_in("wei", PASSWORD)
    window = desk.controller.current_window
    assert window is not None
    file_menu = window.menuBar().actions()[0].menu()
    assert window.change_password_action in file_menu.actions()

    window.change_password_action.trigger()
    dialog = desk.controller.password_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert dialog.parent() is window
    assert "set by someone else" not in dialog.intro_label.text()
    fill(desk.qtbot, dialog, "wrong-password-0", CHOSEN, CHOSEN)
    desk.qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "not right" in dialog.errors.text("current_password")
    assert dialog.new_box.text() == CHOSEN

    fill(desk.qtbot, dialog, PASSWORD, CHOSEN, CHOSEN)
    desk.qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert desk.controller.password_dialog is None and not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert window.isVisible() and not window.locked

    window.sign_out_action.trigger()
    desk.sign_in("wei", CHOSEN)
    assert desk.controller.current_window is not None


def test_a_lock_closes_the_change_password_dialog_and_what_was_typed(desk: Desk) -> None:
    desk.sign_in("wei", PASSWORD)
    window = desk.controller.current_window
    assert window is not None
    window.change_password_action.trigger()
    dialog = desk.controller.password_dialog
    assert dialog is not None
    desk.qtbot.keyClicks(dialog.current_box, PASSWORD)
    window.lock_action.trigger()
    assert window.locked and desk.controller.password_dialog is None
    assert not dialog.isVisible()


@PG_ONLY
def test_at_a_workstation_the_new_password_is_the_sessions_login(
    qtbot: QtBot, qapp: QApplication, db: Database, tmp_path: Path
) -> None:
    add_clinic(db, is_demo=False)
    add_patients(db)
    owner = AccountService(db, AuditTrail())
    owner.add_first_user("boss", PASSWORD, [Role.ADMIN], Profile())
    boss = owner.sign_in("boss", PASSWORD)
    owner.add_user(boss, "rosa", PASSWORD, [Role.RECEPTION], Profile(full_name="Rosa"))
    url = f"postgresql+psycopg://{db.url.host}:{db.url.port}/{db.url.database}"
    station, _ = open_database(url)
    controller = controller_for(qapp, station, AccountService(station, AuditTrail()), tmp_path)
    try:
        desk = Desk(qtbot, station, controller)
        desk.sign_in("rosa", PASSWORD)
        dialog = desk.required_dialog()
        fill(qtbot, dialog, PASSWORD, CHOSEN, CHOSEN)
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        window = controller.current_window
        assert window is not None and window.actor.username == "rosa"
        assert station.login is not None and station.login.user == f"rosa@{db.name}"
        window.lock_action.trigger()  # unlocking connects again: with the new password
        form = window.lock_screen.form
        form.username_box.setText("rosa")
        qtbot.keyClicks(form.password_box, CHOSEN)
        qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
        assert not window.locked
    finally:
        controller.shut_down()
        station.dispose()


def test_at_another_users_lock_screen_the_change_also_comes_first(desk: Desk) -> None:
    desk.sign_in("wei", PASSWORD)
    wei_window = desk.controller.current_window
    assert wei_window is not None
    wei_window.lock_action.trigger()
    form = wei_window.lock_screen.form
    form.username_box.setText("rosa")
    desk.qtbot.keyClicks(form.password_box, PASSWORD)
    desk.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
    dialog = desk.required_dialog()
    assert desk.controller.window_of(2) is None and set(desk.controller.windows) == {1}
    desk.qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    # Signed out again; wei's lock screen stays, for wei or anyone to sign in there.
    assert wei_window.locked and wei_window.isVisible()
    assert set(desk.controller.windows) == {1}
    assert desk.audited()[-2:] == ["sign_in", "sign_out"]

    desk.qtbot.keyClicks(form.password_box, PASSWORD)
    form.username_box.setText("rosa")
    desk.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
    dialog = desk.required_dialog()
    fill(desk.qtbot, dialog, PASSWORD, CHOSEN, CHOSEN)
    desk.qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    rosa_window = desk.controller.current_window
    assert rosa_window is not None and rosa_window.actor.username == "rosa"
    assert not wei_window.isVisible()
