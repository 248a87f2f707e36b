"""What the session screen says about the session it shows: what changed in the treatment
(since the last session, or from the plan), whether it is a draft or signed, and what it
still lacks before it can be signed.

Plain functions over the presenter's data, kept apart from the window's layout and slots;
the words are translated in the session window's context (``SessionWindow``), as they
were when they were the window's own methods.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.courses_diff import Difference
from planner.services.session_views import SessionRecordView
from planner.ui.course.labels import counted
from planner.ui.plan.editor import changes_text
from planner.ui.session.presenter import SignNeeds


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionWindow", text)


def changes_note(view: SessionRecordView, changes: tuple[Difference, ...]) -> str:
    """What differs from the last signed session, or from the plan when there is none
    (session 1 has no "last session"): the treatment on screen, as edited."""
    if view.changes_since is None:
        if changes:
            return _tr("Changed from the course's plan: {changes}.").format(
                changes=changes_text(changes)
            )
        return _tr("The course's plan, as planned.")
    if changes:
        return _tr("Changed since the last session (session {n}): {changes}.").format(
            n=view.changes_since, changes=changes_text(changes)
        )
    return _tr("Same treatment as the last session (session {n}).").format(n=view.changes_since)


def status_text(view: SessionRecordView | None) -> str:
    """Draft, or signed by whom and when (the line beside the title)."""
    if view is None:
        return ""
    if view.signed_at is not None:
        when = view.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return _tr("Signed by {who} at {when} — read-only").format(
            who=view.signed_by or _tr("unknown"), when=when
        )
    return _tr("Draft — kept when you close; sign when complete")


def sign_state_text(needs: SignNeeds | None) -> str:
    """What the session still lacks before it can be signed, or that it is ready."""
    if needs is None:  # signed (the status line says by whom) or not open
        return ""
    if needs.ready:
        return _tr("Ready to sign (Ctrl+Enter).")
    parts = []
    if needs.pain_before:
        parts.append(_tr("the pain before treatment"))
    if needs.answer:
        parts.append(_tr("an answer to “Anything new?”"))
    if needs.what_is_new:
        parts.append(_tr("what is new (or answer “nothing new”)"))
    if needs.needles is not None:
        parts.append(
            _tr("needles out ({out}) to equal needles in ({n})").format(
                out=needs.needles[0], n=needs.needles[1]
            )
        )
    if needs.overrides:
        parts.append(
            counted(
                needs.overrides,
                _tr("an override reason for {n} safety finding"),
                _tr("override reasons for {n} safety findings"),
            )
        )
    if needs.cautions:
        parts.append(
            counted(
                needs.cautions,
                _tr("{n} caution still to acknowledge"),
                _tr("{n} cautions still to acknowledge"),
            )
        )
    return _tr("To sign: {missing}.").format(missing="; ".join(parts))
