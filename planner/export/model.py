"""What the three documents print, as plain frozen data (filled in by the services).

Nothing here reads the database or knows about Qt: a service gathers the rows, turns
them into these values and hands them to :mod:`planner.export.documents`. Text fields
hold what the user typed, exactly as stored; the documents escape it. Stored codes are
the domain's enums (``Technique``, ``PointSide`` …); the documents choose the words.

Money is in cents of the clinic's currency; dates are clinic-local calendar dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.safety import AshiRegion, Severity
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    BodySide,
    Cause,
    Condition,
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
from planner.export.appointments import Appointment as Appointment  # re-exported


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class HomeAdvice(StrEnum):
    """Self-care advice a practitioner ticks on the take-home sheet (stable values)."""

    CORE_EXERCISES = "core_exercises"
    FLEXIBILITY = "flexibility"
    SITTING_POSTURE = "sitting_posture"
    PILLOW_MATTRESS = "pillow_mattress"
    RELAXATION = "relaxation"
    FOAM_ROLLING_STRETCHING = "foam_rolling_stretching"
    SITTING_BREAKS = "sitting_breaks"


# --- Who: clinic, practitioner, patient ---------------------------------------------------


@dataclass(frozen=True)
class ClinicHeader:
    name: str
    address: str = ""  # may hold several lines
    phone: str = ""
    email: str = ""
    currency: str = "EUR"  # ISO 4217 code the fees are in
    demo: bool = False  # a demo database: DEMO across every page
    paper: Paper = Paper.A4
    tax_number: str = ""  # the clinic's tax or VAT number (receipts and invoices)
    registering_body: str = ""  # the body its practitioners are registered with


@dataclass(frozen=True)
class PractitionerBlock:
    full_name: str
    credentials: str = ""  # e.g. "Lic. Ac., MSc"
    registration_number: str = ""
    acupuncture_style: str = ""  # words, e.g. "Traditional Chinese (TCM)" (STRICTA 1a, 5)
    years_of_practice: int | None = None  # STRICTA 5


@dataclass(frozen=True)
class PatientBlock:
    full_name: str
    date_of_birth: dt.date | None = None
    chart_number: str = ""
    sex: Sex | None = None
    address: str = ""
    insurance_provider: str = ""
    insurance_policy: str = ""


# --- Treatment given ----------------------------------------------------------------------


@dataclass(frozen=True)
class PointLine:
    """A point as given or planned: catalog code (``BL23``, ``EX-B2:L4``, ``Ashi``) and side."""

    code: str
    side: PointSide
    depth: str = ""  # as written: "1 cun", "15 mm", "muscle layer"
    stimulation: Stimulation | None = None
    ashi_region: AshiRegion | None = None  # an Ashi point: where it lies (None: not recorded)


@dataclass(frozen=True)
class ElectroLine:
    point_a: str
    point_b: str
    mode: EAFrequencyMode
    hertz: str = ""  # as set: "2", "100", "2/100"
    pulse_width_ms: float | None = None
    intensity: str = ""
    minutes: int | None = None
    # The side each lead clips to, as the plan names it at a point needled on both sides
    # (None: not named, the same side as the other lead).
    side_a: PointSide | None = None
    side_b: PointSide | None = None


@dataclass(frozen=True)
class CuppingLine:
    type: CuppingType
    sites: tuple[str, ...] = ()  # point codes or named areas
    minutes: int | None = None


@dataclass(frozen=True)
class MoxaLine:
    type: MoxaType
    sites: tuple[str, ...] = ()
    minutes: int | None = None


@dataclass(frozen=True)
class AdverseEventLine:
    kind: AdverseEventKind
    severity: AdverseSeverity
    action_taken: str = ""
    description: str = ""


@dataclass(frozen=True)
class SessionLine:
    """One signed session as the clinical report lists it (STRICTA 2a–2f, reference §9)."""

    number: int
    session_date: dt.date
    techniques: frozenset[Technique] = frozenset()
    points: tuple[PointLine, ...] = ()
    needles_in: int = 0
    needles_out: int = 0
    response: frozenset[str] = frozenset()  # NeedleResponse values: de_qi, twitch, relaxation
    retention_minutes: int | None = None
    duration_minutes: int | None = None
    electro: tuple[ElectroLine, ...] = ()
    cupping: tuple[CuppingLine, ...] = ()
    moxibustion: tuple[MoxaLine, ...] = ()
    pain_before: int | None = None
    pain_after: int | None = None
    adverse_events: tuple[AdverseEventLine, ...] = ()


@dataclass(frozen=True)
class PainPoint:
    """Pain on the 0–10 scale at one session, before and after treatment."""

    session_number: int
    session_date: dt.date
    before: int | None = None
    after: int | None = None


# --- The take-home sheet ------------------------------------------------------------------


@dataclass(frozen=True)
class PainProgress:
    """Pain now (0–10) at the start of a course and at its latest score, for the patient."""

    first: float
    first_on: dt.date
    latest: float
    latest_on: dt.date
    first_at_intake: bool = False  # the first score is the intake's (else a session's)


@dataclass(frozen=True)
class CourseEnd:
    """The end of a course on its take-home sheet: sessions held, progress, next steps."""

    sessions_held: int
    planned_sessions: int
    start_date: dt.date | None = None
    progress: PainProgress | None = None  # None: fewer than two pain scores
    goal_target_pain: int | None = None


@dataclass(frozen=True)
class TakeHomeSheet:
    clinic: ClinicHeader
    patient: PatientBlock
    session_date: dt.date
    session_number: int
    planned_sessions: int
    practitioner: PractitionerBlock | None = None
    techniques: frozenset[Technique] = frozenset()
    points: tuple[PointLine, ...] = ()
    electro: tuple[ElectroLine, ...] = ()  # which points the stimulation ran between
    cupping: tuple[CuppingLine, ...] = ()
    moxibustion: tuple[MoxaLine, ...] = ()
    heat_advised: bool = False
    advice: frozenset[HomeAdvice] = frozenset()
    advice_note: str = ""  # the practitioner's own line of advice
    next_appointments: tuple[Appointment, ...] = ()
    pain_history: tuple[PainPoint, ...] = ()  # the course so far, this session included
    pregnant: bool = False  # by the intake in force or a later session's health check
    adverse_events: tuple[AdverseEventLine, ...] = ()  # recorded at this session only
    course_end: CourseEnd | None = None  # the end-of-course sheet: progress and next steps
    draft: bool = False  # the session is not signed: DRAFT on every page


# --- The receipt --------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentLine:
    """One payment towards a session's fee: when, how and how much, and the card slip or
    transfer reference the desk noted (insurers ask for it)."""

    paid_on: dt.date
    amount_cents: int
    method: PaymentMethod | None = None
    reference: str = ""


@dataclass(frozen=True)
class FeeLine:
    """One date of service: what, how long, the fee and what was paid."""

    service_date: dt.date
    techniques: frozenset[Technique] = frozenset()  # the service, in words on the receipt
    duration_minutes: int | None = None
    fee_cents: int = 0
    paid_cents: int = 0
    payment_method: PaymentMethod | None = None
    session_number: int | None = None
    planned_sessions: int | None = None
    # Each payment (date, method, amount); empty: ``paid_cents`` was paid on the day of
    # service by ``payment_method``.
    payments: tuple[PaymentLine, ...] = ()

    @property
    def balance_cents(self) -> int:
        return self.fee_cents - self.paid_cents


@dataclass(frozen=True)
class Receipt:
    clinic: ClinicHeader
    practitioner: PractitionerBlock
    patient: PatientBlock
    receipt_number: str
    issued_on: dt.date
    lines: tuple[FeeLine, ...]
    period: tuple[dt.date, dt.date] | None = None  # a date range; None: the lines' own dates
    # Sessions still to come in the course this receipt is about (its last line's), which
    # started on ``course_start``; None: not said (a closed course, or lines outside one).
    sessions_remaining: int | None = None
    shown_text: str = ""  # only what the practitioner chose to show (e.g. "low back pain")
    course_start: dt.date | None = None
    preview: bool = False  # shown on screen only: no number yet (given at print or save)
    copy: bool = False  # this number was printed or saved before: COPY on every page
    draft: bool = False  # a session on it is not signed: DRAFT on every page, no number

    @property
    def balance_cents(self) -> int:
        return sum(line.balance_cents for line in self.lines)

    @property
    def name(self) -> str:
        """``Invoice`` while anything is due, ``Receipt`` once everything is paid."""
        return "Invoice" if self.balance_cents > 0 else "Receipt"


# --- The clinical course report ------------------------------------------------------------


@dataclass(frozen=True)
class Referral:
    source: str = ""  # e.g. "GP referral", "self-referred"
    physician_name: str = ""
    physician_clinic: str = ""
    physician_contact: str = ""


@dataclass(frozen=True)
class Complaint:
    presenting_complaint: str = ""
    regions: tuple[PainRegion, ...] = ()
    sciatica_side: BodySide | None = None
    onset_date: dt.date | None = None
    duration_class: DurationClass | None = None
    cause: Cause | None = None
    cause_other: str = ""
    diagnosis: str = ""  # the practitioner's working diagnosis or TCM pattern


@dataclass(frozen=True)
class RedFlagScreen:
    screened_on: dt.date | None = None
    present: frozenset[RedFlag] = frozenset()
    complete: bool = True  # every question answered
    advice: str = ""  # advice given or referral made when a flag was present
    open_questions: tuple[RedFlag, ...] = ()  # the questions not answered (complete=False)


@dataclass(frozen=True)
class MedicineLine:
    """A blood thinner the intake's medication list says is taken now (ATC B01A)."""

    generic: str  # "apixaban"
    kind: str  # BloodThinnerKind value: "anticoagulant" or "antiplatelet"
    text: str = ""  # the medication line as typed ("Eliquis 5 mg twice daily")


