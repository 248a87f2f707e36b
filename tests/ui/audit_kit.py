"""What the audits of issue 24 share: which widgets of a window a person can use
(:func:`interactive_controls`), a stable description of each for the findings and for
``tests/ui/audit_known.py`` (:func:`describe`), what a screen reader is told about it
through Qt's accessibility interface (:func:`accessible_name`, :func:`name_problem`,
:func:`yes_no_problem`), and WCAG 2 contrast from colours (:func:`contrast_ratio`,
:func:`text_colours`).

A control is interactive when it is shown, enabled and a person can press, type into,
choose in or move to it: buttons, check and radio boxes, combo boxes, line and text edits,
spin and date boxes, sliders (not scroll bars), tab bars, list/table/tree views, and any
other widget that takes the Tab key (custom focusable widgets). The parts of a compound
control (the line edit inside a spin box or an editable combo box, a scroll area's
viewport) are not counted on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
    QAbstractItemView,
)
# Focusable, but only containers (their contents are audited one by one).
CONTAINERS = (QDialog, QMainWindow, QMenuBar, QStackedWidget, QGroupBox, QTabWidget)


def _inside_compound(widget: QWidget) -> bool:
    """The line edit of a spin box or combo box, or a part of an item view (its editor,
    its header's own widgets)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        if isinstance(parent, QAbstractItemView) and parent is not widget:
            return True
        parent = parent.parentWidget()
    return False


def shown(widget: QWidget, window: QWidget) -> bool:
    """On screen in ``window`` (itself and every parent up to it shown)."""
    return widget.isVisible() and widget.isVisibleTo(window) and not widget.size().isEmpty()


def interactive_controls(window: QWidget) -> list[QWidget]:
    """Every shown, enabled control of ``window`` a person can use, in creation order."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not shown(widget, window):
            continue
        if not widget.isEnabled() or _inside_compound(widget):
            continue
        if isinstance(widget, (QScrollBar, *CONTAINERS)):
            continue
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, INTERACTIVE):
            continue  # a scroll area holds controls; it is not one
        if isinstance(widget, QLineEdit) and widget.isReadOnly() and not widget.hasFrame():
            continue  # drawn as a label
        if isinstance(widget, INTERACTIVE) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if isinstance(widget, QLabel):
                continue  # a selectable label's text is its name
            found.append(widget)
    return found


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return _plain(widget.text())
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.placeholderText()
    if isinstance(widget, QGroupBox):
        return _plain(widget.title())
    return ""


def _context(widget: QWidget, window: QWidget) -> str:
    """The nearest titled group box or named ancestor (how a finding is placed)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QGroupBox) and parent.title():
            return _plain(parent.title())
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            return parent.objectName()
        parent = parent.parentWidget()
    return ""


def describe(widget: QWidget, window: QWidget) -> str:
    """``Class 'text' #objectName in 'group'``: stable across runs, independent of the
    data shown (a combo box's current value, a view's contents and a label's text are left
    out: a label may show a patient's name)."""
    parts = [type(widget).__name__]
    text = _own_text(widget)
    if text:
        parts.append(repr(text[:40]))
    name = widget.objectName()
    if name and not name.startswith("qt_"):
        parts.append(f"#{name}")
    context = _context(widget, window)
    if context:
        parts.append(f"in {context!r}")
    return " ".join(parts)


def describe_all(widgets: Iterable[QWidget], window: QWidget) -> dict[QWidget, str]:
    """:func:`describe` of each, made unique by a count where two describe alike
    (``… (2)``, in creation order)."""
    seen: Counter[str] = Counter()
    out = {}
    for widget in widgets:
        base = describe(widget, window)
        seen[base] += 1
        out[widget] = base if seen[base] == 1 else f"{base} ({seen[base]})"
    return out


# --- what a screen reader is told ------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return str(interface.text(QAccessible.Text.Name) or "").strip()


def accessible_role(widget: QWidget) -> QAccessible.Role | None:
    interface = QAccessible.queryAccessibleInterface(widget)
    return None if interface is None or not interface.isValid() else interface.role()


_WORDY = re.compile(r"\w", re.UNICODE)


def name_problem(widget: QWidget) -> str | None:
    """Why ``widget``'s accessible name is of no use, or None: empty, only symbols
    ("✕", "…", "+"), or a combo box's current value and nothing else."""
    name = accessible_name(widget)
    if not name:
        return "no name"
    if len(_WORDY.findall(name)) < 2:
        return f"only a symbol: {name!r}"
    # Qt on Linux names a combo box by its value and tells its label as a relation (a
    # screen reader reads both); elsewhere the name falls back to the label.
    if (
        isinstance(widget, QComboBox)
        and name == widget.currentText().strip()
        and not widget.accessibleName().strip()
        and not labelled_by(widget)
    ):
        return "a combo box named only by its value"
    return None


