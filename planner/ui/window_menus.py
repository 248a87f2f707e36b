"""The main window's own menus: File (Find patient, Change my password, Lock, Sign out,
Preferences, Quit), View (privacy mode, archived patients) and Help (User guide, Licences and
notices, About). The parts add theirs."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from planner.domain.i18n import translate
from planner.ui.help.keys import open_guide
from planner.ui.window_parts import FILE_ORDER, HELP_ORDER, VIEW_ORDER


def _action(window: Any, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def _open_guide() -> None:
    open_guide()  # at the section of the widget with the keyboard (the book, the list…)


def _show_about(window: Any, *_: object) -> None:
    from planner.ui.help.about import show_about  # the licences are read when asked for

    show_about(window)


def _show_notices(window: Any, *_: object) -> None:
    from planner.ui.help.about import show_notices

    show_notices(window)


def _show_preferences(window: Any, *_: object) -> None:
    from planner.ui.preferences import PreferencesDialog

    if not window.owned.raise_existing("preferences"):
        clinic = window.findChild(QAction, "clinic_settings_action")  # administrators only
        dialog = PreferencesDialog(
            window._settings, clinic_settings=clinic and clinic.trigger, parent=window
        )
        window.owned.show("preferences", dialog)


def build_menus(window: Any) -> None:
    """The File, View and Help menus of ``window`` (a MainWindow: typed loosely, so this
    module does not import the window that imports it)."""
    file_menu = QMenu(translate("MainWindow", "&File"), window)
    window.place_menu(file_menu, FILE_ORDER)
    find = _action(
        window, translate("MainWindow", "&Find patient"), window._on_find_action_triggered
    )
    find.setShortcut(QKeySequence.StandardKey.Find)
    file_menu.addAction(find)
    file_menu.addSeparator()
    window.lock_action = _action(
        window, translate("MainWindow", "&Lock"), window.lock_requested.emit, "Ctrl+L"
    )
    window.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # in dialogs too
    window.sign_out_action = _action(window, translate("MainWindow", "Sign &out"), window.sign_out)
    window.change_password_action = _action(
        window,  # the session controller asks
        translate("MainWindow", "&Change my password…"),
        window.change_password_requested.emit,
    )
    file_menu.addAction(window.change_password_action)
    file_menu.addAction(window.lock_action)
    file_menu.addAction(window.sign_out_action)
    window.preferences_action = _action(
        window,
        translate("MainWindow", "&Preferences…"),
        partial(_show_preferences, window),
        "Ctrl+,",
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    window.quit_action = _action(window, translate("MainWindow", "&Quit"), window.quit, "Ctrl+Q")
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(window.quit_action)

    view_menu = QMenu(translate("MainWindow", "&View"), window)
    window.place_menu(view_menu, VIEW_ORDER)
    window.privacy_action = QAction(
        translate("MainWindow", "&Privacy mode — first names only"), window
    )
    window.privacy_action.setCheckable(True)
    window.privacy_action.setChecked(window._settings.privacy_mode)
    window.privacy_action.toggled.connect(window._on_privacy_action_toggled)
    view_menu.addAction(window.privacy_action)
    window.show_archived_action = QAction(
        translate("MainWindow", "Show &archived patients"), window
    )
    window.show_archived_action.setCheckable(True)
    window.show_archived_action.toggled.connect(window._on_show_archived_action_toggled)
    view_menu.addAction(window.show_archived_action)

    help_menu = QMenu(translate("MainWindow", "&Help"), window)
    window.place_menu(help_menu, HELP_ORDER)
    window.guide_action = _action(window, translate("MainWindow", "&User guide"), _open_guide, "F1")
    help_menu.addAction(window.guide_action)
    window.notices_action = _action(
        window, translate("MainWindow", "&Licences and notices…"), partial(_show_notices, window)
    )
    help_menu.addAction(window.notices_action)
    window.about_action = _action(
        window, translate("MainWindow", "&About AcuPlanner"), partial(_show_about, window)
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(window.about_action)
