"""The parts of the body outline pain is marked in from a list (issue 24's keyboard way to
mark pain): each a box in one view of the outline and the place a mark made from the list
goes, named in the user's language (context "BodyOutline")."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.catalog import View
from planner.domain.i18n import translate
from planner.domain.intake import BodyMark


@dataclass(frozen=True, slots=True)
class PainRegionSpot:
    """A part of the outline pain is marked in from a list: a box in one view, and the
    place a mark made from the list goes (inside the body)."""

    key: str
    label: str
    view: View
    left: float
    top: float
    right: float
    bottom: float
    x: float
    y: float

    def holds(self, mark: BodyMark) -> bool:
        return mark.view == self.view and (
            self.left <= mark.x < self.right and self.top <= mark.y < self.bottom
        )


def pain_regions() -> tuple[PainRegionSpot, ...]:
    """The regions, in the order they are listed (the patient's left is on the left of
    the back view and on the right of the front view). Arms first: they overlap the
    shoulders' band."""
    b, f = View.BACK, View.FRONT
    return (
        PainRegionSpot(
            "arm_left",
            translate("BodyOutline", "Arm and hand, left"),
            b,
            0.0,
            0.18,
            0.3,
            0.6,
            0.2,
            0.42,
        ),
        PainRegionSpot(
            "arm_right",
            translate("BodyOutline", "Arm and hand, right"),
            b,
            0.7,
            0.18,
            1.0,
            0.6,
            0.8,
            0.42,
        ),
        PainRegionSpot(
            "upper_back",
            translate("BodyOutline", "Neck and upper back"),
            b,
            0.0,
            0.1,
            1.0,
            0.33,
            0.5,
            0.22,
        ),
        PainRegionSpot(
            "low_back_left",
            translate("BodyOutline", "Lower back, left"),
            b,
            0.0,
            0.33,
            0.5,
            0.45,
            0.44,
            0.39,
        ),
        PainRegionSpot(
            "low_back_right",
            translate("BodyOutline", "Lower back, right"),
            b,
            0.5,
            0.33,
            1.0,
            0.45,
            0.56,
            0.39,
        ),
        PainRegionSpot(
            "buttock_left",
            translate("BodyOutline", "Sacrum and buttock, left"),
            b,
            0.0,
            0.45,
            0.5,
            0.58,
            0.4,
            0.5,
        ),
        PainRegionSpot(
            "buttock_right",
            translate("BodyOutline", "Sacrum and buttock, right"),
            b,
            0.5,
            0.45,
            1.0,
            0.58,
            0.6,
            0.5,
        ),
        PainRegionSpot(
            "leg_left",
            translate("BodyOutline", "Back of the leg, left"),
            b,
            0.0,
            0.58,
            0.5,
            0.92,
            0.4,
            0.72,
        ),
        PainRegionSpot(
            "leg_right",
            translate("BodyOutline", "Back of the leg, right"),
            b,
            0.5,
            0.58,
            1.0,
            0.92,
            0.6,
            0.72,
        ),
        PainRegionSpot(
            "foot_left", translate("BodyOutline", "Foot, left"), b, 0.0, 0.92, 0.5, 1.01, 0.41, 0.96
        ),
        PainRegionSpot(
            "foot_right",
            translate("BodyOutline", "Foot, right"),
            b,
            0.5,
            0.92,
            1.0,
            1.01,
            0.59,
            0.96,
        ),
        PainRegionSpot(
            "front_trunk",
            translate("BodyOutline", "Front of the trunk"),
            f,
            0.3,
            0.15,
            0.7,
            0.55,
            0.5,
            0.38,
        ),
        PainRegionSpot(
            "front_leg_left",
            translate("BodyOutline", "Front of the leg, left"),
            f,
            0.5,
            0.55,
            1.0,
            1.01,
            0.6,
            0.75,
        ),
        PainRegionSpot(
            "front_leg_right",
            translate("BodyOutline", "Front of the leg, right"),
            f,
            0.0,
            0.55,
            0.5,
            1.01,
            0.4,
            0.75,
        ),
    )


def region_of(mark: BodyMark, regions: tuple[PainRegionSpot, ...]) -> PainRegionSpot | None:
    """The first region holding ``mark`` (None: elsewhere, such as the head)."""
    return next((region for region in regions if region.holds(mark)), None)
