"""Pages: paper, margins, "Page X of Y" and a footer line, the DEMO watermark, and the
result of a build (PDF bytes plus the characters that could not be printed)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Table
from reportlab.platypus.doctemplate import LayoutError

from planner.export.fonts import SANS, SANS_BOLD, Run, clean_line, lines, string_width
from planner.export.markup import MUTED, RULE, TextWriter
from planner.export.model import Paper

MARGIN = 18 * mm
FOOTER_GAP = 8 * mm
BOTTOM_MARGIN = MARGIN + 4 * mm
_ELLIPSIS = "…"
WATERMARK = colors.HexColor("#c62828")
DRAFT_NOTICE = "DRAFT — session not signed; not a final record"


@dataclass(frozen=True)
class RenderedPdf:
    """A finished document. ``missing_characters`` were printed as U+FFFD (�)."""

    data: bytes
    page_count: int
    missing_characters: tuple[str, ...] = ()

    @property
    def warning(self) -> str | None:
        """A sentence for the user when some characters could not be printed, else None.

        It quotes the characters (not the text around them); show it, never log it.
        """
        if not self.missing_characters:
            return None
        shown = ", ".join(f"U+{ord(ch):04X}" for ch in self.missing_characters[:12])
        more = " …" if len(self.missing_characters) > 12 else ""
        return (
            f"{len(self.missing_characters)} character(s) have no printable letter in the "
            f"document fonts and show as \ufffd: {shown}{more}. Check the names and notes "
            "before giving the document out."
        )


def page_size(paper: Paper) -> tuple[float, float]:
    return LETTER if paper == Paper.LETTER else A4


def content_width(paper: Paper) -> float:
    """The width the story flows in (the frame has no inner padding)."""
    return page_size(paper)[0] - 2 * MARGIN


def draw_runs(
    canvas: Canvas, x: float, y: float, runs: Sequence[Run], size: float, *, align: str = "left"
) -> None:
    """Draw mixed-font text on the canvas; ``align`` is left, right or centre at ``x``."""
    width = string_width(list(runs), size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for run in runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += canvas.stringWidth(run.text, run.font, size)


def fit_runs(runs: Sequence[Run], size: float, width: float) -> list[Run]:
    """The runs, cut short with an ellipsis when they are wider than ``width``."""
    if string_width(list(runs), size) <= width:
        return list(runs)
    room = width - string_width([Run(SANS, _ELLIPSIS)], size)
    fitted: list[Run] = []
    used = 0.0
    for run in runs:
        kept = ""
        for char in run.text:
            step = pdfmetrics.stringWidth(char, run.font, size)
            if used + step > room:
                break
            kept += char
            used += step
        if kept:
            fitted.append(Run(run.font, kept))
        if len(kept) < len(run.text):
            break
    return [*fitted, Run(SANS, _ELLIPSIS)]


@dataclass
class PageDecor:
    """What every page carries besides the flowing content."""

    footer: list[Run] = field(default_factory=list)  # left of the footer line
    footer_size: float = 8.0
    demo: bool = False
    draft: bool = False  # DRAFT across every page and a line under the footer saying why
    _fitted: dict[float, list[Run]] = field(default_factory=dict, repr=False)

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn before the page's content, so the watermarks sit underneath it."""
        if not (self.demo or self.draft):
            return
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFillAlpha(0.13)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        canvas.setFont(SANS_BOLD, 150)
        if self.demo:
            canvas.drawCentredString(0, 40 if self.draft else -50, "DEMO")
        if self.draft:
            canvas.drawCentredString(0, -140 if self.demo else -50, "DRAFT")
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, width: float, number: int, total: int) -> None:
        size = self.footer_size
        y = MARGIN - FOOTER_GAP
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + size + 3, width - MARGIN, y + size + 3)
        canvas.setFillColor(MUTED)
        page = [Run(SANS, f"Page {number} of {total}")]
        room = width - 2 * MARGIN - string_width(page, size) - 12
        if room not in self._fitted:  # the same on every page: fit it once
            self._fitted[room] = fit_runs(self.footer, size, room)
        draw_runs(canvas, MARGIN, y, self._fitted[room], size)
        draw_runs(canvas, width - MARGIN, y, page, size, align="right")
        if self.draft:
            canvas.setFillColor(WATERMARK)
            notice = [Run(SANS_BOLD, DRAFT_NOTICE)]
            draw_runs(canvas, width / 2, y - size - 3, notice, size, align="centre")
        canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can say "of Y"."""

    def __init__(self, *args: Any, decor: PageDecor, width: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._width = width
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decor.draw_footer(self, self._width, number, total)
            super().showPage()
        super().save()


def build_pdf(
    make_story: Callable[[], list[Flowable]],
    *,
    writer: TextWriter,
    decor: PageDecor,
    paper: Paper,
    title: str,
    author: str = "",
) -> RenderedPdf:
    """Lay out the story on pages and return the PDF.

    Table rows are kept whole on a page; only when a row is taller than a page (very
    long text) is the story built again with rows allowed to break across pages.
    """
    try:
        return _build(make_story(), writer, decor, paper, title, author)
    except LayoutError:
        story = make_story()
        _allow_row_splits(story)
        return _build(story, writer, decor, paper, title, author)


def _allow_row_splits(flowables: Sequence[object]) -> None:
    for item in flowables:
        if isinstance(item, Table):
            item.splitInRow = 1
            for row in item._cellvalues:  # type: ignore[attr-defined]  # the cells: no public accessor
                for cell in row:
                    if isinstance(cell, list | tuple):
                        _allow_row_splits(cell)
        elif isinstance(item, KeepTogether):
            _allow_row_splits(item._content)  # type: ignore[attr-defined]  # likewise
        elif isinstance(item, list | tuple):
            _allow_row_splits(item)


def _metadata(text: str) -> str:
    """A document property (title, author) as one line of text PDF metadata can carry:
    it is written as UTF-8, which a lone surrogate would break, and shown on one line."""
    line = clean_line(" ".join(lines(text)))
    return "".join(ch for ch in line if unicodedata.category(ch) not in ("Cs", "Cc"))


def _build(
    story: list[Flowable],
    writer: TextWriter,
    decor: PageDecor,
    paper: Paper,
    title: str,
    author: str,
) -> RenderedPdf:
    buffer = BytesIO()
    width, height = page_size(paper)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=_metadata(title),
        author=_metadata(author),
        creator="AcuPlanner",
        invariant=1,
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        width - 2 * MARGIN,
        height - MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=decor.on_page)])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decor=decor, width=width))
    return RenderedPdf(buffer.getvalue(), doc.page, tuple(sorted(writer.missing)))
