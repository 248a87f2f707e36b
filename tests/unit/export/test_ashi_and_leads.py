"""Ashi regions and EA lead sides in the documents (issue 17 items 2 and 3), read back
from the PDFs: the clinical report in the clinician's words, the take-home sheet in the
patient's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.plans import ElectroPair, Plan, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.vocab import EAFrequencyMode, PointSide, Technique
from planner.export import render_clinical_report, render_take_home
from planner.export.labels import lead_codes, lead_sides, point_code_text
from planner.export.model import ElectroLine, PointLine
from planner.export.report_parts import electro_text, point_brief
from planner.services.document_content import electro_lines, point_lines
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, text

L, R, B, M = PointSide.LEFT, PointSide.RIGHT, PointSide.BILATERAL, PointSide.MIDLINE
DD = EAFrequencyMode.DENSE_DISPERSE

POINTS = (
    PointLine("BL23", B, "1 cun"),
    PointLine("BL25", B),
    PointLine("GV3", M),
    PointLine("GB34", L),
    PointLine("Ashi", R, ashi_region=AshiRegion.LUMBOSACRAL),
    PointLine("Ashi", L, ashi_region=AshiRegion.LUMBOSACRAL),
    PointLine("Ashi", B),  # region not recorded
)
PAIRS = (
    ElectroLine("BL23", "BL25", DD, "2/100", minutes=20, side_a=L),  # BL25 takes L
    ElectroLine("BL23", "BL23", DD, "2/100", minutes=20, side_a=L, side_b=R),
    ElectroLine("BL25", "GB34", DD, "2", minutes=20),  # BL25 takes GB34's left
    ElectroLine("GV3", "BL23", DD, "2", minutes=20),  # neither known
)


def _line(pair: ElectroLine) -> str:
    return electro_text(pair, points=POINTS).split(",")[0]


def test_the_clinical_words_for_points_and_leads() -> None:
    assert point_code_text(POINTS[4]) == "Ashi (lower back)"
    assert point_code_text(POINTS[6]) == "Ashi"
    assert point_code_text(POINTS[0]) == "BL23"
    assert point_brief(POINTS[5]) == "Ashi (lower back) L"
    assert [_line(pair) for pair in PAIRS] == [
        "BL23 L–BL25 L",
        "BL23 L–BL23 R",
        "BL25 L–GB34 L",
        "GV3–BL23",
    ]
    # Without the plan's points only the named sides are known.
    assert electro_text(PAIRS[0]).startswith("BL23 L–BL25,")
    assert electro_text(PAIRS[3]).startswith("GV3–BL23,")


def test_a_lead_at_an_ashi_point_names_its_region_when_all_share_one() -> None:
    placed = (PointLine("Ashi", R, ashi_region=AshiRegion.BUTTOCK), PointLine("GB34", R))
    pair = ElectroLine("Ashi", "GB34", DD)
    assert lead_codes(pair, placed) == ("Ashi (buttock)", "GB34")
    assert lead_sides(pair, placed) == (R, R)
    assert lead_codes(pair, POINTS) == ("Ashi", "GB34")  # regions differ: no region
    assert lead_sides(ElectroLine("ST36", "GB34", DD), placed) == (None, R)  # not in plan


@pytest.fixture(scope="module")
def report_text() -> str:
    plan = replace(samples.clinical_report().plan, points=POINTS, electro=PAIRS)
    # Given deeper than planned, so the session row lists the points it changed.
    given = tuple(replace(point, depth="2 cun") for point in POINTS)
    session = samples.session_line(1, points=given, electro=PAIRS[:2])
    return text(render_clinical_report(samples.clinical_report(1, plan=plan, sessions=(session,))))


def test_the_clinical_report_shows_ashi_regions_and_lead_sides(report_text: str) -> None:
    for wanted in (
        "Ashi (lower back) R",  # the session table
        "Ashi (lower back) L",
        "BL23 L–BL25 L, 2/100 Hz",  # the plan's electroacupuncture
        "BL23 L–BL23 R",
        "BL25 L–GB34 L",
        "GV3–BL23, 2 Hz",
    ):
        assert contains(report_text, wanted), wanted
    # The plan's points table: the region beside the code.
    assert contains(report_text, "Ashi (lower back)")


@pytest.fixture(scope="module")
def sheet_text() -> str:
    sheet = samples.take_home(points=POINTS, electro=PAIRS)
    return text(render_take_home(sheet))


def test_the_take_home_sheet_says_where_in_plain_words(sheet_text: str) -> None:
    assert contains(sheet_text, "(Ashi), lower back, right")
    assert contains(sheet_text, "(Ashi), lower back, left")
    assert contains(sheet_text, "(Ashi), both sides")  # region not recorded: none printed
    assert contains(sheet_text, "The gentle electrical pulse ran between")
    for wanted in (
        "Kidney Shu (BL23) on your left and Large Intestine Shu (BL25) on your left",
        "Kidney Shu (BL23) on your left and Kidney Shu (BL23) on your right",
        "Large Intestine Shu (BL25) on your left and Yang Mound Spring (GB34) on your left",
        "Lumbar Yang Gate (GV3) and Kidney Shu (BL23)",
    ):
        assert contains(sheet_text, wanted), wanted
    assert not contains(sheet_text, "lumbosacral") and not contains(sheet_text, "L–")


def test_no_electrical_pulse_lines_without_electroacupuncture() -> None:
    sheet = samples.take_home(
        points=POINTS, electro=PAIRS, techniques=frozenset({Technique.LOCAL_NEEDLING})
    )
    assert not contains(text(render_take_home(sheet)), "electrical pulse ran")


def test_the_service_passes_regions_and_lead_sides_to_the_documents() -> None:
    plan = Plan(
        techniques=frozenset({Technique.LOCAL_NEEDLING, Technique.ELECTROACUPUNCTURE}),
        points=(PointChoice("BL23", B), PointChoice("Ashi", R, ashi_region=AshiRegion.LIMB)),
        electro=(ElectroPair("BL23", "BL23", side_a=L, side_b=R),),
    )
    assert [p.ashi_region for p in point_lines(plan)] == [None, AshiRegion.LIMB]
    assert [(e.side_a, e.side_b) for e in electro_lines(plan)] == [(L, R)]
