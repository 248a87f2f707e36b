"""The patient's take-home sheet: what was done today, anything that happened during the
treatment with what to do about it, how you may feel, aftercare, at the end of a course
how it went and what next, home advice, the next appointment and, from the second
session on, the pain scores so far; the pregnancy warning signs for a pregnant patient;
when to call and when to get urgent help. Plain language, 11 pt or larger.

Page breaks: a heading stays with what follows it, list items go in groups of at least
two (never one alone at the top of a page), and "When to call" is one block, so the
urgent box never stands alone on the last page (:mod:`planner.export.take_home_parts`)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from planner.domain.catalog import ASHI
from planner.domain.vocab import PointSide, Technique
from planner.export import aftercare, take_home_parts
from planner.export.appointments import appointment_line
from planner.export.common import boxed, gap, letterhead
from planner.export.drawings import (
    AFTER_COLOUR,
    BEFORE_COLOUR,
    Series,
    body_drawing,
    pain_chart,
    point_dots,
)
from planner.export.labels import (
    ASHI_REGION_PLAIN,
    SIDE_YOURS,
    date_text,
    lead_sides,
    point_name,
    point_side,
    session_of,
)
from planner.export.markup import WARNING, Styles, TextWriter, make_styles
from planner.export.model import ElectroLine, PointLine, TakeHomeSheet
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width
from planner.export.take_home_parts import bullets as _bullets_of
from planner.export.take_home_parts import grouped

BASE_SIZE = 11.0  # the smallest type on the sheet


@dataclass(frozen=True)
class _Layout:
    line: float  # leading as a multiple of the type size
    picture: float  # height of the body outline, points
    chart: float  # height of the pain chart, points


_ROOMY = _Layout(line=1.25, picture=195, chart=150)
_COMPACT = _Layout(line=1.14, picture=175, chart=135)  # when the roomy one runs to a 3rd page


def render_take_home(sheet: TakeHomeSheet) -> RenderedPdf:
    """The take-home sheet as a PDF: one or two pages (set tighter when everything is
    ticked and the roomy layout would need a third page)."""
    rendered = _render(sheet, _ROOMY)
    return rendered if rendered.page_count <= 2 else _render(sheet, _COMPACT)


def _render(sheet: TakeHomeSheet, layout: _Layout) -> RenderedPdf:
    writer = TextWriter()
    decor = PageDecor(
        footer=writer.runs(sheet.patient.full_name),
        footer_size=BASE_SIZE,
        demo=sheet.clinic.demo,
        draft=sheet.draft,
    )
    return build_pdf(
        lambda: _story(writer, sheet, layout),
        writer=writer,
        decor=decor,
        paper=sheet.clinic.paper,
        title="Take-home sheet",
        author=sheet.clinic.name,
    )


def _story(writer: TextWriter, sheet: TakeHomeSheet, layout: _Layout) -> list[Flowable]:
    st = make_styles(BASE_SIZE, line=layout.line)
    width = content_width(sheet.clinic.paper)
    story: list[Flowable] = [letterhead(writer, st, sheet.clinic, width), gap(6)]
    story += _title(writer, st, sheet)
    story += _what_was_done(writer, st, sheet, width, layout)
    story += take_home_parts.adverse_events(writer, st, sheet.adverse_events)
    story += _section(writer, st, "How you may feel", _feelings(sheet))
    looking_after = aftercare.aftercare(sheet.techniques, sheet.heat_advised)
    story += _section(writer, st, "Looking after yourself", looking_after)
    if sheet.course_end is not None:
        day = date_text(sheet.session_date)
        story += take_home_parts.course_end(writer, st, sheet.course_end, sheet.advice, day)
    story += _advice_and_progress(writer, st, sheet, width, layout)
    if sheet.pregnant:
        story += take_home_parts.pregnancy(writer, st, width)
    story += _when_to_call(writer, st, sheet, width)
    return story


def _title(writer: TextWriter, st: Styles, sheet: TakeHomeSheet) -> list[Flowable]:
    session = session_of(sheet.session_number, sheet.planned_sessions)
    lines: list[Flowable] = [
        writer.para("Your treatment today", st.title, bold=True),
        writer.joined(
            [
                ("For ", True),
                (sheet.patient.full_name, False),
                ("\u00a0\u00a0\u00a0 Date ", True),
                (date_text(sheet.session_date), False),
                (f"\u00a0\u00a0\u00a0 {session}", True),
            ],
            st.body,
        ),
    ]
    if sheet.practitioner is not None and sheet.practitioner.full_name.strip():
        lines.append(writer.pair("Your practitioner:", sheet.practitioner.full_name, st.body))
    if sheet.session_number >= sheet.planned_sessions:
        lines.append(writer.para("This was the last planned session of your course.", st.body))
    return lines


def _bullets(writer: TextWriter, st: Styles, items: list[str]) -> list[Flowable]:
    return _bullets_of(writer, st, items)


def _section(writer: TextWriter, st: Styles, title: str, items: list[str]) -> list[Flowable]:
    return take_home_parts.section(writer, st, title, items)


def _point_text(line: PointLine) -> str:
    """``Kidney Shu (BL23), both sides``; a tender point with where it was when recorded:
    ``Tender Point (…) (Ashi), lower back, left``."""
    parts = [point_name(line.code)]
    if line.code == ASHI and line.ashi_region is not None:
        parts.append(ASHI_REGION_PLAIN[line.ashi_region])
    parts.append(point_side(line.code, line.side))
    return ", ".join(part for part in parts if part)


def _lead_text(code: str, side: PointSide | None) -> str:
    yours = SIDE_YOURS.get(side) if side else None
    return f"{point_name(code)} {yours}" if yours else point_name(code)


def _electro_text(pair: ElectroLine, points: tuple[PointLine, ...]) -> str:
    """``Kidney Shu (BL23) on your left and Large Intestine Shu (BL25) on your left``:
    each end with its side where known."""
    side_a, side_b = lead_sides(pair, points)
    return f"{_lead_text(pair.point_a, side_a)} and {_lead_text(pair.point_b, side_b)}"


def _what_was_done(
    writer: TextWriter, st: Styles, sheet: TakeHomeSheet, width: float, layout: _Layout
) -> list[Flowable]:
    done = [text for kind, text in aftercare.WHAT_WAS_DONE.items() if kind in sheet.techniques]
    done = done or ["A talk about your back and how to look after it."]
    flow = _section(writer, st, "What was done today", done)
    if not sheet.points:
        return flow
    items = _bullets(writer, st, [_point_text(line) for line in sheet.points])
    dots = point_dots(sheet.points)
    note = aftercare.POINTS_EXPLAINED
    if dots:
        note += " Dots mark today's points; L and R are your left and right."
    heading = writer.para("Points used today", st.bold, bold=True)
    lead: list[Flowable] = [gap(4), heading, writer.para(note, st.small)]
    picture = (
        body_drawing(dots, width=width, height=layout.picture, size=BASE_SIZE) if dots else None
    )
    if picture is not None and picture.width <= width * 0.55:
        flow.append(KeepTogether([*lead, _side_by_side(items, picture, width)]))
    elif len(items) > 3:
        flow.append(KeepTogether([*lead, _columns(items, width)]))
    else:
        flow += grouped(lead, items)
    if picture is not None and picture.width > width * 0.55:
        flow += [gap(2), picture]
    if sheet.electro and Technique.ELECTROACUPUNCTURE in sheet.techniques:
        heading = writer.para("The gentle electrical pulse ran between", st.bold, bold=True)
        pairs = _bullets(writer, st, [_electro_text(pair, sheet.points) for pair in sheet.electro])
        flow += grouped([gap(4), heading], pairs)
    return flow


def _side_by_side(items: list[Flowable], picture: Flowable, width: float) -> Table:
    """The list of points beside a one-view picture."""
    return Table(
        [[items, picture]],
        colWidths=[width - picture.width - 6, picture.width + 6],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _columns(items: list[Flowable], width: float) -> Table:
    """Short items in two columns, reading down the first column, then the second."""
    half = (len(items) + 1) // 2
    return Table(
        [[items[:half], items[half:]]],
        colWidths=[width / 2, width / 2],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def _feelings(sheet: TakeHomeSheet) -> list[str]:
    types = frozenset(line.type for line in sheet.cupping)
    return aftercare.feelings(sheet.techniques, types)


def _home_advice(writer: TextWriter, st: Styles, sheet: TakeHomeSheet) -> list[Flowable]:
    items = [text for kind, text in aftercare.HOME_ADVICE.items() if kind in sheet.advice]
    if sheet.advice_note.strip():
        items.append(sheet.advice_note)
    if not items:
        return []
    return [writer.para("Your home advice", st.heading, bold=True), *_bullets(writer, st, items)]


def _appointments(writer: TextWriter, st: Styles, sheet: TakeHomeSheet) -> list[Flowable]:
    if not sheet.next_appointments:
        return []
    several = len(sheet.next_appointments) > 1
    title = "Your next appointments" if several else "Your next appointment"
    items = [appointment_line(a) for a in sheet.next_appointments]
    return [writer.para(title, st.heading, bold=True), *_bullets(writer, st, items)]


def _pain_so_far(
    writer: TextWriter, st: Styles, sheet: TakeHomeSheet, width: float, layout: _Layout
) -> list[Flowable]:
    history = sorted(sheet.pain_history, key=lambda p: p.session_number)
    before = tuple((p.session_number, float(p.before)) for p in history if p.before is not None)
    after = tuple((p.session_number, float(p.after)) for p in history if p.after is not None)
    if sheet.session_number < 2 or not (before or after):
        return []
    chart = pain_chart(
        [
            Series("Before treatment", before, BEFORE_COLOUR),
            Series("After treatment", after, AFTER_COLOUR, dashed=True),
        ],
        width=width,
        height=layout.chart,
        size=BASE_SIZE,
    )
    note = "Your pain scores, from 0 (no pain) to 10 (the worst pain you can imagine)."
    return [
        writer.para("Your pain so far", st.heading, bold=True),
        writer.para(note, st.body),
        chart,
    ]


def _kept(part: list[Flowable]) -> list[Flowable]:
    """A heading and its bullets (as listed beside the chart) set on their own: the
    heading kept with the first bullets, the rest in groups."""
    return grouped(part[:1], part[1:]) if part else []


def _advice_and_progress(
    writer: TextWriter, st: Styles, sheet: TakeHomeSheet, width: float, layout: _Layout
) -> list[Flowable]:
    """Home advice, next appointments and the pain chart: the chart in a column of its
    own beside the rest, with the appointments on whichever side keeps the two columns
    closest in height."""
    chart_w = min(width * 0.55, 290)
    advice = _home_advice(writer, st, sheet)
    appointments = _appointments(writer, st, sheet)
    progress = _pain_so_far(writer, st, sheet, chart_w, layout)
    if not progress or not (advice or appointments):
        whole = _pain_so_far(writer, st, sheet, min(width, 380), layout)
        return [*_kept(advice), *_kept(appointments), *([KeepTogether(whole)] if whole else [])]
    left_w = width - chart_w - 10

    def height(parts: list[Flowable], column: float) -> float:
        return sum(part.wrap(column, 10_000)[1] for part in parts)

    layouts = [(advice + appointments, progress), (advice, appointments + progress)]
    left, right = min(
        (pair for pair in layouts if pair[0]),
        key=lambda pair: abs(height(pair[0], left_w) - height(pair[1], chart_w)),
    )
    if max(height(left, left_w), height(right, chart_w)) > 360:  # too tall for one row
        return [*_kept(advice), *_kept(appointments), KeepTogether(progress)]
    table = Table(
        [[left, right]],
        colWidths=[left_w + 10, chart_w],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        ),
    )
    return [table]


def _when_to_call(
    writer: TextWriter, st: Styles, sheet: TakeHomeSheet, width: float
) -> list[Flowable]:
    phone = sheet.clinic.phone.strip()
    call = "Call the clinic" + (f" on {phone}" if phone else "") + " if:"
    clinic_box = boxed(
        [
            writer.para(call, st.bold, bold=True),
            *_bullets(writer, st, [*aftercare.CALL_THE_CLINIC]),
        ],
        width,
    )
    urgent_box = boxed(
        [
            writer.joined(
                [("Get urgent help. ", True), (aftercare.URGENT_CARE_ACTION, True)], st.warning
            ),
            *_bullets(writer, st, [*aftercare.URGENT_CARE]),
        ],
        width,
        border=WARNING,
    )
    heading = writer.para("When to call", st.heading, bold=True)
    # One block: the urgent box never stands alone on a last page.
    return [KeepTogether([heading, clinic_box, gap(6), urgent_box])]
