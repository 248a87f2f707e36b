"""Demo sessions: signed ones before the demo's today, scheduled ones from then on.

Pain mostly falls over a course; signed sessions carry their needled points, adjuncts,
payment and, now and then, an adverse event.
"""

from __future__ import annotations

import datetime as dt
import uuid

from planner.demo.book import OPENS, DemoBook
from planner.demo.clinical import (
    ADVERSE_KINDS,
    CLOSED,
    FIRST_FEE_CENTS,
    FOLLOW_UP_FEE_CENTS,
    FOLLOW_UP_MINUTES,
    NOTHING_NEW,
    RESPONSES,
    SCHEDULED_DEFAULTS,
    SESSION_TECHNIQUES,
    SEVERITIES,
    SIGNED,
)
from planner.demo.dice import Dice, weighted
from planner.demo.payments import PaymentMaker
from planner.demo.plans import CourseMade, CoursePlan, PatientContext, Prescription
from planner.demo.rows import HALF_HOUR, Batch, Keys, Row, timestamp
from planner.demo.staff import Staff
from planner.demo.texts import ADVERSE_DESCRIPTIONS, HISTORY_CHANGES, SESSION_NOTES
from planner.domain.catalog import ASHI
from planner.domain.vocab import AdverseEventKind, CourseStatus, DischargeReason
from planner.storage.models import (
    AdverseEvent,
    CuppingApplication,
    ElectroStimulation,
    MoxaApplication,
    SessionPoint,
    TreatmentSession,
)


