"""The clinic opened behind the sign-in window (:mod:`planner.ui.launch` waits for it).

``planner.app.open_for_window`` runs on a worker thread while the person types: it opens
(and checks, and if need be migrates) the database, warms the patient list's first page
and makes an :class:`OpenedClinic`, the services the sign-in needs. On the main thread
:meth:`OpenedClinic.controller` then makes the session controller that takes over the
sign-in window. Importing this module imports the services and SQLAlchemy's ORM: only
the worker thread does, after the sign-in window has painted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Protocol, TypedDict

from PySide6.QtCore import QCoreApplication

from planner.domain.errors import PlannerError
from planner.services.accounts import AccountService
from planner.services.actor import Actor
from planner.services.audit_anchors import AuditAnchors
from planner.services.backups import BackupService
from planner.services.clinic import ClinicService
from planner.ui.main_window import MainWindow
from planner.ui.signin.controller import SignInController
from planner.ui.tasks import BackgroundTasks, RunAtOnce, Task, TaskRunner

log = logging.getLogger(__name__)


class Disposable(Protocol):
    def dispose(self) -> None: ...


@dataclass
class OpenedClinic:
    """The open database and the services the sign-in needs (``planner.app`` makes it)."""

    db: Disposable
    accounts: AccountService
    backups: BackupService
    anchors: AuditAnchors
    clinic: ClinicService
    windows: Callable[[], Callable[[Actor], MainWindow]]
    """Makes the main-window factory (on the main thread)."""

    def sign_in(self, username: str, password: str) -> Actor:
        return self.accounts.sign_in(username, password)

    def controller(
        self,
        app: QCoreApplication,
        runner: TaskRunner,
        tasks: BackgroundTasks | None,
        *,
        smoke_test: bool = False,
    ) -> SignInController:
        """The session controller (main thread); with ``tasks`` the daily backup starts.
        A smoke test's user goes straight to their window (no "choose a new password")."""
        if tasks is not None:
            start_daily_backup(self.backups, self.anchors, tasks)
        return SignInController(
            self.accounts,
            self.windows(),
            self.clinic,
            watch=app,
            runner=runner,
            ask_new_password=not smoke_test,
            **anchor_hooks(self.anchors),
        )

    def close(self) -> None:
        self.db.dispose()


class AnchorHooks(TypedDict):
    after_sign_in: Callable[[], object]
    after_sign_out: Callable[[], object]


def anchor_hooks(anchors: AuditAnchors) -> AnchorHooks:
    """The session controller's hooks that record the audit chain's head: at sign-in
    (with PostgreSQL logins the first moment the database can be read) and sign-out."""
    return AnchorHooks(
        after_sign_in=partial(anchors.record, "sign-in"),
        after_sign_out=partial(anchors.record, "sign-out"),
    )


def start_daily_backup(
    backups: BackupService,
    anchors: AuditAnchors | None = None,
    tasks: BackgroundTasks | RunAtOnce | None = None,
) -> Task:
    """SQLite: the day's backup, when due, beside the window (through ``tasks``: the copy is
    its own connection; a quit waits for it); then the audit chain's head goes into the
    anchor file. Without ``tasks`` it runs at once (tests)."""

    def run() -> None:
        try:
            backups.daily_if_due()
        except PlannerError as error:
            log.warning("daily backup not made: %s", error.message)
        if anchors is not None:
            anchors.record("daily")

    return (tasks or RunAtOnce()).run(run, _ignore, _raise)


def _ignore(_value: object) -> None:
    pass


def _raise(error: BaseException) -> None:
    raise error  # a bug: the crash hook shows it
