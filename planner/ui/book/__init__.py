"""The appointment book, reception's home screen: a day (a column per practitioner or
room) or one practitioner's week, in rows of 15 minutes, with the appointments whose time
was never recorded in a strip above; the keyboard moves the selection and the side panel
acts on it. :class:`BookScreen` is built from a :class:`BookPresenter` (over the
appointment service) and the :class:`BookActions` hooks that open the dialogs.
"""

from planner.ui.book.panel import BookActions
from planner.ui.book.presenter import BookPresenter, Mode
from planner.ui.book.screen import BookScreen

__all__ = ["BookActions", "BookPresenter", "BookScreen", "Mode"]