class SessionMaker:
    """Builds a course's session rows and what was done in each session."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff, today: dt.date) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self.today = today
        self.book = DemoBook(dice, keys, staff, today)
        self._payments = PaymentMaker(dice, keys, staff)
        self._adverse, self._adverse_weights = weighted([((k, a), w) for k, w, a in ADVERSE_KINDS])
        self._severities, self._severity_weights = weighted(SEVERITIES)

    def pain_course(self, plan: CoursePlan, start: int) -> list[tuple[int, int]]:
        """Pain before and after each signed session: mostly falling over a course."""
        dice = self.dice
        drop = self._pain_drop(plan)
        span = max((plan.given if plan.status in CLOSED else plan.planned_sessions) - 1, 1)
        noise = (-1, 0, 0, 0, 1)
        relief = (0, 1, 1, 2, 2, 3)
        pains = []
        for index in range(plan.given):
            before = min(10, max(0, start - round(drop * index / span) + dice.pick(noise)))
            if dice.random() < 0.02:
                after = min(10, before + 1)  # a brief flare after needling
            else:
                after = max(0, before - dice.pick(relief))
            pains.append((before, after))
        return pains

    def _pain_drop(self, plan: CoursePlan) -> int:
        """By how much pain falls over the whole course."""
        dice = self.dice
        if plan.status is CourseStatus.REFERRED:
            return 0
        if plan.status is CourseStatus.COMPLETED:
            return dice.between(3, 5)
        if plan.status is CourseStatus.DISCHARGED:
            if plan.discharge_reason is DischargeReason.GOALS_MET:
                return dice.between(3, 6)
            return 1 if plan.discharge_reason is DischargeReason.PLATEAU else dice.between(0, 2)
        return dice.between(2, 4)  # planned, active, extended: on the way down

    def sessions(
        self,
        batch: Batch,
        context: PatientContext,
        plan: CoursePlan,
        course: CourseMade,
        pains: list[tuple[int, int]],
    ) -> list[tuple[int, dt.date, int]]:
        """The course's session rows: signed before today, scheduled from today on; the
        signed ones as (id, date, pain before), for their outcome scores."""
        bits = self.dice.bits
        append = batch.rows(TreatmentSession).append
        ids = self.keys.counter(TreatmentSession)
        start = plan.start
        signed: list[tuple[int, dt.date, int]] = []
        for index in range(plan.booked):
            day = start + dt.timedelta(days=plan.offsets[index])
            row: Row = {
                "id": next(ids),
                "course_id": course.id,
                "patient_id": context.patient_id,
                "number": index + 1,
                "client_uuid": str(uuid.UUID(int=bits(128), version=4)),
                "session_date": day,
                "fee_cents": FIRST_FEE_CENTS if index == 0 else FOLLOW_UP_FEE_CENTS,
                "practitioner_id": self.staff.practitioner,
                "version": 1,
            }
            first_visit = index == 0 and plan.intake_date == day  # assessed and treated
            minute, length = self.book.place(self.staff.practitioner, day, first_visit)
            if index < plan.given:
                self._signed(batch, row, context, course, pains[index], minute)
                signed.append((row["id"], day, pains[index][0]))
                booked = max(course.created, timestamp(day - dt.timedelta(days=7), 30))
            else:
                self._scheduled(row, course)
                booked = row["created_at"]
            append(row)
            self.book.appointment(batch, row, minute, length, first_visit, booked)
        return signed

    def _scheduled(self, row: Row, course: CourseMade) -> None:
        """Booked in the last two weeks (or when the course was planned, if later)."""
        booked_days = 1 + int(self.dice.random() * 14)
        booked = timestamp(min(row["session_date"], self.today) - dt.timedelta(days=booked_days))
        row.update(SCHEDULED_DEFAULTS)
        row["updated_by_id"] = self.staff.reception  # booked at the front desk
        row["created_at"] = row["updated_at"] = max(booked, course.created)

    def _signed(
        self,
        batch: Batch,
        row: Row,
        context: PatientContext,
        course: CourseMade,
        pain: tuple[int, int],
        minute: int | None,
    ) -> None:
        """A given session: the record is opened at its appointment's time (any time of
        the day when it has none) and signed at the end."""
        rnd = self.dice.random
        prescription = course.prescription
        at = 30 * int(rnd() * 20) if minute is None else minute - OPENS
        slot = timestamp(row["session_date"], at)
        started = max(slot, course.created + HALF_HOUR)  # on the intake day: after it
        duration = 60 if row["number"] == 1 else FOLLOW_UP_MINUTES[int(rnd() * 4)]
        signed = started + dt.timedelta(minutes=duration + 5 * (1 + int(rnd() * 6)))
        needles = self._session_points(batch, row["id"], prescription)
        electro, cupped, moxa = self._adjuncts(batch, row["id"], prescription)
        row.update(
            status=SIGNED,
            started_at=started,
            duration_minutes=duration,
            retention_minutes=prescription.retention,
            pain_before=pain[0],
            pain_after=pain[1],
            needles_in=needles,
            needles_out=needles,
            response=RESPONSES[int(rnd() * len(RESPONSES))],
            history_changes=HISTORY_CHANGES[int(rnd() * 2)] if rnd() < 0.05 else "",
            techniques=SESSION_TECHNIQUES[electro, cupped, moxa],
            new_red_flags=NOTHING_NEW,
            new_conditions=NOTHING_NEW,
            new_medications=NOTHING_NEW,
            now_pregnant=None,
            notes=SESSION_NOTES[int(rnd() * len(SESSION_NOTES))] if rnd() < 0.3 else "",
            paid_cents=0,  # paid at the desk: session_payment rows (payments.py)
            payment_method=None,
            signed_at=signed,
            signed_by_id=self.staff.practitioner,
            updated_by_id=self.staff.practitioner,
            created_at=started,
            updated_at=signed,
        )
        row["anything_new"] = bool(row["history_changes"])
        self._payments.pay(batch, row, context.insured, signed)
        if rnd() < 0.03:
            self._adverse_event(batch, row["id"], signed, cupped)

    def _session_points(self, batch: Batch, session_id: int, prescription: Prescription) -> int:
        """The points needled: the plan, now and then one left out or an Ashi point added."""
        rnd = self.dice.random
        points = prescription.points
        if len(points) > 4 and rnd() < 0.15:
            skip = 1 + int(rnd() * (len(points) - 1))
            points = points[:skip] + points[skip + 1 :]
        if rnd() < 0.35:
            points = [*points, prescription.ashi]
        append = batch.rows(SessionPoint).append
        ids = self.keys.counter(SessionPoint)
        de_qi = prescription.de_qi
        needles = 0
        for code, side, count, depth, stimulation in points:
            append(
                {
                    "id": next(ids),
                    "session_id": session_id,
                    "point_code": code,
                    "side": side,
                    "needles": count,
                    "depth": depth,
                    "stimulation": stimulation,
                    "de_qi_sought": de_qi.get(code, True),
                    "ashi_region": prescription.ashi_region if code == ASHI else None,
                }
            )
            needles += count
        return needles

    def _adjuncts(
        self, batch: Batch, session_id: int, prescription: Prescription
    ) -> tuple[bool, bool, bool]:
        """Electroacupuncture, cupping and moxa as planned (most sessions): which were given."""
        rnd = self.dice.random
        mode, hertz = prescription.electro_setting
        electro = False
        for point_a, point_b in prescription.electro_pairs:
            if rnd() < 0.85:
                electro = True
                batch.rows(ElectroStimulation).append(
                    {
                        "id": self.keys.next(ElectroStimulation),
                        "session_id": session_id,
                        "point_a": point_a,
                        "point_b": point_b,
                        "frequency_mode": str(mode),
                        "frequency_hz": hertz,
                        "pulse_width_ms": 0.3,
                        "intensity": "strong but comfortable tingle",
                        "minutes": prescription.retention,
                        "side_a": None,  # both leads on the same side
                        "side_b": None,
                    }
                )
        cupped = False
        if prescription.cupping is not None and rnd() < 0.8:
            cupped = True
            kind, sites = prescription.cupping
            batch.rows(CuppingApplication).append(
                {
                    "id": self.keys.next(CuppingApplication),
                    "session_id": session_id,
                    "cupping_type": str(kind),
                    "sites": sites,
                    "minutes": 5 + int(rnd() * 6),
                }
            )
        moxa = False
        if prescription.moxa is not None and rnd() < 0.8:
            moxa = True
            moxa_type, sites = prescription.moxa
            batch.rows(MoxaApplication).append(
                {
                    "id": self.keys.next(MoxaApplication),
                    "session_id": session_id,
                    "moxa_type": str(moxa_type),
                    "sites": sites,
                    "minutes": 10 + int(rnd() * 6),
                }
            )
        return electro, cupped, moxa

    def _adverse_event(
        self, batch: Batch, session_id: int, signed: dt.datetime, cupped: bool
    ) -> None:
        dice = self.dice
        if cupped and dice.random() < 0.3:
            kind, action = AdverseEventKind.CUPPING_MARKS, "Explained; marks fade within days."
        else:
            kind, action = dice.weighted(self._adverse, self._adverse_weights)
        severity = dice.weighted(self._severities, self._severity_weights)
        batch.rows(AdverseEvent).append(
            {
                "id": self.keys.next(AdverseEvent),
                "session_id": session_id,
                "kind": str(kind),
                "severity": str(severity),
                "action_taken": action,
                "description": ADVERSE_DESCRIPTIONS[kind],
                "created_at": signed,
                "updated_at": signed,
            }
        )
