"""The appointment book as a part of the main window (:mod:`planner.ui.window_parts`).

:class:`BookPart` puts the book (:class:`planner.ui.book.screen.BookScreen`) on a page
beside Patients — reception's first page, a practitioner's second, showing their own
column's day — and an Appointments menu: New booking, Find a free time, Book the course's
times, Take payment, Save appointments to the patient's calendar and End of day. It
wires the book's buttons to the booking dialogs (:mod:`planner.ui.book.dialogs`), the
payment window (:mod:`planner.ui.payments`), the patient's documents (receipts) and, for a
practitioner, today's session of the course (the Patient part's "today's session"). The dialogs are
imported when first opened: the window paints without their modules (PDF, printing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain.access import Action
from planner.domain.i18n import translate
from planner.domain.patients import full_name
from planner.services.actor import Actor
from planner.services.appointment_calendar import CalendarService
from planner.services.appointment_views import AppointmentView
from planner.services.appointments import AppointmentService
from planner.services.patients import PatientDirectory
from planner.services.payments import PaymentService
from planner.ui.book.panel import BookActions
from planner.ui.book.presenter import BookPresenter
from planner.ui.book.screen import BookScreen
from planner.ui.lazy_page import LazyPage
from planner.ui.window_parts import PATIENT_ORDER, PartBase, WindowHost

if TYPE_CHECKING:
    from planner.services.takings import DayReportService
    from planner.ui.documents.output import FileChooser

BOOK_ORDER = PATIENT_ORDER + 5  # the Appointments menu, after Patient
FIND_LIMIT = 12


@dataclass(frozen=True)
class DeskServices:
    """The front desk's services for one signed-in user."""

    book: AppointmentService
    payments: PaymentService
    reports: Callable[[], DayReportService]  # made when first used: it brings ReportLab
    calendar: CalendarService
    directory: PatientDirectory


def day_reports(*args: Any) -> DayReportService:
    """A DayReportService of ``args`` (its module, with the PDF library, loads now)."""
    from planner.services.takings import DayReportService

    return DayReportService(*args)


