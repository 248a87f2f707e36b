"""Fonts for the documents, and the split of any text into runs each font can print.

Every font is embedded (as a subset) and shipped in resources/fonts: DejaVu Sans prints
Latin, Greek, Cyrillic, Hebrew and Arabic letters; Noto Sans Devanagari and Noto Sans Thai
print Hindi (and the other Devanagari languages) and Thai; NanumSquare prints Korean
(Hangul); Droid Sans Fallback prints Chinese ideographs, kana and CJK punctuation. Only
ideographs that Droid lacks fall back to ReportLab's built-in CID font ``STSong-Light``,
which is not embedded (the PDF viewer supplies those glyphs). The Devanagari, Thai and
Korean fonts load the first time a document prints one of their characters.

:func:`split_runs` cuts text into (font, text) runs in visual order: right-to-left words
are ordered by the rules of :mod:`planner.export.bidi`, and runs in scripts that need
shaping (Arabic joining forms and ligatures, Devanagari conjuncts and vowel-sign order,
Thai, zero-width joiners and non-joiners) are shaped with HarfBuzz (``uharfbuzz``). A
shaped run's text is one character per glyph: the letter itself where the font maps it,
otherwise a private code (plane 15) mapped to the glyph, whose ToUnicode entry
(:mod:`planner.export.pdf_font`) gives back the letters typed, so the PDF's text still
reads (and copies) as typed. Other invisible format characters
(bidi overrides, zero-width spaces) are dropped, and anything no font can print becomes
U+FFFD, recorded so the app can warn the user.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import uharfbuzz  # type: ignore[import-untyped]  # no stubs: its objects are Any here
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from planner.export.bidi import JOINERS, ZWJ, ZWNJ, pieces, reverse_clusters
from planner.export.pdf_font import ShapedFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
DEVANAGARI = "NotoSansDevanagari"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"
THAI = "NotoSansThai"
THAI_BOLD = "NotoSansThai-Bold"
HANGUL = "NanumSquare"
CJK_EMBEDDED = "DroidSansFallback"
CJK = "STSong-Light"
REPLACEMENT = "\ufffd"

_FILES = (
    (SANS, "DejaVuSans.ttf"),
    (SANS_BOLD, "DejaVuSans-Bold.ttf"),
    (DEVANAGARI, "NotoSansDevanagari-Regular.ttf"),
    (DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf"),
    (THAI, "NotoSansThai-Regular.ttf"),
    (THAI_BOLD, "NotoSansThai-Bold.ttf"),
    (HANGUL, "NanumSquareR.ttf"),
    (CJK_EMBEDDED, "DroidSansFallbackFull.ttf"),
)

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
_DEVANAGARI_RANGES = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))
_THAI_RANGES = ((0x0E00, 0x0E7F),)
# Hangul jamo, compatibility jamo, extended jamo and syllables.
_HANGUL_RANGES = (
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7FF),
)
# Scripts whose letters change shape, join, reorder or stack: shaped with HarfBuzz
# (with any zero-width joiners and non-joiners among them; elsewhere those are dropped).
_SHAPED_RANGES = (
    (0x0600, 0x08FF),  # Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic extended
    (0x0900, 0x0DFF),  # Devanagari and the other Indic scripts
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1100, 0x11FF),  # conjoining Hangul jamo
    (0xA8E0, 0xA8FF),
    (0xFB50, 0xFDFF),  # Arabic presentation forms
    (0xFE70, 0xFEFF),
)
_LINE_BREAKS = "\n\u2028\u2029\x85"
_UNPRINTABLE = frozenset({"Cc", "Cs", "Co", "Cn"})  # controls, surrogates, private, unassigned

_lock = threading.Lock()
_registered = threading.Event()  # set once register() has run
_SHAPABLE = frozenset(name for name, _ in _FILES)  # TrueType: HarfBuzz can shape them
_ON_DEMAND = frozenset({DEVANAGARI, DEVANAGARI_BOLD, THAI, THAI_BOLD, HANGUL, CJK_EMBEDDED})
_coverage: dict[str, frozenset[int]] = {}
_harfbuzz: dict[str, uharfbuzz.Font] = {}


def register() -> None:
    """Register the document fonts with ReportLab once per process (thread-safe).

    The fonts of scripts a document may never use (Devanagari, Thai, Korean, Chinese:
    the 4 MB Droid Sans Fallback took ~100 ms to parse) load the first time a character
    of theirs is printed, so a Latin document starts no slower.
    """
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        for name, filename in _FILES:
            if name not in _ON_DEMAND:
                _load(name, filename)
        pdfmetrics.registerFont(UnicodeCIDFont(CJK))
        _map_faces(CJK)
        _registered.set()


def _load(name: str, filename: str) -> None:
    """Register one shipped font and note what it covers (the caller holds the lock)."""
    fonts = resources.files("planner.resources").joinpath("fonts")
    with resources.as_file(fonts.joinpath(filename)) as path:
        font = ShapedFont(name, str(path))
    pdfmetrics.registerFont(font)
    face: Any = font.face
    _map_faces(name)
    _coverage[name] = frozenset(face.charToGlyph)  # last: the font is ready once listed


def _map_faces(name: str) -> None:
    # Every font is its own family: the documents pick faces explicitly, so ReportLab
    # never has to guess a bold or italic variant.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


def harfbuzz_font(name: str) -> Any:
    """The HarfBuzz font for a registered TrueType font, made the first time it shapes."""
    font = _harfbuzz.get(name)
    if font is None:
        with _lock:
            if name not in _harfbuzz:
                shaped: Any = pdfmetrics.getFont(name)
                blob = uharfbuzz.Blob(shaped.face._ttf_data)
                _harfbuzz[name] = uharfbuzz.Font(uharfbuzz.Face(blob))
            font = _harfbuzz[name]
    return font


def _covers(name: str, code: int) -> bool:
    """Whether font ``name`` has a glyph for ``code`` (loading the font if need be)."""
    coverage = _coverage.get(name)
    if coverage is None:
        with _lock:
            if name not in _coverage:
                _load(name, dict(_FILES)[name])
        coverage = _coverage[name]
    return code in coverage


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
    for ranges, regular, heavy in (
        (_DEVANAGARI_RANGES, DEVANAGARI, DEVANAGARI_BOLD),
        (_THAI_RANGES, THAI, THAI_BOLD),
    ):
        if _in(ranges, code):
            if bold and _covers(heavy, code):
                return heavy
            return regular if _covers(regular, code) else None
    if _in(_HANGUL_RANGES, code):
        for font in (HANGUL, CJK_EMBEDDED):
            if _covers(font, code):
                return font
        return None
    if _in(_CJK_RANGES, code):
        return CJK_EMBEDDED if _covers(CJK_EMBEDDED, code) else CJK
    return None


@lru_cache(maxsize=4096)
def _shaped_code(code: int) -> bool:
    return _in(_SHAPED_RANGES, code)


def _needs_shaping(text: str) -> bool:
    return not text.isascii() and any(_shaped_code(ord(ch)) for ch in text)


def _invisible(char: str) -> bool:
    """Format characters and variation selectors: nothing to print, nothing lost."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def clean_line(line: str, *, keep_joiners: bool = False) -> str:
    """One line (no line breaks) ready to print: NFC, tabs as spaces, invisibles dropped.

    ``keep_joiners`` keeps zero-width joiners and non-joiners, which shaping needs.
    """
    if line.isascii():  # the usual case: nothing to normalise or drop
        return line.replace("\t", " ")
    try:
        text = unicodedata.normalize("NFC", line)
    except UnicodeError:  # pragma: no cover - normalize accepts any str, lone surrogates too
        text = line
    return "".join(
        " " if ch == "\t" else ch
        for ch in text
        if not _invisible(ch) or (keep_joiners and ch in JOINERS)
    )


