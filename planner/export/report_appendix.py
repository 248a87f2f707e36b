"""The clinical report's appendix (STRICTA): the treatment plan with its points listed
once, the contraindications and cautions and how each was met, a row per session saying
only what differed from the plan, the pain chart with the verdict on it, the other
outcome measures and every review decision. The tables themselves are built in
:mod:`planner.export.report_parts`.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from planner.domain.outcomes import (
    MEANINGFUL_FRACTION,
    NRS_MEANINGFUL_POINTS,
    change,
    first_meaningful_improvement,
)
from planner.export.common import gap
from planner.export.drawings import AFTER_COLOUR, BEFORE_COLOUR, Series, pain_chart
from planner.export.labels import listing
from planner.export.markup import Styles, TextWriter
from planner.export.model import ClinicalReport, SessionLine
from planner.export.report_parts import (
    cupping_text,
    electro_text,
    moxa_text,
    outcomes_table,
    points_table,
    reviews_table,
    safety_table,
    sessions_table,
    techniques_text,
)


def _heading(writer: TextWriter, st: Styles, text: str) -> list[Flowable]:
    """A section heading, on a new page when fewer than about six lines are left (the
    heading style keeps it with what follows)."""
    return [CondPageBreak(80), writer.para(text, st.heading, bold=True)]


def appendix(
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
            size=st.cell.fontSize,
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
