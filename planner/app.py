"""Composition root: the Qt application, the database, the services and the windows.

:func:`run_gui` is what ``acuplanner`` runs without a command: the sign-in window
first (:mod:`planner.ui.launch`), then, on a worker thread, :func:`open_for_window` opens
and migrates the database (:mod:`planner.ui.opening`) and the session controller takes
over, which asks for the first account or a sign-in and then opens a main window for
that user (built by :func:`build_main_window`). On a PostgreSQL URL without a user (a
workstation whose people sign in to the server as themselves) nothing connects before
the sign-in dialog.
Nothing below ``planner/ui`` looks anything up: it gets what it needs from here.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from planner import __version__, formats
from planner.clock import utc_now
from planner.config import AppPaths, backup_folder
from planner.domain.access import Action
from planner.services.accounts import AccountService
from planner.services.accounts.rules import dummy_hash
from planner.services.actor import Actor
from planner.services.appointment_calendar import CalendarService
from planner.services.appointments import AppointmentService
from planner.services.audit import AuditTrail
from planner.services.audit_anchors import ANCHOR_FILE_NAME, AuditAnchors
from planner.services.audit_view import AuditReader
from planner.services.backups import BackupService
from planner.services.clinic import ClinicInfo, ClinicService
from planner.services.courses import CourseService
from planner.services.intake import IntakeService
from planner.services.outcomes import OutcomeService
from planner.services.patients import PatientDirectory
from planner.services.payments import PaymentService
from planner.services.plan_templates import PlanTemplateService
from planner.services.plans import PlanService
from planner.services.progress import ProgressService
from planner.services.registry import PatientRegistry
from planner.services.room import RoomService
from planner.services.sessions import SessionService
from planner.storage.database import Database, open_database
from planner.storage.engine import resolve_url, sqlite_path
from planner.storage.queries.patient_search import count_matching, find_ids
from planner.storage.queries.patients import list_rows
from planner.storage.server_check import server_warnings
from planner.ui.admin.screens import AdminScreens
from planner.ui.admin.server_notice import show_server_warnings
from planner.ui.backups import BackupActions
from planner.ui.book.window_part import BookPart, DeskServices, day_reports
from planner.ui.course.screens import CourseScreens
from planner.ui.documents.screens import DocumentScreens, qt_document_output
from planner.ui.launch import LaunchOptions, run_window
from planner.ui.main_window import MainWindow
from planner.ui.opening import (  # anchor_hooks, start_daily_backup: as before, from here
    OpenedClinic,
    anchor_hooks,
    start_daily_backup,
)
from planner.ui.patients.presenter import PatientListPresenter
from planner.ui.patients.screens import PatientScreens
from planner.ui.patients.table_model import PatientTableModel
from planner.ui.patients.window_part import PatientPart
from planner.ui.prompts import Prompts
from planner.ui.questions import CourseQuestions, WindowQuestions
from planner.ui.room.screens import TreatmentScreens
from planner.ui.room.sound import AlertSound
from planner.ui.room.window_part import TreatmentPart
from planner.ui.settings import UiSettings
from planner.ui.signin.presenter import SignInPresenter, lock_screen_authenticator
from planner.ui.window_info import WindowInfo
from planner.ui.window_parts import WindowPart

if TYPE_CHECKING:
    from planner.ui.documents.output import FileChooser
    from planner.ui.documents.presenter import DocumentOutput, DocumentRecords

log = logging.getLogger(__name__)

EXIT_USAGE = 2
FREEZE_AFTER_MS = 1_000  # after the first paint, when nobody is waiting for the window
__all__ = ["anchor_hooks", "run_gui", "start_daily_backup"]


def run_gui(
    database: str,
    paths: AppPaths,
    *,
    smoke_test: bool | str,
    started: float,
    backup_dir: str | None = None,
) -> int:
    """Sign in and open the main window on ``database``; the process exit code at the end
    (:func:`planner.ui.launch.run_window`: the sign-in window first, the clinic behind it)."""
    smoke = ("window" if smoke_test is True else smoke_test) or None
    options = LaunchOptions(paths, started, smoke)
    return run_window(options, partial(open_for_window, database, paths, backup_dir))


def open_for_window(
    database: str, paths: AppPaths, backup_dir: str | None, settings: UiSettings
) -> OpenedClinic:
    """The clinic opened for the window, on the launch's worker thread: the database
    opened (checked, migrated), the patient list's first page read once (warm)."""
    folder = backup_folder(sqlite_path(resolve_url(database)), paths, backup_dir)
    db, migration = open_database(database, backup_dir=folder)
    try:
        if db.signs_in_at_server:  # PostgreSQL logins: connected, and checked, at sign-in
            log.info("postgresql database with personal logins: waiting for a sign-in")
        else:
            log.info("opened %s database (schema %s)", db.backend, migration.to_revision)
            warm_patient_list(db)
        warm_formats()
        audit = AuditTrail()
        accounts = AccountService(db, audit)
        backups = BackupService(db, folder, audit)
        dummy_hash(PasswordHasher())  # made now, not at the first sign-in (one check, not two)
        return OpenedClinic(
            db,
            accounts,
            backups,
            AuditAnchors(db, paths.data_dir / ANCHOR_FILE_NAME, folder, audit),
            ClinicService(db, audit),
            partial(  # the window's parts added after its list has painted
                MainWindowFactory,
                db,
                settings,
                Prompts(),
                accounts,
                audit,
                backups=backups,
                stepwise=True,
            ),
        )
    except BaseException:
        db.dispose()
        raise


