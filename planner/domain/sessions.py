"""A session as given: pain before and after, a brief health check, the treatment, the
response, adverse events, notes and fee (reference §8 STRICTA items 2a–2g, §9).

The treatment given uses the plan's shapes (:class:`planner.domain.plans.Plan`), so a
session is prefilled from the plan (:func:`session_from_plan`) or from the last session
(:func:`session_from_previous`), and :func:`planner.domain.courses_diff.treatment_changes`
says what changed. A draft may be incomplete; :func:`validate_session` with
``final=True`` (before signing) also needs the cross-checks a plan needs, the pain
before treatment, and needles out equal to needles in.

The health check asks each time about new red flags, new conditions, new medicines and
pregnancy; :func:`facts_after_check` adds the answers to the intake's facts so the
safety engine runs again on what changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from planner.domain.catalog import Catalog
from planner.domain.errors import PlannerError
from planner.domain.i18n import QT_TRANSLATE_NOOP, translate
from planner.domain.plans import Plan, PlanInvalid, validate_plan
from planner.domain.safety import PatientFacts
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    ConsentScope,
    RedFlag,
)

MAX_NEEDLES = 200
MAX_FEE_CENTS = 10_000_00
DURATION_LIMITS = (5, 240)
NOTES_MAX = 8000
K = AdverseEventKind


class NeedleResponse(StrEnum):
    """Response obtained (STRICTA 2d); values as stored."""

    DE_QI = "de_qi"
    TWITCH = "twitch"
    RELAXATION = "relaxation"


class AdverseClass(StrEnum):
    """Reference §9 classes."""

    MINOR = "minor"  # common, transient
    SIGNIFICANT = "significant"  # non-serious but significant
    SERIOUS = "serious"  # rare


ADVERSE_CLASS: dict[AdverseEventKind, AdverseClass] = {
    **{
        kind: AdverseClass.MINOR
        for kind in (
            K.SORENESS,
            K.BLEEDING,
            K.BRUISING,
            K.FATIGUE,
            K.DIZZINESS,
            K.MUSCLE_TWITCHING,
            K.NAUSEA,
            K.AGGRAVATION,
            K.CUPPING_MARKS,
        )
    },
    **{
        kind: AdverseClass.SIGNIFICANT
        for kind in (
            K.FAINTING,
            K.CUPPING_BLISTER,
            K.MOXA_BURN,
            K.STUCK_NEEDLE,
            K.BENT_NEEDLE,
            K.FORGOTTEN_NEEDLE,
            K.NEEDLE_UNACCOUNTED,
        )
    },
    **{
        kind: AdverseClass.SERIOUS
        for kind in (K.BROKEN_NEEDLE, K.SUSPECTED_PNEUMOTHORAX, K.INFECTION, K.NERVE_INJURY)
    },
}
_DEFAULT_SEVERITY = {
    AdverseClass.MINOR: AdverseSeverity.MILD,
    AdverseClass.SIGNIFICANT: AdverseSeverity.MODERATE,
    AdverseClass.SERIOUS: AdverseSeverity.SEVERE,
}
# What to do at once (reference §9 safety practices), in plain words.
ADVERSE_ADVICE: dict[AdverseEventKind, str] = {
    K.FAINTING: QT_TRANSLATE_NOOP(
        "session_rules",
        "Remove the needles, lay the patient flat with the legs raised, stay and watch.",
    ),
    K.DIZZINESS: QT_TRANSLATE_NOOP(
        "session_rules",
        "Let the patient lie down; sit a few minutes before standing; no driving yet.",
    ),
    K.STUCK_NEEDLE: QT_TRANSLATE_NOOP(
        "session_rules", "Relax the muscle (gentle massage nearby), then withdraw slowly."
    ),
    K.FORGOTTEN_NEEDLE: QT_TRANSLATE_NOOP(
        "session_rules", "Remove it; check the body, clothes, couch and floor for any other."
    ),
    K.NEEDLE_UNACCOUNTED: QT_TRANSLATE_NOOP(
        "session_rules", "Check the body, clothes, couch and floor until the count is right."
    ),
    K.BROKEN_NEEDLE: QT_TRANSLATE_NOOP(
        "session_rules",
        "Keep the patient still; forceps if the end is visible, otherwise urgent "
        "surgical referral.",
    ),
    K.SUSPECTED_PNEUMOTHORAX: QT_TRANSLATE_NOOP(
        "session_rules",
        "Emergency referral now: chest pain, breathlessness or cough after "
        "needling over the chest or upper back.",
    ),
    K.MOXA_BURN: QT_TRANSLATE_NOOP(
        "session_rules", "Cool the skin; keep any blister clean and intact; do not burst it."
    ),
    K.CUPPING_BLISTER: QT_TRANSLATE_NOOP(
        "session_rules", "Keep the blister clean and intact; do not burst it."
    ),
    K.INFECTION: QT_TRANSLATE_NOOP(
        "session_rules", "Refer to a doctor; do not needle the area until it has healed."
    ),
    K.NERVE_INJURY: QT_TRANSLATE_NOOP(
        "session_rules", "Stop needling there and refer for medical assessment."
    ),
}


def adverse_class(kind: AdverseEventKind) -> AdverseClass | None:
    """The reference §9 class of an event; None for "other" (the practitioner judges)."""
    return ADVERSE_CLASS.get(kind)


def default_severity(kind: AdverseEventKind) -> AdverseSeverity:
    found = adverse_class(kind)
    return _DEFAULT_SEVERITY[found] if found is not None else AdverseSeverity.MILD


@dataclass(frozen=True, slots=True)
class AdverseEventEntry:
    kind: AdverseEventKind
    severity: AdverseSeverity
    action_taken: str = ""
    description: str = ""  # what happened, required for "other"


@dataclass(frozen=True)
class HealthCheck:
    """Asked briefly each session: anything new since the intake or the last session?"""

    new_red_flags: frozenset[RedFlag] = frozenset()
    new_conditions: frozenset[Condition] = frozenset()
    new_medications: tuple[str, ...] = ()
    now_pregnant: bool | None = None  # None: unchanged
    changes: str = ""  # other changes in history, in the practitioner's words

    @property
    def changed(self) -> bool:
        return bool(
            self.new_red_flags
            or self.new_conditions
            or self.new_medications
            or self.now_pregnant is not None
            or self.changes
        )


def facts_after_check(facts: PatientFacts, check: HealthCheck) -> PatientFacts:
    """The intake's facts with today's answers added (what the safety engine reruns on)."""
    pregnant = facts.pregnant if check.now_pregnant is None else check.now_pregnant
    return replace(
        facts,
        pregnant=pregnant,
        gestation_weeks=facts.gestation_weeks if pregnant else None,
        conditions=facts.conditions | check.new_conditions,
        medications=facts.medications + check.new_medications,
        red_flags=facts.red_flags | check.new_red_flags,
    )


@dataclass(frozen=True)
class SessionDraft:
    session_date: dt.date | None = None
    start_time: dt.time | None = None  # clinic-local time the session started
    duration_minutes: int | None = None
    pain_before: int | None = None  # NRS now, before treatment
    check: HealthCheck = field(default_factory=HealthCheck)
    treatment: Plan = field(default_factory=Plan)
    needles_in: int | None = None  # None: the needles the points take
    needles_out: int = 0
    response: frozenset[NeedleResponse] = frozenset()
    pain_after: int | None = None
    adverse_events: tuple[AdverseEventEntry, ...] = ()
    notes: str = ""
    fee_cents: int | None = None
    # The answer to "Anything new since last time?": None until asked (older sessions
    # stored none; a recorded change then counts as yes).
    anything_new: bool | None = None

    @property
    def needles_in_count(self) -> int:
        return self.treatment.needles if self.needles_in is None else self.needles_in


class SessionInvalid(PlannerError):
    """A session as typed is not allowed; ``problems`` maps field names to messages."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(next(iter(problems.by_field.values())))
        self.problems = problems.by_field


