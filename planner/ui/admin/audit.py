"""Admin → Audit trail: "who opened this record?" and every other audited action.

Filters by patient (chart number), user, action and local dates; shows the newest rows
(at most the presenter's limit) in a table. Opened from a patient, the chart number is
filled in and the rows are shown at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.ui.admin.audit_model import AuditColumn, AuditTableModel
from planner.ui.admin.audit_presenter import AuditPresenter, AuditQuery
from planner.ui.forms import FieldErrors
from planner.ui.labels import audit_action_labels, audit_action_names
from planner.ui.problem import Problem
from planner.ui.prompts import Prompts
from planner.ui.style import fit_to_screen
from planner.ui.widgets.layouts import scrolling

_DATE_FORMAT = "yyyy-MM-dd"


def _date_box(today: dt.date) -> QDateEdit:
    box = QDateEdit(QDate(today.year, today.month, today.day))
    box.setCalendarPopup(True)
    box.setDisplayFormat(_DATE_FORMAT)
    box.setEnabled(False)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000-00-00") + 48)
    return box


class AuditDialog(QDialog):
    def __init__(
        self,
        presenter: AuditPresenter,
        prompts: Prompts,
        *,
        patient_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presenter = presenter
        self._prompts = prompts
        self.setWindowTitle(self.tr("Audit trail — AcuPlanner"))
        fit_to_screen(self, 1180, 620)
        self.errors = FieldErrors()
        self._build_filter_fields(today or dt.date.today())
        filters = self._build_filters()
        self._build_table()
        self._lay_out(filters)
        self._load_users()
        if patient_id is not None:
            self.chart_box.setText(presenter.chart_text(patient_id))
        self.run_query()

    def _build_filter_fields(self, today: dt.date) -> None:
        """Patient, user, action, the two dates and Show."""
        self.chart_box = QLineEdit()
        self.chart_box.setPlaceholderText(self.tr("any patient — or type a chart no."))
        self.chart_box.setAccessibleName(self.tr("Patient chart number"))
        self.chart_box.setMaxLength(9)
        self.user_box = QComboBox()
        self.user_box.setAccessibleName(self.tr("User"))
        self.user_box.addItem(self.tr("Any user"), None)
        self.action_box = QComboBox()
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.addItem(self.tr("Any action"), None)
        labels = audit_action_labels()
        for name in audit_action_names():
            self.action_box.addItem(f"{labels.get(name, name)} ({name})", name)
        self.from_check = QCheckBox(self.tr("&From"))
        self.from_box = _date_box(today)
        self.to_check = QCheckBox(self.tr("&To"))
        self.to_box = _date_box(today)
        self.from_check.toggled.connect(self.from_box.setEnabled)
        self.to_check.toggled.connect(self.to_box.setEnabled)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.run_query)

    def _build_filters(self) -> QGridLayout:
        """The filters in a grid, each caption above its field."""
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        filters.addWidget(QLabel(self.tr("Patient (chart no.)")), 0, 0)
        filters.addWidget(self.errors.wrap("patient", self.chart_box), 1, 0)
        filters.addWidget(QLabel(self.tr("User")), 0, 1)
        filters.addWidget(self.user_box, 1, 1, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(QLabel(self.tr("Action")), 0, 2)
        filters.addWidget(self.action_box, 1, 2, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(self.from_check, 0, 3)
        filters.addWidget(self.errors.wrap("date_from", self.from_box), 1, 3)
        filters.addWidget(self.to_check, 0, 4)
        filters.addWidget(self.errors.wrap("date_to", self.to_box), 1, 4)
        filters.addWidget(self.show_button, 1, 5, Qt.AlignmentFlag.AlignTop)
        filters.setColumnStretch(0, 2)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(2, 3)
        return filters

    def _build_table(self) -> None:
        self.model = AuditTableModel(parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit trail entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        char = self.table.fontMetrics().averageCharWidth()
        widths = {
            AuditColumn.TIME: 20,
            AuditColumn.USER: 14,
            AuditColumn.WORKSTATION: 16,
            AuditColumn.CHART_NUMBER: 10,
            AuditColumn.ACTION: 22,
            AuditColumn.OBJECT: 12,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width * char + 16)

    def _lay_out(self, filters: QGridLayout) -> None:
        self.count_label = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(close)
        page = QWidget()  # the filters and the table scroll on a small or scaled screen
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(page), 1)
        outer.addLayout(footer)  # Close stays in view
        self.show_button.setDefault(True)  # Enter in the chart box shows the rows

    def _load_users(self) -> None:
        users = self._presenter.users()
        if isinstance(users, Problem):
            self._prompts.error(self, self.tr("Audit trail"), users.message)
            return
        for user in users:
            self.user_box.addItem(user.username, user.id)

    def query(self) -> AuditQuery:
        def day(check: QCheckBox, box: QDateEdit) -> dt.date | None:
            return box.date().toPython() if check.isChecked() else None  # type: ignore[no-any-return]

        return AuditQuery(
            chart_number=self.chart_box.text(),
            user_id=self.user_box.currentData(),
            action=self.action_box.currentData(),
            date_from=day(self.from_check, self.from_box),
            date_to=day(self.to_check, self.to_box),
        )

    def run_query(self) -> None:
        self.errors.clear()
        problem = self._presenter.search(self.query())
        if problem is not None:
            if not self.errors.show(problem):
                self._prompts.error(self, self.tr("Audit trail"), problem.message)
            return
        self.model.set_entries(self._presenter.entries)
        shown = self.model.rowCount()
        if self._presenter.at_limit:
            text = self.tr("The newest {n} rows; narrow the filters to see older ones.")
            text = text.format(n=f"{shown:,}")
        else:  # fewer than the limit (1,000): no thousands separator needed
            text = translate("AuditDialog", "%n row(s).", None, shown)
        self.count_label.setText(text)
