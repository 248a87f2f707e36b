"""Starting a course and deciding at a review: presenters without a window, then the
dialogs, on a real database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.domain.outcomes import change
from planner.domain.vocab import CourseStatus, DischargeReason, ReviewDecision
from planner.services.course_views import PainProgress
from planner.storage.database import Database
from planner.ui.course.records import Outcome
from planner.ui.course.review_presenter import ReviewForm, ReviewPresenter, pain_text
from planner.ui.course.start_presenter import StartCoursePresenter
from tests.ui.course_fakes import TODAY, make_clinic


def test_start_presenter_defaults_dates_and_the_reason_for_more(ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    p = StartCoursePresenter(clinic.courses(), clinic.patient, today=lambda: TODAY)
    form, result = p.open()
    assert result.done
    assert (form.planned_sessions, form.sessions_per_week, form.mid_review_at) == (6, 1.0, 3)
    assert form.goals == "Garden again without pain" and form.goal_target_pain == 2
    assert form.dates[0] == TODAY.isoformat() and len(form.dates) == 6
    assert p.labels(6)[2] == "Session 3 of 6"
    twice = p.with_dates(replace(form, sessions_per_week=2.0))
    assert twice.dates[:3] == ("2026-11-02", "2026-11-06", "2026-11-09")
    eight = p.with_dates(replace(form, planned_sessions=8))
    assert p.needs_reason(8) and not p.needs_reason(6)
    assert p.start(eight).problems == {
        "sessions_reason": "Reason for more sessions: more than 6 needs a reason."
    }
    bad = replace(form, start_date="soon", dates=("2026-11-02", "not a date"))
    assert set(p.start(bad).problems) == {"start_date", "proposed_dates"}
    moved = list(form.dates)
    moved[1] = "2026-11-12"
    assert p.start(replace(form, dates=tuple(moved))).done
    assert p.course is not None and p.course.sessions[1].session_date == dt.date(2026, 11, 12)


def test_start_dialog_shows_dates_and_asks_a_reason_past_six(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    dialog = clinic.screens().start_dialog(None, clinic.patient, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert len(dialog.dates_list.lines) == 6 and dialog.dates_list.lines[0].text() == "2026-11-02"
    assert not dialog.reason_edit.isVisibleTo(dialog) and dialog.reason_label.isHidden()
    dialog.planned_box.setValue(8)
    assert len(dialog.dates_list.lines) == 8 and dialog.reason_edit.isVisibleTo(dialog)
    dialog.start_button.click()
    assert dialog.problems.text("sessions_reason").startswith("Reason for more sessions")
    dialog.reason_edit.setPlainText("Slow progress expected: long history")
    dialog.dates_list.lines[7].setText("2027-01-15")
    with qtbot.waitSignal(dialog.course_started) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    patient_id, course_id = signal.args
    course = clinic.courses().get(course_id)
    assert patient_id == clinic.patient and course.planned_sessions == 8
    assert course.sessions[-1].session_date == dt.date(2027, 1, 15)
    assert course.sessions_reason == "Slow progress expected: long history"


def test_pain_text_says_whether_the_change_is_meaningful() -> None:
    assert pain_text(PainProgress(None, None, None)).startswith("No pain score")
    assert "no session has a pain score" in pain_text(PainProgress(7, None, None))
    better = pain_text(PainProgress(7, 4, change(7, 4)))
    assert better == (
        "Pain (NRS now) 7 → 4: 3 points less (43 %) — a meaningful improvement "
        "(at least 2 points or 30 %)."
    )
    assert "6: 1 point more (20 %) — not yet" in pain_text(PainProgress(5, 6, change(5, 6)))
    assert "8: 3 points more" in pain_text(PainProgress(5, 8, change(5, 8)))
    assert "6: 1 point less (14 %)" in pain_text(PainProgress(7, 6, change(7, 6)))
    assert "no change — not yet" in pain_text(PainProgress(5, 5, change(5, 5)))


def test_review_presenter_extends_discharges_and_names_problems(ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course()
    clinic.give_session(course, pain=(5, 3))
    p = ReviewPresenter(clinic.courses(), course)
    assert p.open().done
    assert p.heading() == "Review after session 1 of 6"
    assert p.pain().startswith("Pain (NRS now) 7 → 5")
    assert p.save(ReviewForm()).problems == {
        "decision": "Decision: continue, adjust the plan, extend, discharge or refer."
    }
    refer = p.save(ReviewForm(ReviewDecision.REFER))
    assert set(refer.problems) == {"refer_to", "reason"}
    assert p.save(ReviewForm(ReviewDecision.EXTEND, extend_by=2, note="Going well")).done
    assert p.course is not None and p.course.planned_sessions == 8
    stale = ReviewPresenter(clinic.courses(clinic.ben), course)
    assert stale.open().done
    assert p.save(ReviewForm(ReviewDecision.CONTINUE)).done
    conflict = stale.save(ReviewForm(ReviewDecision.CONTINUE))
    assert conflict.outcome is Outcome.CONFLICT and "Ada Lovelace" in conflict.message
    done = ReviewForm(ReviewDecision.DISCHARGE, discharge_reason=DischargeReason.GOALS_MET)
    assert p.save(done).done and p.course.status == CourseStatus.DISCHARGED
    assert ReviewPresenter(clinic.courses(), course).open().outcome is Outcome.FAILED


def test_review_dialog_refer_needs_whom_and_why(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    course = clinic.start_course(mid_review_at=1)
    clinic.give_session(course)
    dialog = clinic.screens().review_dialog(None, course, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "mid-course review" in dialog.heading_label.text()
    assert "Pain (NRS now) 7 → 6: 1 point less (14 %)" in dialog.pain_label.text()
    assert "(s)" not in dialog.pain_label.text()
    assert not dialog.refer_edit.isEnabled()
    dialog.decision_buttons[ReviewDecision.REFER].click()
    assert dialog.refer_edit.isEnabled() and not dialog.extend_box.isEnabled()
    dialog.decision_buttons[ReviewDecision.EXTEND].click()
    assert dialog.extend_box.text() == "2 more sessions"
    dialog.extend_box.selectAll()
    qtbot.keyClicks(dialog.extend_box, "1")
    assert dialog.extend_box.text() == "1 more session"
    dialog.decision_buttons[ReviewDecision.REFER].click()
    dialog.save_button.click()
    assert dialog.problems.text("refer_to").startswith("Refer to")
    assert dialog.problems.text("reason").startswith("Reason")
    dialog.refer_edit.setText("GP, for imaging")
    dialog.reason_edit.setPlainText("New night pain")
    with qtbot.waitSignal(dialog.review_recorded):
        dialog.save_button.click()
    view = clinic.courses().get(course)
    assert view.status == CourseStatus.REFERRED
    assert view.reviews[-1].refer_to == "GP, for imaging"


# --- issue 15 item 5: a course for a patient the intake says not to treat -----------------


def _refer_clinic(ui_db: Database):
    """The clinic of make_clinic, the latest intake now saying "Refer before treating"."""
    from planner.domain.vocab import RedFlag
    from planner.services.intake import IntakeService

    clinic = make_clinic(ui_db)
    intakes = IntakeService(ui_db, clinic.ada, clinic.audit, lambda: TODAY)
    latest = intakes.latest(clinic.patient)
    assert latest is not None
    intakes.save(
        clinic.patient,
        replace(latest.draft, red_flags={RedFlag.CANCER_HISTORY: True}),
        intake_id=latest.id,
        expected_version=latest.version,
    )
    return clinic, intakes


def _open_start(qtbot: QtBot, clinic):
    dialog = clinic.screens().start_dialog(None, clinic.patient, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_start_dialog_shows_refer_and_needs_an_explicit_override_with_a_reason(
    qtbot: QtBot, ui_db: Database
) -> None:
    from sqlalchemy import select

    from planner.storage.models import AuditEvent, Course, SafetyOverride

    clinic, _ = _refer_clinic(ui_db)
    dialog = _open_start(qtbot, clinic)
    box = dialog.refer_box
    assert box.isVisibleTo(dialog) and "Refer before treating" in box.title_label.text()
    assert "cancer" in box.findings_label.text()
    assert not box.reason_edit.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # no word of override
    assert dialog.problems.text("override").startswith("Refer before treating")
    qtbot.mouseClick(box.override_box, Qt.MouseButton.LeftButton)
    assert box.reason_edit.isEnabled()
    box.reason_edit.setFocus()
    qtbot.keyClicks(box.reason_edit, "GP")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.problems.text("override").startswith("Override reason: say why")
    with ui_db.read() as session:
        assert session.scalars(select(Course)).all() == []  # nothing booked yet
    qtbot.keyClicks(box.reason_edit, " cleared her on 2026-10-30, letter on file")
    with qtbot.waitSignal(dialog.course_started):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    with ui_db.read() as session:
        row = session.scalars(select(SafetyOverride)).one()
        assert (row.rule, row.severity, row.session_id) == (
            "red_flag.cancer_history",
            "refer",
            None,
        )
        assert row.reason == "GP cleared her on 2026-10-30, letter on file"
        assert row.acknowledged_by_id == clinic.ada.user_id and row.created_at is not None
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "safety_override" in actions


def test_after_an_override_the_overview_and_intake_show_the_finding_and_the_override(
    qtbot: QtBot, ui_db: Database
) -> None:
    from planner.domain.vocab import RedFlag
    from planner.services.patients import PatientDirectory
    from planner.ui.intake.presenter import IntakePresenter
    from planner.ui.intake.window import IntakeWindow
    from planner.ui.patients.clinical import read_clinical
    from planner.ui.patients.overview import PatientOverviewWidget
    from tests.ui.form_fakes import FakeQuestions

    clinic, intakes = _refer_clinic(ui_db)
    reason = "Oncologist confirmed remission; treating gently"
    clinic.courses().start(
        clinic.patient,
        clinic.courses().new_course(clinic.patient),
        {("red_flag.cancer_history", "patient"): reason},
    )
    widget = PatientOverviewWidget(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    overview = PatientDirectory(ui_db, clinic.ada).overview(clinic.patient)
    widget.show_overview(overview, read_clinical(intakes, clinic.patient))
    text = widget.banner.text()
    assert "Refer before treating" in text and "Do not treat" in text  # the finding stays
    assert "Overridden" in text and "Ada Lovelace" in text and reason in text
    assert widget.banner.override_label.isVisibleTo(widget)
    chip = widget.clinical_section.badges.chips[0]
    assert "overridden by Ada Lovelace" in chip.text()

    window = IntakeWindow(
        IntakePresenter(intakes, FakeQuestions(), clinic.patient, today=lambda: TODAY), "Zoë"
    )
    qtbot.addWidget(window)
    assert reason in window.editor.banner.text()
    field = window.editor.red_flags.flags[RedFlag.CANCER_HISTORY]
    field.buttons[1].click()  # answered No now: no finding, so no override to show
    assert window.editor.banner.text() == ""


def test_no_more_sessions_are_booked_under_a_red_flag_without_an_override(
    qtbot: QtBot, ui_db: Database
) -> None:
    from planner.domain.vocab import RedFlag
    from planner.services.intake import IntakeService

    clinic = make_clinic(ui_db)
    course_id = clinic.start_course(plan=None)
    intakes = IntakeService(ui_db, clinic.ada, clinic.audit, lambda: TODAY)
    latest = intakes.latest(clinic.patient)
    assert latest is not None
    intakes.save(  # the intake now says "Refer before treating"
        clinic.patient,
        replace(latest.draft, red_flags={RedFlag.FEVER: True}),
        intake_id=latest.id,
        expected_version=latest.version,
    )
    dialog = clinic.screens().review_dialog(None, course_id, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.decision_buttons[ReviewDecision.EXTEND], Qt.MouseButton.LeftButton, pos=QPoint(8, 8)
    )
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.message.text.startswith("Refer before treating")
    assert clinic.courses().get(course_id).planned_sessions == 6  # nothing booked


def test_a_role_that_may_not_override_sees_the_finding_and_cannot_start(
    qtbot: QtBot, ui_db: Database
) -> None:
    from planner.services.course_views import StartSafety
    from planner.ui.course.start_dialog import StartCourseDialog

    clinic, _ = _refer_clinic(ui_db)

    class NoOverride:  # the course service, for a role without override_safety
        def __init__(self) -> None:
            self._real = clinic.courses()

        def __getattr__(self, name: str) -> object:
            return getattr(self._real, name)

        def start_safety(self, patient_id: int) -> StartSafety:
            return replace(self._real.start_safety(patient_id), may_override=False)

    presenter = StartCoursePresenter(NoOverride(), clinic.patient, today=lambda: TODAY)  # type: ignore[arg-type]
    dialog = StartCourseDialog(presenter, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.refer_box
    assert box.isVisibleTo(dialog) and box.not_allowed_label.isVisibleTo(dialog)
    assert not box.override_box.isVisibleTo(dialog)
    dialog.start_button.click()
    assert "may not override" in dialog.problems.text("override")
    assert clinic.courses().courses(clinic.patient) == []
