"""A small fictional clinic for the document tests, built through the services.

Patient Zoë (the one the documents are about) has a course of 6 with an audited safety
override, sessions 1 and 2 signed with fees and desk payments, session 3 drafted and
not signed, sessions 4–6 scheduled, home advice ticked at session 1 and a review at
session 2. A second patient, Ignatius, has one signed session of his own: none of his
data may ever appear in Zoë's documents. Free texts carry canaries so a test can tell
where each one ended up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select

from planner.domain.courses import ReviewDraft
from planner.domain.courses_safety import key_of
from planner.domain.intake import IntakeDraft
from planner.domain.plans import ElectroPair, Plan, PointChoice
from planner.domain.sessions import AdverseEventEntry, NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    PaymentMethod,
    PointSide,
    RedFlag,
    ReviewDecision,
    Technique,
)
from planner.export.model import HomeAdvice
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.document_advice import HomeAdviceChoice
from planner.services.documents import DocumentService
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import Clinic, Patient, TreatmentSession, User
from tests.helpers.factories import ADMIN, PRACTITIONER, RECEPTION, add_patient, add_user

DAY1 = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 11, 16)  # session 3 is recorded on this day
NOTES_CANARY = "CANARY-NOTE-7731"
OTHER_CANARY = "QUARRINGTON-ONLY-5512"
COMPLAINT = "Aching low back after lifting boxes"
PATTERN = "Qi and blood stagnation in the lower back"
OVERRIDE_REASON = "Cardiologist's letter: device is EA-safe at low intensity."
REVIEW_NOTE = "Keeps walking daily; continue as planned."
ADVICE_NOTE = "Walk for 20 minutes each morning."
EVENT = "Small bruise at BL25 on the right"
REGISTRATION = "LIC-2231-XY"
T = Technique
B, M = PointSide.BILATERAL, PointSide.MIDLINE
PLAN = Plan(
    techniques=frozenset({T.LOCAL_NEEDLING, T.DISTAL_NEEDLING, T.ELECTROACUPUNCTURE}),
    points=(
        PointChoice("BL23", B, "1 cun"),
        PointChoice("BL25", B),
        PointChoice("GV3", M),
        PointChoice("BL40", B),
    ),
    electro=(ElectroPair("BL23", "BL25"),),
    rationale="Local and distal points for chronic low back pain.",
)


@dataclass
class DocumentClinic:
    db: Database
    ada: Actor  # practitioner
    reza: Actor  # reception
    sam: Actor  # admin
    patient: int
    course: int
    signed: tuple[int, int]  # sessions 1 and 2
    draft: int  # session 3
    scheduled: int  # session 4
    other: int  # Ignatius
    other_course: int
    other_session: int

    def documents(self, actor: Actor | None = None, today: dt.date = TODAY) -> DocumentService:
        return DocumentService(self.db, actor or self.ada, today=lambda: today)


def build(
    db: Database, *, name: tuple[str, str] = ("Zoë", "Łukasz-Papadopoulou"), demo: bool = False
) -> DocumentClinic:
    with db.write() as session:
        session.add(
            Clinic(
                name="Riverside Acupuncture",
                address="12 Mill Lane\nOldtown",
                phone="+44 1234 567890",
                email="desk@riverside.example",
                currency="EUR",
                is_demo=demo,
            )
        )
    ada = add_user(db, "ada", PRACTITIONER, "Ada Okafor")
    with db.write() as session:
        user = session.get(User, ada.user_id)
        assert user is not None
        user.credentials, user.registration_number = "Lic. Ac.", REGISTRATION
    reza = add_user(db, "reza", RECEPTION, "Reza Front")
    sam = add_user(db, "sam", ADMIN, "Sam Admin")
    patient = add_patient(db, *name)
    with db.write() as session:
        row = session.get(Patient, patient)
        assert row is not None
        row.referring_physician_name = "Dr Aoife Brennan"
        row.insurance_policy = "OM-77-1234"
    course, sessions = _course(db, ada, patient, complete=True)
    other = add_patient(db, "Ignatius", "Quarrington")
    other_course, other_sessions = _course(db, ada, other, complete=False)
    return DocumentClinic(
        db,
        ada,
        reza,
        sam,
        patient,
        course,
        (sessions[0], sessions[1]),
        sessions[2],
        sessions[3],
        other,
        other_course,
        other_sessions[0],
    )


def _course(db: Database, ada: Actor, patient: int, *, complete: bool) -> tuple[int, list[int]]:
    """Intake, consents, a course and its plan (with an override), sessions given."""
    day = DAY1
    intakes = IntakeService(db, ada, today=lambda: day)
    canary = "" if complete else f" {OTHER_CANARY}"
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=day,
            complaint=COMPLAINT + canary,
            nrs_now=7,
            conditions={Condition.IMPLANTED_DEVICE: True},
            red_flags={flag: False for flag in RedFlag},
            pattern=PATTERN + canary,
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, day)
    courses = CourseService(db, ada, today=lambda: day)
    course = courses.start(patient, courses.new_course(patient)).id
    plans = PlanService(db, ada, today=lambda: day)
    check = plans.check(course, PLAN)
    overrides = {key_of(f): OVERRIDE_REASON + canary for f in check.needs_override}
    acknowledged = frozenset(key_of(f) for f in check.unacknowledged)
    version = plans.plan(course).course_version
    plans.save(course, PLAN, version, acknowledged, overrides)
    given: list[int] = []
    for number, pain in enumerate((7, 5, 4) if complete else (6,), start=1):
        day = DAY1 + dt.timedelta(days=7 * (number - 1))
        service = SessionService(db, ada, today=lambda day=day: day)  # type: ignore[misc]
        record = service.open_today(course)
        draft = replace(
            record.draft,
            pain_before=pain,
            pain_after=pain - 2,
            duration_minutes=45,
            needles_out=record.draft.needles_in_count,
            response=frozenset({NeedleResponse.DE_QI}),
            notes=f"{NOTES_CANARY}{canary} session {number}",
            fee_cents=6500,
            adverse_events=(
                (AdverseEventEntry(AdverseEventKind.BRUISING, AdverseSeverity.MILD, "", EVENT),)
                if number == 1
                else ()
            ),
        )
        saved = service.save_draft(record.id, draft, record.version)
        given.append(saved.id)
        if number == 3:
            break  # session 3 stays a draft
        service.sign(saved.id, saved.version)
        service.record_payment(saved.id, 4000, PaymentMethod.CARD, day)
        if number == 1:
            service.record_payment(saved.id, 2500, PaymentMethod.CASH, day)
            DocumentService(db, ada, today=lambda day=day: day).save_home_advice(  # type: ignore[misc]
                saved.id,
                HomeAdviceChoice(
                    frozenset({HomeAdvice.CORE_EXERCISES, HomeAdvice.SITTING_BREAKS}),
                    ADVICE_NOTE,
                    heat_advised=True,
                ),
                None,
            )
        if number == 2:
            courses = CourseService(db, ada, today=lambda day=day: day)  # type: ignore[misc]
            version = courses.get(course).version
            courses.record_review(
                course, ReviewDraft(ReviewDecision.CONTINUE, note=REVIEW_NOTE), version
            )
    with db.read() as session:
        waiting = session.scalars(
            select(TreatmentSession.id)
            .where(TreatmentSession.course_id == course, TreatmentSession.status == "scheduled")
            .order_by(TreatmentSession.number)
        ).all()
    return course, [*given, *waiting]
