"""Names in any script print correctly, in every document; what cannot be printed is
reported, never a silent box."""

from __future__ import annotations

import pytest

from planner.export import render_clinical_report, render_receipt, render_take_home
from planner.export.model import PatientBlock
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, reader, text

NAMES = {
    "latin": "Zoë Łukasz-Ørsted Şahin",
    "greek": "Ζωή Παπαδοπούλου",
    "cyrillic": "Жанна Кузнецова",
    "chinese": "王伟",
    "japanese": "さくら 山田",
    "korean": "김민준",
    "hebrew": "דוד כהן",
    "arabic": "ليلى حداد",
    "persian": "مهسا می\u200cخواه",
    "hindi": "अर्जुन शर्मा",
    "thai": "สมชาย ใจดี",
    "mixed": "Li Wei 李伟 (Ли Вэй)",
}
RENDERERS = {
    "take-home": lambda name: render_take_home(samples.take_home(patient=_patient(name))),
    "receipt": lambda name: render_receipt(samples.receipt(1, patient=_patient(name))),
    "report": lambda name: render_clinical_report(
        samples.clinical_report(2, patient=_patient(name))
    ),
}


def _patient(name: str) -> PatientBlock:
    return PatientBlock(full_name=name, date_of_birth=samples.PATIENT.date_of_birth)


def _fonts(pdf_data: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf_data).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


@pytest.mark.parametrize("document", sorted(RENDERERS))
@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_round_trip_with_nothing_missing(document: str, script: str) -> None:
    name = NAMES[script]
    pdf = RENDERERS[document](name)
    assert not pdf.missing_characters
    assert pdf.warning is None
    assert contains(text(pdf), name)


CID_FONTS = {"/STSong-Light", "/HYSMyeongJo-Medium"}


def test_chinese_characters_use_the_embedded_cjk_font_and_korean_its_own() -> None:
    chinese = _fonts(render_take_home(samples.take_home(patient=_patient("王伟"))).data)
    korean = _fonts(render_receipt(samples.receipt(1, patient=_patient("김민준"))).data)
    latin = _fonts(render_receipt(samples.receipt(1)).data)
    assert any(name.endswith("+DroidSansFallback") for name in chinese), chinese
    assert "/STSong-Light" not in chinese
    assert any(name.endswith("+NanumSquareR") for name in korean), korean
    assert not korean & CID_FONTS
    assert not any("Droid" in name or "Nanum" in name or name in CID_FONTS for name in latin)


def test_the_dejavu_and_chinese_fonts_are_embedded() -> None:
    data = render_receipt(samples.receipt(1, patient=_patient("王伟"))).data
    embedded = set()
    for page in reader(data).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "DejaVu" in str(font["/BaseFont"]) or "Droid" in str(font["/BaseFont"]):
                assert "/FontFile2" in font["/FontDescriptor"]
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert embedded >= {"DejaVuSans", "DroidSansFallback"}


def test_report_point_names_carry_chinese_characters() -> None:
    found = text(render_clinical_report(samples.clinical_report(1)))
    assert contains(found, "肾俞")
    assert contains(found, "委中")


def test_unprintable_characters_are_reported_and_shown_as_replacement() -> None:
    name = "Ann \U00013000 Smith \U0001f9ec"  # a hieroglyph, and an emoji DejaVu lacks
    for render in RENDERERS.values():
        pdf = render(name)
        assert set(pdf.missing_characters) == {"\U00013000", "\U0001f9ec"}
        assert pdf.warning is not None and "U+13000" in pdf.warning
        assert contains(text(pdf), "Ann \ufffd Smith \ufffd")