class BookPart(PartBase):
    def __init__(
        self,
        actor: Actor,
        services: DeskServices,
        today: Callable[[], dt.date],
        *,
        choose_file: FileChooser | None = None,
    ) -> None:
        self._choose_file = choose_file  # Save As for the end of day and the calendar file
        self._actor = actor
        self._services = services
        self._today = today
        self._host: WindowHost | None = None
        self._patient_id: int | None = None
        self.screen: BookScreen | None = None  # built when its page is first shown
        self._page: QWidget | None = None  # the screen, or the page standing in for it
        self._patient_actions: list[QAction] = []

    @staticmethod
    def allowed(actor: Actor) -> bool:
        return actor.can(Action.VIEW_SCHEDULE)

    def contribute(self, host: WindowHost) -> None:
        self._host = host
        if self.allowed(self._actor):
            title = translate("BookPart", "&Appointments")
            if self._actor.can(Action.RECORD_SESSION):  # a practitioner's second page:
                self._page = LazyPage(self._build_screen)  # built when first opened
                host.add_home_page(self._page, title)
            else:  # reception's first page
                self._page = self._build_screen()
                host.add_home_page(self._page, title, first=True)
        host.place_menu(self._menu(host), BOOK_ORDER)

    def _build_screen(self) -> BookScreen:
        clinical = self._actor.can(Action.RECORD_SESSION)
        me = self._actor.user_id if clinical else None
        presenter = BookPresenter(self._services.book, today=self._today, waiting_for=me)
        if me is not None:
            presenter.set_practitioner(me)  # their own day first
        self.screen = BookScreen(presenter, self._actions(), clinical=clinical)
        self.screen.setObjectName("appointment_book")
        return self.screen

    def _menu(self, host: WindowHost) -> QMenu:
        menu = QMenu(translate("BookPart", "Appoint&ments"), host.widget)
        menu.setObjectName("appointments_menu")
        if self.allowed(self._actor):
            menu.addAction(
                self._make(
                    translate("BookPart", "&New booking…"), self._new_booking, "Ctrl+Shift+B"
                )
            )
            menu.addAction(self._make(translate("BookPart", "&Find a free time…"), self._find_slot))
            menu.addSeparator()
            for text, slot, name in (
                (
                    translate("BookPart", "Book the course's &times…"),
                    self._course_times,
                    "course_times_action",
                ),
                (
                    translate("BookPart", "Take &payment…"),
                    self._take_payment_for_opened,
                    "take_payment_action",
                ),
                (
                    translate("BookPart", "Save appointments for the patient's &calendar…"),
                    self._calendar,
                    "ics",
                ),
            ):
                action = self._make(text, slot)
                action.setObjectName(name)
                action.setEnabled(False)
                self._patient_actions.append(action)
                menu.addAction(action)
        if self._actor.can(Action.VIEW_DAY_REPORTS):
            menu.addSeparator()
            end = self._make(translate("BookPart", "&End of day…"), self._end_of_day)
            end.setObjectName("end_of_day_action")
            menu.addAction(end)
        return menu

    def _make(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        assert self._host is not None
        action = QAction(text, self._host.widget)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _actions(self) -> BookActions:
        return BookActions(
            new_booking=self._book_at,
            move=self._move,
            cancel=self._cancel,
            find_slot=self._find_for,
            take_payment=self._take_payment,
            receipt=self._receipt,
            open_patient=self._open_patient,
            open_session=self._open_session,
        )

    # --- what the window tells the part ----------------------------------------------

    def patient_opened(self, patient_id: int) -> None:
        self._patient_id = patient_id

    def update_actions(self) -> None:
        for action in self._patient_actions:
            action.setEnabled(self._patient_id is not None)

    # --- the hooks --------------------------------------------------------------------

    def _find_patient(self, text: str) -> list[tuple[int, str]]:
        directory = self._services.directory
        ids = directory.search_ids(text, limit=FIND_LIMIT)
        rows = directory.rows(ids)
        return [
            (
                i,
                translate("BookPart", "{name} - chart {chart}").format(
                    name=full_name(rows[i].given_name, rows[i].family_name),
                    chart=rows[i].chart_number,
                ),
            )
            for i in ids
            if i in rows
        ]

    def _book_at(self, start: dt.datetime | None, practitioner_id: int | None) -> bool:
        assert self._host is not None
        from planner.ui.book.dialogs import ask_new_booking

        booked = ask_new_booking(
            self._host.widget,
            self._services.book,
            self._services.book.context(),
            self._today(),
            find_patient=self._find_patient,
            start=start,
            practitioner_id=practitioner_id,
        )
        self._reload()
        return booked is not None

    def _new_booking(self) -> None:
        self._book_at(None, None)

    def _move(self, view: AppointmentView) -> bool:
        assert self._host is not None
        from planner.ui.book.dialogs import ask_move

        moved = ask_move(
            self._host.widget, self._services.book, self._services.book.context(), view,
            self._today(),
        )  # fmt: skip
        return moved is not None

    def _cancel(self, view: AppointmentView) -> bool:
        assert self._host is not None
        context = self._services.book.context()
        from planner.ui.book.dialog_cancel import ask_cancel

        done = ask_cancel(
            self._host.widget, self._services.book, view, context.hours.late_cancel_hours,
            context=context,
        )  # fmt: skip
        return done is not None

    def _find_for(self, practitioner_id: int | None) -> bool:
        assert self._host is not None
        context = self._services.book.context()
        from planner.ui.book.dialog_finder import ask_free_slot

        chosen = ask_free_slot(
            self._host.widget, self._services.book, context, self._today(), practitioner_id
        )
        if chosen is None:
            return False
        return self._book_at(chosen.starts_at, chosen.practitioner_id)

    def _find_slot(self) -> None:
        self._find_for(None)

    def _course_times(self) -> None:
        assert self._host is not None
        if self._patient_id is None:
            return
        courses = self._services.book.courses_to_book(self._patient_id)
        if not courses:
            self._host.show_status(
                translate("BookPart", "Every session of this patient's courses has a time.")
            )
            return
        from planner.ui.book.dialog_course import ask_course_times

        ask_course_times(self._host.widget, self._services.book, courses[-1], self._today())
        self._reload()

    def _take_payment(self, patient_id: int) -> None:
        assert self._host is not None
        from planner.ui.payments.dialog import open_payments

        open_payments(self._host.widget, self._services.payments, patient_id, self._today())

    def _take_payment_for_opened(self) -> None:
        if self._patient_id is not None:
            self._take_payment(self._patient_id)

    def _calendar(self) -> None:
        assert self._host is not None
        if self._patient_id is not None:
            from planner.ui.book.calendar_action import save_calendar
            from planner.ui.documents.output import native_save_dialog

            save_calendar(
                self._host.widget,
                self._services.calendar,
                self._patient_id,
                self._choose_file or native_save_dialog,
                tell=self._host.show_status,
            )

    def _receipt(self, view: AppointmentView) -> None:
        """The patient's documents (receipts, invoices, take-home sheets), opened."""
        assert self._host is not None
        self._host.open_patient(view.patient_id)
        actions = getattr(self._host.widget, "patient_actions", None)  # the Patient part's
        if actions is not None and getattr(actions, "documents", None) is not None:
            actions.open_documents()
        if self._page is not None:  # the documents open in their own window: the book stays
            self._host.show_home_page(self._page)

    def _open_patient(self, patient_id: int) -> None:
        assert self._host is not None
        self._host.open_patient(patient_id)

    def _open_session(self, view: AppointmentView) -> None:
        """The patient opened, then today's session of the appointment's course (the
        Patient part's); opening it puts the appointment in treatment (storage sync)."""
        assert self._host is not None
        if view.course_id is None:
            return
        self._host.open_patient(view.patient_id)
        actions = getattr(self._host.widget, "patient_actions", None)  # the Patient part's
        if actions is not None:
            actions.open_today_session(view.course_id)
        self._reload()

    def _end_of_day(self) -> None:
        assert self._host is not None
        from planner.ui.desk.end_of_day import open_end_of_day, save_dialog

        reports = self._services.reports()
        choose = self._choose_file or save_dialog
        open_end_of_day(self._host.widget, reports, self._today(), choose_file=choose)

    def _reload(self) -> None:
        if self.screen is not None:
            self.screen.presenter.reload()
