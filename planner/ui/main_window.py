"""The main window of one signed-in user: patient list on the left, the opened patient on
the right — or, while locked, only the lock screen.

It lays out the patient list and overview, remembers its size and splitter between runs
(:class:`planner.ui.settings.UiSettings`) and shows who is signed in and which database
is open — with a coloured banner when that is the demo database. Everything else comes
from the parts ``app.py`` hands it (:mod:`planner.ui.window_parts`): each adds its menus,
actions and widgets as the window is built, and hears when a patient is opened, when
actions may be enabled again, and before a sign-out or quit. The window names no part;
the forms they open are owned windows (:mod:`planner.ui.owned_windows`): a lock hides
them with their typing and an unlock by the same user brings them back.
Locking, signing out and quitting are requests to the session controller, which owns
the windows; signing out and quitting first ask about unsaved forms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.services.actor import Actor
from planner.ui.lazy_page import LazyPage
from planner.ui.owned_windows import OwnedWindows
from planner.ui.patients.list_widget import PatientListWidget
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.table_model import PatientTableModel
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings
from planner.ui.signin.lock_screen import LockScreen
from planner.ui.signin.presenter import SignInPresenter
from planner.ui.style import BANNER_STYLE
from planner.ui.widgets.layouts import scrolling
from planner.ui.window_info import WindowInfo, about_html, status_labels
from planner.ui.window_layout import restore_layout
from planner.ui.window_menus import build_menus
from planner.ui.window_parts import FILE_ORDER, Named, WindowPart

if TYPE_CHECKING:  # the parts' objects, found by name (tests reach them so)
    from planner.ui.backups import BackupActions
    from planner.ui.patients.actions import PatientActions
    from planner.ui.room.actions import TreatmentActions


class MainWindow(QMainWindow):
    """Patient list and patient overview side by side, for one user."""

    lock_requested = Signal()
    sign_out_requested = Signal()
    change_password_requested = Signal()
    quit_requested = Signal()
    signed_in_at_lock_screen = Signal(object)
    """At this window's lock screen its user unlocked, or another user signed in (Actor)."""
    clinic_settings_saved = Signal(object)

    patient_actions: Named[PatientActions] = Named(QObject, "patient_actions")
    treatment_actions: Named[TreatmentActions] = Named(QObject, "treatment_actions")
    backup_actions: Named[BackupActions] = Named(QObject, "backup_actions")
    patient_menu: Named[QMenu] = Named(QMenu, "patient_menu")
    admin_menu: Named[QMenu] = Named(QMenu, "admin_menu")
    treatment_menu: Named[QMenu] = Named(QMenu, "treatment_menu")
    new_patient_action: Named[QAction] = Named(QAction, "new_patient_action")
    edit_patient_action: Named[QAction] = Named(QAction, "edit_patient_action")
    intake_action: Named[QAction] = Named(QAction, "intake_action")
    reassessment_action: Named[QAction] = Named(QAction, "reassessment_action")
    # File, View and Help (planner.ui.window_menus.build_menus)
    lock_action: QAction
    sign_out_action: QAction
    change_password_action: QAction
    quit_action: QAction
    privacy_action: QAction
    show_archived_action: QAction
    about_action: QAction

    def __init__(
        self,
        info: WindowInfo,
        actor: Actor,
        presenter: PatientListPresenter,
        model: PatientTableModel,
        settings: UiSettings,
        prompts: Prompts,
        *,
        lock_presenter: SignInPresenter,
        parts: Sequence[WindowPart] = (),
        today: Callable[[], dt.date] = dt.date.today,
        stepwise: bool = False,  # the parts added one a turn of the event loop, later
    ) -> None:
        super().__init__()
        self._info = info
        self._actor = actor
        self._presenter = presenter
        self._model = model
        self._settings = settings
        self.prompts = prompts
        self._parts: list[WindowPart] = []  # those added; the others wait their turn
        self._waiting = list(parts)
        self._clinic_name = info.clinic_name
        self.owned = self._owned = OwnedWindows(self)  # the forms and dialogs parts open
        self._focus_before_lock: QWidget | None = None
        self._locked = False
        self._may_quit: Callable[[], bool] = lambda: True  # the session controller's check
        self._menus: dict[int, QMenu] = {}
        self._title()
        self.patient_list = PatientListWidget(presenter, model)
        self.overview = PatientOverviewWidget(today)
        self.overview.set_audit_available(False)  # the Admin part offers it
        self._build_pages(info, lock_presenter)
        build_menus(self)  # File, View and Help (planner.ui.window_menus)
        self.user_label, self.database_label = status_labels(self._actor, self._info)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        while self._waiting and not stepwise:
            self._add_part()
        QWidget.setTabOrder(self.home_tabs.tabBar(), self.patient_list.search_box)  # as read
        self.patient_list.patient_opened.connect(self.open_patient)
        self.patient_list.archived_check.toggled.connect(self.show_archived_action.setChecked)
        self._update_actions()
        self._apply_privacy(settings.privacy_mode)
        restore_layout(self, self.splitter, settings)
        self.patient_list.focus_search()
        if stepwise:  # no turn of the event loop keeps the window busy long (issue 20)
            QTimer.singleShot(0, self, self._add_next_part)
        else:
            self._start_parts()

    def _add_part(self) -> None:
        part = self._waiting.pop(0)
        part.contribute(self)  # menus, actions, widgets: what the user's roles allow
        self._parts.append(part)

    def _add_next_part(self) -> None:
        """One part added (a later turn of the event loop); then the next, or the start."""
        if not self._waiting:
            self._start_parts()
            return
        self._add_part()
        if self._locked:  # its actions too wait for the unlock
            self._set_actions_enabled(False)
        else:
            self._update_actions()
        QTimer.singleShot(0, self, self._add_next_part)

    def _start_parts(self) -> None:
        for part in self._parts:
            part.started()  # e.g. sessions left in the room by an earlier run

    def _build_pages(self, info: WindowInfo, lock_presenter: SignInPresenter) -> None:
        self.demo_banner = QLabel(
            self.tr("DEMO DATABASE — fictional patients, not for clinical use")
        )
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(BANNER_STYLE)
        self.demo_banner.setVisible(info.is_demo)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(self.overview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.patient_list.setMinimumWidth(360)
        self.overview.setMinimumWidth(320)
        self.work_page = QWidget()
        self._work_layout = QVBoxLayout(self.work_page)
        self._work_layout.setContentsMargins(0, 0, 0, 0)
        self._work_layout.setSpacing(0)
        self._work_layout.addWidget(self.demo_banner)
        body = QVBoxLayout()
        body.setContentsMargins(8, 8, 8, 0)
        self._pages: dict[QWidget, QWidget] = {}  # a part's page -> its scrolling tab
        self.home_tabs = QTabWidget()  # Patients, and the pages parts add (the book)
        self.home_tabs.setTabBarAutoHide(True)
        self.home_tabs.setDocumentMode(True)
        patients_page = scrolling(self.splitter)  # side by side, scrolled when too narrow
        patients_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the list
        self._pages[self.splitter] = patients_page
        self.home_tabs.addTab(patients_page, self.tr("&Patients"))
        body.addWidget(self.home_tabs)
        self._work_layout.addLayout(body, 1)
        self.lock_screen = LockScreen(lock_presenter, info.clinic_name, self._actor.username)
        self.lock_screen.signed_in.connect(self.signed_in_at_lock_screen)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_page)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def locked(self) -> bool:
        return self._locked

    def _title(self) -> None:
        if self._locked:
            self.setWindowTitle(self.tr("AcuPlanner — locked"))
        elif self._clinic_name:
            self.setWindowTitle(self.tr("AcuPlanner — {clinic}").format(clinic=self._clinic_name))
        else:
            self.setWindowTitle("AcuPlanner")

    # --- what the parts see (planner.ui.window_parts.WindowHost) -----------------------------

    @property
    def widget(self) -> QMainWindow:
        return self

    @property
    def privacy(self) -> bool:
        return self._settings.privacy_mode

    def place_menu(self, menu: QMenu, order: int) -> None:
        """Put ``menu`` in the menu bar, before the menus of a higher ``order``."""
        later = [self._menus[o] for o in sorted(self._menus) if o > order]
        self.menuBar().removeAction(menu.menuAction())
        if later:
            self.menuBar().insertMenu(later[0].menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self._menus[order] = menu

    def add_file_actions(self, actions: Sequence[QAction]) -> None:
        menu, before = self._menus[FILE_ORDER], self.change_password_action
        menu.insertActions(before, list(actions))
        menu.insertSeparator(before)

    def add_top_widget(self, widget: QWidget) -> None:
        self._work_layout.insertWidget(1, widget)  # under the demo banner

    def add_home_page(self, widget: QWidget, title: str, *, first: bool = False) -> None:
        """A page beside Patients (the appointment book); ``first``: shown at sign-in. It
        scrolls on a small or much scaled screen rather than making the window bigger."""
        page = scrolling(widget)
        self._pages[widget] = page
        if first:
            self.home_tabs.insertTab(0, page, title)
            self.home_tabs.setCurrentIndex(0)
        else:
            self.home_tabs.addTab(page, title)

    def show_home_page(self, widget: QWidget) -> None:
        self.home_tabs.setCurrentWidget(self._pages.get(widget, widget))

    def current_home_page(self) -> QWidget | None:
        """The page shown (the book, or the patient list and overview)."""
        shown = self.home_tabs.currentWidget()
        page = next((w for w, p in self._pages.items() if p is shown), shown)
        return page.widget() if isinstance(page, LazyPage) else page  # the book, once built

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def request_quit(self) -> None:
        self.quit_requested.emit()

    # --- menus ---------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        for part in self._parts:
            part.update_actions()

    def _may_leave(self, action: str) -> bool:
        """False when a part (a treatment-room timer running) keeps the window."""
        return all(part.may_leave(action) for part in self._parts)

    # --- lock ----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Show only the lock screen: no patient data anywhere, no menus, no dialogs."""
        if self._locked:
            return
        self._locked = True
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        self.owned.lock()  # forms hidden with their typing; everything else closed
        QToolTip.hideText()
        self.statusBar().clearMessage()
        self.statusBar().hide()
        self.menuBar().hide()
        self._set_actions_enabled(False)
        self._title()
        self.lock_screen.prepare()
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.form.focus_first_empty()

    def unlock(self) -> None:
        """Back to the work exactly as it was left."""
        if not self._locked:
            return
        self._locked = False
        self.lock_screen.prepare()  # no password left behind in the hidden form
        self.pages.setCurrentWidget(self.work_page)
        self.menuBar().show()
        self.statusBar().show()
        self._set_actions_enabled(True)
        self._update_actions()
        self._title()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before_lock = None
        self.owned.unlock()  # the forms come back as they were left

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.setEnabled(enabled)

    def set_clinic_name(self, name: str) -> None:
        self._clinic_name = name
        self.lock_screen.set_clinic_name(name)
        self._title()

    # --- signing out and quitting ------------------------------------------------------------

    def sign_out(self) -> None:
        """Ask the session controller to sign out, once every open form may close (and,
        with a treatment-room timer running, the user agrees)."""
        if self._may_leave(self.tr("Sign out")) and self.owned.close_all():
            self.sign_out_requested.emit()

    def quit(self) -> None:
        if self._may_quit() and self._may_leave(self.tr("Quit")) and self.owned.close_all():
            self.quit_requested.emit()

    def set_quit_check(self, may_quit: Callable[[], bool]) -> None:
        """Asked before this window ends AcuPlanner (other users' unsaved work)."""
        self._may_quit = may_quit

    def unsaved_forms(self) -> int:
        """How many of this window's forms hold typing not saved yet."""
        return self.owned.unsaved_forms()

    # --- owned dialogs ------------------------------------------------------------------------

    def open_audit_trail(self, patient_id: int) -> None:
        """Who opened this patient's record (as the overview's button asks)."""
        self.overview.audit_requested.emit(patient_id)

    def open_clinic_settings(self) -> None:
        action = self.findChild(QAction, "clinic_settings_action")
        if action is not None:
            action.trigger()

    def open_dialog(self, key: str) -> QDialog | None:
        """The dialog open under ``key``: "users", "audit", "clinic_settings", "patient:new",
        "patient:<id>" (Edit patient), "intake:<patient id>", "documents:<patient id>",
        "course:new:<patient id>", "plan:<course id>", "review:<course id>",
        "session:today:<course id>", "session:<session id>", "room:<room id>"."""
        return self.owned.get(key)

    def open_dialog_keys(self) -> list[str]:
        """The keys of the dialogs open now (see :meth:`open_dialog`)."""
        return self.owned.keys()

    def clinic_settings_changed(self, settings: object) -> None:
        self.set_clinic_name(getattr(settings, "name", ""))
        self.clinic_settings_saved.emit(settings)

    # --- size and splitter, remembered between runs -------------------------------------------

    def save_layout(self) -> None:
        self._settings.main_window_geometry = self.saveGeometry()
        self._settings.main_window_splitter = self.splitter.saveState()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the user (not by the session controller, which blocks signals first):
        # open forms ask about unsaved changes, and may keep the window open.
        # Closed at the lock screen: only the check for work left unsaved behind locks.
        if not self.signalsBlocked() and not (
            self._may_quit()
            and (self._locked or (self._may_leave(self.tr("Quit")) and self.owned.close_all()))
        ):
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
        self.quit_requested.emit()  # closing a main window ends AcuPlanner

    # --- privacy mode ----------------------------------------------------------------------

    def _apply_privacy(self, on: bool) -> None:
        self._model.set_privacy(on)
        self.overview.set_privacy(on)

    def _on_show_archived_action_toggled(self, on: bool) -> None:
        self.patient_list.archived_check.setChecked(on)

    def _on_privacy_action_toggled(self, on: bool) -> None:
        self._settings.privacy_mode = on
        self._settings.sync()
        self._apply_privacy(on)

    # --- slots -------------------------------------------------------------------------------

    def open_patient(self, patient_id: int) -> None:
        """Show this patient's overview (opening it is audited); practitioners also get
        the safety summary and intakes, which reception's screens never ask for."""
        if not self._presenter.can_open_records:
            self.show_home_page(self.splitter)
            self.overview.show_no_access(patient_id)
            self._update_actions()
            return
        self.show_home_page(self.splitter)
        overview = self._presenter.open_patient(patient_id)
        clinical = None
        if overview is not None:  # None for reception: the service is not asked
            found = (part.clinical(patient_id) for part in self._parts)
            clinical = next((c for c in found if c is not None), None)
        self.overview.show_overview(overview, clinical)
        if overview is not None:
            for part in self._parts:
                part.patient_opened(patient_id)  # the treatment room: chart and review card
        self._update_actions()
        if overview is None:
            self.statusBar().showMessage(
                self.tr("That patient is no longer in the database; the list was refreshed."),
                8000,
            )
            self.patient_list.refresh()

    def _on_find_action_triggered(self) -> None:
        self.show_home_page(self.splitter)  # from the appointment book too
        self.patient_list.focus_search()

    def _on_about_action_triggered(self) -> None:
        text = about_html(self._info, self._clinic_name)
        self.prompts.about(self, self.tr("About AcuPlanner"), text)
