"""What the end-to-end journeys share: a small fictional demo clinic, the application as
``app.py`` composes it (session controller, sign-in dialog, one main window per user),
every question and file dialog answered by the test instead of a modal dialog, and a
crash handler that records instead of showing a dialog.

A journey uses the window only through keys, clicks, menu actions (their shortcuts or
``QAction.trigger()``), real combo boxes and real check boxes; the services are called
directly only to set the clinic up and to read what was stored at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from planner.app import build_main_window
from planner.demo import DEMO_PASSWORD, DemoGenerator
from planner.domain.errors import PlannerError
from planner.domain.patients import PatientDraft
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit import AuditTrail
from planner.services.clinic import ClinicService
from planner.services.registry import PatientRegistry
from planner.storage.database import Database
from planner.storage.models import AuditEvent
from planner.ui.documents.output import documents_folder
from planner.ui.errors import CrashHook, CrashReport
from planner.ui.main_window import MainWindow
from planner.ui.settings import UiSettings
from planner.ui.signin.controller import SignInController
from planner.ui.signin.dialogs import SignInDialog
from tests.ui.conftest import FAST_HASHER, RecordingPrompts
from tests.ui.course_fakes import FakeCourseQuestions
from tests.ui.form_fakes import FakeQuestions
from tests.ui.room_fixtures import SoundRecorder, WallClock

TODAY = dt.date(2026, 11, 2)  # the demo's "today": earlier sessions signed, later booked
DEMO_PATIENTS = 30
NEW_PATIENT = PatientDraft(  # fictional: registered by reception the morning of the journey
    given_name="Nadia",
    family_name="Quillfeather",
    date_of_birth=dt.date(1979, 4, 12),
    sex="female",
    phone="07700 900321",
)


class FileChooser:
    """Answers the Save As file chooser: the suggested name, in ``folder``; remembers
    where the chooser opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[Path] = []
        self.saved: list[Path] = []
        self.titles: list[str] = []

    def __call__(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        if title == "Save the document as":
            assert "*.pdf" in filters
        self.titles.append(title)
        self.suggested.append(Path(suggested))
        path = self.folder / Path(suggested).name
        self.saved.append(path)
        return str(path)


@dataclass
class Journey:
    """The running application on a demo clinic, and what its dialogs were asked."""

    qtbot: QtBot
    db: Database
    folder: Path
    audit: AuditTrail = field(default_factory=AuditTrail)
    prompts: RecordingPrompts = field(default_factory=RecordingPrompts)
    questions: FakeQuestions = field(default_factory=FakeQuestions)
    course_questions: FakeCourseQuestions = field(default_factory=FakeCourseQuestions)
    clock: WallClock = field(default_factory=WallClock)
    sound: SoundRecorder = field(default_factory=SoundRecorder)
    crashes: list[CrashReport] = field(default_factory=list)
    problems: list[PlannerError] = field(default_factory=list)
    controller: SignInController | None = None

    def __post_init__(self) -> None:
        self.documents_home = documents_folder()  # where Save As first opens: never written
        self.chooser = FileChooser(self.folder / "letters")
        self.chooser.folder.mkdir()
        self.settings = UiSettings(self.folder / "settings.ini")
        self.accounts = AccountService(
            self.db, self.audit, hasher=FAST_HASHER, workstation="room-1"
        )
        self.hook = CrashHook(self.crashes.append, expected=self.problems.append)

    # --- the application ----------------------------------------------------------------

    def start(self) -> SignInDialog:
        """Install the crash handler and show the sign-in dialog, as ``run_gui`` does."""
        self.hook.install()  # after pytest-qt's own hook: slot errors reach ours
        self.controller = SignInController(
            self.accounts,
            self._window,
            ClinicService(self.db, self.audit),
            exit_app=lambda _code: None,
            prompts=self.prompts,
        )
        dialog = self.controller.start()
        assert isinstance(dialog, SignInDialog)
        self.qtbot.addWidget(dialog)
        return dialog

    def _window(self, actor: Actor) -> MainWindow:
        window = build_main_window(
            self.db,
            self.settings,
            self.prompts,
            actor,
            accounts=self.accounts,
            audit=self.audit,
            questions=lambda: self.questions,
            course_questions=lambda: self.course_questions,
            today=lambda: TODAY,
            room_clock=self.clock,
            room_sound=self.sound,
            choose_file=self.chooser,  # the app's own Save As, its file chooser answered
        )
        self.qtbot.addWidget(window)
        return window

    def sign_in(self, username: str, password: str = DEMO_PASSWORD) -> MainWindow:
        """Type the user name and password into the sign-in dialog and press Enter."""
        dialog = self.start()
        dialog.show()
        self.qtbot.waitExposed(dialog)
        form = dialog.form
        self.qtbot.keyClicks(form.username_box, username)
        self.qtbot.keyClick(form.username_box, Qt.Key.Key_Tab)
        self.qtbot.keyClicks(form.password_box, password)
        self.qtbot.keyClick(form.password_box, Qt.Key.Key_Return)
        assert self.controller is not None
        self.qtbot.waitUntil(lambda: self.controller.current_window is not None, timeout=5000)
        window = self.controller.current_window
        assert window is not None
        self.qtbot.waitExposed(window)
        self.no_crash()
        return window

    def close(self) -> None:
        if self.controller is not None:
            self.controller.shut_down()
        self.hook.uninstall()

    # --- what a person sees -------------------------------------------------------------

    def no_crash(self) -> None:
        """Nothing reached the crash handler (its report in the failure when it did)."""
        assert not self.crashes, "\n\n".join(report.text() for report in self.crashes)

    def errors_shown(self) -> list[tuple[str, str, str]]:
        return [shown for shown in self.prompts.shown if shown[0] == "error"]

    def audit_actions(self, since: int = 0) -> list[tuple[str, str, int | None]]:
        """(action, object type, patient id) of every audit row after id ``since``, in order."""
        with self.db.read() as session:
            rows = session.execute(
                select(AuditEvent.action, AuditEvent.object_type, AuditEvent.patient_id)
                .where(AuditEvent.id > since)
                .order_by(AuditEvent.id)
            ).all()
        return [(str(a), str(e), p) for a, e, p in rows]

    def last_audit_id(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) or 0


def visible_text(widget: QWidget) -> str:
    """Every label and button text shown in ``widget``, joined by " | " — once the
    widgets a redraw added are shown and those it removed are gone, as they are by the
    time anyone looks."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible() and w.text()]
    return " | ".join(texts)


def menu_texts(window: MainWindow) -> list[str]:
    """The text of every action in the window's menus (mnemonics removed)."""
    texts = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        texts += [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    return texts


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Bring ``window`` to the front, as a click on it would."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def press(qtbot: QtBot, window: QWidget, action: QAction | None) -> None:
    """A menu item, chosen as a user would: its shortcut in the active window, or the
    item itself when it has none."""
    assert action is not None and action.isEnabled(), action
    keys = action.shortcut()
    if keys.isEmpty():
        action.trigger()
        return
    activate(qtbot, window)
    with qtbot.waitSignal(action.triggered, timeout=1000):
        combo = keys[0]
        focus = QApplication.focusWidget()
        target = focus if focus is not None and focus.window() is window else window
        qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def top_level(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _build_demo_clinic(db: Database) -> None:
    DemoGenerator(db, today=TODAY, hasher=FAST_HASHER).generate(patients=DEMO_PATIENTS, seed=1)
    reception = AccountService(db, AuditTrail(), hasher=FAST_HASHER).sign_in(
        "reception", DEMO_PASSWORD
    )
    PatientRegistry(db, reception, AuditTrail(), lambda: TODAY).register(NEW_PATIENT)


@pytest.fixture
def demo_db(built_database: Any) -> Database:
    """A small fictional demo clinic (accounts practitioner, reception and admin with the
    demo password), and one new patient registered by reception; built once per run and
    copied for each journey."""
    db, _ = built_database("journey-demo-clinic", _build_demo_clinic)
    return db


@pytest.fixture
def journey(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[Journey]:
    folder = tmp_path / "journey"
    folder.mkdir()
    running = Journey(qtbot, demo_db, folder)
    try:
        yield running
    finally:
        running.close()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A left click on a button the user can see and press (once it is laid out: a
    widget shown a moment ago gets its size on the next turn of the event loop)."""
    assert button.isVisibleTo(button.window()) and button.isEnabled(), button.text()
    qtbot.waitUntil(lambda: button.isVisible() and not button.size().isEmpty(), timeout=1000)
    if isinstance(button, QCheckBox | QRadioButton):  # on the box: a wide one's middle is
        at = QPoint(min(6, button.width() // 2), button.height() // 2)  # past its text
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def owned(window: MainWindow, key: str) -> QWidget:
    """The window the main window opened under ``key`` (shown on screen)."""
    dialog = window.open_dialog(key)
    assert dialog is not None and dialog.isVisible(), (key, window.open_dialog_keys())
    return dialog


def choose_document(qtbot: QtBot, documents: QWidget, text: str, occurrence: int = 0) -> None:
    """Click the row ``text`` in the Documents window's list and wait for its preview."""
    tree = documents.panel.tree
    items = [item for item in tree.items() if item.text(0) == text]
    assert len(items) > occurrence, [item.text(0) for item in tree.items()]
    item = items[occurrence]
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    assert tree.currentItem() is item
    qtbot.waitUntil(lambda: documents.presenter.ready, timeout=15_000)
    qtbot.waitUntil(lambda: documents.panel.document is not None, timeout=5_000)


def save_document(qtbot: QtBot, journey: Journey, documents: QWidget) -> Path:
    """Save as… (the file chooser answered with a file in the journey's folder)."""
    panel = documents.panel
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: "Saved as" in panel.message_label.text(), timeout=5_000)
    path = journey.chooser.saved[-1]
    assert path.is_file()
    return path


def type_score(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Click into a number box, select what it shows (Ctrl+A) and type ``text``."""
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.lineEdit(), text)


# --- demo patients for a journey, found by what they need (the demo's rows follow its seed
# and its code, so a chart number alone would not stay the same patient) ------------------

OPEN = ("planned", "active", "extended")


def _one(db: Database, sql: str) -> Any:
    with db.read() as session:
        row = session.execute(text(sql)).first()
    assert row is not None, sql
    return row


def referral_patient(db: Database) -> int:
    """A patient whose latest intake answers a red flag Yes, with no course under way."""
    return int(
        _one(
            db,
            f"""SELECT p.id FROM patient p
            JOIN intake i ON i.id = (SELECT max(id) FROM intake WHERE patient_id = p.id)
            WHERE EXISTS (SELECT 1 FROM red_flag_answer r WHERE r.intake_id = i.id AND r.answer)
            AND NOT EXISTS (SELECT 1 FROM course c WHERE c.patient_id = p.id
                            AND c.status IN {OPEN}) ORDER BY p.id""",
        )[0]
    )


def mid_review_patient(db: Database) -> tuple[int, int, int]:
    """(patient, the mid-review session's number, planned sessions) of a course whose next
    session is its mid-course review, every earlier one signed, with no draft and none
    signed today (the demo's day has visits done this morning: today's session would
    open that one)."""
    row = _one(
        db,
        f"""SELECT c.patient_id, c.mid_review_at, c.planned_sessions FROM course c
        WHERE c.status IN {OPEN} AND c.start_date <= '{TODAY.isoformat()}'
        AND (SELECT min(number) FROM treatment_session s WHERE s.course_id = c.id
             AND s.status IN ('scheduled', 'draft')) = c.mid_review_at
        AND NOT EXISTS (SELECT 1 FROM treatment_session s WHERE s.course_id = c.id
                        AND (s.status = 'draft' OR (s.status = 'signed'
                             AND s.session_date = '{TODAY.isoformat()}')))
        ORDER BY c.patient_id""",
    )
    return int(row[0]), int(row[1]), int(row[2])


@dataclass(frozen=True)
class SignedSession:
    patient_id: int
    chart: str
    name: str  # given and family name, as the overview heads it
    number: int
    planned: int
    date: dt.date
    course_start: dt.date


def signed_session_patient(db: Database) -> SignedSession:
    """The latest signed session (with a fee) of a course under way."""
    row = _one(
        db,
        f"""SELECT p.id, p.chart_number, p.given_name, p.family_name, s.number,
        c.planned_sessions, s.session_date, c.start_date FROM treatment_session s
        JOIN course c ON c.id = s.course_id JOIN patient p ON p.id = s.patient_id
        WHERE c.status IN {OPEN} AND s.status = 'signed' AND s.fee_cents > 0
        AND s.number = (SELECT max(number) FROM treatment_session t
                        WHERE t.course_id = c.id AND t.status = 'signed')
        ORDER BY (p.given_name || p.family_name) GLOB '*[^ -~]*', p.id""",
    )
    return SignedSession(
        int(row[0]),
        f"{row[1]:06d}",
        f"{row[2]} {row[3]}",
        int(row[4]),
        int(row[5]),
        dt.date.fromisoformat(str(row[6])),
        dt.date.fromisoformat(str(row[7])),
    )


def open_by_chart(qtbot: QtBot, window: MainWindow, db: Database, patient_id: int) -> None:
    """Type the patient's chart number in the search box; Enter opens the one found."""
    chart = _one(db, f"SELECT chart_number FROM patient WHERE id = {int(patient_id)}")[0]
    patients = window.patient_list
    qtbot.waitUntil(patients.search_box.hasFocus, timeout=2000)
    qtbot.keyClicks(patients.search_box, f"{chart:06d}")
    qtbot.waitUntil(lambda: patients.table.model().rowCount() == 1, timeout=3000)
    qtbot.keyClick(patients.search_box, Qt.Key.Key_Return)
