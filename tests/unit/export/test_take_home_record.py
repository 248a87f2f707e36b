"""The take-home sheet says what matters to this patient, from the record: pregnancy
warning signs, the day's adverse events with what to do, the end of a course with
progress and next steps — and its pages break cleanly however long it runs."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, replace

import pdfplumber
import pytest

from planner.domain.vocab import (
    AdverseEventKind,
    AdverseSeverity,
    CuppingType,
    MoxaType,
    PointSide,
    Technique,
)
from planner.export import adverse_advice, aftercare, render_take_home
from planner.export.model import (
    AdverseEventLine,
    Appointment,
    CourseEnd,
    CuppingLine,
    HomeAdvice,
    MoxaLine,
    PainProgress,
    PointLine,
    TakeHomeSheet,
)
from planner.export.page import RenderedPdf
from planner.export.take_home_parts import ADVICE_NAMES
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, image_count, pages_text, squash, text
from tests.unit.export.test_hostile_text import HOSTILE

K = AdverseEventKind
FAINT = AdverseEventLine(
    K.FAINTING, AdverseSeverity.MODERATE, "Needles out, lay flat with legs raised; recovered."
)
START = samples.START
LAST = START + dt.timedelta(days=35)


def _end(first: float = 7, latest: float = 3, **changes: object) -> CourseEnd:
    values: dict[str, object] = {
        "sessions_held": 6,
        "planned_sessions": 6,
        "start_date": START,
        "progress": PainProgress(first, START - dt.timedelta(days=7), latest, LAST, True),
        "goal_target_pain": None,
    }
    values.update(changes)
    return CourseEnd(**values)  # type: ignore[arg-type]


# --- pregnancy ----------------------------------------------------------------------------


def test_a_pregnant_patient_gets_the_warning_signs_and_the_midwife() -> None:
    found = text(render_take_home(samples.take_home(pregnant=True)))
    for words in (
        aftercare.PREGNANCY_HEADING,
        "Call your midwife or maternity unit at once",
        *aftercare.PREGNANCY_SIGNS,
        aftercare.PREGNANCY_URGENT,
        aftercare.PREGNANCY_DO_NOT_WAIT,
    ):
        assert contains(found, words), words
    for sign in ("bleeding", "contractions", "fluid leaking", "baby moving less"):
        assert contains(found, sign), sign
    assert contains(found, "Get urgent help.")  # the emergency box is still there


def test_no_pregnancy_section_when_not_pregnant() -> None:
    found = text(render_take_home(samples.take_home()))
    assert not contains(found, aftercare.PREGNANCY_HEADING)
    assert not contains(found, "midwife")


# --- the day's adverse events --------------------------------------------------------------


def test_every_adverse_event_kind_has_plain_words_and_advice() -> None:
    assert set(adverse_advice.EVENT_ADVICE) == set(AdverseEventKind)
    for kind, entry in adverse_advice.EVENT_ADVICE.items():
        assert entry.what and entry.advice, kind
        assert "_" not in entry.what, kind  # no raw codes


def test_fainting_is_on_the_days_sheet_with_what_to_do() -> None:
    found = text(render_take_home(samples.take_home(adverse_events=(FAINT,))))
    assert contains(found, adverse_advice.EVENTS_HEADING)
    assert contains(found, "Fainting or feeling faint (moderate)")
    for line in adverse_advice.EVENT_ADVICE[K.FAINTING].advice:
        assert contains(found, line), line
    assert contains(found, "Do not drive today")
    assert contains(found, "What we did: Needles out, lay flat with legs raised; recovered.")


def test_a_sheet_without_events_says_nothing_about_them() -> None:
    found = text(render_take_home(samples.take_home()))
    assert not contains(found, adverse_advice.EVENTS_HEADING)
    assert not contains(found, "Fainting")


def test_a_bruise_normal_fades_cold_pack() -> None:
    bruise = AdverseEventLine(K.BRUISING, AdverseSeverity.MILD, "", "small, BL25 R")
    found = text(render_take_home(samples.take_home(adverse_events=(bruise,))))
    assert contains(found, "A bruise where a needle was (mild)")
    assert contains(found, "fades over several days")
    assert contains(found, "cold pack")
    assert not contains(found, "small, BL25 R")  # the practitioner's note stays in the record
    assert not contains(found, "What we did")  # no action recorded


OTHER_WORDS = "felt hot and shaky"


def test_every_kind_renders_with_its_severity_and_an_other_event_with_its_words() -> None:
    severities = list(AdverseSeverity)
    events = tuple(
        AdverseEventLine(kind, severities[i % 3], "", OTHER_WORDS if kind == K.OTHER else "")
        for i, kind in enumerate(AdverseEventKind)
    )
    found = text(render_take_home(samples.take_home(adverse_events=events)))
    for event in events:
        title = adverse_advice.event_title(event.kind, event.severity, event.description)
        assert contains(found, title), title
    assert contains(found, "Something else happened during treatment: felt hot and shaky")


def test_hostile_event_words_print_as_typed_and_inject_nothing() -> None:
    events = (
        AdverseEventLine(K.OTHER, AdverseSeverity.MILD, HOSTILE.format("F1"), HOSTILE.format("F2")),
        AdverseEventLine(K.BLEEDING, AdverseSeverity.SEVERE, HOSTILE.format("F3")),
    )
    pdf = render_take_home(samples.take_home(adverse_events=events))
    found = squash(text(pdf))
    for token in ("F1", "F2", "F3"):
        assert squash(HOSTILE.format(token)) in found, token
    assert image_count(pdf) == 0


# --- the end of a course ---------------------------------------------------------------------


def _end_sheet(end: CourseEnd, **changes: object) -> str:
    sheet = samples.take_home(session=6, planned=6, course_end=end, next_appointments=())
    return text(render_take_home(replace(sheet, **changes)))  # type: ignore[arg-type]


def test_end_of_course_progress_first_to_latest_and_next_steps() -> None:
    found = _end_sheet(_end(goal_target_pain=3))
    for words in (
        aftercare.COURSE_HEADING,
        "You came to 6 of the 6 planned sessions, from 3 Mar 2025",
        "Your pain at your first assessment (24 Feb 2025): 7 out of 10.",
        "Your pain at your last visit (7 Apr 2025): 3 out of 10.",
        "Your pain is 4 points lower than when we started: a real improvement",
        "Your goal was a pain of 3 out of 10 or lower: reached.",
        aftercare.NEXT_STEPS_HEADING,
        "Keep up what you were shown: your core exercises and regular breaks from sitting.",
        aftercare.FLARE_PLAN,
        aftercare.COME_BACK,
        aftercare.SEE_YOUR_GP,
    ):
        assert contains(found, words), words
    assert not contains(found, aftercare.NOT_IMPROVED_GP)


@pytest.mark.parametrize(
    ("first", "latest", "words"),
    [
        (7, 6, "Your pain is 1 point lower than when we started, less than the change"),
        (5, 5, "Your pain is the same as when we started."),
        (4, 6, "Your pain is 2 points higher than when we started."),
    ],
)
def test_no_real_improvement_says_so_and_sends_to_the_gp(
    first: float, latest: float, words: str
) -> None:
    found = _end_sheet(_end(first, latest, goal_target_pain=2))
    assert contains(found, words)
    assert contains(found, aftercare.NOT_IMPROVED_GP)
    assert contains(found, "Your goal was a pain of 2 out of 10 or lower: not reached yet.")


def test_the_verdict_is_the_latest_against_the_first_not_the_best_dip() -> None:
    # 7 -> ... -> 8: the sheet judges the latest score only.
    found = _end_sheet(_end(7, 8))
    assert contains(found, "Your pain is 1 point higher than when we started.")


def test_end_of_course_without_enough_scores_and_without_advice() -> None:
    found = _end_sheet(_end(progress=None), advice=frozenset(), advice_note="")
    assert contains(found, "We do not have enough pain scores")
    assert contains(found, aftercare.KEEP_ACTIVE)
    assert not contains(found, "Keep up what you were shown")


def test_every_home_advice_has_a_name_for_next_steps() -> None:
    assert set(ADVICE_NAMES) == set(HomeAdvice)


def test_a_session_sheet_has_no_course_summary() -> None:
    found = text(render_take_home(samples.take_home()))
    assert not contains(found, aftercare.COURSE_HEADING)
    assert not contains(found, aftercare.NEXT_STEPS_HEADING)


# --- page breaks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    bold: bool

    @property
    def heading(self) -> bool:
        return self.size > 12 or (self.bold and self.text in SUBHEADINGS)


SUBHEADINGS = {"Points used today", "The gentle electrical pulse ran between"}


def page_lines(pdf: RenderedPdf) -> list[list[Line]]:
    """Each page's lines of text from the top, without the footer (name, page x of y)."""
    pages = []
    with pdfplumber.open(io.BytesIO(pdf.data)) as document:
        for page in document.pages:
            rows: dict[int, list[dict[str, object]]] = {}
            for word in page.extract_words(extra_attrs=["fontname", "size"]):
                rows.setdefault(round(float(word["top"])), []).append(word)
            lines = []
            for top in sorted(rows):
                if top > page.height - 50:
                    continue  # the footer
                words = sorted(rows[top], key=lambda w: float(w["x0"]))  # type: ignore[arg-type]
                lines.append(
                    Line(
                        " ".join(str(w["text"]) for w in words),
                        float(words[0]["size"]),  # type: ignore[arg-type]
                        "Bold" in str(words[0]["fontname"]),
                    )
                )
            pages.append(lines)
    return pages


