"""The left-hand panel: a search box (with room for a New patient button), the patient
table, a count and "Show archived".

Typing filters the list after a short pause (a single-shot timer restarted on every
key). Down moves from the search box into the list, Enter opens the selected (or first)
patient, Escape clears the search. The widget calls its presenter; it never queries.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.table_model import PATIENT_ID_ROLE, PatientColumn, PatientTableModel

SEARCH_DEBOUNCE_MS = 150
_COLUMN_WIDTHS = {
    PatientColumn.CHART_NUMBER: 8,  # in average character widths
    PatientColumn.DATE_OF_BIRTH: 17,
    PatientColumn.PHONE: 18,
}


class PatientListWidget(QWidget):
    """Search box, patient table and "12 of 300 patients"."""

    patient_opened = Signal(int)
    """The user asked to open this patient (Enter, click or double-click)."""

    def __init__(
        self,
        presenter: PatientListPresenter,
        model: PatientTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._model = model

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search name, phone, date of birth (YYYY-MM-DD) or chart no.")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search patients"))
        self.search_box.installEventFilter(self)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Patients"))
        self._set_up_table()

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.archived_check = QCheckBox(self.tr("Show a&rchived"))
        self.archived_check.setToolTip(
            self.tr("Archived patients are left out of the list unless this is ticked")
        )

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)

        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.addWidget(self.search_box, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.archived_check)
        footer.addStretch(1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.table.activated.connect(self._on_table_activated)
        self.table.clicked.connect(self._on_table_activated)
        self.archived_check.toggled.connect(self._on_archived_check_toggled)
        self._update_count()

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(False)  # the directory's order; sorting would load every row
        table.installEventFilter(self)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure every row
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionResizeMode(PatientColumn.NAME, QHeaderView.ResizeMode.Stretch)
        char = table.fontMetrics().averageCharWidth()
        for column, width in _COLUMN_WIDTHS.items():  # the data's width, or the heading's
            heading = columns.sectionSizeFromContents(column).width()  # in French too
            table.setColumnWidth(column, max(width * char + 16, heading))

    # --- what the window calls ----------------------------------------------------------------

    def add_header_widget(self, widget: QWidget) -> None:
        """Beside the search box (the window's New patient button), and next after it
        when Tab is pressed (before the list), as it is read."""
        self._header.addWidget(widget)
        last = self.search_box
        for index in range(self._header.count()):
            item = self._header.itemAt(index)
            found = item.widget() if item is not None else None
            if found is not None and found is not self.search_box:
                QWidget.setTabOrder(last, found)
                last = found
        QWidget.setTabOrder(last, self.table)

    def refresh(self) -> None:
        """Run the search again (a patient was added, changed or archived)."""
        self.apply_search_now()
        self._presenter.refresh()
        self._update_count()

    def select_patient(self, patient_id: int) -> bool:
        """Refresh and select this patient's row, clearing a search that leaves them out;
        False when the list does not show them (archived, and archived ones are hidden)."""
        self.refresh()
        if not self._presenter.contains(patient_id) and self._presenter.is_filtered:
            self.search_box.blockSignals(True)  # no search pending for what is cleared
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self._presenter.search("")
            self._update_count()
        row = self._model.row_of(patient_id, fetch=True)
        if row is None:
            self.table.clearSelection()
            return False
        index = self._model.index(row, PatientColumn.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_box.selectAll()

    def apply_search_now(self) -> None:
        """Run a pending search at once (Enter pressed before the pause ended)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._on_debounce_timeout()

    def clear_search(self) -> None:
        self.search_box.clear()
        self._debounce.stop()
        if self._presenter.search(""):
            self._update_count()
        self.focus_search()

    # --- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key == Qt.Key.Key_Escape and (watched is self.table or self.search_box.text()):
            self.clear_search()
            return True
        if watched is self.search_box and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self._move_into_table()
            return True
        return super().eventFilter(watched, event)

    def _move_into_table(self) -> None:
        self.apply_search_now()
        if self._model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self._model.index(0, PatientColumn.NAME))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots ---------------------------------------------------------------------------------

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        if self._presenter.search(self.search_box.text()):
            self._update_count()

    def _on_search_box_return_pressed(self) -> None:
        self.apply_search_now()
        current = self.table.currentIndex()
        if current.isValid():
            self._on_table_activated(current)
            return
        if self._model.rowCount() > 0:
            first = self._model.index(0, PatientColumn.NAME)
            self.table.setCurrentIndex(first)
            self._on_table_activated(first)

    def _on_table_activated(self, index: QModelIndex) -> None:
        patient_id = index.data(PATIENT_ID_ROLE)
        if isinstance(patient_id, int):
            self.patient_opened.emit(patient_id)

    def _on_archived_check_toggled(self, on: bool) -> None:
        self.apply_search_now()
        if self._presenter.set_include_archived(on):
            self._update_count()

    def _update_count(self) -> None:
        shown, total = self._presenter.shown, self._presenter.total
        if self._presenter.is_filtered and self._presenter.more:
            text = self.tr("more than {shown:,} of {total:,} patients").format(
                shown=shown, total=total
            )
        elif self._presenter.is_filtered:
            text = translate("PatientListWidget", "{shown} of %n patient(s)", None, total)
            text = text.format(shown=shown)
        else:
            text = translate("PatientListWidget", "%n patient(s)", None, total)
        self.count_label.setText(text)
