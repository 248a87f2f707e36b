"""Rows into the clinical course report for the referring physician.

Everything comes from the record: the intake the course started from (complaint, red-flag
screen with the questions left open, pregnancy, blood thinners, allergies, implants, as
the signed sessions' health checks changed them), the safety engine run again on the plan
and on each signed session (findings, with the acknowledgements and override reasons
stored for them, and the sessions each technique or point was given at), the plan, the
signed sessions, outcome scores (at the intake, at sessions, at a review or discharge),
reviews and the practitioner. The safety section is built in
:mod:`planner.services.document_safety`. Like :mod:`planner.services.document_content`,
nothing here checks roles or audits.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.domain import wording
from planner.domain.catalog import PlanRegion, load_catalog
from planner.domain.medications import blood_thinners_in
from planner.domain.red_flags import ASKED
from planner.domain.sessions import SessionDraft
from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    CourseStatus,
    DischargeReason,
    DurationClass,
    OutcomeMeasure,
    PainRegion,
    RedFlag,
    ReviewDecision,
    SessionStatus,
)
from planner.export.aftercare import HOME_ADVICE
from planner.export.model import (
    AdverseEventLine,
    ClinicalReport,
    Complaint,
    ConditionLine,
    CourseBlock,
    HomeAdvice,
    MedicineLine,
    OutcomeScore,
    PlanSummary,
    PractitionerBlock,
    RedFlagScreen,
    Referral,
    ReviewLine,
    SafetyHistory,
    SessionLine,
)
from planner.services.document_content import (
    advice_of,
    clinic_header,
    course_sessions,
    cupping_lines,
    electro_lines,
    moxa_lines,
    patient_block,
    point_lines,
    practitioner_block,
    style_words,
)
from planner.services.document_safety import safety_lines
from planner.services.document_take_home import pregnancy_after
from planner.storage.models import (
    Course,
    CourseReview,
    Intake,
    Patient,
    TakeHomeAdvice,
    TreatmentSession,
    User,
)
from planner.storage.models import OutcomeScore as OutcomeRow
from planner.storage.queries.courses import latest_intake
from planner.storage.queries.plans import plan_of
from planner.storage.queries.sessions import session_draft_of

# Plan regions in the catalogue's words (planner/domain/wording.py), in the enum's order.
REGION_WORDS = wording.labels(PlanRegion)


def clinical_report(
    db_session: Session,
    patient: Patient,
    course: Course,
    today: dt.date,
    author_id: int | None,
) -> ClinicalReport:
    """The report on ``course``: its signed sessions only (drafts are not yet the record)."""
    records = [
        s for s in course_sessions(db_session, course.id) if s.status == SessionStatus.SIGNED
    ]
    drafts = [session_draft_of(record) for record in records]
    intake = db_session.get(Intake, course.intake_id) if course.intake_id else None
    intake = intake or latest_intake(db_session, patient.id)
    practitioner = practitioner_block(db_session, course.practitioner_id, author_id)
    return ClinicalReport(
        clinic=clinic_header(db_session),
        practitioner=practitioner or PractitionerBlock(full_name=""),
        patient=patient_block(patient),
        report_date=today,
        course=_course_block(course, records),
        referral=_referral(patient),
        complaint=_complaint(intake),
        red_flags=_red_flags(intake, drafts),
        history=_history(intake, records, drafts),
        safety=safety_lines(db_session, patient, course, records, drafts, today),
        plan=_plan(db_session, course, records, drafts),
        sessions=tuple(_session_line(r, d) for r, d in zip(records, drafts, strict=True)),
        outcomes=_outcomes(db_session, patient, course, records, today),
        reviews=_reviews(db_session, course),
    )


def _course_block(course: Course, records: Sequence[TreatmentSession]) -> CourseBlock:
    minutes = [r.duration_minutes for r in records if r.duration_minutes]
    return CourseBlock(
        start_date=course.start_date,
        planned_sessions=course.planned_sessions,
        sessions_per_week=course.sessions_per_week,
        session_minutes=round(statistics.median(minutes)) if minutes else None,
        end_date=course.end_date,
        status=CourseStatus(course.status),
        goals=course.goals,
        goal_target_pain=course.goal_target_pain,
        extension_reason=course.extension_reason,
    )


def _referral(patient: Patient) -> Referral:
    named = patient.referring_physician_name.strip()
    return Referral(
        source="Referred by a physician" if named else "No referring physician recorded",
        physician_name=patient.referring_physician_name,
        physician_clinic=patient.referring_physician_clinic,
        physician_contact=patient.referring_physician_contact,
    )


def _complaint(intake: Intake | None) -> Complaint:
    if intake is None:
        return Complaint()
    regions = [r for r in intake.pain_regions if r in PainRegion._value2member_map_]
    return Complaint(
        presenting_complaint=intake.complaint,
        regions=tuple(PainRegion(r) for r in regions),
        sciatica_side=BodySide(intake.sciatica_side) if intake.sciatica_side else None,
        onset_date=intake.onset_date,
        duration_class=DurationClass(intake.duration_class) if intake.duration_class else None,
        cause=Cause(intake.cause) if intake.cause else None,
        cause_other=intake.cause_other,
        diagnosis=intake.pattern,
    )


def _red_flags(intake: Intake | None, drafts: Sequence[SessionDraft]) -> RedFlagScreen:
    """The intake's screen, with red flags found at later sessions' health checks added."""
    later = frozenset(flag for draft in drafts for flag in draft.check.new_red_flags)
    if intake is None:
        return RedFlagScreen(present=later, complete=False)
    answers = {
        RedFlag(row.flag): row.answer
        for row in intake.red_flags
        if row.flag in RedFlag._value2member_map_
    }
    present = frozenset(flag for flag, yes in answers.items() if yes) | later
    unanswered = tuple(flag for flag in ASKED if flag not in answers)  # derived ones not asked
    return RedFlagScreen(
        screened_on=intake.intake_date,
        present=present,
        complete=not unanswered,
        advice=intake.red_flag_advice,
        open_questions=unanswered,
    )


def _history(
    intake: Intake | None,
    records: Sequence[TreatmentSession] = (),
    drafts: Sequence[SessionDraft] = (),
) -> SafetyHistory:
    """Pregnancy, blood thinners (ATC B01A, read from the medication lines as typed),
    allergies and the safety-checklist answers of yes, from the course's intake as the
    signed sessions' health checks changed it (new medicines, conditions, pregnancy)."""
    if intake is None and not drafts:
        return SafetyHistory()
    lines = [row.text for row in intake.medications] if intake is not None else []
    conditions = [
        ConditionLine(Condition(row.condition), row.note)
        for row in sorted(intake.conditions if intake else [], key=lambda r: r.id or 0)
        if row.present and row.condition in Condition._value2member_map_
    ]
    pregnant = intake.pregnant if intake is not None else None
    weeks = intake.gestation_weeks if intake is not None and intake.pregnant else None
    for draft in drafts:
        check = draft.check
        lines += [text for text in check.new_medications if text not in lines]
        known = {line.condition for line in conditions}
        conditions += [ConditionLine(c) for c in Condition if c in check.new_conditions - known]
    answers = [(r.number, d.check.now_pregnant) for r, d in zip(records, drafts, strict=True)]
    pregnant, changed_at = pregnancy_after(pregnant, answers)
    if changed_at is not None:
        weeks = None  # the weeks were asked at the intake, not at the health check
    thinners: list[MedicineLine] = []
    for text in lines:
        for medicine in blood_thinners_in([text]):
            if all(m.generic != medicine.generic for m in thinners):
                thinners.append(MedicineLine(medicine.generic, medicine.kind.value, text))
    return SafetyHistory(
        pregnant=pregnant,
        gestation_weeks=weeks,
        pregnancy_changed_at=changed_at,
        blood_thinners=tuple(thinners),
        allergies=tuple(a.text.strip() for a in intake.allergies if a.text.strip())
        if intake is not None
        else (),
        conditions=tuple(conditions),
        other_conditions=intake.other_conditions if intake is not None else "",
    )


