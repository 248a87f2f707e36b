"""The demo clinic's rows, patient by patient, from one random stream.

:class:`DemoFactory` asks its makers in a fixed order (timeline, patient, intakes,
courses, sessions, consents): every draw comes from the same :class:`Dice`, so one seed
always gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from planner.demo.clinical import CLOSED
from planner.demo.courses import CourseMaker
from planner.demo.dice import Dice
from planner.demo.intakes import IntakeMaker
from planner.demo.outcomes import course_scores
from planner.demo.patients import PatientMaker
from planner.demo.plans import CoursePlan, PatientContext, Timeline
from planner.demo.rows import Batch, Keys, Row
from planner.demo.sessions import SessionMaker
from planner.demo.staff import Staff
from planner.storage.models import Patient


class DemoFactory:
    """Builds the rows of the demo clinic, a batch of patients at a time, around ``today``."""

    def __init__(self, rng: random.Random, staff: Staff, today: dt.date) -> None:
        self.dice = dice = Dice(rng)
        self.keys = keys = Keys()
        self.today = today
        self._timeline = Timeline(dice, today)
        self._patients = PatientMaker(dice, keys, staff)
        self._intakes = IntakeMaker(dice, keys, staff)
        self._courses = CourseMaker(dice, keys, staff, today)
        self._sessions = SessionMaker(dice, keys, staff, today)
        self._patients_made = 0

    def batch(self, first_chart: int, count: int) -> Batch:
        batch = Batch()
        for chart in range(first_chart, first_chart + count):
            self._patient(batch, chart)
        return batch

    def _patient(self, batch: Batch, chart: int) -> None:
        dice = self.dice
        index = self._patients_made
        self._patients_made += 1
        plans = self._timeline.plan_courses(index)
        archived = plans[-1].status in CLOSED and dice.random() < 0.03
        first_day = plans[0].intake_date
        history_years = (self.today - first_day).days / 365.25
        age = dice.between(18 + math.ceil(history_years), 90)
        born = self.today - dt.timedelta(days=round(age * 365.25) + dice.below(365))
        given, family, sex, culture = self._patients.name(index)
        context = self._patients.context(self.keys.next(Patient), sex, born)
        row = self._patients.row(context, chart, (given, family, culture), first_day)
        row["archived"] = archived
        batch.rows(Patient).append(row)
        intakes: list[Row] = []
        for plan in plans:
            previous = intakes[-1]["id"] if intakes else None
            intakes.append(self._course_with_intake(batch, context, plan, previous))
        self._patients.consents(batch, context, intakes[0])

    def _course_with_intake(
        self, batch: Batch, context: PatientContext, plan: CoursePlan, previous: int | None
    ) -> Row:
        """An intake, the course planned from it, its sessions and reviews; the intake row."""
        intake = self._intakes.intake(batch, context, plan, previous)
        courses = self._courses
        course = courses.course(batch, context, plan, intake, courses.prescription(context))
        pains = self._sessions.pain_course(plan, intake["nrs_now"])
        signed = self._sessions.sessions(batch, context, plan, course, pains)
        course_scores(
            batch, self.keys, intake, course_id=course.id, signed=signed, closed_on=plan.end
        )
        courses.reviews(batch, plan, course.id, intake["id"], pains, intake["nrs_now"])
        return intake
