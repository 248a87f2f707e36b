"""Builds the course screens for one signed-in practitioner (``app.py`` creates it and
hands it to :class:`planner.ui.patients.screens.PatientScreens`): start a course, the
plan editor, the session screen and the review decision.

It exists only for users whose roles allow clinical work (:func:`CourseScreens.for_actor`
gives None otherwise), so reception never gets these screens; the services check again
whatever is asked of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from planner.domain.access import Action
from planner.services.actor import Actor
from planner.ui.course.records import CourseRecords, PlanRecords, SessionRecords, TemplateRecords
from planner.ui.questions import CourseQuestions

# The windows and their presenters load when first opened, not at start-up.
if TYPE_CHECKING:
    from planner.ui.course.review_dialog import ReviewDialog
    from planner.ui.course.start_dialog import StartCourseDialog
    from planner.ui.plan.editor import PlanEditorWindow
    from planner.ui.session.window import SessionWindow

CLINICAL_ACTIONS = (Action.VIEW_CLINICAL, Action.EDIT_PLAN, Action.RECORD_SESSION)


class CourseScreens:
    def __init__(
        self,
        *,
        courses: CourseRecords,
        plans: PlanRecords,
        templates: TemplateRecords,
        sessions: SessionRecords,
        questions: Callable[[], CourseQuestions] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._courses = courses
        self._plans = plans
        self._templates = templates
        self._sessions = sessions
        self._questions = questions or qt_course_questions
        self._today = today
        self._plan_templates: dict[int, str] = {}  # course id -> template chosen at its start

    @staticmethod
    def allowed(actor: Actor) -> bool:
        """Whether the user's roles allow these screens at all (practitioners)."""
        return all(actor.can(action) for action in CLINICAL_ACTIONS)

    def start_dialog(self, parent: QWidget | None, patient_id: int, name: str) -> StartCourseDialog:
        from planner.ui.course.start_dialog import StartCourseDialog
        from planner.ui.course.start_presenter import StartCoursePresenter

        presenter = StartCoursePresenter(
            self._courses, patient_id, today=self._today, templates=self._templates
        )
        dialog = StartCourseDialog(presenter, name, parent)
        dialog.plan_template_chosen.connect(self._on_start_dialog_plan_template_chosen)
        return dialog

    def _on_start_dialog_plan_template_chosen(self, course_id: int, ref: str) -> None:
        self._plan_templates[course_id] = ref  # the plan editor opens with it, once

    def plan_editor(self, parent: QWidget | None, course_id: int, name: str) -> PlanEditorWindow:
        from planner.ui.plan.editor import PlanEditorWindow
        from planner.ui.plan.presenter import PlanEditorPresenter

        questions = self._questions()
        presenter = PlanEditorPresenter(self._plans, self._templates, questions, course_id)
        window = PlanEditorWindow(presenter, name, parent)
        questions.attach(window)
        template = self._plan_templates.pop(course_id, "")
        if template:  # chosen when the course started: as if picked in the editor
            window.picker.template_chosen.emit(template)
        return window

    def session_window(
        self,
        parent: QWidget | None,
        course_id: int,
        name: str,
        session_id: int | None = None,
    ) -> SessionWindow:
        """Today's session of the course (``session_id`` None), or that session."""
        from planner.ui.session.presenter import SessionPresenter
        from planner.ui.session.window import SessionWindow

        questions = self._questions()
        questions.attach(parent)  # the extension question comes before the window
        presenter = SessionPresenter(
            self._sessions,
            self._courses,
            self._plans,
            questions,
            course_id,
            session_id=session_id,
            today=self._today,
        )
        window = SessionWindow(presenter, name, parent)
        questions.attach(window)
        return window

    def review_dialog(self, parent: QWidget | None, course_id: int, name: str) -> ReviewDialog:
        from planner.ui.course.review_dialog import ReviewDialog
        from planner.ui.course.review_presenter import ReviewPresenter

        return ReviewDialog(ReviewPresenter(self._courses, course_id), name, parent)


def qt_course_questions() -> CourseQuestions:
    """The course screens' questions as dialogs (the default outside tests)."""
    from planner.ui.widgets.question_dialogs import QtCourseQuestions

    return QtCourseQuestions()
