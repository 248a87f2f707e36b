"""Fictional documents for the export tests and the benchmark (no real people)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.domain.safety import Severity
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    BodySide,
    Cause,
    CourseStatus,
    CuppingType,
    DischargeReason,
    DurationClass,
    EAFrequencyMode,
    MoxaType,
    OutcomeMeasure,
    PainRegion,
    PaymentMethod,
    PointSide,
    RedFlag,
    ReviewDecision,
    Sex,
    Stimulation,
    Technique,
)
from planner.export.model import (
    AdverseEventLine,
    Appointment,
    ClinicalReport,
    ClinicHeader,
    Complaint,
    CourseBlock,
    CuppingLine,
    ElectroLine,
    FeeLine,
    HomeAdvice,
    MoxaLine,
    OutcomeScore,
    PainPoint,
    PatientBlock,
    PlanSummary,
    PointLine,
    PractitionerBlock,
    Receipt,
    RedFlagScreen,
    Referral,
    ReviewLine,
    SafetyLine,
    SessionLine,
    TakeHomeSheet,
)

START = dt.date(2025, 3, 3)
NOTES_CANARY = "CANARY-CLINICAL-NOTE"

CLINIC = ClinicHeader(
    name="Riverside Acupuncture & Back Care",
    address="12 Mill Lane\nOldtown OT1 2AB",
    phone="+44 1234 567890",
    email="desk@riverside.example",
    currency="GBP",
)
PRACTITIONER = PractitionerBlock(
    full_name="Mei Lin Okafor",
    credentials="Lic. Ac., MSc",
    registration_number="BAcC-0042",
    acupuncture_style="Traditional Chinese (TCM)",
    years_of_practice=12,
)
PATIENT = PatientBlock(
    full_name="Zoë Łukasz-Papadopoulou",
    date_of_birth=dt.date(1979, 4, 2),
    chart_number="C-00017",
    sex=Sex.FEMALE,
    address="4 Orchard Row, Oldtown",
    insurance_provider="Oldtown Mutual",
    insurance_policy="OM-77-1234",
)
POINTS = (
    PointLine("BL23", PointSide.BILATERAL, "1 cun", Stimulation.EVEN),
    PointLine("BL25", PointSide.BILATERAL, "1 cun"),
    PointLine("GV3", PointSide.MIDLINE, "0.5 cun"),
    PointLine("EX-B2:L4", PointSide.BILATERAL),
    PointLine("BL40", PointSide.BILATERAL, "1 cun", Stimulation.SEDATE),
    PointLine("GB34", PointSide.LEFT),
)
TECHNIQUES = frozenset(
    {Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING, Technique.ELECTROACUPUNCTURE}
)
PAIN = (
    (7, 5), (6, 4), (6, 4), (5, 3), (4, 3), (4, 2), (3, 2), (3, 2), (3, 1), (2, 1), (2, 1), (2, 1)
)  # fmt: skip


def pain_history(upto: int) -> tuple[PainPoint, ...]:
    return tuple(
        PainPoint(n, START + dt.timedelta(days=7 * (n - 1)), *PAIN[(n - 1) % len(PAIN)])
        for n in range(1, upto + 1)
    )


def take_home(session: int = 3, planned: int = 6, **changes: object) -> TakeHomeSheet:
    sheet = TakeHomeSheet(
        clinic=CLINIC,
        patient=PATIENT,
        session_date=START + dt.timedelta(days=7 * (session - 1)),
        session_number=session,
        planned_sessions=planned,
        practitioner=PRACTITIONER,
        techniques=TECHNIQUES,
        points=POINTS,
        heat_advised=True,
        advice=frozenset({HomeAdvice.CORE_EXERCISES, HomeAdvice.SITTING_BREAKS}),
        advice_note="Walk for 20 minutes each day.",
        next_appointments=(Appointment(START + dt.timedelta(days=7 * session), dt.time(9, 30)),),
        pain_history=pain_history(session),
    )
    return replace(sheet, **changes)  # type: ignore[arg-type]


def fee_line(number: int, planned: int = 6, **changes: object) -> FeeLine:
    line = FeeLine(
        service_date=START + dt.timedelta(days=7 * (number - 1)),
        techniques=TECHNIQUES,
        duration_minutes=45,
        fee_cents=6500,
        paid_cents=6500,
        payment_method=PaymentMethod.CARD,
        session_number=number,
        planned_sessions=planned,
    )
    return replace(line, **changes)  # type: ignore[arg-type]


def receipt(count: int = 1, **changes: object) -> Receipt:
    lines = tuple(fee_line(n) for n in range(1, count + 1))
    result = Receipt(
        clinic=CLINIC,
        practitioner=PRACTITIONER,
        patient=PATIENT,
        receipt_number="R-2025-000123",
        issued_on=lines[-1].service_date,
        lines=lines,
    )
    return replace(result, **changes)  # type: ignore[arg-type]


def session_line(number: int, **changes: object) -> SessionLine:
    before, after = PAIN[(number - 1) % len(PAIN)]
    events: tuple[AdverseEventLine, ...] = ()
    if number == 2:
        events = (
            AdverseEventLine(AdverseEventKind.BRUISING, AdverseSeverity.MILD, "", "small, BL25 R"),
        )
    line = SessionLine(
        number=number,
        session_date=START + dt.timedelta(days=7 * (number - 1)),
        techniques=TECHNIQUES | {Technique.CUPPING},
        points=POINTS,
        needles_in=11,
        needles_out=11,
        response=frozenset({"de_qi"}),
        retention_minutes=25,
        duration_minutes=45,
        electro=(
            ElectroLine("BL23", "BL25", EAFrequencyMode.DENSE_DISPERSE, "2/100", 0.2, "", 20),
        ),
        cupping=(CuppingLine(CuppingType.DRY, ("BL23", "BL25"), 10),),
        moxibustion=(MoxaLine(MoxaType.STICK, ("GV4",), 10),) if number % 3 == 0 else (),
        pain_before=before,
        pain_after=after,
        adverse_events=events,
    )
    return replace(line, **changes)  # type: ignore[arg-type]


def clinical_report(count: int = 6, **changes: object) -> ClinicalReport:
    planned = max(count, 6)
    report = ClinicalReport(
        clinic=CLINIC,
        practitioner=PRACTITIONER,
        patient=PATIENT,
        report_date=START + dt.timedelta(days=7 * count),
        course=CourseBlock(
            start_date=START,
            planned_sessions=planned,
            sessions_per_week=1.0,
            session_minutes=45,
            status=CourseStatus.DISCHARGED,
            goals="Sit through a working day; walk the dog for 30 minutes.",
            goal_target_pain=3,
            extension_reason="Still improving at session 6." if planned > 6 else "",
        ),
        referral=Referral(
            source="GP referral",
            physician_name="Dr Aoife Brennan",
            physician_clinic="Oldtown Health Centre",
            physician_contact="fax 01234 000111",
        ),
        complaint=Complaint(
            presenting_complaint="Aching low back pain after gardening, worse on sitting.",
            regions=(PainRegion.LOWER_BACK, PainRegion.SCIATICA),
            sciatica_side=BodySide.LEFT,
            onset_date=START - dt.timedelta(weeks=14),
            duration_class=DurationClass.CHRONIC,
            cause=Cause.MUSCLE_STRAIN,
            diagnosis="Non-specific low back pain; Qi and blood stagnation.",
        ),
        red_flags=RedFlagScreen(screened_on=START, present=frozenset(), complete=True),
        safety=(
            SafetyLine(
                Severity.WARN,
                "BL23",
                "Kidney area: no deep perpendicular needling.",
                "Needled obliquely, 1 cun.",
            ),
            SafetyLine(
                Severity.WARN,
                "cupping",
                "Takes a blood thinner: bruising risk.",
                "Dry cupping only, short.",
                overridden=True,
                override_reason="Low dose; INR stable; patient informed.",
                overridden_by="M. L. Okafor",
                overridden_on=START,
            ),
        ),
        plan=PlanSummary(
            style="Traditional Chinese (TCM)",
            rationale="Local and distal points for low back pain (reference §1).",
            protocol="Lower back, local and distal",
            variation="Individualised: Ashi points as found.",
            techniques=TECHNIQUES | {Technique.CUPPING},
            regions=("Lower back (local)", "Sciatica (distal)"),
            points=POINTS,
            electro=(ElectroLine("BL23", "BL25", EAFrequencyMode.DENSE_DISPERSE, "2/100", 0.2),),
            cupping=(CuppingLine(CuppingType.DRY, ("BL23", "BL25"), 10),),
            retention_minutes=25,
            needle_type="0.25 × 40 mm stainless steel, single use",
            other_interventions="Core exercises; breaks from sitting.",
            setting="Private clinic, treatment couch, lying face down.",
        ),
        sessions=tuple(session_line(n) for n in range(1, count + 1)),
        outcomes=(
            OutcomeScore(OutcomeMeasure.PEG, START, 6.33),
            OutcomeScore(OutcomeMeasure.PEG, START + dt.timedelta(days=35), 3.0),
            OutcomeScore(OutcomeMeasure.ODI, START, 34),
            OutcomeScore(OutcomeMeasure.ODI, START + dt.timedelta(days=35), 18),
        ),
        reviews=(
            ReviewLine(3, ReviewDecision.CONTINUE, START + dt.timedelta(days=14), "M. L. Okafor"),
            ReviewLine(
                count,
                ReviewDecision.DISCHARGE,
                START + dt.timedelta(days=7 * (count - 1)),
                "M. L. Okafor",
                discharge_reason=DischargeReason.GOALS_MET,
                note="Home exercises to continue.",
            ),
        ),
        signed_on=START + dt.timedelta(days=7 * count),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


RED_FLAG_EXAMPLE = frozenset({RedFlag.FEVER})