def warm_formats() -> None:
    """Babel's locale data loaded (about 20 ms the first time) before the window needs it."""
    now = dt.datetime.now()
    for text in (formats.date_text, formats.long_date, formats.weekday_date):
        text(now.date())
    formats.day_month(now.date())
    formats.weekday_day_month(now.date())
    formats.day_month_year(now.date())
    formats.weekday_name(now.date())
    formats.datetime_text(now)
    formats.number_text(1.5, 1)


def warm_patient_list(db: Database) -> None:
    """The list's first page read as the window will read it (its disk pages, the
    statements compiled), so the list after the sign-in finds them ready."""
    try:
        with db.engine.connect() as connection:
            ids = find_ids(connection, "", include_archived=False, limit=201, after=None)
            list(list_rows(connection, ids[:100]))
            if len(ids) > 200:
                count_matching(connection, "", include_archived=False)
    except Exception:  # only a head start: the window reads it again, and says what failed
        log.warning("patient list not warmed", exc_info=True)


def build_main_window(
    db: Database,
    settings: UiSettings,
    prompts: Prompts,
    actor: Actor,
    *,
    accounts: AccountService,
    audit: AuditTrail | None = None,
    clock: Callable[[], float] = time.monotonic,
    questions: Callable[[], WindowQuestions] | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    backups: BackupService | None = None,
    course_questions: Callable[[], CourseQuestions] | None = None,
    room_clock: Callable[[], dt.datetime] = utc_now,
    room_sound: Callable[[], None] | None = None,
    document_output: Callable[[QWidget], DocumentOutput] | None = None,
    choose_file: FileChooser | None = None,
    stepwise: bool = False,
) -> MainWindow:
    """Services, presenters and widgets for one signed-in user, wired together.

    ``questions`` and ``course_questions`` make the forms' and the course screens'
    question services, ``document_output`` the Documents windows' Save As and Print
    dialogs, ``choose_file`` only the file chooser of Save As (tests answer all of them
    without a modal dialog). ``stepwise``: the parts (menus, the book, the treatment
    room) are added on the event loop's next turns, after the window is shown.
    """
    audit = audit or AuditTrail()
    directory = PatientDirectory(db, actor, audit)
    clinic_service = ClinicService(db, audit)
    model = PatientTableModel(directory)
    presenter = PatientListPresenter(
        directory, model, can_open_records=actor.can(Action.VIEW_DEMOGRAPHICS)
    )
    presenter.load()
    patients = PatientScreens(  # New/Edit patient, intake, the clinical overview
        actor,
        registry=PatientRegistry(db, actor, audit, today),
        intakes=IntakeService(db, actor, audit, today),
        questions=questions,
        today=today,
        courses=_course_screens(db, actor, audit, today, course_questions),
        documents=DocumentScreens(  # reception and practitioners: preview, print, save
            partial(_document_service, db, actor, audit, today),
            actor,
            output=document_output or partial(qt_document_output, settings, choose_file),
            prompts=prompts,  # "Replace NAME?" before an existing PDF is saved over
        ),
    )
    parts: list[WindowPart] = [  # each offers only what the actor's roles allow
        PatientPart(patients, today),
        AdminScreens(
            actor, prompts, accounts=accounts, audit=AuditReader(db, audit), clinic=clinic_service
        ),
    ]
    if BookPart.allowed(actor) or actor.can(Action.VIEW_DAY_REPORTS):  # the front desk
        desk = DeskServices(
            AppointmentService(db, actor, audit, today),
            PaymentService(db, actor, audit, today),
            partial(day_reports, db, actor, audit, today),
            CalendarService(db, actor, audit, today),
            directory,
        )
        parts.append(BookPart(actor, desk, today, choose_file=choose_file))
    if backups is not None:  # last backup in the status bar; File > Back up now, Restore…
        parts.append(BackupActions(backups, actor, prompts))
    if actor.can(Action.RECORD_SESSION):  # practitioners: treatment room and progress
        parts.append(
            TreatmentPart(_treatment_screens(db, actor, audit, today, room_clock, room_sound))
        )
    window = MainWindow(
        window_info(db, clinic_service.info()),
        actor,
        presenter,
        model,
        settings,
        prompts,
        lock_presenter=SignInPresenter(lock_screen_authenticator(accounts, actor), clock=clock),
        parts=parts,
        today=today,
        stepwise=stepwise,
    )
    model.setParent(window)
    if actor.can(Action.MANAGE_USERS):  # an admin hears of an unsafe server set-up (C5)
        show_server_warnings(window, server_warnings(db.engine))
    return window


