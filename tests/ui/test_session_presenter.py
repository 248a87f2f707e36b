"""The session screen's presenter, without a window, on a real database: today's session
prefilled, drafts that outlive the screen, signing, amendments, the extension prompt."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner.domain.errors import DatabaseUnavailable
from planner.domain.sessions import HealthCheck
from planner.domain.vocab import CourseStatus, RedFlag, SessionStatus
from planner.services.audit import AuditFilter
from planner.storage.database import Database
from planner.storage.models import TreatmentSession
from planner.ui.course.records import Outcome
from planner.ui.questions import ExtendAnswer
from planner.ui.session.form import SessionForm, draft_of, form_of, parse_fee
from planner.ui.session.presenter import SessionPresenter
from tests.ui.course_fakes import TODAY, CourseClinic, make_clinic


def presenter(course_clinic: CourseClinic, course_id: int, **kwargs) -> SessionPresenter:
    return SessionPresenter(
        course_clinic.sessions(),
        course_clinic.courses(),
        course_clinic.plans(),
        course_clinic.questions,
        course_id,
        today=lambda: TODAY,
        **kwargs,
    )


def routine(form: SessionForm, needles: int) -> SessionForm:
    return replace(form, pain_before=5, anything_new=False, needles_out=needles, pain_after=3)


@pytest.fixture
def course_clinic(ui_db: Database) -> CourseClinic:
    return make_clinic(ui_db)


def test_todays_session_is_prefilled_from_the_plan_then_from_the_last(
    course_clinic: CourseClinic,
) -> None:
    course = course_clinic.start_course()
    first = presenter(course_clinic, course)
    assert first.open().done
    assert first.view is not None and first.view.label == "Session 1 of 6"
    assert first.editor.plan.point_codes == ("BL23", "GV3", "BL40")
    assert first.form.session_date == TODAY.isoformat() and first.form.anything_new is None
    assert first.needles_in(first.form) == 5
    course_clinic.give_session(course)
    second = presenter(course_clinic, course)
    assert second.open().done and second.view is not None
    assert second.view.label == "Session 2 of 6" and second.view.changes == ()


def test_sign_waits_for_pain_answer_needles_and_safety(course_clinic: CourseClinic) -> None:
    p = presenter(course_clinic, course_clinic.start_course())
    assert p.open().done
    may, why = p.sign_state(p.form)
    assert not may
    assert "the pain before treatment" in why and "“Anything new?”" in why
    assert "needles out (0) to equal needles in (5)" in why
    form = routine(p.form, 4)
    assert "needles out (4) to equal needles in (5)" in p.sign_state(form)[1]
    assert p.sign(form).outcome is Outcome.INVALID
    form = routine(p.form, 5)
    assert p.sign_state(form) == (True, "")
    # Something new today: a red flag reruns the safety engine and stops signing.
    flagged = replace(
        form, anything_new=True, check=HealthCheck(new_red_flags=frozenset({RedFlag.FEVER}))
    )
    assert p.changed(flagged).done
    assert [r.key[0] for r in p.safety.rows()] == ["red_flag.fever"]
    assert "override reason for 1 safety finding" in p.sign_state(flagged)[1]
    assert p.changed(form).done and p.safety.rows() == []
    assert p.sign(form).done
    assert p.signed and p.read_only and p.view is not None
    assert p.view.signed_by == "Ada Lovelace" and p.view.draft.pain_after == 3


def test_a_draft_survives_closing_the_screen(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    p = presenter(course_clinic, course)
    assert p.open().done
    p.editor.set_retention(30)
    form = replace(p.form, pain_before=6, notes="Stiff after driving", fee="45.5")
    assert p.is_dirty(form)
    assert p.save_draft(form).done and not p.is_dirty(p.form)
    # The app is closed and opened again: the course's draft is resumed, not a new session.
    again = presenter(course_clinic, course)
    assert again.open().done and again.view is not None
    assert again.view.id == p.view.id and again.view.status == SessionStatus.DRAFT
    assert again.form.pain_before == 6 and again.form.notes == "Stiff after driving"
    assert again.form.fee == "45.50" and again.editor.plan.retention_minutes == 30
    assert again.form.anything_new is None  # asked again at each opening


def test_typed_values_that_are_not_values_are_named(course_clinic: CourseClinic) -> None:
    p = presenter(course_clinic, course_clinic.start_course())
    assert p.open().done
    base = p.form
    bad = replace(base, session_date="2026-13-40", start_time="25h", fee="lots")
    result = p.save_draft(bad)
    assert result.outcome is Outcome.INVALID
    assert set(result.problems) == {"session_date", "start_time", "fee_cents"}
    assert p.save_draft(replace(base, pain_before=11)).problems == {
        "pain_before": "Pain before: a whole number from 0 to 10."
    }
    assert parse_fee("45,5") == 4550 and parse_fee("") is None
    draft, problems = draft_of(replace(base, start_time="9.30"), p.editor.plan)
    assert not problems and draft.start_time is not None and draft.start_time.hour == 9
    assert form_of(draft).start_time == "09:30"


def test_amendments_after_signing(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    session_id = course_clinic.give_session(course)
    p = presenter(course_clinic, course, session_id=session_id)
    assert p.open().done and p.read_only and p.signed
    assert p.save_draft(p.form).outcome is Outcome.FAILED
    course_clinic.questions.amendments = ["   ", "Pain after was 2, not 4."]
    assert p.amend().done
    assert course_clinic.questions.problems == ["", "Amendment: write what is corrected or added."]
    assert [a.text for a in p.amendments] == ["Pain after was 2, not 4."]
    assert p.amendments[0].author == "Ada Lovelace"


def test_past_the_planned_number_asks_to_extend_with_a_reason(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course(planned_sessions=1, mid_review_at=1)
    course_clinic.give_session(course)
    declined = presenter(course_clinic, course)
    assert declined.open().outcome is Outcome.CANCELLED
    assert course_clinic.questions.asked == ["extend 2 of 1"]
    course_clinic.questions.extend = [ExtendAnswer(2, ""), ExtendAnswer(2, "Improving; two more")]
    p = presenter(course_clinic, course)
    assert p.open().done and p.view is not None
    assert "Reason" in course_clinic.questions.problems[-1]  # the empty reason was refused
    assert p.view.label == "Session 2 of 3" and p.extended_by == 2
    view = course_clinic.courses().get(course)
    assert view.status == CourseStatus.EXTENDED and view.planned_sessions == 3
    rows = course_clinic.audit.query(
        course_clinic.db, AuditFilter(patient_id=course_clinic.patient, action="update")
    )
    assert any(r.detail.get("extend_by") == 2 for r in rows)


class FlakySessions:
    """The session service losing the connection during the first save's commit."""

    def __init__(self, real) -> None:
        self._real = real
        self.save_ids: list[str | None] = []

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def save_draft(self, *args, save_id=None, **kwargs):
        self.save_ids.append(save_id)
        view = self._real.save_draft(*args, save_id=save_id, **kwargs)
        if len(self.save_ids) == 1:
            raise DatabaseUnavailable("Cannot tell whether this was saved.")
        return view


