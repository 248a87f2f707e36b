"""Tables of the clinical course report: points, sessions (STRICTA 2a–2f and adverse
events), safety findings, other outcome measures and review decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.platypus import Paragraph, Table

from planner.domain import wording
from planner.domain.catalog import load_catalog
from planner.domain.outcomes import change
from planner.domain.safety import Severity
from planner.domain.vocab import Condition, OutcomeMeasure, Technique
from planner.export.common import grid
from planner.export.labels import (
    ADVERSE,
    CUPPING,
    DECISION,
    DISCHARGE,
    EA_MODE,
    FINDING,
    MEASURE,
    MOXA,
    RESPONSE,
    SEVERITY,
    SIDE_SHORT,
    STIMULATION,
    TECHNIQUE,
    date_text,
    lead_codes,
    lead_sides,
    listing,
    point_code_text,
    word,
)
from planner.export.markup import Styles, TextWriter
from planner.export.model import (
    CuppingLine,
    ElectroLine,
    MoxaLine,
    OutcomeScore,
    PlanSummary,
    PointLine,
    ReviewLine,
    SafetyLine,
    SessionLine,
)

_SCORED = {
    OutcomeMeasure.NRS_NOW,
    OutcomeMeasure.NRS_WORST,
    OutcomeMeasure.NRS_AVERAGE,
    OutcomeMeasure.PEG,
}


def _cells(writer: TextWriter, st: Styles, texts: Sequence[str]) -> list[Paragraph]:
    return [writer.para(text, st.cell) for text in texts]


def _head(writer: TextWriter, st: Styles, names: Sequence[str]) -> list[Paragraph]:
    return [writer.para(name, st.cell_head, bold=True) for name in names]


def point_brief(line: PointLine) -> str:
    """``BL23 L+R, 1 cun, even`` as the session table lists a point; an Ashi point with
    its region when recorded: ``Ashi (lower back) R``."""
    side = SIDE_SHORT.get(line.side, "")
    parts = [
        f"{point_code_text(line)} {side}".strip(),
        line.depth.strip(),
        word(STIMULATION, line.stimulation),
    ]
    return ", ".join(part for part in parts if part)


def electro_text(pair: ElectroLine, sep: str = ", ", points: Sequence[PointLine] = ()) -> str:
    """``BL23 L–BL25 L, 2/100 Hz, dense-disperse, 0.2 ms, 20 min`` (``sep`` between
    parts): each lead with its side where known from the pair and the ``points`` it joins."""
    sides = lead_sides(pair, points)
    ends = [
        f"{code} {SIDE_SHORT[side]}" if side else code
        for code, side in zip(lead_codes(pair, points), sides, strict=True)
    ]
    parts = [
        "–".join(ends),
        f"{pair.hertz.strip()} Hz" if pair.hertz.strip() else "",
        word(EA_MODE, pair.mode),
        f"{pair.pulse_width_ms:g} ms" if pair.pulse_width_ms is not None else "",
        f"{pair.minutes} min" if pair.minutes else "",
        pair.intensity.strip(),
    ]
    return sep.join(part for part in parts if part)


def cupping_text(line: CuppingLine) -> str:
    minutes = f", {line.minutes} min" if line.minutes else ""
    return f"{word(CUPPING, line.type)} cupping: {', '.join(line.sites)}{minutes}"


def moxa_text(line: MoxaLine) -> str:
    minutes = f", {line.minutes} min" if line.minutes else ""
    return f"moxa ({word(MOXA, line.type)}): {', '.join(line.sites)}{minutes}"


def points_table(
    writer: TextWriter, st: Styles, points: Sequence[PointLine], width: float
) -> Table:
    """The plan's points: code, names (pinyin, characters, English), side, depth, stimulation."""
    catalog = load_catalog()
    rows: list[list[Paragraph]] = [
        _head(writer, st, ["Point", "Name", "Side", "Depth", "Stimulation"])
    ]
    for line in points:
        point = catalog.get(line.code)
        name = f"{point.pinyin} {point.characters} · {point.english}" if point else ""
        side = "midline" if line.side.value == "M" else SIDE_SHORT.get(line.side, line.side)
        rows.append(
            _cells(
                writer,
                st,
                [
                    point_code_text(line),
                    name,
                    side,
                    line.depth,
                    word(STIMULATION, line.stimulation),
                ],
            )
        )
    shares = (0.13, 0.4, 0.09, 0.24, 0.14)
    return grid(rows, [width * s for s in shares])


