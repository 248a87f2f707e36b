"""The day sheet: a date's appointments on paper, for the desk or one practitioner.

One line per appointment, by time (those whose time was never recorded, carried over
from before appointments had times, come last and say "time not set"): the time and
length, the patient's name and chart number, first visit or follow-up, the course's
"session n of m" when the appointment books a session, the room, the practitioner (on a
sheet for everyone) and where the appointment stands (booked, checked in, done,
cancelled…). Nothing clinical is on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table

from planner.domain import wording
from planner.domain.vocab import AppointmentKind, AppointmentState
from planner.export.common import Cell, clinic_report, gap, grid, letterhead
from planner.export.labels import date_text, session_of
from planner.export.markup import Styles, TextWriter, make_styles
from planner.export.model import ClinicHeader
from planner.export.page import RenderedPdf, content_width

BASE_SIZE = 10.0
TIME_NOT_SET = "time not set"
EVERYONE = "Everyone"
KIND_LABELS = wording.labels(AppointmentKind)
STATE_LABELS = wording.labels(AppointmentState)


@dataclass(frozen=True, slots=True)
class DaySheetLine:
    starts_at: dt.time | None  # None: booked before times were recorded
    length_minutes: int
    patient: str
    chart_number: str
    kind: AppointmentKind
    state: AppointmentState
    session_number: int | None = None
    planned_sessions: int | None = None
    room: str = ""
    practitioner: str = ""


@dataclass(frozen=True, slots=True)
class DaySheet:
    day: dt.date
    clinic: ClinicHeader
    practitioner: str  # the practitioner's name, or EVERYONE
    lines: tuple[DaySheetLine, ...]

    @property
    def everyone(self) -> bool:
        return self.practitioner == EVERYONE


def time_of(line: DaySheetLine) -> str:
    """``09:30–10:15``, or ``time not set``."""
    if line.starts_at is None:
        return TIME_NOT_SET
    start = dt.datetime.combine(dt.date(2000, 1, 1), line.starts_at)
    end = start + dt.timedelta(minutes=line.length_minutes)
    return f"{start:%H:%M}–{end:%H:%M}"


def session_text(line: DaySheetLine) -> str:
    return session_of(line.session_number, line.planned_sessions)


def title_of(sheet: DaySheet) -> str:
    return f"Day sheet for {date_text(sheet.day)}"


def render_day_sheet(sheet: DaySheet) -> RenderedPdf:
    title = title_of(sheet)
    footer = f"{sheet.clinic.name} · {title} · {sheet.practitioner}"
    return clinic_report(title, footer, sheet.clinic, lambda writer: _story(writer, sheet))


def _story(writer: TextWriter, sheet: DaySheet) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=9)
    width = content_width(sheet.clinic.paper)
    right = [
        writer.para("Day sheet", st.title, bold=True),
        writer.pair("Date:", date_text(sheet.day), st.body),
        writer.pair("Practitioner:", sheet.practitioner, st.body),
    ]
    story: list[Flowable] = [letterhead(writer, st, sheet.clinic, width, right), gap(8)]
    if not sheet.lines:
        story.append(writer.para("No appointments on this date.", st.body))
        return story
    count = len(sheet.lines)
    story.append(
        writer.para(f"{count} appointment{'s' if count != 1 else ''}", st.heading, bold=True)
    )
    story.append(_table(writer, st, sheet, width))
    return story


def _columns(sheet: DaySheet) -> tuple[tuple[str, float], ...]:
    if sheet.everyone:
        return (
            ("Time", 0.13),
            ("Patient", 0.19),
            ("Chart no.", 0.09),
            ("Visit", 0.11),
            ("Session", 0.11),
            ("Room", 0.09),
            ("Practitioner", 0.16),  # the heading whole, not broken mid-word
            ("State", 0.12),
        )
    return (
        ("Time", 0.14),
        ("Patient", 0.25),
        ("Chart no.", 0.1),
        ("Visit", 0.12),
        ("Session", 0.13),
        ("Room", 0.12),
        ("State", 0.14),
    )


def _table(writer: TextWriter, st: Styles, sheet: DaySheet, width: float) -> Table:
    columns = _columns(sheet)
    rows: list[Sequence[Cell]] = [
        [writer.para(name, st.cell_head, bold=True) for name, _ in columns]
    ]
    for line in sheet.lines:
        cells = [
            writer.para(time_of(line), st.cell),
            writer.para(line.patient, st.cell),
            writer.para(line.chart_number, st.cell),
            writer.para(KIND_LABELS.get(line.kind, str(line.kind)), st.cell),
            writer.para(session_text(line), st.cell),
            writer.para(line.room, st.cell),
        ]
        if sheet.everyone:
            cells.append(writer.para(line.practitioner, st.cell))
        cells.append(writer.para(STATE_LABELS.get(line.state, str(line.state)), st.cell))
        rows.append(cells)
    return grid(rows, [width * share for _, share in columns], long=True)
