"""The intake window, driven like a practitioner would, on a real database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.domain.catalog import View
from planner.domain.intake import MARK_PAIN, MARK_RADIATING, IntakeDraft, TriedBefore
from planner.domain.red_flags import ASKED, RED_FLAGS
from planner.domain.vocab import (
    BodySide,
    Cause,
    Condition,
    ConsentScope,
    PainRegion,
    PriorTreatment,
    RedFlag,
)
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.storage.database import Database
from planner.ui.intake.editor import IntakeEditor
from planner.ui.intake.medications_edit import THINNER_BACKGROUND
from planner.ui.intake.presenter import IntakePresenter
from planner.ui.intake.window import IntakeWindow
from planner.ui.questions import UnsavedAnswer
from tests.helpers.factories import PRACTITIONER, RECEPTION, add_patient, add_user
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date(2026, 11, 22)


def service(db: Database, roles=PRACTITIONER, name: str = "lin") -> IntakeService:
    return IntakeService(db, add_user(db, name, roles, name.title()), AuditTrail(), lambda: TODAY)


def open_window(
    qtbot, svc: IntakeService, patient_id: int, questions: FakeQuestions | None = None
) -> IntakeWindow:
    presenter = IntakePresenter(svc, questions or FakeQuestions(), patient_id, today=lambda: TODAY)
    window = IntakeWindow(presenter, "Zoë O'Brien-Łukasz")
    window.resize(1280, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def click_outline(qtbot, editor: IntakeEditor, view: View, x: float, y: float) -> None:
    outline = editor.complaint.outline
    editor.scroll.ensureWidgetVisible(outline)
    QTest.mouseClick(
        outline, Qt.MouseButton.LeftButton, pos=outline.to_widget(view, x, y).toPoint()
    )


def fill_every_section(qtbot, editor: IntakeEditor) -> None:
    c = editor.complaint
    c.complaint_box.setPlainText("Ache across the low back, into the left leg")
    c.region_boxes[PainRegion.LOWER_BACK].setChecked(True)
    c.region_boxes[PainRegion.SCIATICA].setChecked(True)
    c.side_field.setFocus()
    qtbot.keyClick(c.side_field, Qt.Key.Key_L)  # the first letter picks "Left"
    c.onset_box.setText("2026-06-01")
    c.onset_description_box.setPlainText("Lifting boxes")
    c.cause_box.setCurrentIndex(c.cause_box.findData(Cause.OTHER))
    c.cause_other_box.setText("moving house")
    c.aggravating_box.setPlainText("Sitting")
    c.relieving_box.setPlainText("Walking")
    c.sleep_box.setPlainText("Wakes twice")
    c.work_box.setPlainText("Desk job, breaks hourly")
    click_outline(qtbot, editor, View.BACK, 0.45, 0.42)
    c.spreads_button.click()
    click_outline(qtbot, editor, View.BACK, 0.40, 0.62)

    for name, value in {
        "nrs_now": 6,
        "nrs_worst": 8,
        "nrs_average": 5,
        "peg_pain": 5,
        "peg_enjoyment": 6,
        "peg_activity": 7,
    }.items():
        editor.pain.scores[name].setValue(value)
    editor.tried.checks[PriorTreatment.PHYSIOTHERAPY].setChecked(True)
    editor.tried.outcomes[PriorTreatment.PHYSIOTHERAPY].setText("helped a little")
    editor.tried.checks[PriorTreatment.SURGERY].setChecked(True)
    editor.goals.own_words_box.setPlainText("Play with my grandchildren")
    editor.goals.target_box.setValue(3)
    editor.goals.activities_box.setPlainText("Gardening")

    h = editor.history
    h.conditions[Condition.IMPLANTED_DEVICE].set_value(True)
    h.conditions[Condition.DIABETES].setFocus()
    qtbot.keyClick(h.conditions[Condition.DIABETES], Qt.Key.Key_N)
    h.pregnant_field.set_value(False)
    h.medications_box.setPlainText("Eliquis 5 mg twice daily\nVitamin D")
    h.allergies_box.setPlainText("nickel\nplasters")
    h.other_box.setPlainText("Asthma")
    editor.red_flags.flags[RedFlag.FEVER].set_value(False)
    editor.red_flags.flags[RedFlag.CANCER_HISTORY].set_value(True)
    editor.red_flags.advice_box.setPlainText("Told to see GP this week")
    editor.consent.choices[ConsentScope.NEEDLING].set_value(True)
    editor.consent.choices[ConsentScope.CUPPING].set_value(False)
    editor.consent.dates[ConsentScope.CUPPING].setText("2026-11-20")
    s = editor.style
    s.style_box.setCurrentIndex(s.style_box.findData("tcm"))
    s.tongue_box.setPlainText("pale, thin white coat")
    s.pulse_box.setPlainText("wiry")
    s.pattern_box.setEditText("Qi stagnation")


def test_every_section_saves_and_comes_back_the_same(qtbot, db: Database) -> None:
    svc = service(db)
    patient = add_patient(db)
    window = open_window(qtbot, svc, patient)
    fill_every_section(qtbot, window.editor)
    typed = window.editor.form()
    assert window.isWindowModified()
    with qtbot.waitSignal(window.intake_saved) as saved:
        qtbot.keyClick(
            window.editor.complaint.complaint_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert window.editor.problems.names() and window.message.text == ""
    assert not window.isWindowModified()
    intake_id = saved.args[1]
    stored = svc.get(patient, intake_id).draft
    assert stored.intake_date == TODAY and stored.onset_date == dt.date(2026, 6, 1)
    assert stored.pain_regions == {PainRegion.LOWER_BACK, PainRegion.SCIATICA}
    assert stored.sciatica_side is BodySide.LEFT
    assert [(m.view, m.kind) for m in stored.body_marks] == [
        (View.BACK, MARK_PAIN),
        (View.BACK, MARK_RADIATING),
    ]
    assert stored.cause is Cause.OTHER and stored.cause_other == "moving house"
    assert (stored.peg_pain, stored.peg_enjoyment, stored.peg_activity) == (5, 6, 7)
    assert stored.tried == (
        TriedBefore(PriorTreatment.PHYSIOTHERAPY, "helped a little"),
        TriedBefore(PriorTreatment.SURGERY, ""),
    )
    assert stored.conditions == {Condition.IMPLANTED_DEVICE: True, Condition.DIABETES: False}
    assert stored.medications == ("Eliquis 5 mg twice daily", "Vitamin D")
    assert stored.allergies == ("nickel", "plasters")
    assert stored.pregnant is False and stored.gestation_weeks is None
    assert stored.red_flags == {RedFlag.FEVER: False, RedFlag.CANCER_HISTORY: True}
    assert stored.acupuncture_style == "tcm" and stored.pattern == "Qi stagnation"
    consents = svc.consents(patient)
    assert (
        consents[ConsentScope.NEEDLING].given
        and consents[ConsentScope.NEEDLING].consent_date == TODAY
    )
    assert consents[ConsentScope.CUPPING].given is False
    assert consents[ConsentScope.CUPPING].consent_date == dt.date(2026, 11, 20)
    assert set(consents) == {ConsentScope.NEEDLING, ConsentScope.CUPPING}

    window.close()
    again = open_window(qtbot, svc, patient)
    assert again.editor.form() == typed
    assert again.history_box.currentText() == "2026-11-22 (latest)"
    assert again.editor.complaint.duration_label.text() == "Chronic (≥ 12 weeks)"
    assert again.editor.pain.peg_label.text() == "6.0 of 10"


def test_a_click_on_the_outline_becomes_a_saved_mark(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    editor = window.editor
    click_outline(qtbot, editor, View.FRONT, 0.5, 0.45)
    assert window.isWindowModified()
    editor.complaint.spreads_button.click()
    click_outline(qtbot, editor, View.BACK, 0.42, 0.7)
    window.save_button.click()
    (first, second) = svc.latest(patient).draft.body_marks
    assert (first.view, first.kind) == (View.FRONT, MARK_PAIN)
    assert abs(first.x - 0.5) < 0.02 and abs(first.y - 0.45) < 0.02
    assert (second.view, second.kind) == (View.BACK, MARK_RADIATING)
    editor.complaint.clear_marks_button.click()
    assert editor.complaint.outline.marks() == () and window.isWindowModified()


def test_a_red_flag_yes_shows_the_banner_and_cauda_equina_says_emergency(
    qtbot, sqlite_db: Database
) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    banner = editor.banner
    assert not banner.isVisible() and not editor.red_flags.advice_box.isVisible()
    fever = editor.red_flags.flags[RedFlag.FEVER]
    fever.setFocus()
    qtbot.keyClick(fever, Qt.Key.Key_Y)
    assert banner.isVisible() and not banner.emergency
    assert banner.text().startswith("Refer before treating")
    assert RED_FLAGS[RedFlag.FEVER].message in banner.text()
    assert editor.red_flags.advice_box.isVisible()
    assert editor.red_flags.advice_label.text() == "Advice given *"

    saddle = editor.red_flags.flags[RedFlag.SADDLE_ANAESTHESIA]
    saddle.buttons[0].click()  # "Yes"
    assert banner.emergency and banner.text().startswith("Emergency — same day")
    saddle.buttons[0].click()  # a second click clears the answer
    assert saddle.value() is None and not banner.emergency
    qtbot.keyClick(fever, Qt.Key.Key_Delete)
    assert not banner.isVisible()


def test_a_blood_thinner_line_is_highlighted_with_a_note(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    history = window.editor.history
    box = history.medications_box
    box.setFocus()
    qtbot.keyClicks(box, "Vitamin D")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "apixaban 5mg bd")
    assert history.thinner_note.isVisible()
    assert history.thinner_note.text() == "Blood thinner recognised: apixaban"

    def background(line: int) -> QColor | None:
        formats = box.document().findBlockByNumber(line).layout().formats()
        return formats[0].format.background().color() if formats else None

    assert background(0) is None
    assert background(1) == THINNER_BACKGROUND
    box.setPlainText("Vitamin D")
    assert not history.thinner_note.isVisible()


def test_the_duration_class_follows_the_onset_date(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    complaint = window.editor.complaint
    assert complaint.duration_label.text() == ""
    complaint.onset_box.setFocus()
    qtbot.keyClicks(complaint.onset_box, "2026-11-01")
    assert complaint.duration_label.text() == "Acute (< 6 weeks)"
    complaint.onset_box.setText("2026-10-01")
    assert complaint.duration_label.text() == "Subacute (6–12 weeks)"
    complaint.onset_box.setText("2026-08-24")
    assert complaint.duration_label.text() == "Chronic (≥ 12 weeks)"
    complaint.onset_box.setText("2026-08-")
    assert complaint.duration_label.text() == ""


def test_problems_are_shown_at_their_fields_and_everything_kept(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    editor = window.editor
    editor.complaint.complaint_box.setPlainText("Sore")
    editor.complaint.onset_box.setText("2027-01-01")
    editor.complaint.region_boxes[PainRegion.SCIATICA].setChecked(True)
    editor.pain.scores["peg_pain"].setValue(4)
    editor.consent.choices[ConsentScope.NEEDLING].set_value(True)
    editor.consent.dates[ConsentScope.NEEDLING].setText("someday")
    typed = editor.form()
    window.save_button.click()
    problems = editor.problems
    assert problems.text("onset_date") == "Onset: cannot be in the future."
    assert problems.text("sciatica_side").startswith("Sciatica: which leg")
    assert problems.text("peg_pain") == "PEG: answer all three questions, or none."
    assert problems.text("consent_needling") == "Consent date: a real date as YYYY-MM-DD."
    assert problems.is_marked("onset_date") and not problems.is_marked("complaint")
    assert editor.form() == typed and svc.history(patient) == []
    qtbot.waitUntil(editor.complaint.side_field.hasFocus)  # the first field at fault


def test_reassessment_and_reading_an_earlier_intake(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    first = svc.save(patient, IntakeDraft(intake_date=dt.date(2026, 8, 1), nrs_now=7))
    window = open_window(qtbot, svc, patient)
    assert window.save_button.isEnabled() and window.editor.pain.scores["nrs_now"].value() == 7
    window.reassess_button.click()
    assert window.history_box.currentText() == "New — not saved yet"
    assert window.editor.complaint.intake_date_box.text() == "2026-11-22"
    window.editor.pain.scores["nrs_now"].setValue(3)
    window.save_button.click()
    assert [row[1] for row in svc.history(patient)] == [TODAY, dt.date(2026, 8, 1)]
    assert window.history_box.count() == 2

    window.history_box.setCurrentIndex(1)
    window.history_box.activated.emit(1)
    assert window.editor.pain.scores["nrs_now"].value() == 7
    assert not window.save_button.isEnabled()
    assert window.editor.pain.scores["nrs_now"].isReadOnly()
    assert "read only" in window.status_label.text()
    assert svc.get(patient, first.id).draft.nrs_now == 7


def test_switching_intakes_with_unsaved_changes_asks_first(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    svc.save(patient, IntakeDraft(intake_date=dt.date(2026, 8, 1), nrs_now=7))
    svc.save(patient, IntakeDraft(intake_date=dt.date(2026, 11, 1), nrs_now=5))
    questions = FakeQuestions(unsaved=UnsavedAnswer.KEEP_EDITING)
    window = open_window(qtbot, svc, patient, questions)
    window.editor.pain.scores["nrs_now"].setValue(2)
    window.history_box.setCurrentIndex(1)
    window.history_box.activated.emit(1)
    assert questions.asked == ["unsaved"]
    assert window.history_box.currentIndex() == 0  # stayed on the latest
    assert window.editor.pain.scores["nrs_now"].value() == 2
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and questions.asked == ["unsaved", "unsaved"]
    questions.unsaved = UnsavedAnswer.DISCARD
    window.close()
    assert not window.isVisible()
    assert svc.latest(patient).draft.nrs_now == 5


def test_reception_sees_a_plain_message_instead_of_the_form(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db, RECEPTION, "reza"), add_patient(sqlite_db))
    assert window.pages.currentWidget() is window.unavailable_label
    assert window.unavailable_label.text().startswith(
        "Your account (reza) is not allowed to open clinical records."
    )
    assert not window.save_button.isEnabled() and not window.reassess_button.isEnabled()
    window.close()
    assert not window.isVisible()


def test_sections_are_reached_with_alt_and_their_number(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.red_flags.none_button.hasFocus)  # the group's "None of these"
    qtbot.keyClick(editor.red_flags.none_button, Qt.Key.Key_Tab)
    first_flag = editor.red_flags.flags[RedFlag.SADDLE_ANAESTHESIA]
    qtbot.waitUntil(first_flag.hasFocus)
    viewport = editor.scroll.viewport()
    top_left = first_flag.mapTo(viewport, QPoint(0, 0))
    assert 0 <= top_left.y() < viewport.height()


def test_saving_on_closing_is_announced(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    questions = FakeQuestions(unsaved=UnsavedAnswer.SAVE)
    window = open_window(qtbot, svc, patient, questions)
    window.editor.red_flags.flags[RedFlag.FEVER].set_value(True)
    with qtbot.waitSignal(window.intake_saved) as saved:
        window.close()
    assert not window.isVisible() and questions.asked == ["unsaved"]
    assert saved.args == [patient, svc.latest(patient).id]
    assert svc.safety(patient).refer


# --- issue 15 items 6 and 7 -------------------------------------------------------------


def _set_patient(db: Database, patient_id: int, **values: object) -> None:
    from planner.storage.models import Patient

    with db.write() as session:
        patient = session.get(Patient, patient_id)
        for name, value in values.items():
            setattr(patient, name, value)


def test_no_to_blood_thinners_beside_eliquis_must_be_reconciled_before_saving(
    qtbot, sqlite_db: Database
) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    history = window.editor.history
    box = history.reconcile[Condition.ANTICOAGULANT_THERAPY]
    history.medications_box.setFocus()
    qtbot.keyClicks(history.medications_box, "Eliquis 5 mg twice daily")
    question = history.conditions[Condition.ANTICOAGULANT_THERAPY]
    qtbot.mouseClick(question.buttons[1], Qt.MouseButton.LeftButton)  # "No"
    assert question.value() is False
    assert box.isVisibleTo(window) and "apixaban" in box.message_label.text()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    problem = window.editor.problems.text("condition_anticoagulant_therapy")
    assert problem.startswith("Blood thinners: answered No") and "apixaban" in problem
    assert svc.latest(patient) is None  # nothing saved
    assert history.medications_box.toPlainText() == "Eliquis 5 mg twice daily"  # kept
    assert question.value() is False
    box.note_edit.setFocus()
    qtbot.keyClicks(box.note_edit, "Stopped on 2026-11-15 before surgery")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = svc.latest(patient)
    assert saved is not None
    assert saved.draft.answer_notes == {
        Condition.ANTICOAGULANT_THERAPY: "Stopped on 2026-11-15 before surgery"
    }
    assert saved.draft.conditions[Condition.ANTICOAGULANT_THERAPY] is False
    window.close()
    again = open_window(qtbot, svc, patient)
    box = again.editor.history.reconcile[Condition.ANTICOAGULANT_THERAPY]
    assert box.isVisibleTo(again) and box.note_edit.text().startswith("Stopped on")
    qtbot.mouseClick(box.yes_button, Qt.MouseButton.LeftButton)  # or change the answer
    assert again.editor.history.conditions[Condition.ANTICOAGULANT_THERAPY].value() is True
    qtbot.keyClick(again, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    latest = svc.latest(patient)
    assert latest is not None and latest.draft.answer_notes == {}
    assert latest.draft.conditions[Condition.ANTICOAGULANT_THERAPY] is True


def test_none_of_these_answers_a_group_no_from_the_keyboard(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    button = editor.history.none_button
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert all(field.value() is False for field in editor.history.conditions.values())
    flags = editor.red_flags
    flags.flags[RedFlag.FEVER].setFocus()
    qtbot.keyClick(flags.flags[RedFlag.FEVER], Qt.Key.Key_Y)  # one Yes
    assert not flags.none_button.isEnabled()  # never turns a Yes into a No
    qtbot.keyClick(flags.flags[RedFlag.FEVER], Qt.Key.Key_Delete)
    assert flags.none_button.isEnabled()
    qtbot.mouseClick(flags.none_button, Qt.MouseButton.LeftButton)
    assert all(field.value() is False for field in flags.flags.values())
    assert not editor.banner.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = svc.latest(patient)
    assert saved is not None
    assert saved.draft.conditions == {c: False for c in Condition}
    assert saved.draft.red_flags == dict.fromkeys(ASKED, False)  # the derived ones not asked


def test_pregnant_now_is_not_asked_of_an_80_year_old_but_can_be(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    old = add_patient(sqlite_db, "Edith", "Okafor")
    _set_patient(sqlite_db, old, date_of_birth=dt.date(1946, 3, 2))
    window = open_window(qtbot, svc, old)
    history = window.editor.history
    assert not history.pregnancy_asked and history.ask_pregnancy_button.isVisibleTo(window)
    qtbot.mouseClick(history.ask_pregnancy_button, Qt.MouseButton.LeftButton)
    assert history.pregnancy_asked and history.pregnant_field.hasFocus()
    window.close()
    young = add_patient(sqlite_db, "Ana", "Silva")  # born 1985, female: asked
    window = open_window(qtbot, svc, young)
    assert window.editor.history.pregnancy_asked
    window.close()
    unknown = add_patient(sqlite_db, "Sam", "Reyes")
    _set_patient(sqlite_db, unknown, sex="undisclosed", date_of_birth=dt.date(1950, 1, 1))
    assert not open_window(qtbot, svc, unknown).editor.history.pregnancy_asked  # 76
    _set_patient(sqlite_db, unknown, date_of_birth=dt.date(1990, 1, 1))
    assert open_window(qtbot, svc, unknown).editor.history.pregnancy_asked  # sex unknown


def test_the_intake_needs_less_scrolling_at_1366_by_768(qtbot, sqlite_db: Database) -> None:
    window = open_window(qtbot, service(sqlite_db), add_patient(sqlite_db))
    window.resize(1366 - 40, 768 - 60)  # as _fit_to_screen sizes it on that screen
    editor = window.editor
    qtbot.waitUntil(lambda: editor.two_columns)
    scroll = editor.scroll

    def pages() -> float:
        page = scroll.widget()
        qtbot.wait(50)  # the layout settles
        assert page.width() <= scroll.viewport().width()  # never scrolled sideways
        return page.height() / scroll.viewport().height()

    two = pages()
    editor._arrange("one")  # the page as it was: one section under another
    one = pages()
    assert two <= 0.85 * one, (two, one)  # 2.9 pages against 3.5
    # before issue 15: 4.1 pages, one question to a line; issue 17 asks 8 more red flags
    assert two <= 3.4, two


def test_a_consent_declined_with_an_earlier_date_is_the_answer_that_counts(
    qtbot, sqlite_db: Database
) -> None:
    """Found by the intake robot: the latest answer was the one with the latest date, so
    a consent corrected to Declined on an earlier day still read as given."""
    from planner.storage.queries.courses import consents_now

    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    consent = window.editor.consent
    cupping = ConsentScope.CUPPING
    qtbot.mouseClick(consent.choices[cupping].buttons[0], Qt.MouseButton.LeftButton)  # Given
    consent.dates[cupping].setText("2026-11-20")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(consent.choices[cupping].buttons[1], Qt.MouseButton.LeftButton)  # Declined
    consent.dates[cupping].setText("2026-11-01")  # the day the patient actually said no
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.close()
    again = open_window(qtbot, svc, patient)
    assert again.editor.consent.choices[cupping].value() is False
    assert again.editor.consent.dates[cupping].text() == "2026-11-01"
    with sqlite_db.read() as session:
        assert cupping not in consents_now(session, patient)


# --- a score box clicked into with the mouse ---------------------------------------------


def test_pain_scores_clicked_into_take_the_digit_typed(qtbot, sqlite_db: Database) -> None:
    svc = service(sqlite_db)
    patient = add_patient(sqlite_db)
    window = open_window(qtbot, svc, patient)
    editor = window.editor
    for box, digit in (
        (editor.pain.scores["nrs_now"], "6"),
        (editor.pain.scores["nrs_worst"], "8"),
        (editor.goals.target_box, "3"),
    ):
        editor.scroll.ensureWidgetVisible(box)
        assert box.text() == "not asked"
        line = box.lineEdit()
        QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
        assert QApplication.focusWidget() is box
        qtbot.keyClicks(QApplication.focusWidget(), digit)
        assert box.score() == int(digit)
    worst = editor.pain.scores["nrs_worst"]
    line = worst.lineEdit()
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 4, 4))
    qtbot.keyClick(worst, Qt.Key.Key_Backspace)  # the cursor after "8": back to not asked
    assert worst.score() is None
    assert window.isWindowModified()
    window.save_button.click()
    stored = svc.latest(patient).draft
    assert (stored.nrs_now, stored.nrs_worst, stored.goal_target_pain) == (6, None, 3)
