"""Pieces the documents share: the clinic letterhead, boxes, simple tables, and the
clinic's one-footer reports (the takings, the day sheet)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from planner.export.markup import RULE, SHADE, Styles, TextWriter
from planner.export.model import ClinicHeader, PractitionerBlock
from planner.export.page import PageDecor, RenderedPdf, build_pdf

# A table style command: name, first cell, last cell, then the command's own values.
TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]
Cell: TypeAlias = Flowable | str


def letterhead(
    writer: TextWriter,
    st: Styles,
    clinic: ClinicHeader,
    width: float,
    right: Sequence[Paragraph] = (),
) -> Flowable:
    """Clinic name, address, phone and email on the left; ``right`` on the right."""
    left: list[Flowable] = [writer.para(clinic.name, st.title, bold=True)]
    if clinic.address.strip():
        left.append(writer.para(clinic.address, st.body))
    contact = [
        f"Phone {clinic.phone.strip()}" if clinic.phone.strip() else "",
        clinic.email.strip(),
    ]
    if any(contact):
        left.append(writer.para("   ".join(c for c in contact if c), st.body))
    if not right:
        return KeepTogether([*left, _rule(width)])
    table = Table(
        [[left, list(right)]],
        colWidths=[width * 0.6, width * 0.4],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return KeepTogether([table, _rule(width)])


def _rule(width: float) -> Flowable:
    line = Table([[""]], colWidths=[width], rowHeights=[4])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    return line


def practitioner_lines(writer: TextWriter, st: Styles, who: PractitionerBlock) -> list[Flowable]:
    name = ", ".join(part for part in (who.full_name.strip(), who.credentials.strip()) if part)
    lines: list[Flowable] = [writer.para(name, st.body, bold=True)]
    if who.registration_number.strip():
        lines.append(writer.pair("Registration number:", who.registration_number, st.body))
    return lines


def boxed(content: Sequence[Flowable], width: float, *, border: colors.Color = RULE) -> Flowable:
    """Content in a framed box (kept on one page when it fits)."""
    table = Table([[list(content)]], colWidths=[width])
    commands: list[TableCommand] = [
        ("BOX", (0, 0), (-1, -1), 1.2, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    table.setStyle(TableStyle(commands))
    return table


def grid(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    long: bool = False,
) -> Table:
    """A table with a shaded header row that repeats on every page it runs onto."""
    table = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=header_rows,
        splitInRow=1 if long else 0,
    )
    commands: list[TableCommand] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.HexColor("#78909c")),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands.append(
            (
                "ROWBACKGROUNDS",
                (0, header_rows),
                (-1, -1),
                [colors.white, colors.HexColor("#f7f9fa")],
            )
        )
    table.setStyle(TableStyle(commands))
    return table


def gap(points: float) -> Spacer:
    return Spacer(1, points)


def clinic_report(
    title: str,
    footer: str,
    clinic: ClinicHeader,
    story: Callable[[TextWriter], list[Flowable]],
) -> RenderedPdf:
    """A report of the clinic's (the takings, a day sheet): ``story`` written on its
    paper, ``footer`` at the foot of each page, DEMO across it for the demo clinic."""
    writer = TextWriter()
    decor = PageDecor(footer=writer.runs(footer), footer_size=8, demo=clinic.demo)
    return build_pdf(
        lambda: story(writer),
        writer=writer,
        decor=decor,
        paper=clinic.paper,
        title=title,
        author=clinic.name,
    )
