"""The treatment-room view: one session in progress, full screen, readable from across
the room.

The patient appears by first name and initial only. On the left the points in (a list and
the body outline), in the middle a card per timer the treatment asks for (retention, EA,
cupping, moxibustion), on the right the needles in and out with the reconciliation. The
session is finished or signed only when every needle is accounted for. Closing this view
keeps its timers running on the board (and in the main window's strip); everything it
shows comes from :class:`planner.ui.room.board.RoomBoard`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner import formats
from planner.domain.catalog import View, load_catalog
from planner.domain.i18n import translate
from planner.domain.room import SearchArea, TimerKind
from planner.domain.vocab import PointSide
from planner.services.room_view import RoomView
from planner.ui.problem import Problem
from planner.ui.room.board import RoomBoard
from planner.ui.room.needles import NeedlePanel
from planner.ui.room.texts import ashi_region_labels, point_side_labels, room_name
from planner.ui.room.timer_card import TimerCard, big_button, scaled_font
from planner.ui.session.tab_order import chain
from planner.ui.style import error_style, set_hint
from planner.ui.widgets.body_outline import BodyOutlineWidget, DrawnPoint
from planner.ui.widgets.layouts import scrolling


class RoomWindow(QDialog):
    """The room view of one session (by room id)."""

    left_room = Signal(int, str)
    """The session left the room here (room id, and why it is not signed yet, or "" when
    finished or signed as asked): the view closes."""

    def __init__(self, board: RoomBoard, room_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self.room_id = room_id
        self._cards: dict[TimerKind, TimerCard] = {}
        self._points_key: tuple[object, ...] | None = None
        self._leaving = False
        self._detached = False
        self._chained = -1  # how many timer cards the Tab order was last made for
        self.setWindowTitle(self.tr("Treatment room"))
        self.setModal(False)
        self.setMinimumSize(640, 420)  # a small screen scrolls the middle (see _lay_out)
        self.setFont(scaled_font(self.font(), _screen_scale(parent)))  # every child follows
        header = self._build_header()
        points = self._build_points()
        self._build_timers()
        self._build_needles()
        footer = self._build_footer()
        self._lay_out(header, points, footer)
        board.changed.connect(self._on_board_changed)
        board.ticked.connect(self._on_board_ticked)
        board.removed.connect(self._on_board_removed)
        self.finished.connect(self._detach)  # Escape, or closed by its owner
        self.refresh()

    def _build_header(self) -> QHBoxLayout:
        """The patient's name, the session, "Silent" and Close."""
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setFont(scaled_font(self.font(), 2.6, bold=True))
        self.session_label = QLabel()
        self.session_label.setFont(scaled_font(self.font(), 1.5))
        self.session_label.setWordWrap(True)  # wraps rather than push Close off the screen
        self.silent_check = QCheckBox(self.tr("Silent"))
        self.silent_check.setFont(scaled_font(self.font(), 1.3))
        self.silent_check.setStyleSheet("QCheckBox::indicator { width: 26px; height: 26px; }")
        self.silent_check.setToolTip(self.tr("No sound when a timer ends; it still turns red."))
        self.silent_check.setChecked(self._board.silent)
        self.silent_check.toggled.connect(self._on_silent_check_toggled)
        self.close_button = big_button(self.tr("Close — timers keep running"), self)
        self.close_button.clicked.connect(self.close)
        header = QHBoxLayout()
        header.addWidget(self.name_label)
        header.addSpacing(24)
        header.addWidget(self.session_label, 1)
        header.addWidget(self.silent_check)
        header.addSpacing(12)
        header.addWidget(self.close_button)
        return header

    def _build_points(self) -> QVBoxLayout:
        """Left: the points in, as a list and on the body outline."""
        points_title = QLabel(self.tr("Points"))
        points_title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.points_list = QListWidget()
        self.points_list.setFont(scaled_font(self.font(), 1.45))
        self.points_list.setAccessibleName(self.tr("Points"))
        self.points_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by Tab, not by a tap
        self.points_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.points_list.setWordWrap(True)
        self.points_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points_list.setSpacing(2)
        self.outline = BodyOutlineWidget()
        self.outline.set_editable(False)
        self.outline.setToolTip("")
        self.outline.setMinimumSize(200, 200)
        points = QVBoxLayout()
        points.addWidget(points_title)
        points.addWidget(self.points_list, 3)
        points.addWidget(self.outline, 2)
        return points

    def _build_timers(self) -> None:
        """Middle: a card per timer (added by :meth:`refresh`)."""
        self.timers_column = QVBoxLayout()
        self.timers_column.setSpacing(12)
        self.no_timers_label = QLabel(self.tr("No timed technique in this treatment."))
        self.no_timers_label.setFont(scaled_font(self.font(), 1.3))
        set_hint(self.no_timers_label)
        self.timers_column.addWidget(self.no_timers_label)
        self.timers_column.addStretch(1)

    def _build_needles(self) -> None:
        """Right: the needles in and out, and the reconciliation."""
        self.needles = NeedlePanel(self)
        self.needles.needles_in_changed.connect(self._on_needles_in_changed)
        self.needles.needles_out_changed.connect(self._on_needles_out_changed)
        self.needles.searched_changed.connect(self._on_needles_searched_changed)
        self.needles.record_requested.connect(self._on_needles_record_requested)

    def _build_footer(self) -> QHBoxLayout:
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.message_label.setStyleSheet(error_style())  # light or dark red, as the theme needs
        self.finish_button = big_button(self.tr("Finish — all needles out"), self)
        self.sign_button = big_button(self.tr("Sign session"), self)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.finish_button)
        footer.addWidget(self.sign_button)
        return footer

    def _lay_out(self, header: QHBoxLayout, points: QVBoxLayout, footer: QHBoxLayout) -> None:
        """The header and the footer (Close, Finish, Sign) always in view; the points, timers
        and needles between them scroll when the screen is small (1366x768 at 125 %, or
        1920x1080 at 200 %)."""
        page = QWidget()
        body = QHBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16)
        body.addLayout(points, 3)
        body.addLayout(self.timers_column, 5)
        body.addWidget(self.needles, 4)
        self.body_scroll = scrolling(page)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls
        self.body_scroll.setAccessibleName(self.tr("Points, timers and needles"))
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(14)
        column.addLayout(header)
        column.addWidget(self.body_scroll, 1)
        column.addLayout(footer)

    # --- rendering ------------------------------------------------------------------------

    @property
    def view(self) -> RoomView | None:
        return self._board.room(self.room_id)

    def card(self, kind: TimerKind) -> TimerCard | None:
        return self._cards.get(kind)

    def refresh(self) -> None:
        view = self.view
        if view is None:
            return
        self.name_label.setText(room_name(view))
        started = formats.time_text(view.started_at.astimezone())
        self.session_label.setText(
            self.tr("{label} · in the room since {time}").format(label=view.label, time=started)
        )
        self._show_points(view)
        self._show_timers(view)
        self.needles.show_count(view.count)
        balanced = view.count.balanced
        for button in (self.finish_button, self.sign_button):
            button.setEnabled(balanced)
            button.setToolTip(
                ""
                if balanced
                else self.tr("Every needle must be out or accounted for first (out = in).")
            )

    def _show_points(self, view: RoomView) -> None:
        key = tuple(view.points)
        if key == self._points_key:
            return
        self._points_key = key
        catalog = load_catalog()
        sides = point_side_labels()
        regions = ashi_region_labels()
        self.points_list.clear()
        drawn: list[DrawnPoint] = []
        for point in view.points:
            acupoint = catalog.get(point.code)
            name = f"{point.code} {acupoint.pinyin}" if acupoint else point.code
            if point.ashi_region is not None:
                name += f" ({regions[point.ashi_region]})"
            count = point.needles  # a plain name: lupdate reads it as the count
            needles = translate("room", "%n needle(s)", None, count)
            self.points_list.addItem(f"{name}\n    {sides[point.side]} · {needles}")
            if acupoint is None:
                continue
            for figure in (View.BACK, View.FRONT):
                spots = []
                if point.side != PointSide.RIGHT:
                    spots.append(acupoint.position(figure))
                if point.side in (PointSide.RIGHT, PointSide.BILATERAL) and acupoint.bilateral:
                    spots.append(acupoint.position(figure, right_side=True))
                drawn += [
                    DrawnPoint(point.code, figure, *spot, selected=True)
                    for spot in spots
                    if spot is not None
                ]
        if not view.points:
            self.points_list.addItem(self.tr("No points recorded yet."))
        self.outline.set_points(drawn)

    def _show_timers(self, view: RoomView) -> None:
        kinds = dict(view.planned)
        for timer in view.timers:
            kinds.setdefault(timer.kind, timer.minutes)
        for kind in TimerKind:
            if kind in kinds and kind not in self._cards:
                card = TimerCard(kind, kinds[kind], self)
                card.start_requested.connect(self._on_card_start_requested)
                card.pause_requested.connect(self._on_card_pause_requested)
                card.resume_requested.connect(self._on_card_resume_requested)
                card.stop_requested.connect(self._on_card_stop_requested)
                card.acknowledge_requested.connect(self._on_card_acknowledge_requested)
                order = list(TimerKind)
                position = sum(1 for k in self._cards if order.index(k) < order.index(kind))
                self.timers_column.insertWidget(position, card, 1)
                self._cards[kind] = card
        self.no_timers_label.setVisible(not self._cards)
        if len(self._cards) != self._chained:
            self._order_tabs()
        self._tick_cards(view)

    def _order_tabs(self) -> None:
        """Tab in reading order: the header, the points, each timer (top to bottom), the
        needles, then Finish and Sign."""
        self._chained = len(self._cards)
        cards = [self._cards[kind] for kind in TimerKind if kind in self._cards]
        n = self.needles
        chain(
            [
                self.silent_check,
                self.close_button,
                self.points_list,
                *(w for card in cards for w in card.controls()),
                n.in_less,
                n.in_more,
                n.out_less,
                n.out_tap,
                n.recount_button,
                n.search_button,
                n.record_button,
                *n.area_checks.values(),
                n.action_edit,
                n.record_confirm,
                self.finish_button,
                self.sign_button,
            ]
        )

    def _tick_cards(self, view: RoomView) -> None:
        now = self._board.now()
        for kind, card in self._cards.items():
            timers = [t for t in view.timers if t.kind == kind]
            live = [t for t in timers if t.stopped_at is None]
            was_alerting = card.alerting
            card.show_timer((live or timers or [None])[-1], now)
            if card.alerting and not was_alerting:  # time is up: bring the card into view
                self.body_scroll.ensureWidgetVisible(card, 0, 0)

    def _show(self, problem: Problem | None) -> bool:
        self.message_label.setText(problem.message if problem else "")
        return problem is None

    # --- slots ----------------------------------------------------------------------------

    def _on_board_changed(self, room_id: int) -> None:
        if room_id == self.room_id:
            self.refresh()

    def _on_board_ticked(self) -> None:
        view = self.view
        if view is not None:
            self._tick_cards(view)

    def _on_board_removed(self, room_id: int) -> None:
        if room_id == self.room_id and not self._leaving:  # finished elsewhere
            self.left_room.emit(room_id, "")
            self.close()

    def _on_silent_check_toggled(self, on: bool) -> None:
        self._board.set_silent(on)

    def _on_needles_in_changed(self, step: int) -> None:
        self._show(self._board.add_needles(self.room_id, inserted=step))

    def _on_needles_out_changed(self, step: int) -> None:
        self._show(self._board.add_needles(self.room_id, removed=step))

    def _on_needles_searched_changed(self, areas: frozenset[SearchArea]) -> None:
        self._show(self._board.mark_searched(self.room_id, areas))

    def _on_needles_record_requested(self, action_taken: str) -> None:
        problem = self._board.record_unaccounted(self.room_id, action_taken)
        if problem is not None and problem.field in ("action_taken", "searched"):
            self.needles.show_action_problem(problem.message)
            return
        self.needles.show_action_problem("")
        if self._show(problem):
            self.needles.action_edit.clear()
            self.needles.record_button.setChecked(False)

    def _on_card_start_requested(self, kind: TimerKind, minutes: int) -> None:
        self._show(self._board.start_timer(self.room_id, kind, minutes))

    def _on_card_pause_requested(self, timer_id: int) -> None:
        self._show(self._board.pause_timer(self.room_id, timer_id))

    def _on_card_resume_requested(self, timer_id: int) -> None:
        self._show(self._board.resume_timer(self.room_id, timer_id))

    def _on_card_stop_requested(self, timer_id: int) -> None:
        self._show(self._board.stop_timer(self.room_id, timer_id))

    def _on_card_acknowledge_requested(self, timer_id: int) -> None:
        self._show(self._board.acknowledge(self.room_id, timer_id))

    def _on_finish_button_clicked(self) -> None:
        self._leave(self._board.finish)

    def _on_sign_button_clicked(self) -> None:
        self._leave(self._board.sign)

    def _leave(self, action: Callable[[int], Problem | None]) -> None:
        """Finish or sign; the view closes once the session has left the room (with the
        reason when it could not be signed), and stays with the message otherwise."""
        self._leaving = True
        try:
            problem = action(self.room_id)
        finally:
            self._leaving = False
        if self.view is None:
            self.left_room.emit(self.room_id, problem.message if problem else "")
            self.close()
        else:
            self._show(problem)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The view goes; the room stays on the board, its timers running."""
        self._detach()
        super().closeEvent(event)

    def _detach(self) -> None:
        if not self._detached:
            self._detached = True
            self._board.changed.disconnect(self._on_board_changed)
            self._board.ticked.disconnect(self._on_board_ticked)
            self._board.removed.disconnect(self._on_board_removed)


def _screen_scale(parent: QWidget | None) -> float:
    """Larger type on a larger screen: 1 at 768 pixels high, up to 1.8 (read across the room)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return 1.0
    return min(max(screen.geometry().height() / 768, 1.0), 1.8)
