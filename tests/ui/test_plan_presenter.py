"""The plan editor's presenter, without a window, on a real database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.catalog import PlanRegion
from planner.domain.errors import DatabaseUnavailable
from planner.domain.vocab import Condition, ConsentScope, PointSide, Technique
from planner.services.audit import AuditFilter
from planner.storage.database import Database
from planner.ui.course.records import Outcome
from planner.ui.plan.point_options import outline_spots, region_options, search_options
from planner.ui.plan.presenter import PlanEditorPresenter
from planner.ui.questions import TemplateAnswer, UnsavedAnswer
from tests.ui.course_fakes import CourseClinic, make_clinic

T = Technique


def presenter(course_clinic: CourseClinic, course_id: int, actor=None) -> PlanEditorPresenter:
    p = PlanEditorPresenter(
        course_clinic.plans(actor),
        course_clinic.templates(actor),
        course_clinic.questions,
        course_id,
    )
    assert p.open().done
    return p


@pytest.fixture
def course_clinic(ui_db: Database) -> CourseClinic:
    return make_clinic(ui_db, consents=(ConsentScope.NEEDLING, ConsentScope.CUPPING))


def test_only_consented_techniques_can_be_chosen(course_clinic: CourseClinic) -> None:
    p = presenter(course_clinic, course_clinic.start_course(plan=None))
    options = {o.technique: o for o in p.technique_options()}
    assert options[T.LOCAL_NEEDLING].enabled and options[T.CUPPING].enabled
    ea = options[T.ELECTROACUPUNCTURE]
    assert not ea.enabled and "No consent to electroacupuncture" in ea.why
    assert p.save_state() == (False, "Choose at least one technique.")


def test_points_by_region_search_and_outline_with_sides_and_needles(
    course_clinic: CourseClinic,
) -> None:
    p = presenter(course_clinic, course_clinic.start_course(plan=None))
    catalog = p.catalog
    region = region_options(catalog, PlanRegion.LOWER_BACK_LOCAL, ())
    assert [o.code for o in region][:3] == ["GV3", "GV4", "BL23"]
    p.editor.toggle_point("BL23")  # a region box ticked
    p.editor.toggle_point(search_options(catalog, "shenshu", ())[0].code)  # already there
    assert p.plan.point_codes == ()  # ticking it again took it out
    p.editor.toggle_point("BL23")
    found = search_options(catalog, "腰阳关", p.plan.point_codes)
    assert found[0].code == "GV3"
    p.editor.toggle_point(found[0].code)
    p.editor.toggle_point("lv3")  # typed the old way: stored as LR3
    assert p.plan.point_codes == ("BL23", "GV3", "LR3")
    assert T.LOCAL_NEEDLING in p.plan.techniques  # chosen with the first point
    assert [pt.side for pt in p.plan.points] == [PointSide.BILATERAL, PointSide.MIDLINE] + [
        PointSide.BILATERAL
    ]
    assert p.plan.needles == 5  # bilateral 2 + midline 1 + bilateral 2
    p.editor.set_side(0, PointSide.LEFT)
    p.editor.set_side(1, PointSide.LEFT)  # a midline point stays on the midline
    assert p.editor.sides_for(1) == (PointSide.MIDLINE,)
    assert p.plan.needles == 4 and p.plan.points[1].side == PointSide.MIDLINE
    spots = [s for s in outline_spots(catalog, p.plan.point_codes) if s.code == "BL23"]
    assert len(spots) == 2 and all(s.selected for s in spots)  # both sides drawn
    assert sum(1 for s in outline_spots(catalog, ()) if s.code == "GV3") == 1
    assert region_options(catalog, PlanRegion.LOWER_BACK_LOCAL, p.plan.point_codes)[0].chosen


def test_pacemaker_blocks_electroacupuncture_until_an_override_reason(ui_db: Database) -> None:
    course_clinic = make_clinic(ui_db, conditions={Condition.IMPLANTED_DEVICE: True})
    p = presenter(course_clinic, course_clinic.start_course())
    assert p.changed().done and p.safety.rows() == []
    p.editor.add_point("BL25")
    p.editor.add_pair("BL23", "BL25")
    assert T.ELECTROACUPUNCTURE in p.plan.techniques
    p.changed()
    (row,) = p.safety.rows()
    assert row.key == ("ea.implanted_device", "electroacupuncture") and row.needs_reason
    may, why = p.save_state()
    assert not may and "1 safety finding without an override reason" in why
    assert p.save().outcome is Outcome.UNSAFE
    p.safety.set_reason(row.key, "too short")
    assert not p.save_state()[0]
    p.safety.set_reason(row.key, "Cardiology letter: device safe for low-intensity EA")
    assert p.save_state() == (True, "")
    assert p.save().done
    rows = course_clinic.audit.query(
        course_clinic.db, AuditFilter(patient_id=course_clinic.patient, action="safety_override")
    )
    assert len(rows) == 1 and rows[0].detail["rule"] == "ea.implanted_device"
    # Opened again: the stored override still applies.
    again = presenter(course_clinic, p.course_id)
    assert again.safety.rows()[0].stored and again.save_state()[0]


def test_cautions_need_an_acknowledgement(ui_db: Database) -> None:
    course_clinic = make_clinic(ui_db, conditions={Condition.NEEDLE_PHOBIA: True})
    p = presenter(course_clinic, course_clinic.start_course(plan=None))
    p.editor.add_point("BL23")
    p.changed()
    (row,) = p.safety.rows()
    assert not row.needs_reason and "1 caution still to acknowledge" in p.save_state()[1]
    p.safety.acknowledge(row.key, True)
    assert p.save().done
    assert presenter(course_clinic, p.course_id).safety.rows()[0].acknowledged


def test_template_and_repeat_last_show_what_changed(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    p = presenter(course_clinic, course)
    assert p.repeat_last().outcome is Outcome.FAILED  # no session yet
    assert p.apply_template("protocol:chronic_low_back_pain").done
    assert p.started_from == "Chronic low back pain"
    assert set(p.left_out) == {T.ELECTROACUPUNCTURE, T.MOXIBUSTION}  # no consent
    assert any(c.subject == "BL25" and c.kind == "added" for c in p.changes)
    assert p.is_dirty()
    assert p.reload().done and not p.is_dirty()
    course_clinic.give_session(course)
    plans = course_clinic.plans()
    view = plans.plan(course)
    plans.save(course, replace(view.plan, retention_minutes=20), view.course_version)
    p = presenter(course_clinic, course)
    assert p.repeat_last().done and p.started_from == "last_session"
    assert [c.text for c in p.changes] == ["retention: 20 min → 25 min"]


def test_save_as_clinic_template_asks_again_for_a_taken_name(course_clinic: CourseClinic) -> None:
    p = presenter(course_clinic, course_clinic.start_course())
    course_clinic.questions.templates = [
        TemplateAnswer("Lumbar basic"),
        TemplateAnswer("Lumbar basic"),
    ]
    assert p.save_as_template().done
    course_clinic.questions.templates = [TemplateAnswer("lumbar BASIC"), None]
    assert p.save_as_template().outcome is Outcome.CANCELLED
    assert "already used" in course_clinic.questions.problems[-1]
    assert [t.name for t in p.templates if t.kind == "template"] == ["Lumbar basic"]


def test_a_conflict_names_who_saved_and_keeps_the_plan(course_clinic: CourseClinic) -> None:
    course = course_clinic.start_course()
    mine = presenter(course_clinic, course)
    theirs = presenter(course_clinic, course, course_clinic.ben)
    theirs.editor.set_retention(30)
    assert theirs.save().done
    mine.editor.add_point("BL25")
    result = mine.save()
    assert result.outcome is Outcome.CONFLICT and "Ben Okri" in result.message
    assert "BL25" in mine.plan.point_codes  # what was chosen is kept
    assert mine.reload().done and mine.plan.retention_minutes == 30


def test_closing_with_changes_asks(course_clinic: CourseClinic) -> None:
    p = presenter(course_clinic, course_clinic.start_course())
    assert p.request_close() == (True, None)
    p.editor.set_retention(20)
    assert p.request_close() == (False, None)
    course_clinic.questions.unsaved = UnsavedAnswer.SAVE
    may, result = p.request_close()
    assert may and result is not None and result.done
    assert course_clinic.questions.asked == ["unsaved", "unsaved"]


class DownPlans:
    """The plan service with the database gone after opening."""

    def __init__(self, real) -> None:
        self._real = real
        self.down = False

    def __getattr__(self, name: str):
        if self.down:
            raise DatabaseUnavailable("The database cannot be reached.", hint="Check the network.")
        return getattr(self._real, name)


def test_environment_problems_are_messages_and_keep_the_plan(course_clinic: CourseClinic) -> None:
    plans = DownPlans(course_clinic.plans())
    p = PlanEditorPresenter(
        plans, course_clinic.templates(), course_clinic.questions, course_clinic.start_course()
    )
    assert p.open().done
    plans.down = True
    p.editor.add_point("BL25")
    assert p.changed().outcome is Outcome.FAILED
    result = p.save()
    assert result.outcome is Outcome.FAILED and "cannot be reached" in result.message
    assert "BL25" in p.plan.point_codes
