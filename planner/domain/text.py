"""Text helpers for search keys: accent- and case-insensitive, script-preserving."""

from __future__ import annotations

import unicodedata

from planner.domain.i18n import translate


def search_key(*parts: str | None) -> str:
    """Lower-case, accent-free, space-normalised text for prefix and substring search.

    Chinese, Arabic and Cyrillic letters are kept as they are (only combining marks go),
    so ``Zoë O'Brien-Łukasz`` is found by ``zoe o'brien`` and ``王伟`` by ``王``.
    """
    text = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def digits_only(text: str | None) -> str:
    """The digits of a phone number, for matching however it was typed."""
    return "".join(ch for ch in (text or "") if ch.isdigit())


class Phrase(str):
    """English text that remembers what it was made from, so a screen can show it in the
    user's language while records and documents keep the English.

    ``Phrase(QT_TRANSLATE_NOOP("safety", "Bleeding risk ({cause})."), cause="warfarin")``
    is the string ``"Bleeding risk (warfarin)."``; :func:`shown` gives it translated, its
    values filled in after (a value that is itself a Phrase is shown translated too).
    ``context`` names the translation context when it is not the one the screen asks for.
    """

    template: str
    values: dict[str, object]
    context: str

    def __new__(cls, template: str, /, *, context: str = "", **values: object) -> Phrase:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        made.context = context
        return made


def shown(context: str, text: str) -> str:
    """``text`` as a screen shows it: translated in ``context`` (a Phrase in its own)."""
    if not text:
        return text
    if not isinstance(text, Phrase):
        return translate(context, text)
    own = text.context or context
    values = {
        name: shown(own, value) if isinstance(value, Phrase) else value
        for name, value in text.values.items()
    }
    said = translate(own, text.template)
    return said.format(**values) if values else said
