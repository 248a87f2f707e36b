"""The clinical course report for the referring physician.

Page 1 is a summary a doctor reads in a minute: why the patient came, what is
safety-relevant (pregnancy, blood thinners, allergies, implants, the red-flag screen with
any question left open), the course (dates, sessions held of planned, techniques in
words), outcomes first → latest with the verdict, adverse events, overrides (who, when,
why: an overridden technique was used), the review decision, one neutral line on the
guidelines, and the practitioner's signature (STRICTA 5). A compact appendix follows:
the plan with its points listed once (STRICTA 1–4), the findings and how each was met,
a row per session saying only what differed from the plan (STRICTA 2a–2f with adverse
events), the pain chart, all outcome measures and every review. Patient name and date
of birth are in the footer of every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from planner.domain.outcomes import (
    MEANINGFUL_FRACTION,
    NRS_MEANINGFUL_POINTS,
    PEG_MEANINGFUL_POINTS,
    change,
    course_verdict,
    first_meaningful_improvement,
)
from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import CourseStatus, OutcomeMeasure, RedFlag, ReviewDecision, Technique
from planner.export.common import gap, letterhead
from planner.export.drawings import AFTER_COLOUR, BEFORE_COLOUR, Series, pain_chart
from planner.export.labels import (
    ADVERSE,
    BODY_SIDE,
    CAUSE,
    DECISION,
    DISCHARGE,
    DURATION,
    REGION,
    SEVERITY,
    SEX,
    STATUS,
    TECHNIQUE,
    date_text,
    listing,
    word,
)
from planner.export.markup import RULE, Styles, TextWriter, make_styles
from planner.export.model import (
    ClinicalReport,
    ConditionLine,
    OutcomeScore,
    ReviewLine,
    SessionLine,
)
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width
from planner.export.report_parts import (
    CONDITION,
    IMPLANTS,
    cupping_text,
    electro_text,
    given_text,
    moxa_text,
    numbers_text,
    outcomes_table,
    override_who,
    points_table,
    reviews_table,
    safety_table,
    score_when,
    sentence,
    sessions_table,
    subject_text,
    techniques_text,
)

BASE_SIZE = 9.0
CELL_SIZE = 8.5  # the smallest body text anywhere in the report
FOOTER_SIZE = 8.5
GUIDELINES = (
    "Guidelines differ: the American College of Physicians (2017) recommends acupuncture "
    "for chronic low back pain; NICE NG59 (2016) does not recommend acupuncture for low "
    "back pain."
)
Line = str | tuple[str, str]  # a summary line: plain, or (bold label, text)
_RULE_TEXT = (
    f"meaningful improvement: at least {NRS_MEANINGFUL_POINTS:g} points or "
    f"{MEANINGFUL_FRACTION:.0%} lower than at the start"
)


def render_clinical_report(report: ClinicalReport) -> RenderedPdf:
    """The clinical course report as a PDF."""
    writer = TextWriter()
    decor = PageDecor(
        footer=writer.runs(_footer(report)),
        footer_size=FOOTER_SIZE,
        demo=report.clinic.demo,
        draft=report.draft,
    )
    return build_pdf(
        lambda: _story(writer, report),
        writer=writer,
        decor=decor,
        paper=report.clinic.paper,
        title="Clinical course report",
        author=report.clinic.name,
    )


def _story(writer: TextWriter, report: ClinicalReport) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=CELL_SIZE)
    width = content_width(report.clinic.paper)
    story: list[Flowable] = [letterhead(writer, st, report.clinic, width), gap(2)]
    story += _addressing(writer, st, report)
    story += _summary(writer, st, report, width)
    story += _appendix(writer, st, report, width)
    return story


def _footer(report: ClinicalReport) -> str:
    patient = report.patient
    born = f" · born {date_text(patient.date_of_birth)}" if patient.date_of_birth else ""
    chart = f" · chart {patient.chart_number.strip()}" if patient.chart_number.strip() else ""
    return f"{patient.full_name}{born}{chart}"


def _heading(writer: TextWriter, st: Styles, text: str) -> list[Flowable]:
    """A section heading, on a new page when fewer than about six lines are left (the
    heading style keeps it with what follows)."""
    return [CondPageBreak(80), writer.para(text, st.heading, bold=True)]


def _addressing(writer: TextWriter, st: Styles, report: ClinicalReport) -> list[Flowable]:
    patient, referral = report.patient, report.referral
    flow: list[Flowable] = [writer.para("Clinical course report", st.title, bold=True)]
    to = ", ".join(
        part.strip()
        for part in (referral.physician_name, referral.physician_clinic, referral.physician_contact)
        if part.strip()
    )
    if to:
        flow.append(writer.pair("To:", to, st.body))
    flow.append(writer.pair("Date:", date_text(report.report_date), st.body))
    ident = [patient.full_name]
    if patient.date_of_birth:
        ident.append(f"born {date_text(patient.date_of_birth)}")
    if patient.sex is not None and word(SEX, patient.sex):
        ident.append(word(SEX, patient.sex))
    if patient.chart_number.strip():
        ident.append(f"chart {patient.chart_number.strip()}")
    flow.append(writer.pair("Patient:", ", ".join(ident), st.body))
    if referral.source.strip():
        flow.append(writer.pair("Referral:", referral.source, st.body))
    return flow


# --- page 1: the summary ------------------------------------------------------------------


def _summary(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    """Label | text rows a doctor reads in a minute, then the guidelines line and the
    signature, kept together with the last rows so it never stands alone on a page."""
    rows: list[tuple[str, Sequence[Line]]] = [
        (
            "Reason for referral" if report.referral.physician_name.strip() else "Complaint",
            _reason(report),
        ),
        ("Safety-relevant history", _history(report)),
        ("Red-flag screen", _screen(report)),
        ("Course", _course(report)),
        ("Outcome", _outcome_lines(report)),
        ("Adverse events", _events(report)),
        ("Overrides", _overrides(report)),
        ("Review", _review_lines(report)),
    ]
    cells = [
        [
            writer.para(label, st.bold, bold=True),
            [
                writer.pair(*line, st.body)
                if isinstance(line, tuple)
                else writer.para(line, st.body)
                for line in lines
                if line
            ],
        ]
        for label, lines in rows
    ]
    # The last row (the review) goes with the guidelines line and the signature.
    last = _summary_table(cells[-1:], width, rule_below=False)
    closing = [last, gap(4), writer.para(GUIDELINES, st.small), gap(6)]
    closing += _signature(writer, st, report, width)
    return [
        writer.para("Summary", st.heading, bold=True),
        _summary_table(cells[:-1], width, rule_below=True),
        KeepTogether(closing),
    ]


def _summary_table(cells: list[list[object]], width: float, *, rule_below: bool) -> Table:
    table = Table(
        cells,
        colWidths=[width * 0.22, width * 0.78],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1 if rule_below else -2), 0.3, RULE),
            ]
        ),
    )
    table.splitByRow = 1
    return table


def _reason(report: ClinicalReport) -> list[str]:
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


def _history(report: ClinicalReport) -> list[str]:
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


def _screen(report: ClinicalReport) -> list[str]:
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


def _course(report: ClinicalReport) -> list[str]:
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


def _outcome_lines(report: ClinicalReport) -> list[str]:
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


def _events(report: ClinicalReport) -> list[Line]:
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


def _overrides(report: ClinicalReport) -> list[Line]:
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


def _review_lines(report: ClinicalReport) -> list[str]:
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


def _signature(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    who = report.practitioner
    name = ", ".join(p for p in (who.full_name.strip(), who.credentials.strip()) if p)
    lines: list[Flowable] = [writer.para(name, st.bold, bold=True)]
    if who.registration_number.strip():
        lines.append(writer.pair("Registration number:", who.registration_number, st.body))
    background = [who.acupuncture_style.strip()]
    if who.years_of_practice is not None:
        background.append(f"{who.years_of_practice} years in practice")
    if any(background):
        lines.append(writer.para(", ".join(b for b in background if b), st.body))
    if report.signed_on is not None:
        lines.append(writer.pair("Signed:", date_text(report.signed_on), st.body))
    signature = Table(
        [[lines, ""], ["", writer.para("Signature", st.small)]],
        colWidths=[width * 0.55, width * 0.45],
        rowHeights=[None, 14],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [signature]


# --- the appendix ---------------------------------------------------------------------------


def _appendix(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    flow: list[Flowable] = [
        CondPageBreak(160),
        writer.para("Appendix: treatment details (STRICTA)", st.title, bold=True),
    ]
    flow += _plan(writer, st, report, width)
    flow += _findings(writer, st, report, width)
    flow += _sessions(writer, st, report, width)
    flow += _outcomes(writer, st, report, width)
    flow += _reviews(writer, st, report, width)
    return flow


def _plan(writer: TextWriter, st: Styles, report: ClinicalReport, width: float) -> list[Flowable]:
    plan = report.plan
    facts = [
        ("Style:", plan.style),
        ("Rationale:", plan.rationale),
        ("Protocol:", plan.protocol),
        ("Variation between sessions:", plan.variation),
        ("Techniques:", techniques_text(plan.techniques)),
        ("Regions:", listing(plan.regions)),
        ("Needle retention:", f"{plan.retention_minutes} min" if plan.retention_minutes else ""),
        ("Needles:", plan.needle_type),
        (
            "Electroacupuncture:",
            "; ".join(electro_text(pair, points=plan.points) for pair in plan.electro),
        ),
        (
            "Cupping and moxibustion:",
            "; ".join(
                [cupping_text(c) for c in plan.cupping] + [moxa_text(m) for m in plan.moxibustion]
            ),
        ),
        ("Other interventions and advice:", plan.other_interventions),
        ("Setting:", plan.setting),
    ]
    paras: list[Flowable] = [
        writer.pair(label, value, st.body) for label, value in facts if value.strip()
    ]
    flow: list[Flowable] = [KeepTogether([*_heading(writer, st, "Treatment plan"), *paras[:3]])]
    flow += paras[3:]
    if plan.points:
        flow += [gap(4), points_table(writer, st, plan.points, width)]
    return flow


def _findings(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    heading = _heading(writer, st, "Contraindications and cautions")
    if not report.safety:
        return [*heading, writer.para("No contraindications or cautions were found.", st.body)]
    return [*heading, safety_table(writer, st, report.safety, width)]


def _sessions(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    heading = _heading(writer, st, "Sessions")
    if not report.sessions:
        return [*heading, writer.para("No sessions have been given yet.", st.body)]
    note = writer.para(
        "Each row says only what differed from the plan above. Pain on the 0–10 numeric "
        "rating scale (NRS), before and after treatment; needles counted in and out.",
        st.small,
    )
    table = sessions_table(writer, st, report.sessions, report.plan, width)
    return [CondPageBreak(120), *heading, note, table]


def _outcomes(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    sessions: list[SessionLine] = sorted(report.sessions, key=lambda s: s.number)
    before = tuple((s.number, float(s.pain_before)) for s in sessions if s.pain_before is not None)
    after = tuple((s.number, float(s.pain_after)) for s in sessions if s.pain_after is not None)
    heading = writer.para("Outcome", st.heading, bold=True)
    flow: list[Flowable] = []
    threshold = None
    if before:
        baseline = before[0][1]
        threshold = baseline - min(NRS_MEANINGFUL_POINTS, baseline * MEANINGFUL_FRACTION)
    result = writer.para(_improvement_text(before), st.body)
    if before or after:
        chart = pain_chart(
            [
                Series("Pain before treatment", before, BEFORE_COLOUR),
                Series("After treatment", after, AFTER_COLOUR, dashed=True),
            ],
            width=min(width, 320),
            height=140,
            size=CELL_SIZE,
            threshold=threshold,
            threshold_label="Meaningful improvement",
        )
        flow.append(KeepTogether([CondPageBreak(200), heading, chart, gap(4), result]))
    else:
        flow += [*_heading(writer, st, "Outcome"), result]
    others = outcomes_table(writer, st, report.outcomes, width)
    if others is not None:
        flow += [gap(6), others]
    return flow


def _improvement_text(before: tuple[tuple[int, float], ...]) -> str:
    rule = (
        f"a fall of at least {NRS_MEANINGFUL_POINTS:g} points or "
        f"{MEANINGFUL_FRACTION:.0%} from the first session"
    )
    if len(before) < 2:
        return f"Not enough pain scores yet to judge change (meaningful improvement: {rule})."
    (first_n, first), (last_n, last) = before[0], before[-1]
    result = change(first, last)
    amount = abs(result.points)
    if amount == 0:
        moved = "no change"
    else:
        unit = "point" if amount == 1 else "points"
        direction = "less" if result.points > 0 else "more"
        share = f" ({abs(result.fraction):.0%})" if result.fraction is not None else ""
        moved = f"{amount:g} {unit} {direction}{share}"
    text = (
        f"Pain before treatment went from {first:g} at session {first_n} to {last:g} at "
        f"session {last_n}: {moved}. "
    )
    milestone = first_meaningful_improvement(before)
    if result.meaningful:
        reached = f", first reached at session {milestone.session}" if milestone else ""
        return text + f"This is a meaningful improvement ({rule}){reached}."
    return text + f"This is not a meaningful improvement ({rule})."


def _reviews(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    if not report.reviews:
        return []
    heading = _heading(writer, st, "Review decisions")
    return [*heading, reviews_table(writer, st, report.reviews, width)]
