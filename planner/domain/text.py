"""Text helpers for search keys: accent- and case-insensitive, script-preserving."""

from __future__ import annotations

import unicodedata


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