def _top_bullets(lines: list[Line]) -> int:
    """Bullets at the top of a page before the next heading or bold line (0: the page
    does not start with a bullet)."""
    if not lines or not lines[0].text.startswith("•"):
        return 0
    count = 0
    for line in lines:
        if line.heading or (line.bold and not line.text.startswith("•")):
            break
        count += line.text.startswith("•")
    return count


def check_page_rules(pdf: RenderedPdf) -> None:
    pages = page_lines(pdf)
    plain = pages_text(pdf)
    for number, lines in enumerate(pages, start=1):
        assert lines, f"page {number} is empty"
        if number < len(pages):
            assert not lines[-1].heading, f"page {number} ends with {lines[-1].text!r}"
        if number > 1:
            top = _top_bullets(lines)
            assert top != 1, f"page {number} starts with one bullet alone: {lines[0].text!r}"
            assert len(lines) > 1 or not lines[0].text.startswith("•")
        if contains(plain[number - 1], "Get urgent help."):
            assert contains(plain[number - 1], "When to call"), f"urgent box alone, page {number}"
            assert contains(plain[number - 1], "Call the clinic")


def _long_sheet(words: int, events: int, **changes: object) -> TakeHomeSheet:
    note = " ".join(["Walk gently on level ground"] * words)
    kinds = list(AdverseEventKind)
    sheet = samples.take_home(
        session=6,
        planned=6,
        techniques=frozenset(Technique),
        cupping=(CuppingLine(CuppingType.WET, ("BL23",), 5),),
        moxibustion=(MoxaLine(MoxaType.STICK, ("GV4",), 10),),
        advice=frozenset(HomeAdvice),
        advice_note=note,
        points=(
            *samples.POINTS,
            PointLine("LI4", PointSide.RIGHT),
            PointLine("Ashi", PointSide.LEFT),
            PointLine("BL60", PointSide.BILATERAL),
            PointLine("SI3", PointSide.LEFT),
        ),
        next_appointments=(
            Appointment(dt.date(2025, 4, 28), dt.time(14, 0)),
            Appointment(dt.date(2025, 5, 5)),
        ),
        adverse_events=tuple(
            AdverseEventLine(kinds[i * 3 % len(kinds)], AdverseSeverity.MILD, "Rested 10 minutes.")
            for i in range(events)
        ),
        pregnant=True,
        course_end=_end(),
    )
    return replace(sheet, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("words", [0, 6, 14, 25, 40])
@pytest.mark.parametrize("events", [0, 1, 3])
def test_long_sheets_break_pages_cleanly(words: int, events: int) -> None:
    pdf = render_take_home(_long_sheet(words, events))
    assert pdf.page_count >= 2
    check_page_rules(pdf)


@pytest.mark.parametrize("words", [0, 10, 30])
def test_a_session_sheet_without_extras_breaks_cleanly(words: int) -> None:
    pdf = render_take_home(
        _long_sheet(words, 0, pregnant=False, course_end=None, adverse_events=())
    )
    check_page_rules(pdf)


def test_the_rule_checker_catches_a_lone_bullet() -> None:
    lone = [Line("• one", 11, False), Line("Looking after yourself", 13.2, True)]
    assert _top_bullets(lone) == 1
    pair = [Line("• one", 11, False), Line("more of one", 11, False), Line("• two", 11, False)]
    assert _top_bullets(pair) == 2
