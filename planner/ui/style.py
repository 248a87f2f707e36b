"""The application's few shared looks: colours and style-sheet snippets used by more than
one screen, chosen against the palette so light, dark and high-contrast themes all keep
text readable (WCAG AA, 4.5:1).

A screen that needs the error red, the bold warning, the red banner or a tinted note
takes it from here instead of writing the colour again, so the whole application changes
together. Text drawn on the window's own background takes its colour from the palette
(:func:`error_colour`, :func:`secondary_text_colour`): a light red on a dark window, a
dark red on a light one. Tinted boxes (:func:`message_frame_style`, :func:`card_style`)
set their background and their text colour together, so a light theme's text is never
left on a dark tint or the other way round. Hints are normal secondary text
(:func:`hint_label`, :func:`set_hint`), never disabled text, which is both too faint and
announced as unavailable. The fixed pairs (the banner, the chips, the notes) hold their
own contrast whatever the theme. Colours that mean something to one screen only (the
room's timer cards, the progress chart's lines) stay in that screen's module.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

AA_CONTRAST = 4.5
"""WCAG AA: the least contrast between normal text and what it is drawn on."""

ERROR_COLOUR = "#b3261e"
"""Problems, refusals and anything the user must not miss (on a light window)."""
ERROR_COLOUR_DARK = "#ffb4ab"
"""The same on a dark window."""
ERROR_BACKGROUND = "#fdecea"
"""The pale red behind a message about a problem (light themes)."""
ERROR_BACKGROUND_DARK = "#3b1a17"
"""The deep red behind a message about a problem (dark themes)."""

CAUTION_BACKGROUND = "#ffe0b2"
"""The amber behind something to check with care (a blood thinner among the medications)."""

CHIP_COLOURS = {  # background, text
    "refer": (ERROR_COLOUR, "#ffffff"),
    "block": ("#bf360c", "#ffffff"),
    "warn": ("#ffc107", "#3e2723"),
}
"""A safety finding's colours by level (refer red, block dark orange, warn amber): the
intake's reminder chips and the plan's safety panel. Each pair holds 4.5:1 on its own."""

ERROR_STYLE = f"color: {ERROR_COLOUR};"
"""A label's text in the light theme's error colour (:func:`error_style` follows the palette)."""
WARNING_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"
"""Bold error-coloured text, light theme (:func:`warning_style` follows the palette)."""
BOLD_STYLE = "font-weight: bold;"
BANNER_STYLE = f"background-color: {ERROR_COLOUR}; color: white; font-weight: bold; padding: 6px;"
"""A full-width red banner (the demo clinic's): white on red in every theme."""

_CARD_TINTS = {  # kind: (border light, background light, border dark, background dark)
    "error": (ERROR_COLOUR, ERROR_BACKGROUND, ERROR_COLOUR_DARK, ERROR_BACKGROUND_DARK),
    "caution": ("#e65100", "#fff3e0", "#ffb74d", "#3a2410"),
    "info": ("#1565c0", "#e3f2fd", "#90caf9", "#10263d"),
}


# --- measuring ------------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour`` (0 black, 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor | str, other: QColor | str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = luminance(QColor(one)), luminance(QColor(other))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark or black high-contrast theme)."""
    return luminance(_palette(palette).color(QPalette.ColorRole.Window)) < 0.18


def _readable(candidate: str, fallback: QColor, *backgrounds: QColor) -> str:
    """``candidate`` when it holds AA contrast on every background, else ``fallback``."""
    if all(contrast(candidate, background) >= AA_CONTRAST for background in backgrounds):
        return candidate
    return fallback.name()


def _text_on(background: str, palette: QPalette) -> str:
    """The palette's text colour on ``background`` if readable, else black or white."""
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast(text, background) >= AA_CONTRAST:
        return text.name()
    return (
        "#000000"
        if contrast("#000000", background) >= contrast("#ffffff", background)
        else ("#ffffff")
    )


# --- colours and styles that follow the palette -------------------------------------------


def error_colour(palette: QPalette | None = None) -> str:
    """The error red for text on the window (light or dark red, as the palette needs)."""
    p = _palette(palette)
    candidate = ERROR_COLOUR_DARK if is_dark(p) else ERROR_COLOUR
    window, base = p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.Base)
    return _readable(candidate, p.color(QPalette.ColorRole.WindowText), window, base)


def error_style(palette: QPalette | None = None) -> str:
    """A label's text in the error colour for ``palette`` (the application's if None)."""
    return f"color: {error_colour(palette)};"


def warning_style(palette: QPalette | None = None) -> str:
    """A label's text in bold error colour for ``palette``."""
    return f"color: {error_colour(palette)}; font-weight: bold;"