SESSION_COLUMNS = (
    ("Session", 0.1),
    ("Points (what differed from the plan)", 0.25),
    ("Stimulation, cupping, moxa (if not as planned)", 0.16),
    ("Needles in / out, minutes", 0.1),
    ("Response", 0.11),
    ("Pain before / after", 0.08),
    ("Adverse events", 0.2),
)


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def point_changes(session: SessionLine, plan: PlanSummary) -> str:
    """The points a session gave differently from the plan (which lists them once):
    points added or left out, and a point given with another side, depth or stimulation;
    techniques added or left out. A session that mostly differed lists the points it gave;
    "As planned" when nothing differed."""
    added = [p for p in session.points if p not in plan.points]
    left = [p for p in plan.points if p not in session.points]
    changed: list[PointLine] = []
    for point in list(added):  # the same code on both lists: the point was changed
        twin = next((q for q in left if q.code == point.code), None)
        if twin is not None:
            left.remove(twin)
            added.remove(point)
            changed.append(point)
    if len(added) + len(changed) + len(left) > len(session.points):  # mostly different
        parts = ["Points given:", *(point_brief(p) for p in session.points)]
    else:
        parts = [
            f"{label}: {'; '.join(point_brief(p) for p in points)}"
            for label, points in (("Added", added), ("Changed", changed), ("Left out", left))
            if points
        ]
    extra = session.techniques - plan.techniques
    missing = plan.techniques - session.techniques
    if extra:
        parts.append(f"Also: {techniques_text(extra).lower()}")
    if missing:
        parts.append(f"Without {techniques_text(missing).lower()}")
    return "\n".join(parts) if parts else "As planned"


def adjunct_changes(session: SessionLine, plan: PlanSummary) -> str:
    """Electroacupuncture, cupping and moxibustion given otherwise than the plan says."""
    parts: list[str] = []
    if session.electro and not _as_planned(session.electro, plan.electro):
        parts += [electro_text(pair, points=session.points) for pair in session.electro]
    parts += [cupping_text(c) for c in session.cupping if c not in plan.cupping]
    parts += [moxa_text(m) for m in session.moxibustion if m not in plan.moxibustion]
    return "\n".join(parts)


def _as_planned(given: Sequence[ElectroLine], planned: Sequence[ElectroLine]) -> bool:
    """Each pair given is a planned pair: the same leads, and every setting the plan
    names (mode, frequency, pulse width, intensity, minutes) the same."""
    if len(given) != len(planned):
        return False
    for pair, plan in zip(given, planned, strict=True):
        if (pair.point_a, pair.point_b, pair.mode) != (plan.point_a, plan.point_b, plan.mode):
            return False
        named = (
            (plan.hertz.strip(), pair.hertz.strip()),
            (plan.pulse_width_ms, pair.pulse_width_ms),
            (plan.intensity.strip(), pair.intensity.strip()),
            (plan.minutes, pair.minutes),
            (plan.side_a, pair.side_a),
            (plan.side_b, pair.side_b),
        )
        if any(want not in (None, "") and want != got for want, got in named):
            return False
    return True


def techniques_text(techniques: Iterable[Technique]) -> str:
    """``Local needling, distal needling and electroacupuncture`` (the vocabulary's order)."""
    chosen = set(techniques)
    text = listing(TECHNIQUE[t].lower() for t in Technique if t in chosen)
    return text[:1].upper() + text[1:]


