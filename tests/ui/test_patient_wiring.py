"""The patient forms wired into the main window, on a real database: New and Edit patient,
archive, the intake and re-assessment, and the overview at a glance — for a practitioner
and for reception."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.app import build_main_window
from planner.domain.errors import DatabaseUnavailable
from planner.domain.intake import IntakeDraft
from planner.domain.red_flags import RED_FLAGS
from planner.domain.vocab import Condition, PainRegion, RedFlag, Role
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.intake import IntakeService
from planner.services.patients import PatientDirectory
from planner.storage.database import Database
from planner.storage.models import AuditEvent, Course, TreatmentSession
from planner.ui.intake.presenter import Mode
from planner.ui.intake.window import IntakeWindow
from planner.ui.main_window import MainWindow
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.screens import PatientScreens
from planner.ui.questions import DuplicateAnswer, DuplicateChoice, UnsavedAnswer
from planner.ui.registration.dialog import PatientDialog
from planner.ui.settings import UiSettings
from tests.ui.conftest import RecordingPrompts, add_clinic, add_patients, add_user
from tests.ui.form_fakes import FakeQuestions

TODAY = dt.date.today()
NEW_PATIENT = {
    "given_name": "Marguerite",
    "family_name": "Okonkwo-Lindqvist",
    "date_of_birth": "1971-09-30",
    "phone": "+44 7700 900999",
    "email": "marguerite@example.org",
}


@pytest.fixture
def questions() -> FakeQuestions:
    return FakeQuestions()


@pytest.fixture
def ids(ui_db: Database) -> dict[str, int]:
    add_clinic(ui_db, is_demo=False)
    return add_patients(ui_db)


@pytest.fixture
def make_window(
    qtbot: QtBot,
    ui_db: Database,
    tmp_path: Path,
    accounts: AccountService,
    questions: FakeQuestions,
    ids: dict[str, int],
) -> Iterator[Callable[[Actor], MainWindow]]:
    made: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = build_main_window(
            ui_db,
            UiSettings(tmp_path / "settings.ini"),
            RecordingPrompts(),
            actor,
            accounts=accounts,
            questions=lambda: questions,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.blockSignals(True)  # as the session controller closes it: no questions
        window.close()


@pytest.fixture
def practitioner(accounts: AccountService) -> Actor:
    return add_user(accounts, "wei", Role.PRACTITIONER, full_name="Wei Chen")


@pytest.fixture
def reception(accounts: AccountService) -> Actor:
    return add_user(accounts, "rosa", Role.RECEPTION, full_name="Rosa Diaz")


def _open(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.patient_list.search_box.clear()
    window.patient_list.search_box.insert(text)  # QTest types Latin-1 only
    window.patient_list.apply_search_now()
    qtbot.keyClick(window.patient_list.search_box, Qt.Key.Key_Return)


def _patient_dialog(window: MainWindow, key: str) -> PatientDialog:
    dialog = window.open_dialog(key)
    assert isinstance(dialog, PatientDialog) and dialog.isVisible()
    return dialog


def _intake_window(window: MainWindow, patient_id: int) -> IntakeWindow:
    intake = window.open_dialog(f"intake:{patient_id}")
    assert isinstance(intake, IntakeWindow) and intake.isVisible()
    return intake


def _selected_name(window: MainWindow) -> str:
    table = window.patient_list.table
    return str(table.model().index(table.currentIndex().row(), 1).data())


def _add_intake(db: Database, actor: Actor, patient_id: int, **changes: object) -> int:
    service = IntakeService(db, actor, AuditTrail())
    draft = replace(
        IntakeDraft(intake_date=TODAY, pain_regions=frozenset({PainRegion.LOWER_BACK})),
        **changes,
    )
    return service.save(patient_id, draft).id


# --- New patient, from the main window to the list and the overview --------------------------


def test_a_new_patient_typed_and_saved_appears_in_the_list_selected_and_opened(
    qtbot: QtBot, make_window: Callable[[Actor], MainWindow], practitioner: Actor
) -> None:
    window = make_window(practitioner)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    _open(qtbot, window, "chen")  # a search the new patient does not match
    assert window.new_patient_action is not None
    assert window.new_patient_action.shortcut().toString() == "Ctrl+N"
    qtbot.keyClick(
        window.patient_list.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    dialog = _patient_dialog(window, "patient:new")
    assert dialog.windowTitle() == "New patient"

    form = dialog.form_widget
    for name, text in NEW_PATIENT.items():
        form.line_edits[name].setFocus()
        qtbot.keyClicks(form.line_edits[name], text)
    form.sex_box.setCurrentIndex(form.sex_box.findData("female"))
    dialog.save_button.click()

    assert not dialog.isVisible() and window.open_dialog("patient:new") is None
    patients = window.patient_list
    assert patients.search_box.text() == ""  # cleared: the new patient is in the list
    assert patients.count_label.text() == "6 patients"
    assert _selected_name(window) == "Okonkwo-Lindqvist, Marguerite"
    overview = window.overview
    assert overview.name_label.text() == "Marguerite Okonkwo-Lindqvist"
    assert overview.fields["chart_number"].text() == "000006"
    assert overview.fields["phone"].text() == "+44 7700 900999"
    assert overview.glance.course_label.text() == "None under way"
    assert overview.clinical_section.isVisible()  # a practitioner: "No intake yet."
    assert overview.clinical_section.badges.empty_label.text() == "No intake yet."
    assert window.edit_patient_action is not None and window.edit_patient_action.isEnabled()
    assert window.intake_action is not None and window.intake_action.isEnabled()
    assert window.reassessment_action is not None and not window.reassessment_action.isEnabled()


def test_a_possible_duplicate_can_open_the_patient_already_registered(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    reception: Actor,
    questions: FakeQuestions,
    ids: dict[str, int],
) -> None:
    window = make_window(reception)
    questions.duplicates = DuplicateAnswer(DuplicateChoice.OPEN_EXISTING, ids["Liam"])
    window.new_patient_action.trigger()
    dialog = _patient_dialog(window, "patient:new")
    form = dialog.form_widget
    for name, text in {
        "given_name": "Liam",
        "family_name": "Chen",
        "date_of_birth": "2001-01-15",
    }.items():
        form.line_edits[name].setText(text)
    form.sex_box.setCurrentIndex(form.sex_box.findData("male"))
    dialog.save_button.click()

    assert questions.asked == ["duplicates"]
    assert not dialog.isVisible()
    assert window.overview.name_label.text() == "Liam Chen"
    assert _selected_name(window) == "Chen, Liam"
    assert window.patient_list.count_label.text() == "5 patients"  # nobody registered


def test_edit_details_saves_into_the_overview_and_archive_takes_them_off_the_list(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    reception: Actor,
    questions: FakeQuestions,
    ids: dict[str, int],
) -> None:
    window = make_window(reception)
    _open(qtbot, window, "amelia")
    window.edit_patient_action.trigger()
    dialog = _patient_dialog(window, f"patient:{ids['Amelia']}")
    assert dialog.windowTitle() == "Edit patient — chart 000005"
    dialog.form_widget.line_edits["phone"].setText("07700 900111")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert window.overview.fields["phone"].text() == "07700 900111"

    window.edit_patient_action.trigger()
    dialog = _patient_dialog(window, f"patient:{ids['Amelia']}")
    dialog.archive_button.click()
    assert questions.asked == ["archive"]
    assert dialog.archived_label.isVisible()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible()
    assert "Archived" in window.overview.subtitle_label.text()
    patients = window.patient_list
    patients.clear_search()
    assert patients.count_label.text() == "4 patients"
    names = [patients.table.model().index(r, 1).data() for r in range(4)]
    assert not any("Amelia" in name for name in names)

    window.show_archived_action.trigger()  # View ▸ Show archived patients
    assert patients.archived_check.isChecked()
    assert patients.count_label.text() == "5 patients"
    names = [patients.table.model().index(r, 1).data() for r in range(5)]
    assert "Chen, Amelia «Millie» (archived)" in names


def test_closing_a_changed_form_asks_and_keep_editing_stops_signing_out(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    reception: Actor,
    questions: FakeQuestions,
) -> None:
    window = make_window(reception)
    window.new_patient_action.trigger()
    dialog = _patient_dialog(window, "patient:new")
    dialog.form_widget.line_edits["given_name"].setText("Half-typed")

    questions.unsaved = UnsavedAnswer.KEEP_EDITING
    with qtbot.assertNotEmitted(window.sign_out_requested):
        window.sign_out_action.trigger()
    assert questions.asked == ["unsaved"]
    assert dialog.isVisible() and dialog.form_widget.line_edits["given_name"].text() == "Half-typed"

    questions.unsaved = UnsavedAnswer.DISCARD
    with qtbot.waitSignal(window.sign_out_requested, timeout=1000):
        window.sign_out_action.trigger()
    assert questions.asked == ["unsaved", "unsaved"]
    assert window.open_dialog("patient:new") is None


# --- what reception sees, and what its screens never ask for ---------------------------------


def test_reception_gets_no_intake_actions_badges_or_banner_and_never_asks_for_them(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    reception: Actor,
    practitioner: Actor,
    ui_db: Database,
    ids: dict[str, int],
) -> None:
    _add_intake(ui_db, practitioner, ids["Zoë"], red_flags={RedFlag.FEVER: True})
    window = make_window(reception)
    assert window.patient_menu is not None
    texts = [action.text() for action in window.patient_menu.actions() if action.text()]
    assert texts == ["&New patient…", "&Edit details…", "&Documents…"]
    assert window.intake_action is None and window.reassessment_action is None

    _open(qtbot, window, "zoe")
    overview = window.overview
    assert overview.name_label.text() == "Zoë O'Brien-Smith"
    assert not overview.banner.isVisible() and overview.banner.text() == ""
    assert not overview.clinical_section.isVisible() and overview.clinical is None
    visible = [w.text() for w in overview.findChildren(QLabel) if w.isVisible()]
    clinical_words = ("Refer before treating", "Red flags", "intake", "Intake", "Reminders")
    assert not any(word in text for text in visible for word in clinical_words)
    assert (
        overview.glance.course_label.text() == "Active · started 2025-03-03 · 2 of 6 sessions held"
    )
    assert overview.glance.last_label.text().startswith("2025-03-17 · session 2 of 6")

    shown = overview.overview
    assert shown is not None and not shown.clinical_visible
    assert all(
        s.pain_before is None and s.pain_after is None for c in shown.courses for s in c.sessions
    )
    with ui_db.read() as session:  # the service was never asked for anything clinical
        rows = session.scalars(select(AuditEvent).where(AuditEvent.user_id == reception.user_id))
        seen = [(row.action, row.object_type) for row in rows]
    assert ("open_record", "patient") in seen
    assert not any(action == "refused" or kind == "intake" for action, kind in seen)


# --- what a practitioner sees ---------------------------------------------------------------


def test_a_practitioner_sees_the_red_flag_banner_and_the_safety_badges(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    practitioner: Actor,
    ui_db: Database,
    ids: dict[str, int],
) -> None:
    _add_intake(
        ui_db,
        practitioner,
        ids["Zoë"],
        red_flags={RedFlag.UNEXPLAINED_WEIGHT_LOSS: True, RedFlag.FEVER: False},
        conditions={Condition.IMPLANTED_DEVICE: True},
        red_flag_advice="To see her GP this week",
    )
    window = make_window(practitioner)
    _open(qtbot, window, "zoe")
    overview = window.overview
    assert overview.banner.isVisible()
    assert overview.banner.title_label.text() == "Refer before treating"
    assert RED_FLAGS[RedFlag.UNEXPLAINED_WEIGHT_LOSS].message in overview.banner.text()
    chips = [chip.text() for chip in overview.clinical_section.badges.chips]
    assert "Implanted device — no electroacupuncture" in chips
    assert overview.clinical_section.intake_dates == [TODAY.isoformat()]
    assert "7 → 5" in " ".join(w.text() for w in overview.findChildren(QLabel))  # pain shown

    _open(qtbot, window, "liam")  # no intake: no banner left over from Zoë
    assert not overview.banner.isVisible()
    assert overview.clinical_section.badges.empty_label.text() == "No intake yet."


def test_an_intake_saved_from_its_window_refreshes_the_overview(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    practitioner: Actor,
    ids: dict[str, int],
) -> None:
    window = make_window(practitioner)
    _open(qtbot, window, "liam")
    assert not window.overview.banner.isVisible()
    window.intake_action.trigger()
    intake = _intake_window(window, ids["Liam"])
    assert intake.windowTitle().startswith("Intake — Liam Chen")
    assert intake.status_label.text() == "First intake for this patient — not saved yet."
    intake.editor.red_flags.flags[RedFlag.SADDLE_ANAESTHESIA].set_value(True)
    intake.editor.red_flags.advice_box.setPlainText("Sent to the emergency department")
    intake.save_button.click()

    overview = window.overview
    assert overview.banner.isVisible() and overview.banner.emergency
    assert overview.banner.title_label.text() == "Emergency — same day"
    assert overview.clinical_section.intake_dates == [TODAY.isoformat()]
    assert window.reassessment_action.isEnabled()
    intake.reject()
    assert not intake.isVisible()


def test_earlier_intakes_open_read_only_and_a_reassessment_starts_from_the_latest(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    practitioner: Actor,
    ui_db: Database,
    ids: dict[str, int],
) -> None:
    earlier = _add_intake(
        ui_db, practitioner, ids["Zoë"], intake_date=TODAY - dt.timedelta(days=90)
    )
    latest = _add_intake(ui_db, practitioner, ids["Zoë"], complaint="Better since May")
    window = make_window(practitioner)
    _open(qtbot, window, "zoe")
    section = window.overview.clinical_section
    assert section.intake_dates == [
        TODAY.isoformat(),
        (TODAY - dt.timedelta(days=90)).isoformat(),
    ]
    section.intakes_label.linkActivated.emit(f"intake:{earlier}")
    intake = _intake_window(window, ids["Zoë"])
    assert intake._presenter.mode is Mode.READ_ONLY
    assert not intake.save_button.isEnabled()

    section.intakes_label.linkActivated.emit(f"intake:{latest}")
    assert window.open_dialog(f"intake:{ids['Zoë']}") is intake  # one window per patient
    assert intake._presenter.mode is Mode.EDIT

    window.reassessment_action.trigger()
    assert intake._presenter.mode is Mode.NEW
    assert intake.editor.complaint.complaint_box.toPlainText() == "Better since May"
    assert intake.status_label.text().startswith("Re-assessment: copied from the intake of")


def test_at_a_glance_names_the_next_booked_session(
    qtbot: QtBot,
    make_window: Callable[[Actor], MainWindow],
    reception: Actor,
    ui_db: Database,
    ids: dict[str, int],
) -> None:
    with ui_db.write() as session:
        course = session.scalars(select(Course).where(Course.patient_id == ids["Zoë"])).one()
        session.add(
            TreatmentSession(
                course_id=course.id,
                patient_id=ids["Zoë"],
                number=3,
                status="scheduled",
                client_uuid="00000000-0000-0000-0000-000000000003",
                session_date=TODAY,
            )
        )
    window = make_window(reception)
    _open(qtbot, window, "zoe")
    glance = window.overview.glance
    assert glance.next_label.text() == f"today ({TODAY.isoformat()}) · session 3 of 6"
    assert glance.last_label.text() == "2025-03-17 · session 2 of 6 · signed"


def test_the_directory_strips_clinical_content_for_reception(
    ui_db: Database, reception: Actor, ids: dict[str, int]
) -> None:
    overview = PatientDirectory(ui_db, reception, AuditTrail()).overview(ids["Zoë"])
    assert overview is not None and not overview.clinical_visible
    sessions = [s for course in overview.courses for s in course.sessions]
    assert sessions and all(s.pain_before is None and s.pain_after is None for s in sessions)


# --- the clinical part, when it cannot be read or must not be asked for ------------------------


class _RefusingIntakes:
    """Fails every call: reception's screens must never make one."""

    def __init__(self) -> None:
        self.calls = 0

    def __getattr__(self, name: str) -> Callable[..., object]:
        def call(*_args: object, **_kwargs: object) -> object:
            self.calls += 1
            raise DatabaseUnavailable("Lost the connection to the database server.")

        return call


def test_screens_never_ask_the_intake_service_for_reception_and_show_a_failure_for_others(
    qtbot: QtBot, reception: Actor, practitioner: Actor, ui_db: Database, ids: dict[str, int]
) -> None:
    intakes = _RefusingIntakes()
    for_reception = PatientScreens(reception, registry=None, intakes=intakes)  # type: ignore[arg-type]
    assert for_reception.clinical(ids["Zoë"]) is None and intakes.calls == 0
    assert not for_reception.can_take_intakes and for_reception.can_edit_patients

    for_practitioner = PatientScreens(practitioner, registry=None, intakes=intakes)  # type: ignore[arg-type]
    clinical = for_practitioner.clinical(ids["Zoë"])
    assert clinical is not None and clinical.safety is None and intakes.calls == 1
    overview = PatientOverviewWidget()
    qtbot.addWidget(overview)
    overview.show()
    shown = PatientDirectory(ui_db, practitioner, AuditTrail()).overview(ids["Zoë"])
    overview.show_overview(shown, clinical)
    section = overview.clinical_section
    assert section.isVisible() and section.problem_label.isVisible()
    assert section.problem_label.text() == (
        "The safety summary could not be read: Lost the connection to the database server."
    )
    assert not overview.banner.isVisible()