def validate_session(
    draft: SessionDraft,
    today: dt.date,
    consents: frozenset[ConsentScope] | None,
    *,
    final: bool = False,
    catalog: Catalog | None = None,
) -> SessionDraft:
    """The session as it will be stored, or SessionInvalid naming each field at fault.

    A draft (``final=False``) may be incomplete, but what is there must be allowed; the
    final check (before signing) also needs a complete treatment and the pain before.
    Treatment fields are named ``treatment.<plan field>``.
    """
    problems = Problems()
    treatment = _check_treatment(problems, draft.treatment, consents, final, catalog)
    if draft.session_date is None:
        problems.add("session_date", translate("session_rules", "Date: required."))
    elif draft.session_date > today:
        problems.add("session_date", translate("session_rules", "Date: cannot be in the future."))
    for name, label in (
        ("pain_before", translate("session_rules", "Pain before")),
        ("pain_after", translate("session_rules", "Pain after")),
    ):
        value = getattr(draft, name)
        if value is not None and not 0 <= value <= 10:
            problems.add(
                name,
                translate("session_rules", "{label}: a whole number from 0 to 10.").format(
                    label=label
                ),
            )
    if final and draft.pain_before is None:
        problems.add(
            "pain_before",
            translate("session_rules", "Pain before: required before signing (0 to 10)."),
        )
    needles_in = draft.needles_in_count
    if not 0 <= needles_in <= MAX_NEEDLES:
        problems.add(
            "needles_in",
            translate("session_rules", "Needles in: from 0 to {max_needles}.").format(
                max_needles=MAX_NEEDLES
            ),
        )
    if not 0 <= draft.needles_out <= max(needles_in, 0):
        problems.add(
            "needles_out",
            translate("session_rules", "Needles out: from 0 to the {needles_in} put in.").format(
                needles_in=needles_in
            ),
        )
    elif final and draft.needles_out != needles_in:
        problems.add(
            "needles_out",
            translate(
                "session_rules", "Needles out ({needles_out}) must equal needles in ({needles_in})."
            ).format(needles_out=draft.needles_out, needles_in=needles_in),
        )
    low, high = DURATION_LIMITS
    if draft.duration_minutes is not None and not low <= draft.duration_minutes <= high:
        problems.add(
            "duration_minutes",
            translate("session_rules", "Session length: from {low} to {high} minutes.").format(
                low=low, high=high
            ),
        )
    if draft.fee_cents is not None and not 0 <= draft.fee_cents <= MAX_FEE_CENTS:
        problems.add("fee_cents", translate("session_rules", "Fee: from 0 to 10,000.00."))
    check = _check_health(problems, draft.check)
    events = tuple(_check_event(problems, i, e) for i, e in enumerate(draft.adverse_events))
    notes = clean_text(
        problems,
        "notes",
        translate("session_rules", "Notes"),
        draft.notes,
        max_length=NOTES_MAX,
        multiline=True,
    )
    if problems:
        raise SessionInvalid(problems)
    return replace(
        draft,
        treatment=treatment,
        needles_in=needles_in,
        check=check,
        adverse_events=events,
        notes=notes,
    )


