"""The appointment book screen, reception's home: a toolbar (the date and a date picker,
Today, previous and next, Day and Week, the practitioner and room filters, Find free
slot..., New booking..., Reload), a legend of the states' colours, the message bar, the
painted book and the side panel of the selected appointment (for a practitioner, under
who is waiting: :mod:`planner.ui.book.waiting`). Check in and Did not attend
call the service through the presenter; every other action is a hook of
:class:`~planner.ui.book.panel.BookActions`. The book is read again after every change
and every minute (another desk may have changed it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.appointments import clock
from planner.services.appointment_views import AppointmentView
from planner.ui.book import looks
from planner.ui.book.panel import AppointmentPanel, BookActions
from planner.ui.book.presenter import BookPresenter, Mode
from planner.ui.book.view import BookView
from planner.ui.book.waiting import WaitingList
from planner.ui.widgets.message_bar import MessageBar

RELOAD_MS = 60_000
BY_ROOM = "by_room"


class BookScreen(QWidget):
    """The day or week of the book, with its toolbar and side panel."""

    def __init__(
        self,
        presenter: BookPresenter,
        actions: BookActions,
        parent: QWidget | None = None,
        *,
        reload_ms: int = RELOAD_MS,
        clinical: bool = False,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.hooks = actions
        self.clinical = clinical  # the user records sessions: who is waiting, Open session
        self.setAccessibleName(self.tr("Appointment book"))
        self._syncing = False
        self._filled: tuple[object, ...] | None = None  # what the combos were filled with
        self._build()
        presenter.changed.connect(self._render)
        presenter.problem.connect(self._on_presenter_problem)
        self.view.canvas.picked.connect(presenter.select)
        self.view.canvas.activated.connect(self.activate)
        self.view.canvas.key_command.connect(self._on_view_key)
        self.view.canvas.dropped.connect(presenter.move_to)
        self.timer = QTimer(self)
        self.timer.setInterval(reload_ms)
        self.timer.timeout.connect(presenter.reload)
        self.timer.start()
        presenter.reload()
        self.view.setFocus()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Date shown"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.setToolTip(self.tr("Go to date"))
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self.previous_button = self._tool("<", self.tr("Previous day or week (Page Up)"))
        self.today_button = self._tool(self.tr("&Today"), self.tr("Today (T)"))
        self.next_button = self._tool(">", self.tr("Next day or week (Page Down)"))
        self.day_button = self._tool(self.tr("&Day"), self.tr("Day view (D)"), checkable=True)
        self.week_button = self._tool(self.tr("&Week"), self.tr("Week view (W)"), checkable=True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.day_button)
        modes.addButton(self.week_button)
        self.previous_button.clicked.connect(lambda: self.presenter.step(False))
        self.next_button.clicked.connect(lambda: self.presenter.step(True))
        self.today_button.clicked.connect(self.presenter.go_today)
        self.day_button.clicked.connect(lambda: self.presenter.set_mode(Mode.DAY))
        self.week_button.clicked.connect(lambda: self.presenter.set_mode(Mode.WEEK))
        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setAccessibleName(self.tr("Practitioner"))
        self.practitioner_combo.activated.connect(self._on_practitioner_chosen)
        self.room_combo = QComboBox()
        self.room_combo.setAccessibleName(self.tr("Room"))
        self.room_combo.activated.connect(self._on_room_chosen)
        self.find_button = QPushButton(self.tr("&Find a free time..."))
        self.new_button = QPushButton(self.tr("&New booking..."))
        self.reload_button = QPushButton(self.tr("&Reload"))
        for button in (self.find_button, self.new_button, self.reload_button):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
        self.find_button.clicked.connect(self._on_find_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.reload_button.clicked.connect(self.presenter.reload)
        self.message_bar = MessageBar()
        self.message_bar.reload_button.setVisible(False)
        self.view = BookView()
        self.panel = AppointmentPanel(clinical=self.clinical)
        self.waiting_list = WaitingList()
        self.waiting_list.setVisible(self.clinical)
        self.waiting_list.chosen.connect(self._on_waiting_chosen)
        self.waiting_list.picked.connect(self.presenter.select_appointment)
        side_width = max(240, self.fontMetrics().horizontalAdvance("M") * 18)
        for side_widget in (self.panel, self.waiting_list):
            side_widget.setFixedWidth(side_width)
        self._connect_panel()

        first = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            first.addWidget(widget)
        first.addWidget(self.title, 1)
        first.addWidget(self.date_edit)
        first.addWidget(self.day_button)
        first.addWidget(self.week_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Practitioner:")))
        second.addWidget(self.practitioner_combo)
        second.addWidget(QLabel(self.tr("Room:")))
        second.addWidget(self.room_combo)
        second.addStretch(1)
        for action_button in (self.find_button, self.new_button, self.reload_button):
            second.addWidget(action_button)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(self.waiting_list)
        side.addWidget(self.panel, 1)
        body.addLayout(side)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(first)
        column.addLayout(second)
        column.addLayout(self._legend())
        column.addWidget(self.message_bar)
        column.addLayout(body, 1)

    def _tool(self, text: str, tip: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(checkable)
        return button

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Key:")))
        self.legend_labels: list[QLabel] = []
        for _state, word, look in looks.legend():
            label = QLabel(word)
            decoration = " text-decoration: line-through;" if look.freed else ""
            label.setStyleSheet(
                f"background: {look.fill}; color: {look.text}; border: 1px solid {look.edge};"
                f" border-left: 5px solid {look.edge}; padding: 1px 6px;{decoration}"
            )
            label.setAccessibleName(self.tr("Colour key: {word}").format(word=word))
            row.addWidget(label)
            self.legend_labels.append(label)
        row.addWidget(QLabel(self.tr("(struck through: the time is free)")))
        row.addStretch(1)
        return row

    def _connect_panel(self) -> None:
        panel = self.panel
        panel.check_in_button.clicked.connect(self.presenter.check_in)
        panel.no_show_button.clicked.connect(self.presenter.no_show)
        panel.move_button.clicked.connect(lambda: self._with_view(self.hooks.move))
        panel.cancel_button.clicked.connect(lambda: self._with_view(self.hooks.cancel))
        panel.receipt_button.clicked.connect(lambda: self._with_view(self.hooks.receipt))
        panel.payment_button.clicked.connect(self._on_payment_clicked)
        panel.open_patient_button.clicked.connect(self._on_open_patient_clicked)
        panel.patient_opened.connect(self._on_open_patient_clicked)
        panel.book_here_button.clicked.connect(self._on_new_clicked)
        panel.open_session_button.clicked.connect(self._on_open_session_clicked)

    # --- intents ----------------------------------------------------------------------

    def activate(self) -> None:
        """Enter or a double-click: an appointment's actions, or a new booking at the
        empty slot selected."""
        if self.presenter.selected_appointment() is not None:
            button = self.panel.first_enabled()
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._on_new_clicked()

    def _with_view(self, hook: object) -> None:
        view = self.presenter.selected_appointment()
        if view is None:
            return
        if hook(view):  # type: ignore[operator]
            self.presenter.reload()
        self.view.setFocus()

    def _on_new_clicked(self) -> None:
        start, practitioner = self.presenter.booking_start()
        if self.hooks.new_booking(start, practitioner):
            self.presenter.reload()
        self.view.setFocus()

    def _on_find_clicked(self) -> None:
        if self.hooks.find_slot(self.presenter.shown_practitioner):
            self.presenter.reload()

    def _on_payment_clicked(self) -> None:
        view = self.presenter.selected_appointment()
        if view is not None:
            self.hooks.take_payment(view.patient_id)
            self.presenter.reload()

    def _on_open_patient_clicked(self) -> None:
        view = self.presenter.selected_appointment()
        if view is not None:
            self.hooks.open_patient(view.patient_id)

    def _on_open_session_clicked(self) -> None:
        view = self.presenter.selected_appointment()
        if view is not None:
            self.open_session(view)

    def _on_waiting_chosen(self, appointment_id: int) -> None:
        view = self.presenter.waiting_view(appointment_id)
        if view is not None:
            self.open_session(view)

    def open_session(self, view: AppointmentView) -> None:
        """Today's session of the appointment's course (a practitioner's), then the book
        read again: the appointment is in treatment once its session is open."""
        if not self.clinical or not self.presenter.can_open_session(view):
            return
        self.hooks.open_session(view)
        self.presenter.reload()

    def _on_view_key(self, command: str) -> None:
        presenter = self.presenter
        if command in ("up", "down", "left", "right"):
            presenter.move_selection(command)
        elif command in ("next", "previous"):
            presenter.step(command == "next")
        elif command == "today":
            presenter.go_today()
        elif command in ("day", "week"):
            presenter.set_mode(Mode(command))

    def _on_date_edit_changed(self, date: QDate) -> None:
        if not self._syncing:
            self.presenter.show_day(date.toPython())  # type: ignore[arg-type]

    def _on_practitioner_chosen(self, index: int) -> None:
        self.presenter.set_practitioner(self.practitioner_combo.itemData(index))
        self.view.setFocus()

    def _on_room_chosen(self, index: int) -> None:
        data = self.room_combo.itemData(index)
        if data == BY_ROOM:
            self.presenter.set_room(None, by_room=True)
        else:
            self.presenter.set_room(data)
        self.view.setFocus()

    def _on_presenter_problem(self, text: str) -> None:
        self.message_bar.show_message(text)

    # --- showing ----------------------------------------------------------------------

    def _render(self) -> None:
        presenter = self.presenter
        self._syncing = True
        try:
            self.title.setText(presenter.title())
            self.date_edit.setDate(
                QDate(presenter.day.year, presenter.day.month, presenter.day.day)
            )
            self.day_button.setChecked(presenter.mode == Mode.DAY)
            self.week_button.setChecked(presenter.mode == Mode.WEEK)
            self._fill_combos()
        finally:
            self._syncing = False
        hours = presenter.context.hours
        self.view.show_book(
            presenter.columns,
            presenter.bounds,
            (hours.opens, hours.closes),
            presenter.selection,
            presenter.today,
            self.describe(),
        )
        if self.clinical:
            self.waiting_list.show_waiting(presenter.waiting, presenter.waiting_minutes)
        self._show_panel()

    def _fill_combos(self) -> None:
        """The practitioners and rooms to choose from (filled again only when they
        changed: a clinic of 150 practitioners would otherwise cost each reload), and the
        current choices."""
        presenter = self.presenter
        combo, rooms = self.practitioner_combo, self.room_combo
        filled = (presenter.context.practitioners, presenter.context.rooms)
        if filled != self._filled:
            self._filled = filled
            combo.clear()
            combo.addItem(self.tr("All practitioners"), None)
            for person in presenter.context.practitioners:
                combo.addItem(person.name, person.id)
            rooms.clear()
            rooms.addItem(self.tr("All rooms"), None)
            rooms.addItem(self.tr("By room (a column each)"), BY_ROOM)
            for room in presenter.context.rooms:
                rooms.addItem(room.name, room.id)
        combo.setCurrentIndex(max(combo.findData(presenter.shown_practitioner), 0))
        chosen = BY_ROOM if presenter.by_room else presenter.room_id
        rooms.setCurrentIndex(max(rooms.findData(chosen), 0))

    def _show_panel(self) -> None:
        presenter = self.presenter
        view = presenter.selected_appointment()
        if view is not None:
            self.panel.show_appointment(
                view,
                check_in=presenter.can_check_in(view),
                miss=presenter.can_miss(view),
                session=self.clinical and presenter.can_open_session(view),
            )
            return
        if presenter.selection is None:
            self.panel.show_nothing()
            return
        self.panel.show_slot(self.describe(), bookable=True)

    def describe(self) -> str:
        """The selection in words (the panel's and the screen reader's)."""
        presenter = self.presenter
        view = presenter.selected_appointment()
        if view is not None:
            return looks.full_text(view).replace("\n", "; ")
        chosen, column = presenter.selection, presenter.selected_column()
        if chosen is None or column is None:
            return ""
        day = chosen.day
        when = f"{formats.weekday_day_month(day)}, {clock(chosen.minute)}"
        where = column.title if presenter.mode == Mode.DAY else self._whose()
        closed = "" if column.is_open else self.tr(" (the clinic is closed)")
        return self.tr("{when}, {where}{closed}").format(when=when, where=where, closed=closed)

    def _whose(self) -> str:
        who = self.presenter.shown_practitioner
        people = {p.id: p.name for p in self.presenter.context.practitioners}
        return people.get(who, "") if who is not None else ""

    def shown_day(self) -> dt.date:
        return self.presenter.day
