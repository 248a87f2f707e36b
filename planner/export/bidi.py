"""Right-to-left text in a left-to-right line: Hebrew and Arabic words put in the order
they are seen (numbers inside keep their own order, brackets mirror, combining marks and
zero-width joiners stay with their letter). :mod:`planner.export.fonts` splits each line
into these pieces before choosing fonts and shaping; nothing here knows about fonts.
"""

from __future__ import annotations

import unicodedata
from typing import Any

ZWNJ = "\u200c"
ZWJ = "\u200d"
JOINERS = frozenset({ZWNJ, ZWJ})
_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})
_NUMBER_JOINERS = frozenset({"CS", "ES", "ET"})
_MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def _direction(char: str) -> str:
    return unicodedata.bidirectional(char)


def visual_order(line: str) -> str:
    """A line with each right-to-left stretch reversed into the order it is seen.

    A stretch runs from a Hebrew or Arabic letter to the last one before a left-to-right
    letter; numbers inside it keep their own order, brackets are mirrored and combining
    marks stay with their letter. The line itself stays left to right.
    """
    return "".join(reverse_clusters(text) if rtl else text for text, rtl in pieces(line))


def pieces(line: str) -> list[tuple[str, bool]]:
    """The line in visual order as (text, rtl) pieces; an rtl piece is one right-to-left
    word still in typed order (to be reversed, or shaped right to left)."""
    if line.isascii() or not any(_direction(ch) in _RTL for ch in line):
        return [(line, False)]
    out: list[tuple[str, bool]] = []
    index, end = 0, len(line)
    while index < end:
        if _direction(line[index]) not in _RTL:
            out.append((line[index], False))
            index += 1
            continue
        last = scan = index
        while scan < end and _direction(line[scan]) != "L":
            if _direction(line[scan]) in _RTL:
                last = scan
            scan += 1
        while last + 1 < end and (
            unicodedata.combining(line[last + 1])
            or line[last + 1] in JOINERS
            or _closes_bracket(line[index : last + 1], line[last + 1])
        ):
            last += 1
        out.extend(_reverse(line[index : last + 1]))
        index = last + 1
    merged: list[tuple[str, bool]] = []  # left-to-right neighbours shape as one piece
    for text, rtl in out:
        if merged and not rtl and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + text, False)
        else:
            merged.append((text, rtl))
    return merged


def _closes_bracket(stretch: str, char: str) -> bool:
    """Whether ``char`` closes a bracket opened inside ``stretch`` (paired brackets stay
    together, as in the Unicode bracket-pair rule)."""
    pairs = {")": "(", "]": "[", "}": "{"}
    opener = pairs.get(char)
    return opener is not None and stretch.count(opener) > stretch.count(char)


def _reverse(stretch: str) -> list[tuple[str, bool]]:
    """A right-to-left stretch as pieces in visual order: words (letters with their marks
    and joiners) stay whole, numbers keep their order, brackets mirror."""
    tokens: list[list[Any]] = []  # [text, is a right-to-left word]
    for char in stretch:
        kind = _direction(char)
        previous = tokens[-1] if tokens else None
        if previous is not None and (
            unicodedata.combining(char)
            or char in JOINERS
            or (previous[1] and kind in _RTL)  # the next letter of a word
            or (kind in _NUMBER and _is_number(previous[0]))  # the next digit of a number
        ):
            previous[0] += char
        elif (
            len(tokens) >= 2
            and kind in _NUMBER
            and len(tokens[-1][0]) == 1
            and _direction(tokens[-1][0]) in _NUMBER_JOINERS
            and _is_number(tokens[-2][0])
        ):
            joiner = tokens.pop()[0]
            tokens[-1][0] += joiner + char
        else:
            tokens.append([char, kind in _RTL])
    return [(_MIRROR.get(text, text), word) for text, word in reversed(tokens)]


def reverse_clusters(word: str) -> str:
    """A word's letters reversed, each letter keeping its combining marks after it."""
    clusters: list[str] = []
    for char in word:
        if clusters and (unicodedata.combining(char) or char in JOINERS):
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))


def _is_number(token: str) -> bool:
    return bool(token) and _direction(token[0]) in _NUMBER
