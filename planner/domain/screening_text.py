"""How the screening command shows what it was given (:mod:`planner.domain.screening_case`):
values written safely for a terminal, and a case nested too deeply refused unparsed."""

from __future__ import annotations

import json
import unicodedata

from planner.domain.errors import ValidationError
from planner.domain.i18n import translate

MAX_DEPTH = 20  # a case is an object of lists of strings: 3 levels; 20 leaves room
_SHOWN = 80  # characters of a value shown in a message


def printable(text: str) -> str:
    """``text`` with every character a terminal could act on written as ``\\uXXXX``:
    control (C0, DEL, C1), format (bidirectional overrides, zero-width), line and paragraph
    separators, surrogates, private and unassigned code points. Valid in a JSON string."""
    return "".join(_escaped(ch) if _acts(ch) else ch for ch in text)


def _acts(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] == "C" or category in ("Zl", "Zp")


def _escaped(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # a UTF-16 surrogate pair, as JSON writes it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)  # at most MAX_DEPTH deep: parse_case checked
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 1] + "…"
    return printable(text)


def fail(field: str, message: str) -> ValidationError:
    return ValidationError(
        field,
        translate("screening_case", "field '{field}': {message}").format(
            field=printable(field[:_SHOWN]), message=message
        ),
    )


def depth_problem(text: str) -> str | None:
    """Why ``text`` nests too deeply to be a case (None when it does not): counted on the
    text itself, without parsing, so a hostile case cannot exhaust the parser's stack."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return translate(
                    "screening_case",
                    "case: nested more than {max_depth} levels deep (a case is an object of lists)",
                ).format(max_depth=MAX_DEPTH)
        elif ch in "]}":
            depth -= 1
    return None
