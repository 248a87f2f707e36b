"""What the intake editor holds, and what follows from it while it is typed. No Qt here.

:class:`IntakeForm` is the editor's content: an :class:`IntakeDraft` plus the two dates
as typed and the consent answers. The functions below derive what the editor shows live
(duration class, PEG mean, blood thinners per medication line, the red-flag banner) so
they are tested without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from planner.domain.clinical import duration_class
from planner.domain.i18n import translate
from planner.domain.intake import IntakeDraft, TriedBefore, clearance_field
from planner.domain.medications import blood_thinners_in
from planner.domain.outcomes import peg_score
from planner.domain.red_flags import (
    ASKED,
    RED_FLAGS,
    YOUNG_AGE_BELOW,
    Clearance,
    is_emergency,
    needs_referral,
)
from planner.domain.vocab import ConsentScope, DurationClass, PriorTreatment, RedFlag
from planner.services.intake import ConsentView
from planner.ui.widgets.dates import format_date, parse_date

BAD_INTAKE_DATE = "Intake date: a real date as YYYY-MM-DD."
BAD_ONSET_DATE = "Onset: a real date as YYYY-MM-DD."
BAD_CONSENT_DATE = "Consent date: a real date as YYYY-MM-DD."
NO_CONSENT_DATE = "Consent date: required."
BAD_CLEARANCE_DATE = "Clearance date: a real date as YYYY-MM-DD."
NO_CLEARANCE_DATE = "Clearance date: required (the day the doctor cleared the patient)."


@dataclass(frozen=True, slots=True)
class ClearanceText:
    """A red flag's clearance as typed: who, the date as text, a note."""

    by: str = ""
    on: str = ""
    note: str = ""


def consent_field(scope: ConsentScope) -> str:
    """The field name problems with a scope's consent are shown at."""
    return f"consent_{scope.value}"


@dataclass(frozen=True, slots=True)
class ConsentChoice:
    """Given (True), declined (False) or not asked (None), and on which day (as typed)."""

    given: bool | None = None
    date: str = ""


@dataclass(frozen=True)
class IntakeForm:
    """The editor's content; the draft's own dates stay None (the texts hold them)."""

    draft: IntakeDraft = field(default_factory=IntakeDraft)
    intake_date: str = ""
    onset_date: str = ""
    consents: Mapping[ConsentScope, ConsentChoice] = field(default_factory=dict)
    # Clearances as typed (the draft's own stay empty): one per red flag shown
    clearances: Mapping[RedFlag, ClearanceText] = field(default_factory=dict)


def _tried_in_order(tried: Sequence[TriedBefore]) -> tuple[TriedBefore, ...]:
    order = list(PriorTreatment)
    return tuple(sorted(tried, key=lambda item: order.index(item.kind)))


def consent_choices(
    consents: Mapping[ConsentScope, ConsentView], today: dt.date
) -> dict[ConsentScope, ConsentChoice]:
    """The latest answer for every scope; not asked yet: dated today, ready to tick."""
    return {
        scope: (
            ConsentChoice(consents[scope].given, consents[scope].consent_date.isoformat())
            if scope in consents
            else ConsentChoice(None, today.isoformat())
        )
        for scope in ConsentScope
    }


def form_of(draft: IntakeDraft, consents: Mapping[ConsentScope, ConsentChoice]) -> IntakeForm:
    """The editor's content for a stored (or new) intake and the consent answers."""
    return IntakeForm(
        draft=replace(
            draft,
            intake_date=None,
            onset_date=None,
            tried=_tried_in_order(draft.tried),
            red_flag_clearances={},
        ),
        intake_date=format_date(draft.intake_date),
        onset_date=format_date(draft.onset_date),
        consents=dict(consents),
        clearances={
            flag: ClearanceText(c.by, format_date(c.on), c.note)
            for flag, c in draft.red_flag_clearances.items()
        },
    )


def draft_of(form: IntakeForm) -> tuple[IntakeDraft, dict[str, str]]:
    """The draft to save, and problems with dates that are not dates."""
    problems: dict[str, str] = {}
    try:
        intake_date = parse_date(form.intake_date)
    except ValueError:
        intake_date = None
        problems["intake_date"] = BAD_INTAKE_DATE
    try:
        onset_date = parse_date(form.onset_date)
    except ValueError:
        onset_date = None
        problems["onset_date"] = BAD_ONSET_DATE
    clearances: dict[RedFlag, Clearance] = {}
    for flag, typed in form.clearances.items():
        if not (typed.by.strip() or typed.on.strip() or typed.note.strip()):
            continue  # nothing typed: not cleared
        field = clearance_field(flag)
        on = _required_date(typed.on, field, BAD_CLEARANCE_DATE, NO_CLEARANCE_DATE, problems)
        if on is not None:
            clearances[flag] = Clearance(typed.by, on, typed.note)
    draft = replace(
        form.draft, intake_date=intake_date, onset_date=onset_date, red_flag_clearances=clearances
    )
    return draft, problems


