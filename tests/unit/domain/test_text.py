"""Search keys: accent- and case-insensitive, scripts kept."""

from planner.domain.text import digits_only, search_key


def test_search_key_folds_case_and_accents_but_keeps_scripts() -> None:
    assert search_key("Zoë", "O'Brien-Łukasz") == "zoe o'brien-lukasz"
    assert search_key("  Søren   Straße ") == "soren strasse"
    assert search_key("王伟", None, "") == "王伟"
    assert search_key("Иван Петров") == "иван петров"
    assert search_key("محمد") == "محمد"


def test_digits_only() -> None:
    assert digits_only("+44 (0)7700-900 123") == "4407700900123"
    assert digits_only(None) == ""