def session_row(
    writer: TextWriter, st: Styles, session: SessionLine, plan: PlanSummary
) -> list[Paragraph]:
    events = [
        f"{word(ADVERSE, e.kind)} ({word(SEVERITY, e.severity)})"
        + (f": {e.description.strip()}" if e.description.strip() else "")
        + (f"; action: {e.action_taken.strip()}" if e.action_taken.strip() else "")
        for e in session.adverse_events
    ]
    texts = [
        f"{session.number}\n{date_text(session.session_date)}",
        point_changes(session, plan),
        adjunct_changes(session, plan),
        f"{session.needles_in} / {session.needles_out}"
        + (f"\n{session.retention_minutes} min" if session.retention_minutes else ""),
        ", ".join(word(RESPONSE, r) for r in sorted(session.response)),
        f"{_pain(session.pain_before)} / {_pain(session.pain_after)}",
        "\n".join(events) or "none",
    ]
    return _cells(writer, st, texts)


def sessions_table(
    writer: TextWriter,
    st: Styles,
    sessions: Sequence[SessionLine],
    plan: PlanSummary,
    width: float,
) -> Table:
    """One row per session, saying only what differed from the plan; the header row
    repeats on every page the table runs onto."""
    rows: list[list[Paragraph]] = [_head(writer, st, [name for name, _ in SESSION_COLUMNS])]
    rows += [session_row(writer, st, s, plan) for s in sorted(sessions, key=lambda s: s.number)]
    return grid(rows, [width * share for _, share in SESSION_COLUMNS])


def safety_table(
    writer: TextWriter, st: Styles, lines: Sequence[SafetyLine], width: float
) -> Table:
    """Each finding, and how it was met: for an override, who overrode it, when and why,
    and the sessions the technique or point was given at."""
    rows: list[list[Paragraph]] = [_head(writer, st, ["", "About", "Finding", "How it was met"])]
    for line in lines:
        met = how_met(line)
        if line.overridden:
            met = f"{override_who(line)}: {sentence(line.override_reason)} {met}"
        texts = [finding_word(line), subject_text(line.subject), line.message, met]
        rows.append(_cells(writer, st, texts))
    shares = (0.12, 0.22, 0.34, 0.32)  # "Electroacupuncture" on one line at 8.5 pt
    return grid(rows, [width * s for s in shares])


def difference_text(difference: float) -> str:
    """A change in score in words: "4 points lower", "1.5 points higher", "no change"."""
    if difference == 0:
        return "no change"
    size = abs(round(difference, 2))
    unit = "point" if size == 1 else "points"
    return f"{size:g} {unit} {'lower' if difference < 0 else 'higher'}"


def sentence(text: str) -> str:
    """``text`` ending with a full stop unless it ends in punctuation already."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else f"{text}."


def subject_text(subject: str) -> str:
    """A finding's subject in words: a technique's name, "Patient", or the point code."""
    if subject in Technique._value2member_map_:
        return TECHNIQUE[Technique(subject)]
    if subject == "patient":
        return "Patient"
    return subject


def numbers_text(numbers: Sequence[int]) -> str:
    """``1–3, 5 and 6``: session numbers with runs joined."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [
        f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(str(n) for n in run) for run in runs
    ]
    return listing(parts)


def given_text(line: SafetyLine) -> str:
    """``Given at sessions 1–6`` (or at session 2); empty when never given."""
    if not line.given_at:
        return ""
    plural = "s" if len(line.given_at) > 1 else ""
    return f"Given at session{plural} {numbers_text(line.given_at)}"


def override_who(line: SafetyLine) -> str:
    who = ", ".join(
        part for part in (line.overridden_by.strip(), date_text(line.overridden_on)) if part
    )
    return f"Overridden ({who})" if who else "Overridden"