def _required_date(
    text: str, field: str, bad: str, missing: str, problems: dict[str, str]
) -> dt.date | None:
    """The date typed for ``field``; None, with ``bad`` or ``missing`` in ``problems``,
    when it is not a date or is empty."""
    try:
        on = parse_date(text)
    except ValueError:
        problems[field] = bad
        return None
    if on is None:
        problems[field] = missing
    return on


@dataclass(frozen=True, slots=True)
class ConsentChange:
    scope: ConsentScope
    given: bool
    on: dt.date


def consent_changes(
    before: Mapping[ConsentScope, ConsentChoice], after: Mapping[ConsentScope, ConsentChoice]
) -> tuple[list[ConsentChange], dict[str, str]]:
    """Answers to record (given or declined, new or changed), and problems with their dates.

    Setting a scope back to "not asked" records nothing: a consent given stays on file.
    """
    changes: list[ConsentChange] = []
    problems: dict[str, str] = {}
    for scope in ConsentScope:
        choice = after.get(scope, ConsentChoice())
        if choice.given is None or choice == before.get(scope, ConsentChoice()):
            continue
        field = consent_field(scope)
        on = _required_date(choice.date, field, BAD_CONSENT_DATE, NO_CONSENT_DATE, problems)
        if on is not None:
            changes.append(ConsentChange(scope, choice.given, on))
    return changes, problems


# --- live derivations ------------------------------------------------------------------------


def duration_of(onset_text: str, intake_text: str) -> DurationClass | None:
    """The duration class for the dates as typed (None until both are real dates)."""
    try:
        onset, on = parse_date(onset_text), parse_date(intake_text)
    except ValueError:
        return None
    if onset is None or on is None or onset > on:
        return None
    return duration_class(onset, on)


def peg_mean(pain: int | None, enjoyment: int | None, activity: int | None) -> float | None:
    """The PEG-3 score once all three items are answered."""
    if pain is None or enjoyment is None or activity is None:
        return None
    return peg_score(pain, enjoyment, activity)


def blood_thinner_lines(lines: Sequence[str]) -> dict[int, list[str]]:
    """For each medication line naming a blood thinner: the generic names recognised."""
    found: dict[int, list[str]] = {}
    for index, line in enumerate(lines):
        names = [drug.generic for drug in blood_thinners_in([line])]
        if names:
            found[index] = names
    return found


@dataclass(frozen=True, slots=True)
class RedFlagState:
    refer: bool
    emergency: bool
    messages: tuple[str, ...]  # what each red flag answered yes may mean
    flags: tuple[RedFlag, ...] = ()  # the red flags that stop treatment (not cleared)
    present: tuple[RedFlag, ...] = ()  # every flag raised, cleared or routine too
    open_questions: tuple[RedFlag, ...] = ()  # questions not answered yet

    @property
    def rules(self) -> frozenset[str]:
        """The safety engine's rule ids for these flags (as overrides name them)."""
        return frozenset(f"red_flag.{flag.value}" for flag in self.flags)


def red_flag_state(
    answers: Mapping[RedFlag, bool],
    cleared: frozenset[RedFlag] = frozenset(),
    age: int | None = None,
    immunocompromised: bool = False,
) -> RedFlagState:
    """What the answers mean now: ``cleared`` are the flags with a clearance typed; an age
    under 20 and a weakened immune system raise their flags (as the intake's facts do)."""
    raised = {flag for flag in RedFlag if answers.get(flag)}
    if age is not None and age < YOUNG_AGE_BELOW:
        raised.add(RedFlag.YOUNG_AGE)
    if immunocompromised:
        raised.add(RedFlag.IMMUNOSUPPRESSION)
    present = [flag for flag in RedFlag if flag in raised]
    stopping = [flag for flag in present if needs_referral(flag) and flag not in cleared]
    cancer = {RedFlag.CANCER_HISTORY} & raised  # with a sign: NICE NG234
    return RedFlagState(
        refer=bool(stopping),
        emergency=bool(stopping) and is_emergency(set(stopping) | cancer),
        messages=tuple(translate("red_flags", RED_FLAGS[flag].message) for flag in stopping),
        flags=tuple(stopping),
        present=tuple(present),
        open_questions=tuple(flag for flag in ASKED if flag not in answers),
    )
