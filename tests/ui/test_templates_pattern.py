"""Templates by TCM pattern (issue 17 item 11): the plan drafts they make, the intake's
pattern field that offers the patterns, and the template suggested when a course starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from planner.demo.courses import _moxa as _demo_moxa
from planner.demo.texts import PATTERNS as DEMO_PATTERNS
from planner.domain.catalog import load_catalog
from planner.domain.errors import PlannerError
from planner.domain.plans import validate_plan
from planner.domain.protocols import load_protocols, patterns, protocol, protocol_for_pattern
from planner.domain.vocab import ConsentScope, MoxaType, Technique
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.services.plan_templates import Suggestion, plan_from_protocol
from planner.storage.database import Database
from planner.ui.course.screens import CourseScreens
from planner.ui.course.start_dialog import StartCourseDialog
from planner.ui.course.start_presenter import StartCoursePresenter
from planner.ui.intake.presenter import IntakePresenter
from planner.ui.intake.window import IntakeWindow
from tests.ui.course_fakes import TODAY, CourseClinic, make_clinic
from tests.ui.form_fakes import FakeQuestions

# --- plan drafts from the templates -------------------------------------------------------------


@pytest.mark.parametrize("template", load_protocols(), ids=lambda p: p.id)
def test_every_template_makes_a_valid_plan(template) -> None:
    plan = plan_from_protocol(template)
    clean = validate_plan(plan, frozenset(ConsentScope), load_catalog())
    assert clean.techniques == frozenset(template.techniques)
    assert clean.protocol == template.id
    optional = {p.code for p in template.optional_points}
    assert not optional & set(clean.point_codes)


def test_warming_needle_moxa_and_electroacupuncture_use_different_needles() -> None:
    plan = plan_from_protocol(protocol("chronic_low_back_pain"))
    assert plan.moxibustion is not None and plan.moxibustion.type == MoxaType.WARMING_NEEDLE
    wired = {code for pair in plan.electro for code in (pair.point_a, pair.point_b)}
    assert wired == {"BL23", "BL25"}
    assert plan.moxibustion.sites and not wired & set(plan.moxibustion.sites)


def test_the_neck_template_leaves_gb21_out_of_the_draft() -> None:
    plan = plan_from_protocol(protocol("upper_back_neck_tension"))
    assert "GB21" not in plan.point_codes
    assert plan.cupping is not None and plan.cupping.sites == ("upper back and shoulders",)


def test_pattern_templates_put_moxa_and_cups_where_the_template_says() -> None:
    cold = plan_from_protocol(protocol("cold_damp"))
    assert cold.moxibustion is not None and cold.moxibustion.sites == ("GV3", "BL23", "BL25")
    assert cold.cupping is not None and cold.cupping.sites == ("lumbar paraspinals",)
    yin = plan_from_protocol(protocol("kidney_yin_deficiency"))
    assert yin.moxibustion is None and Technique.MOXIBUSTION not in yin.techniques


# --- the intake's pattern field -------------------------------------------------------------------


def open_intake(qtbot: QtBot, clinic: CourseClinic) -> IntakeWindow:
    service = IntakeService(clinic.db, clinic.ada, AuditTrail(), lambda: TODAY)
    presenter = IntakePresenter(service, FakeQuestions(), clinic.patient, today=lambda: TODAY)
    window = IntakeWindow(presenter, "Zoë O'Brien")
    window.resize(1280, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Choose an entry from the keyboard, as a user would (Down or Up to it)."""
    row = box.findText(text)
    assert row >= 0, text
    box.setFocus()
    steps = row - box.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(box, key)
    assert box.currentText() == text


def save(qtbot: QtBot, window: IntakeWindow) -> None:
    with qtbot.waitSignal(window.intake_saved):
        qtbot.keyClick(
            window.editor.complaint.complaint_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )


def stored_pattern(clinic: CourseClinic) -> str:
    return IntakeService(clinic.db, clinic.ada).latest(clinic.patient).draft.pattern