def lines(text: str) -> list[str]:
    """The text's lines, whatever line-break characters it uses."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in _LINE_BREAKS[1:]:
        text = text.replace(mark, "\n")
    return text.split("\n")


def split_runs(line: str, *, bold: bool = False, missing: set[str] | None = None) -> list[Run]:
    """A line of text as runs of one font each, in visual order, shaped where the script
    needs it.

    Characters no font can print become U+FFFD and are added to ``missing``.
    """
    register()
    if line.isascii() and line.isprintable():  # the usual case: DejaVu has every letter
        return [Run(SANS_BOLD if bold else SANS, line)] if line else []
    runs: list[Run] = []
    for text, rtl in pieces(clean_line(line, keep_joiners=True)):
        chunks = _font_chunks(text, bold, missing)
        if rtl:
            chunks.reverse()
        for font, chunk in chunks:
            drawn = _draw_text(font, chunk, rtl)
            if not drawn:
                continue
            if runs and runs[-1].font == font:
                runs[-1] = Run(font, runs[-1].text + drawn)
            else:
                runs.append(Run(font, drawn))
    return runs


def _font_chunks(text: str, bold: bool, missing: set[str] | None) -> list[tuple[str, str]]:
    """``text`` as (font, chunk) pieces in its own order; joiners take a neighbour's font."""
    pieces: list[tuple[str, list[str]]] = []
    waiting = ""  # joiners before the first letter
    for char in text:
        if char in JOINERS:
            if pieces:
                pieces[-1][1].append(char)
            else:
                waiting += char
            continue
        font = _font_for(ord(char), bold)
        if font is None:
            if missing is not None:
                missing.add(char)
            char, font = REPLACEMENT, SANS_BOLD if bold else SANS
        if pieces and pieces[-1][0] == font:
            pieces[-1][1].append(char)
        else:
            pieces.append((font, [waiting, char]))
            waiting = ""
    return [(font, "".join(chars)) for font, chars in pieces]


def _draw_text(font: str, text: str, rtl: bool) -> str:
    """What to draw for a chunk of one font: shaped glyphs, or the letters in visual order."""
    if font in _SHAPABLE and _needs_shaping(text):
        return _shape(font, text, rtl)
    if ZWNJ in text or ZWJ in text:
        text = text.replace(ZWNJ, "").replace(ZWJ, "")
    return reverse_clusters(text) if rtl else text


@lru_cache(maxsize=4096)
def _shape(font: str, text: str, rtl: bool) -> str:
    """``text`` shaped by HarfBuzz in ``font``: one code per glyph, in visual order."""
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_GRAPHEMES
    buffer.flags = uharfbuzz.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    uharfbuzz.shape(harfbuzz_font(font), buffer, {"kern": False})
    infos = buffer.glyph_infos
    starts = sorted({info.cluster for info in infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    shaped: Any = pdfmetrics.getFont(font)
    face: Any = shaped.face
    seen: set[int] = set()
    out: list[str] = []
    with _lock:
        for info, position in zip(infos, buffer.glyph_positions, strict=True):
            cluster = info.cluster
            letters = "" if cluster in seen else text[cluster : ends[cluster]]
            seen.add(cluster)
            glyph = info.codepoint
            width = face._pdfScale(position.x_advance)
            if (
                len(letters) == 1
                and face.charToGlyph.get(ord(letters)) == glyph
                and face.charWidths.get(ord(letters)) == width
            ):
                out.append(letters)
            else:
                out.append(shaped.private_code(glyph, letters, width))
    return "".join(out)


def string_width(runs: list[Run], size: float) -> float:
    return sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in runs)
