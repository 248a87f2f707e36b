"""The main window of one signed-in user: patient list on the left, the opened patient on
the right — or, while locked, only the lock screen.

It lays out the screens ``app.py`` built, remembers its size and splitter between runs
(:class:`planner.ui.settings.UiSettings`) and shows who is signed in and which database
is open — with a coloured banner when that is the demo database. The Patient menu and
its forms come from :class:`planner.ui.patients.actions.PatientActions`; they are owned
windows (:mod:`planner.ui.owned_windows`): a lock hides them with their typing and an
unlock by the same user brings them back.
Locking, signing out and quitting are requests to the session controller, which owns
the windows; signing out and quitting first ask about unsaved forms.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain.access import Action
from planner.services.actor import Actor
from planner.services.backups import BackupService
from planner.ui.admin.screens import AdminScreens
from planner.ui.backups import BackupActions
from planner.ui.labels import roles_text
from planner.ui.owned_windows import OwnedWindows
from planner.ui.patients.actions import PatientActions
from planner.ui.patients.list_widget import PatientListWidget
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.screens import PatientScreens
from planner.ui.patients.table_model import PatientTableModel
from planner.ui.prompts import Prompts
from planner.ui.room.actions import TreatmentActions
from planner.ui.room.screens import TreatmentScreens
from planner.ui.settings import UiSettings
from planner.ui.signin.lock_screen import LockScreen
from planner.ui.signin.presenter import SignInPresenter

DEFAULT_SIZE = QSize(1400, 900)
_BANNER_STYLE = "background-color: #b3261e; color: white; font-weight: bold; padding: 6px;"


@dataclass(frozen=True, slots=True)
class WindowInfo:
    """Plain facts the window shows: version, clinic and the open database."""

    version: str
    clinic_name: str
    is_demo: bool
    backend: str  # "SQLite" or "PostgreSQL"
    location: str  # the SQLite file, or host/database
    display_url: str  # the URL with any password hidden


class MainWindow(QMainWindow):
    """Patient list and patient overview side by side, for one user."""

    lock_requested = Signal()
    sign_out_requested = Signal()
    change_password_requested = Signal()
    quit_requested = Signal()
    signed_in_at_lock_screen = Signal(object)
    """At this window's lock screen its user unlocked, or another user signed in (Actor)."""
    clinic_settings_saved = Signal(object)

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
        admin: AdminScreens | None = None,
        patients: PatientScreens | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        backups: BackupService | None = None,
        treatment: TreatmentScreens | None = None,
    ) -> None:
        super().__init__()
        self._info = info
        self._actor = actor
        self._presenter = presenter
        self._model = model
        self._settings = settings
        self._prompts = prompts
        self._admin = admin
        self._patients = patients
        self._clinic_name = info.clinic_name
        self._owned = OwnedWindows(self)
        self._focus_before_lock: QWidget | None = None
        self._locked = False
        self._may_quit: Callable[[], bool] = _always  # the session controller's check
        self._title()

        self.demo_banner = QLabel(
            self.tr("DEMO DATABASE — fictional patients, not for clinical use")
        )
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(_BANNER_STYLE)
        self.demo_banner.setVisible(info.is_demo)

        self.patient_list = PatientListWidget(presenter, model)
        self.overview = PatientOverviewWidget(today)
        self.overview.set_audit_available(admin is not None and actor.can(Action.VIEW_AUDIT))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(self.overview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.patient_list.setMinimumWidth(360)
        self.overview.setMinimumWidth(320)

        self.work_page = QWidget()
        layout = QVBoxLayout(self.work_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        body = QVBoxLayout()
        body.setContentsMargins(8, 8, 8, 0)
        body.addWidget(self.splitter)
        layout.addLayout(body, 1)
        self.lock_screen = LockScreen(lock_presenter, info.clinic_name, actor.username)
        self.lock_screen.signed_in.connect(self.signed_in_at_lock_screen)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_page)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)

        self.patient_actions = (
            PatientActions(
                self,
                patients,
                self._owned,
                self.patient_list,
                self.overview,
                self.open_patient,
                lambda: self._locked,
                today,
            )
            if patients is not None
            else None
        )
        actions = self.patient_actions
        self.new_patient_action = actions.new_patient if actions else None
        self.edit_patient_action = actions.edit_patient if actions else None
        self.intake_action = actions.intake if actions else None
        self.reassessment_action = actions.reassessment if actions else None
        self.backup_actions = (  # last backup in the status bar; File > Back up now, Restore…
            BackupActions(backups, actor, prompts, self) if backups is not None else None
        )
        self.treatment_actions = (  # practitioners: treatment room, timer strip, progress
            TreatmentActions(
                self,
                treatment,
                self._owned,
                self.overview,
                prompts,
                open_patient=self.open_patient,
                show_status=self._show_status,
                privacy=lambda: self._settings.privacy_mode,
            )
            if treatment is not None
            else None
        )
        if self.treatment_actions is not None:
            layout.insertWidget(1, self.treatment_actions.strip)  # under the demo banner
        self._build_menus()
        self.user_label = QLabel(
            self.tr("Signed in as {name} ({roles})").format(
                name=actor.full_name or actor.username, roles=roles_text(actor.roles)
            )
        )
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setContentsMargins(4, 0, 24, 0)
        self.database_label = QLabel(
            self.tr("Database: {backend} — {location}").format(
                backend=info.backend, location=info.location
            )
        )
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        if self.backup_actions is not None:
            self.statusBar().addPermanentWidget(self.backup_actions.status_label)
            self.backup_actions.restored.connect(self.quit_requested)  # start again afterwards

        if self.patient_actions is not None:
            self.patient_actions.place_buttons()
        self.patient_list.patient_opened.connect(self._on_patient_list_patient_opened)
        self.patient_list.archived_check.toggled.connect(self.show_archived_action.setChecked)
        self.overview.audit_requested.connect(self.open_audit_trail)
        self._update_patient_actions()
        self._apply_privacy(settings.privacy_mode)
        self._restore_layout()
        self.patient_list.focus_search()
        if self.treatment_actions is not None:
            self.treatment_actions.start()  # sessions left in the room by an earlier run

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

    # --- menus ---------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        find = self._action(self.tr("&Find patient"), self._on_find_action_triggered)
        find.setShortcut(QKeySequence.StandardKey.Find)
        file_menu.addAction(find)
        file_menu.addSeparator()
        if self.backup_actions is not None:
            self.backup_actions.add_to_menu(file_menu)
        self.lock_action = self._action(self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L")
        self.lock_action.setShortcutContext(
            Qt.ShortcutContext.ApplicationShortcut
        )  # in dialogs too
        self.sign_out_action = self._action(self.tr("Sign &out"), self.sign_out)
        self.change_password_action = self._action(  # the session controller asks
            self.tr("&Change my password…"), self.change_password_requested.emit
        )
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        self.patient_menu: QMenu | None = None
        if self.patient_actions is not None:
            self.patient_menu = self.patient_actions.add_menu(self.menuBar())

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.privacy_action = QAction(self.tr("&Privacy mode — first names only"), self)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setChecked(self._settings.privacy_mode)
        self.privacy_action.toggled.connect(self._on_privacy_action_toggled)
        view_menu.addAction(self.privacy_action)
        self.show_archived_action = QAction(self.tr("Show &archived patients"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self._on_show_archived_action_toggled)
        view_menu.addAction(self.show_archived_action)

        self.admin_menu: QMenu | None = None
        self.users_action: QAction | None = None
        self.audit_action: QAction | None = None
        self.clinic_settings_action: QAction | None = None
        can = self._actor.can
        if self._admin is not None and (
            can(Action.MANAGE_USERS) or can(Action.VIEW_AUDIT) or can(Action.EDIT_CLINIC_SETTINGS)
        ):
            self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
            if can(Action.MANAGE_USERS):
                self.users_action = self._action(self.tr("&Users…"), self.open_users)
                self.admin_menu.addAction(self.users_action)
            if can(Action.VIEW_AUDIT):
                self.audit_action = self._action(self.tr("&Audit trail…"), self.open_audit_trail)
                self.admin_menu.addAction(self.audit_action)
            if can(Action.EDIT_CLINIC_SETTINGS):
                self.clinic_settings_action = self._action(
                    self.tr("&Clinic settings…"), self.open_clinic_settings
                )
                self.admin_menu.addAction(self.clinic_settings_action)

        self.treatment_menu: QMenu | None = None
        if self.treatment_actions is not None:
            self.treatment_menu = self.treatment_actions.add_menu(self.menuBar())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About AcuPlanner"), self._on_about_action_triggered
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _update_patient_actions(self) -> None:
        if self.patient_actions is not None:
            self.patient_actions.update()
        if self.treatment_actions is not None:
            self.treatment_actions.update()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _may_leave(self, action: str) -> bool:
        """False when a treatment-room timer runs and the user chose to stay."""
        return self.treatment_actions is None or self.treatment_actions.may_leave(action)

    # --- lock ----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Show only the lock screen: no patient data anywhere, no menus, no dialogs."""
        if self._locked:
            return
        self._locked = True
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        self._owned.lock()  # forms hidden with their typing; everything else closed
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
        self._update_patient_actions()
        self._title()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before_lock = None
        self._owned.unlock()  # the forms come back as they were left

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
        if self._may_leave(self.tr("Sign out")) and self._owned.close_all():
            self.sign_out_requested.emit()

    def quit(self) -> None:
        if self._may_quit() and self._may_leave(self.tr("Quit")) and self._owned.close_all():
            self.quit_requested.emit()

    def set_quit_check(self, may_quit: Callable[[], bool]) -> None:
        """Asked before this window ends AcuPlanner (other users' unsaved work)."""
        self._may_quit = may_quit

    def unsaved_forms(self) -> int:
        """How many of this window's forms hold typing not saved yet."""
        return self._owned.unsaved_forms()

    # --- administration dialogs ----------------------------------------------------------------

    def open_users(self) -> None:
        if self._admin is not None and not self._owned.raise_existing("users"):
            self._owned.show("users", self._admin.users(self))

    def open_audit_trail(self, patient_id: int | None = None) -> None:
        if self._admin is None:
            return
        if patient_id is None and self._owned.raise_existing("audit"):
            return
        self._owned.show("audit", self._admin.audit(self, patient_id))

    def open_clinic_settings(self) -> None:
        if self._admin is None or self._owned.raise_existing("clinic_settings"):
            return
        dialog = self._admin.clinic_settings(self)
        dialog.settings_saved.connect(self._on_clinic_settings_saved)
        self._owned.show("clinic_settings", dialog)

    def open_dialog(self, key: str) -> QDialog | None:
        """The dialog open under ``key``: "users", "audit", "clinic_settings", "patient:new",
        "patient:<id>" (Edit patient), "intake:<patient id>", "documents:<patient id>",
        "course:new:<patient id>", "plan:<course id>", "review:<course id>",
        "session:today:<course id>", "session:<session id>", "room:<room id>"."""
        return self._owned.get(key)

    def open_dialog_keys(self) -> list[str]:
        """The keys of the dialogs open now (see :meth:`open_dialog`)."""
        return self._owned.keys()

    def _on_clinic_settings_saved(self, settings: object) -> None:
        name = getattr(settings, "name", "")
        self.set_clinic_name(name)
        self.clinic_settings_saved.emit(settings)

    # --- size and splitter, remembered between runs -------------------------------------------

    def _restore_layout(self) -> None:
        if not self.restoreGeometry(self._settings.main_window_geometry):
            self._place_on_first_run()
        if not self.splitter.restoreState(self._settings.main_window_splitter):
            width = self.width()
            self.splitter.setSizes([width * 11 // 20, width * 9 // 20])

    def _place_on_first_run(self) -> None:
        """The default size (smaller on a small screen), centred on the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(DEFAULT_SIZE)
            return
        available = screen.availableGeometry()
        size = DEFAULT_SIZE.boundedTo(
            QSize(available.width() * 95 // 100, available.height() * 92 // 100)
        )
        self.resize(size)
        self.move(available.center() - self.rect().center())

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
            and (self._locked or (self._may_leave(self.tr("Quit")) and self._owned.close_all()))
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
            self.overview.show_no_access(patient_id)
            self._update_patient_actions()
            return
        overview = self._presenter.open_patient(patient_id)
        clinical = None
        if overview is not None and self._patients is not None:
            clinical = self._patients.clinical(patient_id)  # None for reception: not asked
        self.overview.show_overview(overview, clinical)
        if overview is not None and self.treatment_actions is not None:
            self.treatment_actions.patient_opened(patient_id)  # chart and review card
        self._update_patient_actions()
        if overview is None:
            self.statusBar().showMessage(
                self.tr("That patient is no longer in the database; the list was refreshed."),
                8000,
            )
            self.patient_list.refresh()

    def _on_patient_list_patient_opened(self, patient_id: int) -> None:
        self.open_patient(patient_id)

    def _on_find_action_triggered(self) -> None:
        self.patient_list.focus_search()

    def _on_about_action_triggered(self) -> None:
        info = self._info
        rows = [
            (self.tr("Version"), info.version),
            (self.tr("Clinic"), self._clinic_name or self.tr("(not set up yet)")),
            (self.tr("Database"), info.backend),
            (self.tr("Address"), info.display_url),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        tagline = self.tr(
            "Session planner and clinical record for acupuncturists treating back pain."
        )
        text = f"<h3>AcuPlanner</h3><p>{html.escape(tagline)}</p><table>{table}</table>"
        self._prompts.about(self, self.tr("About AcuPlanner"), text)


def _always() -> bool:
    return True
