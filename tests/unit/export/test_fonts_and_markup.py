"""Font runs, right-to-left order, missing glyphs and markup escaping."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from planner.export import fonts
from planner.export.bidi import visual_order
from planner.export.fonts import (
    CJK,
    CJK_EMBEDDED,
    DEVANAGARI,
    DEVANAGARI_BOLD,
    HANGUL,
    REPLACEMENT,
    SANS,
    SANS_BOLD,
    THAI,
    THAI_BOLD,
    Run,
    font_for,
    lines,
    register,
    split_runs,
)
from planner.export.markup import TextWriter, make_styles
from planner.export.page import RenderedPdf, fit_runs


def test_latin_greek_cyrillic_hebrew_arabic_are_printed_by_dejavu() -> None:
    for char in "AzéŁßΩωЖжאשسلم€–…":
        assert font_for(char) == SANS, char


def test_chinese_and_japanese_go_to_the_embedded_font_and_korean_to_nanum() -> None:
    assert font_for("肾") == CJK_EMBEDDED
    assert font_for("の") == CJK_EMBEDDED
    assert font_for("。") == CJK_EMBEDDED
    assert font_for("김") == HANGUL
    assert font_for("ㄱ") == HANGUL  # compatibility jamo
    assert font_for("\u1100") == CJK_EMBEDDED  # conjoining jamo: Nanum lacks them


def test_hindi_and_thai_go_to_their_noto_fonts_bold_included() -> None:
    assert font_for("क") == DEVANAGARI
    assert font_for("क", bold=True) == DEVANAGARI_BOLD
    assert font_for("\u093f") == DEVANAGARI  # a vowel sign
    assert font_for("ส") == THAI
    assert font_for("ส", bold=True) == THAI_BOLD


def test_ideographs_the_embedded_font_lacks_fall_back_to_stsong() -> None:
    register()
    lacking = next(
        code for code in range(0x3400, 0x4DBF) if code not in fonts._coverage[CJK_EMBEDDED]
    )
    assert font_for(chr(lacking)) == CJK


def test_bold_uses_the_bold_face_unless_it_lacks_the_letter() -> None:
    assert font_for("A", bold=True) == SANS_BOLD
    # The regular face has the Arabic mathematical letters (U+1EE00…); the bold has not.
    assert font_for("\U0001ee00", bold=True) == SANS


def test_runs_merge_neighbours_of_the_same_font() -> None:
    assert split_runs("王伟 Ζωή 김민준") == [
        Run(CJK_EMBEDDED, "王伟"),
        Run(SANS, " Ζωή "),
        Run(HANGUL, "김민준"),
    ]


def test_unprintable_characters_become_a_visible_replacement_and_are_reported() -> None:
    missing: set[str] = set()
    runs = split_runs("a\x01b\U00013000c\ue000", missing=missing)
    assert "".join(run.text for run in runs) == f"a{REPLACEMENT}b{REPLACEMENT}c{REPLACEMENT}"
    assert missing == {"\x01", "\U00013000", "\ue000"}


def test_lone_surrogates_do_not_break_anything() -> None:
    missing: set[str] = set()
    runs = split_runs("x\ud800y", missing=missing)
    assert "".join(run.text for run in runs) == f"x{REPLACEMENT}y"
    assert missing == {"\ud800"}


def test_invisible_format_characters_are_dropped_not_reported() -> None:
    missing: set[str] = set()
    runs = split_runs("a\u202eb\u200bc\u200dd\ufe0fe\u00adf\u200cg", missing=missing)
    assert "".join(run.text for run in runs) == "abcdefg"  # joiners only matter when shaping
    assert not missing


def test_plain_ascii_is_one_run_in_the_asked_face() -> None:
    assert split_runs("Session 3 of 6") == [Run(SANS, "Session 3 of 6")]
    assert split_runs("a\tb") == [Run(SANS, "a b")]  # not the shortcut: tabs become spaces
    assert split_runs("Aftercare", bold=True) == [Run(SANS_BOLD, "Aftercare")]
    assert split_runs("") == []
    fonts.register()
    for font in (SANS, SANS_BOLD):  # why the shortcut is safe
        assert all(code in fonts._coverage[font] for code in range(0x20, 0x7F))


def test_text_is_nfc_and_tabs_are_spaces() -> None:
    assert "".join(r.text for r in split_runs("Zoe\u0308\tX")) == "Zoë X"


def test_every_line_break_kind_splits_lines() -> None:
    assert lines("a\r\nb\rc\u2028d\u2029e\x85f") == ["a", "b", "c", "d", "e", "f"]


def test_every_run_font_has_every_glyph_of_its_run() -> None:
    sample = (
        "Zoë Łukasz Ζωή Жанна דוד כהן سلام می\u200cخواهم 王伟 肾俞 김민준 अर्जुन สมชาย "
        "€5 ½ — “quotes”"
    )
    fonts.register()
    for bold in (False, True):
        for run in split_runs(sample, bold=bold):
            if run.font != CJK:  # shaped glyphs are reached through codes the font now maps
                cmap = pdfmetrics.getFont(run.font).face.charToGlyph
                assert all(ord(ch) in cmap for ch in run.text), run


class TestVisualOrder:
    def test_left_to_right_text_is_unchanged(self) -> None:
        assert visual_order("Smith (12) – ok") == "Smith (12) – ok"

    def test_a_hebrew_stretch_is_reversed_inside_latin_text(self) -> None:
        assert visual_order("Name: דוד כהן end") == "Name: ןהכ דוד end"

    def test_numbers_keep_their_order_and_brackets_mirror(self) -> None:
        assert visual_order("שלום 12.5 (א)") == "(א) 12.5 םולש"

    def test_combining_marks_stay_with_their_letter(self) -> None:
        assert visual_order("שָׁלוֹם") == "םוֹלשָׁ"

    def test_arabic_letters_are_reversed(self) -> None:
        assert visual_order("سلام") == "مالس"

    def test_words_of_a_stretch_swap_and_joiners_stay_with_their_letter(self) -> None:
        assert visual_order("می\u200cخواهم علی") == "یلع مهاوخی\u200cم"


class TestMarkup:
    HOSTILE = '<b>Lee & "Sons"</b> <img src="/etc/passwd"/> &amp; <font color="red">x</font>'

    def test_user_text_is_escaped(self) -> None:
        markup = TextWriter().markup(self.HOSTILE)
        assert "<b>" not in markup
        assert "<img" not in markup
        assert "&lt;b&gt;Lee &amp; &quot;Sons&quot;&lt;/b&gt;" in markup
        assert "&amp;amp;" in markup

    def test_paragraph_prints_the_text_as_typed(self) -> None:
        styles = make_styles(10)
        paragraph = Paragraph(TextWriter().markup(self.HOSTILE), styles.body)
        words = "".join(frag.text for frag in paragraph.frags)
        assert words == self.HOSTILE

    def test_line_breaks_become_breaks(self) -> None:
        assert "<br/>" in TextWriter().markup("one\ntwo")

    def test_the_writer_collects_what_it_replaced(self) -> None:
        writer = TextWriter()
        writer.markup("ok \U00013000")
        writer.runs("fine \x07")
        assert writer.missing == {"\U00013000", "\x07"}


def test_the_warning_names_code_points_not_text() -> None:
    pdf = RenderedPdf(b"", 1, ("\U00013000", "\x07"))
    assert pdf.warning is not None
    assert "U+13000" in pdf.warning
    assert "U+0007" in pdf.warning
    assert RenderedPdf(b"", 1).warning is None


def test_the_warning_lists_at_most_twelve_characters() -> None:
    pdf = RenderedPdf(b"", 1, tuple(chr(0xE000 + n) for n in range(20)))
    assert pdf.warning is not None and pdf.warning.count("U+") == 12 and "…" in pdf.warning


@pytest.mark.parametrize("width", [5.0, 40.0, 400.0])
def test_footer_text_is_cut_to_fit_with_an_ellipsis(width: float) -> None:
    runs = split_runs("Maximilian Alexander Papadopoulos-Łukasiewicz 王伟")
    fitted = fit_runs(runs, 8, width)
    text = "".join(run.text for run in fitted)
    if width == 400.0:
        assert fitted == runs
    else:
        assert text.endswith("…")
        assert fonts.string_width(fitted, 8) <= width or text == "…"
