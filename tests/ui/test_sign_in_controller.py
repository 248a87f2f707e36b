"""Sign-in, idle lock, unlock and switching users, through the session controller with
real windows on a real database — and, while locked, no patient data on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.app import MainWindowFactory
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.actor import command_line_actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Course, Patient, TreatmentSession
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
from planner.ui.signin.controller import SignInController
from planner.ui.signin.dialogs import FirstRunDialog, SignInDialog
from tests.helpers.factories import chose_own_password
from tests.ui.conftest import PASSWORD, FakeClock, RecordingPrompts, add_clinic, add_patients

# A name and chart number nothing else on screen could contain by accident.
SECRETS = ("Łukasz", "O'Brien-Ł", "Zoë O", "000042", "patient42@", "+48 601")


def add_distinctive_patient(db: Database) -> int:
    with db.write() as session:
        patient = Patient(
            chart_number=42,
            given_name="Zoë",
            family_name="O'Brien-Łukasz",
            preferred_name="",
            date_of_birth=dt.date(1984, 4, 4),
            sex="female",
            phone="+48 601 234 567",
            email="patient42@example.org",
        )
        session.add(patient)
        session.flush()
        course = Course(
            patient_id=patient.id,
            status="active",
            planned_sessions=8,
            start_date=dt.date(2025, 5, 1),
        )
        session.add(course)
        session.flush()
        session.add(
            TreatmentSession(
                course_id=course.id,
                patient_id=patient.id,
                number=1,
                status="signed",
                client_uuid="00000000-0000-0000-0000-000000000042",
                session_date=dt.date(2025, 5, 8),
                pain_before=8,
                pain_after=4,
            )
        )
        return patient.id


def visible_texts() -> list[str]:
    """Every text a person could read on screen now, in any window of the application."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget))
    return [text for text in texts if text]


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = []
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
    return texts


def secrets_on_screen() -> list[str]:
    return [text for text in visible_texts() if any(secret in text for secret in SECRETS)]


