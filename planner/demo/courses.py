"""Demo courses: the prescription (points and adjuncts), the course row, its review."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.demo.clinical import (
    ASHI_REGIONS,
    CORE_POINTS,
    CUPPING_SITES,
    DEFAULT_DEPTH,
    DEPTHS,
    ELECTRO_PAIRS,
    ELECTRO_SETTINGS,
    EXTRA_POINTS,
    MOXA_SITES,
    NEEDLES,
    SCIATICA_LEG_POINTS,
    STIMULATIONS,
    protocol,
)
from planner.demo.dice import Dice
from planner.demo.plans import (
    CourseMade,
    CoursePlan,
    PatientContext,
    PointRow,
    Prescription,
)
from planner.demo.rows import (
    END_OF_DAY,
    HALF_HOUR,
    Batch,
    Keys,
    Row,
    timestamp,
)
from planner.demo.staff import Staff
from planner.demo.texts import DISCHARGE_TEXT, RATIONALES, REFER_ELSEWHERE
from planner.domain.catalog import ASHI, load_catalog
from planner.domain.vocab import (
    CourseStatus,
    CuppingType,
    DischargeReason,
    MoxaType,
    PointSide,
    ReviewDecision,
    Technique,
)
from planner.storage.models import Course, CourseReview, PlannedTechnique, PointPrescription


def _moxa(
    kind: MoxaType, sites: list[str], electro_pairs: list[tuple[str, str]]
) -> tuple[MoxaType, list[str]]:
    """Warming-needle moxa never on a needle that carries an electroacupuncture lead
    (reference §3, §4): those sites are left out, or a moxa stick is used instead."""
    if kind is not MoxaType.WARMING_NEEDLE:
        return kind, sites
    wired = {code for pair in electro_pairs for code in pair}
    free = [site for site in sites if site not in wired]
    return (kind, free) if free else (MoxaType.STICK, sites)


class CourseMaker:
    """Builds a course's plan rows and, once its sessions are known, its review."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff, today: dt.date) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self.today = today
        self._bilateral = {point.code: point.bilateral for point in load_catalog().points}

    def prescription(self, context: PatientContext) -> Prescription:
        """Core and a few extra points per region (at most 8), and the adjuncts that suit."""
        dice = self.dice
        codes: list[str] = []
        for region in context.regions:
            extras = dice.sample(EXTRA_POINTS[region], dice.between(1, 2))
            codes += [code for code in (*CORE_POINTS[region], *extras) if code not in codes]
        stimulation = dice.weighted(STIMULATIONS, (15, 40, 100))
        leg_side = {"left": "L", "right": "R"}.get(context.sciatica_side or "")
        points = [self._point(code, leg_side, str(stimulation)) for code in codes[:8]]
        ashi_side = leg_side or "B"
        ashi = (ASHI, ashi_side, 2 if ashi_side == "B" else 1, DEFAULT_DEPTH, str(stimulation))
        techniques = context.techniques
        pairs = [ELECTRO_PAIRS[r] for r in context.regions if r in ELECTRO_PAIRS]
        cupping_sites = [site for r in context.regions for site in CUPPING_SITES[r]]
        moxa_sites = [site for r in context.regions for site in MOXA_SITES.get(r, ())]
        electro_pairs = pairs if Technique.ELECTROACUPUNCTURE in techniques else []
        electro_setting = dice.pick(ELECTRO_SETTINGS)
        cupping = (
            (dice.pick((CuppingType.DRY, CuppingType.FIRE, CuppingType.SLIDING)), cupping_sites)
            if Technique.CUPPING in techniques
            else None
        )
        moxa = None
        if Technique.MOXIBUSTION in techniques and moxa_sites:
            moxa = _moxa(
                dice.pick((MoxaType.STICK, MoxaType.WARMING_NEEDLE, MoxaType.ON_GINGER)),
                moxa_sites,
                electro_pairs,
            )
        return Prescription(
            points=points,
            ashi=ashi,
            electro_pairs=electro_pairs,
            electro_setting=electro_setting,
            cupping=cupping,
            moxa=moxa,
            retention=dice.pick((20, 25, 25, 30)),
            ashi_region=ASHI_REGIONS[context.regions[0]],
        )

    def _point(self, code: str, leg_side: str | None, stimulation: str) -> PointRow:
        depth = DEPTHS.get(code, DEFAULT_DEPTH)
        if leg_side and code in SCIATICA_LEG_POINTS:
            return (code, leg_side, 1, depth, stimulation)
        if self._bilateral[code]:
            return (code, str(PointSide.BILATERAL), 2, depth, stimulation)
        return (code, str(PointSide.MIDLINE), 1, depth, stimulation)

    def course(
        self,
        batch: Batch,
        context: PatientContext,
        plan: CoursePlan,
        intake: Row,
        prescription: Prescription,
    ) -> CourseMade:
        """The course row, planned half an hour after the intake, and its plan rows."""
        course_id = self.keys.next(Course)
        last_day = plan.start + dt.timedelta(days=plan.offsets[max(plan.given - 1, 0)])
        created = intake["created_at"] + HALF_HOUR
        batch.rows(Course).append(
            {
                "id": course_id,
                "patient_id": context.patient_id,
                "intake_id": intake["id"],
                "status": str(plan.status),
                "planned_sessions": plan.planned_sessions,
                "extension_reason": plan.extension_reason,
                "sessions_reason": "",  # never more than the usual 6 planned at the start
                "sessions_per_week": plan.per_week,
                "start_date": plan.start,
                "end_date": plan.end,
                "goals": intake["goals_in_own_words"],
                "goal_target_pain": intake["goal_target_pain"],
                "mid_review_at": plan.mid_review_at,
                "acupuncture_style": str(context.style),
                "rationale": RATIONALES[context.style],
                "protocol": protocol(context.regions),
                "retention_minutes": prescription.retention,
                "practitioner_id": self.staff.practitioner,
                "version": 1,
                "updated_by_id": self.staff.practitioner,
                "created_at": created,
                "updated_at": max(created, timestamp(min(last_day, self.today), END_OF_DAY)),
            }
        )
        self._planned(batch, course_id, prescription)
        return CourseMade(course_id, created, prescription)

    def _planned(self, batch: Batch, course_id: int, prescription: Prescription) -> None:
        retention = prescription.retention
        techniques: list[tuple[Technique, int | None, dict[str, Any]]] = [
            (Technique.LOCAL_NEEDLING, retention, {"needle": NEEDLES["local"]}),
            (Technique.DISTAL_NEEDLING, retention, {"needle": NEEDLES["distal"]}),
        ]
        if prescription.electro_pairs:
            mode, hertz = prescription.electro_setting
            parameters = {
                "pairs": [list(pair) for pair in prescription.electro_pairs],
                "mode": str(mode),
                "frequency_hz": hertz,
                "pulse_width_ms": 0.3,
            }
            techniques.append((Technique.ELECTROACUPUNCTURE, retention, parameters))
        if prescription.cupping:
            kind, sites = prescription.cupping
            techniques.append((Technique.CUPPING, 10, {"type": str(kind), "sites": sites}))
        if prescription.moxa:
            moxa_type, sites = prescription.moxa
            techniques.append((Technique.MOXIBUSTION, 15, {"type": str(moxa_type), "sites": sites}))
        rows = batch.rows(PlannedTechnique)
        for technique, minutes, parameters in techniques:
            rows.append(
                {
                    "id": self.keys.next(PlannedTechnique),
                    "course_id": course_id,
                    "technique": str(technique),
                    "minutes": minutes,
                    "parameters": parameters,
                }
            )
        rows = batch.rows(PointPrescription)
        for code, side, needles, depth, stimulation in prescription.points:
            rows.append(
                {
                    "id": self.keys.next(PointPrescription),
                    "course_id": course_id,
                    "point_code": code,
                    "side": side,
                    "needles": needles,
                    "depth": depth,
                    "stimulation": stimulation,
                    "de_qi_sought": prescription.de_qi.setdefault(code, self.dice.random() < 0.85),
                    "ashi_region": None,  # the plan's points: no Ashi among them
                }
            )

    def reviews(
        self,
        batch: Batch,
        plan: CoursePlan,
        course_id: int,
        intake_id: int,
        pains: list[tuple[int, int]],
        pain_start: int,
    ) -> None:
        review = self._review(plan, pains)
        if review is None:
            return
        at_session, decision, reason, refer_to = review
        day = plan.start + dt.timedelta(days=plan.offsets[max(at_session - 1, 0)])
        stamp = timestamp(day, END_OF_DAY)
        batch.rows(CourseReview).append(
            {
                "id": self.keys.next(CourseReview),
                "course_id": course_id,
                "intake_id": intake_id,
                "at_session": at_session,
                "decision": str(decision),
                "extend_by": (
                    plan.planned_sessions - plan.original_sessions
                    if decision is ReviewDecision.EXTEND
                    else None
                ),
                "discharge_reason": (
                    str(plan.discharge_reason) if decision is ReviewDecision.DISCHARGE else None
                ),
                "refer_to": refer_to,
                "reason": reason,
                "note": "",
                "pain_start": pain_start,
                "pain_latest": pains[at_session - 1][1] if at_session else pain_start,
                "decided_by_id": self.staff.practitioner,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )

    def _review(
        self, plan: CoursePlan, pains: list[tuple[int, int]]
    ) -> tuple[int, ReviewDecision, str, str] | None:
        """(at session, decision, reason, refer to) of the course's review, if it has one."""
        dice = self.dice
        status = plan.status
        if status is CourseStatus.DISCHARGED:
            reason = DISCHARGE_TEXT[plan.discharge_reason or DischargeReason.PATIENT_CHOICE]
            return plan.given, ReviewDecision.DISCHARGE, reason, ""
        if status is CourseStatus.REFERRED:
            if plan.red_flag is not None:
                return 0, ReviewDecision.REFER, "Red flag at intake.", plan.red_flag[1]
            reason = f"No meaningful change after {plan.given} sessions."
            return plan.given, ReviewDecision.REFER, reason, dice.pick(REFER_ELSEWHERE)
        if status is CourseStatus.EXTENDED:
            return plan.original_sessions, ReviewDecision.EXTEND, plan.extension_reason, ""
        if plan.given >= plan.mid_review_at and dice.random() < 0.6:
            return plan.mid_review_at, ReviewDecision.CONTINUE, "Improving as expected.", ""
        return None
