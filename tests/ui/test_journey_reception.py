"""Reception's part of the day on the demo clinic, through the main window with keys and
clicks only: sign in, find a patient, print nothing clinical, save a receipt and the
take-home sheet of a signed session as PDFs.

Reception never gets the clinical windows: the menu items are not there, their shortcuts
open nothing, and the services refuse (and audit the refusal) when asked directly.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.domain.errors import PlannerError
from planner.services.audit import AuditAction
from planner.services.courses import CourseService
from planner.services.guard import AccessDenied
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.models import Course
from planner.ui.main_window import MainWindow
from tests.ui.journey_kit import (
    TODAY,
    Journey,
    SignedSession,
    activate,
    choose_document,
    demo_db,
    journey,
    menu_texts,
    owned,
    press,
    save_document,
    signed_session_patient,
    visible_text,
)
from tests.unit.export.pdf_reading import contains
from tests.unit.export.pdf_reading import text as pdf_text

__all__ = ["demo_db", "journey"]  # the fixtures, used by name

RECEPTION_MENUS = [
    "Find patient",
    "Change my password…",
    "Lock",
    "Sign out",
    "Preferences…",
    "Quit",
    "New patient…",
    "Edit details…",
    "Documents…",
    "New booking…",
    "Find a free time…",
    "Book the course's times…",
    "Take payment…",
    "Save appointments for the patient's calendar…",
    "End of day…",
    "Privacy mode — first names only",
    "Show archived patients",
    "User guide",
    "Licences and notices…",
    "About AcuPlanner",
]
CLINICAL_KEYS = (  # Intake, Start course, Plan, Today's session, Review, Treatment room
    (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),
)


def test_reception_finds_a_patient_and_saves_a_receipt_and_a_take_home_sheet(
    qtbot: QtBot, journey: Journey
) -> None:
    window = journey.sign_in("reception")
    assert window.user_label.text() == "Signed in as Robin Achterberg (reception)"
    start = journey.last_audit_id()
    given = _find_and_open(qtbot, journey, window)
    patient_id = given.patient_id
    _no_clinical_windows(qtbot, journey, window)

    press(qtbot, window, window.patient_actions.documents)  # Ctrl+Shift+D
    documents = owned(window, f"documents:{patient_id}")
    rows = [item.text(0) for item in documents.panel.tree.items()]
    session_row = f"Session {given.number} of {given.planned} · {given.date.isoformat()}"
    assert rows[:5] == [
        f"Course from {given.course_start.isoformat()} — Active",
        "Receipt for the whole course",  # no clinical report for reception
        session_row,  # the newest first; sessions not given yet are not offered
        "Take-home sheet",
        "Receipt",
    ]
    assert "Clinical course report" not in rows and not any("not signed" in r for r in rows)
    assert not documents.panel.advice_box.isVisible()

    choose_document(qtbot, documents, "Receipt")  # the newest session's
    title = documents.panel.title_label.text()  # Invoice while a balance is due
    name = title.split()[0]
    assert name in ("Receipt", "Invoice")
    assert title == f"{name} — session {given.number}, {given.date.isoformat()}"  # no number
    receipt_path = save_document(qtbot, journey, documents)
    suggested = journey.chooser.suggested[-1]
    assert suggested.parent == journey.documents_home
    assert suggested.name.startswith(f"{name.lower()}-")
    receipt = pdf_text(receipt_path.read_bytes())
    for words in (
        f"{name} number: R-000001",  # taken when saved
        given.name.split()[-1],
        "Morgan Ellery-Chen",
        f"Service on {given.date.day} {given.date:%b %Y}",
        "Total",
    ):
        assert contains(receipt, words), words

    choose_document(qtbot, documents, "Take-home sheet")
    assert not documents.panel.warning_label.isVisible()  # signed: nothing to warn about
    sheet_path = save_document(qtbot, journey, documents)
    assert journey.chooser.suggested[-1].parent == journey.chooser.folder  # where it saved last
    sheet = pdf_text(sheet_path.read_bytes())
    for words in (
        "Your treatment today",
        f"Session {given.number} of {given.planned}",
        f"Date {given.date.day} {given.date:%b %Y}",
    ):
        assert contains(sheet, words), words
    assert "DRAFT" not in sheet.upper()
    journey.no_crash()
    documents.close()

    # Another Documents window (say, the next morning): Save As opens where she saved last.
    assert journey.settings.save_folder == journey.chooser.folder
    press(qtbot, window, window.patient_actions.documents)
    documents = owned(window, f"documents:{patient_id}")
    choose_document(qtbot, documents, "Receipt for the whole course")
    save_document(qtbot, journey, documents)
    assert journey.chooser.suggested[-1].parent == journey.chooser.folder
    documents.close()

    assert journey.audit_actions(since=start) == [
        (AuditAction.OPEN_RECORD, "patient", patient_id),
        (AuditAction.OPEN_RECORD, "session", patient_id),  # the preview: no number yet
        (AuditAction.EXPORT, "receipt", patient_id),
        (AuditAction.OPEN_RECORD, "session", patient_id),
        (AuditAction.EXPORT, "session", patient_id),
        (AuditAction.OPEN_RECORD, "course", patient_id),  # the whole course's receipt
        (AuditAction.EXPORT, "receipt", patient_id),
    ]
    _services_refuse(journey, patient_id)
    assert not journey.errors_shown() and not journey.problems
    journey.no_crash()


def _find_and_open(qtbot: QtBot, journey: Journey, window: MainWindow) -> SignedSession:
    """Type the patient's chart number, Down into the list, Enter."""
    given = signed_session_patient(journey.db)
    patients = window.patient_list
    assert window.current_home_page() is window.findChild(QWidget, "appointment_book")
    bar = window.home_tabs.tabBar()  # reception starts in the book: to Patients
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert window.current_home_page() is window.splitter
    qtbot.mouseClick(patients.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(patients.search_box, given.chart)
    qtbot.waitUntil(lambda: patients.table.model().rowCount() == 1, timeout=3000)
    qtbot.keyClick(patients.search_box, Qt.Key.Key_Down)
    assert patients.table.hasFocus()
    qtbot.keyClick(patients.table, Qt.Key.Key_Return)
    overview = window.overview
    assert overview.patient_id == given.patient_id
    assert overview.name_label.text() == given.name
    shown = visible_text(overview)
    when = given.date.isoformat()
    assert f"Last session | {when} · session {given.number} of {given.planned} · signed" in shown
    for clinical in ("Pain", "→", "Safety and intakes", "Intakes", "Progress"):
        assert clinical not in shown, clinical
    journey.no_crash()
    return given


def _no_clinical_windows(qtbot: QtBot, journey: Journey, window: MainWindow) -> None:
    """No clinical menu item, button or shortcut: the keys open nothing."""
    assert menu_texts(window) == RECEPTION_MENUS
    assert window.treatment_menu is None and window.admin_menu is None
    actions = window.patient_actions
    assert actions is not None
    for name in ("intake", "reassessment", "start_course", "plan", "today_session", "review"):
        assert getattr(actions, name) is None, name
    assert window.treatment_actions is None
    buttons = visible_text(window.overview)
    assert buttons.endswith("Edit details | Documents")
    for word in ("Intake", "Today's session", "Plan…", "Review…", "Start a course"):
        assert word not in buttons, word
    activate(qtbot, window)
    for key, modifiers in CLINICAL_KEYS:
        qtbot.keyClick(window.patient_list.table, key, modifiers)
    assert window.open_dialog_keys() == []
    journey.no_crash()


def _services_refuse(journey: Journey, patient_id: int) -> None:
    """Asked directly, the clinical services refuse reception, and audit each refusal."""
    reception = journey.accounts.sign_in("reception", "demo-password-1")
    before = journey.last_audit_id()
    today = lambda: TODAY  # noqa: E731
    db, audit = journey.db, journey.audit
    course_id = _course_of(journey, patient_id)
    refused = (
        lambda: IntakeService(db, reception, audit, today).latest(patient_id),
        lambda: CourseService(db, reception, audit, today).new_course(patient_id),
        lambda: PlanService(db, reception, audit, today).plan(course_id),
        lambda: SessionService(db, reception, audit, today).open_today(course_id),
    )
    for ask in refused:
        with pytest.raises(AccessDenied) as denied:
            ask()
        assert isinstance(denied.value, PlannerError) and denied.value.user_text()
    trail = journey.audit_actions(since=before)
    assert [action for action, _kind, _patient in trail] == [AuditAction.REFUSED] * len(refused)


def _course_of(journey: Journey, patient_id: int) -> int:
    with journey.db.read() as session:
        return session.scalars(
            select(Course.id).where(Course.patient_id == patient_id, Course.status == "active")
        ).one()