def test_the_pattern_field_offers_the_template_patterns(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    box = window.editor.style.pattern_box
    assert [box.itemText(i) for i in range(box.count())] == list(patterns())
    assert box.isEditable() and box.currentText() == ""


def test_a_pattern_picked_in_the_intake_is_stored_as_its_text(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    pick(qtbot, window.editor.style.pattern_box, "Kidney yang deficiency")
    assert window.isWindowModified()
    save(qtbot, window)
    assert stored_pattern(clinic) == "Kidney yang deficiency"
    window.close()
    again = open_intake(qtbot, clinic)
    assert again.editor.style.pattern_box.currentText() == "Kidney yang deficiency"


def test_a_pattern_typed_freely_is_kept_as_typed(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    box = window.editor.style.pattern_box
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), "Damp")  # no completion to "Damp-heat"
    qtbot.keyClicks(box.lineEdit(), " and cold, Liver Qi stagnation")
    save(qtbot, window)
    assert stored_pattern(clinic) == "Damp and cold, Liver Qi stagnation"
    assert box.count() == len(patterns())  # typed text is not added to the list


def test_the_pattern_field_is_read_only_with_the_rest(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    style = window.editor.style
    style.set_read_only(True)
    assert style.pattern_box.lineEdit().isReadOnly() and not style.pattern_box.isEnabled()
    style.set_read_only(False)
    assert style.pattern_box.isEnabled() and not style.pattern_box.lineEdit().isReadOnly()


# --- starting a course: the template of the pattern is suggested ------------------------------


def start_dialog(qtbot: QtBot, clinic: CourseClinic, screens: CourseScreens) -> StartCourseDialog:
    dialog = screens.start_dialog(None, clinic.patient, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_the_pattern_picked_in_the_intake_preselects_its_template_and_the_plan_starts_from_it(
    qtbot: QtBot, ui_db: Database
) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    pick(qtbot, window.editor.style.pattern_box, "Cold-damp obstruction")
    save(qtbot, window)
    screens = clinic.screens()
    dialog = start_dialog(qtbot, clinic, screens)
    assert dialog.template_box.isVisibleTo(dialog)
    assert dialog.template_box.currentData() == "protocol:cold_damp"
    assert dialog.template_note.text() == (
        "Suggested for the intake's pattern: Cold-damp obstruction."
    )
    chosen_signal = qtbot.waitSignal(dialog.plan_template_chosen)
    with chosen_signal as chosen, qtbot.waitSignal(dialog.course_started) as started:
        dialog.start_button.click()
    course_id, ref = chosen.args
    assert ref == "protocol:cold_damp" and started.args == [clinic.patient, course_id]
    editor = screens.plan_editor(None, course_id, "Zoë")
    qtbot.addWidget(editor)
    presenter = editor._presenter
    assert presenter.started_from == protocol("cold_damp").name
    assert presenter.plan.point_codes == tuple(p.code for p in protocol("cold_damp").points)
    assert Technique.MOXIBUSTION in presenter.plan.techniques
    again = screens.plan_editor(None, course_id, "Zoë")  # the choice is applied once
    qtbot.addWidget(again)
    assert again._presenter.started_from == ""


def test_another_template_or_none_can_be_chosen(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    pick(qtbot, window.editor.style.pattern_box, "Damp-heat")
    save(qtbot, window)
    dialog = start_dialog(qtbot, clinic, clinic.screens())
    assert dialog.template_box.currentData() == "protocol:damp_heat"
    pick(qtbot, dialog.template_box, "— none: plan from scratch —")
    not_chosen = qtbot.assertNotEmitted(dialog.plan_template_chosen)
    with not_chosen, qtbot.waitSignal(dialog.course_started):
        dialog.start_button.click()


@pytest.mark.parametrize(
    ("pattern", "note"),
    [
        ("", "The intake records no TCM pattern."),
        (
            "Liver Qi <b>stagnation</b>",
            "No template is written for the intake's pattern (Liver Qi <b>stagnation</b>).",
        ),
    ],
)
def test_without_a_matching_pattern_no_template_is_chosen(
    qtbot: QtBot, ui_db: Database, pattern: str, note: str
) -> None:
    clinic = make_clinic(ui_db)
    window = open_intake(qtbot, clinic)
    window.editor.style.pattern_box.setEditText(pattern)
    if pattern:
        save(qtbot, window)
    dialog = start_dialog(qtbot, clinic, clinic.screens())
    assert dialog.template_box.currentData() == ""
    assert dialog.template_note.text() == note  # shown as plain text
    assert dialog.template_note.textFormat() == Qt.TextFormat.PlainText
    pick(qtbot, dialog.template_box, protocol("sciatica").name)
    with qtbot.waitSignal(dialog.plan_template_chosen) as chosen:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args[1] == "protocol:sciatica"


def test_without_templates_the_row_is_hidden(qtbot: QtBot, ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    presenter = StartCoursePresenter(clinic.courses(), clinic.patient, today=lambda: TODAY)
    dialog = StartCourseDialog(presenter, "Zoë")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.template_box.isVisibleTo(dialog)
    assert dialog.template_label.isHidden()
    not_chosen = qtbot.assertNotEmitted(dialog.plan_template_chosen)
    with not_chosen, qtbot.waitSignal(dialog.course_started):
        dialog.start_button.click()


def test_the_suggestion_is_refused_to_reception(ui_db: Database) -> None:
    clinic = make_clinic(ui_db)
    with pytest.raises(PlannerError):
        clinic.templates(clinic.reza).suggested(clinic.patient)
    assert clinic.templates().suggested(clinic.patient) == Suggestion("", "")
    assert clinic.templates().suggested_for("kidney yin deficiency") == (
        "protocol:kidney_yin_deficiency"
    )
    assert clinic.templates().suggested_for("Liver Qi stagnation") is None


# --- the demo follows the same rules ---------------------------------------------------------


def test_demo_warming_needle_moxa_stays_off_electroacupuncture_needles() -> None:
    pairs = [("BL23", "BL25")]
    assert _demo_moxa(MoxaType.WARMING_NEEDLE, ["BL23", "GV4"], pairs) == (
        MoxaType.WARMING_NEEDLE,
        ["GV4"],
    )
    assert _demo_moxa(MoxaType.WARMING_NEEDLE, ["BL23"], pairs) == (MoxaType.STICK, ["BL23"])
    assert _demo_moxa(MoxaType.ON_GINGER, ["BL23"], pairs) == (MoxaType.ON_GINGER, ["BL23"])


def test_demo_patterns_mostly_have_a_template() -> None:
    found = [protocol_for_pattern(text) for text in DEMO_PATTERNS]
    assert {p.id for p in found if p} == {t.id for t in load_protocols() if t.pattern}
    assert found.count(None) == 1  # Liver Qi stagnation: typed freely, no template
