"""The window on a workstation's PostgreSQL URL (host, port and database, no user): the
sign-in dialog comes first, each person connects as themselves, and what goes wrong at
the server (unreachable, a wrong password, a schema older than the app) is one line at
the dialog. Through the real dialog, lock screen and main window."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from planner.app import MainWindowFactory
from planner.domain.vocab import Role
from planner.services.accounts import AccountService, Profile
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService
from planner.storage.database import Database, open_database
from planner.ui.settings import UiSettings
from planner.ui.signin.controller import SignInController
from planner.ui.signin.dialogs import SignInDialog
from tests.helpers.factories import chose_own_password
from tests.ui.conftest import FakeClock, RecordingPrompts, add_clinic, add_patients

PG_ONLY = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
PASSWORD = "correct-horse-1"


@dataclass
class Workstation:
    qtbot: QtBot
    db: Database
    controller: SignInController
    exits: list[int] = field(default_factory=list)
    at_sign_out: list[str | None] = field(default_factory=list)  # who was connected then

    def dialog(self) -> SignInDialog:
        dialog = self.controller.dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        return dialog

    def type_and_enter(self, username: str, password: str) -> str:
        """Type into the sign-in dialog and press Enter; the line it shows then."""
        form = self.dialog().form
        form.username_box.clear()
        self.qtbot.keyClicks(form.username_box, username)
        self.qtbot.keyClicks(form.password_box, password)
        self.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
        return form.message_label.text()


@contextmanager
def workstation(
    qtbot: QtBot, qapp: QApplication, url: str, tmp_path: Path
) -> Iterator[Workstation]:
    """The window as ``acuplanner --database URL`` starts it, up to the first dialog."""
    db, _ = open_database(url)
    audit = AuditTrail()
    accounts = AccountService(db, audit)
    windows = MainWindowFactory(
        db, UiSettings(tmp_path / "settings.ini"), RecordingPrompts(), accounts, audit
    )
    exits: list[int] = []
    at_sign_out: list[str | None] = []
    controller = SignInController(
        accounts,
        windows,
        ClinicService(db, audit),
        exit_app=exits.append,
        clock=FakeClock(),
        check_interval_ms=3_600_000,
        prompts=RecordingPrompts(answer=False),
        after_sign_out=lambda: at_sign_out.append(db.login.user if db.login else None),
    )
    controller.start()
    try:
        yield Workstation(qtbot, db, controller, exits, at_sign_out)
    finally:
        controller.shut_down()
        db.dispose()


def test_an_unreachable_server_is_one_line_at_the_dialog(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    url = f"postgresql+psycopg://127.0.0.1:{port}/clinic"
    with workstation(qtbot, qapp, url, tmp_path) as ws:
        assert ws.dialog().windowTitle() == "AcuPlanner — sign in"  # not the first-run dialog
        line = ws.type_and_enter("ada", PASSWORD)
        assert line.startswith("Cannot reach the database server at 127.0.0.1")
        assert "\n" not in line and ws.controller.current_window is None


@pytest.fixture
def clinic_url(db: Database) -> str:
    """A clinic on PostgreSQL (set up with the owner's login) as workstations name it."""
    add_clinic(db, is_demo=False)
    add_patients(db)
    accounts = AccountService(db, AuditTrail())
    accounts.add_first_user("boss", PASSWORD, [Role.ADMIN], Profile())
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.add_user(boss, "rosa", PASSWORD, [Role.RECEPTION], Profile(full_name="Rosa"))
    chose_own_password(db, "rosa")
    return f"postgresql+psycopg://{db.url.host}:{db.url.port}/{db.url.database}"


@PG_ONLY
def test_reception_signs_in_to_the_server_through_the_dialog(
    qtbot: QtBot, qapp: QApplication, clinic_url: str, tmp_path: Path
) -> None:
    with workstation(qtbot, qapp, clinic_url, tmp_path) as ws:
        assert ws.db.login is not None and ws.db.login.user is None  # nothing connected yet
        assert ws.type_and_enter("rosa", "not-her-password") == (
            "The user name or password is not right."
        )
        assert ws.type_and_enter("nobody", PASSWORD) == "The user name or password is not right."
        ws.type_and_enter("rosa", PASSWORD)
        window = ws.controller.current_window
        assert window is not None and window.actor.username == "rosa"
        assert window.isVisible() and window.patient_list.table.model().rowCount() == 5
        with ws.db.read() as session:
            assert session.scalar(text("SELECT session_user")) == f"rosa@{ws.db.name}"

        ws.controller.lock()  # the password is forgotten while locked
        assert window.locked and ws.db.login.user is None
        form = window.lock_screen.form
        qtbot.keyClicks(form.password_box, PASSWORD)
        qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
        assert not window.locked and ws.db.login.user == f"rosa@{ws.db.name}"

        assert window.actor.user_id is not None
        ws.controller.sign_out(window.actor.user_id)
        assert ws.db.login.user is None  # and the dialog still names the clinic
        assert ws.at_sign_out == [f"rosa@{ws.db.name}"]  # the anchor could still be read
        assert "Riverside Acupuncture" in [
            label.text() for label in ws.dialog().findChildren(QLabel)
        ]


@PG_ONLY
def test_a_schema_older_than_the_app_is_one_line_at_the_dialog(
    qtbot: QtBot, qapp: QApplication, db: Database, clinic_url: str, tmp_path: Path
) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE alembic_version SET version_num = '0010_intake_answer_notes'")
        )
    with workstation(qtbot, qapp, clinic_url, tmp_path) as ws:
        line = ws.type_and_enter("rosa", PASSWORD)
        assert "older than this AcuPlanner" in line and "acuplanner migrate" in line
        assert ws.controller.current_window is None


@PG_ONLY
def test_a_practitioner_works_as_their_own_login(
    qtbot: QtBot, qapp: QApplication, db: Database, clinic_url: str, tmp_path: Path
) -> None:
    accounts = AccountService(db, AuditTrail())
    boss = accounts.sign_in("boss", PASSWORD)
    accounts.add_user(boss, "ada", PASSWORD, [Role.PRACTITIONER], Profile(full_name="Ada"))
    chose_own_password(db, "ada")
    with workstation(qtbot, qapp, clinic_url, tmp_path) as ws:
        ws.type_and_enter("ada", PASSWORD)
        window = ws.controller.current_window
        assert window is not None and window.actor.username == "ada"
        window.patient_list.search_box.insert("Amelia")
        qtbot.waitUntil(lambda: window.patient_list.table.model().rowCount() == 1, timeout=3000)
        qtbot.keyClick(window.patient_list.search_box, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: window.overview.name_label.text().startswith("Amelia"), timeout=3000
        )
