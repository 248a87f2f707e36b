"""A practitioner records a patient's outcome scores through the main window (issue 16):
the overview's "Record scores…" opens the course chart with the quick entry; digits,
Tab and Enter save pain now and the PEG-3 for the next session; the stored rows and the
audit row (no values) are checked at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.services.audit import AuditAction
from planner.storage.models import AuditEvent, OutcomeScore, TreatmentSession
from tests.ui.journey_kit import (
    Journey,
    activate,
    click,
    demo_db,
    journey,
    mid_review_patient,
    open_by_chart,
    owned,
)

__all__ = ["demo_db", "journey"]  # the fixtures, used by name


def test_scores_typed_before_the_next_session_are_stored(qtbot: QtBot, journey: Journey) -> None:
    window = journey.sign_in("practitioner")
    patient_id, number, _planned = mid_review_patient(journey.db)
    open_by_chart(qtbot, window, journey.db, patient_id)
    section = window.overview.progress_section
    progress = section.progress
    assert progress is not None and progress.patient_id == patient_id
    course_id = progress.course_id
    assert "meaningful = at least 2 points or 30 % lower than at the start" in (
        section.milestone_label.text()
    )
    before = journey.last_audit_id()

    click(qtbot, section.scores_button)
    chart = owned(window, f"progress:{course_id}")
    entry = chart.entry
    assert entry is not None and entry.isVisible()
    activate(qtbot, entry)
    assert entry.occasion_box.currentText().startswith(f"Before session {number} (")
    assert QApplication.focusWidget() is entry.edits["pain_now"]
    for key in "5\t6\t4\t3\n":
        focus = QApplication.focusWidget()
        assert focus is not None
        if key == "\t":
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        elif key == "\n":
            qtbot.keyClick(focus, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(focus, key)
    qtbot.waitUntil(lambda: not entry.isVisible(), timeout=2000)
    journey.no_crash()

    with journey.db.read() as db:
        session_id = db.scalar(
            select(TreatmentSession.id).where(
                TreatmentSession.course_id == course_id, TreatmentSession.number == number
            )
        )
        stored = {
            row.measure: row.value
            for row in db.scalars(select(OutcomeScore).where(OutcomeScore.session_id == session_id))
        }
        [event] = db.scalars(
            select(AuditEvent).where(
                AuditEvent.id > before, AuditEvent.action == AuditAction.CREATE
            )
        )
    assert stored == {"nrs_now": 5.0, "nrs_average": 6.0, "peg": 4.33}
    assert (event.object_type, event.object_id, event.patient_id) == (
        "outcome_scores",
        session_id,
        patient_id,
    )
    assert event.detail == {"scope": "session", "measures": ["nrs_now", "nrs_average", "peg"]}
