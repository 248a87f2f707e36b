"""The overview's safety reminders on a demo clinic, as the practitioner sees them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.domain.intake import IntakeDraft
from planner.domain.vocab import Condition, RedFlag
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.models import Patient
from tests.ui.journey_kit import TODAY, Journey, demo_db, journey, open_by_chart

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


def test_every_reminder_of_a_patient_is_in_view(qtbot: QtBot, journey: Journey) -> None:
    """Opening a patient with more lines of reminders than the last one: the chips on the
    extra lines were laid out below the row's height (the form kept the height it had
    worked out for the last patient), so a reminder was cut off where nobody saw it."""
    window = journey.sign_in("practitioner")
    window.resize(1297, 706)
    actor = journey.accounts.sign_in("practitioner", "demo-password-1")
    intakes = IntakeService(journey.db, actor, AuditTrail(), lambda: TODAY)
    with journey.db.read() as session:
        patients = list(session.scalars(select(Patient.id).order_by(Patient.id).limit(3)))
    for patient_id in patients[1:]:  # a re-assessment that gives each several reminders
        intakes.save(
            patient_id,
            IntakeDraft(
                intake_date=TODAY,
                red_flags={RedFlag.FEVER: True},
                conditions={Condition.NEEDLE_PHOBIA: True, Condition.METAL_ALLERGY: True},
            ),
        )
    holder = window.overview.clinical_section.badges
    for patient_id in patients:  # one with fewer reminders first, then two with more
        window.patient_list.search_box.clear()
        open_by_chart(qtbot, window, journey.db, patient_id)
        qtbot.waitUntil(lambda p=patient_id: window.overview.patient_id == p, timeout=3000)
        qtbot.wait(30)
        for chip in holder.chips:
            assert chip.isVisible(), chip.text()
            assert holder.rect().contains(chip.geometry()), (patient_id, chip.text())
    assert len(holder.chips) == 3
    journey.no_crash()
