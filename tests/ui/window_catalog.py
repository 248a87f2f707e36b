"""Every window of the application, opened ready to use on a small fictional clinic, for
the audits of issue 24 (accessible names, scaling fit, dark-theme contrast).

The clinic is the journeys' demo clinic (:mod:`tests.ui.journey_kit`: accounts
practitioner, reception and admin with the demo password); the application is composed as
``app.py`` composes it (one main window per signed-in user, each question and file chooser
answered by the test). Each entry of :data:`WINDOWS` is an :data:`Opener`: given the
running :class:`~tests.ui.journey_kit.Journey` it opens one window (or one tab of it) the
way a user would — a menu item of the main window, with the patient it needs opened
first — and returns the top-level widget to audit, shown. Dialogs the application runs
modally (``exec()``) are shown without their own event loop while they are opened here
(:func:`shown_not_run`), so an audit can look at them like any other window.

Outside pytest (``tests/ui/fit_probe.py`` runs in a subprocess per scale factor) a
:class:`Journey` is made with :func:`start_journey` on a copy of the clinic
:func:`build_clinic` wrote.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from planner.demo import DEMO_PASSWORD
from planner.domain.vocab import CancelledBy
from planner.services.appointments import AppointmentService
from planner.storage.database import Database, open_database
from planner.ui.main_window import MainWindow
from planner.ui.signin.change_password import ChangePasswordDialog, ChangePasswordPresenter
from tests.ui.journey_kit import (
    TODAY,
    Journey,
    _build_demo_clinic,
    mid_review_patient,
    signed_session_patient,
)

Opener = Callable[[Journey], QWidget]


class _NoBot:
    """What a Journey asks of pytest-qt's bot outside pytest: nothing."""

    def addWidget(self, widget: QWidget) -> None:
        pass


def build_clinic(path: Path) -> None:
    """Write the demo clinic the catalog opens its windows on to ``path`` (a new file)."""
    from tests.db_template import checkpoint, migrated_sqlite

    db, _ = open_database(str(migrated_sqlite(path)))
    try:
        _build_demo_clinic(db)
    finally:
        db.dispose()
    checkpoint(path)


def start_journey(db: Database, folder: Path, qtbot: Any = None) -> Journey:
    """A running application on ``db`` (outside pytest ``qtbot`` may be None); ``folder``
    is new (the journey writes its letters there)."""
    folder.mkdir(parents=True)
    return Journey(cast(QtBot, qtbot or _NoBot()), db, folder)


def settle() -> None:
    """Let layouts, deferred deletes and posted events run, as they have by the time
    anyone looks."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- the main window of each user -------------------------------------------------------------

_MAIN: dict[int, dict[str, MainWindow]] = {}
_OPENED: list[QWidget] = []


def main_window(journey: Journey, username: str) -> MainWindow:
    """The main window of ``username`` (signed in once per journey), shown."""
    windows = _MAIN.setdefault(id(journey), {})
    window = windows.get(username)
    if window is None:
        actor = journey.accounts.sign_in(username, DEMO_PASSWORD)
        window = journey._window(actor)
        windows[username] = window
    window.show()
    window.raise_()
    settle()
    return window


def forget(journey: Journey) -> None:
    """Close the journey's main windows (and what they opened)."""
    _REVIEW.pop(id(journey), None)
    while _OPENED:
        opened = _OPENED.pop()
        if shiboken6.isValid(opened) and opened.isVisible():
            opened.close()  # a window of its own (the user guide) outlives the main window
    for window in _MAIN.pop(id(journey), {}).values():
        window.owned.close_all()
        window.close()  # pytest-qt deletes it at the end of a test (it was added to qtbot)
    settle()


def _same(text: str) -> str:
    return text


# The English of a shown menu text: the French build's test finds items by their English.
english_of: Callable[[str], str] = _same


