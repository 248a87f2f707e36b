"""Sections of the take-home sheet that depend on this patient's record: what happened
during today's treatment, the pregnancy warning signs, the end of a course — and the
grouping that keeps a heading with what follows and never leaves one bullet alone at
the top of a page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from planner.domain.outcomes import MEANINGFUL_FRACTION, NRS_MEANINGFUL_POINTS, change
from planner.domain.vocab import OutcomeMeasure
from planner.export import adverse_advice, aftercare
from planner.export.common import boxed
from planner.export.labels import date_text
from planner.export.markup import WARNING, Styles, TextWriter
from planner.export.model import AdverseEventLine, CourseEnd, HomeAdvice, PainProgress

GROUP = 2  # list items kept together across a page break, at least


def bullets(writer: TextWriter, st: Styles, items: Sequence[str]) -> list[Flowable]:
    return [
        Paragraph(writer.markup(item, base=st.bullet.fontName), st.bullet, bulletText="•")
        for item in items
    ]


def grouped(lead: Sequence[Flowable], items: Sequence[Flowable]) -> list[Flowable]:
    """``lead`` (a heading, a line of introduction) kept with the first items, then the
    rest in groups of at least two: a page break never leaves a heading at the foot of a
    page or a single item alone at the top of the next."""
    items = list(items)
    if len(items) <= GROUP + 1:
        return [KeepTogether([*lead, *items])] if lead or items else []
    first, rest = items[:GROUP], items[GROUP:]
    chunks = [rest[i : i + GROUP] for i in range(0, len(rest), GROUP)]
    if len(chunks[-1]) < GROUP:  # one left over: it joins the group before it
        left = chunks.pop()
        if chunks:
            chunks[-1] += left
        else:
            first += left
    return [KeepTogether([*lead, *first]), *(KeepTogether(chunk) for chunk in chunks)]


def section(writer: TextWriter, st: Styles, title: str, items: Sequence[str]) -> list[Flowable]:
    return grouped([writer.para(title, st.heading, bold=True)], bullets(writer, st, items))


# --- what happened during today's treatment -----------------------------------------------


def adverse_events(
    writer: TextWriter, st: Styles, events: Sequence[AdverseEventLine]
) -> list[Flowable]:
    """Each event of the day in plain words with what to do, and what was done about it."""
    if not events:
        return []
    flow: list[Flowable] = []
    for number, event in enumerate(events):
        lead: list[Flowable] = []
        if number == 0:
            lead += [
                writer.para(adverse_advice.EVENTS_HEADING, st.heading, bold=True),
                writer.para(adverse_advice.EVENTS_NOTE, st.body),
            ]
        title = adverse_advice.event_title(event.kind, event.severity, event.description)
        lead.append(writer.para(title, st.bold, bold=True))
        items = bullets(writer, st, adverse_advice.EVENT_ADVICE[event.kind].advice)
        if event.action_taken.strip():
            items.append(writer.pair(adverse_advice.WHAT_WE_DID, event.action_taken, st.body))
        flow += grouped(lead, items)
    return flow


# --- pregnancy -------------------------------------------------------------------------------


def pregnancy(writer: TextWriter, st: Styles, width: float) -> list[Flowable]:
    """The warning signs to call the midwife for, in a box of their own."""
    box = boxed(
        [
            writer.para(aftercare.PREGNANCY_HEADING, st.warning, bold=True),
            writer.para(aftercare.PREGNANCY_CALL, st.bold, bold=True),
            *bullets(writer, st, aftercare.PREGNANCY_SIGNS),
            writer.para(aftercare.PREGNANCY_URGENT, st.bold, bold=True),
            writer.para(aftercare.PREGNANCY_DO_NOT_WAIT, st.body),
        ],
        width,
        border=WARNING,
    )
    return [KeepTogether([box])]


# --- the end of a course ---------------------------------------------------------------------

ADVICE_NAMES: dict[HomeAdvice, str] = {
    HomeAdvice.CORE_EXERCISES: "your core exercises",
    HomeAdvice.FLEXIBILITY: "your stretches",
    HomeAdvice.SITTING_POSTURE: "good sitting posture",
    HomeAdvice.PILLOW_MATTRESS: "a supportive mattress and pillow",
    HomeAdvice.RELAXATION: "daily relaxation",
    HomeAdvice.FOAM_ROLLING_STRETCHING: "foam rolling and stretching",
    HomeAdvice.SITTING_BREAKS: "regular breaks from sitting",
}


def score_text(value: float) -> str:
    return f"{value:g} out of 10"


def points_text(value: float) -> str:
    return f"{value:g} point" + ("" if value == 1 else "s")


def verdict_text(progress: PainProgress) -> str:
    """The latest pain against the first, judged by the one threshold
    (:func:`planner.domain.outcomes.change`)."""
    result = change(progress.first, progress.latest, OutcomeMeasure.NRS_NOW)
    rule = f"{NRS_MEANINGFUL_POINTS:g} points or {MEANINGFUL_FRACTION:.0%} lower"
    if result.meaningful:
        return (
            f"Your pain is {points_text(result.points)} lower than when we started: "
            f"a real improvement (we count {rule} as one)."
        )
    if result.points > 0:
        return (
            f"Your pain is {points_text(result.points)} lower than when we started, less "
            f"than the change we count as a real improvement ({rule})."
        )
    if result.points == 0:
        return "Your pain is the same as when we started."
    return f"Your pain is {points_text(-result.points)} higher than when we started."


def improved(end: CourseEnd) -> bool | None:
    """Whether the course's latest pain is meaningfully lower (None: not known)."""
    if end.progress is None:
        return None
    return change(end.progress.first, end.progress.latest, OutcomeMeasure.NRS_NOW).meaningful


