"""The clinical report from the record, built through the services: a fictional pregnant
patient (20 weeks) on apixaban, allergic to penicillin, with an implanted device and an
electroacupuncture override, who fainted at session 3 and was discharged after 6
sessions. Page 1 must say all of it; nothing may contradict the record."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from planner.domain.courses import ReviewDraft
from planner.domain.courses_safety import key_of
from planner.domain.intake import IntakeDraft
from planner.domain.plans import ElectroPair, Plan, PointChoice
from planner.domain.sessions import AdverseEventEntry, HealthCheck, NeedleResponse
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    DischargeReason,
    OutcomeMeasure,
    PointSide,
    RedFlag,
    ReviewDecision,
    Technique,
)
from planner.export.model import ClinicalReport
from planner.services.actor import Actor
from planner.services.courses import CourseService
from planner.services.document_report import _regions
from planner.services.document_request import DocumentKind, DocumentRequest
from planner.services.documents import DocumentService
from planner.services.intake import IntakeService
from planner.services.plans import PlanService
from planner.services.sessions import SessionService
from planner.storage.database import Database
from planner.storage.models import Clinic, OutcomeScore
from tests.conftest import BuiltDatabase
from tests.helpers.factories import PRACTITIONER, add_patient, add_user
from tests.unit.export.pdf_reading import contains, pages_text, squash

DAY1 = dt.date(2026, 9, 7)
OVERRIDE = "Cardiologist's letter: the device is EA-safe at low intensity."
NOTE = "Keep walking daily; the midwife knows about the back pain."
UNANSWERED = (RedFlag.FEVER, RedFlag.CONSTANT_NIGHT_PAIN)
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


def _build(db: Database) -> tuple[Actor, int, int]:
    with db.write() as session:
        session.add(Clinic(name="Riverside Acupuncture", currency="EUR"))
    ada = add_user(db, "ada", PRACTITIONER, "Ada Okafor")
    patient = add_patient(db, "Nadia", "Example-Farouk")
    day = DAY1
    intakes = IntakeService(db, ada, today=lambda: day)
    intakes.save(
        patient,
        IntakeDraft(
            intake_date=day,
            complaint="Low back pain since the second trimester began",
            nrs_now=7,
            conditions={Condition.IMPLANTED_DEVICE: True},
            medications=("Eliquis 2.5 mg twice daily",),
            allergies=("penicillin",),
            pregnant=True,
            gestation_weeks=20,
            red_flags={flag: False for flag in RedFlag if flag not in UNANSWERED},
        ),
    )
    for scope in ConsentScope:
        intakes.record_consent(patient, scope, True, day)
    courses = CourseService(db, ada, today=lambda: day)
    course = courses.start(patient, courses.new_course(patient)).id
    plans = PlanService(db, ada, today=lambda: day)
    check = plans.check(course, PLAN)
    overrides = {key_of(f): OVERRIDE for f in check.needs_override}
    acknowledged = frozenset(key_of(f) for f in check.unacknowledged)
    plans.save(course, PLAN, plans.plan(course).course_version, acknowledged, overrides)
    for number, pain in enumerate((7, 6, 6, 5, 4, 4), start=1):
        day = DAY1 + dt.timedelta(days=7 * (number - 1))
        service = SessionService(db, ada, today=lambda day=day: day)  # type: ignore[misc]
        record = service.open_today(course)
        fainted = AdverseEventEntry(
            AdverseEventKind.FAINTING, AdverseSeverity.MODERATE, "Laid flat, legs raised", ""
        )
        draft = replace(
            record.draft,
            pain_before=pain,
            pain_after=pain - 2,
            duration_minutes=45,
            needles_out=record.draft.needles_in_count,
            response=frozenset({NeedleResponse.DE_QI}),
            adverse_events=(fainted,) if number == 3 else (),
            # a medicine started during the course: the report names it too
            check=HealthCheck(new_medications=("Plavix 75 mg daily",))
            if number == 2
            else HealthCheck(),
        )
        saved = service.save_draft(record.id, draft, record.version)
        service.sign(saved.id, saved.version)
    courses = CourseService(db, ada, today=lambda: day)
    courses.record_review(
        course,
        ReviewDraft(
            ReviewDecision.DISCHARGE, discharge_reason=DischargeReason.GOALS_MET, note=NOTE
        ),
        courses.get(course).version,
    )
    with db.write() as session:  # the discharge score (0014: outcome_score.course_id)
        session.add(
            OutcomeScore(
                patient_id=patient,
                course_id=course,
                measure=OutcomeMeasure.NRS_NOW.value,
                value=3,
                recorded_on=day,
            )
        )
    return ada, patient, course


@pytest.fixture
def built(
    built_database: BuiltDatabase[tuple[Actor, int, int]],
) -> tuple[ClinicalReport, list[str]]:
    """The clinic built once per run and engine, copied for each test."""
    db, (ada, patient, course) = built_database("clinical_report_record", _build)
    service = DocumentService(db, ada, today=lambda: DAY1 + dt.timedelta(days=40))
    prepared = service.prepare(
        DocumentRequest(DocumentKind.CLINICAL_REPORT, patient, course_id=course)
    )
    content = prepared.content
    assert isinstance(content, ClinicalReport)
    return content, pages_text(prepared.render())


def test_the_report_carries_the_safety_history_from_the_intake(
    built: tuple[ClinicalReport, list[str]],
) -> None:
    report, _pages = built
    history = report.history
    assert history.pregnant and history.gestation_weeks == 20
    assert [(m.generic, m.kind) for m in history.blood_thinners] == [
        ("apixaban", "anticoagulant"),
        ("clopidogrel", "antiplatelet"),  # from session 2's health check
    ]
    assert history.allergies == ("penicillin",)
    assert [c.condition for c in history.conditions] == [Condition.IMPLANTED_DEVICE]
    assert report.red_flags.open_questions == UNANSWERED and not report.red_flags.complete


def test_an_override_records_the_sessions_the_technique_was_given_at(
    built: tuple[ClinicalReport, list[str]],
) -> None:
    report, _pages = built
    electro = [line for line in report.safety if line.subject == T.ELECTROACUPUNCTURE.value]
    assert electro and all(line.overridden for line in electro)
    assert electro[0].given_at == (1, 2, 3, 4, 5, 6)
    assert electro[0].override_reason == OVERRIDE and electro[0].overridden_by == "Ada Okafor"


def test_scores_taken_at_the_discharge_are_the_latest(
    built: tuple[ClinicalReport, list[str]],
) -> None:
    report, _pages = built
    now = [s for s in report.outcomes if s.measure == OutcomeMeasure.NRS_NOW]
    assert [s.value for s in now] == [7, 3]
    assert now[-1].at_review and not now[0].at_review


def test_page_one_says_what_a_doctor_must_know(built: tuple[ClinicalReport, list[str]]) -> None:
    _report, pages = built
    first = pages[0]
    for wanted in (
        "Pregnant, 20 weeks",
        "apixaban (anticoagulant)",
        "clopidogrel (antiplatelet) – “Plavix 75 mg daily”",
        "Allergies: penicillin.",
        "implanted electrical device",
        "questions not answered: fever and constant or night pain",
        "6 of 6 planned sessions given",
        "Techniques: local needling, distal needling and electroacupuncture at every session.",
        "Pain now (0–10): 7 (intake, 7 Sep 2026)",
        "→ 3 (review,",
        "meaningful improvement",
        "Session 3",
        "Fainting (moderate); action: Laid flat, legs raised",
        "Overridden (Ada Okafor,",
        OVERRIDE,
        "Given at sessions 1–6 with the override.",
        "Discharge at session 6 (Ada Okafor",
        "reason: goals met",
        f"Recommendation: {NOTE}",
        "Guidelines differ",
    ):
        assert contains(first, wanted), wanted
    assert not contains(first, "No review has been recorded yet")


def test_nothing_contradicts_the_record(built: tuple[ClinicalReport, list[str]]) -> None:
    _report, pages = built
    whole = "\n".join(pages)
    assert len(pages) <= 3
    assert not re.search(r"[A-Za-z]_[A-Za-z]", whole), re.findall(r"\S*[a-z]_[a-z]\S*", whole)
    for line in whole.splitlines():
        if "lectroacupuncture" in line:
            assert "Not used" not in line, line
    assert squash("manual needling only") not in squash(whole)
    assert "sciatic nerve" not in whole
    assert contains(whole, "Leg and foot (distal)")  # BL40 lies at the back of the knee


def test_the_distal_leg_points_are_not_said_to_lie_along_the_sciatic_nerve() -> None:
    assert _regions(["BL40", "SP6"]) == ("Leg and foot (distal)",)
    assert _regions(["LI4"]) == ("Hand and forearm (distal)",)
