"""Sentences the progress screens show: the improvement marker, review prompts, scores."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.courses import CLOSED
from planner.domain.outcomes import Milestone
from planner.domain.progress import BASELINE, CourseChart, PromptKind, ReviewPrompt
from planner.domain.vocab import CourseStatus
from planner.ui.labels import course_status_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("progress", text)


def score(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def session_name(number: int) -> str:
    return _tr("intake") if number == BASELINE else _tr("session {n}").format(n=number)


def milestone_text(milestone: Milestone | None, *, closed: bool = False) -> str:
    """``Meaningful improvement since session 2: 7 → 4`` (or that none is reached yet, or
    was reached at all when the course is over)."""
    if milestone is None and closed:
        return _tr("No meaningful improvement in this course (pain down 2 points or 30 %).")
    if milestone is None:
        return _tr("No meaningful improvement yet (pain down 2 points or 30 %).")
    return _tr("Meaningful improvement since session {n}: {start} → {now}").format(
        n=milestone.session,
        start=score(milestone.change.baseline),
        now=score(milestone.change.latest),
    )


def sessions_text(chart: CourseChart, status: CourseStatus | None = None) -> str:
    """``4 of 6 sessions done · 2 planned: 12 Nov, 19 Nov``; a closed course says so first
    (``Course referred · 0 of 4 sessions done``)."""
    done = _tr("{done} of {planned} sessions done").format(done=chart.done, planned=chart.planned)
    if status in CLOSED:
        done = _tr("Course {status} · {done}").format(
            status=course_status_labels()[status].lower(), done=done
        )
    if not chart.upcoming:
        return done
    dates = ", ".join(day.strftime("%d %b") for _n, day in chart.upcoming)
    return _tr("{done} · {n} planned: {dates}").format(
        done=done, n=len(chart.upcoming), dates=dates
    )


def prompt_title(prompt: ReviewPrompt) -> str:
    if prompt.kind == PromptKind.NO_IMPROVEMENT:
        return _tr("Review: no meaningful improvement by session {n}").format(n=prompt.at_session)
    if prompt.kind == PromptKind.FINAL:
        return _tr("Final review due (session {n} of {planned})").format(
            n=prompt.at_session, planned=prompt.planned
        )
    return _tr("Mid-course review due (session {n} of {planned})").format(
        n=prompt.at_session, planned=prompt.planned
    )


def prompt_detail(prompt: ReviewPrompt) -> str:
    figures = _tr(
        "Pain {start} at the start, {now} now; {done} of {planned} sessions done."
    ).format(
        start=score(prompt.baseline),
        now=score(prompt.latest),
        done=prompt.done,
        planned=prompt.planned,
    )
    if prompt.kind == PromptKind.NO_IMPROVEMENT:
        advice = _tr(
            "Most patients who improve do so within 4–6 sessions: continue, adjust the plan, "
            "or discharge or refer."
        )
    elif prompt.milestone is not None:
        advice = milestone_text(prompt.milestone) + "."
    else:
        advice = _tr("No meaningful improvement yet.")
    return f"{figures} {advice}"
