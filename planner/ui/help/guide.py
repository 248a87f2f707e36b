"""Where the offline guide lives, and which of its sections each window is about.

The user and admin guides (``docs/*.md`` and their pictures) ship in the wheel as
``planner/resources/help`` (pyproject maps that package to ``docs/``, so there is no copy
to keep in step); a checkout reads ``docs/``. :data:`SECTIONS` maps a
window's (or a page's) object name or class name to a :class:`GuideSection`: the guide
page, its heading and, optionally, the first words of the paragraph to show.
:func:`section_for` walks from the widget with the keyboard up to its window and takes the
first one it knows, so F1 on the appointment book inside the main window shows the book's
section. Plain Python apart from that walk; no Qt import at module level beyond QWidget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QWidget

USER_GUIDE = "user-guide.md"
ADMIN_GUIDE = "admin-guide.md"
GUIDE_PAGES = (USER_GUIDE, ADMIN_GUIDE)


@dataclass(frozen=True, slots=True)
class GuideSection:
    """A place in the guide: a page, a heading on it, and a paragraph's first words."""

    page: str
    heading: str
    phrase: str = ""

    @property
    def anchor(self) -> str:
        return slug(self.heading)


def _user(heading: str, phrase: str = "") -> GuideSection:
    return GuideSection(USER_GUIDE, heading, phrase)


def _admin(heading: str, phrase: str = "") -> GuideSection:
    return GuideSection(ADMIN_GUIDE, heading, phrase)


_SIGN_IN = _user("Signing in")
_PATIENTS = _user("Finding a patient")
_COURSES = "Courses and sessions"
_ROOM = "The treatment room and progress"
_BOOK = "The appointment book"
_PAYMENTS = "Taking payments and refunds"
_ACCOUNTS = _admin("Accounts, roles and the audit trail")

TOP = _user("AcuPlanner user guide")  # any window the guide has no section for

SECTIONS: dict[str, GuideSection] = {
    "MainWindow": _PATIENTS,
    "PatientListWidget": _PATIENTS,
    "PatientOverviewWidget": _PATIENTS,
    "PatientDialog": _PATIENTS,
    "SignInDialog": _SIGN_IN,
    "FirstRunDialog": _SIGN_IN,
    "LockScreen": _SIGN_IN,
    "ChangePasswordDialog": _SIGN_IN,
    "IntakeWindow": _user(_COURSES, "The intake asks"),
    "StartCourseDialog": _user(_COURSES, "Start a course"),
    "PlanEditorWindow": _user(_COURSES, "Plan (Ctrl+Shift+P)"),
    "SessionWindow": _user(_COURSES, "Today's session"),
    "ReviewDialog": _user(_COURSES, "Review (Ctrl+Shift+R"),
    "RoomWindow": _user(_ROOM),
    "TodayList": _user(_BOOK, "Checking in"),
    "OutcomeEntryDialog": _user(_ROOM, "Outcome scores"),
    "CourseProgressDialog": _user(_ROOM, "Progress:"),
    "ClinicDialog": _user(_ROOM, "Progress:"),
    "DocumentsWindow": _user("Documents", "In the window"),
    "BookScreen": _user(_BOOK),
    "NewBookingDialog": _user(_BOOK, "Booking (New booking"),
    "MoveDialog": _user(_BOOK, "Moving (Move"),
    "FreeSlotDialog": _user(_BOOK, "Finding a free time"),
    "CourseTimesDialog": _user(_BOOK, "A course's times"),
    "CancelDialog": _user(_BOOK, "Cancelling (Cancel"),
    "PaymentDialog": _user(_PAYMENTS),
    "RefundDialog": _user(_PAYMENTS, "Refund…"),
    "EndOfDayDialog": _user("End of day"),
    "UsersDialog": _ACCOUNTS,
    "UserEditDialog": _ACCOUNTS,
    "PasswordDialog": _ACCOUNTS,
    "AuditDialog": _ACCOUNTS,
    "ClinicSettingsDialog": _admin("The appointment book and receipts for insurers"),
}


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to -."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def section_for(widget: QWidget | None) -> GuideSection:
    """The section about ``widget`` or the nearest of its parents the guide knows."""
    while widget is not None:
        for key in (widget.objectName(), type(widget).__name__):
            if key and key in SECTIONS:
                return SECTIONS[key]
        widget = widget.parentWidget()
    return TOP


def help_folder() -> Path:
    """The guides' folder: ``planner/resources/help`` in an installed wheel (built from
    ``docs/``, see pyproject's package-dir), ``docs/`` itself in a checkout."""
    shipped = Path(str(resources.files("planner.resources").joinpath("help")))
    if (shipped / USER_GUIDE).is_file():
        return shipped
    return Path(__file__).resolve().parents[3] / "docs"