def set_error_colour(*labels: QLabel) -> None:
    """Draw ``labels`` (error lines made with the light theme's red) in the palette's."""
    style = error_style()
    for label in labels:
        label.setStyleSheet(style)


def card_colours(kind: str, palette: QPalette | None = None) -> tuple[str, str, str]:
    """A tinted box's (border, background, text) for ``kind`` ("error", "caution", "info")."""
    p = _palette(palette)
    border, background, border_dark, background_dark = _CARD_TINTS[kind]
    if is_dark(p):
        border, background = border_dark, background_dark
    return border, background, _text_on(background, p)


def card_style(
    selector: str, kind: str, palette: QPalette | None = None, *, radius: int = 8
) -> str:
    """A rounded box named by ``selector`` (``QFrame#reviewCard``) tinted for ``kind``,
    with the text of the labels inside it set to a colour readable on the tint."""
    border, background, text = card_colours(kind, palette)
    return (
        f"{selector} {{ border: 2px solid {border}; border-radius: {radius}px;"
        f" background: {background}; }}"
        f" {selector} QLabel {{ color: {text}; background: transparent; }}"
    )


def message_frame_style(palette: QPalette | None = None, kind: str = "error") -> str:
    """The frame of :class:`~planner.ui.widgets.message_bar.MessageBar` (object name
    ``message_frame``) and the text in it, for ``palette``: a problem ("error") or news
    that something was done ("info")."""
    border, background, text = card_colours(kind, palette)
    return (
        f"#message_frame {{ border: 1px solid {border}; border-radius: 4px;"
        f" background: {background}; }}"
        f" #message_frame QLabel {{ color: {text}; background: transparent; }}"
    )


"""The message bar's light look, text colour included (:func:`message_frame_style`
follows the palette; the bar itself uses that)."""


def secondary_text_colour(palette: QPalette | None = None) -> QColor:
    """Text quieter than the window's own but still at AA contrast: the window text
    blended towards the background as far as 4.5:1 on the window and base allows."""
    p = _palette(palette)
    text = p.color(QPalette.ColorRole.WindowText)
    window, base = p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.Base)
    for share in (0.62, 0.68, 0.74, 0.8, 0.86, 0.92):  # the share of the text colour
        colour = QColor.fromRgbF(
            text.redF() * share + window.redF() * (1 - share),
            text.greenF() * share + window.greenF() * (1 - share),
            text.blueF() * share + window.blueF() * (1 - share),
        )
        if min(contrast(colour, window), contrast(colour, base)) >= AA_CONTRAST:
            return colour
    return text


class _HintPainter(QObject):
    """Keeps a hint's colour right when the application's palette (the theme) changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and isinstance(watched, QLabel):
            _colour_hint(watched)  # sets the palette only when the colour is not right yet
        return False


def _colour_hint(label: QLabel) -> None:
    colour = secondary_text_colour()
    if label.palette().color(QPalette.ColorRole.WindowText) != colour:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)


def set_hint(label: QLabel) -> QLabel:
    """Draw ``label`` as a hint: normal (enabled) text in the secondary colour, which a
    screen reader announces as text, not as something unavailable."""
    label.setEnabled(True)
    label.setProperty("hint", True)
    _colour_hint(label)
    if label.findChild(_HintPainter) is None:
        label.installEventFilter(_HintPainter(label))
    return label


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapping hint: "Double-click a patient to open them."."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return set_hint(label)


# --- sizes ------------------------------------------------------------------------------


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height``, or to its screen's free area when that is
    smaller (a small or much scaled screen), so its buttons stay on the screen; the window
    scrolls what does not fit."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 24), min(height, free.height() - 48)
    window.resize(max(width, 200), max(height, 160))


# --- fixed looks -------------------------------------------------------------------------


def note_style(background: str, colour: str) -> str:
    """A tinted note inside a window: a rounded, padded label on ``background``."""
    return f"background: {background}; color: {colour}; padding: 4px 8px; border-radius: 4px;"


INFO_NOTE_STYLE = note_style("#e3f2fd", "#0d47a1")
"""A blue note: what changed since the last session, or from the plan."""
ARCHIVED_NOTE_STYLE = note_style("#fff4e5", "#5d4037")
"""An amber note: the record shown is archived."""
GOOD_NOTE_STYLE = note_style("#e8f5e9", "#1b5e20")
"""A green note: good news (the pain change in a course review)."""


def problem_frame_style(object_name: str) -> str:
    """The red frame drawn around the field named ``object_name`` while it is at fault."""
    return f"#{object_name} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}"
