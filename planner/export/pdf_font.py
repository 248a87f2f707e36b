"""The TrueType font class the documents embed: ReportLab's ``TTFont`` that can also draw
glyphs with no character of their own (conjuncts, joining forms, as HarfBuzz shapes them)
through private codes, and writes a ToUnicode map that reads those codes back as the
letters typed. :mod:`planner.export.fonts` registers the shipped fonts as this class.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# Glyphs with no character of their own (conjuncts, joining forms) are drawn through
# codes in supplementary private-use plane 15, which no typed text can reach: typed
# private-use characters are unprintable and become U+FFFD before any font sees them.
PRIVATE_FIRST = 0xF0000
PRIVATE_LAST = 0xFFFFD


class ShapedFont(TTFont):
    """A TrueType font that can also draw glyphs reached through private codes.

    ``glyph_text`` maps each such code to the letters it stands for, and the PDF's
    ToUnicode map says so, so extracted or copied text is the text as typed.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.glyph_text: dict[int, str] = {}
        self.glyph_codes: dict[tuple[int, str, float], str] = {}
        self.next_private = PRIVATE_FIRST

    def private_code(self, glyph: int, text: str, width: float) -> str:
        """The code that draws ``glyph`` ``width`` wide and reads as ``text`` (caller locks)."""
        key = (glyph, text, width)
        code = self.glyph_codes.get(key)
        if code is not None:
            return code
        face: Any = self.face
        number = self.next_private
        while number in face.charToGlyph:
            number += 1
        if number > PRIVATE_LAST:  # pragma: no cover - 65 534 distinct glyph uses
            raise RuntimeError("no private code left for a shaped glyph")
        self.next_private = number + 1
        face.charToGlyph[number] = glyph
        face.charWidths[number] = width
        self.glyph_text[number] = text
        code = self.glyph_codes[key] = chr(number)
        return code

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)  # ReportLab drops the document's state when done
        subsets = list(state.subsets) if state is not None else []
        super().addObjects(doc)
        if not self.glyph_text:
            return
        face: Any = self.face
        for number, subset in enumerate(subsets):
            if not any(code in self.glyph_text for code in subset):
                continue
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = _to_unicode_cmap(base, subset, self.glyph_text)


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], texts: dict[int, str]) -> str:
    """A ToUnicode CMap like ReportLab's, with private codes read as their letters (a
    glyph that only completes a cluster, such as a reph, reads as nothing)."""
    entries = [
        f"<{index:02X}> <{_utf16(texts.get(code, chr(code)))}>" for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