def labelled_by(widget: QWidget) -> str:
    """The text of the label a screen reader announces for ``widget`` (its buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    texts = []
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        if other is not None and other.isValid():
            texts.append(str(other.text(QAccessible.Text.Name) or "").strip())
    return " ".join(t for t in texts if t)


def duplicate_check_names(controls: Iterable[QWidget]) -> dict[str, int]:
    """Accessible names that more than one check box of the window shares."""
    names = Counter(accessible_name(w) for w in controls if isinstance(w, QCheckBox))
    return {name: count for name, count in names.items() if count > 1 and name}


_ANSWER_ROLES = (
    QAccessible.Role.RadioButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.ComboBox,
)


def is_yes_no_question(widget: QWidget) -> bool:
    """A question answered Yes or No (the forms' :class:`ChoiceField` rows, or a combo
    box offering Yes and No)."""
    if type(widget).__name__ == "ChoiceField":
        return True
    if isinstance(widget, QComboBox):
        items = {_plain(widget.itemText(i)).lower() for i in range(widget.count())}
        return {"yes", "no"} <= items
    return False


def yes_no_problem(widget: QWidget) -> str | None:
    """Why a screen reader cannot tell a Yes/No question's answer, or None.

    Read: the question's own role is a radio button, check box or combo box with a state
    or value; or it is a group whose value is the answer and whose options are radio
    buttons (each with its checked state)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return "no accessible interface"
    role = interface.role()
    value = str(interface.text(QAccessible.Text.Value) or "").strip()
    if role in _ANSWER_ROLES:
        state = interface.state()
        if value or state.checkable:
            return None
        return f"role {role.name} with no value or state"
    if value:
        roles = {
            interface.child(i).role()
            for i in range(interface.childCount())
            if interface.child(i) is not None
        }
        if QAccessible.Role.RadioButton in roles or QAccessible.Role.CheckBox in roles:
            return None
        return f"value {value!r} but no radio buttons inside"
    return f"role {role.name} and no value"


# --- contrast (WCAG 2) -----------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _over(top: QColor, under: QColor) -> QColor:
    """``top`` drawn over ``under`` (alpha blended)."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * alpha + under.redF() * (1 - alpha),
        top.greenF() * alpha + under.greenF() * (1 - alpha),
        top.blueF() * alpha + under.blueF() * (1 - alpha),
    )


def text_colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(text, background) as ``widget`` is drawn: its palette once style sheets are
    polished (a style sheet's ``color``/``background`` land in the palette), the text
    in the group it is drawn with (Disabled for a disabled widget), the background of the
    nearest ancestor that fills its own."""
    widget.ensurePolished()
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    text = widget.palette().color(group, widget.foregroundRole())
    background = _background(widget)
    return _over(text, background), background


def _background(widget: QWidget) -> QColor:
    layers = []
    current: QWidget | None = widget
    while current is not None:
        current.ensurePolished()
        fills = current.autoFillBackground() or current.isWindow() or _styled_background(current)
        if fills:
            colour = current.palette().color(QPalette.ColorGroup.Active, current.backgroundRole())
            layers.append(colour)
            if colour.alpha() == 255:
                break
        current = current.parentWidget()
    result = QColor(layers[-1]) if layers else QColor("white")
    result.setAlpha(255)
    for layer in reversed(layers[:-1]):
        result = _over(layer, result)
    return result


_BACKGROUND = re.compile(r"background(-color)?\s*:", re.IGNORECASE)


def _styled_background(widget: QWidget) -> bool:
    """A style sheet of the widget itself paints its background."""
    return bool(_BACKGROUND.search(widget.styleSheet() or ""))


# --- the findings of one window --------------------------------------------------------------


def a11y_findings(window: QWidget) -> tuple[dict[str, str], dict[str, str]]:
    """(unnamed, unread answers) of ``window``: description -> what is wrong. Unnamed
    holds the controls with no usable name and the check boxes sharing one name."""
    controls = interactive_controls(window)
    described = describe_all(controls, window)
    unnamed: dict[str, str] = {}
    unread: dict[str, str] = {}
    for widget in controls:
        problem = name_problem(widget)
        if problem is not None:
            unnamed[described[widget]] = problem
        if is_yes_no_question(widget):
            answer = yes_no_problem(widget)
            if answer is not None:
                unread[described[widget]] = answer
    for name, count in duplicate_check_names(controls).items():
        unnamed[f"QCheckBox named {name[:40]!r} shared"] = f"{count} check boxes"
    return unnamed, unread


# --- themes ----------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark theme as a desktop's dark mode gives it (light text on dark grey)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#eeeeee",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#eeeeee",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#eeeeee",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3c3c3c",
        QPalette.ColorRole.ToolTipText: "#eeeeee",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


AA = 4.5  # WCAG AA, normal text


def _labels_disabled_field(label: QLabel) -> bool:
    """The greyed label of a field that is disabled (WCAG leaves inactive controls out)."""
    buddy = label.buddy()
    return not label.isEnabled() and buddy is not None and not buddy.isEnabled()


def low_contrast_labels(window: QWidget) -> dict[str, str]:
    """The shown labels with text of ``window`` whose text is under AA on what it is
    drawn on: description -> the ratio and the colours."""
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.window() is window
        and shown(label, window)
        and label.text().strip()
        and not _labels_disabled_field(label)
    ]
    found = {}
    seen: Counter[str] = Counter()
    for label in labels:
        text, background = text_colours(label)
        ratio = contrast_ratio(text, background)
        if ratio < AA:
            # The application's own words (hints, warnings) place the finding; a label
            # under AA shows them, not a patient's record, in every case found so far.
            words = " ".join(label.text().split())[:30]
            base = f"{describe(label, window)} {words!r}"
            seen[base] += 1
            key = base if seen[base] == 1 else f"{base} ({seen[base]})"
            found[key] = f"{ratio:.2f}:1 ({text.name()} on {background.name()})"
    return found