def action(window: MainWindow, label: str) -> QAction:
    """The menu item called ``label`` (mnemonics removed)."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for item in menu.actions() if isinstance(menu, QMenu) else ():
            shown = item.text().replace("&", "")
            if shown == label or english_of(shown) == label:
                return item
    raise LookupError(label)


@contextlib.contextmanager
def shown_not_run() -> Iterator[None]:
    """While open, ``QDialog.exec()`` shows the dialog and returns at once (Rejected)."""
    original = QDialog.exec

    def show_only(dialog: QDialog) -> int:
        dialog.show()
        return 0

    QDialog.exec = show_only  # type: ignore[method-assign]
    try:
        yield
    finally:
        QDialog.exec = original  # type: ignore[method-assign]


def _visible_tops() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def trigger(window: MainWindow, label: str) -> QWidget:
    """Choose the menu item ``label``; the window it opened (the newest shown)."""
    before = _visible_tops()
    item = action(window, label)
    assert item.isEnabled(), label
    with shown_not_run():
        item.trigger()
        settle()
    new = [w for w in _visible_tops() - before if w is not window]
    dialogs = [w for w in new if isinstance(w, QDialog)] or new
    assert dialogs, f"{label!r} opened no window"
    _OPENED.extend(dialogs)  # closed by forget(), owned by the main window or not
    return dialogs[-1]


def with_patient(journey: Journey, username: str, patient_id: int) -> MainWindow:
    window = main_window(journey, username)
    window.owned.close_all()
    window.open_patient(patient_id)
    settle()
    return window


# --- the patients each window needs ---------------------------------------------------------


def _row(db: Database, sql: str) -> Any:
    with db.read() as session:
        row = session.execute(text(sql)).first()
    assert row is not None, sql
    return row


def _scalar(db: Database, sql: str) -> int:
    return int(_row(db, sql)[0])


def course_patient(journey: Journey) -> int:
    """A patient whose course is under way, with signed sessions and fees."""
    return signed_session_patient(journey.db).patient_id


_REVIEW: dict[int, int] = {}


def review_patient(journey: Journey) -> int:
    """A patient whose next session is the mid-course review (found before a window of
    the catalog drafts that session)."""
    if id(journey) not in _REVIEW:
        _REVIEW[id(journey)] = mid_review_patient(journey.db)[0]
    return _REVIEW[id(journey)]


def new_course_patient(journey: Journey) -> int:
    """A patient with an intake and no course under way (Start course opens for them)."""
    return _scalar(
        journey.db,
        """SELECT p.id FROM patient p WHERE EXISTS (SELECT 1 FROM intake i
        WHERE i.patient_id = p.id) AND NOT EXISTS (SELECT 1 FROM course c
        WHERE c.patient_id = p.id AND c.status IN ('planned', 'active', 'extended'))
        ORDER BY p.id""",
    )


def unbooked_patient(journey: Journey) -> int:
    """The course patient, one of whose later bookings reception cancelled (so a session
    of the course waits for a time: Book the course's times opens)."""
    patient = course_patient(journey)
    reception = journey.accounts.sign_in("reception", DEMO_PASSWORD)
    book = AppointmentService(journey.db, reception, journey.audit, lambda: TODAY)
    if not book.courses_to_book(patient):
        row = _row(
            journey.db,
            f"""SELECT id, version FROM appointment WHERE patient_id = {int(patient)}
            AND state = 'booked' AND session_id IS NOT NULL ORDER BY day DESC""",
        )
        book.cancel(int(row[0]), CancelledBy.PATIENT, "Away that week", int(row[1]))
    return patient


# --- openers ---------------------------------------------------------------------------------


def _main_tab(username: str, index: int) -> Opener:
    def open_tab(journey: Journey) -> QWidget:
        window = main_window(journey, username)
        window.owned.close_all()
        window.pages.setCurrentWidget(window.work_page)
        window.home_tabs.setCurrentIndex(index)
        settle()
        return window

    return open_tab


def _menu(username: str, label: str, patient: Callable[[Journey], int] | None = None) -> Opener:
    def open_menu(journey: Journey) -> QWidget:
        if patient is not None:
            window = with_patient(journey, username, patient(journey))
        else:
            window = main_window(journey, username)
            window.owned.close_all()
        return trigger(window, label)

    return open_menu


def _overview(journey: Journey) -> QWidget:
    return with_patient(journey, "practitioner", course_patient(journey))


def _review_overview(journey: Journey) -> QWidget:
    """The overview of a patient whose mid-course review is due (its card shown)."""
    return with_patient(journey, "practitioner", review_patient(journey))


def _plan_tab(index: int) -> Opener:
    def open_plan(journey: Journey) -> QWidget:
        editor = _menu("practitioner", "Plan…", course_patient)(journey)
        tabs = editor.findChildren(QTabWidget)
        assert tabs, "the plan editor has no tabs"
        tabs[0].setCurrentIndex(index)
        settle()
        return editor

    return open_plan


def _lock_screen(journey: Journey) -> QWidget:
    window = main_window(journey, "practitioner")
    window.owned.close_all()
    window.lock()
    settle()
    return window


def _change_password(journey: Journey) -> QWidget:
    window = main_window(journey, "practitioner")
    window.owned.close_all()
    dialog = ChangePasswordDialog(
        ChangePasswordPresenter(journey.accounts, window.actor), parent=window
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    settle()
    return dialog


def _sign_in(journey: Journey) -> QWidget:
    dialog = journey.start()
    dialog.show()
    settle()
    return dialog


WINDOWS: dict[str, Opener] = {
    "main window: practitioner, patients": _main_tab("practitioner", 0),
    "main window: practitioner, appointments": _main_tab("practitioner", 1),
    "main window: reception, appointments": _main_tab("reception", 0),
    "main window: reception, patients": _main_tab("reception", 1),
    "main window: admin": _main_tab("admin", 0),
    "patient overview": _overview,
    "patient overview: review due": _review_overview,
    "intake window": _menu("practitioner", "Intake…", course_patient),
    "plan editor: region": _plan_tab(0),
    "plan editor: template": _plan_tab(1),
    "plan editor: search": _plan_tab(2),
    "plan editor: body": _plan_tab(3),
    "session window": _menu("practitioner", "Today's session…", review_patient),
    "treatment room": _menu("practitioner", "Treatment room…", course_patient),
    "today's patients": _menu("practitioner", "Today's patients…"),
    "documents window": _menu("practitioner", "Documents…", course_patient),
    "course progress": _menu("practitioner", "Course progress…", course_patient),
    "clinic progress": _menu("practitioner", "Clinic progress…"),
    "course review dialog": _menu("practitioner", "Course review…", review_patient),
    "start course dialog": _menu("practitioner", "Start course…", new_course_patient),
    "registration dialog": _menu("reception", "New patient…"),
    "patient details dialog": _menu("reception", "Edit details…", course_patient),
    "new booking dialog": _menu("reception", "New booking…", course_patient),
    "free time finder": _menu("reception", "Find a free time…", course_patient),
    "course times dialog": _menu("reception", "Book the course's times…", unbooked_patient),
    "payment dialog": _menu("reception", "Take payment…", course_patient),
    "end of day": _menu("reception", "End of day…"),
    "admin users": _menu("admin", "Users…"),
    "admin audit trail": _menu("admin", "Audit trail…"),
    "admin clinic settings": _menu("admin", "Clinic settings…"),
    "change password": _change_password,
    "preferences": _menu("practitioner", "Preferences…"),
    "user guide": _menu("practitioner", "User guide"),
    "licences and notices": _menu("practitioner", "Licences and notices…"),
    "lock screen": _lock_screen,
    "sign-in": _sign_in,
}


def open_window(journey: Journey, name: str) -> QWidget:
    """Open the catalog's window ``name``, shown and laid out."""
    widget = WINDOWS[name](journey)
    widget.show()
    settle()
    return widget
