"""User text into ReportLab markup, safely: every character escaped, every run in a font
that has its glyphs, and every character that cannot be printed remembered.

ReportLab's ``Paragraph`` parses its text as markup, so a name like
``<b>Lee & "Sons"</b>`` would turn bold or break the document if passed as it is
(an ``<img>`` tag could even embed a local file). Nothing reaches a Paragraph except
through :meth:`TextWriter.markup`, which escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from planner.export.fonts import SANS, SANS_BOLD, Run, lines, register, split_runs

_ENTITIES = {'"': "&quot;", "'": "&#39;"}
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#546e7a")
ACCENT = colors.HexColor("#1565c0")
WARNING = colors.HexColor("#b71c1c")
RULE = colors.HexColor("#b0bec5")
SHADE = colors.HexColor("#eceff1")


class TextWriter:
    """Builds the markup for one document and collects the characters it had to replace."""

    def __init__(self) -> None:
        register()
        self.missing: set[str] = set()

    def markup(self, text: str, *, bold: bool = False, base: str | None = None) -> str:
        """Escaped markup for user (or program) text; line breaks kept.

        Runs in the paragraph style's own font (``base``) need no font tag.
        """
        parts: list[str] = []
        for number, line in enumerate(lines(str(text))):
            if number:
                parts.append("<br/>")
            for run in split_runs(line, bold=bold, missing=self.missing):
                escaped = escape(run.text, _ENTITIES)
                if run.font == base:
                    parts.append(escaped)
                else:
                    parts.append(f'<font face="{run.font}">{escaped}</font>')
        return "".join(parts)

    def para(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
        return Paragraph(self.markup(text, bold=bold, base=style.fontName), style)

    def pair(self, label: str, value: str, style: ParagraphStyle) -> Paragraph:
        """``Label: value`` with the label in bold."""
        base = style.fontName
        markup = f"{self.markup(label, bold=True, base=base)} {self.markup(value, base=base)}"
        return Paragraph(markup, style)

    def joined(self, pieces: list[tuple[str, bool]], style: ParagraphStyle) -> Paragraph:
        """One paragraph of several pieces, each (text, bold)."""
        base = style.fontName
        markup = "".join(self.markup(text, bold=bold, base=base) for text, bold in pieces)
        return Paragraph(markup, style)

    def runs(self, text: str, *, bold: bool = False) -> list[Run]:
        """Runs for drawing straight on the canvas (one line: breaks become spaces)."""
        return split_runs(" ".join(lines(str(text))), bold=bold, missing=self.missing)


@dataclass(frozen=True)
class Styles:
    base: float
    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle
    warning: ParagraphStyle


def make_styles(base: float, *, cell: float | None = None, line: float = 1.3) -> Styles:
    """Paragraph styles around a base size (points); table cells may be smaller."""
    register()
    leading = round(base * line, 2)
    cell_size = cell or base
    body = ParagraphStyle("body", fontName=SANS, fontSize=base, leading=leading, textColor=INK)
    cell_style = ParagraphStyle(
        "cell", parent=body, fontSize=cell_size, leading=round(cell_size * 1.25, 1)
    )
    return Styles(
        base=base,
        body=body,
        small=ParagraphStyle("small", parent=body, textColor=MUTED),
        bold=ParagraphStyle("bold", parent=body, fontName=SANS_BOLD),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=base * 1.6,
            leading=base * 2.0,
            spaceAfter=base * 0.3,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=base * 1.2,
            leading=base * 1.5,
            spaceBefore=base * 0.6,
            spaceAfter=base * 0.3,
            textColor=ACCENT,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=base * 1.3,
            bulletIndent=base * 0.3,
            bulletFontName=SANS,
            bulletFontSize=base,
            spaceAfter=1,
        ),
        cell=cell_style,
        cell_head=ParagraphStyle("cell_head", parent=cell_style, fontName=SANS_BOLD),
        right=ParagraphStyle("right", parent=cell_style, alignment=TA_RIGHT),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        warning=ParagraphStyle("warning", parent=body, textColor=WARNING, fontName=SANS_BOLD),
    )
