"""The main window: patient list on the left, the opened patient on the right.

It lays out the screens ``app.py`` built, remembers its size and splitter between runs
(:class:`planner.ui.settings.UiSettings`) and shows which database is open — with a
coloured banner when that is the demo database.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from planner.ui.patients.list_widget import PatientListWidget
from planner.ui.patients.overview import PatientOverviewWidget
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.table_model import PatientTableModel
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings

DEFAULT_SIZE = QSize(1200, 760)
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
    """Patient list and patient overview side by side."""

    def __init__(
        self,
        info: WindowInfo,
        presenter: PatientListPresenter,
        model: PatientTableModel,
        settings: UiSettings,
        prompts: Prompts,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self._info = info
        self._presenter = presenter
        self._settings = settings
        self._prompts = prompts

        title = self.tr("AcuPlanner — {clinic}").format(clinic=info.clinic_name)
        self.setWindowTitle(title if info.clinic_name else "AcuPlanner")

        self.demo_banner = QLabel(
            self.tr("DEMO DATABASE — fictional patients, not for clinical use")
        )
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(_BANNER_STYLE)
        self.demo_banner.setVisible(info.is_demo)

        self.patient_list = PatientListWidget(presenter, model)
        self.overview = PatientOverviewWidget(today)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(self.overview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.patient_list.setMinimumWidth(360)
        self.overview.setMinimumWidth(320)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        body = QVBoxLayout()
        body.setContentsMargins(8, 8, 8, 0)
        body.addWidget(self.splitter)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.database_label = QLabel(
            self.tr("Database: {backend} — {location}").format(
                backend=info.backend, location=info.location
            )
        )
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.database_label, 1)

        self.patient_list.patient_opened.connect(self._on_patient_list_patient_opened)
        self._restore_layout()
        self.patient_list.focus_search()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        find = QAction(self.tr("&Find patient"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._on_find_action_triggered)
        file_menu.addAction(find)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About AcuPlanner"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.about_action)

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
        self.save_layout()
        super().closeEvent(event)

    # --- slots -------------------------------------------------------------------------------

    def _on_patient_list_patient_opened(self, patient_id: int) -> None:
        overview = self._presenter.open_patient(patient_id)
        self.overview.show_overview(overview)
        if overview is None:
            self.statusBar().showMessage(
                self.tr("That patient is no longer in the database; the list was refreshed."),
                8000,
            )
            self._presenter.refresh()

    def _on_find_action_triggered(self) -> None:
        self.patient_list.focus_search()

    def _on_about_action_triggered(self) -> None:
        info = self._info
        rows = [
            (self.tr("Version"), info.version),
            (self.tr("Clinic"), info.clinic_name or self.tr("(not set up yet)")),
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