@dataclass
class Clinic:
    qtbot: QtBot
    db: Database
    accounts: AccountService
    controller: SignInController
    clock: FakeClock
    patient_id: int
    exits: list[int] = field(default_factory=list)
    prompts: RecordingPrompts = field(default_factory=RecordingPrompts)

    def sign_in_dialog(self) -> SignInDialog:
        dialog = self.controller.dialog
        assert isinstance(dialog, SignInDialog)
        assert dialog.isVisible()
        return dialog

    def sign_in(self, username: str, password: str = PASSWORD) -> MainWindow:
        form = self.sign_in_dialog().form
        form.username_box.setText(username)
        form.password_box.setText(password)
        form.submit()
        window = self.controller.current_window
        assert window is not None and window.actor.username == username
        return window

    def at_lock_screen(self, window: MainWindow, username: str, password: str = PASSWORD) -> None:
        assert window.locked and window.isVisible()
        form = window.lock_screen.form
        form.username_box.setText(username)
        form.password_box.setText(password)
        self.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)

    def idle_for(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.idle.check()

    def audited(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


@pytest.fixture
def signin_clinic(
    qtbot: QtBot,
    qapp: QApplication,
    ui_db: Database,
    accounts: AccountService,
    tmp_path: Path,
) -> Iterator[Clinic]:
    add_clinic(ui_db, is_demo=False)
    add_patients(ui_db)
    patient_id = add_distinctive_patient(ui_db)
    for username, roles in (
        ("wei", [Role.PRACTITIONER, Role.ADMIN]),
        ("rosa", [Role.RECEPTION]),
    ):
        accounts.add_user(command_line_actor(), username, PASSWORD, roles, Profile())
    chose_own_password(ui_db, "wei", "rosa")  # test_own_password_ui.py: when they have not
    clock = FakeClock()
    exits: list[int] = []
    audit = AuditTrail()
    windows = MainWindowFactory(
        ui_db,
        UiSettings(tmp_path / "settings.ini"),
        RecordingPrompts(),
        accounts,
        audit,
        clock=clock,
    )
    prompts = RecordingPrompts(answer=False)  # the controller's questions: "Cancel"
    controller = SignInController(
        accounts,
        windows,
        ClinicService(ui_db, audit),
        exit_app=exits.append,
        clock=clock,
        check_interval_ms=3_600_000,  # the tests call check() after moving the clock
        watch=qapp,
        prompts=prompts,
    )
    controller.start()
    yield Clinic(qtbot, ui_db, accounts, controller, clock, patient_id, exits, prompts)
    controller.shut_down()


def _search_and_open(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.patient_list.search_box.insert(text)  # QTest types Latin-1 only
    qtbot.waitUntil(lambda: window.patient_list.table.model().rowCount() == 1, timeout=2000)
    qtbot.keyClick(window.patient_list.search_box, Qt.Key.Key_Return)


def test_idle_lock_leaves_no_patient_data_on_screen_and_unlock_restores_the_window(
    signin_clinic: Clinic,
) -> None:
    window = signin_clinic.sign_in("wei")
    assert window.isVisible() and signin_clinic.controller.idle.running
    _search_and_open(signin_clinic.qtbot, window, "Łukasz")
    window.open_audit_trail(
        signin_clinic.patient_id
    )  # "who opened this record?" — rows with 000042
    assert window.overview.name_label.text() == "Zoë O'Brien-Łukasz"
    assert secrets_on_screen()  # the walk does see them while unlocked

    signin_clinic.idle_for(5 * 60 - 1)
    assert not window.locked
    signin_clinic.idle_for(1)
    assert window.locked
    assert window.windowTitle() == "AcuPlanner — locked"
    assert secrets_on_screen() == []
    assert window.open_dialog("audit") is None
    assert window.lock_screen.isVisible()
    assert window.lock_screen.clinic_label.text() == "Riverside Acupuncture"
    assert window.lock_screen.form.username_box.text() == "wei"
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(action.isEnabled() for action in (window.lock_action, window.quit_action))
    assert signin_clinic.audited()[-1] == "lock"

    signin_clinic.at_lock_screen(window, "wei", "not my password")
    assert window.locked
    assert window.lock_screen.form.message_label.text() == "The password is not right."
    assert window.lock_screen.form.password_box.text() == ""
    assert signin_clinic.audited()[-1] == "unlock_failed"
    assert secrets_on_screen() == []

    signin_clinic.at_lock_screen(window, "wei")
    assert not window.locked
    assert signin_clinic.audited()[-1] == "unlock"
    assert window.windowTitle() == "AcuPlanner — Riverside Acupuncture"
    assert window.patient_list.search_box.text() == "Łukasz"
    assert window.overview.name_label.text() == "Zoë O'Brien-Łukasz"
    assert window.menuBar().isVisible() and window.lock_action.isEnabled()
    assert signin_clinic.controller.idle.running
    assert window.lock_screen.form.password_box.text() == ""


def test_ctrl_l_locks_at_once(signin_clinic: Clinic) -> None:
    window = signin_clinic.sign_in("wei")
    window.activateWindow()
    signin_clinic.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    signin_clinic.qtbot.keyClick(
        window.patient_list.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.locked
    assert not signin_clinic.controller.idle.running
    assert signin_clinic.audited()[-1] == "lock"


def test_another_user_at_the_lock_screen_gets_their_own_window_and_the_first_is_kept(
    signin_clinic: Clinic,
) -> None:
    controller = signin_clinic.controller
    wei_window = signin_clinic.sign_in("wei")
    wei_window.patient_list.search_box.insert("wei's draft Łukasz")
    signin_clinic.controller.lock()

    signin_clinic.at_lock_screen(wei_window, "rosa")
    rosa_window = controller.current_window
    assert rosa_window is not None and rosa_window is not wei_window
    assert rosa_window.actor.username == "rosa" and rosa_window.isVisible()
    assert not wei_window.isVisible() and wei_window.locked
    assert rosa_window.patient_list.search_box.text() == ""
    assert not any("draft" in text for text in visible_texts())
    assert rosa_window.user_label.text() == "Signed in as rosa (reception)"
    rosa_window.patient_list.search_box.insert("rosa's search")

    controller.lock()  # rosa steps away; wei comes back at her lock screen
    signin_clinic.at_lock_screen(rosa_window, "wei")
    assert controller.current_window is wei_window
    assert wei_window.isVisible() and not wei_window.locked
    assert not rosa_window.isVisible() and rosa_window.locked
    assert wei_window.patient_list.search_box.text() == "wei's draft Łukasz"
    assert not any("rosa's search" in text for text in visible_texts())
    assert set(controller.windows) == {wei_window.actor.user_id, rosa_window.actor.user_id}

    wei_window.sign_out_action.trigger()  # wei's session ends; rosa's window is still kept
    assert signin_clinic.audited()[-1] == "sign_out"
    assert set(controller.windows) == {rosa_window.actor.user_id}
    assert signin_clinic.sign_in("rosa") is rosa_window
    assert rosa_window.patient_list.search_box.text() == "rosa's search"
    assert not rosa_window.locked


def test_sign_out_returns_to_the_sign_in_dialog_and_cancel_quits(signin_clinic: Clinic) -> None:
    window = signin_clinic.sign_in("wei")
    window.sign_out_action.trigger()
    assert not window.isVisible()
    assert signin_clinic.controller.windows == {}
    assert signin_clinic.audited()[-2:] == ["sign_in", "sign_out"]
    dialog = signin_clinic.sign_in_dialog()
    assert not signin_clinic.controller.idle.running
    signin_clinic.qtbot.keyClick(dialog.form.username_box, Qt.Key.Key_Escape)
    assert signin_clinic.exits == [0]


def test_wrong_password_at_the_sign_in_dialog_opens_nothing(signin_clinic: Clinic) -> None:
    dialog = signin_clinic.sign_in_dialog()
    dialog.form.username_box.setText("wei")
    dialog.form.password_box.setText("not the password")
    dialog.form.submit()
    assert signin_clinic.controller.windows == {}
    assert dialog.isVisible()
    assert signin_clinic.audited()[-1] == "sign_in_failed"


def test_quit_closes_every_window_and_exits_0(signin_clinic: Clinic) -> None:
    window = signin_clinic.sign_in("wei")
    window.quit_action.trigger()
    assert signin_clinic.exits == [0]
    assert signin_clinic.controller.windows == {}


def test_saved_clinic_settings_reach_the_running_idle_lock_and_the_title(
    signin_clinic: Clinic,
) -> None:
    window = signin_clinic.sign_in("wei")
    assert signin_clinic.controller.idle.minutes == 5
    window.open_clinic_settings()
    dialog = window.open_dialog("clinic_settings")
    dialog.name_box.setText("Riverside Back Clinic")
    dialog.idle_box.setValue(2)
    dialog.save()
    assert signin_clinic.controller.idle.minutes == 2
    assert window.windowTitle() == "AcuPlanner — Riverside Back Clinic"
    signin_clinic.idle_for(2 * 60)
    assert window.locked
    assert window.lock_screen.clinic_label.text() == "Riverside Back Clinic"


def test_an_empty_database_asks_for_the_clinic_and_first_account(
    qtbot: QtBot, qapp: QApplication, ui_db: Database, accounts: AccountService, tmp_path: Path
) -> None:
    windows = MainWindowFactory(
        ui_db, UiSettings(tmp_path / "s.ini"), RecordingPrompts(), accounts, AuditTrail()
    )
    controller = SignInController(accounts, windows, ClinicService(ui_db), exit_app=print)
    try:
        dialog = controller.start()
        assert isinstance(dialog, FirstRunDialog)
        dialog.clinic_name_box.setText("Riverside")
        dialog.username_box.setText("ada")
        dialog.password_box.setText(PASSWORD)
        dialog.password_again_box.setText(PASSWORD)
        dialog.submit()
        window = controller.current_window
        assert window is not None and window.isVisible()
        assert window.windowTitle() == "AcuPlanner — Riverside"
        assert window.admin_menu is not None
        assert window.user_label.text() == "Signed in as ada (practitioner, admin)"
    finally:
        controller.shut_down()


def test_the_window_locks_even_when_the_lock_cannot_be_audited(
    signin_clinic: Clinic, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from planner.domain.errors import DatabaseUnavailable

    window = signin_clinic.sign_in("wei")
    _search_and_open(signin_clinic.qtbot, window, "Łukasz")

    def server_gone(actor: object) -> None:
        raise DatabaseUnavailable("Lost the connection to the database server.")

    monkeypatch.setattr(signin_clinic.accounts, "lock", server_gone)
    signin_clinic.idle_for(5 * 60)
    assert window.locked
    assert secrets_on_screen() == []
    assert "lock not audited: DatabaseUnavailable" in caplog.text


def test_a_lock_hides_open_forms_and_only_their_own_user_gets_the_typing_back(
    signin_clinic: Clinic,
) -> None:
    controller = signin_clinic.controller
    wei_window = signin_clinic.sign_in("wei")
    _search_and_open(signin_clinic.qtbot, wei_window, "Łukasz")
    wei_window.edit_patient_action.trigger()
    details = wei_window.open_dialog(f"patient:{signin_clinic.patient_id}")
    assert details is not None and details.isVisible()
    assert details.windowTitle() == "Edit patient — chart 000042"
    details.form_widget.line_edits["email"].setText("typed-by-wei@example.org")
    wei_window.intake_action.trigger()
    intake = wei_window.open_dialog(f"intake:{signin_clinic.patient_id}")
    assert intake is not None and intake.isVisible()
    intake.editor.complaint.complaint_box.setPlainText("typed by wei, not saved")
    assert secrets_on_screen()

    signin_clinic.idle_for(5 * 60)
    assert wei_window.locked
    assert not details.isVisible() and not intake.isVisible()
    assert secrets_on_screen() == []
    assert not any("typed" in text for text in visible_texts())

    signin_clinic.at_lock_screen(wei_window, "rosa")  # someone else signs in: their own window
    rosa_window = controller.current_window
    assert rosa_window is not None and rosa_window is not wei_window
    assert not details.isVisible() and not intake.isVisible()  # rosa sees only the list
    assert not any("typed" in text or "Edit patient" in text for text in visible_texts())
    assert rosa_window.open_dialog(f"patient:{signin_clinic.patient_id}") is None

    controller.lock()
    signin_clinic.at_lock_screen(rosa_window, "wei")  # wei is back: the forms as they were left
    assert controller.current_window is wei_window and not wei_window.locked
    assert details.isVisible() and intake.isVisible()
    assert details.form_widget.line_edits["email"].text() == "typed-by-wei@example.org"
    assert intake.editor.complaint.complaint_box.toPlainText() == "typed by wei, not saved"

    controller.lock()
    assert not details.isVisible() and not intake.isVisible()
    signin_clinic.at_lock_screen(wei_window, "wei")  # unlocking at the same screen: back too
    assert details.isVisible() and intake.isVisible()
    assert wei_window.open_dialog(f"intake:{signin_clinic.patient_id}") is intake


def test_a_lock_while_a_form_asks_about_unsaved_changes_dismisses_the_question(
    signin_clinic: Clinic,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window = signin_clinic.sign_in("wei")
    window.new_patient_action.trigger()
    dialog = window.open_dialog("patient:new")
    assert dialog is not None
    dialog.form_widget.line_edits["given_name"].setText("Half-typed")
    asked: list[str] = []

    def lock_while_asking() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        asked.extend(box.text() for box in boxes if box.isVisible())
        signin_clinic.idle_for(5 * 60)

    QTimer.singleShot(0, lock_while_asking)
    dialog.reject()  # Esc: "You have made changes…" waits in its own loop until the lock
    assert asked == ["You have made changes that are not saved yet."]
    assert window.locked and not dialog.isVisible()
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    signin_clinic.at_lock_screen(window, "wei")
    assert dialog.isVisible()
    assert dialog.form_widget.line_edits["given_name"].text() == "Half-typed"


def test_quitting_asks_before_discarding_typing_left_behind_another_users_lock(
    signin_clinic: Clinic,
) -> None:
    controller = signin_clinic.controller
    wei_window = signin_clinic.sign_in("wei")
    _search_and_open(signin_clinic.qtbot, wei_window, "Łukasz")
    wei_window.intake_action.trigger()
    intake = wei_window.open_dialog(f"intake:{signin_clinic.patient_id}")
    assert intake is not None
    intake.editor.complaint.complaint_box.setPlainText("typed by wei, not saved")
    controller.lock()
    signin_clinic.at_lock_screen(wei_window, "rosa")
    rosa_window = controller.current_window
    assert rosa_window is not None and rosa_window is not wei_window
    assert wei_window.unsaved_forms() == 1 and rosa_window.unsaved_forms() == 0

    rosa_window.quit_action.trigger()  # "Cancel": nothing closes, wei's typing is kept
    (kind, title, text) = signin_clinic.prompts.shown[-1]
    assert (kind, title) == ("confirm", "Unsaved work behind a lock")
    assert text.startswith("wei left work that is not saved")
    assert not any(secret in text for secret in SECRETS)  # a user's name, never a patient's
    assert signin_clinic.exits == [] and rosa_window.isVisible()
    assert controller.windows.keys() == {wei_window.actor.user_id, rosa_window.actor.user_id}
    assert intake.editor.complaint.complaint_box.toPlainText() == "typed by wei, not saved"

    rosa_window.close()  # the window's close button asks the same
    assert (
        len(signin_clinic.prompts.shown) == 2
        and signin_clinic.exits == []
        and rosa_window.isVisible()
    )

    signin_clinic.prompts.answer = True  # "Quit and discard it"
    rosa_window.quit_action.trigger()
    assert signin_clinic.exits == [0] and controller.windows == {}


def test_closing_the_lock_screen_or_the_sign_in_dialog_asks_about_typing_behind_a_lock(
    signin_clinic: Clinic,
) -> None:
    controller = signin_clinic.controller
    wei_window = signin_clinic.sign_in("wei")
    wei_window.new_patient_action.trigger()
    form = wei_window.open_dialog("patient:new")
    assert form is not None
    form.form_widget.line_edits["given_name"].setText("Half-typed")
    controller.lock()

    wei_window.close()  # at wei's own lock screen: wei is not there to be asked by a form
    assert signin_clinic.prompts.shown[-1][2].startswith("wei left work")
    assert signin_clinic.exits == [] and wei_window.isVisible() and wei_window.locked

    signin_clinic.at_lock_screen(wei_window, "rosa")
    rosa_window = controller.current_window
    assert rosa_window is not None
    rosa_window.sign_out_action.trigger()  # rosa's session ends: the sign-in dialog
    signin_clinic.qtbot.keyClick(
        signin_clinic.sign_in_dialog().form.username_box, Qt.Key.Key_Escape
    )
    assert len(signin_clinic.prompts.shown) == 2 and signin_clinic.exits == []
    assert signin_clinic.sign_in_dialog().isVisible()  # shown again, for wei to come back

    assert signin_clinic.sign_in("wei") is wei_window
    assert form.isVisible() and form.form_widget.line_edits["given_name"].text() == "Half-typed"