def finding_word(line: SafetyLine) -> str:
    """The first column: an overridden finding or one whose subject was given anyway is
    never called "Not used"."""
    if line.overridden:
        return "Overridden"
    if line.severity == Severity.BLOCK and line.given_at:
        return "Given"  # e.g. given before the finding arose (a pregnancy reported later)
    return word(FINDING, line.severity)


def how_met(line: SafetyLine) -> str:
    """How the plan met a finding, true to what was given: an overridden technique was
    used with the override, not withheld as the finding's action says."""
    given = given_text(line)
    if line.overridden:
        if given:
            return f"{given} with the override."
        if line.subject == "patient":
            return "Treatment went ahead with the override."
        return "Overridden; not given at any signed session."
    if line.severity != Severity.WARN and given:
        return f"{given}."
    parts = [p.strip().rstrip(".") for p in (line.how_respected, given) if p.strip()]
    return ". ".join(parts) + "." if parts else ""


# Safety-checklist answers of yes, in a doctor's words.
CONDITION = wording.phrases(Condition)
IMPLANTS = frozenset({Condition.IMPLANTED_DEVICE, Condition.METAL_HARDWARE})


def score_when(score: OutcomeScore) -> str:
    """``session 3, 17 Mar 2025``; ``review, 5 May 2025``; ``intake, 3 Mar 2025``; the
    date alone otherwise."""
    if score.session_number is not None:
        return f"session {score.session_number}, {date_text(score.day)}"
    if score.at_review:
        return f"review, {date_text(score.day)}"
    if score.at_intake:
        return f"intake, {date_text(score.day)}"
    return date_text(score.day)


def outcomes_table(
    writer: TextWriter, st: Styles, scores: Sequence[OutcomeScore], width: float
) -> Table | None:
    """First and latest score of each measure recorded by name, with the change."""
    rows: list[list[Paragraph]] = [_head(writer, st, ["Measure", "First", "Latest", "Change"])]
    for measure in OutcomeMeasure:
        taken = [s for s in scores if s.measure == measure]  # in the order recorded
        taken.sort(key=lambda s: s.day)
        if not taken:
            continue
        first, last = taken[0], taken[-1]
        verdict = difference_text(last.value - first.value)
        if measure in _SCORED and len(taken) > 1:
            meaningful = change(first.value, last.value, measure).meaningful
            verdict += " (meaningful improvement)" if meaningful else " (not a meaningful change)"
        elif len(taken) == 1:
            verdict = "scored once"
        rows.append(
            _cells(
                writer,
                st,
                [
                    word(MEASURE, measure),
                    f"{first.value:g} ({score_when(first)})",
                    f"{last.value:g} ({score_when(last)})" if len(taken) > 1 else "–",
                    verdict,
                ],
            )
        )
    if len(rows) == 1:
        return None
    return grid(rows, [width * s for s in (0.3, 0.23, 0.23, 0.24)])


def reviews_table(
    writer: TextWriter, st: Styles, reviews: Sequence[ReviewLine], width: float
) -> Table:
    rows: list[list[Paragraph]] = [
        _head(writer, st, ["At session", "Date", "Decision", "Details", "By"])
    ]
    for review in sorted(reviews, key=lambda r: (r.at_session, r.decided_on or dt.date.min)):
        details = [
            f"by {review.extend_by} more session(s)" if review.extend_by else "",
            f"reason: {word(DISCHARGE, review.discharge_reason)}"
            if review.discharge_reason
            else "",
            f"to {review.refer_to.strip()}" if review.refer_to.strip() else "",
            f"why: {review.reason.strip()}" if review.reason.strip() else "",
            review.note.strip(),
        ]
        texts = [
            str(review.at_session),
            date_text(review.decided_on),
            word(DECISION, review.decision),
            "\n".join(d for d in details if d),
            review.decided_by,
        ]
        rows.append(_cells(writer, st, texts))
    return grid(rows, [width * s for s in (0.1, 0.14, 0.18, 0.42, 0.16)])
