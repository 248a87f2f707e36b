"""A course of treatment: its length, rhythm, proposed dates, review points and decisions.

Rules (issue 6; reference "Course-planning reference numbers"):

* A course plans 1–12 sessions, 6 by default (4–6 is the usual clinic course); more than
  6 needs a reason, because the usual course is shorter.
* The frequency is sessions per week (every two weeks, once, twice or three times a
  week); proposed dates follow from the start date and the frequency, one per session,
  and stay editable (never earlier than the start, always in session order).
* Reviews: mid-course (session 3 by default) and final (the last planned session).
  At a review the practitioner continues, adjusts the plan, extends by some sessions,
  discharges (goals met, plateau, patient choice) or refers (to whom, and why).
* Recording a session past the planned number needs an extension with a reason first,
  never silently; extensions can take a course to at most 24 sessions.

Everything here is plain data in, plain data out; the services store it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.domain.outcomes import Change, change
from planner.domain.validation import Problems, clean_text
from planner.domain.vocab import CourseStatus, DischargeReason, ReviewDecision

DEFAULT_SESSIONS = 6
USUAL_MAX_SESSIONS = 6  # planning more asks for a reason
PLANNED_RANGE = range(1, 13)  # 1–12 when a course is planned
MAX_SESSIONS = 24  # with extensions (the database allows no more)
DEFAULT_MID_REVIEW = 3
# Sessions per week a course can be planned at: every two weeks .. three times a week.
FREQUENCIES = (0.5, 1.0, 2.0, 3.0)
DEFAULT_FREQUENCY = 1.0
MAX_DAYS_AHEAD = 366  # a course starts within a year
REASON_MAX = 1000
NOTE_MAX = 4000
GOALS_MAX = 4000
CLOSED = frozenset({CourseStatus.COMPLETED, CourseStatus.DISCHARGED, CourseStatus.REFERRED})


class CourseInvalid(PlannerError):
    """A course, review or extension as typed is not allowed; ``problems`` names each field."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(next(iter(problems.by_field.values())))
        self.problems = problems.by_field


class ExtensionNeeded(PlannerError):
    """Recording this session would go past the planned number: extend the course first."""

    def __init__(self, number: int, planned: int) -> None:
        super().__init__(
            translate(
                "course_rules",
                "Session {number} would be past the {planned} planned for this course.",
            ).format(number=number, planned=planned),
            hint=translate(
                "course_rules", "Extend the course (how many more sessions, and why) to record it."
            ),
        )
        self.number = number
        self.planned = planned


def session_label(number: int, planned: int) -> str:
    """ "Session 3 of 6", shown wherever a session appears on a screen (documents word it
    themselves, in English: planner/export/labels.py)."""
    return translate("courses", "Session {number} of {planned}").format(
        number=number, planned=planned
    )


def default_mid_review(planned: int) -> int:
    """Session 3 for a course of 4 or more; otherwise the session before the last (min. 1)."""
    return DEFAULT_MID_REVIEW if planned > DEFAULT_MID_REVIEW else max(1, planned - 1)


def proposed_dates(start: dt.date, per_week: float, count: int) -> tuple[dt.date, ...]:
    """One date per session from ``start``, spaced evenly at ``per_week`` sessions a week.

    Twice a week alternates 4 and 3 days (Monday, Friday, Monday …), three times a
    week 2, 3, 2 days; the k-th session falls on day round(k × 7 / per_week).
    """
    spacing = 7 / per_week
    return tuple(start + dt.timedelta(days=int(k * spacing + 0.5)) for k in range(count))


def more_dates(
    dates: tuple[dt.date, ...], start: dt.date, per_week: float, extra: int
) -> tuple[dt.date, ...]:
    """Dates for ``extra`` sessions after the last of ``dates`` (or from ``start``)."""
    if not dates:
        return proposed_dates(start, per_week, extra)
    following = proposed_dates(dates[-1], per_week, extra + 1)
    return following[1:]


@dataclass(frozen=True)
class CourseDraft:
    """A course as the practitioner plans it (reception may change the dates later)."""

    start_date: dt.date | None = None
    planned_sessions: int = DEFAULT_SESSIONS
    sessions_reason: str = ""  # why more than the usual 6
    sessions_per_week: float = DEFAULT_FREQUENCY
    proposed_dates: tuple[dt.date, ...] = ()  # one per session; empty: generated
    mid_review_at: int = DEFAULT_MID_REVIEW
    goals: str = ""
    goal_target_pain: int | None = None


