"""A robot starts courses and records reviews (continue, adjust, extend, discharge, refer)
as a hurried practitioner would: random sequences of real interactions with the Start a
course and Course review dialogs (spin boxes typed, the frequency and discharge combos
through each item, dates and texts typed or pasted — ordinary and hostile — the decision
radio buttons, and the red-flag override when the intake says "Refer before treating"),
then Ctrl+S.

Each save is checked: nothing reached the crash handler; a refused save kept everything
on screen and named a field; an accepted one is what the dialog showed (the stored course
and review, read back, equal the dialog's values as the domain cleans them) and is in the
audit trail — with the override, when one was given, stored with who and why.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.domain.courses import CourseInvalid, validate_course, validate_review
from planner.domain.intake import IntakeDraft
from planner.domain.vocab import ConsentScope, RedFlag, ReviewDecision
from planner.services.audit import AuditTrail
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.storage.models import AuditEvent, SafetyOverride
from planner.ui.course.review_dialog import ReviewDialog
from planner.ui.course.review_presenter import ReviewPresenter
from planner.ui.course.start_dialog import StartCourseDialog
from planner.ui.course.start_presenter import StartCoursePresenter
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.ui.robot_kit import click, every_item, hostile_text, no_crash, robot_settings, type_into

TODAY = dt.date(2026, 11, 2)
_USERS = itertools.count(1)
DATES = st.one_of(
    st.dates(TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(days=90)).map(dt.date.isoformat),
    st.sampled_from(["", "2026-02-30", "soon", "2020-01-01"]),
)
PLAIN = st.sampled_from(["", "Garden again without pain", "GP letter on file, cleared to treat"])
DECISIONS = st.sampled_from(list(ReviewDecision))
TEXT = st.one_of(PLAIN, PLAIN, hostile_text())


def _clinic(db: Database, red_flag: bool) -> tuple[CourseService, int]:
    actor = add_user(db, f"ada{next(_USERS)}", PRACTITIONER, "Ada Lovelace")
    patient = add_patient(db)
    intakes = IntakeService(db, actor, AuditTrail(), lambda: TODAY)
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=TODAY,
            nrs_now=7,
            goals_in_own_words="Garden again",
            red_flags={RedFlag.FEVER: True} if red_flag else {},
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, TODAY)
    return CourseService(db, actor, AuditTrail(), lambda: TODAY), patient


def _show(qtbot: Any, dialog: Any) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def _problems_shown(dialog: Any) -> list[str]:
    problems = dialog.problems
    shown = [problems.text(name) for name in problems.names() if problems.text(name)]
    return shown + ([dialog.message.text] if dialog.message.text else [])


def _audited(db: Database, object_type: str, object_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.object_type == object_type, AuditEvent.object_id == object_id
                )
            )
        )


def _start_step(qtbot: Any, dialog: StartCourseDialog, data: st.DataObject) -> None:
    kind = data.draw(
        st.sampled_from(["start", "planned", "frequency", "mid", "date", "text", "override"])
    )
    if kind == "start":
        type_into(qtbot, dialog.start_edit, data.draw(DATES))
    elif kind == "planned":
        dialog.planned_box.setValue(data.draw(st.integers(1, 12)))
    elif kind == "frequency":
        for _ in every_item(dialog.frequency_box):
            pass
        dialog.frequency_box.setCurrentIndex(data.draw(st.integers(0, 3)) % 4)
    elif kind == "mid":
        dialog.mid_box.setValue(data.draw(st.integers(1, 12)))
    elif kind == "date" and dialog.dates_list.lines:
        line = data.draw(st.sampled_from(dialog.dates_list.lines))
        type_into(qtbot, line, data.draw(DATES))
    elif kind == "text":
        fields = [dialog.goals_edit, dialog.refer_box.reason_edit]
        if dialog.reason_edit.isVisibleTo(dialog):
            fields.append(dialog.reason_edit)
        type_into(qtbot, data.draw(st.sampled_from(fields)), data.draw(TEXT))
    elif kind == "override" and dialog.refer_box.override_box.isVisibleTo(dialog):
        box = dialog.refer_box
        if not box.override_box.isChecked() or data.draw(st.booleans()):
            click(qtbot, box.override_box)
        if box.reason_edit.isEnabled():
            type_into(qtbot, box.reason_edit, data.draw(TEXT))


def _start_robot(
    qtbot: Any, db: Database, data: st.DataObject, watch: Any
) -> tuple[CourseService, int | None]:
    """Start a course through the dialog; the service and the course id (None when the
    start was refused)."""
    red_flag = data.draw(st.booleans())
    courses, patient = _clinic(db, red_flag)
    presenter = StartCoursePresenter(courses, patient, today=lambda: TODAY)
    dialog = StartCourseDialog(presenter, "Robot Patient")
    _show(qtbot, dialog)
    assert dialog.refer_box.isVisibleTo(dialog) is red_flag
    started: list[int] = []
    dialog.course_started.connect(lambda _patient, course: started.append(course))
    for _step in range(data.draw(st.integers(0, 10))):
        _start_step(qtbot, dialog, data)
        watch.check()
    if red_flag and data.draw(st.booleans()):  # the override as a careful person gives it
        if not dialog.refer_box.override_box.isChecked():
            click(qtbot, dialog.refer_box.override_box)
        type_into(qtbot, dialog.refer_box.reason_edit, "GP letter on file, cleared to treat")
        watch.check()
    shown = dialog.form()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    watch.check()
    event(f"start {'done' if started else 'refused'}{' (red flag)' if red_flag else ''}")
    if not started:
        assert dialog.isVisible() and dialog.form() == shown
        assert _problems_shown(dialog), "a refused start must say why"
        dialog.reject()
        dialog.deleteLater()
        return courses, None
    assert not dialog.isVisible()
    dialog.deleteLater()
    course = courses.get(started[0])
    assert tuple(s.session_date.isoformat() for s in course.sessions) == shown.dates
    draft = presenter.course  # what the service returned equals what it stores
    assert draft is not None and draft.id == course.id
    clean = validate_course(
        replace(
            courses.new_course(patient),
            start_date=dt.date.fromisoformat(shown.start_date),
            planned_sessions=shown.planned_sessions,
            sessions_per_week=shown.sessions_per_week,
            sessions_reason=shown.sessions_reason if shown.planned_sessions > 6 else "",
            proposed_dates=tuple(dt.date.fromisoformat(d) for d in shown.dates),
            mid_review_at=shown.mid_review_at,
            goals=shown.goals,
            goal_target_pain=shown.goal_target_pain,
        ),
        TODAY,
    )
    assert (course.planned_sessions, course.sessions_per_week, course.mid_review_at) == (
        clean.planned_sessions,
        clean.sessions_per_week,
        clean.mid_review_at,
    )
    assert (course.goals, course.goal_target_pain, course.sessions_reason) == (
        clean.goals,
        clean.goal_target_pain,
        clean.sessions_reason,
    )
    assert "create" in _audited(db, "course", course.id)
    with db.read() as session:
        overrides = session.scalars(
            select(SafetyOverride).where(SafetyOverride.course_id == course.id)
        ).all()
    if red_flag:  # started only with the override, stored with who and why
        assert shown.override and [o.reason for o in overrides] == [shown.override_reason.strip()]
        assert "safety_override" in _audited(db, "course", course.id)
    else:
        assert overrides == []
    return courses, course.id


def _review_step(qtbot: Any, dialog: ReviewDialog, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["decision", "decision", "extend", "discharge", "text"]))
    if kind == "decision":
        button = dialog.decision_buttons[data.draw(DECISIONS)]
        click(qtbot, button)
    elif kind == "extend" and dialog.extend_box.isEnabled():
        dialog.extend_box.setValue(data.draw(st.integers(1, 12)))
    elif kind == "discharge" and dialog.discharge_box.isEnabled():
        for _ in every_item(dialog.discharge_box):
            pass
        box = dialog.discharge_box
        box.setCurrentIndex(data.draw(st.integers(0, box.count() - 1)))
    elif kind == "text":
        fields = [dialog.reason_edit, dialog.note_edit]
        if dialog.refer_edit.isEnabled():
            fields.append(dialog.refer_edit)
        type_into(qtbot, data.draw(st.sampled_from(fields)), data.draw(TEXT))


def _complete_review(qtbot: Any, dialog: ReviewDialog) -> None:
    """Whatever the chosen decision still needs, filled in properly."""
    decision = dialog.form().decision
    if decision == ReviewDecision.EXTEND:
        dialog.extend_box.setValue(2)
    elif decision == ReviewDecision.DISCHARGE:
        dialog.discharge_box.setCurrentIndex(1)
    elif decision == ReviewDecision.REFER:
        type_into(qtbot, dialog.refer_edit, "the patient's GP")
        type_into(qtbot, dialog.reason_edit, "Night pain, weight loss")
    for box in (dialog.reason_edit, dialog.note_edit):
        if any(not ch.isprintable() and ch not in "\n" for ch in box.text()):
            type_into(qtbot, box, "ok")


@robot_settings(ci=6, soak=150)
@given(data=st.data())
def test_robot_starts_courses_and_records_reviews(
    qtbot: Any, ui_db: Database, data: st.DataObject
) -> None:
    with no_crash() as watch:
        courses, course_id = _start_robot(qtbot, ui_db, data, watch)
        if course_id is None:
            return
        before = courses.get(course_id)
        presenter = ReviewPresenter(courses, course_id)
        dialog = ReviewDialog(presenter, "Robot Patient")
        _show(qtbot, dialog)
        recorded: list[int] = []
        dialog.review_recorded.connect(lambda _patient, course: recorded.append(course))
        first = dialog.decision_buttons[data.draw(DECISIONS)]  # a person picks one first
        click(qtbot, first)
        for _step in range(data.draw(st.integers(0, 8))):
            _review_step(qtbot, dialog, data)
            watch.check()
        if data.draw(st.booleans()):  # finished as a careful person does
            _complete_review(qtbot, dialog)
        shown = dialog.form()
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        watch.check()
        event(f"review {shown.decision} {'recorded' if recorded else 'refused'}")
        if not recorded:
            assert dialog.isVisible() and dialog.form() == shown
            assert _problems_shown(dialog), "a refused review must say why"
            try:
                validate_review(shown.draft(), before.planned_sessions)
            except CourseInvalid:
                return
            raise AssertionError("a review the domain accepts was refused")
        dialog.deleteLater()
        after = courses.get(course_id)
        clean = validate_review(shown.draft(), before.planned_sessions)
        stored = after.reviews[-1]
        assert (stored.decision, stored.extend_by, stored.discharge_reason) == (
            clean.decision,
            clean.extend_by,
            clean.discharge_reason,
        )
        assert (stored.refer_to, stored.reason, stored.note) == (
            clean.refer_to,
            clean.reason,
            clean.note,
        )
        if clean.decision == ReviewDecision.EXTEND:
            assert after.planned_sessions == before.planned_sessions + (clean.extend_by or 0)
            assert len(after.sessions) == after.planned_sessions
        assert "update" in _audited(ui_db, "course", course_id)
