"""The demo clinic's rows, patient by patient, from one random stream.

:class:`DemoFactory` asks its makers in a fixed order (timeline, patient, intakes,
courses, sessions, consents): every draw comes from the same :class:`Dice`, so one seed
always gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import replace

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

PER_PRACTITIONER_RUN = 20


class DemoFactory:
    """Builds the rows of the demo clinic, a batch of patients at a time, around ``today``."""

    def __init__(
        self,
        rng: random.Random,
        staff: Staff,
        today: dt.date,
        newcomer_chart: int | None = None,
        *,
        practitioners: int = 1,
    ) -> None:
        self.dice = dice = Dice(rng)
        self.keys = keys = Keys()
        self.today = today
        self._timeline = Timeline(dice, today)
        self._patients = PatientMaker(dice, keys, staff)
        self._intakes = IntakeMaker(dice, keys, staff)
        self._courses = CourseMaker(dice, keys, staff, today)
        self._sessions = SessionMaker(dice, keys, staff, today)
        self._patients_made = 0
        # The first practitioner, then those of a large demo (staff.extra_practitioners).
        first_extra = max(staff.practitioner, staff.reception, staff.admin) + 1
        self._staff = [staff] + [
            replace(staff, practitioner=first_extra + n) for n in range(practitioners - 1)
        ]
        # This chart is a new patient, registered days ago, whose first visit is today.
        self._newcomer_chart = newcomer_chart

    def batch(self, first_chart: int, count: int) -> Batch:
        batch = Batch()
        for chart in range(first_chart, first_chart + count):
            self._patient(batch, chart)
        return batch

    def _patient(self, batch: Batch, chart: int) -> None:
        dice = self.dice
        index = self._patients_made
        self._patients_made += 1
        if chart == self._newcomer_chart:
            self._newcomer(batch, chart, index)
            return
        # Patients come to a practitioner in groups of PER_PRACTITIONER_RUN (the first
        # group, today's full day, to the first practitioner).
        staff = self._staff[(index // PER_PRACTITIONER_RUN) % len(self._staff)]
        self._patients.staff = self._intakes.staff = staff
        self._courses.staff = self._sessions.staff = staff
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

    def _newcomer(self, batch: Batch, chart: int, index: int) -> None:
        """A patient registered at the desk a few days ago, first visit booked today."""
        dice = self.dice
        registered = self.today - dt.timedelta(days=dice.between(2, 6))
        born = self.today - dt.timedelta(days=round(dice.between(25, 70) * 365.25))
        given, family, sex, culture = self._patients.name(index)
        context = self._patients.context(self.keys.next(Patient), sex, born)
        row = self._patients.row(context, chart, (given, family, culture), registered)
        row["archived"] = False
        batch.rows(Patient).append(row)
        self._sessions.book.first_visit(batch, context.patient_id, row["created_at"])

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