@dataclass(frozen=True)
class ConditionLine:
    """A safety-checklist answer of yes (implanted device, bleeding disorder …) and its note."""

    condition: Condition
    note: str = ""


@dataclass(frozen=True)
class SafetyHistory:
    """What a doctor must know before anything else: pregnancy, blood thinners, allergies,
    implants and the other safety-relevant conditions answered yes at the intake."""

    pregnant: bool | None = None  # None: not asked or not recorded
    gestation_weeks: int | None = None  # at the intake
    # The session whose health check last changed the answer (None: the intake's answer).
    pregnancy_changed_at: int | None = None
    blood_thinners: tuple[MedicineLine, ...] = ()
    allergies: tuple[str, ...] = ()  # as typed
    conditions: tuple[ConditionLine, ...] = ()
    other_conditions: str = ""  # the intake's free text


@dataclass(frozen=True)
class SafetyLine:
    """A contraindication or caution found, how the plan respected it, and any override."""

    severity: Severity
    subject: str  # "patient", a technique or a point code
    message: str
    how_respected: str = ""
    overridden: bool = False
    override_reason: str = ""
    overridden_by: str = ""
    overridden_on: dt.date | None = None
    # Signed sessions at which the finding's technique or point was given (an override
    # means it WAS used); empty: not given, or the subject is the patient.
    given_at: tuple[int, ...] = ()


