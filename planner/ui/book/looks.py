"""How the appointment book shows an appointment: its colours by state (booked blue,
checked in amber, in treatment purple, done green; cancelled and did-not-attend grey,
hatched and struck through so their time reads as free) always with the state in words,
never colour alone; the lines of text on a block, the full text of its tooltip and the
words a screen reader hears.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain import wording
from planner.domain.i18n import translate
from planner.domain.vocab import AppointmentState
from planner.services.appointment_views import AppointmentView


@dataclass(frozen=True, slots=True)
class Look:
    fill: str
    edge: str
    text: str
    freed: bool = False  # drawn faded, hatched and struck: the slot reads as free


LOOKS: dict[AppointmentState, Look] = {
    AppointmentState.BOOKED: Look("#e3f2fd", "#1565c0", "#0d2a4a"),
    AppointmentState.CHECKED_IN: Look("#ffe9a8", "#a15c00", "#3e2400"),
    AppointmentState.IN_TREATMENT: Look("#eadcf8", "#6a1b9a", "#2e0b45"),
    AppointmentState.DONE: Look("#dcefdf", "#2e7d32", "#123d16"),
    AppointmentState.NO_SHOW: Look("#f4f4f4", "#9e9e9e", "#5f5f5f", freed=True),
    AppointmentState.CANCELLED: Look("#f4f4f4", "#9e9e9e", "#5f5f5f", freed=True),
}
SELECTED_EDGE = "#000000"
CLOSED_FILL = "#e6e6e6"
OUTSIDE_HOURS_FILL = "#f1f1f1"
TODAY_FILL = "#fff8e1"
LINE_HOUR = "#b0b0b0"
LINE_QUARTER = "#e4e4e4"


def state_word(state: AppointmentState) -> str:
    return translate("wording", wording.label(AppointmentState(state)))


def time_text(view: AppointmentView) -> str:
    """``"09:00-09:30"``, or ``"Time not set"`` when nobody recorded one."""
    if view.starts_at is None:
        return translate("book", "Time not set")
    end = f"\u2013{view.ends_at:%H:%M}" if view.ends_at is not None else ""
    return f"{view.starts_at:%H:%M}{end}"


def isolated(name: str) -> str:
    """A name set apart from the text around it (U+2068 ... U+2069), so a name written right
    to left does not carry "(#10)" and the time along with it."""
    return f"\u2068{name}\u2069"


def patient_text(view: AppointmentView) -> str:
    return f"{isolated(view.patient_name)} (#{view.chart_number})"


def block_lines(view: AppointmentView, *, compact: bool = False) -> list[str]:
    """A block's lines, most important first (the ones that do not fit are dropped;
    the tooltip has them all). Compact, for a narrow column: shorter lines, more of them."""
    where = view.room_name or ""
    if compact:
        start = f"{view.starts_at:%H:%M}" if view.starts_at is not None else time_text(view)
        lines = [f"{start} {state_word(view.state)}", isolated(view.patient_name)]
        lines.append(f"#{view.chart_number} \u00b7 {view.session_label}")
        return [*lines, where] if where else lines
    detail = f"{view.session_label} \u00b7 {where}" if where else view.session_label
    return [f"{time_text(view)}  {state_word(view.state)}", patient_text(view), detail]


def one_line(view: AppointmentView, *, compact: bool = False) -> str:
    """A short block's single line: time, patient, state."""
    if compact and view.starts_at is not None:
        name = isolated(view.patient_name)
        return f"{view.starts_at:%H:%M} {name} \u00b7 {state_word(view.state)}"
    return f"{time_text(view)} {patient_text(view)} \u00b7 {state_word(view.state)}"


def strip_lines(view: AppointmentView, *, compact: bool = False) -> list[str]:
    """An appointment in the "time not set" strip (two lines)."""
    if compact:
        return [view.patient_name, f"#{view.chart_number} \u00b7 {view.session_label}"]
    return [patient_text(view), f"{view.session_label} \u00b7 {state_word(view.state)}"]


def full_text(view: AppointmentView) -> str:
    """The tooltip and the screen reader's words: everything the block shows, and why
    a freed slot is free."""
    lines = [
        translate("book", "{time} ({minutes} min) – {state}").format(
            time=time_text(view), minutes=view.length_minutes, state=state_word(view.state)
        ),
        patient_text(view),
        view.session_label,
        translate("book", "With {name}").format(
            name=view.practitioner_name or translate("book", "no practitioner")
        ),
        translate("book", "Room: {room}").format(room=view.room_name)
        if view.room_name
        else translate("book", "No room"),
    ]
    if view.cancelled_by is not None:
        who = translate("wording", wording.label(view.cancelled_by))
        late = translate("book", " (late)") if view.late else ""
        lines.append(translate("book", "Cancelled by: {who}{late}").format(who=who, late=late))
    if view.cancel_reason:
        lines.append(translate("book", "Reason: {reason}").format(reason=view.cancel_reason))
    if view.checked_in_at is not None and view.state == AppointmentState.CHECKED_IN:
        arrived = view.checked_in_at.astimezone()
        lines.append(translate("book", "Arrived at {time}").format(time=f"{arrived:%H:%M}"))
    if not view.is_live:
        lines.append(translate("book", "The time is free again."))
    return "\n".join(lines)


def legend() -> list[tuple[AppointmentState, str, Look]]:
    """The legend's entries in the order of a visit."""
    return [(state, state_word(state), look) for state, look in LOOKS.items()]
