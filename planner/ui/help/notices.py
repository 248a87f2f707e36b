"""The licences of AcuPlanner, of the libraries it installs and of the fonts it ships.

``resources/licences`` holds what :mod:`planner.ui.help.build_notices` wrote from the
installed packages' metadata when the notices were last built: ``index.json`` (one entry
per piece — the app, each library with its version and licence, each font family with its
files) and ``THIRD-PARTY-NOTICES.txt`` (the same with every licence's full text, and the
LGPL/GPL texts Qt for Python is offered under). Help ▸ About lists the index and Help ▸
Licences and notices shows the text. Fonts are declared here, once: a font file in
``resources/fonts`` without an entry fails tests/ui/test_help_notices.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

INDEX_FILE = "index.json"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
APP, LIBRARY, FONT = "app", "library", "font"


@dataclass(frozen=True, slots=True)
class Notice:
    """One piece of AcuPlanner and its licence."""

    name: str
    version: str
    licence: str
    kind: str  # APP, LIBRARY or FONT
    files: tuple[str, ...] = ()  # a font's files; a library's licence files


@dataclass(frozen=True, slots=True)
class FontNotice:
    family: str
    files: tuple[str, ...]
    licence: str
    licence_file: str  # in resources/fonts


FONTS = (
    FontNotice(
        "DejaVu Sans 2.37",
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        "Bitstream Vera and Arev Fonts licences",
        "LICENSE-DejaVu.txt",
    ),
    FontNotice(
        "Droid Sans Fallback",
        ("DroidSansFallbackFull.ttf",),
        "Apache-2.0",
        "LICENSE-DroidSansFallback.txt",
    ),
    FontNotice("NanumSquare Regular", ("NanumSquareR.ttf",), "OFL-1.1", "LICENSE-Nanum.txt"),
    FontNotice(
        "Noto Sans Devanagari and Noto Sans Thai",
        (
            "NotoSansDevanagari-Regular.ttf",
            "NotoSansDevanagari-Bold.ttf",
            "NotoSansThai-Regular.ttf",
            "NotoSansThai-Bold.ttf",
        ),
        "OFL-1.1",
        "LICENSE-Noto.txt",
    ),
)


def licences_folder() -> Path:
    return Path(str(resources.files("planner.resources").joinpath("licences")))


def read_index(folder: Path | None = None) -> list[Notice]:
    """The app, then its libraries, then its fonts, as the notices were built."""
    path = (folder or licences_folder()) / INDEX_FILE
    entries = json.loads(path.read_text(encoding="utf-8"))
    return [
        Notice(e["name"], e["version"], e["licence"], e["kind"], tuple(e.get("files", ())))
        for e in entries
    ]


def read_notices(folder: Path | None = None) -> str:
    return ((folder or licences_folder()) / NOTICES_FILE).read_text(encoding="utf-8")
