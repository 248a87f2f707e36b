"""The overview's course boxes: a course's title, its buttons and its sessions.

A :class:`CourseBox` is filled with one :class:`planner.services.patients.CourseSummary`
and filled again with the next patient's course instead of being rebuilt: opening a
patient then sets the text of labels that already exist rather than creating, polishing
and laying out some seventy widgets (issue 9). Rows and boxes not needed are hidden and
emptied, so no earlier patient's dates linger even in hidden widgets. The course's title
(status, dates, sessions planned) is a bold label that wraps on a narrow panel, not the
group box's own one-line title, which would widen the whole overview.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.i18n import translate
from planner.services.patients import HELD_SESSIONS, OPEN_COURSES, CourseSummary, SessionSummary
from planner.ui.labels import course_status_labels, label_of, session_status_labels
from planner.ui.patients.overview_sections import EMPTY, join
from planner.ui.style import set_hint
from planner.ui.widgets.layouts import FlowLayout

_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


def _cell() -> QLabel:
    """A session cell: generated text (number, date, status, scores), one line, plain."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _pain(value: int | None) -> str:
    return EMPTY if value is None else str(value)


class _SessionRow:
    """One session's cells in the grid; the first is a link to a held session."""

    def __init__(self, box: CourseBox, grid: QGridLayout, row: int) -> None:
        self.cells = [_cell() for _ in range(4)]
        self._link = False
        first = self.cells[0]
        self._plain_flags = first.textInteractionFlags()  # QLabel's own
        first.linkActivated.connect(box.link_activated)
        for column, cell in enumerate(self.cells):
            grid.addWidget(cell, row, column)

    def show(self, texts: list[str], link: str | None, tooltip: str) -> None:
        first = self.cells[0]
        if (link is not None) != self._link:
            self._link = link is not None
            first.setTextFormat(Qt.TextFormat.RichText if self._link else Qt.TextFormat.PlainText)
            first.setTextInteractionFlags(_LINKS if self._link else self._plain_flags)
            first.setToolTip(tooltip if self._link else "")
        first.setText(f'<a href="{link}">{html.escape(texts[0])}</a>' if link else texts[0])
        first.setVisible(True)
        for cell, text in zip(self.cells[1:], texts[1:], strict=False):
            cell.setText(text)
            cell.setVisible(True)
        for cell in self.cells[len(texts) :]:
            cell.setVisible(False)
            cell.setText("")

    @property
    def link(self) -> bool:
        return self._link

    def hide(self) -> None:
        for cell in self.cells:
            cell.setVisible(False)
            cell.setText("")