@dataclass(frozen=True)
class PlanSummary:
    """STRICTA items 1–4 as planned for the course."""

    style: str = ""  # words, e.g. "Traditional Chinese (TCM)"
    rationale: str = ""
    protocol: str = ""
    variation: str = ""  # how far treatment was varied between sessions (STRICTA 1c)
    techniques: frozenset[Technique] = frozenset()
    regions: tuple[str, ...] = ()  # words, e.g. "Lower back (local)"
    points: tuple[PointLine, ...] = ()
    electro: tuple[ElectroLine, ...] = ()
    cupping: tuple[CuppingLine, ...] = ()
    moxibustion: tuple[MoxaLine, ...] = ()
    retention_minutes: int | None = None
    needle_type: str = ""  # STRICTA 2g: gauge, length, material, maker
    other_interventions: str = ""  # STRICTA 4a: advice, exercise …
    setting: str = ""  # STRICTA 4b


@dataclass(frozen=True)
class CourseBlock:
    start_date: dt.date
    planned_sessions: int
    sessions_per_week: float = 1.0
    session_minutes: int | None = None
    end_date: dt.date | None = None
    status: CourseStatus = CourseStatus.ACTIVE
    goals: str = ""
    goal_target_pain: int | None = None
    extension_reason: str = ""


@dataclass(frozen=True)
class OutcomeScore:
    """A recorded outcome measure other than the per-session pain (PEG, licensed totals)."""

    measure: OutcomeMeasure
    day: dt.date
    value: float
    session_number: int | None = None  # taken before this session
    at_review: bool = False  # taken at a review or discharge (outcome_score.course_id)
    at_intake: bool = False  # taken at the course's intake


@dataclass(frozen=True)
class ReviewLine:
    at_session: int
    decision: ReviewDecision
    decided_on: dt.date | None = None
    decided_by: str = ""
    extend_by: int | None = None
    discharge_reason: DischargeReason | None = None
    refer_to: str = ""
    reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class ClinicalReport:
    clinic: ClinicHeader
    practitioner: PractitionerBlock
    patient: PatientBlock
    report_date: dt.date
    course: CourseBlock
    referral: Referral = Referral()
    complaint: Complaint = Complaint()
    red_flags: RedFlagScreen = RedFlagScreen()
    safety: tuple[SafetyLine, ...] = ()
    plan: PlanSummary = PlanSummary()
    sessions: tuple[SessionLine, ...] = ()
    outcomes: tuple[OutcomeScore, ...] = ()
    reviews: tuple[ReviewLine, ...] = ()
    signed_on: dt.date | None = None  # the practitioner signed the report
    history: SafetyHistory = SafetyHistory()
    draft: bool = False  # a session of the course is not signed: DRAFT on every page