# --- plan, sessions, outcomes, reviews ------------------------------------------------------


def _plan(
    db_session: Session,
    course: Course,
    records: Sequence[TreatmentSession],
    drafts: Sequence[SessionDraft],
) -> PlanSummary:
    plan = plan_of(course)
    needle = next(
        (str(t.parameters["needle"]) for t in course.techniques if t.parameters.get("needle")),
        "",
    )
    return PlanSummary(
        style=style_words(plan.acupuncture_style),
        rationale=plan.rationale,
        protocol=plan.protocol,
        variation=_variation(plan.point_codes, drafts),
        techniques=frozenset(plan.techniques),
        regions=_regions(plan.point_codes),
        points=point_lines(plan),
        electro=electro_lines(plan),
        cupping=cupping_lines(plan),
        moxibustion=moxa_lines(plan),
        retention_minutes=plan.retention_minutes,
        needle_type=needle,
        other_interventions=_home_advice_given(db_session, records),
    )


def _regions(codes: Sequence[str]) -> tuple[str, ...]:
    """The plan's regions, each point counted once, in the first region that lists it (a
    bare Jiaji code is listed for the lower and the upper back; its level decides)."""
    catalog = load_catalog()
    listed = {
        region: {c.split(":", 1)[0] for c in catalog.regions.get(region, ())}
        for region in REGION_WORDS
    }
    chosen: set[PlanRegion] = set()
    for code in codes:
        base, _, level = code.partition(":")
        order = list(listed)
        if level[:1] in ("C", "T"):  # Jiaji beside the neck or thoracic spine
            order.insert(0, PlanRegion.UPPER_BACK_NECK_LOCAL)
        first = next((region for region in order if base in listed[region]), None)
        if first is not None:
            chosen.add(first)
    return tuple(words for region, words in REGION_WORDS.items() if region in chosen)


