"""Names in any script on any clinic PC (issue 24): the fonts the documents embed are lent
to the screens, so a Chinese, Korean, Thai or Devanagari name never shows as boxes on a
computer that has no font for it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from planner.ui.startup import FALLBACK_FONTS, add_bundled_fonts


def test_the_bundled_fonts_cover_the_scripts_of_the_names(qapp: QApplication) -> None:
    families = add_bundled_fonts()
    assert len(families) >= len(FALLBACK_FONTS)
    samples = {"Droid Sans Fallback": "王伟", "NanumSquare": "김민준", "Noto Sans Thai": "สมชาย"}
    for family, text in samples.items():
        assert family in families, families
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text), family
    assert "Noto Sans Devanagari" in families
