"""Who is signed in, and which window they see: one main window per signed-in user.

:class:`SignInController` shows the first-run or sign-in dialog, opens a main window for
whoever signs in, locks it after the clinic's idle time (or on Ctrl+L) and handles the
lock screen: the same user unlocks and gets their window back as they left it; another
user signing in there gets their own window while the first one's stays hidden, kept
for when its user signs in again. Signing out closes that user's window for good.

Whoever signs in with a password someone else chose (an administrator, or clinic IT's
one-time passwords) chooses their own first: the "Choose a new password" dialog comes
before their window, and Cancel signs them out. File → Change my password… opens the same
dialog for whoever is signed in.

Quitting closes every window. When a window kept behind a lock holds typing that is not
saved, whoever quits is asked first (Cancel is the default): only the user it belongs
to can save it, so the question names them, never a patient.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.errors import PlannerError
from planner.services.actor import Actor
from planner.services.clinic import ClinicInfo, ClinicSettings
from planner.ui.idle import CHECK_INTERVAL_MS, IdleWatcher
from planner.ui.main_window import MainWindow
from planner.ui.prompts import Prompts
from planner.ui.signin.change_password import (
    ChangePasswordDialog,
    ChangePasswordPresenter,
    OwnPasswordChanger,
)
from planner.ui.signin.dialogs import FirstRunDialog, SignInDialog
from planner.ui.signin.presenter import FirstAccountMaker, FirstRunPresenter, SignInPresenter

if TYPE_CHECKING:
    from planner.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

WindowFactory = Callable[[Actor], MainWindow]


class SignInAccounts(FirstAccountMaker, OwnPasswordChanger, Protocol):
    """The part of :class:`planner.services.accounts.AccountService` sessions use."""

    def needs_first_account(self) -> bool: ...

    def password_change_required(self, actor: Actor) -> bool: ...

    def sign_in(self, username: str, password: str) -> Actor: ...

    def sign_out(self, actor: Actor, *, keep_connection: bool = False) -> None: ...

    def disconnect(self) -> None: ...

    def lock(self, actor: Actor) -> None: ...


class ClinicFacts(Protocol):
    def info(self) -> ClinicInfo: ...

    def settings(self) -> ClinicSettings: ...


class SignInController(QObject):
    window_shown = Signal(object)
    """A user's main window was shown (:meth:`enter`): the :class:`MainWindow`."""

    def __init__(
        self,
        accounts: SignInAccounts,
        make_window: WindowFactory,
        clinic: ClinicFacts,
        *,
        exit_app: Callable[[int], None] = QCoreApplication.exit,
        clock: Callable[[], float] = time.monotonic,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        watch: QCoreApplication | None = None,
        prompts: Prompts | None = None,
        parent: QObject | None = None,
        after_sign_out: Callable[[], object] | None = None,
        after_sign_in: Callable[[], object] | None = None,
        runner: TaskRunner | None = None,
        ask_new_password: bool = True,
    ) -> None:
        super().__init__(parent)
        self._runner = runner  # checks passwords off the main thread (None: at once)
        self._ask_new_password = ask_new_password  # False: smoke tests go straight in
        self._after_sign_out = after_sign_out  # keeps the audit chain's head (an anchor)
        self._after_sign_in = after_sign_in  # so does a sign-in (PostgreSQL logins: connected)
        self._prompts = prompts or Prompts()
        self._accounts = accounts
        self._make_window = make_window
        self._clinic = clinic
        self._exit_app = exit_app
        self._clock = clock
        self.idle = IdleWatcher(clock=clock, check_interval_ms=check_interval_ms, parent=self)
        self.idle.idle.connect(self._on_idle_idle)
        if watch is not None:
            self.idle.watch(watch)
        self._windows: dict[int, MainWindow] = {}
        self._current: int | None = None
        self.dialog: QDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        """File → Change my password…, while open."""
        self._quitting = False
        self._clinic_info = ClinicInfo(name="", is_demo=False, patients=0)

    # --- what there is ---------------------------------------------------------------------

    @property
    def current_window(self) -> MainWindow | None:
        return self._windows.get(self._current) if self._current is not None else None

    def window_of(self, user_id: int) -> MainWindow | None:
        return self._windows.get(user_id)

    @property
    def windows(self) -> dict[int, MainWindow]:
        return dict(self._windows)

    # --- before anyone is signed in --------------------------------------------------------

    def entry_dialog(self) -> QDialog:
        """The first-run dialog on an empty database, else the sign-in dialog (not shown)."""
        self._close_dialog()
        dialog: QDialog
        if self._accounts.needs_first_account():
            dialog = FirstRunDialog(FirstRunPresenter(self._accounts))
        else:
            clinic = self._read_clinic_info()
            presenter = SignInPresenter(
                self._accounts.sign_in, clock=self._clock, runner=self._runner
            )
            dialog = SignInDialog(presenter, clinic.name, is_demo=clinic.is_demo)
        return self._take(dialog)

    def adopt(self, dialog: SignInDialog) -> QDialog:
        """At start-up: the sign-in dialog already on screen (shown before the database was
        open, its presenter waiting for it) becomes this controller's; on an empty
        database the first-run dialog replaces it."""
        if self._accounts.needs_first_account():
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()
            return self.start()
        clinic = self._read_clinic_info()
        dialog.set_clinic(clinic.name, is_demo=clinic.is_demo)
        self._close_dialog()
        return self._take(dialog)

    def _take(self, dialog: QDialog) -> QDialog:
        if isinstance(dialog, SignInDialog):
            dialog.signed_in.connect(self._on_dialog_signed_in)
        elif isinstance(dialog, FirstRunDialog):
            dialog.account_created.connect(self._on_dialog_signed_in)
        dialog.rejected.connect(self._on_dialog_rejected)
        log.info("%s dialog", "first-run" if isinstance(dialog, FirstRunDialog) else "sign-in")
        self.dialog = dialog
        return dialog

    def _read_clinic_info(self) -> ClinicInfo:
        """The clinic's name for the sign-in dialog. On PostgreSQL with personal logins
        nothing can be read before someone signs in: the name read while someone was
        signed in, else none."""
        try:
            self._clinic_info = self._clinic.info()
        except PlannerError as error:
            log.info("clinic name not read before sign-in: %s", type(error).__name__)
        return self._clinic_info

    def start(self) -> QDialog:
        """Show the first-run or sign-in dialog."""
        dialog = self.entry_dialog()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- signed in ---------------------------------------------------------------------------

    def window_for(self, actor: Actor) -> MainWindow:
        """The user's kept window, or a new one for them (not shown yet)."""
        if actor.user_id is None:
            raise ValueError("only a signed-in user has a window")
        window = self._windows.get(actor.user_id)
        if window is None:
            window = self._make_window(actor)
            user_id = actor.user_id
            window.lock_requested.connect(partial(self.lock, user_id))
            window.sign_out_requested.connect(partial(self.sign_out, user_id))
            window.change_password_requested.connect(partial(self.change_password, user_id))
            window.quit_requested.connect(self.quit)
            window.set_quit_check(partial(self.may_quit, user_id, window))
            window.signed_in_at_lock_screen.connect(
                partial(self._on_lock_screen_signed_in, user_id)
            )
            window.clinic_settings_saved.connect(self._on_clinic_settings_saved)
            self._windows[user_id] = window
        return window

    def enter(self, actor: Actor) -> MainWindow:
        """Show ``actor``'s window (kept or new) and hide everyone else's."""
        window = self.window_for(actor)
        for other in self._windows.values():
            if other is not window:
                other.lock()  # already locked when someone else signs in; never shown unlocked
                other.hide()
        window.unlock()
        window.show()
        window.raise_()
        window.activateWindow()
        self._current = actor.user_id
        self._close_dialog()
        self._read_clinic_info()  # kept for the sign-in dialog after sign-out
        self.idle.set_minutes(self._clinic.settings().idle_lock_minutes)
        self.idle.start()
        log.info("window shown for user %s", actor.user_id)
        if self._after_sign_in is not None:
            self._after_sign_in()
        self.window_shown.emit(window)
        return window

    def lock(self, user_id: int | None = None) -> None:
        """Lock the window of ``user_id`` (default: the one on screen); audited."""
        key = user_id if user_id is not None else self._current
        window = self._windows.get(key) if key is not None else None
        if window is None or window.locked:
            return
        window.lock()  # first: the screen is cleared even when the database is gone
        self._close_password_dialog(window)
        if window.actor.user_id == self._current:
            self.idle.stop()
        try:
            self._accounts.lock(window.actor)
        except PlannerError as error:
            log.warning("lock not audited: %s", type(error).__name__)

    def sign_out(self, user_id: int) -> None:
        """End this user's session (audited), close their window, show the sign-in dialog."""
        window = self._windows.pop(user_id, None)
        if window is None:
            return
        self._close_password_dialog(window)
        try:
            self._accounts.sign_out(window.actor, keep_connection=True)
        except PlannerError as error:  # the session ends all the same
            log.warning("sign-out not audited: %s", type(error).__name__)
        if self._after_sign_out is not None:
            self._after_sign_out()
        self._accounts.disconnect()  # PostgreSQL logins: nothing of theirs stays connected
        self.idle.stop()
        if self._current == user_id:
            self._current = None
        self._discard(window)
        self.start()

    def quit(self, code: int = 0) -> None:
        """Close every window (each saves its layout) and end the application."""
        if self._quitting:
            return
        self._quitting = True
        self.shut_down()
        if self._after_sign_out is not None:
            self._after_sign_out()
        self._exit_app(code)

    def shut_down(self) -> None:
        """Close the dialog and every window, the one on screen last (its layout is kept)."""
        self.idle.stop()
        self.idle.unwatch()
        self._close_dialog()
        current = self.current_window
        others = [w for w in self._windows.values() if w is not current]
        for window in [*others, *([current] if current is not None else [])]:
            self._discard(window)
        self._windows.clear()
        self._current = None

    # --- slots -------------------------------------------------------------------------------

    def _on_dialog_signed_in(self, actor: Actor) -> None:
        if not self._must_choose_password(actor):
            self.enter(actor)

    # --- one's own password ------------------------------------------------------------------

    def change_password(self, user_id: int) -> None:
        """File → Change my password…: the dialog over ``user_id``'s window."""
        window = self._windows.get(user_id)
        if window is None or window.locked:
            return
        if self.password_dialog is not None:
            self.password_dialog.raise_()
            self.password_dialog.activateWindow()
            return
        dialog = ChangePasswordDialog(
            ChangePasswordPresenter(self._accounts, window.actor), parent=window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: window.statusBar().showMessage(self.tr("Your password was changed."), 10_000)
        )
        dialog.finished.connect(self._forget_password_dialog)
        self.password_dialog = dialog
        log.info("change-password dialog for user %s", user_id)
        dialog.open()

    def _forget_password_dialog(self) -> None:
        self.password_dialog = None

    def _close_password_dialog(self, window: MainWindow) -> None:
        """At a lock or sign-out: nothing typed into it stays on screen."""
        dialog = self.password_dialog
        if dialog is not None and dialog.parent() is window:
            self.password_dialog = None
            dialog.blockSignals(True)
            dialog.close()

    def _must_choose_password(self, actor: Actor) -> bool:
        """After a sign-in: when someone else chose ``actor``'s password, show the dialog
        that must be completed before their window opens (True); else False."""
        if not self._ask_new_password:
            return False
        try:
            required = self._accounts.password_change_required(actor)
        except PlannerError as error:  # not known: ask rather than let them in unasked
            log.warning("password mark not read: %s", type(error).__name__)
            required = True
        if not required:
            return False
        self._close_dialog()
        dialog = ChangePasswordDialog(ChangePasswordPresenter(self._accounts, actor), required=True)
        dialog.accepted.connect(partial(self._on_password_chosen, actor))
        dialog.rejected.connect(partial(self._on_password_refused, actor))
        self.dialog = dialog
        log.info("user %s must choose a new password", actor.user_id)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    def _on_password_chosen(self, actor: Actor) -> None:
        self.enter(actor)

    def _on_password_refused(self, actor: Actor) -> None:
        """Cancel at the required password change: signed out (audited), nothing opened."""
        self._close_dialog()
        try:
            self._accounts.sign_out(actor, keep_connection=True)
        except PlannerError as error:
            log.warning("sign-out not audited: %s", type(error).__name__)
        self._accounts.disconnect()
        if not any(window.isVisible() for window in self._windows.values()):
            self.start()  # else a lock screen is on show, where anyone signs in

    def _on_dialog_rejected(self) -> None:
        if self.may_quit(None, None):
            self.quit(0)
        else:
            self.start()  # back to signing in: its user can unlock and save

    def may_quit(self, user_id: int | None, parent: QWidget | None) -> bool:
        """Before quitting on behalf of ``user_id`` (None: from the sign-in dialog): True
        when no window kept behind a lock holds unsaved typing, or the user agrees to
        discard it. ``user_id``'s own window, unlocked, is left to its forms to ask."""
        held = [
            window.actor.full_name or window.actor.username
            for owner, window in self._windows.items()
            if (owner != user_id or window.locked) and window.unsaved_forms()
        ]
        if not held:
            return True
        log.info("quit asked with unsaved work behind %d lock(s)", len(held))
        return self._prompts.confirm(
            parent,
            self.tr("Unsaved work behind a lock"),
            self.tr(
                "{names} left work that is not saved behind the lock screen. Quitting "
                "AcuPlanner now discards it.\n\nAsk them to sign in and save it first, or "
                "quit anyway."
            ).format(names=", ".join(held)),
            self.tr("Quit and discard it"),
        )

    def _on_lock_screen_signed_in(self, user_id: int, actor: Actor) -> None:
        if actor.user_id == user_id:  # the same user unlocked (audited by the service)
            window = self._windows[user_id]
            window.unlock()
            self._current = user_id
            self.idle.start()
            return
        if not self._must_choose_password(actor):
            self.enter(actor)

    def _on_idle_idle(self) -> None:
        log.info("idle lock after %d minutes", self.idle.minutes)
        self.lock()

    def _on_clinic_settings_saved(self, settings: ClinicSettings) -> None:
        self.idle.set_minutes(settings.idle_lock_minutes)
        for window in self._windows.values():
            window.set_clinic_name(settings.name)

    # --- helpers -----------------------------------------------------------------------------

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.blockSignals(True)  # closing it is not "cancel"
        dialog.close()
        dialog.deleteLater()

    def _discard(self, window: MainWindow) -> None:
        window.blockSignals(True)  # its closeEvent must not ask to quit again
        window.close()
        window.deleteLater()