def _variation(planned: Sequence[str], drafts: Sequence[SessionDraft]) -> str:
    if not drafts:
        return ""
    changed = sum(set(d.treatment.point_codes) != set(planned) for d in drafts)
    if not changed:
        return "The planned points were used at every session."
    return f"Points were adjusted at {changed} of {len(drafts)} sessions (see the table)."


def _home_advice_given(db_session: Session, records: Sequence[TreatmentSession]) -> str:
    """The home advice ticked during the course (STRICTA 4a), in the sheet's words."""
    if not records:
        return ""
    rows = db_session.scalars(
        select(TakeHomeAdvice).where(TakeHomeAdvice.session_id.in_([r.id for r in records]))
    )
    advice: set[HomeAdvice] = set()
    notes: list[str] = []
    for row in rows:
        ticked, note, _heat = advice_of(row)
        advice |= ticked
        if note.strip() and note.strip() not in notes:
            notes.append(note.strip())
    parts = [HOME_ADVICE[item] for item in HomeAdvice if item in advice] + notes
    return " ".join(parts)


def _session_line(record: TreatmentSession, draft: SessionDraft) -> SessionLine:
    treatment = draft.treatment
    return SessionLine(
        number=record.number,
        session_date=record.session_date,
        techniques=frozenset(treatment.techniques),
        points=point_lines(treatment),
        needles_in=record.needles_in,
        needles_out=record.needles_out,
        response=frozenset(r.value for r in draft.response),
        retention_minutes=record.retention_minutes,
        duration_minutes=record.duration_minutes,
        electro=electro_lines(treatment),
        cupping=cupping_lines(treatment),
        moxibustion=moxa_lines(treatment),
        pain_before=record.pain_before,
        pain_after=record.pain_after,
        adverse_events=tuple(
            AdverseEventLine(e.kind, e.severity, e.action_taken, e.description)
            for e in draft.adverse_events
        ),
    )


def _outcomes(
    db_session: Session,
    patient: Patient,
    course: Course,
    records: Sequence[TreatmentSession],
    today: dt.date,
) -> tuple[OutcomeScore, ...]:
    """Scores taken at the course's intake, at its sessions, or while it ran."""
    end = course.end_date or today
    numbers = {r.id: r.number for r in records}
    rows = db_session.scalars(
        select(OutcomeRow)
        .where(
            OutcomeRow.patient_id == patient.id,
            or_(
                OutcomeRow.intake_id == course.intake_id,
                OutcomeRow.session_id.in_(list(numbers)),
                OutcomeRow.course_id == course.id,
                OutcomeRow.recorded_on.between(course.start_date, end),
            ),
        )
        .order_by(OutcomeRow.recorded_on, OutcomeRow.id)
    )
    return tuple(
        OutcomeScore(
            OutcomeMeasure(row.measure),
            row.recorded_on,
            row.value,
            session_number=numbers.get(row.session_id) if row.session_id else None,
            at_review=row.course_id == course.id,
            at_intake=row.session_id is None
            and row.course_id is None
            and row.intake_id is not None
            and row.intake_id == course.intake_id,
        )
        for row in rows
        if row.measure in OutcomeMeasure._value2member_map_
        # another course's review score or an unsigned session's score is not this record
        and (row.course_id is None or row.course_id == course.id)
        and (row.session_id is None or row.session_id in numbers)
    )


def _reviews(db_session: Session, course: Course) -> tuple[ReviewLine, ...]:
    rows = db_session.execute(
        select(CourseReview, User.full_name, User.username)
        .outerjoin(User, User.id == CourseReview.decided_by_id)
        .where(CourseReview.course_id == course.id)
        .order_by(CourseReview.created_at, CourseReview.id)
    )
    return tuple(
        ReviewLine(
            at_session=row.at_session,
            decision=ReviewDecision(row.decision),
            decided_on=row.created_at.astimezone().date(),
            decided_by=full_name or username or "",
            extend_by=row.extend_by,
            discharge_reason=DischargeReason(row.discharge_reason)
            if row.discharge_reason
            else None,
            refer_to=row.refer_to,
            reason=row.reason,
            note=row.note,
        )
        for row, full_name, username in rows
    )