def _course_screens(
    db: Database,
    actor: Actor,
    audit: AuditTrail,
    today: Callable[[], dt.date],
    course_questions: Callable[[], CourseQuestions] | None,
) -> CourseScreens | None:
    """Practitioners: start a course, the plan editor, the session screen, the review."""
    if not CourseScreens.allowed(actor):
        return None
    templates = PlanTemplateService(db, actor, audit)
    return CourseScreens(
        courses=CourseService(db, actor, audit, today),
        plans=PlanService(db, actor, audit, today, templates=templates),
        templates=templates,
        sessions=SessionService(db, actor, audit, today),
        questions=course_questions,
        today=today,
    )


def _treatment_screens(
    db: Database,
    actor: Actor,
    audit: AuditTrail,
    today: Callable[[], dt.date],
    room_clock: Callable[[], dt.datetime],
    room_sound: Callable[[], None] | None,
) -> TreatmentScreens:
    """Practitioners: the treatment room, its timer strip, course and clinic progress."""
    return TreatmentScreens(
        rooms=RoomService(
            db,
            actor,
            SessionService(db, actor, audit, today, room_clock),
            audit,
            today,
            room_clock,
        ),
        sessions=SessionService(db, actor, audit, today),
        progress=ProgressService(db, actor, audit, today),
        outcomes=OutcomeService(db, actor, audit, today),
        clock=room_clock,
        sound=room_sound or AlertSound(),
        today=today,
        appointments=AppointmentService(db, actor, audit, today),
        practitioner_id=actor.user_id,
    )


def window_info(db: Database, clinic: ClinicInfo) -> WindowInfo:
    """What the window shows of the clinic and the open database."""
    backend, location = describe_backend(db)
    return WindowInfo(
        version=__version__,
        clinic_name=clinic.name,
        is_demo=clinic.is_demo,
        backend=backend,
        location=location,
        display_url=db.display_url,
    )


def _document_service(
    db: Database, actor: Actor, audit: AuditTrail, today: Callable[[], dt.date]
) -> DocumentRecords:
    """The documents service, loaded when the Documents window first opens (it brings
    the export package's data classes, and ReportLab when a PDF is made)."""
    from planner.services.documents import DocumentService

    return DocumentService(db, actor, audit, today)


class MainWindowFactory:
    """Makes the main window for whoever signs in (the session controller calls it)."""

    def __init__(
        self,
        db: Database,
        settings: UiSettings,
        prompts: Prompts,
        accounts: AccountService,
        audit: AuditTrail,
        *,
        clock: Callable[[], float] = time.monotonic,
        backups: BackupService | None = None,
        stepwise: bool = False,
    ) -> None:
        self._stepwise = stepwise
        self._db = db
        self._settings = settings
        self._prompts = prompts
        self._accounts = accounts
        self._audit = audit
        self._clock = clock
        self._backups = backups

    def __call__(self, actor: Actor) -> MainWindow:
        window = build_main_window(
            self._db,
            self._settings,
            self._prompts,
            actor,
            accounts=self._accounts,
            audit=self._audit,
            clock=self._clock,
            backups=self._backups,
            stepwise=self._stepwise,
        )
        QTimer.singleShot(FREEZE_AFTER_MS, window, freeze_long_lived_objects)
        return window


def freeze_long_lived_objects() -> None:
    """Once the window is up: what start-up made (modules, classes, the window's widgets)
    lives as long as the app, so it is moved out of the garbage collector's reach. Later
    collections then look only at what was made since, instead of pausing the window for
    tens of milliseconds in the middle of typing or opening a patient."""
    gc.collect()
    gc.freeze()


def describe_backend(db: Database) -> tuple[str, str]:
    """("SQLite", file path) or ("PostgreSQL", host[:port]/database) — never a password."""
    path = sqlite_path(db.url)
    if path is not None:
        return "SQLite", str(path)
    host = db.url.host or "localhost"
    if db.url.port:
        host = f"{host}:{db.url.port}"
    return "PostgreSQL", f"{host}/{db.url.database or ''}"
