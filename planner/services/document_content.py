"""Rows into the documents' plain data: the parts every document shares and the take-home
sheet (the receipt: :mod:`planner.services.document_receipt`; the clinical report:
:mod:`planner.services.document_report`).

Nothing here checks roles, audits or opens a transaction: :class:`DocumentService` calls
these inside its own. Text goes over exactly as stored; the documents escape it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain import wording
from planner.domain.patients import full_name
from planner.domain.plans import Plan
from planner.domain.vocab import AcupunctureStyle, SessionStatus, Sex, Technique
from planner.export.model import (
    ClinicHeader,
    CuppingLine,
    ElectroLine,
    HomeAdvice,
    MoxaLine,
    PainPoint,
    PatientBlock,
    PointLine,
    PractitionerBlock,
    TakeHomeSheet,
)
from planner.services import document_take_home as take_home
from planner.services.patients import format_chart_number
from planner.storage.models import (
    Clinic,
    Course,
    Patient,
    TakeHomeAdvice,
    TreatmentSession,
    User,
)
from planner.storage.queries.sessions import session_treatment_of

HELD = frozenset({SessionStatus.DRAFT, SessionStatus.SIGNED})
NEXT_APPOINTMENTS = 4  # at most, on a take-home sheet

STYLE_WORDS = wording.labels(AcupunctureStyle)


def style_words(value: str) -> str:
    try:
        return STYLE_WORDS[AcupunctureStyle(value)]
    except (ValueError, KeyError):  # a style this version does not know: as stored
        return value


# --- who: clinic, patient, practitioner ---------------------------------------------------


def clinic_header(db_session: Session) -> ClinicHeader:
    clinic = db_session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
    if clinic is None:
        return ClinicHeader(name="")
    return ClinicHeader(
        name=clinic.name,
        address=clinic.address,
        phone=clinic.phone,
        email=clinic.email,
        currency=clinic.currency or "EUR",
        demo=clinic.is_demo,
        tax_number=clinic.tax_number,
        registering_body=clinic.registering_body,
    )


def patient_name(patient: Patient) -> str:
    return full_name(patient.given_name, patient.family_name)


def patient_block(patient: Patient, *, full: bool = True) -> PatientBlock:
    """Name, date of birth and chart number; ``full`` adds sex, address and insurance."""
    sex = patient.sex if patient.sex in Sex._value2member_map_ else None
    return PatientBlock(
        full_name=patient_name(patient),
        date_of_birth=patient.date_of_birth,
        chart_number=format_chart_number(patient.chart_number),
        sex=Sex(sex) if full and sex else None,
        address=patient.address if full else "",
        insurance_provider=patient.insurance_provider if full else "",
        insurance_policy=patient.insurance_policy if full else "",
    )


def practitioner_block(db_session: Session, *user_ids: int | None) -> PractitionerBlock | None:
    """The first of ``user_ids`` that names a user, as the documents sign with it."""
    for user_id in user_ids:
        user = db_session.get(User, user_id) if user_id is not None else None
        if user is not None:
            return PractitionerBlock(
                full_name=user.full_name or user.username,
                credentials=user.credentials,
                registration_number=user.registration_number,
                acupuncture_style=style_words(user.acupuncture_style),
                years_of_practice=user.years_of_practice,
            )
    return None


def session_practitioner(record: TreatmentSession, course: Course) -> tuple[int | None, ...]:
    return (record.signed_by_id, record.practitioner_id, course.practitioner_id)


# --- what was given -------------------------------------------------------------------------


def point_lines(plan: Plan) -> tuple[PointLine, ...]:
    return tuple(
        PointLine(p.code, p.side, p.depth, p.stimulation, p.ashi_region) for p in plan.points
    )


def electro_lines(plan: Plan) -> tuple[ElectroLine, ...]:
    return tuple(
        ElectroLine(
            e.point_a,
            e.point_b,
            e.mode,
            e.hertz,
            e.pulse_width_ms,
            e.intensity,
            e.minutes,
            e.side_a,
            e.side_b,
        )
        for e in plan.electro
    )


def cupping_lines(plan: Plan) -> tuple[CuppingLine, ...]:
    if plan.cupping is None or Technique.CUPPING not in plan.techniques:
        return ()
    return (CuppingLine(plan.cupping.type, plan.cupping.sites, plan.cupping.minutes),)


def moxa_lines(plan: Plan) -> tuple[MoxaLine, ...]:
    if plan.moxibustion is None or Technique.MOXIBUSTION not in plan.techniques:
        return ()
    moxa = plan.moxibustion
    return (MoxaLine(moxa.type, moxa.sites, moxa.minutes),)


def course_sessions(db_session: Session, course_id: int) -> list[TreatmentSession]:
    return list(
        db_session.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.number)
        )
    )


# --- home advice ------------------------------------------------------------------------------


def advice_row(
    db_session: Session, record: TreatmentSession, sessions: Sequence[TreatmentSession]
) -> tuple[TakeHomeAdvice | None, TreatmentSession | None]:
    """The advice ticked for ``record``, else for the latest earlier session of its course
    (advice usually carries on); with the session it was ticked for."""
    earlier = [s for s in sessions if s.number <= record.number and s.status in HELD]
    if record not in earlier:
        earlier.append(record)
    ids = [s.id for s in earlier]
    rows = {
        row.session_id: row
        for row in db_session.scalars(
            select(TakeHomeAdvice).where(TakeHomeAdvice.session_id.in_(ids))
        )
    }
    for candidate in sorted(earlier, key=lambda s: s.number, reverse=True):
        if candidate.id in rows:
            return rows[candidate.id], candidate
    return None, None


def advice_of(row: TakeHomeAdvice | None) -> tuple[frozenset[HomeAdvice], str, bool]:
    if row is None:
        return frozenset(), "", False
    known = [value for value in row.advice if value in HomeAdvice._value2member_map_]
    return frozenset(HomeAdvice(value) for value in known), row.note, row.heat_advised


# --- the take-home sheet ------------------------------------------------------------------


def take_home_sheet(
    db_session: Session,
    patient: Patient,
    course: Course,
    record: TreatmentSession,
    *,
    end_of_course: bool | None = None,
) -> TakeHomeSheet:
    """The sheet for ``record`` (the last session given, for the end of a course): with
    the pregnancy warning signs when the patient is pregnant, the day's adverse events,
    and — at the end of a course (``None``: a closed course's last session given) — how
    the course went and what to do next.

    Reception prints the same sheet: of the clinical record it reads only what the sheet
    prints (intake date, pregnancy and pain now; the session's pregnancy answer and
    adverse events; outcome scores; the course's target pain), which is all its
    PostgreSQL login may read of those tables (planner/storage/pg_roles.py)."""
    sessions = course_sessions(db_session, course.id)
    if end_of_course is None:
        end_of_course = take_home.is_course_end(course, record, sessions)
    treatment = session_treatment_of(record)
    row, _ = advice_row(db_session, record, sessions)
    advice, note, heat = advice_of(row)
    history = [
        PainPoint(s.number, s.session_date, s.pain_before, s.pain_after)
        for s in sessions
        if s.number <= record.number and (s.status in HELD or s.id == record.id)
    ]
    return TakeHomeSheet(
        clinic=clinic_header(db_session),
        patient=patient_block(patient, full=False),
        session_date=record.session_date,
        session_number=record.number,
        planned_sessions=course.planned_sessions,
        practitioner=practitioner_block(db_session, *session_practitioner(record, course)),
        techniques=frozenset(treatment.techniques),
        points=point_lines(treatment),
        electro=electro_lines(treatment),
        cupping=cupping_lines(treatment),
        moxibustion=moxa_lines(treatment),
        heat_advised=heat,
        advice=advice,
        advice_note=note,
        next_appointments=take_home.next_appointments(
            db_session, record, sessions, NEXT_APPOINTMENTS
        ),
        pain_history=tuple(history),
        pregnant=take_home.pregnant_at(db_session, course, record),
        adverse_events=take_home.adverse_events(record),
        course_end=take_home.course_end(db_session, course, record, sessions)
        if end_of_course
        else None,
    )
