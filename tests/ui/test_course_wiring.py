"""The course screens wired into the main window on a real database: the Patient menu and
the overview's course boxes for a practitioner, nothing of them for reception."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from planner.app import build_main_window
from planner.domain.intake import IntakeDraft
from planner.domain.vocab import ConsentScope, Role, SessionStatus
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.ui.course.records import Outcome
from planner.ui.course.screens import CourseScreens
from planner.ui.course.start_dialog import StartCourseDialog
from planner.ui.main_window import MainWindow
from planner.ui.patients.screens import PatientScreens
from planner.ui.plan.editor import PlanEditorWindow
from planner.ui.session.presenter import SessionPresenter
from planner.ui.session.window import SessionWindow
from planner.ui.settings import UiSettings
from tests.helpers.factories import add_patient
from tests.screened import SCREENED
from tests.ui.conftest import RecordingPrompts, add_clinic, add_user
from tests.ui.course_fakes import TODAY, FakeCourseQuestions, make_clinic
from tests.ui.form_fakes import FakeQuestions


@pytest.fixture
def patient(ui_db: Database, accounts: AccountService) -> int:
    add_clinic(ui_db, is_demo=False)
    patient_id = add_patient(ui_db, "Kai", "Nguyen")
    author = add_user(accounts, "lin", Role.PRACTITIONER, full_name="Lin Wu")
    intakes = IntakeService(ui_db, author, AuditTrail(), lambda: TODAY)
    intakes.save(
        patient_id,
        IntakeDraft(intake_date=TODAY, complaint="Back ache", nrs_now=6, red_flags=SCREENED),
    )
    intakes.record_consent(patient_id, ConsentScope.NEEDLING, True, TODAY)
    return patient_id


@pytest.fixture
def make_window(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, accounts: AccountService, patient: int
) -> Iterator[Callable[[Actor], MainWindow]]:
    made: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = build_main_window(
            ui_db,
            UiSettings(tmp_path / "settings.ini"),
            RecordingPrompts(),
            actor,
            accounts=accounts,
            questions=FakeQuestions,
            course_questions=FakeCourseQuestions,
            today=lambda: TODAY,
        )
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.blockSignals(True)
        window.close()


def _course_buttons(window: MainWindow) -> list[QPushButton]:
    return [
        b
        for b in window.overview.findChildren(QPushButton)
        if b.property("course_action") and b.isVisible()
    ]


def test_a_practitioner_starts_a_course_plans_it_and_opens_todays_session(
    qtbot: QtBot, make_window: Callable[[Actor], MainWindow], accounts: AccountService, patient: int
) -> None:
    window = make_window(add_user(accounts, "ada", Role.PRACTITIONER, full_name="Ada Lovelace"))
    actions = window.patient_actions
    assert actions is not None and actions.today_session is not None
    assert actions.today_session.shortcut().toString() == "Ctrl+T"
    menu_texts = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert "Today's &session…" in menu_texts and "Start &course…" in menu_texts
    window.open_patient(patient)
    assert actions.start_course is not None and actions.start_course.isEnabled()
    assert not actions.today_session.isEnabled()  # no course yet
    actions.start_course.trigger()
    dialog = window.open_dialog(f"course:new:{patient}")
    assert isinstance(dialog, StartCourseDialog) and dialog.isVisible()
    dialog.start_button.click()
    assert not dialog.isVisible()
    course_id = window.overview.overview.courses[0].id
    editor = window.open_dialog(f"plan:{course_id}")  # the next step, opened at once
    assert isinstance(editor, PlanEditorWindow) and editor.isVisible()
    editor.picker.search_box.setText("BL23")
    qtbot.keyClick(editor.picker.search_box, Qt.Key.Key_Return)
    editor.save_button.click()
    assert not editor.isWindowModified()
    editor.close()
    assert actions.today_session.isEnabled()
    wanted = {"plan", "session", "review"}
    qtbot.waitUntil(
        lambda: {b.property("course_action") for b in _course_buttons(window)} == wanted
    )
    # From the list, the keyboard only: find the patient, Enter, Ctrl+T.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.patient_list.search_box.setFocus()
    qtbot.keyClicks(window.patient_list.search_box, "nguyen")
    window.patient_list.apply_search_now()
    qtbot.keyClick(window.patient_list.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(
        window.patient_list.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
    )
    session = window.open_dialog(f"session:today:{course_id}")
    assert isinstance(session, SessionWindow) and session.isVisible()
    assert session.title_label.text().startswith("Session 1 of 6 — Kai Nguyen")
    assert session.treatment.points_table.rowCount() == 1  # from the plan
    # The overview shows the session being recorded, as a link that opens it.
    summary = window.overview.overview.courses[0].sessions[0]
    assert summary.status == SessionStatus.DRAFT
    session.close()
    window.overview._on_session_link_activated(f"session:{course_id}:{summary.id}")
    opened = window.open_dialog(f"session:{summary.id}")
    assert isinstance(opened, SessionWindow) and opened.title_label.text().startswith(
        "Session 1 of 6"
    )


def test_reception_gets_no_course_screens(
    qtbot: QtBot, make_window: Callable[[Actor], MainWindow], accounts: AccountService, patient: int
) -> None:
    window = make_window(add_user(accounts, "rosa", Role.RECEPTION, full_name="Rosa Diaz"))
    actions = window.patient_actions
    assert actions is not None
    assert actions.start_course is None and actions.today_session is None
    assert actions.plan is None and actions.review is None
    window.open_patient(patient)
    assert _course_buttons(window) == []
    qtbot.keyClick(
        window.patient_list.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
    )
    opened = window._owned.keys()
    assert not any(key.startswith(("session", "plan", "course")) for key in opened)
    menu = window.menuBar().actions()[1].menu()
    assert "Today's &session…" not in [a.text() for a in menu.actions()]


def test_course_screens_are_left_out_for_a_role_without_clinical_work(ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    screens = clinic.screens(clinic.reza)
    assert not CourseScreens.allowed(clinic.reza) and CourseScreens.allowed(clinic.ada)
    kept = PatientScreens(clinic.reza, registry=None, intakes=None, courses=screens)  # type: ignore[arg-type]
    assert kept.courses is None
    # Asked anyway, the services refuse (and audit it).
    presenter = SessionPresenter(
        clinic.sessions(clinic.reza),
        clinic.courses(clinic.reza),
        clinic.plans(clinic.reza),
        clinic.questions,
        clinic.start_course(),
    )
    result = presenter.open()
    assert result.outcome is Outcome.FAILED and presenter.view is None
