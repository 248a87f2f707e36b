"""The help window: the offline user and admin guides, shown at a window's section.

One :class:`HelpWindow` for the whole app (kept here, since no window owns it; closing
only hides it). It renders a guide page's Markdown with Qt's own
reader (``QTextBrowser.setMarkdown``; pictures from the shipped help folder, scaled down to
the window's reading width), lists the page's headings to jump to, follows links between
the two guides and within a page, opens web links in the browser, and scrolls so that the
section's heading — or the paragraph it names — is at the top. Imported only on F1 or
Help ▸ User guide.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.i18n import translate
from planner.ui.help.geometry import within_screen
from planner.ui.help.guide import (
    ADMIN_GUIDE,
    GUIDE_PAGES,
    USER_GUIDE,
    GuideSection,
    help_folder,
    slug,
)

OBJECT_NAME = "help_window"
IMAGE_WIDTH = 720  # the widest a screenshot is drawn (narrower in a narrower window)
_WEB = ("http", "https", "mailto")


class HelpWindow(QDialog):
    """The guide, one page at a time, with its headings to jump to."""

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__(None)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(translate("HelpWindow", "AcuPlanner — User guide"))
        self.setModal(False)
        self._folder = folder or help_folder()
        self._page = ""
        self._pending: GuideSection | None = None
        self.page_box = QComboBox()
        self.page_box.setAccessibleName(translate("HelpWindow", "Guide"))
        self.page_box.addItem(translate("HelpWindow", "User guide"), USER_GUIDE)
        self.page_box.addItem(translate("HelpWindow", "Admin guide"), ADMIN_GUIDE)
        self.heading_box = QComboBox()
        self.heading_box.setAccessibleName(translate("HelpWindow", "Section"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("HelpWindow", "Guide text"))
        self.browser.setOpenLinks(False)
        self.browser.setSearchPaths([str(self._folder)])
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()  # shown with a word about a link it cannot follow
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        for text, box in (
            (translate("HelpWindow", "&Guide:"), self.page_box),
            (translate("HelpWindow", "&Section:"), self.heading_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.page_box.activated.connect(self._on_page_box_activated)
        self.heading_box.activated.connect(self._on_heading_box_activated)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)

    def sizeHint(self) -> QSize:
        return QSize(860, 700)

    @property
    def page(self) -> str:
        return self._page

    def show_section(self, section: GuideSection) -> None:
        """Load ``section``'s page (when another is shown) and scroll to the section."""
        self.note.hide()
        if section.page != self._page:
            self._load(section.page)
        self._pending = section
        self._scroll()
        QTimer.singleShot(0, self, self._scroll)  # again once laid out at its real width

    def section_top(self, section: GuideSection) -> int:
        """Where the section starts in the document, in pixels (-1: not on this page)."""
        block = self._find_block(section)
        if block is None:
            return -1
        layout = self.browser.document().documentLayout()
        return int(layout.blockBoundingRect(block).top())

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._pending is not None:
            QTimer.singleShot(0, self, self._scroll)

    def _load(self, page: str) -> None:
        document = QTextDocument(self.browser)  # its pictures load through the browser
        document.setMarkdown((self._folder / page).read_text(encoding="utf-8"))
        width = max(240, min(IMAGE_WIDTH, self.width() - 64))  # the reading width, about
        self._fit_images(document, width)  # before it is laid out: after, it lays out late
        old = self.browser.document()
        self.browser.setDocument(document)  # deletes the browser's first, empty document
        if shiboken6.isValid(old) and old.parent() is self.browser:
            old.deleteLater()  # an earlier page
        self._page = page
        self.page_box.setCurrentIndex(self.page_box.findData(page))
        self.heading_box.clear()
        for block in _blocks(self.browser.document()):
            if block.blockFormat().headingLevel() in (1, 2, 3):
                self.heading_box.addItem(block.text(), block.text())

    def _find_block(self, section: GuideSection) -> QTextBlock | None:
        document = self.browser.document()
        for block in _blocks(document):
            if block.blockFormat().headingLevel() and slug(block.text()) == section.anchor:
                if not section.phrase:
                    return block
                found = document.find(section.phrase, block.position())
                return None if found.isNull() else found.block()
        return None

    def _scroll(self) -> None:
        section = self._pending
        if section is None or section.page != self._page:
            return
        top = self.section_top(section)
        if top >= 0:
            self.browser.verticalScrollBar().setValue(top)
            index = self.heading_box.findData(section.heading)
            if index >= 0:
                self.heading_box.setCurrentIndex(index)

    def _fit_images(self, document: QTextDocument, width: int) -> None:
        """Screenshots are drawn at most ``width`` wide, keeping their shape, and code
        blocks wrap: no line is wider than the window."""
        cursor = QTextCursor(document)
        for block in _blocks(document):
            if block.blockFormat().nonBreakableLines():  # a code block wraps too
                wrapped = block.blockFormat()
                wrapped.setNonBreakableLines(False)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(wrapped)
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                image = fragment.charFormat().toImageFormat()
                if not fragment.charFormat().isImageFormat():
                    continue
                size = QImageReader(str(self._folder / image.name())).size()
                if not size.isValid() or size.width() <= width:
                    continue
                image.setWidth(width)
                image.setHeight(size.height() * width / size.width())
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)

    def _on_page_box_activated(self, index: int) -> None:
        page = self.page_box.itemData(index)
        self.show_section(GuideSection(page, _first_heading(self._folder / page)))

    def _on_heading_box_activated(self, index: int) -> None:
        self.show_section(GuideSection(self._page, self.heading_box.itemData(index)))

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in _WEB:
            QDesktopServices.openUrl(url)
            return
        page = Path(url.path()).name or self._page
        if page not in GUIDE_PAGES and (self._folder / page).is_file():  # a screenshot
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder / page)))
            return
        if page not in GUIDE_PAGES:
            self.note.setText(
                translate("HelpWindow", "{name} is not part of the offline help.").format(name=page)
            )
            self.note.show()
            return
        heading = self._heading_of(page, url.fragment())
        self.show_section(GuideSection(page, heading))

    def _heading_of(self, page: str, anchor: str) -> str:
        text = (self._folder / page).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("#") and slug(line.lstrip("#")) == anchor:
                return line.lstrip("#").strip()
        return _first_heading(self._folder / page)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _first_heading(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


_kept: list[HelpWindow] = []  # the app's one help window, made on first use


def forget_help_window() -> None:
    """Close and drop the kept window, so the next one is made anew (in the language and
    palette then in force: the tests switch them in one process)."""
    for window in _kept:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    _kept.clear()


def show_help(section: GuideSection, near: QWidget | None = None) -> HelpWindow:
    """The app's help window (made on first use), in front, at ``section``."""
    window = _kept[0] if _kept and shiboken6.isValid(_kept[0]) else None
    if window is None:
        window = HelpWindow()
        _kept[:] = [window]  # a window without a parent lives as long as a reference to it
        window.resize(within_screen(near or window, window.sizeHint()))
        if near is not None and near.screen() is not None:
            window.move(near.screen().availableGeometry().center() - window.rect().center())
    window.show_section(section)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
