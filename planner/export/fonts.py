"""Fonts for the documents, and the split of any text into runs each font can print.

DejaVu Sans (embedded, shipped in resources/fonts) prints Latin, Greek, Cyrillic,
Hebrew and Arabic letters; Droid Sans Fallback (embedded as a subset, also shipped)
prints Chinese ideographs, kana and CJK punctuation, so a patient's or a point's
characters print on any viewer. What neither has falls back to ReportLab's built-in CID
fonts, Chinese and Japanese (``STSong-Light``) and Korean (``HYSMyeongJo-Medium``),
which are not embedded: the PDF viewer supplies those glyphs (Acrobat's Asian font
pack, poppler-data, pdfium).

:func:`split_runs` cuts text into (font, text) runs, puts right-to-left letters in
visual order (no Arabic joining forms: the letters print in their isolated forms), drops
invisible format characters (bidi overrides, zero-width joiners), and replaces anything
no font can print with U+FFFD, recording it so the app can warn the user.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
CJK_EMBEDDED = "DroidSansFallback"
CJK = "STSong-Light"
HANGUL = "HYSMyeongJo-Medium"
REPLACEMENT = "\ufffd"

# Adobe-GB1 (STSong-Light): CJK punctuation, kana, bopomofo, ideographs (GB 18030),
# compatibility forms and full-width forms.
_CJK_RANGES = (
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x312F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FA5),
    (0xFE30, 0xFE4F),
    (0xFF01, 0xFF5E),
    (0xFFE0, 0xFFE6),
)
# Adobe-Korea1 (HYSMyeongJo-Medium): Hangul jamo and syllables.
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3))
_LINE_BREAKS = "\n\u2028\u2029\x85"
_UNPRINTABLE = frozenset({"Cc", "Cs", "Co", "Cn"})  # controls, surrogates, private, unassigned
_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})
_NUMBER_JOINERS = frozenset({"CS", "ES", "ET"})
_MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register() -> None:
    """Register the document fonts with ReportLab once per process (thread-safe)."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        coverage: dict[str, frozenset[int]] = {}
        fonts = resources.files("planner.resources").joinpath("fonts")
        for name, filename in (
            (SANS, "DejaVuSans.ttf"),
            (SANS_BOLD, "DejaVuSans-Bold.ttf"),
            (CJK_EMBEDDED, "DroidSansFallbackFull.ttf"),
        ):
            with resources.as_file(fonts.joinpath(filename)) as path:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            coverage[name] = frozenset(font.face.charToGlyph)
        for name in (CJK, HANGUL):
            pdfmetrics.registerFont(UnicodeCIDFont(name))
        for name in (SANS, SANS_BOLD, CJK_EMBEDDED, CJK, HANGUL):
            # Every font is its own family: the documents pick faces explicitly, so
            # ReportLab never has to guess a bold or italic variant.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _coverage.update(coverage)


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str


def _in(ranges: tuple[tuple[int, int], ...], code: int) -> bool:
    return any(low <= code <= high for low, high in ranges)


def font_for(char: str, bold: bool = False) -> str | None:
    """The font that prints ``char`` (bold where the bold face has it), or None."""
    register()
    return _font_for(ord(char), bold)


@lru_cache(maxsize=16384)
def _font_for(code: int, bold: bool) -> str | None:
    if unicodedata.category(chr(code)) in _UNPRINTABLE:
        return None
    if bold and code in _coverage[SANS_BOLD]:
        return SANS_BOLD
    if code in _coverage[SANS]:
        return SANS
    if _in(_CJK_RANGES, code) and code in _coverage[CJK_EMBEDDED]:
        return CJK_EMBEDDED
    if _in(_CJK_RANGES, code):
        return CJK
    if _in(_HANGUL_RANGES, code):
        return HANGUL
    return None


def _invisible(char: str) -> bool:
    """Format characters and variation selectors: nothing to print, nothing lost."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def clean_line(line: str) -> str:
    """One line (no line breaks) ready to print: NFC, tabs as spaces, invisibles dropped."""
    if line.isascii():  # the usual case: nothing to normalise or drop
        return line.replace("\t", " ")
    try:
        text = unicodedata.normalize("NFC", line)
    except UnicodeError:  # pragma: no cover - normalize accepts any str, lone surrogates too
        text = line
    return "".join(" " if ch == "\t" else ch for ch in text if not _invisible(ch))


def lines(text: str) -> list[str]:
    """The text's lines, whatever line-break characters it uses."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in _LINE_BREAKS[1:]:
        text = text.replace(mark, "\n")
    return text.split("\n")


def split_runs(line: str, *, bold: bool = False, missing: set[str] | None = None) -> list[Run]:
    """A line of text as runs of one font each, in visual order.

    Characters no font can print become U+FFFD and are added to ``missing``.
    """
    register()
    pieces: list[tuple[str, list[str]]] = []
    for char in visual_order(clean_line(line)):
        font = _font_for(ord(char), bold)
        if font is None:
            if missing is not None:
                missing.add(char)
            char, font = REPLACEMENT, SANS_BOLD if bold else SANS
        if pieces and pieces[-1][0] == font:
            pieces[-1][1].append(char)
        else:
            pieces.append((font, [char]))
    return [Run(font, "".join(chars)) for font, chars in pieces]


def string_width(runs: list[Run], size: float) -> float:
    return sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in runs)


# --- Right-to-left text -------------------------------------------------------------------


def _direction(char: str) -> str:
    return unicodedata.bidirectional(char)


def visual_order(line: str) -> str:
    """A line with each right-to-left stretch reversed into the order it is seen.

    A stretch runs from a Hebrew or Arabic letter to the last one before a left-to-right
    letter; numbers inside it keep their own order, brackets are mirrored and combining
    marks stay with their letter. The line itself stays left to right.
    """
    if line.isascii() or not any(_direction(ch) in _RTL for ch in line):
        return line
    out: list[str] = []
    index, end = 0, len(line)
    while index < end:
        if _direction(line[index]) not in _RTL:
            out.append(line[index])
            index += 1
            continue
        last = scan = index
        while scan < end and _direction(line[scan]) != "L":
            if _direction(line[scan]) in _RTL:
                last = scan
            scan += 1
        while last + 1 < end and (
            unicodedata.combining(line[last + 1])
            or _closes_bracket(line[index : last + 1], line[last + 1])
        ):
            last += 1
        out.append(_reverse(line[index : last + 1]))
        index = last + 1
    return "".join(out)


def _closes_bracket(stretch: str, char: str) -> bool:
    """Whether ``char`` closes a bracket opened inside ``stretch`` (paired brackets stay
    together, as in the Unicode bracket-pair rule)."""
    pairs = {")": "(", "]": "[", "}": "{"}
    opener = pairs.get(char)
    return opener is not None and stretch.count(opener) > stretch.count(char)


def _reverse(stretch: str) -> str:
    tokens: list[str] = []
    for char in stretch:
        kind = _direction(char)
        if tokens and (unicodedata.combining(char) or (kind in _NUMBER and _is_number(tokens[-1]))):
            tokens[-1] += char
        elif (
            len(tokens) >= 2
            and kind in _NUMBER
            and len(tokens[-1]) == 1
            and _direction(tokens[-1]) in _NUMBER_JOINERS
            and _is_number(tokens[-2])
        ):
            joiner = tokens.pop()
            tokens[-1] += joiner + char
        else:
            tokens.append(char)
    return "".join(_MIRROR.get(token, token) for token in reversed(tokens))


def _is_number(token: str) -> bool:
    return bool(token) and _direction(token[0]) in _NUMBER
