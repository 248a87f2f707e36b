"""What changed between two treatments: Ashi regions, EA lead sides, session changes."""

from __future__ import annotations

from dataclasses import replace

from planner.domain.courses_diff import (
    ADDED,
    CHANGED,
    REMOVED,
    Difference,
    session_changes,
    treatment_changes,
)
from planner.domain.plans import ElectroPair, Plan, PointChoice
from planner.domain.safety import AshiRegion
from planner.domain.vocab import PointSide, Technique

L, R, B = PointSide.LEFT, PointSide.RIGHT, PointSide.BILATERAL
LUMBOSACRAL, BUTTOCK = AshiRegion.LUMBOSACRAL, AshiRegion.BUTTOCK

BASE = Plan(
    techniques=frozenset({Technique.LOCAL_NEEDLING, Technique.ELECTROACUPUNCTURE}),
    points=(PointChoice("BL23", B), PointChoice("BL25", B), PointChoice("Ashi", R)),
    electro=(ElectroPair("BL23", "BL25"),),
    acupuncture_style="TCM",
    rationale="Chronic low back pain",
    protocol="chronic_low_back_pain",
)


def _texts(before: Plan, after: Plan) -> list[str]:
    return [d.text for d in treatment_changes(before, after)]


def _with_points(*points: PointChoice) -> Plan:
    return replace(BASE, points=(PointChoice("BL23", B), PointChoice("BL25", B), *points))


def test_choosing_an_ashi_region_is_a_change() -> None:
    placed = _with_points(PointChoice("Ashi", R, ashi_region=LUMBOSACRAL))
    assert treatment_changes(BASE, placed) == (
        Difference("points", CHANGED, "Ashi", "R, region not recorded", "R, lumbosacral"),
    )
    moved = _with_points(PointChoice("Ashi", R, ashi_region=BUTTOCK))
    assert _texts(placed, moved) == ["Ashi: R, lumbosacral → R, buttock"]
    assert treatment_changes(placed, placed) == ()


def test_a_changed_region_among_several_ashi_points_is_listed() -> None:
    before = _with_points(
        PointChoice("Ashi", R, ashi_region=LUMBOSACRAL),
        PointChoice("Ashi", L, ashi_region=LUMBOSACRAL),
    )
    after = _with_points(
        PointChoice("Ashi", R, ashi_region=LUMBOSACRAL),
        PointChoice("Ashi", L, ashi_region=BUTTOCK),
    )
    assert _texts(before, after) == [
        "Ashi: L, lumbosacral; R, lumbosacral → L, buttock; R, lumbosacral"
    ]
    # Reordered, the same points: no change.
    assert treatment_changes(before, replace(before, points=before.points[::-1])) == ()


def test_an_added_ashi_point_names_its_region_and_only_ashi_points_carry_one() -> None:
    without = replace(BASE, points=BASE.points[:2])
    texts = _texts(without, _with_points(PointChoice("Ashi", L, ashi_region=BUTTOCK)))
    assert texts == ["Ashi added (L, buttock)", "needles: 4 → 5"]
    assert _texts(BASE, without) == ["Ashi removed", "needles: 5 → 4"]


def test_changed_lead_sides_are_a_change() -> None:
    named = replace(BASE, electro=(ElectroPair("BL23", "BL25", side_a=L),))
    (change,) = treatment_changes(BASE, named)
    assert (change.field, change.kind, change.subject) == ("electro", CHANGED, "BL23–BL25")
    assert change.after.endswith(", leads L–same side")
    assert "leads" not in change.before
    both = replace(BASE, electro=(ElectroPair("BL23", "BL25", side_a=L, side_b=R),))
    assert _texts(named, both)[0].endswith(
        "leads L–same side → dense_disperse 2/100 Hz, 30 min, leads L–R"
    )


def test_the_same_two_points_paired_on_each_side_are_told_apart_by_their_leads() -> None:
    left = ElectroPair("BL23", "BL25", side_a=L, side_b=L)
    right = ElectroPair("BL23", "BL25", side_a=R, side_b=R)
    one = replace(BASE, electro=(left,))
    two = replace(BASE, electro=(left, right))
    assert treatment_changes(one, two) == (
        Difference(
            "electro", ADDED, "BL23 R–BL25 R", after="dense_disperse 2/100 Hz, 30 min, leads R–R"
        ),
    )
    assert treatment_changes(two, one) == (Difference("electro", REMOVED, "BL23 R–BL25 R"),)
    across = ElectroPair("BL23", "BL23", side_a=L, side_b=R)
    assert _texts(one, replace(one, electro=(left, across))) == [
        "BL23–BL23 added (dense_disperse 2/100 Hz, 30 min, leads L–R)"
    ]


def test_a_session_compares_the_treatment_only() -> None:
    """The plan's own texts (style, rationale, protocol) are not a session's changes."""
    session = replace(BASE, acupuncture_style="", rationale="", protocol="", retention_minutes=20)
    assert [d.text for d in session_changes(BASE, session)] == ["retention: 25 min → 20 min"]
    placed = replace(
        session, points=_with_points(PointChoice("Ashi", R, ashi_region=LUMBOSACRAL)).points
    )
    assert [d.subject for d in session_changes(BASE, placed)] == ["Ashi", "retention"]
    assert session_changes(BASE, replace(BASE, rationale="Another reason")) == ()
