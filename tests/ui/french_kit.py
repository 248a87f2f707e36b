"""The French build for tests (issue 24): the ``.qm`` compiled from the committed ``.ts``,
installed on the running application with the domain's door pointed at it and the French
Canadian locale set; and what a window shows that is still English.

A text is *still English* when it is, word for word (placeholders aside), an English
source of the ``.ts`` whose French is different, or when it carries common English words
and no translation produced it (a string the code never wrapped).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from planner import formats
from planner.cli import translations
from planner.domain import i18n
from planner.ui.help.window import forget_help_window
from planner.ui.i18n import _qt_translate, install_translators

_PLACEHOLDER = re.compile(r"\\\{[^{}]*\\\}|%n|%L?\d")
_WORD = re.compile(r"[^\W\d_]+")  # letters, accented ones included
# What the fictional clinic calls itself and where its file is: data, not the program's words.
_DATA = re.compile(r"Riverside Back Pain Clinic|/tmp/\S+")
# Words that are English and not French: a text with one of them was never translated.
_ENGLISH_ONLY = """
the and of with your this that these those is are was were not has have
save close cancel open new today yesterday tomorrow choose select add remove delete
edit print find search help file view settings sign signed booked booking bookings
appointment appointments week day days month treatment sessions none yes no
morning afternoon evening left right both before after when where which who what
should must can cannot will would could there their they them from into onto
about again other than then more less each every any all some nothing something
payment payments receipt takings report reports letter practitioner
reception needle needles region regions pain painful back neck leg
history red flag flags caution cautions warning review course courses
"""
ENGLISH_WORDS = frozenset(_ENGLISH_ONLY.split())


def plain(text: str) -> str:
    """A shown text as compared: no markup, no mnemonic ``&``, spaces folded."""
    if "<" in text and ">" in text:  # rich text (Qt.mightBeRichText is not in PySide6)
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


@cache
def _catalogue() -> tuple[dict[str, str], list[re.Pattern[str]], frozenset[str]]:
    english: dict[str, str] = {}
    patterns: list[re.Pattern[str]] = []
    french: set[str] = set()
    for message in translations.read_ts(translations.ts_path("fr")):
        outputs = [plain(t) for t in (message.forms or [message.translation]) if t]
        french.update(outputs)
        source = plain(message.source)
        if not outputs or source in outputs:
            continue
        english[source] = outputs[0]
        if _PLACEHOLDER.search(re.escape(source)):
            body = _PLACEHOLDER.sub(".+?", re.escape(source))
            if len(body.replace(".+?", "")) >= 8:  # "{a} {b}" says nothing
                patterns.append(re.compile(f"^{body}$"))
    return english, patterns, frozenset(french)


def english_left(text: str) -> str | None:
    """Why ``text`` (shown in the French build) is still English, or None."""
    shown = plain(text)
    english, patterns, french = _catalogue()
    if not shown or shown in french:
        return None
    if shown in english:
        return "an English source shown untranslated"
    if any(pattern.match(shown) for pattern in patterns):
        return "an English source, filled in, shown untranslated"
    words = {word.lower() for word in _WORD.findall(_DATA.sub("", shown))}
    if words & ENGLISH_WORDS:
        return "English words no translation produced"
    return None


def shown_texts(window: QWidget) -> dict[str, str]:
    """Every text ``window`` shows a person (labels, buttons, titles, tabs, menus, column
    headers, placeholders, combo items) -> the kind of widget it is on."""
    found: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        if text.strip():
            found.setdefault(text, where)

    add(window.windowTitle(), "window title")
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            add(menu_action.text(), "menu")
            menu = menu_action.menu()
            for item in menu.actions() if menu is not None else ():
                add(item.text(), "menu item")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), kind)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), kind)
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText(), f"{kind} placeholder")
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), f"{kind} item")
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header.count()):
                text = widget.model().headerData(column, Qt.Orientation.Horizontal)
                add(str(text or ""), f"{kind} header")
    return found


def english_findings(window: QWidget) -> dict[str, str]:
    """``"<widget kind> '<text>'"`` -> why, for each text of ``window`` still English."""
    findings = {}
    for text, where in shown_texts(window).items():
        why = english_left(text)
        if why is not None:
            findings[f"{where} {plain(text)[:120]!r}"] = why
    return findings


def english_of(french: str) -> str:
    """The English source of a French text (mnemonics removed), for finding menu items."""
    return _sources().get(french, french)


@cache
def _sources() -> dict[str, str]:
    """Each French text (mnemonics removed) -> its English source, from the .ts once."""
    found: dict[str, str] = {}
    for message in translations.read_ts(translations.ts_path("fr")):
        for output in message.forms or [message.translation]:
            if output:
                found.setdefault(plain(output), plain(message.source))
    return found


@contextlib.contextmanager
def french_build() -> Iterator[None]:
    """The application in French while open (the .qm built from the .ts if it is stale)."""
    qm = translations.qm_path("fr")
    ts = translations.ts_path("fr")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        translations.build()
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app, "fr", str(qm))  # ours and Qt's, as the app does
    assert installed, qm
    i18n.install(_qt_translate)
    formats.configure("fr_CA", "locale")
    forget_help_window()  # one made earlier in this process speaks English
    try:
        yield
    finally:
        forget_help_window()  # and this one French
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        i18n.reset()
        formats.configure("en_CA", "iso")
