"""The words of the clinical report's summary page, row by row: the reason for referral,
the safety-relevant history, the red-flag screen, the course, the outcome with its verdict
(the latest score against the baseline, never the best dip), adverse events, overrides and
the review decision. Each function takes the :class:`ClinicalReport` and returns its lines
as plain text (or bold label and text); :mod:`planner.export.clinical_report` lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from planner.domain.outcomes import (
    MEANINGFUL_FRACTION,
    NRS_MEANINGFUL_POINTS,
    PEG_MEANINGFUL_POINTS,
    course_verdict,
)
from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import CourseStatus, OutcomeMeasure, RedFlag, ReviewDecision, Technique
from planner.export.labels import (
    ADVERSE,
    BODY_SIDE,
    CAUSE,
    DECISION,
    DISCHARGE,
    DURATION,
    REGION,
    SEVERITY,
    STATUS,
    TECHNIQUE,
    date_text,
    listing,
    word,
)
from planner.export.model import ClinicalReport, ConditionLine, OutcomeScore, ReviewLine
from planner.export.report_parts import (
    CONDITION,
    IMPLANTS,
    given_text,
    numbers_text,
    override_who,
    score_when,
    sentence,
    subject_text,
    techniques_text,
)

Line = str | tuple[str, str]  # a summary line: plain, or (bold label, text)
_RULE_TEXT = (
    f"meaningful improvement: at least {NRS_MEANINGFUL_POINTS:g} points or "
    f"{MEANINGFUL_FRACTION:.0%} lower than at the start"
)


def reason_lines(report: ClinicalReport) -> list[str]:
    complaint = report.complaint
    lines = [complaint.presenting_complaint.strip()]
    where = listing(word(REGION, region) for region in complaint.regions)
    if complaint.sciatica_side is not None:
        where += f" (sciatica: {word(BODY_SIDE, complaint.sciatica_side)})"
    onset = f"since {date_text(complaint.onset_date)}" if complaint.onset_date else ""
    cause = word(CAUSE, complaint.cause)
    if complaint.cause_other.strip():
        cause = ": ".join(p for p in (cause, complaint.cause_other.strip()) if p)
    facts = [
        f"Where: {where}" if where else "",
        f"Duration: {', '.join(p for p in (onset, word(DURATION, complaint.duration_class)) if p)}"
        if onset or complaint.duration_class
        else "",
        f"Cause: {cause}" if cause else "",
    ]
    lines.append(". ".join(f for f in facts if f) + ("." if any(facts) else ""))
    if complaint.diagnosis.strip():
        lines.append(f"Working diagnosis: {complaint.diagnosis.strip()}")
    goals = report.course.goals.strip()
    target = report.course.goal_target_pain
    if goals or target is not None:
        aim = f"Target pain: {target} / 10." if target is not None else ""
        lines.append("Goals: " + " ".join(p for p in (sentence(goals), aim) if p))
    if not any(lines):
        return ["No presenting complaint recorded."]
    return lines


def history_lines(report: ClinicalReport) -> list[str]:
    history = report.history
    lines: list[str] = []
    changed = history.pregnancy_changed_at
    if history.pregnant:
        weeks = f", {history.gestation_weeks} weeks" if history.gestation_weeks is not None else ""
        when = f"reported at session {changed}" if changed else "at the intake"
        lines.append(f"Pregnant{weeks} ({when}).")
    elif history.pregnant is False:
        when = f"since session {changed}" if changed else "asked at the intake"
        lines.append(f"Not pregnant ({when}).")
    if history.blood_thinners:
        taken = [
            f"{m.generic} ({m.kind})" + (f" – “{m.text.strip()}”" if m.text.strip() else "")
            for m in history.blood_thinners
        ]
        lines.append(f"Blood thinners: {'; '.join(taken)}.")
    else:
        lines.append("Blood thinners: none in the medication list.")
    allergies = "; ".join(history.allergies) if history.allergies else "none recorded"
    lines.append(f"Allergies: {allergies}.")
    implants = [c for c in history.conditions if c.condition in IMPLANTS]
    others = [c for c in history.conditions if c.condition not in IMPLANTS]

    def said(items: Sequence[ConditionLine]) -> str:
        return "; ".join(
            word(CONDITION, c.condition) + (f" ({c.note.strip()})" if c.note.strip() else "")
            for c in items
        )

    lines.append(f"Implants and devices: {said(implants) if implants else 'none recorded'}.")
    if others:
        lines.append(f"Other conditions: {said(others)}.")
    if history.other_conditions.strip():
        lines.append(f"Other history: {history.other_conditions.strip()}")
    return lines


def screen_lines(report: ClinicalReport) -> list[str]:
    screen = report.red_flags
    when = f" on {date_text(screen.screened_on)}" if screen.screened_on else ""
    lines: list[str] = []
    if screen.present:
        lines.append(f"Positive{when}:")
        for flag in RedFlag:  # cauda equina first
            if flag in screen.present:
                info = RED_FLAGS[flag]
                lines.append(f"• {info.category}: {info.message}")
    elif screen.complete:
        lines.append(f"Negative{when}: none of the {len(ASKED)} red flags asked about was present.")
    if not screen.complete:
        open_ = [
            RED_FLAGS[flag].short or RED_FLAGS[flag].category for flag in screen.open_questions
        ]
        named = f": {listing(open_)}" if open_ else ""
        prefix = "Not complete" if not screen.present else "Not complete either"
        lines.append(f"{prefix}{when} – questions not answered{named}.")
    if screen.advice.strip():
        lines.append(f"Advice given or referral made: {screen.advice.strip()}")
    return lines


def course_lines(report: ClinicalReport) -> list[str]:
    course, sessions = report.course, report.sessions
    end = f" to {date_text(course.end_date)}" if course.end_date else ""
    frequency = f"{course.sessions_per_week:g} per week"
    minutes = f", {course.session_minutes} min each" if course.session_minutes else ""
    lines = [
        f"From {date_text(course.start_date)}{end}: {len(sessions)} of "
        f"{course.planned_sessions} planned sessions given ({frequency}{minutes}); "
        f"{word(STATUS, course.status)}."
    ]
    if course.extension_reason.strip():
        lines.append(f"Extended because: {course.extension_reason.strip()}")
    lines.append(_techniques(report))
    return lines


def _techniques(report: ClinicalReport) -> str:
    """``Local needling and electroacupuncture at every session; cupping at 2 of 6``."""
    sessions = report.sessions
    if not sessions:
        planned = techniques_text(report.plan.techniques)
        return f"Planned: {planned.lower()}." if planned else ""
    given = {t for s in sessions for t in s.techniques}
    always = [t for t in Technique if t in given and all(t in s.techniques for s in sessions)]
    some = [t for t in Technique if t in given and t not in always]
    parts = []
    if always:
        parts.append(f"{techniques_text(always)} at every session")
    for technique in some:
        numbers = [s.number for s in sessions if technique in s.techniques]
        plural = "s" if len(numbers) > 1 else ""
        parts.append(f"{TECHNIQUE[technique].lower()} at session{plural} {numbers_text(numbers)}")
    text = "; ".join(parts)
    return f"Techniques: {text[0].lower()}{text[1:]}." if text else ""


def outcome_lines(report: ClinicalReport) -> list[str]:
    lines = [_pain_now(report)]
    for measure, name in (
        (OutcomeMeasure.NRS_AVERAGE, "Average pain this week (0–10)"),
        (OutcomeMeasure.PEG, "PEG (pain, enjoyment, activity)"),
    ):
        line = _measure_line(report.outcomes, measure, name)
        if line:
            lines.append(line)
    lines.append(f"({_RULE_TEXT}; PEG: {PEG_MEANINGFUL_POINTS:g} point or 30%.)")
    return lines


def _verdict(scores: Sequence[OutcomeScore], measure: OutcomeMeasure) -> str:
    """The course judged by :func:`planner.domain.outcomes.course_verdict`: the LATEST
    score against the baseline (the intake's, else the first), never the best dip.
    ``scores`` come in course order (:func:`_ordered`)."""
    last = max((s.session_number or 0 for s in scores), default=0)
    verdict = course_verdict([(_order_of(s, last), s.value) for s in scores], measure)
    if verdict is None:
        return "not enough scores"
    return _verdict_words(verdict.change.points, verdict.meaningful)


def _order_of(score: OutcomeScore, last_session: int) -> int:
    """Where a score falls in the course: the intake 0, a session its number, a review
    after every session."""
    if score.session_number is not None:
        return score.session_number
    if score.at_review:
        return last_session + 1
    return 0


def _verdict_words(points: float, meaningful: bool) -> str:
    if meaningful:
        return "meaningful improvement"
    if points < 0:
        return "worse than at the start"
    if points == 0:
        return "no change"
    return "improved, but not meaningfully"


def _pain_now(report: ClinicalReport) -> str:
    """Pain now first → latest: from the scores taken through the course; until scores are
    taken at sessions, from each session's pain before treatment (and it says so)."""
    scored = _ordered(s for s in report.outcomes if s.measure == OutcomeMeasure.NRS_NOW)
    later = [s for s in scored if s.session_number is not None or s.at_review]
    if scored and later:
        first, last = scored[0], scored[-1]
        return (
            f"Pain now (0–10): {first.value:g} ({score_when(first)}) → {last.value:g} "
            f"({score_when(last)}): {_verdict(scored, OutcomeMeasure.NRS_NOW)}."
        )
    before = [
        s for s in sorted(report.sessions, key=lambda s: s.number) if s.pain_before is not None
    ]
    if len(before) >= 2:
        first_s, last_s = before[0], before[-1]
        assert first_s.pain_before is not None and last_s.pain_before is not None
        pairs = [(s.number, float(s.pain_before or 0)) for s in before]
        found = course_verdict(pairs, OutcomeMeasure.NRS_NOW)
        verdict = _verdict_words(found.change.points, found.meaningful) if found else ""
        return (
            f"Pain (0–10) before treatment: {first_s.pain_before} at session {first_s.number} → "
            f"{last_s.pain_before} at session {last_s.number}: {verdict}. (No pain scores were "
            "taken between the intake and the end; the sessions' pain before treatment is used.)"
        )
    if scored:
        return f"Pain now (0–10): {scored[0].value:g} ({score_when(scored[0])}); not scored again."
    return "Not enough pain scores to judge change."


def _ordered(scores: Iterable[OutcomeScore]) -> list[OutcomeScore]:
    """Scores in course order: the intake, the sessions, the review (then by day); the
    order :func:`_verdict` judges them in."""
    items = list(scores)
    last = max((s.session_number or 0 for s in items), default=0)
    return sorted(items, key=lambda s: (_order_of(s, last), s.day))


def _measure_line(scores: Sequence[OutcomeScore], measure: OutcomeMeasure, name: str) -> str:
    taken = _ordered(s for s in scores if s.measure == measure)
    if not taken:
        return ""
    first, last = taken[0], taken[-1]
    if len(taken) == 1:
        return f"{name}: {first.value:g} ({score_when(first)}); not scored again."
    return (
        f"{name}: {first.value:g} ({score_when(first)}) → {last.value:g} ({score_when(last)}): "
        f"{_verdict(taken, measure)}."
    )


def event_lines(report: ClinicalReport) -> list[Line]:
    lines: list[Line] = []
    for session in sorted(report.sessions, key=lambda s: s.number):
        for e in session.adverse_events:
            what = f"{word(ADVERSE, e.kind)} ({word(SEVERITY, e.severity)})"
            detail = f": {e.description.strip()}" if e.description.strip() else ""
            action = f"; action: {e.action_taken.strip()}" if e.action_taken.strip() else ""
            lines.append(
                (
                    f"Session {session.number} ({date_text(session.session_date)}):",
                    sentence(f"{what[0].upper()}{what[1:]}{detail}{action}"),
                )
            )
    return lines or ["None recorded."]


def override_lines(report: ClinicalReport) -> list[Line]:
    lines: list[Line] = []
    for line in report.safety:
        if not line.overridden:
            continue
        given = given_text(line)
        used = f" {given} with the override." if given else ""
        reason = sentence(line.override_reason) or "no reason recorded."
        lines.append(
            (
                f"{subject_text(line.subject)}:",
                f"{sentence(line.message)} {override_who(line)}: {reason}{used}",
            )
        )
    return lines or ["None: every contraindication found was respected."]


def _latest_review(reviews: Sequence[ReviewLine]) -> ReviewLine | None:
    """The last decision taken (the record lists reviews in the order they were made)."""
    ordered = sorted(reviews, key=lambda r: (r.at_session, r.decided_on or dt.date.min))
    return ordered[-1] if ordered else None


def review_lines(report: ClinicalReport) -> list[str]:
    latest = _latest_review(report.reviews)
    course = report.course
    if latest is None:
        closed = course.status in (
            CourseStatus.COMPLETED,
            CourseStatus.DISCHARGED,
            CourseStatus.REFERRED,
        )
        if closed:
            when = f" on {date_text(course.end_date)}" if course.end_date else ""
            return [f"Course {word(STATUS, course.status)}{when}; no review decision was recorded."]
        return ["No review has been recorded yet."]
    details = [
        f"by {latest.extend_by} more session(s)" if latest.extend_by else "",
        f"reason: {word(DISCHARGE, latest.discharge_reason)}" if latest.discharge_reason else "",
        f"to {latest.refer_to.strip()}" if latest.refer_to.strip() else "",
    ]
    who = ", ".join(p for p in (latest.decided_by.strip(), date_text(latest.decided_on)) if p)
    text = f"{word(DECISION, latest.decision)} at session {latest.at_session}"
    text += f" ({who})" if who else ""
    extra = "; ".join(d for d in details if d)
    lines = [f"{text}{': ' + extra if extra else ''}."]
    if latest.reason.strip():
        lines.append(f"Why: {latest.reason.strip()}")
    recommendation = latest.note.strip()
    if latest.decision == ReviewDecision.REFER and latest.refer_to.strip() and not recommendation:
        recommendation = f"Assessment by {latest.refer_to.strip()}."
    if recommendation:
        lines.append(f"Recommendation: {recommendation}")
    return lines
