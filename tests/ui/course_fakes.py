"""A small clinic for the course screens' tests (real services on a real SQLite file), and a
stand-in for their question service that answers at once and remembers what was asked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from planner.domain.intake import IntakeDraft
from planner.domain.plans import Plan, PointChoice
from planner.domain.vocab import ConsentScope, PointSide, Technique
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.plan_templates import PlanTemplateService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.ui.course.screens import CourseScreens
from planner.ui.questions import ExtendAnswer, TemplateAnswer, UnsavedAnswer
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

TODAY = dt.date(2026, 11, 2)
B, M = PointSide.BILATERAL, PointSide.MIDLINE
LOCAL_PLAN = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING}),
    points=(PointChoice("BL23", B), PointChoice("GV3", M), PointChoice("BL40", B)),
)


@dataclass
class FakeCourseQuestions:
    unsaved: UnsavedAnswer = UnsavedAnswer.KEEP_EDITING
    extend: list[ExtendAnswer | None] = field(default_factory=list)
    templates: list[TemplateAnswer | None] = field(default_factory=list)
    amendments: list[str | None] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    parent: object = None

    def attach(self, parent: object) -> None:
        self.parent = parent

    def unsaved_changes(self) -> UnsavedAnswer:
        self.asked.append("unsaved")
        return self.unsaved

    def extend_course(self, number: int, planned: int, problem: str = "") -> ExtendAnswer | None:
        self.asked.append(f"extend {number} of {planned}")
        self.problems.append(problem)
        return self.extend.pop(0) if self.extend else None

    def template_name(self, problem: str = "") -> TemplateAnswer | None:
        self.asked.append("template")
        self.problems.append(problem)
        return self.templates.pop(0) if self.templates else None

    def amendment(self, problem: str = "") -> str | None:
        self.asked.append("amendment")
        self.problems.append(problem)
        return self.amendments.pop(0) if self.amendments else None


@dataclass
class CourseClinic:
    db: Database
    ada: Actor  # practitioner
    ben: Actor  # a second practitioner, at another workstation
    reza: Actor  # reception
    patient: int
    questions: FakeCourseQuestions
    audit: AuditTrail = field(default_factory=AuditTrail)
    today: dt.date = TODAY  # the sessions' day: the day after the last given session

    def courses(self, actor: Actor | None = None) -> CourseService:
        return CourseService(self.db, actor or self.ada, self.audit, lambda: TODAY)

    def plans(self, actor: Actor | None = None) -> PlanService:
        templates = self.templates(actor)
        return PlanService(
            self.db, actor or self.ada, self.audit, lambda: TODAY, templates=templates
        )

    def templates(self, actor: Actor | None = None) -> PlanTemplateService:
        return PlanTemplateService(self.db, actor or self.ada, self.audit)

    def sessions(self, actor: Actor | None = None) -> SessionService:
        return SessionService(self.db, actor or self.ada, self.audit, lambda: self.today)

    def screens(self, actor: Actor | None = None) -> CourseScreens:
        return CourseScreens(
            courses=self.courses(actor),
            plans=self.plans(actor),
            templates=self.templates(actor),
            sessions=self.sessions(actor),
            questions=lambda: self.questions,
            today=lambda: self.today,
        )

    def start_course(self, plan: Plan | None = LOCAL_PLAN, **changes: object) -> int:
        """A course of 6 (or as changed) with ``plan`` saved; its id."""
        service = self.courses()
        draft = replace(service.new_course(self.patient), **changes)  # type: ignore[arg-type]
        course = service.start(self.patient, draft)
        if plan is not None:
            plans = self.plans()
            plans.save(course.id, plan, plans.plan(course.id).course_version)
        return course.id

    def give_session(self, course_id: int, pain: tuple[int, int] = (6, 4)) -> int:
        """Open today's session, complete it and sign it; its id. The sessions' day then
        moves on by one (``self.today``): once a session dated today is signed, opening
        today's session returns that one, so the next is given another day."""
        sessions = self.sessions()
        view = sessions.open_today(course_id)
        draft = replace(
            view.draft,
            pain_before=pain[0],
            pain_after=pain[1],
            needles_out=view.draft.needles_in_count,
        )
        saved = sessions.save_draft(view.id, draft, view.version)
        sessions.sign(saved.id, saved.version)
        self.today += dt.timedelta(days=1)
        return view.id


def make_clinic(
    db: Database, *, conditions: dict | None = None, consents: tuple = tuple(ConsentScope)
) -> CourseClinic:
    ada = add_user(db, "ada", PRACTITIONER, "Ada Lovelace")
    ben = add_user(db, "ben", PRACTITIONER, "Ben Okri")
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    patient = add_patient(db)
    intakes = IntakeService(db, ada, today=lambda: TODAY)
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=TODAY,
            complaint="Low back ache after gardening",
            nrs_now=7,
            goals_in_own_words="Garden again without pain",
            goal_target_pain=2,
            conditions=conditions or {},
            red_flags=SCREENED,
        ),
    )
    for scope in consents:
        intakes.record_consent(patient, scope, True, TODAY)
    return CourseClinic(db, ada, ben, reza, patient, FakeCourseQuestions())
