"""Hypothesis over the text fields: rendering never raises, every replaced character is
reported, and text in the supported scripts comes back out of the PDF as it went in."""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.domain.vocab import AdverseEventKind, AdverseSeverity
from planner.export import render_clinical_report, render_receipt, render_take_home
from planner.export.fonts import split_runs
from planner.export.model import AdverseEventLine, Complaint, PatientBlock
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, text

# Anything at all, surrogates, controls and unassigned code points included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=120)
# Latin (with extensions), Greek, Cyrillic, CJK ideographs and the markup characters.
SUPPORTED = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "Sc"),
    min_codepoint=0x20,
    max_codepoint=0x9FA5,
).filter(
    lambda ch: (
        ch < "\u0250"
        or "\u0386" <= ch <= "\u03ce"
        or "\u0410" <= ch <= "\u044f"
        or "\u4e00" <= ch <= "\u9fa5"
    )
)
SUPPORTED_TEXT = st.text(st.one_of(SUPPORTED, st.sampled_from(" <>&\"'")), min_size=1, max_size=40)
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _typed(text: str) -> set[str]:
    """The characters typed, as typed and as the renderer normalises them (NFC maps a
    CJK compatibility ideograph such as U+2F9xx to its unified form)."""
    return set(text) | set(unicodedata.normalize("NFC", text))


def _patient(name: str) -> PatientBlock:
    return PatientBlock(full_name=name, date_of_birth=samples.PATIENT.date_of_birth)


@FUZZ
@given(name=ANY_TEXT, note=ANY_TEXT, clinic=ANY_TEXT)
@example(name="", note="", clinic="\ud800")  # the clinic is the PDF's author: UTF-8 metadata
@example(name="", note="", clinic="Riverside\nClinic\x00")
@example(name="", note="", clinic="\U0002f9ed")  # NFC: U+28BFA is the one missing
def test_the_take_home_sheet_never_raises(name: str, note: str, clinic: str) -> None:
    sheet = samples.take_home(
        patient=_patient(name), advice_note=note, clinic=replace(samples.CLINIC, name=clinic)
    )
    pdf = render_take_home(sheet)
    assert pdf.data.startswith(b"%PDF")
    assert set(pdf.missing_characters) <= _typed(name + note + clinic)


@FUZZ
@given(name=ANY_TEXT, number=ANY_TEXT, shown=ANY_TEXT)
def test_the_receipt_never_raises(name: str, number: str, shown: str) -> None:
    receipt = samples.receipt(1, patient=_patient(name), receipt_number=number, shown_text=shown)
    pdf = render_receipt(receipt)
    assert pdf.data.startswith(b"%PDF")
    assert set(pdf.missing_characters) <= _typed(name + number + shown)


@FUZZ
@given(name=ANY_TEXT, complaint=ANY_TEXT, event=ANY_TEXT)
def test_the_clinical_report_never_raises(name: str, complaint: str, event: str) -> None:
    first = samples.session_line(
        1,
        adverse_events=(
            AdverseEventLine(AdverseEventKind.BRUISING, AdverseSeverity.MILD, description=event),
        ),
    )
    report = samples.clinical_report(
        2,
        patient=_patient(name),
        complaint=Complaint(presenting_complaint=complaint),
        sessions=(first, samples.session_line(2)),
    )
    pdf = render_clinical_report(report)
    assert pdf.data.startswith(b"%PDF")
    assert set(pdf.missing_characters) <= _typed(name + complaint + event)


@FUZZ
@given(name=SUPPORTED_TEXT)
def test_supported_scripts_round_trip_through_the_pdf(name: str) -> None:
    expected = unicodedata.normalize("NFC", name)
    pdf = render_receipt(samples.receipt(1, patient=_patient(name)))
    assert not pdf.missing_characters
    assert contains(text(pdf), expected)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT, st.booleans())
@example("\U0002f935", False)  # a CJK compatibility ideograph: NFC makes it U+24C36
def test_split_runs_covers_every_character_once(value: str, bold: bool) -> None:
    missing: set[str] = set()
    runs = split_runs(value.replace("\n", " "), bold=bold, missing=missing)
    assert all(run.text for run in runs)
    assert all(a.font != b.font for a, b in itertools.pairwise(runs))
    # the characters missing are those of the text as printed: cleaned and NFC-normalised
    assert missing <= set(value) | set(unicodedata.normalize("NFC", value))
