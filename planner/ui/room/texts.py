"""Words the room shows for timer kinds, search areas and patients' names (the clinical
words from the catalogue, planner/domain/wording.py, translated in its context "wording")."""

from __future__ import annotations

from planner.domain import wording
from planner.domain.i18n import translate
from planner.domain.room import SearchArea, TimerKind
from planner.domain.safety import AshiRegion
from planner.domain.vocab import PointSide
from planner.services.room_view import RoomView
from planner.ui.labels import translated
from planner.ui.names import short_name


def timer_labels() -> dict[TimerKind, str]:
    return translated(wording.labels(TimerKind))


def signed_today_text(label: str) -> str:
    """F9 once today's session is signed: nothing is left to time or count."""
    return translate(
        "room",
        "Today's session ({label}) is already signed, so it cannot go into the treatment "
        "room: nothing is left to time or count, and nothing was started. To add to it, "
        "open it from the overview and add an amendment.",
    ).format(label=label)


def timer_short_labels() -> dict[TimerKind, str]:
    """For the strip on the main window, where room is short."""
    return {
        TimerKind.RETENTION: translate("room", "Retention"),
        TimerKind.ELECTRO: translate("room", "EA"),
        TimerKind.CUPPING: translate("room", "Cupping"),
        TimerKind.MOXIBUSTION: translate("room", "Moxa"),
    }


def area_labels() -> dict[SearchArea, str]:
    return translated(wording.labels(SearchArea))


def room_name(view: RoomView) -> str:
    """The patient as the room shows them: first name and initial only (``Zoë O.``)."""
    return short_name(view.given_name, view.family_name)


def point_side_labels() -> dict[PointSide, str]:
    return translated(wording.phrases(PointSide))


def ashi_region_labels() -> dict[AshiRegion, str]:
    """Where a tender (Ashi) point was placed, as the room lists it (the patient's words)."""
    return translated(wording.plains(AshiRegion))


def needles_out_text(accounted: int, needles_in: int) -> str:
    return translate("room", "{out} of %n needle(s) out", None, needles_in).format(out=accounted)
