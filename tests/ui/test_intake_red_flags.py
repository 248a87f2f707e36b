"""Issue 17: the intake's red-flag section — open questions, clearances, both legs, age —
driven on real widgets, and the open questions as a finding in the session window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.courses_safety import SafetyUnresolved
from planner.domain.intake import IntakeDraft
from planner.domain.red_flags import ASKED
from planner.domain.vocab import BodySide, Condition, PainRegion, RedFlag
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.storage.models import Patient
from planner.ui.intake.presenter import IntakePresenter
from planner.ui.intake.window import IntakeWindow
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.ui.course_fakes import LOCAL_PLAN, make_clinic
from tests.ui.form_fakes import FakeQuestions
from tests.ui.test_session_window import open_session

TODAY = dt.date(2026, 11, 22)


def service(db: Database) -> IntakeService:
    return IntakeService(db, add_user(db, "lin", PRACTITIONER, "Lin"), AuditTrail(), lambda: TODAY)


def open_window(qtbot: QtBot, svc: IntakeService, patient_id: int) -> IntakeWindow:
    presenter = IntakePresenter(svc, FakeQuestions(), patient_id, today=lambda: TODAY)
    window = IntakeWindow(presenter, "Zoë O'Brien-Łukasz")
    window.resize(1280, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer_all_no(qtbot: QtBot, window: IntakeWindow) -> None:
    section = window.editor.red_flags
    qtbot.mouseClick(section.none_button, Qt.MouseButton.LeftButton)


def test_open_questions_are_counted_not_taken_as_no_and_stay_open(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    section = window.editor.red_flags
    assert section.open_label.isVisible()
    assert f"Not answered yet ({len(ASKED)})" in section.open_label.text()
    answer_all_no(qtbot, window)
    assert not section.open_label.isVisible()
    fever, myelopathy = section.flags[RedFlag.FEVER], section.flags[RedFlag.MYELOPATHY]
    for field in (fever, myelopathy):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Delete)  # back to unanswered
    assert section.open_label.text().startswith("Not answered yet (2): fever; clumsy hands")
    assert "not a no" in section.open_label.text()
    window.save_button.click()
    stored = svc.latest(patient)
    assert stored is not None and RedFlag.FEVER not in stored.draft.red_flags
    assert "fever" in svc.safety(patient).unanswered
    again = open_window(qtbot, svc, patient)
    assert again.editor.red_flags.flags[RedFlag.FEVER].value() is None
    assert "(2)" in again.editor.red_flags.open_label.text()


def test_a_clearance_is_typed_saved_and_shown_again(qtbot: QtBot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    section = window.editor.red_flags
    answer_all_no(qtbot, window)
    row = section.clearances[RedFlag.CANCER_HISTORY]
    assert not row.isVisible()
    cancer = section.flags[RedFlag.CANCER_HISTORY]
    cancer.setFocus()
    qtbot.keyClick(cancer, Qt.Key.Key_Y)
    assert row.isVisible() and window.editor.banner.isVisible()
    qtbot.keyClicks(section.advice_box, "Asked for the oncologist's letter")
    qtbot.keyClicks(row.by_edit, "Dr A. Jones, oncologist")
    qtbot.keyClicks(row.on_edit, "2026-13-01")  # not a date
    window.save_button.click()
    problems = window.editor.problems
    assert "real date" in problems.text("clearance_cancer_history")
    row.on_edit.clear()
    qtbot.keyClicks(row.on_edit, "2026-11-01")
    qtbot.keyClicks(row.note_edit, "letter on file")
    assert not window.editor.banner.isVisible()  # cleared: no longer "refer before treating"
    window.save_button.click()
    assert problems.text("clearance_cancer_history") == ""
    summary = svc.safety(patient)
    assert (
        not summary.refer
        and "cleared by Dr A. Jones, oncologist on 2026-11-01" in (summary.cleared[0])
    )
    again = open_window(qtbot, svc, patient)
    shown = again.editor.red_flags.clearances[RedFlag.CANCER_HISTORY]
    assert shown.isVisible() and shown.by_edit.text() == "Dr A. Jones, oncologist"
    assert shown.on_edit.text() == "2026-11-01" and shown.note_edit.text() == "letter on file"
    assert not again.isWindowModified()


def test_sciatica_in_both_legs_cannot_be_answered_no(qtbot: QtBot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    svc.save(
        patient,
        IntakeDraft(
            intake_date=TODAY,
            pain_regions=frozenset({PainRegion.SCIATICA}),
            sciatica_side=BodySide.BOTH,
        ),
    )
    window = open_window(qtbot, svc, patient)
    answer_all_no(qtbot, window)
    window.save_button.click()
    message = window.editor.problems.text("red_flag_bilateral_sciatica")
    assert "both legs" in message and "Change the answer to Yes" in message


def test_a_minor_is_asked_for_a_guardians_consent_and_shown_the_young_age_flag(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    with sqlite_db.write() as session:
        session.get(Patient, patient).date_of_birth = dt.date(2010, 1, 1)  # 16 today
    window = open_window(qtbot, svc, patient)
    section = window.editor.red_flags
    assert section.age == 16
    assert section.guardian_edit.isVisible() and section.young_label.isVisible()
    young = section.clearances[RedFlag.YOUNG_AGE]
    assert young.isVisible() and window.editor.banner.isVisible()
    answer_all_no(qtbot, window)
    qtbot.keyClicks(section.guardian_edit, "Mother, Jane O'Brien, 2026-11-20")
    qtbot.keyClicks(young.by_edit, "Dr P. Shah, paediatrician")
    qtbot.keyClicks(young.on_edit, "2026-11-15")
    window.save_button.click()
    stored = svc.latest(patient)
    assert stored is not None and stored.draft.guardian_consent.startswith("Mother")
    assert RedFlag.YOUNG_AGE in stored.draft.red_flag_clearances
    assert not svc.safety(patient).refer


def test_the_session_window_shows_the_open_questions_as_a_finding(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    answers = {flag: False for flag in ASKED if flag is not RedFlag.THORACIC_PAIN}
    intakes = IntakeService(ui_db, clinic.ada, today=lambda: TODAY)
    intakes.save(clinic.patient, IntakeDraft(intake_date=TODAY, red_flags=answers))
    window = open_session(qtbot, clinic, clinic.start_course(plan=None))
    texts = [row.message_label.text() for row in window.safety.rows]
    assert any("Red-flag questions not answered (1): thoracic pain" in t for t in texts), texts
    # The health check lists the new flags in plain words (not the young-age one).
    boxes = window.health_details.red_flag_boxes
    assert RedFlag.YOUNG_AGE not in boxes
    assert boxes[RedFlag.MYELOPATHY].text() == "Clumsy hands or unsteady walking"


def test_a_weakened_immune_system_raises_the_infection_flag_which_can_be_cleared(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    answer_all_no(qtbot, window)
    immune = window.editor.history.conditions[Condition.IMMUNOCOMPROMISED]
    row = window.editor.red_flags.clearances[RedFlag.IMMUNOSUPPRESSION]
    assert not row.isVisible()
    immune.setFocus()
    qtbot.keyClick(immune, Qt.Key.Key_Y)
    assert row.isVisible() and window.editor.banner.isVisible()
    assert "spinal infection" in window.editor.banner.text()
    qtbot.keyClicks(window.editor.red_flags.advice_box, "Asked the GP about the infection risk")
    qtbot.keyClicks(row.by_edit, "Dr R. Hale, rheumatologist")
    qtbot.keyClicks(row.on_edit, "2026-11-10")
    assert not window.editor.banner.isVisible()
    window.save_button.click()
    assert not svc.safety(patient).refer
    again = open_window(qtbot, svc, patient)
    assert again.editor.red_flags.clearances[RedFlag.IMMUNOSUPPRESSION].isVisible()
    assert not again.isWindowModified()


def test_the_reason_given_at_the_first_plan_covers_the_courses_sessions(
    qtbot: QtBot, ui_db: Database
) -> None:
    """Open questions block the first plan until a reason is written; that reason is kept
    for the course, and its sessions show the finding as overridden instead of asking."""
    clinic = make_clinic(ui_db)
    answers = {flag: False for flag in ASKED if flag is not RedFlag.THORACIC_PAIN}
    intakes = IntakeService(ui_db, clinic.ada, today=lambda: TODAY)
    intakes.save(clinic.patient, IntakeDraft(intake_date=TODAY, red_flags=answers))
    course = clinic.start_course(plan=None)
    plans = clinic.plans()
    version = plans.plan(course).course_version
    with pytest.raises(SafetyUnresolved) as refused:
        plans.save(course, LOCAL_PLAN, version)
    assert "Red-flag questions not answered (1)" in refused.value.message
    key = ("red_flags.unanswered", "patient")
    plans.save(course, LOCAL_PLAN, version, overrides={key: "Patient deaf-blind, asked via carer"})
    window = open_session(qtbot, clinic, course)
    (row,) = [r for r in window.safety.rows if "not answered" in r.message_label.text()]
    assert "Overridden earlier by Ada Lovelace" in row.hint_label.text()
    assert "Patient deaf-blind, asked via carer" in row.hint_label.text()
