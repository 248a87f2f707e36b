"""The physician report's first page is a summary that never contradicts the record:
a fictional pregnant patient on apixaban, allergic to penicillin, with an implanted
device, an electroacupuncture override, a fainting episode and a discharge review.
Read back with pypdf (text) and pdfplumber (sizes and positions)."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import pdfplumber
import pytest

from planner.domain.safety import Severity
from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    Condition,
    CourseStatus,
    DischargeReason,
    OutcomeMeasure,
    RedFlag,
    ReviewDecision,
    Technique,
)
from planner.export import render_clinical_report
from planner.export.model import (
    AdverseEventLine,
    ClinicalReport,
    ConditionLine,
    MedicineLine,
    OutcomeScore,
    RedFlagScreen,
    ReviewLine,
    SafetyHistory,
    SafetyLine,
)
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, pages_text, squash

START = samples.START
OVERRIDE = "Cardiologist's letter: device is EA-safe at low intensity."
FAINTED = AdverseEventLine(
    AdverseEventKind.FAINTING, AdverseSeverity.MODERATE, "Laid flat, legs raised; recovered."
)


def pregnant_report(count: int = 6, **changes: object) -> ClinicalReport:
    sessions = tuple(
        samples.session_line(
            n,
            techniques=frozenset(
                {Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING, Technique.ELECTROACUPUNCTURE}
            ),
            adverse_events=(FAINTED,) if n == 3 else (),
            cupping=(),
            moxibustion=(),
        )
        for n in range(1, count + 1)
    )
    base = samples.clinical_report(count)
    report = replace(
        base,
        sessions=sessions,
        plan=replace(base.plan, cupping=(), techniques=sessions[0].techniques),
        course=replace(
            base.course,
            status=CourseStatus.DISCHARGED,
            end_date=START + dt.timedelta(days=7 * count),
        ),
        history=SafetyHistory(
            pregnant=True,
            gestation_weeks=20,
            blood_thinners=(
                MedicineLine("apixaban", "anticoagulant", "Eliquis 2.5 mg twice daily"),
            ),
            allergies=("penicillin (rash)",),
            conditions=(ConditionLine(Condition.IMPLANTED_DEVICE, "spinal cord stimulator"),),
        ),
        red_flags=RedFlagScreen(
            screened_on=START,
            complete=False,
            open_questions=(RedFlag.SADDLE_ANAESTHESIA, RedFlag.CONSTANT_NIGHT_PAIN),
        ),
        safety=(
            SafetyLine(
                Severity.BLOCK,
                "electroacupuncture",
                "Implanted electrical device: no electroacupuncture.",
                "Do not use electroacupuncture; manual needling only.",
                overridden=True,
                override_reason=OVERRIDE,
                overridden_by="Ada Okafor",
                overridden_on=START,
                given_at=tuple(range(1, count + 1)),
            ),
            SafetyLine(
                Severity.WARN,
                "local_needling",
                "Pregnancy: gentle needling only in the lower back.",
                "Even stimulation, shallow.",
                given_at=tuple(range(1, count + 1)),
            ),
            SafetyLine(
                Severity.BLOCK,
                "SP6",
                "Pregnancy: SP6 is not needled.",
                "Not needled.",
            ),
        ),
        outcomes=(
            OutcomeScore(OutcomeMeasure.NRS_NOW, START, 7),
            OutcomeScore(OutcomeMeasure.PEG, START, 6.33),
            OutcomeScore(OutcomeMeasure.NRS_NOW, START + dt.timedelta(days=35), 3, at_review=True),
            OutcomeScore(OutcomeMeasure.PEG, START + dt.timedelta(days=35), 3.67, at_review=True),
        ),
        reviews=(
            ReviewLine(
                count,
                ReviewDecision.DISCHARGE,
                START + dt.timedelta(days=7 * count),
                "Ada Okafor",
                discharge_reason=DischargeReason.GOALS_MET,
                note="Continue the home exercises; see the midwife about back care.",
            ),
        ),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def pdf_data() -> bytes:
    return render_clinical_report(pregnant_report()).data


@pytest.fixture(scope="module")
def pages(pdf_data: bytes) -> list[str]:
    return pages_text(pdf_data)


def _page_one(pages: list[str]) -> str:
    return pages[0]


def test_page_one_names_what_a_doctor_must_know(pages: list[str]) -> None:
    first = _page_one(pages)
    for wanted in (
        "Summary",
        "Pregnant, 20 weeks",
        "apixaban (anticoagulant)",
        "Eliquis 2.5 mg twice daily",
        "Allergies: penicillin (rash)",
        "implanted electrical device",
        "spinal cord stimulator",
        # the override: what, who, when, why, and that the technique WAS used
        "Electroacupuncture: Implanted electrical device",
        "Overridden (Ada Okafor, 3 Mar 2025)",
        OVERRIDE,
        "Given at sessions 1–6 with the override.",
        # the adverse event, the course and the review
        "Session 3",
        "Fainting (moderate)",
        "Laid flat, legs raised; recovered.",
        "6 of 6 planned sessions given",
        "discharged",
        "Discharge at session 6 (Ada Okafor",
        "reason: goals met",
        "Recommendation: Continue the home exercises",
        "Guidelines differ",
        "NICE NG59",
        "Mei Lin Okafor",  # the signature
    ):
        assert contains(first, wanted), wanted


def test_open_red_flag_questions_are_named(pages: list[str]) -> None:
    first = squash(_page_one(pages))
    assert squash("questions not answered: saddle numbness") in first
    assert "incomplete" not in first.lower() or "notanswered" in first


def test_outcomes_first_to_latest_with_the_verdict(pages: list[str]) -> None:
    first = _page_one(pages)
    assert contains(first, "Pain now (0–10): 7 (3 Mar 2025) → 3 (review, 7 Apr 2025)")
    assert contains(first, "meaningful improvement")
    assert contains(first, "PEG (pain, enjoyment, activity): 6.33 (3 Mar 2025) → 3.67")


def test_techniques_in_words_never_raw_codes(pages: list[str]) -> None:
    whole = "\n".join(pages)
    assert contains(whole, "Techniques: local needling, distal needling and electroacupuncture")
    assert not re.search(r"[a-z]+_[a-z]+", whole), re.findall(r"\S*[a-z]_[a-z]\S*", whole)


def test_a_technique_given_is_never_called_not_used(pages: list[str]) -> None:
    whole = squash("\n".join(pages))
    # the overridden finding is labelled Overridden and says the technique was given,
    # not the finding's advice ("Do not use electroacupuncture; manual needling only")
    assert squash("OverriddenElectroacupuncture") in whole
    assert squash("manual needling only") not in whole
    assert whole.count(squash("Given at sessions 1–6 with the override.")) == 2
    assert squash("Not usedSP6") in whole  # a point never given may say so
    for line in "\n".join(pages).splitlines():
        if "Electroacupuncture" in line:
            assert "Not used" not in line, line


def test_six_sessions_fit_in_three_pages_and_the_last_page_is_not_just_a_signature(
    pages: list[str],
) -> None:
    assert len(pages) <= 3
    last = pages[-1]
    body = [line for line in last.splitlines() if "Page " not in line and line.strip()]
    assert len(body) > 8, body


def test_the_appendix_lists_the_points_once_and_rows_say_what_changed() -> None:
    changed = samples.session_line(4, points=samples.POINTS[:-1])
    report = pregnant_report()
    report = replace(report, sessions=(*report.sessions[:3], changed, *report.sessions[4:]))
    found = "\n".join(pages_text(render_clinical_report(report)))
    assert squash("BL23 L+R, 1 cun, even") not in squash(found)  # plan table, not per row
    assert found.count("As planned") == 5
    assert contains(found, f"Left out: {samples.POINTS[-1].code}")


def test_body_text_is_at_least_8_5_points(pdf_data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(pdf_data)) as pdf:
        small = {
            (round(char["size"], 2), char["text"])
            for page in pdf.pages
            for char in page.chars
            # a rotated glyph (the chart's axis title) is measured by its width: skip it
            if char["upright"] and char["size"] < 8.5 - 0.01 and char["text"].strip()
        }
    assert not small, sorted(small)[:10]


def test_headings_are_never_the_last_line_of_a_page(pdf_data: bytes) -> None:
    headings = {
        "Summary",
        "Treatment plan",
        "Contraindications and cautions",
        "Sessions",
        "Outcome",
        "Review decisions",
    }
    with pdfplumber.open(io.BytesIO(pdf_data)) as pdf:
        for page in pdf.pages:
            lines = [
                line["text"].strip()
                for line in page.extract_text_lines()
                if line["bottom"] < page.height - 60  # above the footer
            ]
            assert lines and lines[-1] not in headings, lines[-3:]


def test_a_closed_course_without_a_review_says_so() -> None:
    report = pregnant_report(reviews=())
    first = pages_text(render_clinical_report(report))[0]
    assert contains(first, "Course discharged on 14 Apr 2025; no review decision was recorded.")
    assert not contains(first, "No review has been recorded yet")


def test_a_report_without_later_pain_scores_uses_the_sessions_and_says_so() -> None:
    report = pregnant_report(outcomes=(OutcomeScore(OutcomeMeasure.NRS_NOW, START, 7),))
    first = pages_text(render_clinical_report(report))[0]
    assert contains(first, "Pain (0–10) before treatment: 7 at session 1 →")
    assert contains(first, "the sessions' pain before treatment is used")


def test_scores_at_sessions_are_judged_latest_against_baseline_not_the_best_dip() -> None:
    """Issue 16 item 4: 7 -> 5 -> 7 -> 8 is worse, however good session 2 was."""
    day = dt.timedelta(days=7)
    scores = (
        OutcomeScore(OutcomeMeasure.NRS_NOW, START, 7, at_intake=True),
        OutcomeScore(OutcomeMeasure.NRS_NOW, START + day, 5, session_number=2),
        OutcomeScore(OutcomeMeasure.NRS_NOW, START + 3 * day, 7, session_number=4),
        OutcomeScore(OutcomeMeasure.NRS_NOW, START + 5 * day, 8, session_number=6),
        OutcomeScore(OutcomeMeasure.NRS_AVERAGE, START, 6, at_intake=True),
        OutcomeScore(OutcomeMeasure.NRS_AVERAGE, START + 5 * day, 6, session_number=6),
    )
    first = pages_text(render_clinical_report(pregnant_report(outcomes=scores)))[0]
    assert contains(
        first,
        "Average pain this week (0–10): 6 (intake, 3 Mar 2025) → 6 (session 6, 7 Apr 2025): "
        "no change.",
    )
    assert contains(
        first,
        "Pain now (0–10): 7 (intake, 3 Mar 2025) → 8 (session 6, 7 Apr 2025): "
        "worse than at the start.",
    )
    better = (*scores[:3], replace(scores[3], value=4))  # the average left out
    first = pages_text(render_clinical_report(pregnant_report(outcomes=better)))[0]
    assert contains(first, "→ 4 (session 6, 7 Apr 2025): meaningful improvement.")


def test_the_signature_stays_with_the_review_when_the_summary_runs_long() -> None:
    many = tuple(
        AdverseEventLine(AdverseEventKind.BRUISING, AdverseSeverity.MILD, "", f"small bruise {n}")
        for n in range(14)
    )
    report = pregnant_report()
    sessions = tuple(replace(s, adverse_events=many) for s in report.sessions)
    pages = pages_text(render_clinical_report(replace(report, sessions=sessions)))
    with_signature = [page for page in pages if "Signature" in page]
    assert len(with_signature) == 1
    page = with_signature[0]
    assert contains(page, "Discharge at session 6") and contains(page, "Guidelines differ")
    assert pages.index(page) >= 1  # the summary did run over


def test_a_pregnancy_reported_at_a_session_says_when() -> None:
    history = SafetyHistory(pregnant=True, pregnancy_changed_at=3)
    first = pages_text(render_clinical_report(pregnant_report(history=history)))[0]
    assert contains(first, "Pregnant (reported at session 3).")
    ended = SafetyHistory(pregnant=False, pregnancy_changed_at=5)
    first = pages_text(render_clinical_report(pregnant_report(history=ended)))[0]
    assert contains(first, "Not pregnant (since session 5).")
    assert contains(first, "Blood thinners: none in the medication list.")
    assert contains(first, "Implants and devices: none recorded.")


def test_a_block_raised_after_the_technique_was_given_says_given_not_not_used() -> None:
    later = SafetyLine(
        Severity.BLOCK,
        "electroacupuncture",
        "Electroacupuncture is avoided in pregnancy.",
        "Do not use electroacupuncture.",
        given_at=(1, 2, 3),
    )
    found = "\n".join(pages_text(render_clinical_report(pregnant_report(safety=(later,)))))
    assert contains(found, "Given Electroacupuncture Electroacupuncture is avoided in pregnancy.")
    assert contains(found, "Given at sessions 1–3.")
    assert "Not used" not in found
