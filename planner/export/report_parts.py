"""Tables of the clinical course report: points, sessions (STRICTA 2a–2f and adverse
events), safety findings, other outcome measures and review decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table

from planner.domain.catalog import load_catalog
from planner.domain.outcomes import change
from planner.domain.vocab import OutcomeMeasure
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
    date_text,
    lead_codes,
    lead_sides,
    point_code_text,
    word,
)
from planner.export.markup import Styles, TextWriter
from planner.export.model import (
    CuppingLine,
    ElectroLine,
    MoxaLine,
    OutcomeScore,
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
    shares = (0.14, 0.48, 0.1, 0.14, 0.14)
    return grid(rows, [width * s for s in shares])


SESSION_COLUMNS = (
    ("Session", 0.114),
    ("Points (side, depth, stimulation)", 0.24),
    ("Needles in / out, retention", 0.097),
    ("Response", 0.095),
    ("Electro-\nacupuncture", 0.13),
    ("Cupping, moxa", 0.11),
    ("Pain before / after", 0.07),
    ("Adverse events", 0.144),
)


def _pain(value: int | None) -> str:
    return "–" if value is None else str(value)


def session_row(writer: TextWriter, st: Styles, session: SessionLine) -> list[Paragraph]:
    events = [
        f"{word(ADVERSE, e.kind)} ({word(SEVERITY, e.severity)})"
        + (f": {e.description.strip()}" if e.description.strip() else "")
        + (f"; action: {e.action_taken.strip()}" if e.action_taken.strip() else "")
        for e in session.adverse_events
    ]
    adjuncts = [cupping_text(c) for c in session.cupping] + [
        moxa_text(m) for m in session.moxibustion
    ]
    texts = [
        f"{session.number}\n{date_text(session.session_date)}",
        "\n".join(point_brief(p) for p in session.points),
        f"{session.needles_in} / {session.needles_out}"
        + (f"\n{session.retention_minutes} min" if session.retention_minutes else ""),
        ", ".join(word(RESPONSE, r) for r in sorted(session.response)),
        "\n".join(electro_text(pair, "\n", session.points) for pair in session.electro),
        "\n".join(adjuncts),
        f"{_pain(session.pain_before)} / {_pain(session.pain_after)}",
        "\n".join(events) or "none",
    ]
    return _cells(writer, st, texts)


def sessions_table(
    writer: TextWriter, st: Styles, sessions: Sequence[SessionLine], width: float
) -> Table:
    """One row per session; the header row repeats on every page the table runs onto."""
    rows: list[list[Paragraph]] = [_head(writer, st, [name for name, _ in SESSION_COLUMNS])]
    rows += [session_row(writer, st, s) for s in sorted(sessions, key=lambda s: s.number)]
    return grid(rows, [width * share for _, share in SESSION_COLUMNS])


def safety_table(
    writer: TextWriter, st: Styles, lines: Sequence[SafetyLine], width: float
) -> Table:
    rows: list[list[Paragraph]] = [
        _head(writer, st, ["", "About", "Finding", "How the plan respected it", "Override"])
    ]
    for line in lines:
        override = ""
        if line.overridden:
            who = ", ".join(
                part for part in (line.overridden_by.strip(), date_text(line.overridden_on)) if part
            )
            override = f"Overridden{f' ({who})' if who else ''}: {line.override_reason.strip()}"
        texts = [word(FINDING, line.severity), line.subject, line.message, line.how_respected]
        rows.append([*_cells(writer, st, texts), writer.para(override, st.cell)])
    shares = (0.1, 0.12, 0.3, 0.26, 0.22)
    return grid(rows, [width * s for s in shares])


def outcomes_table(
    writer: TextWriter, st: Styles, scores: Sequence[OutcomeScore], width: float
) -> Table | None:
    """First and latest score of each measure recorded by name, with the change."""
    rows: list[list[Paragraph]] = [_head(writer, st, ["Measure", "First", "Latest", "Change"])]
    for measure in OutcomeMeasure:
        taken = sorted((s for s in scores if s.measure == measure), key=lambda s: s.day)
        if not taken:
            continue
        first, last = taken[0], taken[-1]
        difference = last.value - first.value
        verdict = f"{difference:+g}"
        if measure in _SCORED and len(taken) > 1:
            meaningful = change(first.value, last.value, measure).meaningful
            verdict += " (meaningful improvement)" if meaningful else " (not a meaningful change)"
        elif len(taken) == 1:
            verdict = "one score so far"
        rows.append(
            _cells(
                writer,
                st,
                [
                    word(MEASURE, measure),
                    f"{first.value:g} ({date_text(first.day)})",
                    f"{last.value:g} ({date_text(last.day)})",
                    verdict,
                ],
            )
        )
    if len(rows) == 1:
        return None
    return grid(rows, [width * s for s in (0.34, 0.2, 0.2, 0.26)])


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
