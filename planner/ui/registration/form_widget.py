"""The registration form: a patient's demographics in grouped sections.

Thin: it lays out the fields, hands back what was typed (:class:`PatientForm`) and shows
the problems it is given at their fields. Tab runs down the left column (name, birth and
sex, contact), then down the right (emergency contact, referring physician, insurance).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.clinical import age_on
from planner.ui.forms import FieldErrors
from planner.ui.labels import sex_labels
from planner.ui.registration.presenter import PatientForm
from planner.ui.style import set_hint
from planner.ui.widgets.dates import parse_date
from planner.ui.widgets.layouts import scrolling


class PatientFormWidget(QWidget):
    """Name, birth and sex, contact, emergency contact, referring physician, insurance."""

    changed = Signal()

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.problems = FieldErrors()
        self.line_edits: dict[str, QLineEdit] = {}
        self.address_box = QPlainTextEdit()
        self.address_box.setTabChangesFocus(True)
        self.address_box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.sex_box = QComboBox()
        self.sex_box.addItem(self.tr("— choose —"), "")
        for sex, label in sex_labels().items():
            self.sex_box.addItem(label, sex.value)
        self.age_label = QLabel()
        set_hint(self.age_label)  # drawn muted, read as text (not as disabled)

        left = self._column(
            (self.tr("Name"), self._name_rows),
            (self.tr("Birth and sex"), self._birth_rows),
            (self.tr("Contact"), self._contact_rows),
        )
        right = self._column(
            (self.tr("Emergency contact"), self._emergency_rows),
            (self.tr("Referring physician"), self._physician_rows),
            (self.tr("Insurance (optional)"), self._insurance_rows),
        )
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(4, 4, 4, 4)
        columns.setSpacing(12)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = scrolling(page)
        self._page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.line_edits["date_of_birth"].textChanged.connect(self._on_date_of_birth_changed)
        for box in self.line_edits.values():
            box.textChanged.connect(self.changed)
        self.address_box.textChanged.connect(self.changed)
        self.sex_box.currentIndexChanged.connect(self.changed)

    # --- layout ----------------------------------------------------------------------------

    def _column(self, *groups: tuple[str, Callable[[QFormLayout], None]]) -> QVBoxLayout:
        """Group boxes one under another, their labels all as wide as the widest."""
        column = QVBoxLayout()
        labels: list[QWidget] = []
        for title, rows in groups:
            group = QGroupBox(title)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            rows(form)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
            column.addWidget(group)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        column.addStretch(1)
        return column

    def _line(self, form: QFormLayout, name: str, caption: str, placeholder: str = "") -> None:
        box = QLineEdit()
        box.setPlaceholderText(placeholder)
        self.line_edits[name] = box
        self.problems.add_row(form, name, caption, box)

    def _name_rows(self, form: QFormLayout) -> None:
        self._line(form, "given_name", self.tr("&Given name"))
        self._line(form, "family_name", self.tr("&Family name"))
        self._line(form, "preferred_name", self.tr("&Preferred name"), self.tr("optional"))

    def _birth_rows(self, form: QFormLayout) -> None:
        box = QLineEdit()
        box.setPlaceholderText(self.tr("YYYY-MM-DD"))
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.line_edits["date_of_birth"] = box
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(self.age_label, 1)
        self.problems.add_row(form, "date_of_birth", self.tr("&Date of birth"), row, focus=box)
        self.problems.add_row(form, "sex", self.tr("Se&x"), self.sex_box)

    def _contact_rows(self, form: QFormLayout) -> None:
        self._line(form, "phone", self.tr("P&hone"), self.tr("e.g. +44 7700 900123"))
        self._line(form, "email", self.tr("&Email"), self.tr("name@example.org"))
        self.problems.add_row(form, "address", self.tr("&Address"), self.address_box)

    def _emergency_rows(self, form: QFormLayout) -> None:
        self._line(form, "emergency_contact_name", self.tr("Na&me"))
        self._line(form, "emergency_contact_phone", self.tr("Pho&ne"))

    def _physician_rows(self, form: QFormLayout) -> None:
        self._line(form, "referring_physician_name", self.tr("Ph&ysician"))
        self._line(form, "referring_physician_clinic", self.tr("&Clinic"))
        self._line(form, "referring_physician_contact", self.tr("Fax or emai&l"))

    def _insurance_rows(self, form: QFormLayout) -> None:
        self._line(form, "insurance_provider", self.tr("Pro&vider"))
        self._line(form, "insurance_policy", self.tr("Plan or policy n&o."))

    def sizeHint(self) -> QSize:
        """Room for every field without scrolling (the dialog opens at this size)."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self._page.sizeHint() + QSize(scroll_bar, 0)

    # --- what the dialog calls -------------------------------------------------------------

    def form(self) -> PatientForm:
        texts = {name: box.text() for name, box in self.line_edits.items()}
        return PatientForm(
            **texts,
            sex=str(self.sex_box.currentData() or ""),
            address=self.address_box.toPlainText(),
        )

    def set_form(self, form: PatientForm) -> None:
        for name, box in self.line_edits.items():
            box.setText(getattr(form, name))
        index = self.sex_box.findData(form.sex)
        self.sex_box.setCurrentIndex(max(index, 0))
        self.address_box.setPlainText(form.address)
        self.problems.clear()

    def show_problems(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Each problem at its field, the first field focused; returns those without one."""
        return self.problems.show_all(problems)

    def clear_problems(self) -> None:
        self.problems.clear()

    def focus_first_field(self) -> None:
        self.line_edits["given_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.line_edits.values():
            box.setReadOnly(read_only)
        self.address_box.setReadOnly(read_only)
        self.sex_box.setEnabled(not read_only)

    # --- slots -----------------------------------------------------------------------------

    def _on_date_of_birth_changed(self, text: str) -> None:
        try:
            born = parse_date(text)
        except ValueError:
            self.age_label.setText(self.tr("not a date yet"))
            return
        if born is None:
            self.age_label.setText("")
        elif born > self._today():
            self.age_label.setText(self.tr("in the future"))
        else:
            years = age_on(born, self._today())
            self.age_label.setText(self.tr("aged %n", "", years))