def validate_course(draft: CourseDraft, today: dt.date) -> CourseDraft:
    """The course as it will be stored (dates filled in), or CourseInvalid naming fields."""
    problems = Problems()
    planned = draft.planned_sessions
    reason = clean_text(
        problems,
        "sessions_reason",
        translate("course_rules", "Reason for more sessions"),
        draft.sessions_reason,
        max_length=REASON_MAX,
        multiline=True,
    )
    goals = clean_text(
        problems,
        "goals",
        translate("course_rules", "Goals"),
        draft.goals,
        max_length=GOALS_MAX,
        multiline=True,
    )
    if planned not in PLANNED_RANGE:
        problems.add(
            "planned_sessions",
            translate("course_rules", "Planned sessions: from {first} to {last}.").format(
                first=PLANNED_RANGE.start, last=PLANNED_RANGE.stop - 1
            ),
        )
    elif planned > USUAL_MAX_SESSIONS and not reason and "sessions_reason" not in problems.by_field:
        problems.add(
            "sessions_reason",
            translate(
                "course_rules",
                "Reason for more sessions: more than {usual_max_sessions} needs a reason.",
            ).format(usual_max_sessions=USUAL_MAX_SESSIONS),
        )
    if draft.sessions_per_week not in FREQUENCIES:
        problems.add(
            "sessions_per_week",
            translate(
                "course_rules", "Frequency: every two weeks, or once, twice or three times a week."
            ),
        )
    if draft.start_date is None:
        problems.add("start_date", translate("course_rules", "Start date: required."))
    elif draft.start_date > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        problems.add(
            "start_date", translate("course_rules", "Start date: within a year from today.")
        )
    if not 1 <= draft.mid_review_at <= max(planned, 1):
        problems.add(
            "mid_review_at",
            translate("course_rules", "Mid-course review: at a session from 1 to the last."),
        )
    if draft.goal_target_pain is not None and not 0 <= draft.goal_target_pain <= 10:
        problems.add(
            "goal_target_pain",
            translate("course_rules", "Target pain: a whole number from 0 to 10."),
        )
    if problems:
        raise CourseInvalid(problems)
    assert draft.start_date is not None
    dates = draft.proposed_dates or proposed_dates(
        draft.start_date, draft.sessions_per_week, planned
    )
    check_dates(dates, draft.start_date, planned)
    return replace(draft, sessions_reason=reason, goals=goals, proposed_dates=tuple(dates))


def check_dates(dates: tuple[dt.date, ...], start: dt.date, count: int) -> None:
    """One date per session, none before the start, each on or after the one before."""
    problems = Problems()
    if len(dates) != count:
        problems.add(
            "proposed_dates",
            translate("course_rules", "Dates: one for each of the %n session(s).", None, count),
        )
    for number, day in enumerate(dates, start=1):
        if day < start:
            problems.add(
                "proposed_dates",
                translate(
                    "course_rules", "Dates: session {number} is before the course starts ({start})."
                ).format(number=number, start=start),
            )
        elif number > 1 and day < dates[number - 2]:
            problems.add(
                "proposed_dates",
                translate(
                    "course_rules", "Dates: session {number} comes before session {previous}."
                ).format(number=number, previous=number - 1),
            )
    if problems:
        raise CourseInvalid(problems)


# --- Extensions ---------------------------------------------------------------------------


def validate_extension(planned: int, extra: int, reason: str) -> tuple[int, str]:
    """The new planned number and the cleaned reason, or CourseInvalid naming the field."""
    problems = Problems()
    text = clean_text(
        problems,
        "reason",
        translate("course_rules", "Reason"),
        reason,
        max_length=REASON_MAX,
        required=True,
        multiline=True,
    )
    room = MAX_SESSIONS - planned
    if room < 1:
        problems.add(
            "extend_by",
            translate(
                "course_rules", "More sessions: this course already has {max_sessions}."
            ).format(max_sessions=MAX_SESSIONS),
        )
    elif not 1 <= extra <= room:
        problems.add(
            "extend_by",
            translate("course_rules", "More sessions: from 1 to {room}.").format(room=room),
        )
    if problems:
        raise CourseInvalid(problems)
    return planned + extra, text


