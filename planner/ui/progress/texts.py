"""Sentences the progress screens show: the improvement marker, review prompts, scores."""

from __future__ import annotations

from planner import formats
from planner.domain.courses import CLOSED
from planner.domain.i18n import translate
from planner.domain.outcomes import MEANINGFUL_RULE, Milestone, Verdict
from planner.domain.progress import BASELINE, CourseChart, PromptKind, ReviewPrompt
from planner.domain.vocab import CourseStatus, OutcomeMeasure
from planner.ui.labels import course_status_labels


def score(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def session_name(number: int) -> str:
    return (
        translate("progress", "intake")
        if number == BASELINE
        else translate("progress", "session {n}").format(n=number)
    )


def rule_text() -> str:
    """The one threshold, as the practitioner reads it (planner.domain.outcomes)."""
    return translate("progress", MEANINGFUL_RULE)


def measure_name(verdict: Verdict | None) -> str:
    if verdict is not None and verdict.measure == OutcomeMeasure.NRS_AVERAGE:
        return translate("progress", "Average pain")
    return translate("progress", "Pain")


def milestone_text(milestone: Milestone | None) -> str:
    """The chart's marker: ``First meaningful change at session 2: 7 → 5`` ("" without)."""
    if milestone is None:
        return ""
    return translate("progress", "First meaningful change at session {n}: {start} → {now}").format(
        n=milestone.session,
        start=score(milestone.change.baseline),
        now=score(milestone.change.latest),
    )


def verdict_text(verdict: Verdict | None, *, closed: bool = False) -> str:
    """The course judged on its latest score: ``Average pain 7 (intake) → 4 (session 4):
    a meaningful improvement (meaningful = at least 2 points or 30 % lower than at the
    start).``"""
    rule = rule_text()
    if verdict is None:
        return translate("progress", "Not enough scores yet to judge change ({rule}).").format(
            rule=rule
        )
    if verdict.sustained:
        result = translate("progress", "a meaningful improvement, kept at the last two scores")
    elif verdict.meaningful:
        result = translate("progress", "a meaningful improvement")
    elif closed:
        result = translate("progress", "no meaningful improvement in this course")
    else:
        result = translate("progress", "not a meaningful improvement yet")
    return translate(
        "progress", "{measure} {start} ({first}) → {now} ({last}): {result} ({rule})."
    ).format(
        measure=measure_name(verdict),
        start=score(verdict.baseline),
        first=session_name(verdict.baseline_at),
        now=score(verdict.latest),
        last=session_name(verdict.latest_at),
        result=result,
        rule=rule,
    )


def sessions_text(chart: CourseChart, status: CourseStatus | None = None) -> str:
    """``4 of 6 sessions done · 2 planned: 12 Nov, 19 Nov``; a closed course says so first
    (``Course referred · 0 of 4 sessions done``)."""
    planned = chart.planned  # a plain name: lupdate skips a count written as an expression
    done = translate("progress", "{done} of %n session(s) done", None, planned).format(
        done=chart.done
    )
    if status in CLOSED:
        done = translate("progress", "Course {status} · {done}").format(
            status=course_status_labels()[status].lower(), done=done
        )
    if not chart.upcoming:
        return done
    dates = ", ".join(formats.day_month(day) for _n, day in chart.upcoming)
    return translate("progress", "{done} · {n} planned: {dates}").format(
        done=done, n=len(chart.upcoming), dates=dates
    )


def prompt_title(prompt: ReviewPrompt) -> str:
    if prompt.kind == PromptKind.NO_IMPROVEMENT:
        return translate("progress", "Review: no meaningful improvement by session {n}").format(
            n=prompt.at_session
        )
    if prompt.kind == PromptKind.FINAL:
        return translate("progress", "Final review due (session {n} of {planned})").format(
            n=prompt.at_session, planned=prompt.planned
        )
    return translate("progress", "Mid-course review due (session {n} of {planned})").format(
        n=prompt.at_session, planned=prompt.planned
    )


def prompt_detail(prompt: ReviewPrompt) -> str:
    planned = prompt.planned
    figures = translate(
        "progress",
        "{measure} {start} at the start, {now} now; {done} of %n session(s) done.",
        None,
        planned,
    ).format(
        measure=measure_name(prompt.verdict),
        start=score(prompt.baseline),
        now=score(prompt.latest),
        done=prompt.done,
    )
    if prompt.kind == PromptKind.NO_IMPROVEMENT:
        advice = translate(
            "progress",
            "Not meaningfully better than at the start ({rule}). Most patients who improve "
            "do so within 4–6 sessions: continue, adjust the plan, or discharge or refer.",
        ).format(rule=rule_text())
    elif prompt.verdict is not None and prompt.verdict.meaningful:
        advice = translate("progress", "A meaningful improvement now ({rule}).").format(
            rule=rule_text()
        )
    else:
        advice = translate("progress", "No meaningful improvement now ({rule}).").format(
            rule=rule_text()
        )
    return f"{figures} {advice}"


def values_text(chart: CourseChart) -> str:
    """The chart's values as sentences, for a screen reader: each series with its scores
    by session ("Pain before: intake 7, session 1 7, session 2 5.")."""
    series = (
        (translate("progress", "Pain before"), chart.pain_before),
        (translate("progress", "Pain after"), chart.pain_after),
        (translate("progress", "Average pain (week)"), chart.average),
        (translate("progress", "PEG-3"), chart.peg),
    )
    lines = [
        f"{name}: " + ", ".join(f"{session_name(p.session)} {score(p.value)}" for p in points) + "."
        for name, points in series
        if points
    ]
    if chart.goal is not None:
        lines.append(translate("progress", "Goal: pain {goal}.").format(goal=chart.goal))
    return " ".join(lines)
