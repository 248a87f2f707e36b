"""Parts of the Documents panel: the list of a patient's documents, the receipt-for-dates
row, and the home advice a practitioner ticks for a take-home sheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.export.model import HomeAdvice
from planner.services.document_advice import ADVICE_NOTE_MAX, HomeAdviceChoice, HomeAdviceView
from planner.services.document_request import (
    CourseChoice,
    DocumentChoices,
    DocumentKind,
    DocumentRequest,
    SessionChoice,
)
from planner.ui.forms import error_label
from planner.ui.labels import course_status_labels, label_of

REQUEST_ROLE = Qt.ItemDataRole.UserRole


class DocumentTree(QTreeWidget):
    """Per course (newest first, expanded): the clinical report and a receipt for the
    whole course, then each session given with its take-home sheet and receipt."""

    request_chosen = Signal(object)
    """A document was chosen (a DocumentRequest), or None for a heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Documents"))
        self.currentItemChanged.connect(self._on_current_item_changed)

    def show_choices(self, choices: DocumentChoices) -> None:
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        patient = choices.patient_id
        for index, course in enumerate(choices.courses):
            top = QTreeWidgetItem(self, [self._course_text(course)])  # no document itself
            if course.clinical_report:
                self._leaf(
                    top,
                    self.tr("Clinical course report"),
                    DocumentKind.CLINICAL_REPORT,
                    patient,
                    course_id=course.course_id,
                )
            if course.sessions:
                self._leaf(
                    top,
                    self.tr("Receipt for the whole course"),
                    DocumentKind.RECEIPT,
                    patient,
                    course_id=course.course_id,
                )
            if course.end_of_course:
                self._leaf(
                    top,
                    self.tr("Take-home sheet for the end of the course"),
                    DocumentKind.TAKE_HOME,
                    patient,
                    course_id=course.course_id,
                )
            for item in reversed(course.sessions):
                self._session(top, patient, item)
            top.setExpanded(index == 0)
        if not choices.courses:
            empty = QTreeWidgetItem(self, [self.tr("No sessions given yet: nothing to print.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _course_text(self, course: CourseChoice) -> str:
        status = label_of(course_status_labels(), course.status)
        return self.tr("Course from {start} — {status}").format(
            start=formats.date_text(course.start_date), status=status
        )

    def _session(self, top: QTreeWidgetItem, patient: int, item: SessionChoice) -> None:
        text = self.tr("Session {n} of {m} · {date}").format(
            n=item.number, m=item.planned_sessions, date=formats.date_text(item.session_date)
        )
        if not item.signed:
            text += self.tr(" (not signed)")
        node = self._leaf(top, text, DocumentKind.TAKE_HOME, patient, session_id=item.session_id)
        self._leaf(
            node,
            self.tr("Take-home sheet"),
            DocumentKind.TAKE_HOME,
            patient,
            session_id=item.session_id,
        )
        self._leaf(
            node, self.tr("Receipt"), DocumentKind.RECEIPT, patient, session_id=item.session_id
        )

    @staticmethod
    def _leaf(
        parent: QTreeWidgetItem, text: str, kind: DocumentKind, patient: int, **ids: int
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, REQUEST_ROLE, DocumentRequest(kind, patient, **ids))
        return item

    def request_of(self, item: QTreeWidgetItem | None) -> DocumentRequest | None:
        value = item.data(0, REQUEST_ROLE) if item is not None else None
        return value if isinstance(value, DocumentRequest) else None

    def items(self) -> list[QTreeWidgetItem]:
        """Every row, top to bottom (tests pick one)."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.topLevelItemCount()):
            walk(self.topLevelItem(index))
        return found

    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self.request_chosen.emit(self.request_of(current))


class RangeRow(QWidget):
    """ "Receipt for dates: from … to … [Show]"."""

    range_chosen = Signal(object, object)  # (first day, last day) as dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = _date_edit(self.tr("First day"))
        self.last_edit = _date_edit(self.tr("Last day"))
        self.show_button = QPushButton(self.tr("Show &receipt"))
        self.show_button.clicked.connect(self._on_show_button_clicked)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Receipt for a date range"))
        caption.setStyleSheet("font-weight: bold;")
        grid.addWidget(caption, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("From")), 1, 0)
        grid.addWidget(self.first_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("to")), 2, 0)
        grid.addWidget(self.last_edit, 2, 1)
        grid.addWidget(self.show_button, 2, 2)
        grid.setColumnStretch(1, 1)

    def set_span(self, first: dt.date | None, last: dt.date | None) -> None:
        today = dt.date.today()
        self.first_edit.setDate(QDate(first or today))
        self.last_edit.setDate(QDate(last or today))
        self.setEnabled(first is not None)

    def _on_show_button_clicked(self) -> None:
        first = self.first_edit.date().toPython()
        last = self.last_edit.date().toPython()
        self.range_chosen.emit(first, last)


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class AdviceBox(QGroupBox):
    """The home advice on this take-home sheet, ticked by the practitioner, with a line
    of their own; saved for the session, and the sheet made again."""

    advice_saved = Signal(object)  # HomeAdviceChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Home advice on this sheet"), parent)
        self.boxes: dict[HomeAdvice, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for index, (advice, text) in enumerate(self._labels().items()):
            box = QCheckBox(text)
            self.boxes[advice] = box
            grid.addWidget(box, index // 4, index % 4)
        self.heat_box = QCheckBox(self.tr("Heat advised"))
        grid.addWidget(self.heat_box, 1, 3)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(ADVICE_NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("A line of your own, e.g. walk 20 minutes a day"))
        self.note_edit.setAccessibleName(self.tr("Your own advice"))
        self.save_button = QPushButton(self.tr("Save &advice"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.carried_label = QLabel()
        self.carried_label.setEnabled(False)
        self.problem_label = error_label()
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addLayout(grid)
        column.addLayout(row)
        column.addWidget(self.carried_label)
        column.addWidget(self.problem_label)
        self.setVisible(False)

    def _labels(self) -> dict[HomeAdvice, str]:
        return {
            HomeAdvice.CORE_EXERCISES: self.tr("Core exercises"),
            HomeAdvice.FLEXIBILITY: self.tr("Flexibility"),
            HomeAdvice.SITTING_POSTURE: self.tr("Sitting posture"),
            HomeAdvice.PILLOW_MATTRESS: self.tr("Pillow and mattress"),
            HomeAdvice.RELAXATION: self.tr("Relaxation"),
            HomeAdvice.FOAM_ROLLING_STRETCHING: self.tr("Foam rolling, stretching"),
            HomeAdvice.SITTING_BREAKS: self.tr("Breaks from sitting"),
        }

    def show_advice(self, view: HomeAdviceView | None) -> None:
        self.problem_label.clear()
        self.problem_label.setVisible(False)
        if view is None:
            self.setVisible(False)
            return
        for advice, box in self.boxes.items():
            box.setChecked(advice in view.choice.advice)
        self.heat_box.setChecked(view.choice.heat_advised)
        self.note_edit.setText(view.choice.note)
        carried = view.carried_from is not None
        self.carried_label.setText(
            self.tr("As ticked at session {n}; save to keep it for this session too.").format(
                n=view.carried_from
            )
            if carried
            else ""
        )
        self.carried_label.setVisible(carried)
        self.setVisible(True)

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(True)
        self.note_edit.setFocus()

    def choice(self) -> HomeAdviceChoice:
        ticked = frozenset(advice for advice, box in self.boxes.items() if box.isChecked())
        return HomeAdviceChoice(ticked, self.note_edit.text(), self.heat_box.isChecked())

    def _on_save_button_clicked(self) -> None:
        self.advice_saved.emit(self.choice())