def check_can_record(number: int, planned: int, status: CourseStatus) -> None:
    """Refuse a session on a closed course, or past the planned number (ExtensionNeeded)."""
    if status in CLOSED:
        raise PlannerError(
            translate(
                "course_rules", "This course is closed; no more sessions can be recorded in it."
            ),
            hint=translate("course_rules", "Start a new course from a current intake."),
        )
    if number > planned:
        raise ExtensionNeeded(number, planned)


# --- Reviews ------------------------------------------------------------------------------


class ReviewPoint:
    MID = "mid"
    FINAL = "final"


def review_due(number: int, planned: int, mid_review_at: int) -> str | None:
    """Whether session ``number`` is the mid-course or the final review point."""
    if number == planned:
        return ReviewPoint.FINAL
    if number == mid_review_at:
        return ReviewPoint.MID
    return None


@dataclass(frozen=True)
class ReviewDraft:
    decision: ReviewDecision | None = None
    extend_by: int | None = None  # extend: how many more sessions
    discharge_reason: DischargeReason | None = None  # discharge: why
    refer_to: str = ""  # refer: to whom
    reason: str = ""  # refer: why; extend: why
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What a review decision does to the course."""

    status: CourseStatus
    planned_sessions: int
    closes: bool  # the course ends (an end date is set)


def validate_review(draft: ReviewDraft, planned: int) -> ReviewDraft:
    """The review as it will be stored, or CourseInvalid naming each field at fault."""
    problems = Problems()
    refer_to = clean_text(
        problems, "refer_to", translate("course_rules", "Refer to"), draft.refer_to, max_length=200
    )
    reason = clean_text(
        problems,
        "reason",
        translate("course_rules", "Reason"),
        draft.reason,
        max_length=REASON_MAX,
        multiline=True,
    )
    note = clean_text(
        problems,
        "note",
        translate("course_rules", "Note"),
        draft.note,
        max_length=NOTE_MAX,
        multiline=True,
    )
    decision = draft.decision
    if decision is None:
        problems.add(
            "decision",
            translate(
                "course_rules", "Decision: continue, adjust the plan, extend, discharge or refer."
            ),
        )
    elif decision == ReviewDecision.EXTEND:
        room = MAX_SESSIONS - planned
        if draft.extend_by is None or not 1 <= draft.extend_by <= room:
            problems.add(
                "extend_by",
                translate("course_rules", "More sessions: from 1 to {room}.").format(
                    room=max(room, 0)
                ),
            )
    elif decision == ReviewDecision.DISCHARGE and draft.discharge_reason is None:
        problems.add(
            "discharge_reason",
            translate("course_rules", "Discharge reason: goals met, plateau or patient's choice."),
        )
    elif decision == ReviewDecision.REFER:
        if not refer_to and "refer_to" not in problems.by_field:
            problems.add(
                "refer_to", translate("course_rules", "Refer to: say to whom (for example the GP).")
            )
        if not reason and "reason" not in problems.by_field:
            problems.add(
                "reason", translate("course_rules", "Reason: say why the patient is referred.")
            )
    if problems:
        raise CourseInvalid(problems)
    keep_extend = decision == ReviewDecision.EXTEND
    return ReviewDraft(
        decision=decision,
        extend_by=draft.extend_by if keep_extend else None,
        discharge_reason=(draft.discharge_reason if decision == ReviewDecision.DISCHARGE else None),
        refer_to=refer_to if decision == ReviewDecision.REFER else "",
        reason=reason,
        note=note,
    )


def review_outcome(review: ReviewDraft, planned: int, status: CourseStatus) -> ReviewOutcome:
    """The course's status and length after a validated review decision."""
    decision = review.decision
    if decision == ReviewDecision.EXTEND:
        return ReviewOutcome(CourseStatus.EXTENDED, planned + (review.extend_by or 0), False)
    if decision == ReviewDecision.DISCHARGE:
        return ReviewOutcome(CourseStatus.DISCHARGED, planned, True)
    if decision == ReviewDecision.REFER:
        return ReviewOutcome(CourseStatus.REFERRED, planned, True)
    return ReviewOutcome(status, planned, False)  # continue, adjust: the course goes on


def pain_change(baseline: int | None, latest: int | None) -> Change | None:
    """Pain change so far (NRS now), with the meaningful-improvement rule, when both known."""
    if baseline is None or latest is None:
        return None
    return change(baseline, latest)
