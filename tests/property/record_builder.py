"""Fictional records for the document property tests, built through the services.

A :class:`Case` says what the record holds (the plan's techniques, safety-relevant
history, adverse events, outcome scores, a referral, an unsigned last session); :func:`add`
writes it for a new patient in a database that already has the clinic and its users
(:func:`clinic`), and returns what the documents must say (:class:`Built`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from planner.domain.courses_safety import key_of
from planner.domain.intake import IntakeDraft
from planner.domain.plans import Cupping, ElectroPair, Moxibustion, Plan, PointChoice
from planner.domain.sessions import AdverseEventEntry, NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    CuppingType,
    MoxaType,
    PaymentMethod,
    PointSide,
    Technique,
)
from planner.export.model import HomeAdvice
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.document_advice import HomeAdviceChoice
from planner.services.documents import DocumentService
from planner.services.intake import IntakeService
from planner.services.outcomes import OutcomeEntry, OutcomeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import Clinic, Patient, User
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.screened import SCREENED

DAY1 = dt.date(2026, 9, 7)
T = Technique
B, M = PointSide.BILATERAL, PointSide.MIDLINE
PRACTITIONER_NAME = "Ada Okafor"
ALLERGY = "Penicillin (rash)"
MEDICINE = "Apixaban 5 mg twice daily"
PHYSICIAN = "Dr Aoife Brennan"
COMPLAINT = "Aching low back after gardening"

# What each adverse event kind is recorded with: a description the documents must carry.
EVENTS = {
    AdverseEventKind.BRUISING: "Small bruise at BL25 on the right",
    AdverseEventKind.FAINTING: "Felt faint after needling, lay down ten minutes",
    AdverseEventKind.SORENESS: "Sore lower back for the evening",
}


@dataclass(frozen=True)
class Case:
    techniques: frozenset[Technique]
    sessions: int = 2  # given; the last may stay unsigned
    last_unsigned: bool = False
    pregnant_weeks: int | None = None
    anticoagulant: bool = False
    allergy: bool = False
    implanted_device: bool = False
    referral: bool = False
    # per session given (by index): the adverse event recorded at it
    events: tuple[AdverseEventKind | None, ...] = ()
    # pain now before each session given
    pain: tuple[int, ...] = ()
    many_points: bool = False  # 16 points, not 4
    notes: str = ""  # the session notes, at every session
    all_advice: bool = False  # every piece of home advice ticked, and a note of its own


@dataclass
class Built:
    case: Case
    patient: int
    course: int
    sessions: list[int]  # given, in order
    overrides: dict[str, str] = field(default_factory=dict)  # subject -> reason
    signed: list[bool] = field(default_factory=list)


@dataclass
class PropertyClinic:
    db: Database
    ada: Actor
    reza: Actor


def clinic(db: Database) -> PropertyClinic:
    with db.write() as session:
        session.add(
            Clinic(
                name="Harbourside Acupuncture",
                address="3 Quay Street\nPortbury",
                phone="+44 1234 000111",
                email="desk@harbourside.example",
                currency="GBP",
            )
        )
    ada = add_user(db, "ada", PRACTITIONER, PRACTITIONER_NAME)
    with db.write() as session:
        user = session.get(User, ada.user_id)
        assert user is not None
        user.credentials, user.registration_number = "Lic. Ac.", "LIC-0042-PT"
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    return PropertyClinic(db, ada, reza)


MORE_POINTS = ("BL24", "BL26", "BL52", "GB30", "BL54", "BL36", "BL37", "BL57", "BL60")
MORE_POINTS += ("KI3", "GB34", "SI3")
ADVICE_NOTE = "Walk for twenty minutes each morning and evening, " * 5


def plan_for(techniques: frozenset[Technique], many_points: bool = False) -> Plan:
    more = tuple(PointChoice(code, B) for code in MORE_POINTS) if many_points else ()
    return Plan(
        techniques=techniques,
        points=(
            PointChoice("BL23", B, "1 cun"),
            PointChoice("BL25", B),
            PointChoice("GV3", M),
            PointChoice("BL40", B),
            *more,
        ),
        electro=(ElectroPair("BL23", "BL25"),) if T.ELECTROACUPUNCTURE in techniques else (),
        cupping=Cupping(CuppingType.DRY, ("lower back",), 10) if T.CUPPING in techniques else None,
        moxibustion=(
            Moxibustion(MoxaType.STICK, ("BL23",), 10) if T.MOXIBUSTION in techniques else None
        ),
        rationale="Local and distal points for low back pain.",
    )


def add(place: PropertyClinic, case: Case, family: str) -> Built:
    db, ada = place.db, place.ada
    patient = add_patient(db, "Mira", family)
    if case.referral:
        with db.write() as session:
            row = session.get(Patient, patient)
            assert row is not None
            row.referring_physician_name = PHYSICIAN
            row.referring_physician_clinic = "Portbury Health Centre"
    day = DAY1
    intakes = IntakeService(db, ada, today=lambda: day)
    conditions = {c: False for c in Condition}
    conditions[Condition.IMPLANTED_DEVICE] = case.implanted_device
    conditions[Condition.ANTICOAGULANT_THERAPY] = case.anticoagulant
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=day,
            complaint=COMPLAINT,
            nrs_now=case.pain[0] if case.pain else 6,
            conditions=conditions,
            medications=(MEDICINE,) if case.anticoagulant else (),
            allergies=(ALLERGY,) if case.allergy else (),
            pregnant=case.pregnant_weeks is not None,
            gestation_weeks=case.pregnant_weeks,
            red_flags=dict(SCREENED),
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, day)
    courses = CourseService(db, ada, today=lambda: day)
    course = courses.start(patient, courses.new_course(patient)).id
    plans = PlanService(db, ada, today=lambda: day)
    plan = plan_for(case.techniques, case.many_points)
    check = plans.check(course, plan)
    overrides = {}
    reasons: dict[str, str] = {}
    for finding in check.needs_override:
        reason = f"Weighed with the patient: {finding.subject} needed (case {family})."
        overrides[key_of(finding)] = reason
        reasons[str(finding.subject)] = reason
    acknowledged = frozenset(key_of(f) for f in check.unacknowledged)
    plans.save(course, plan, plans.plan(course).course_version, acknowledged, overrides)
    built = Built(case, patient, course, [], reasons)
    for index in range(case.sessions):
        day = DAY1 + dt.timedelta(days=7 * index)
        service = SessionService(db, ada, today=lambda day=day: day)  # type: ignore[misc]
        record = service.open_today(course)
        pain = case.pain[index] if index < len(case.pain) else 5
        event = case.events[index] if index < len(case.events) else None
        draft = replace(
            record.draft,
            pain_before=pain,
            pain_after=max(pain - 2, 0),
            duration_minutes=40,
            needles_out=record.draft.needles_in_count,
            response=frozenset({NeedleResponse.DE_QI}),
            fee_cents=6000,
            notes=case.notes or record.draft.notes,
            adverse_events=(
                (AdverseEventEntry(event, AdverseSeverity.MILD, "Rested", EVENTS[event]),)
                if event is not None
                else ()
            ),
        )
        saved = service.save_draft(record.id, draft, record.version)
        OutcomeService(db, ada, today=lambda day=day: day).record_for_session(  # type: ignore[misc]
            saved.id, OutcomeEntry(pain, pain, max(pain - 1, 0), max(pain - 2, 0))
        )
        built.sessions.append(saved.id)
        unsigned = case.last_unsigned and index == case.sessions - 1
        built.signed.append(not unsigned)
        if unsigned:
            break
        current = service.get(saved.id)
        service.sign(saved.id, current.version)
        service.record_payment(saved.id, 6000, PaymentMethod.CARD, day)
    if case.all_advice:
        DocumentService(db, ada).save_home_advice(
            built.sessions[0],
            HomeAdviceChoice(frozenset(HomeAdvice), ADVICE_NOTE[:300].strip(), heat_advised=True),
            None,
        )
    return built
