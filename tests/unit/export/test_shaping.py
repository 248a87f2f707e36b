"""Every name prints as typed: Arabic and Persian shaped, joined and right to left; Hindi
with its conjuncts and vowel signs in place; Thai and Korean; every font embedded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from planner.export import RenderedPdf, fonts, render_receipt, render_take_home
from planner.export.fonts import (
    DEVANAGARI,
    HANGUL,
    SANS,
    THAI,
    split_runs,
)
from planner.export.model import PatientBlock
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, reader, text

NAMES = {
    "arabic": "محمد حداد",
    "persian": "مهسا می\u200cخواه",  # a zero-width non-joiner inside the family name
    "korean": "김민준",
    "hindi": "अर्जुन शर्मा",
    "thai": "สมชาย ใจดี",
}
RENDERERS = {
    "take-home": lambda name: render_take_home(samples.take_home(patient=_patient(name))),
    "receipt": lambda name: render_receipt(samples.receipt(1, patient=_patient(name))),
}
# The 14 standard PDF fonts need no embedding; ReportLab names Helvetica on every page
# as the canvas's starting font (the documents draw no letter in it).
STANDARD = {"/Helvetica"}


def _patient(name: str) -> PatientBlock:
    return PatientBlock(full_name=name, date_of_birth=samples.PATIENT.date_of_birth)


def _glyph_names(font: str, drawn: str) -> list[str]:
    """The glyphs the codes of a run draw, by their names in the font."""
    face = pdfmetrics.getFont(font).face
    harfbuzz = fonts.harfbuzz_font(font)
    return [harfbuzz.glyph_to_string(face.charToGlyph[ord(ch)]) for ch in drawn]


def _isolated(font: str, letters: str) -> list[str]:
    face = pdfmetrics.getFont(font).face
    harfbuzz = fonts.harfbuzz_font(font)
    return [harfbuzz.glyph_to_string(face.charToGlyph[ord(ch)]) for ch in letters]


def _only(runs: list[fonts.Run]) -> fonts.Run:
    assert len(runs) == 1, runs
    return runs[0]


@pytest.mark.parametrize("document", sorted(RENDERERS))
@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_print_as_typed_in_embedded_fonts(document: str, script: str) -> None:
    pdf: RenderedPdf = RENDERERS[document](NAMES[script])
    assert not pdf.missing_characters
    assert pdf.warning is None
    # The ToUnicode maps give the letters typed back, joiner included.
    assert contains(text(pdf), NAMES[script])
    for page in reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            if base in STANDARD:
                continue
            assert font["/Subtype"] == "/TrueType", base  # not a CID font left to the viewer
            assert "/FontFile2" in font["/FontDescriptor"], base
            assert "+" in base, base  # embedded as a subset


def test_arabic_letters_join_and_read_right_to_left() -> None:
    run = _only(split_runs("محمد"))
    assert run.font == SANS
    drawn = _glyph_names(SANS, run.text)
    # Left to right on the page: final dal, medial meem, medial hah, initial meem.
    assert drawn == ["uniFEAA", "uniFEE4", "uniFEA4", "uniFEE3"]
    assert not set(drawn) & set(_isolated(SANS, "محمد"))


def test_lam_alef_is_one_ligature() -> None:
    assert _glyph_names(SANS, _only(split_runs("لا")).text) == ["uniFEFB"]


def test_a_zero_width_non_joiner_breaks_the_join_and_draws_nothing() -> None:
    joined = _glyph_names(SANS, _only(split_runs("میخو")).text)
    broken = _glyph_names(SANS, _only(split_runs("می\u200cخو")).text)
    assert joined == ["uniFEEE", "uniFEA8", "uniFBFF", "uniFEE3"]  # medial yeh and khah
    # The non-joiner leaves no glyph; the Farsi yeh ends its part, the khah starts one.
    assert broken == ["uniFEEE", "uniFEA7", "uniFBFD", "uniFEE3"]


def test_right_to_left_words_keep_their_order_around_latin() -> None:
    runs = split_runs("Dr محمد حداد OK")
    assert [run.font for run in runs] == [SANS]
    drawn = _glyph_names(SANS, runs[0].text)
    # "Dr " then حداد (the second word, leftmost) then محمد then " OK".
    assert drawn[:3] == ["D", "r", "space"]
    assert drawn[-3:] == ["space", "O", "K"]
    assert drawn[3:7] == ["uni062F", "uni0627", "uniFEAA", "uniFEA3"]  # د ا د ح (alef breaks)
    assert drawn[8:12] == ["uniFEAA", "uniFEE4", "uniFEA4", "uniFEE3"]  # د م ح م


def test_hindi_conjuncts_and_vowel_signs_are_shaped() -> None:
    # कि: the i vowel sign is typed after the consonant but drawn before it.
    assert _glyph_names(DEVANAGARI, _only(split_runs("कि")).text)[:2] == [
        "ivowelsign03deva",
        "kadeva",
    ]
    # र्ज: ra + virama before ja becomes a reph mark over the ja, not three letters.
    drawn = _glyph_names(DEVANAGARI, _only(split_runs("र्ज")).text)
    assert drawn == ["jadeva", "rephdeva"]


def test_hindi_after_arabic_on_one_line_is_still_shaped_as_words() -> None:
    runs = split_runs("حداد · कि र्ज")
    hindi = [run for run in runs if run.font == DEVANAGARI]
    assert [_glyph_names(DEVANAGARI, run.text) for run in hindi] == [
        ["ivowelsign03deva", "kadeva"],
        ["jadeva", "rephdeva"],
    ]


def test_thai_and_korean_use_their_own_fonts() -> None:
    assert _only(split_runs("สมชาย")).font == THAI
    assert _only(split_runs("김민준")) == fonts.Run(HANGUL, "김민준")


def test_shaped_text_measures_what_it_draws() -> None:
    run = _only(split_runs("अर्जुन"))
    # The reph and the u vowel sign take no room of their own.
    width = fonts.string_width([run], 10)
    letters = sum(pdfmetrics.stringWidth(ch, DEVANAGARI, 10) for ch in "अजन")
    assert width == pytest.approx(letters, abs=0.5)


def test_documents_in_several_scripts_render_at_once() -> None:
    names = list(NAMES.values()) * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(RENDERERS["take-home"], names))
    for name, pdf in zip(names, pdfs, strict=True):
        assert not pdf.missing_characters
        assert contains(text(pdf), name)


def test_script_fonts_load_only_when_a_document_needs_them() -> None:
    # A fresh process: a Latin receipt loads none of them; then Hindi, Thai and Korean
    # documents made at once, in threads, load each font once and print everything.
    script = textwrap.dedent(
        """
        from concurrent.futures import ThreadPoolExecutor
        from reportlab.pdfbase import pdfmetrics
        from planner.export import render_receipt
        from planner.export.model import PatientBlock
        from tests.unit.export import samples

        def receipt(name):
            patient = PatientBlock(full_name=name, date_of_birth=samples.PATIENT.date_of_birth)
            return render_receipt(samples.receipt(1, patient=patient))

        on_demand = {"NotoSansDevanagari", "NotoSansThai", "NanumSquare"}
        assert not receipt("Zoë Smith").missing_characters
        assert not on_demand & set(pdfmetrics.getRegisteredFontNames())
        with ThreadPoolExecutor(max_workers=6) as pool:
            pdfs = list(pool.map(receipt, ["अर्जुन", "สมชาย", "김민준"] * 2))
        assert all(not pdf.missing_characters for pdf in pdfs)
        assert on_demand <= set(pdfmetrics.getRegisteredFontNames())
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[3],  # the repository: tests.unit.export imports
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
