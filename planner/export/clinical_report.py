"""The clinical course report for the referring physician.

Patient and referral, presenting complaint, the red-flag screen, contraindications and
how the plan respected them (overrides with their reasons), the plan (STRICTA 1–4), a
table of the sessions (STRICTA 2a–2f with adverse events), the pain trend with the
meaningful-improvement result, review decisions, and the practitioner's signature block
(STRICTA 5). Patient name and date of birth are in the footer of every page.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from planner.domain.outcomes import (
    MEANINGFUL_FRACTION,
    NRS_MEANINGFUL_POINTS,
    change,
    first_meaningful_improvement,
)
from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import RedFlag
from planner.export.common import gap, letterhead
from planner.export.drawings import AFTER_COLOUR, BEFORE_COLOUR, Series, pain_chart
from planner.export.labels import (
    BODY_SIDE,
    CAUSE,
    DURATION,
    REGION,
    SEX,
    STATUS,
    TECHNIQUE,
    date_text,
    listing,
    word,
)
from planner.export.markup import RULE, Styles, TextWriter, make_styles
from planner.export.model import ClinicalReport
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width
from planner.export.report_parts import (
    cupping_text,
    electro_text,
    moxa_text,
    outcomes_table,
    points_table,
    reviews_table,
    safety_table,
    sessions_table,
)

BASE_SIZE = 9.0
CELL_SIZE = 7.5


def render_clinical_report(report: ClinicalReport) -> RenderedPdf:
    """The clinical course report as a PDF."""
    writer = TextWriter()
    decor = PageDecor(
        footer=writer.runs(_footer(report)),
        footer_size=8,
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
    story: list[Flowable] = [letterhead(writer, st, report.clinic, width), gap(4)]
    story += _addressing(writer, st, report)
    story += _complaint(writer, st, report)
    story += _safety(writer, st, report, width)
    story += _plan(writer, st, report, width)
    story += _sessions(writer, st, report, width)
    story += _outcomes(writer, st, report, width)
    story += _reviews(writer, st, report, width)
    story += _signature(writer, st, report, width)
    return story


def _footer(report: ClinicalReport) -> str:
    patient = report.patient
    born = f" · born {date_text(patient.date_of_birth)}" if patient.date_of_birth else ""
    chart = f" · chart {patient.chart_number.strip()}" if patient.chart_number.strip() else ""
    return f"{patient.full_name}{born}{chart}"


def _heading(writer: TextWriter, st: Styles, text: str) -> list[Flowable]:
    """A section heading, on a new page when fewer than about six lines are left."""
    return [CondPageBreak(80), writer.para(text, st.heading, bold=True)]


def _addressing(writer: TextWriter, st: Styles, report: ClinicalReport) -> list[Flowable]:
    patient, referral, course = report.patient, report.referral, report.course
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
    end = f" to {date_text(course.end_date)}" if course.end_date else ""
    frequency = f"{course.sessions_per_week:g} per week"
    minutes = f", {course.session_minutes} min each" if course.session_minutes else ""
    flow.append(
        writer.pair(
            "Course:",
            f"from {date_text(course.start_date)}{end}; {len(report.sessions)} of "
            f"{course.planned_sessions} planned sessions given ({frequency}{minutes}); "
            f"{word(STATUS, course.status)}",
            st.body,
        )
    )
    if course.extension_reason.strip():
        flow.append(writer.pair("Extended because:", course.extension_reason, st.body))
    return flow


def _complaint(writer: TextWriter, st: Styles, report: ClinicalReport) -> list[Flowable]:
    complaint = report.complaint
    flow: list[Flowable] = _heading(writer, st, "Presenting complaint")
    if complaint.presenting_complaint.strip():
        flow.append(writer.para(complaint.presenting_complaint, st.body))
    where = listing(word(REGION, region) for region in complaint.regions)
    if complaint.sciatica_side is not None:
        where += f" (sciatica: {word(BODY_SIDE, complaint.sciatica_side)})"
    if where:
        flow.append(writer.pair("Where:", where, st.body))
    onset = f"since {date_text(complaint.onset_date)}" if complaint.onset_date else ""
    duration = ", ".join(p for p in (onset, word(DURATION, complaint.duration_class)) if p)
    if duration:
        flow.append(writer.pair("Duration:", duration, st.body))
    cause = word(CAUSE, complaint.cause)
    if complaint.cause_other.strip():
        cause = ": ".join(p for p in (cause, complaint.cause_other.strip()) if p)
    if cause:
        flow.append(writer.pair("Cause:", cause, st.body))
    if complaint.diagnosis.strip():
        flow.append(writer.pair("Working diagnosis:", complaint.diagnosis, st.body))
    if report.course.goals.strip():
        flow.append(writer.pair("Goals:", report.course.goals, st.body))
    if report.course.goal_target_pain is not None:
        flow.append(writer.pair("Target pain:", f"{report.course.goal_target_pain} / 10", st.body))
    return flow


def _safety(writer: TextWriter, st: Styles, report: ClinicalReport, width: float) -> list[Flowable]:
    screen = report.red_flags
    flow: list[Flowable] = _heading(writer, st, "Safety: red flags and contraindications")
    when = f" on {date_text(screen.screened_on)}" if screen.screened_on else ""
    if screen.present:
        flow.append(writer.pair("Red-flag screen:", f"positive{when}.", st.body))
        for flag in RedFlag:  # cauda equina first
            if flag in screen.present:
                info = RED_FLAGS[flag]
                flow.append(writer.para(f"{info.category}: {info.message}", st.bullet))
    elif not screen.complete:
        flow.append(writer.pair("Red-flag screen:", f"incomplete{when}.", st.body))
    else:
        text = f"negative{when}: none of the {len(ASKED)} red flags asked about was present."
        flow.append(writer.pair("Red-flag screen:", text, st.body))
    if screen.advice.strip():
        flow.append(writer.pair("Advice given or referral made:", screen.advice, st.body))
    if report.safety:
        flow += [gap(4), safety_table(writer, st, report.safety, width)]
    else:
        flow.append(writer.para("No contraindications or cautions were found.", st.body))
    return flow


def _plan(writer: TextWriter, st: Styles, report: ClinicalReport, width: float) -> list[Flowable]:
    plan = report.plan
    flow: list[Flowable] = _heading(writer, st, "Treatment plan")
    facts = [
        ("Style:", plan.style),
        ("Rationale:", plan.rationale),
        ("Protocol:", plan.protocol),
        ("Variation between sessions:", plan.variation),
        ("Techniques:", listing(TECHNIQUE[t] for t in sorted(plan.techniques))),
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
    flow += [writer.pair(label, value, st.body) for label, value in facts if value.strip()]
    if plan.points:
        flow += [gap(4), points_table(writer, st, plan.points, width)]
    return flow


def _sessions(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    heading = _heading(writer, st, "Sessions")
    if not report.sessions:
        return [*heading, writer.para("No sessions have been given yet.", st.body)]
    note = writer.para(
        "Pain on the 0–10 numeric rating scale (NRS), before and after treatment; needles "
        "counted in and out.",
        st.small,
    )
    table = sessions_table(writer, st, report.sessions, width)
    return [CondPageBreak(120), *heading, note, table]


def _outcomes(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    sessions = sorted(report.sessions, key=lambda s: s.number)
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
            width=min(width, 330),
            height=170,
            size=8,
            threshold=threshold,
            threshold_label="Meaningful improvement",
        )
        flow.append(KeepTogether([heading, chart, gap(4), result]))
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
    heading = _heading(writer, st, "Review decision")
    if not report.reviews:
        return [*heading, writer.para("No review has been recorded yet.", st.body)]
    return [*heading, reviews_table(writer, st, report.reviews, width)]


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
    heading = writer.para("Practitioner", st.heading, bold=True)
    return [gap(10), KeepTogether([heading, signature])]
