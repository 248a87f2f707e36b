"""What the session screen says about the session it shows: what changed in the treatment
(since the last session, or from the plan), whether it is a draft or signed, and what it
still lacks before it can be signed.

Plain functions over the presenter's data, kept apart from the window's layout and slots;
the words are translated in the session window's context (``SessionWindow``), as they
were when they were the window's own methods.
"""

from __future__ import annotations

from planner import formats
from planner.domain.courses_diff import Difference
from planner.domain.i18n import translate
from planner.services.session_views import SessionRecordView
from planner.ui.plan.editor import changes_text
from planner.ui.session.presenter import SignNeeds


def changes_note(view: SessionRecordView, changes: tuple[Difference, ...]) -> str:
    """What differs from the last signed session, or from the plan when there is none
    (session 1 has no "last session"): the treatment on screen, as edited."""
    if view.changes_since is None:
        if changes:
            return translate("SessionWindow", "Changed from the course's plan: {changes}.").format(
                changes=changes_text(changes)
            )
        return translate("SessionWindow", "The course's plan, as planned.")
    if changes:
        return translate(
            "SessionWindow", "Changed since the last session (session {n}): {changes}."
        ).format(n=view.changes_since, changes=changes_text(changes))
    return translate("SessionWindow", "Same treatment as the last session (session {n}).").format(
        n=view.changes_since
    )


def status_text(view: SessionRecordView | None) -> str:
    """Draft, or signed by whom and when (the line beside the title)."""
    if view is None:
        return ""
    if view.signed_at is not None:
        when = formats.datetime_text(view.signed_at)
        return translate("SessionWindow", "Signed by {who} at {when} — read-only").format(
            who=view.signed_by or translate("SessionWindow", "unknown"), when=when
        )
    return translate("SessionWindow", "Draft — kept when you close; sign when complete")


def sign_state_text(needs: SignNeeds | None) -> str:
    """What the session still lacks before it can be signed, or that it is ready."""
    if needs is None:  # signed (the status line says by whom) or not open
        return ""
    if needs.ready:
        return translate("SessionWindow", "Ready to sign (Ctrl+Enter).")
    parts = needs.missing()
    return translate("SessionWindow", "To sign: {missing}.").format(missing="; ".join(parts))
