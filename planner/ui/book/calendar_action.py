"""Save appointments for a calendar…: the patient's next appointments as an .ics file
the patient can open on their phone
(:class:`planner.services.appointment_calendar.CalendarService`).

:func:`save_calendar` makes the file, asks where to save it with the same file chooser
as the documents' Save as… (:data:`planner.ui.documents.output.FileChooser`: Qt's dialog
in the application, answered at once in tests), asks before replacing a file, writes it
by the documents' path rules and says what was saved, and how many appointments without
a time were left out. A problem (not allowed, nothing to save, a folder that cannot be
written) is one message; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner.domain.errors import PlannerError
from planner.domain.i18n import translate
from planner.services.appointment_calendar import (
    SUGGESTED_NAME,
    CalendarService,
    left_out_text,
    save_calendar_file,
)
from planner.ui.documents.output import FileChooser, documents_folder, native_save_dialog
from planner.ui.prompts import Prompts
from planner.ui.settings import UiSettings

SUFFIX = ".ics"


def save_calendar(
    parent: QWidget,
    service: CalendarService,
    patient_id: int,
    choose_file: FileChooser = native_save_dialog,
    *,
    prompts: Prompts | None = None,
    settings: UiSettings | None = None,
    start_folder: Callable[[], Path] = documents_folder,
    tell: Callable[[str], None] | None = None,
) -> None:
    """Save the patient's next appointments as an .ics file where the user chooses.

    ``tell``: where the closing sentence goes (the window's status bar); without it, a
    message box. ``settings``: the folder last saved to is where the chooser opens (the
    documents' folder), and is remembered."""
    asks = prompts if prompts is not None else Prompts()
    title = translate("CalendarAction", "Calendar file")
    try:
        made = service.ics(patient_id)
    except PlannerError as error:
        asks.error(parent, title, error.user_text())
        return
    if made.count == 0:
        text = translate(
            "CalendarAction", "No appointment with a time is booked, so there is nothing to save."
        )
        asks.error(parent, title, " ".join(p for p in (text, _left_out(made.left_out)) if p))
        return
    name = choose_file(
        parent,
        translate("CalendarAction", "Save the appointments for a calendar"),
        str(_folder(settings, start_folder) / SUGGESTED_NAME),
        translate("CalendarAction", "Calendar files (*.ics)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    replace = path.exists()
    if replace and not asks.confirm(
        parent,
        translate("CalendarAction", "Replace the file?"),
        translate(
            "CalendarAction",
            "Replace {name}?\n\nA file of that name is already there; it will be replaced "
            "by this calendar file.",
        ).format(name=path.name),
        translate("CalendarAction", "Replace"),
    ):
        return
    try:
        written = save_calendar_file(
            path, made.data, protected=service.protected_paths, replace=replace
        )
    except PlannerError as error:
        asks.error(parent, title, error.user_text())
        return
    if settings is not None:
        settings.save_folder = written.parent
        settings.sync()
    count = made.count  # a plain name: lupdate skips a count written as an expression
    saved = translate("CalendarAction", "Saved %n appointment(s) to {name}.", None, count)
    saved = saved.format(name=written.name)
    sentence = " ".join(p for p in (saved, _left_out(made.left_out)) if p)
    if tell is not None:
        tell(sentence)
    else:
        asks.about(parent, title, escape(sentence))


def _left_out(count: int) -> str:
    return left_out_text(count)


def _folder(settings: UiSettings | None, start_folder: Callable[[], Path]) -> Path:
    last = settings.save_folder if settings is not None else None
    if last is not None and last.is_dir():
        return last
    return start_folder()
