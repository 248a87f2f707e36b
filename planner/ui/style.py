"""The application's few shared looks: colours and style-sheet snippets used by more than
one screen.

A screen that needs the error red, the bold warning, the red banner or a tinted note
takes it from here instead of writing the colour again, so the whole application changes
together. Colours that mean something to one screen only (the room's timer cards, the
progress chart's lines) stay in that screen's module.
"""

from __future__ import annotations

ERROR_COLOUR = "#b3261e"
"""Problems, refusals and anything the user must not miss."""
ERROR_BACKGROUND = "#fdecea"
"""The pale red behind a message about a problem."""

CAUTION_BACKGROUND = "#ffe0b2"
"""The amber behind something to check with care (a blood thinner among the medications)."""

CHIP_COLOURS = {  # background, text
    "refer": (ERROR_COLOUR, "#ffffff"),
    "block": ("#bf360c", "#ffffff"),
    "warn": ("#ffc107", "#3e2723"),
}
"""A safety finding's colours by level (refer red, block dark orange, warn amber): the
intake's reminder chips and the plan's safety panel."""

ERROR_STYLE = f"color: {ERROR_COLOUR};"
"""A label's text in the error colour."""
WARNING_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"
"""A label's text in bold error colour (a status that needs attention)."""
BOLD_STYLE = "font-weight: bold;"
BANNER_STYLE = f"background-color: {ERROR_COLOUR}; color: white; font-weight: bold; padding: 6px;"
"""A full-width red banner (the demo clinic's)."""

MESSAGE_FRAME_STYLE = (
    f"#message_frame {{ border: 1px solid {ERROR_COLOUR}; border-radius: 4px;"
    f" background: {ERROR_BACKGROUND}; }}"
)
"""The frame of :class:`~planner.ui.widgets.message_bar.MessageBar` (object name
``message_frame``)."""


def note_style(background: str, colour: str) -> str:
    """A tinted note inside a window: a rounded, padded label on ``background``."""
    return f"background: {background}; color: {colour}; padding: 4px 8px; border-radius: 4px;"


INFO_NOTE_STYLE = note_style("#e3f2fd", "#0d47a1")
"""A blue note: what changed since the last session, or from the plan."""
ARCHIVED_NOTE_STYLE = note_style("#fff4e5", "#5d4037")
"""An amber note: the record shown is archived."""


def problem_frame_style(object_name: str) -> str:
    """The red frame drawn around the field named ``object_name`` while it is at fault."""
    return f"#{object_name} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}"