class CourseBox(QGroupBox):
    """One course: status, dates and planned sessions as the title; "Today's session…",
    "Plan…" and "Review…" for an open course (practitioners); the sessions, or a
    "Show N sessions" button that lists them when pressed."""

    course_requested = Signal(str, int)
    """A course screen was asked for: ("plan", "session" or "review", course id)."""
    link_activated = Signal(str)
    """A session link was chosen ("session:<course id>:<session id>")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._course: CourseSummary | None = None
        self._clinical = False
        self._actions = False
        column = QVBoxLayout(self)
        self._title_label = QLabel()
        self._title_label.setTextFormat(Qt.TextFormat.PlainText)
        self._title_label.setWordWrap(True)
        font = self._title_label.font()
        font.setBold(True)
        self._title_label.setFont(font)
        column.addWidget(self._title_label)
        self._buttons_row = FlowLayout()  # wraps on a narrow panel
        self.course_buttons: list[QPushButton] = []
        for kind, text in (
            ("session", self.tr("Today's session…")),
            ("plan", self.tr("Plan…")),
            ("review", self.tr("Review…")),
        ):
            button = QPushButton(text)
            button.setProperty("course_action", kind)
            button.clicked.connect(lambda _checked=False, k=kind: self._on_course_button(k))
            button.setVisible(False)
            self._buttons_row.add_widget(button)
            self.course_buttons.append(button)
        column.addLayout(self._buttons_row)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        column.addLayout(self._grid)
        self._empty = QLabel()
        set_hint(self._empty)
        self._empty.setVisible(False)
        self._grid.addWidget(self._empty, 0, 0)
        self._more = QPushButton()
        self._more.setFlat(True)
        self._more.setVisible(False)
        self._more.clicked.connect(self._on_more_clicked)
        self._grid.addWidget(self._more, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self._headers = [QLabel() for _ in range(4)]
        for index, header in enumerate(self._headers):
            set_hint(header)
            header.setWordWrap(True)  # "Pain before → after" in two lines on a narrow panel
            header.setVisible(False)
            self._grid.addWidget(header, 0, index)
        self._rows: list[_SessionRow] = []

    def title(self) -> str:  # type: ignore[override]
        """The course's title (drawn as a wrapping label inside the box)."""
        return self._title_label.text()

    def _set_title(self, text: str) -> None:
        self._title_label.setText(text)
        self.setAccessibleName(text)  # what the group box's own title would have told

    @property
    def course_id(self) -> int | None:
        return self._course.id if self._course is not None else None

    def show_course(
        self,
        course: CourseSummary,
        *,
        today: dt.date,
        clinical: bool,
        actions: bool,
        sessions: bool,
    ) -> None:
        """Fill the box with ``course``; ``sessions`` False puts them behind a button.
        ``actions``: offer the course screens (practitioners, on a clinical overview).
        A course whose start date is after ``today`` "starts" then, not "started"."""
        self._course = course
        self._clinical = clinical
        self._actions = actions and clinical
        start = formats.date_text(course.start_date)
        if course.start_date > today:
            dates = self.tr("starts {start}").format(start=start)
        else:
            dates = self.tr("started {start}").format(start=start)
        if course.end_date is not None:
            dates = self.tr("{start} to {end}").format(
                start=start, end=formats.date_text(course.end_date)
            )
        sessions_planned = course.planned_sessions  # a plain name: lupdate reads it as the count
        planned = translate("CourseBox", "%n session(s) planned", None, sessions_planned)
        status = label_of(course_status_labels(), course.status)
        self._set_title(join(status, dates, planned))
        buttons = self._actions and course.status in OPEN_COURSES
        for button in self.course_buttons:
            button.setVisible(buttons)
        self._empty.setVisible(not course.sessions)
        self._empty.setText(self.tr("No sessions yet.") if not course.sessions else "")
        collapsed = bool(course.sessions) and not sessions
        self._more.setVisible(collapsed)
        held = len(course.sessions)
        self._more.setText(
            translate("CourseBox", "Show %n session(s)", None, held) if collapsed else ""
        )
        self._more.setProperty("course_sessions", course.id if collapsed else None)
        if course.sessions and sessions:
            self._fill_sessions()
        else:
            self._hide_sessions()

    def clear(self) -> None:
        """Hidden, with nothing of the course left in it."""
        self.setVisible(False)
        self._course = None
        self._set_title("")
        for button in self.course_buttons:
            button.setVisible(False)
        self._empty.setVisible(False)
        self._empty.setText("")
        self._more.setVisible(False)
        self._more.setText("")
        self._more.setProperty("course_sessions", None)
        self._hide_sessions()

    # --- sessions ---------------------------------------------------------------------------

    def _fill_sessions(self) -> None:
        course = self._course
        assert course is not None
        headers = [self.tr("Session"), self.tr("Date"), self.tr("Status")]
        if self._clinical:  # reception sees the schedule, never pain scores
            headers.append(self.tr("Pain before → after"))
        for index, header in enumerate(self._headers):
            shown = index < len(headers)
            header.setText(headers[index] if shown else "")
            header.setVisible(shown)
        tooltip = self.tr("Open this session")
        for number, summary in enumerate(course.sessions):
            if number == len(self._rows):
                self._rows.append(_SessionRow(self, self._grid, number + 1))
            link = None
            if self._actions and summary.status in HELD_SESSIONS:
                link = f"session:{course.id}:{summary.id}"
            self._rows[number].show(self._session_cells(summary), link, tooltip)
        for row in self._rows[len(course.sessions) :]:
            row.hide()
        before: QWidget = self._more  # Tab goes through the links in order, rows added later too
        for row in self._rows[: len(course.sessions)]:
            if row.link:
                QWidget.setTabOrder(before, row.cells[0])
                before = row.cells[0]
        for index in range(len(self._headers)):
            self._grid.setColumnStretch(index, 1 if index == len(headers) - 1 else 0)

    def _hide_sessions(self) -> None:
        for header in self._headers:
            header.setVisible(False)
            header.setText("")
        for row in self._rows:
            row.hide()
        for index in range(len(self._headers)):
            self._grid.setColumnStretch(index, 0)

    def _session_cells(self, item: SessionSummary) -> list[str]:
        number = self.tr("Session {number} of {planned}").format(
            number=item.number, planned=item.planned_sessions
        )
        status = label_of(session_status_labels(), item.status)
        cells = [number, formats.date_text(item.session_date), status]
        if self._clinical:
            pain = f"{_pain(item.pain_before)} → {_pain(item.pain_after)}"
            if item.pain_before is None and item.pain_after is None:
                pain = EMPTY
            cells.append(pain)
        return cells

    # --- slots ------------------------------------------------------------------------------

    def _on_more_clicked(self) -> None:
        self._more.setVisible(False)
        self._more.setText("")
        self._more.setProperty("course_sessions", None)
        self._fill_sessions()

    def _on_course_button(self, kind: str) -> None:
        if self._course is not None:
            self.course_requested.emit(kind, self._course.id)
