"""The take-home sheet, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.vocab import CuppingType, MoxaType, PointSide, Technique
from planner.export import aftercare, render_take_home
from planner.export.drawings import point_dots
from planner.export.model import (
    Appointment,
    CuppingLine,
    HomeAdvice,
    MoxaLine,
    PatientBlock,
    PointLine,
)
from tests.unit.export import samples
from tests.unit.export.pdf_reading import contains, font_sizes, pages_text, text


@pytest.fixture(scope="module")
def sheet_text() -> str:
    return text(render_take_home(samples.take_home(session=3, planned=6)))


def test_names_the_clinic_patient_date_and_session(sheet_text: str) -> None:
    for wanted in (
        "Riverside Acupuncture & Back Care",
        "12 Mill Lane",
        "+44 1234 567890",
        "Zoë Łukasz-Papadopoulou",
        "17 Mar 2025",
        "Session 3 of 6",
        "Mei Lin Okafor",
    ):
        assert contains(sheet_text, wanted), wanted


def test_lists_todays_points_by_english_name_with_code_and_side(sheet_text: str) -> None:
    for wanted in (
        "Kidney Shu (BL23), both sides",
        "Lumbar Yang Gate (GV3)",
        "Hua Tuo's Paravertebral Points at L4 (EX-B2:L4), both sides",
        "Yang Mound Spring (GB34), left",
    ):
        assert contains(sheet_text, wanted), wanted


def test_explains_the_techniques_in_everyday_words(sheet_text: str) -> None:
    for technique in samples.TECHNIQUES:
        assert contains(sheet_text, aftercare.WHAT_WAS_DONE[technique])
    assert not contains(sheet_text, aftercare.WHAT_WAS_DONE[Technique.CUPPING])
    assert contains(sheet_text, aftercare.POINTS_EXPLAINED)


def test_how_you_may_feel_aftercare_and_when_to_call(sheet_text: str) -> None:
    for line in (
        *aftercare.HOW_YOU_MAY_FEEL,
        *aftercare.AFTERCARE,
        aftercare.HEAT_ADVISED,
        *aftercare.CALL_THE_CLINIC,
        *aftercare.URGENT_CARE,
    ):
        assert contains(sheet_text, line), line


def test_every_emergency_red_flag_is_on_the_sheet_in_plain_words() -> None:
    assert set(aftercare.EMERGENCY_RED_FLAGS) == aftercare.emergency_flags()
    for words in aftercare.EMERGENCY_RED_FLAGS.values():
        assert words in aftercare.URGENT_CARE


def test_home_advice_ticked_and_the_practitioners_own_line(sheet_text: str) -> None:
    assert contains(sheet_text, aftercare.HOME_ADVICE[HomeAdvice.CORE_EXERCISES])
    assert contains(sheet_text, aftercare.HOME_ADVICE[HomeAdvice.SITTING_BREAKS])
    assert not contains(sheet_text, aftercare.HOME_ADVICE[HomeAdvice.RELAXATION])
    assert contains(sheet_text, "Walk for 20 minutes each day.")


def test_next_appointment_with_its_time(sheet_text: str) -> None:
    assert contains(sheet_text, "Your next appointment")
    assert contains(sheet_text, "Monday 24 March 2025 at 09:30")


def test_several_appointments_and_one_without_a_time() -> None:
    sheet = samples.take_home(
        next_appointments=(
            Appointment(dt.date(2025, 4, 1), dt.time(14, 0)),
            Appointment(dt.date(2025, 4, 8)),
        )
    )
    found = text(render_take_home(sheet))
    assert contains(found, "Your next appointments")
    assert contains(found, "Tuesday 1 April 2025 at 14:00")
    assert contains(found, "Tuesday 8 April 2025, time to be confirmed")
    assert not contains(found, "8 April 2025 at")  # no time is ever invented


def test_appointments_say_how_long_with_whom_and_where() -> None:
    sheet = samples.take_home(
        next_appointments=(
            Appointment(
                dt.date(2026, 12, 14),
                dt.time(10, 30),
                length_minutes=30,
                practitioner="Ada Lovelace",
                room="Room 1",
            ),
            Appointment(dt.date(2026, 12, 21), None, 45, "Ada Lovelace"),
        )
    )
    found = text(render_take_home(sheet))
    assert contains(
        found, "Monday 14 December 2026 at 10:30, 30 minutes, with Ada Lovelace, Room 1"
    )
    assert contains(found, "Monday 21 December 2026, time to be confirmed, with Ada Lovelace")


def test_pain_chart_from_the_second_session_on_with_labelled_axes() -> None:
    first = text(render_take_home(samples.take_home(session=1)))
    second = text(render_take_home(samples.take_home(session=2)))
    assert not contains(first, "Your pain so far")
    for wanted in ("Your pain so far", "Pain (0–10)", "Session", "Before treatment"):
        assert contains(second, wanted), wanted


def test_the_chart_stands_alone_without_appointments() -> None:
    found = text(render_take_home(samples.take_home(session=4, next_appointments=())))
    assert contains(found, "Your pain so far")
    assert not contains(found, "Your next appointment")


def test_cupping_and_moxa_explain_marks_and_warmth() -> None:
    sheet = samples.take_home(
        techniques=samples.TECHNIQUES | {Technique.CUPPING, Technique.MOXIBUSTION},
        cupping=(CuppingLine(CuppingType.WET, ("BL23",), 5),),
        moxibustion=(MoxaLine(MoxaType.STICK, ("GV4",), 10),),
    )
    found = text(render_take_home(sheet))
    for wanted in (
        aftercare.CUPPING_MARKS,
        aftercare.WET_CUPPING,
        aftercare.MOXA_WARMTH,
        aftercare.NO_HEAT_ON_MOXA,
        aftercare.WHAT_WAS_DONE[Technique.MOXIBUSTION],
    ):
        assert contains(found, wanted), wanted


def test_last_session_says_so() -> None:
    found = text(render_take_home(samples.take_home(session=6, planned=6)))
    assert contains(found, "This was the last planned session of your course.")


def test_a_consultation_without_points() -> None:
    found = text(render_take_home(samples.take_home(techniques=frozenset(), points=())))
    assert contains(found, "A talk about your back")
    assert not contains(found, "Points used today")


def test_points_without_a_place_on_the_outline_are_listed_only() -> None:
    sheet = samples.take_home(
        points=(PointLine("Ashi", PointSide.LEFT), PointLine("XX99", PointSide.LEFT))
    )
    found = text(render_take_home(sheet))
    assert contains(found, "(Ashi), left")
    assert contains(found, "XX99")
    assert not contains(found, "Dots mark today's points")


def test_text_is_never_smaller_than_11_points() -> None:
    maximum = samples.take_home(
        techniques=frozenset(Technique),
        cupping=(CuppingLine(CuppingType.DRY, ("BL23",), 10),),
        moxibustion=(MoxaLine(MoxaType.STICK, ("GV4",), 10),),
        advice=frozenset(HomeAdvice),
    )
    for sheet in (samples.take_home(), maximum):
        sizes = font_sizes(render_take_home(sheet))
        used = {size for name, found in sizes.items() if "DejaVu" in name for size in found}
        assert used and min(used) >= 11


@pytest.mark.parametrize("session", [1, 2, 6])
def test_one_or_two_pages_even_with_everything_ticked(session: int) -> None:
    sheet = samples.take_home(
        session=session,
        techniques=frozenset(Technique),
        cupping=(CuppingLine(CuppingType.WET, ("BL23",), 5),),
        moxibustion=(MoxaLine(MoxaType.STICK, ("GV4",), 10),),
        advice=frozenset(HomeAdvice),
        points=(
            *samples.POINTS,
            PointLine("LI4", PointSide.RIGHT),
            PointLine("Ashi", PointSide.LEFT),
        ),
        next_appointments=(
            Appointment(dt.date(2025, 4, 1), dt.time(14, 0)),
            Appointment(dt.date(2025, 4, 8)),
        ),
    )
    assert render_take_home(sheet).page_count <= 2


def test_footer_has_the_patient_and_page_x_of_y() -> None:
    pages = pages_text(render_take_home(samples.take_home()))
    for number, page in enumerate(pages, start=1):
        assert contains(page, f"Page {number} of {len(pages)}")
        assert contains(page, "Zoë Łukasz-Papadopoulou")


def test_no_other_patients_data() -> None:
    other = PatientBlock("Ignatius Quarrington", dt.date(1950, 1, 1), "C-99999")
    mine = text(render_take_home(samples.take_home()))
    theirs = text(render_take_home(samples.take_home(patient=other)))
    assert not contains(mine, "Quarrington")
    assert not contains(theirs, "Łukasz")


def test_demo_clinics_print_demo_on_every_page() -> None:
    demo = replace(samples.CLINIC, demo=True)
    pages = pages_text(render_take_home(samples.take_home(clinic=demo)))
    assert all("DEMO" in page for page in pages)
    assert not any("DEMO" in page for page in pages_text(render_take_home(samples.take_home())))


def test_the_same_sheet_gives_the_same_bytes() -> None:
    assert render_take_home(samples.take_home()).data == render_take_home(samples.take_home()).data


def test_bilateral_points_get_a_dot_on_each_side_and_midline_points_one() -> None:
    dots = point_dots(
        (
            PointLine("BL23", PointSide.BILATERAL),
            PointLine("GV3", PointSide.MIDLINE),
            PointLine("GB34", PointSide.RIGHT),
            PointLine("BL23", PointSide.BILATERAL),  # twice: still two dots
        )
    )
    assert sorted((d.label, d.view.value, d.x) for d in dots) == [
        ("BL23", "back", 0.45),
        ("BL23", "back", 0.55),
        ("GB34", "front", 0.365),
        ("GV3", "back", 0.5),
    ]


def test_a_back_only_picture_sits_beside_the_list() -> None:
    back_only = (PointLine("BL23", PointSide.BILATERAL), PointLine("GV4", PointSide.MIDLINE))
    found = text(render_take_home(samples.take_home(points=back_only)))
    assert contains(found, "Back")
    assert not contains(found, "Front")
    assert contains(found, "Gate of Life (GV4)")


def test_without_home_advice_there_is_no_advice_heading() -> None:
    sheet = samples.take_home(advice=frozenset(), advice_note="  ")
    assert not contains(text(render_take_home(sheet)), "Your home advice")