def course_lines(end: CourseEnd, session_date_text: str) -> list[str]:
    """Sessions held and pain first → latest, in plain words."""
    held = f"You came to {end.sessions_held} of the {end.planned_sessions} planned sessions"
    if end.start_date is not None:
        held += f", from {date_text(end.start_date)} to {session_date_text}"
    lines = [held + "."]
    progress = end.progress
    if progress is None:
        lines.append("We do not have enough pain scores to say how your pain has changed.")
        return lines
    when = "at your first assessment" if progress.first_at_intake else "at your first session"
    lines += [
        f"Your pain {when} ({date_text(progress.first_on)}): {score_text(progress.first)}.",
        f"Your pain at your last visit ({date_text(progress.latest_on)}): "
        f"{score_text(progress.latest)}.",
        verdict_text(progress),
    ]
    if end.goal_target_pain is not None:
        reached = progress.latest <= end.goal_target_pain
        lines.append(
            f"Your goal was a pain of {score_text(end.goal_target_pain)} or lower: "
            + ("reached." if reached else "not reached yet.")
        )
    return lines


def next_steps(end: CourseEnd, advice: frozenset[HomeAdvice]) -> list[str]:
    names = [name for kind, name in ADVICE_NAMES.items() if kind in advice]
    steps = [aftercare.keep_up(names), aftercare.FLARE_PLAN, aftercare.COME_BACK]
    if improved(end) is False:
        steps.append(aftercare.NOT_IMPROVED_GP)
    steps += [aftercare.SEE_YOUR_GP, aftercare.URGENT_NEVER_WAIT]
    return steps


def course_end(
    writer: TextWriter,
    st: Styles,
    end: CourseEnd,
    advice: frozenset[HomeAdvice],
    session_date_text: str,
) -> list[Flowable]:
    """How the course went (first → latest pain, the verdict) and what to do next."""
    return [
        *section(writer, st, aftercare.COURSE_HEADING, course_lines(end, session_date_text)),
        *section(writer, st, aftercare.NEXT_STEPS_HEADING, next_steps(end, advice)),
    ]