def _check_treatment(
    problems: Problems,
    treatment: Plan,
    consents: frozenset[ConsentScope] | None,
    final: bool,
    catalog: Catalog | None,
) -> Plan:
    try:
        return validate_plan(treatment, consents, catalog, complete=final)
    except PlanInvalid as invalid:
        for name, message in invalid.problems.items():
            problems.add(f"treatment.{name}", message)
        return treatment


def _check_health(problems: Problems, check: HealthCheck) -> HealthCheck:
    medicines = tuple(
        text
        for text in (
            clean_text(
                problems,
                "check.new_medications",
                translate("session_rules", "New medicines"),
                line,
                max_length=200,
            )
            for line in check.new_medications
        )
        if text
    )
    changes = clean_text(
        problems,
        "check.changes",
        translate("session_rules", "Changes in history"),
        check.changes,
        max_length=4000,
        multiline=True,
    )
    return replace(check, new_medications=medicines, changes=changes)


def _check_event(problems: Problems, index: int, event: AdverseEventEntry) -> AdverseEventEntry:
    name = f"adverse_events[{index}]"
    action = clean_text(
        problems,
        f"{name}.action_taken",
        translate("session_rules", "Action taken"),
        event.action_taken,
        max_length=2000,
        multiline=True,
    )
    description = clean_text(
        problems,
        f"{name}.description",
        translate("session_rules", "What happened"),
        event.description,
        max_length=2000,
        multiline=True,
    )
    if event.kind == AdverseEventKind.OTHER and not description:
        problems.add(
            f"{name}.description", translate("session_rules", "What happened: describe the event.")
        )
    serious = event.severity != AdverseSeverity.MILD
    if serious and not action and f"{name}.action_taken" not in problems.by_field:
        problems.add(
            f"{name}.action_taken",
            translate("session_rules", "Action taken: required for a moderate or severe event."),
        )
    return replace(event, action_taken=action, description=description)


# --- Prefilling ---------------------------------------------------------------------------


def session_from_plan(plan: Plan, day: dt.date) -> SessionDraft:
    """Today's session prefilled with the plan's treatment; nothing counted yet."""
    return SessionDraft(session_date=day, treatment=_treatment_only(plan))


def session_from_previous(previous: SessionDraft, day: dt.date) -> SessionDraft:
    """Today's session prefilled with the last session's treatment and fee ("repeat last")."""
    return SessionDraft(
        session_date=day,
        treatment=_treatment_only(previous.treatment),
        fee_cents=previous.fee_cents,
    )


def _treatment_only(plan: Plan) -> Plan:
    return replace(plan, acupuncture_style="", rationale="", protocol="")
