"""The safety banner and reminder chips render a SafetySummary from the intake service."""

from __future__ import annotations

import datetime as dt
from itertools import count

from planner.domain.intake import IntakeDraft
from planner.domain.red_flags import RED_FLAGS
from planner.domain.vocab import Condition, RedFlag
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService, SafetySummary
from planner.storage.database import Database
from planner.ui.intake.safety_widgets import SafetyBadges, SafetyBanner
from planner.ui.style import CHIP_COLOURS
from tests.helpers.factories import PRACTITIONER, add_patient, add_user

TODAY = dt.date(2026, 11, 22)


_users = count(1)


def summary_for(db: Database, **answers: object) -> SafetySummary:
    actor = add_user(db, f"lin{next(_users)}", PRACTITIONER)
    intake = IntakeService(db, actor, AuditTrail(), lambda: TODAY)
    patient = add_patient(db)
    intake.save(patient, IntakeDraft(intake_date=TODAY, **answers))  # type: ignore[arg-type]
    return intake.safety(patient)


def test_no_red_flags_no_banner(qtbot, sqlite_db: Database) -> None:
    banner = SafetyBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_summary(summary_for(sqlite_db, red_flags={RedFlag.FEVER: False}))
    assert not banner.isVisible() and banner.text() == ""
    banner.set_summary(None)
    assert not banner.isVisible()


def test_a_red_flag_says_refer_before_treating_with_its_message(qtbot, sqlite_db: Database) -> None:
    banner = SafetyBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_summary(summary_for(sqlite_db, red_flags={RedFlag.OSTEOPOROSIS: True}))
    assert banner.isVisible() and not banner.emergency
    assert banner.text().splitlines()[0] == "Refer before treating"
    assert RED_FLAGS[RedFlag.OSTEOPOROSIS].message in banner.text()


def test_cauda_equina_says_emergency_same_day(qtbot, sqlite_db: Database) -> None:
    banner = SafetyBanner()
    qtbot.addWidget(banner)
    banner.show()
    summary = summary_for(
        sqlite_db,
        red_flags={RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION: True, RedFlag.FEVER: True},
    )
    banner.set_summary(summary)
    lines = banner.text().splitlines()
    assert banner.emergency and lines[0] == "Emergency — same day"
    assert "Refer before treating" in lines[1]
    assert len([line for line in lines if line.startswith("• ")]) == 2


def test_badges_are_chips_coloured_by_level(qtbot, sqlite_db: Database) -> None:
    badges = SafetyBadges()
    qtbot.addWidget(badges)
    badges.resize(360, 200)
    badges.show()
    badges.set_summary(SafetySummary((), False, False, (), None))
    assert badges.empty_label.text() == "No intake yet." and badges.chips == []
    summary = summary_for(
        sqlite_db,
        red_flags={RedFlag.FEVER: True},
        conditions={Condition.IMPLANTED_DEVICE: True},
        medications=("Warfarin 3 mg",),
    )
    badges.set_summary(summary)
    assert [chip.property("level") for chip in badges.chips] == ["refer", "block", "warn"]
    assert [chip.text() for chip in badges.chips] == [b.text for b in summary.badges]
    assert not badges.empty_label.isVisible()
    background = CHIP_COLOURS["block"][0]
    assert background in badges.chips[1].styleSheet()
    # a chip longer than the panel wraps inside it instead of being cut off
    long_chip = badges.chips[2]
    qtbot.waitUntil(lambda: long_chip.isVisible() and long_chip.width() < 640)
    assert long_chip.geometry().right() <= badges.width()
    assert long_chip.height() > badges.chips[0].height()
    badges.set_summary(summary_for(sqlite_db, conditions={Condition.DIABETES: False}))
    assert badges.chips == [] and badges.empty_label.isVisible()
    assert badges.empty_label.text() == "No safety reminders from the latest intake."
