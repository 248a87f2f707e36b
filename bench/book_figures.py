"""The appointment book's figures (issue 18): the day and week views through the service
and painted offscreen by the real screen, booking a course of six, the free-slot search
over four weeks, and a day's takings.

The demo clinic of 50,000 patients holds about 500,000 appointments (one per session,
plus the cancelled and missed ones) over its practitioners (one per 300 patients, see
planner.demo.staff). Days are drawn at random from the weeks around the demo's today,
weekdays only, the same for every run (seeded).
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable

from sqlalchemy import func, select

from bench.clinic import actor
from bench.stats import Figure, Stopwatch, time_ms
from planner.services.appointments import AppointmentService
from planner.services.takings import DayReportService
from planner.storage.database import Database
from planner.storage.models import Appointment, SessionPayment

WEEK = 7
SEARCH_DAYS = 28


def weekdays_around(today: dt.date, count: int, seed: int = 1) -> list[dt.date]:
    """``count`` weekdays from eight weeks before ``today`` to four weeks after."""
    rng = random.Random(seed)
    days: list[dt.date] = []
    while len(days) < count:
        day = today + dt.timedelta(days=rng.randint(-56, 28))
        if day.isoweekday() <= 5:
            days.append(day)
    return days


def _clock(today: dt.date) -> Callable[[], dt.datetime]:
    """The demo's today at 08:00 UTC, as the services' clock."""
    moment = dt.datetime.combine(today, dt.time(8, 0), tzinfo=dt.UTC)
    return lambda: moment


def book_service(db: Database, today: dt.date, username: str = "reception") -> AppointmentService:
    return AppointmentService(db, actor(db, username), today=lambda: today, clock=_clock(today))


def view_figures(db: Database, today: dt.date, runs: int, target: float) -> list[Figure]:
    """service.days(...) for one practitioner's day and week; everyone's day (a column
    per practitioner: 167 of them at 50,000 patients) for information."""
    service = book_service(db, today)
    service.days(today)  # warm
    days = weekdays_around(today, runs)
    per_day = [len(service.days(day, practitioner_id=1)[0].appointments) for day in days[:5]]
    everyone = [len(service.days(day)[0].appointments) for day in days[:5]]
    day_samples = time_ms_each(lambda day: service.days(day, practitioner_id=1), days)
    all_samples = time_ms_each(lambda day: service.days(day), days)
    mondays = [day - dt.timedelta(days=day.weekday()) for day in days]
    week_samples = time_ms_each(lambda day: service.days(day, WEEK, practitioner_id=1), mondays)
    return [
        Figure(
            "book: day view, one practitioner (service)",
            "ms",
            day_samples,
            target,
            note=f"{min(per_day)}–{max(per_day)} appointments a day",
        ),
        Figure("book: week view, one practitioner (service)", "ms", week_samples, target),
        Figure(
            "book: day view, everyone (service)",
            "ms",
            all_samples,
            None,
            kind="info",
            note=f"{min(everyone)}–{max(everyone)} appointments a day",
        ),
    ]


def time_ms_each(work: Callable[[dt.date], object], days: list[dt.date]) -> list[float]:
    watch = Stopwatch()
    for day in days:
        with watch.lap():
            work(day)
    return watch.samples


def painted_figures(db: Database, today: dt.date, runs: int, target: float) -> list[Figure]:
    """The real book screen offscreen at 1366×768: the presenter loads the day (or the
    week) and the screen paints it (``widget.grab()``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from planner.ui.book import BookActions, BookPresenter, BookScreen, Mode

    app = QApplication.instance() or QApplication([])
    presenter = BookPresenter(book_service(db, today), today=lambda: today)
    screen = BookScreen(
        presenter,
        BookActions(new_booking=lambda *_: False, move=lambda *_: False),
        reload_ms=3_600_000,
    )
    screen.resize(1366, 768)
    screen.show()
    app.processEvents()
    figures = []
    try:
        presenter.set_practitioner(1)
        for mode, name in ((Mode.DAY, "day"), (Mode.WEEK, "week")):
            presenter.set_mode(mode)
            screen.grab()  # warm

            def work(day: dt.date) -> None:
                presenter.show_day(day)
                screen.grab()

            samples = time_ms_each(work, weekdays_around(today, runs, seed=2))
            figures.append(
                Figure(
                    f"book: {name} view painted, one practitioner (GUI)",
                    "ms",
                    samples,
                    target,
                    note="presenter load + grab(), offscreen, 1366×768",
                )
            )
    finally:
        screen.timer.stop()
        screen.close()
        screen.deleteLater()
        app.processEvents()
    return figures


def book_course_figure(
    db: Database, courses: list[int], today: dt.date, runs: int, target: float
) -> tuple[Figure, Figure]:
    """A course of six booked as the course dialog does: its times proposed, then all
    six booked in one transaction (each course is used up). Also the proposal's time."""
    service = book_service(db, today)
    booking, proposing = Stopwatch(), Stopwatch()
    counts: list[int] = []
    for n, course_id in enumerate(courses[: runs + 1]):
        with proposing.lap():
            proposals = service.propose_course(course_id)
        times = tuple((p.session_id, p.starts_at) for p in proposals if p.starts_at is not None)
        assert len(proposals) == 6 and times, proposals
        counts.append(len(times))
        if n == 0:  # warm-up
            service.book_course(course_id, times)
            proposing.samples.clear()
            continue
        with booking.lap():
            booked = service.book_course(course_id, times)
        assert len(booked) == len(times)
    note = "1 transaction"
    if min(counts) < 6:
        note += f"; {min(counts)}–{max(counts)} of the 6 had a free time proposed"
    return (
        Figure("book: a course of 6 booked", "ms", booking.samples, target, note=note),
        Figure("book: a course's 6 times proposed", "ms", proposing.samples, None, kind="info"),
    )


def free_slot_figure(db: Database, today: dt.date, runs: int, target: float) -> Figure:
    """Free 30-minute slots with one practitioner (drawn at random) over the next four
    weeks, as the free-slot finder asks."""
    service = book_service(db, today)
    people = [person.id for person in service.context().practitioners]
    rng = random.Random(3)
    found: list[int] = []

    def work() -> None:
        who = rng.choice(people)
        found.append(len(service.free_slots(who, today, 30, days=SEARCH_DAYS)))

    samples = time_ms(work, runs, warm=2)
    return Figure(
        "book: free slots, next 4 weeks",
        "ms",
        samples,
        target,
        note=f"{min(found)}–{max(found)} free starts found",
    )


def takings_figure(db: Database, today: dt.date, runs: int, target: float) -> Figure:
    """DayReportService.takings for a past weekday (all the day's payments and totals)."""
    service = DayReportService(db, actor(db, "reception"), today=lambda: today, clock=_clock(today))
    days = [d for d in weekdays_around(today, runs * 3, seed=4) if d <= today][:runs]
    counts = [len(service.takings(day).payments) for day in days[:5]]
    samples = time_ms_each(service.takings, days)
    return Figure(
        "takings for a day (service)",
        "ms",
        samples,
        target,
        note=f"{min(counts)}–{max(counts)} payments a day",
    )


def book_size(db: Database) -> tuple[int, int]:
    """How many appointments and payments the clinic holds."""
    with db.read() as session:
        appointments = session.scalar(select(func.count()).select_from(Appointment)) or 0
        payments = session.scalar(select(func.count()).select_from(SessionPayment)) or 0
    return int(appointments), int(payments)


def book_figures(
    db: Database,
    meta: dict[str, object],
    today: dt.date,
    runs: int,
    factor: float,
    *,
    gui: bool = True,
) -> list[Figure]:
    """Every figure of the book (targets times ``factor``: 2 on PostgreSQL)."""
    figures = view_figures(db, today, runs, 30 * factor)
    if gui:
        figures += painted_figures(db, today, runs, 30 * factor)
    figures.append(free_slot_figure(db, today, runs, 20 * factor))
    courses = meta.get("book_courses")
    if isinstance(courses, list) and courses:
        figures += book_course_figure(
            db, [int(c) for c in courses], today, min(runs, len(courses) - 1), 50 * factor
        )
    figures.append(takings_figure(db, today, runs, 200 * factor))
    appointments, payments = book_size(db)
    figures.append(
        Figure(
            "book: appointments in the clinic",
            "rows",
            kind="info",
            value=float(appointments),
            note=f"{payments:,} payments",
        )
    )
    return figures