def test_a_save_cut_off_is_retried_with_the_same_save_id(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    sessions = FlakySessions(course_clinic.sessions())
    p = SessionPresenter(
        sessions,
        course_clinic.courses(),
        course_clinic.plans(),
        course_clinic.questions,
        course,
        today=lambda: TODAY,
    )
    assert p.open().done
    form = replace(p.form, pain_before=6)
    assert p.save_draft(form).outcome is Outcome.FAILED
    assert p.save_draft(form).done  # the same save again: kept once
    assert sessions.save_ids[0] == sessions.save_ids[1]
    with course_clinic.db.read() as session:
        record = session.scalars(
            select(TreatmentSession).where(TreatmentSession.course_id == course)
        ).first()
        assert record is not None and record.pain_before == 6


def test_a_conflict_names_who_saved_and_keeps_the_typing(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    mine = presenter(course_clinic, course)
    assert mine.open().done
    theirs = SessionPresenter(
        course_clinic.sessions(course_clinic.ben),
        course_clinic.courses(course_clinic.ben),
        course_clinic.plans(course_clinic.ben),
        course_clinic.questions,
        course,
        today=lambda: TODAY,
    )
    assert theirs.open().done and theirs.session_id == mine.session_id
    assert theirs.save_draft(replace(theirs.form, pain_before=4)).done
    typed = replace(mine.form, pain_before=8, notes="Sore after gardening")
    result = mine.save_draft(typed)
    assert result.outcome is Outcome.CONFLICT and "Ben Okri" in result.message
    assert mine.form == typed  # nothing typed is lost
    assert mine.reload().done and mine.form.pain_before == 4


class CountingSessions:
    """The session service, counting the calls that write."""

    def __init__(self, real, lose_first_sign: bool = False) -> None:
        self._real = real
        self._lose = lose_first_sign
        self.calls: list[tuple[str, str | None]] = []

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def save_draft(self, *args, save_id=None, **kwargs):
        self.calls.append(("save_draft", save_id))
        return self._real.save_draft(*args, save_id=save_id, **kwargs)

    def sign(self, *args, **kwargs):
        self.calls.append(("sign", None))
        return self._real.sign(*args, **kwargs)

    def save_and_sign(self, *args, save_id=None, **kwargs):
        self.calls.append(("save_and_sign", save_id))
        view = self._real.save_and_sign(*args, save_id=save_id, **kwargs)
        if self._lose and len(self.calls) == 1:
            raise DatabaseUnavailable("Cannot tell whether this was signed.")
        return view


def _counting(
    course_clinic: CourseClinic, course: int, **kwargs
) -> tuple[SessionPresenter, CountingSessions]:
    sessions = CountingSessions(course_clinic.sessions(), **kwargs)
    p = SessionPresenter(
        sessions,
        course_clinic.courses(),
        course_clinic.plans(),
        course_clinic.questions,
        course,
        today=lambda: TODAY,
    )
    assert p.open().done
    return p, sessions


def test_sign_saves_and_signs_in_one_call(course_clinic: CourseClinic) -> None:
    p, sessions = _counting(course_clinic, course_clinic.start_course())
    form = routine(p.form, 5)
    before = len(
        course_clinic.audit.query(course_clinic.db, AuditFilter(patient_id=course_clinic.patient))
    )
    assert p.sign(form).done and p.signed
    assert [name for name, _ in sessions.calls] == ["save_and_sign"]
    rows = course_clinic.audit.query(
        course_clinic.db, AuditFilter(patient_id=course_clinic.patient)
    )
    assert [r.action for r in rows[: len(rows) - before]] == ["sign", "update"]  # newest first
    assert p.view is not None and p.view.draft.pain_before == 5 and p.form.pain_before == 5


def test_a_refused_sign_saves_nothing_and_keeps_the_typing(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    mine, _ = _counting(course_clinic, course)
    theirs = SessionPresenter(
        course_clinic.sessions(course_clinic.ben),
        course_clinic.courses(course_clinic.ben),
        course_clinic.plans(course_clinic.ben),
        course_clinic.questions,
        course,
        today=lambda: TODAY,
    )
    assert theirs.open().done
    assert theirs.save_draft(replace(theirs.form, pain_before=4)).done
    typed = replace(routine(mine.form, 5), notes="Sore after gardening")
    result = mine.sign(typed)
    assert result.outcome is Outcome.CONFLICT and "Ben Okri" in result.message
    assert mine.form == typed and not mine.signed
    with course_clinic.db.read() as session:
        record = session.get(TreatmentSession, mine.session_id)
        assert record is not None and record.status == "draft"
        assert record.pain_before == 4 and record.notes == ""  # theirs, not mine


def test_a_sign_cut_off_is_retried_with_the_same_save_id(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    p, sessions = _counting(course_clinic, course, lose_first_sign=True)
    form = routine(p.form, 5)
    assert p.sign(form).outcome is Outcome.FAILED and not p.signed
    assert p.sign(form).done and p.signed  # kept the first time: the signed session back
    assert [name for name, _ in sessions.calls] == ["save_and_sign", "save_and_sign"]
    assert sessions.calls[0][1] == sessions.calls[1][1]
    signs = course_clinic.audit.query(
        course_clinic.db, AuditFilter(patient_id=course_clinic.patient, action="sign")
    )
    assert len(signs) == 1
