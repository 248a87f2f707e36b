"""The clinical course report, read back from the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.safety import Severity
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    CourseStatus,
    DischargeReason,
    OutcomeMeasure,
    RedFlag,
    ReviewDecision,
)
from planner.export import render_clinical_report
from planner.export.model import (
    AdverseEventLine,
    OutcomeScore,
    PatientBlock,
    PractitionerBlock,
    RedFlagScreen,
    Referral,
    ReviewLine,
    SafetyLine,
)
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, pages_text, text

HEADER = "Points (what differed from the plan)"


@pytest.fixture(scope="module")
def report_pages() -> list[str]:
    return pages_text(render_clinical_report(samples.clinical_report(12)))


@pytest.fixture(scope="module")
def report_text(report_pages: list[str]) -> str:
    return "\n".join(report_pages)


def test_identification_referral_and_complaint(report_text: str) -> None:
    for wanted in (
        "Clinical course report",
        "To: Dr Aoife Brennan, Oldtown Health Centre, fax 01234 000111",
        "Zoë Łukasz-Papadopoulou, born 2 Apr 1979, female, chart C-00017",
        "Referral: GP referral",
        "Aching low back pain after gardening, worse on sitting.",
        "lower back and sciatica (pain down the leg) (sciatica: left)",
        "chronic (12 weeks or more)",
        "Cause: muscle strain",
        "Working diagnosis: Non-specific low back pain; Qi and blood stagnation.",
        "12 of 12 planned sessions given",
        "Extended because: Still improving at session 6.",
    ):
        assert contains(report_text, wanted), wanted


def test_red_flags_contraindications_and_overrides_with_reasons(report_text: str) -> None:
    for wanted in (
        "Red-flag screen Negative on 3 Mar 2025",
        "Kidney area: no deep perpendicular needling.",
        "Needled obliquely, 1 cun.",
        "Overridden (M. L. Okafor, 3 Mar 2025): Low dose; INR stable; patient informed.",
    ):
        assert contains(report_text, wanted), wanted


def test_a_positive_red_flag_screen_names_the_flags() -> None:
    report = samples.clinical_report(
        2,
        red_flags=RedFlagScreen(
            present=frozenset({RedFlag.FEVER}), advice="Sent to the GP the same day."
        ),
        safety=(),
    )
    found = text(render_clinical_report(report))
    assert contains(found, "Red-flag screen Positive:")
    assert contains(found, "• possible infection: Fever with back pain")
    assert contains(found, "Advice given or referral made: Sent to the GP the same day.")
    assert contains(found, "No contraindications or cautions were found.")


def test_an_incomplete_screen_names_the_open_questions() -> None:
    screen = RedFlagScreen(complete=False, open_questions=(RedFlag.FEVER, RedFlag.OSTEOPOROSIS))
    report = samples.clinical_report(2, red_flags=screen)
    found = text(render_clinical_report(report))
    assert contains(found, "Not complete – questions not answered: fever and osteoporosis.")
    assert not contains(found, "incomplete")


def test_the_plan_covers_stricta_items(report_text: str) -> None:
    for wanted in (
        "Style: Traditional Chinese (TCM)",  # 1a
        "Rationale: Local and distal points",  # 1b
        "Variation between sessions: Individualised",  # 1c
        "Needles: 0.25 × 40 mm stainless steel, single use",  # 2g
        "Needle retention: 25 min",  # 2f
        "BL23–BL25, 2/100 Hz, dense-disperse, 0.2 ms",  # 2e
        "dry cupping: BL23, BL25, 10 min",  # 4a
        "Other interventions and advice: Core exercises",  # 4a
        "Setting: Private clinic",  # 4b
        "Shènshū 肾俞 · Kidney Shu",  # 2b, names in Chinese characters too
        "12 years in practice",  # 5
    ):
        assert contains(report_text, wanted), wanted


def test_every_session_is_a_row_with_points_needles_pain_and_events(report_text: str) -> None:
    for number in range(1, 13):
        assert contains(report_text, f"{number} ")
    assert report_text.count("As planned") == 12  # the plan lists the points once (2b, 2c)
    for wanted in (
        "BL23 Shènshū 肾俞 · Kidney Shu L+R 1 cun even",  # the plan's table
        "GB34 Yánglíngquán 阳陵泉 · Yang Mound Spring L",
        "11 / 11",  # 2a, needles in and out
        "de qi",  # 2d
        "7 / 5",  # pain before / after
        "bruising (mild): small, BL25 R",
        "moxa (moxa stick): GV4, 10 min",
    ):
        assert contains(report_text, wanted), wanted


def test_the_session_table_runs_over_pages_with_its_header_repeated() -> None:
    pages = pages_text(render_clinical_report(samples.clinical_report(40)))
    with_table = [page for page in pages if "As planned" in page]
    assert len(with_table) >= 2
    for page in with_table:
        assert contains(page, HEADER)
        assert contains(page, "Adverse events")


def test_outcome_trend_and_meaningful_improvement(report_text: str) -> None:
    for wanted in (
        "Pain (0–10)",
        "Session",
        "Meaningful improvement",
        "Pain before treatment went from 7 at session 1 to 2 at session 12: 5 points less (71%).",
        "This is a meaningful improvement",
        "first reached at session 4",
        "PEG-3 (0–10)",
        "3.33 points lower (meaningful improvement)",
        "Oswestry Disability Index (0–100)",
        "16 points lower",
    ):
        assert contains(report_text, wanted), wanted


def test_no_meaningful_improvement_and_too_few_scores() -> None:
    flat = samples.clinical_report(
        3, sessions=tuple(samples.session_line(n, pain_before=6) for n in (1, 2, 3))
    )
    flat_text = text(render_clinical_report(flat))
    assert contains(flat_text, "to 6 at session 3: no change.")
    assert contains(flat_text, "This is not a meaningful improvement")
    worse = samples.clinical_report(
        2, sessions=(samples.session_line(1, pain_before=6), samples.session_line(2, pain_before=7))
    )
    assert contains(text(render_clinical_report(worse)), "1 point more (17%).")
    one = samples.clinical_report(1)
    assert contains(text(render_clinical_report(one)), "Not enough pain scores yet")
    none = samples.clinical_report(1, sessions=(), outcomes=(), reviews=())
    found = text(render_clinical_report(none))
    assert contains(found, "No sessions have been given yet.")
    assert contains(found, "Course discharged; no review decision was recorded.")
    running = replace(none, course=replace(none.course, status=CourseStatus.ACTIVE))
    assert contains(text(render_clinical_report(running)), "No review has been recorded yet.")


def test_review_decisions(report_text: str) -> None:
    for wanted in ("Continue the course", "Discharge", "reason: goals met", "M. L. Okafor"):
        assert contains(report_text, wanted), wanted


def test_extend_and_refer_decisions_give_their_details() -> None:
    reviews = (
        ReviewLine(3, ReviewDecision.EXTEND, extend_by=4, reason="Improving steadily."),
        ReviewLine(7, ReviewDecision.REFER, refer_to="Dr Brennan (GP)", reason="Night pain."),
        ReviewLine(8, ReviewDecision.DISCHARGE, discharge_reason=DischargeReason.PLATEAU),
    )
    found = text(render_clinical_report(samples.clinical_report(3, reviews=reviews)))
    for wanted in (
        "Extend the course",
        "by 4 more session(s)",
        "why: Improving steadily.",
        "to Dr Brennan (GP)",
        "no further improvement (plateau)",
    ):
        assert contains(found, wanted), wanted


def test_signature_block_with_registration_number(report_text: str) -> None:
    for wanted in (
        "Mei Lin Okafor, Lic. Ac., MSc",
        "Registration number: BAcC-0042",
        "Signed: 26 May 2025",
        "Signature",
    ):
        assert contains(report_text, wanted), wanted


def test_footer_has_patient_and_birth_date_and_page_x_of_y(report_pages: list[str]) -> None:
    for number, page in enumerate(report_pages, start=1):
        assert contains(page, "Zoë Łukasz-Papadopoulou · born 2 Apr 1979")
        assert contains(page, f"Page {number} of {len(report_pages)}")


def test_demo_on_every_page() -> None:
    demo = replace(samples.CLINIC, demo=True)
    pages = pages_text(render_clinical_report(samples.clinical_report(12, clinic=demo)))
    assert len(pages) >= 2 and all("DEMO" in page for page in pages)


def test_serious_event_and_other_measures_by_name_only() -> None:
    event = AdverseEventLine(
        AdverseEventKind.FAINTING, AdverseSeverity.MODERATE, "Laid flat, legs raised."
    )
    report = samples.clinical_report(
        2,
        sessions=(samples.session_line(1, adverse_events=(event,)), samples.session_line(2)),
        outcomes=(OutcomeScore(OutcomeMeasure.RMDQ, samples.START, 12),),
        safety=(SafetyLine(Severity.BLOCK, "GB21", "Over the lung apex.", "Not used."),),
    )
    found = text(render_clinical_report(report))
    assert contains(found, "fainting (moderate); action: Laid flat, legs raised.")
    assert contains(found, "Roland-Morris (0–24)")
    assert contains(found, "scored once")
    assert contains(found, "Not used")


def test_sparse_identification_still_reads_well() -> None:
    report = samples.clinical_report(
        1,
        patient=PatientBlock("Sam Doe"),
        practitioner=PractitionerBlock("Ann Lee"),
        referral=Referral(),
        signed_on=None,
    )
    found = text(render_clinical_report(report))
    assert contains(found, "Patient: Sam Doe")
    assert not contains(found, "To:")
    assert not contains(found, "Registration number")
    assert not contains(found, "Signed:")
    assert contains(found, "Sam Doe")


def test_a_change_in_score_reads_as_words_not_a_signed_number() -> None:
    from planner.export.report_parts import difference_text

    assert difference_text(-4) == "4 points lower"
    assert difference_text(1) == "1 point higher"
    assert difference_text(-1.333) == "1.33 points lower"
    assert difference_text(0) == "no change"
