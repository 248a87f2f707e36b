"""`acuplanner screen CASE.json`: findings as JSON, and one clear line for every bad case."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = {
    "age": 34,
    "pregnant": True,
    "gestation_weeks": 20,
    "conditions": ["implanted_device"],
    "medications": ["Eliquis 5 mg"],
    "red_flags": ["fever"],
    "techniques": ["local_needling", "cupping"],
    "cupping_type": "wet",
    "points": ["BL23", "LI4"],
}


def run(case: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "case.json"
    path.write_text(case if isinstance(case, str) else json.dumps(case), encoding="utf-8")
    code = main(["screen", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_example_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(EXAMPLE, tmp_path, capsys)
    assert (code, err) == (0, "")
    findings = json.loads(out)
    assert all(set(f) == {"severity", "rule", "subject", "message", "action"} for f in findings)
    summary = [(f["severity"], f["rule"], f["subject"]) for f in findings]
    assert summary == [
        ("refer", "red_flag.fever", "patient"),
        ("block", "pregnancy.forbidden_point", "LI4"),
        ("block", "pregnancy.cupping", "cupping"),
        ("block", "bleeding.wet_cupping", "cupping"),
        ("warn", "pregnancy.lumbosacral_point", "BL23"),
        ("warn", "bleeding.needling", "local_needling"),
    ]


def test_minimal_case_and_standard_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"age": 50, "techniques": []}'))
    assert main(["screen", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("case", "fragments"),
    [
        ('{"age": 34,', ["case: not valid JSON"]),
        ("[1, 2]", ["expected a JSON object"]),
        ({"techniques": []}, ["field 'age'", "required"]),
        ({"age": 34}, ["field 'techniques'", "required"]),
        ({"age": None, "techniques": []}, ["field 'age'", "null"]),
        ({"age": "34", "techniques": []}, ["field 'age'", '"34"']),
        ({"age": True, "techniques": []}, ["field 'age'", "true"]),
        ({"age": 130, "techniques": []}, ["field 'age'", "130", "0–120"]),
        ({"age": 30, "techniques": "local_needling"}, ["field 'techniques'", "expected a list"]),
        ({"age": 30, "techniques": ["acupressure"]}, ["field 'techniques[0]'", '"acupressure"']),
        ({"age": 30, "techniques": [7]}, ["field 'techniques[0]'", "expected a string"]),
        (
            {"age": 30, "techniques": [], "points": ["BL23", "BL99"]},
            ["field 'points[1]'", '"BL99"'],
        ),
        ({"age": 30, "techniques": [], "points": [23]}, ["field 'points[0]'", "23"]),
        (
            {"age": 30, "techniques": [], "conditions": ["asthma"]},
            ["field 'conditions[0]'", '"asthma"'],
        ),
        (
            {"age": 30, "techniques": [], "red_flags": ["headache"]},
            ["field 'red_flags[0]'", '"headache"'],
        ),
        (
            {"age": 30, "techniques": [], "cupping_type": "vacuum"},
            ["field 'cupping_type'", '"vacuum"'],
        ),
        ({"age": 30, "techniques": [], "pregnant": "yes"}, ["field 'pregnant'", '"yes"']),
        ({"age": 30, "techniques": [], "gestation_weeks": 50}, ["field 'gestation_weeks'", "50"]),
        ({"age": 30, "techniques": [], "medications": [5]}, ["field 'medications[0]'", "5"]),
        (
            {"age": 30, "techniques": [], "consents": ["massage"]},
            ["field 'consents[0]'", '"massage"'],
        ),
        ({"age": 30, "techniques": [], "conditons": []}, ["field 'conditons'", "unknown field"]),
        (
            {"age": 30, "techniques": [], "red_flags_unanswered": ["headache"]},
            ["field 'red_flags_unanswered[0]'", '"headache"'],
        ),
        ({"age": 30, "techniques": [], "new_onset": "yes"}, ["field 'new_onset'", '"yes"']),
        ({"age": 30, "techniques": [], "guardian_consent": 1}, ["field 'guardian_consent'"]),
        (
            {"age": 30, "techniques": [], "red_flag_clearances": []},
            ["field 'red_flag_clearances'", "expected an object"],
        ),
        (
            {"age": 30, "techniques": [], "red_flag_clearances": {"gout": {}}},
            ["field 'red_flag_clearances.gout'", '"gout"'],
        ),
        (
            {"age": 30, "techniques": [], "red_flag_clearances": {"fever": "Dr A"}},
            ["field 'red_flag_clearances.fever'", '"by" and "on"'],
        ),
        (
            {"age": 30, "techniques": [], "red_flag_clearances": {"fever": {"who": "Dr A"}}},
            ["field 'red_flag_clearances.fever.who'", "unknown field"],
        ),
        (
            {"age": 30, "techniques": [], "red_flag_clearances": {"fever": {"by": "Dr A"}}},
            ["field 'red_flag_clearances.fever.on'", "YYYY-MM-DD"],
        ),
        (
            {
                "age": 30,
                "techniques": [],
                "red_flag_clearances": {"fever": {"by": "Dr A", "on": "2026-13-01"}},
            },
            ["field 'red_flag_clearances.fever.on'", '"2026-13-01"'],
        ),
        (
            {
                "age": 30,
                "techniques": [],
                "red_flag_clearances": {"fever": {"by": " ", "on": "2026-11-01"}},
            },
            ["field 'red_flag_clearances.fever.by'", "non-empty"],
        ),
        (
            {
                "age": 30,
                "techniques": [],
                "red_flag_clearances": {"fever": {"by": "Dr A", "on": "2026-11-01", "note": 3}},
            },
            ["field 'red_flag_clearances.fever.note'", "a string"],
        ),
        (
            {
                "age": 30,
                "techniques": [],
                "red_flag_clearances": {"fever": {"by": "D" * 201, "on": "2026-11-01"}},
            },
            ["field 'red_flag_clearances.fever.by'", "at most 200"],
        ),
    ],
)
def test_every_bad_case_exits_2_with_one_line(tmp_path, capsys, case, fragments) -> None:
    code, out, err = run(case, tmp_path, capsys)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("acuplanner: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_red_flag_answers_clearances_age_facts(tmp_path, capsys) -> None:
    base = {"age": 16, "techniques": ["local_needling"], "points": ["BL23"]}
    code, out, _ = run(base, tmp_path, capsys)
    found = {(f["severity"], f["rule"]) for f in json.loads(out)}
    assert ("block", "consent.guardian") in found and ("refer", "red_flag.young_age") in found
    case = {
        **base,
        "guardian_consent": True,
        "red_flag_clearances": {
            "young_age": {"by": "Dr A. Jones, GP", "on": "2026-11-02", "note": "letter on file"}
        },
        "red_flags_unanswered": ["fever"],
    }
    code, out, _ = run(case, tmp_path, capsys)
    findings = json.loads(out)
    rules = {(f["severity"], f["rule"]) for f in findings}
    assert rules == {("warn", "red_flag_cleared.young_age"), ("block", "red_flags.unanswered")}
    assert any("Dr A. Jones, GP on 2026-11-02" in f["message"] for f in findings)
    code, out, _ = run({"age": 60, "techniques": [], "new_onset": True}, tmp_path, capsys)
    assert code == 0 and [f["rule"] for f in json.loads(out)] == ["age.new_onset_over_50"]


def test_missing_case_file(tmp_path: Path, capsys) -> None:
    assert main(["screen", str(tmp_path / "missing.json")]) == 2
    assert "Cannot read the case file" in capsys.readouterr().err


def test_consents_given_are_checked(tmp_path: Path, capsys) -> None:
    case = {"age": 30, "techniques": ["electroacupuncture"], "consents": ["needling"]}
    code, out, _ = run(case, tmp_path, capsys)
    assert code == 0
    assert [f["rule"] for f in json.loads(out)] == ["consent.missing"]


def test_screen_through_the_real_entry_point(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "screen", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "ACUPLANNER_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["rule"] == "red_flag.fever"


def _controls(text: str) -> list[str]:
    """Characters a terminal could act on (control, format/bidi, separators)."""
    import unicodedata

    return [
        ch
        for ch in text
        if (ch != "\n" and unicodedata.category(ch)[0] == "C") or ch in "\u2028\u2029"
    ]


@pytest.mark.parametrize("depth", [100_000, 1_000, 21])
def test_a_deeply_nested_case_is_refused_in_one_line(tmp_path, capsys, depth) -> None:
    """Issue 19: 100,000 nested arrays crashed the parser (RecursionError, exit 1)."""
    for case in ("[" * depth + "]" * depth, '{"age": ' + "[" * depth + "]" * depth + "}"):
        code, out, err = run(case, tmp_path, capsys)
        assert code == 2 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "nested more than 20 levels deep" in lines[0]


def test_nesting_inside_strings_does_not_count(tmp_path, capsys) -> None:
    case = {"age": 30, "techniques": [], "medications": ["[[[[" * 30 + '\\"{{{{' * 30]}
    code, _, err = run(case, tmp_path, capsys)
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    "name",
    [
        "\x1b]0;owned\x07\x1b[2J",  # set the window title, clear the screen
        "age\u202e\u2066",  # bidi override and isolate: reorders what follows
        "\x9b31m\x85",  # C1 CSI and next-line
        "zero\u200bwidth\u2028line",
        "\ud83d\ude00 \U000e0041",  # an emoji (kept) and a tag character (escaped)
    ],
)
def test_unknown_field_names_are_shown_escaped(tmp_path, capsys, name) -> None:
    """Issue 19: an unknown field name was printed as given, so a case could move the
    cursor, retitle or clear the terminal, or reorder the line with bidi controls."""
    case = json.dumps({"age": 30, "techniques": [], name: 1}, ensure_ascii=True)
    code, out, err = run(case, tmp_path, capsys)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "unknown field" in lines[0]
    assert _controls(err) == []
    assert "\\u" in lines[0]


def test_values_shown_in_messages_are_escaped_and_cut_short(tmp_path, capsys) -> None:
    value = "\x1b[31m" + "x" * 10_000
    code, _, err = run({"age": 30, "techniques": [value]}, tmp_path, capsys)
    assert code == 2 and _controls(err) == []
    assert "\\u001b[31m" in err and len(err) < 600


def test_findings_echoing_the_case_are_escaped(tmp_path, capsys) -> None:
    case = {"age": 30, "techniques": ["local_needling"], "medications": ["Eliquis\u202e\x9b"]}
    code, out, _ = run(case, tmp_path, capsys)
    assert code == 0 and _controls(out) == []
    assert json.loads(out)  # still JSON


def test_cupping_and_moxa_sites_are_screened(tmp_path: Path, capsys) -> None:
    case = {
        "age": 30,
        "pregnant": True,
        "techniques": ["cupping", "moxibustion"],
        "cupping_type": "dry",
        "cupping_sites": ["upper back"],
        "moxa_sites": ["BL23"],
    }
    code, out, _ = run(case, tmp_path, capsys)
    assert code == 0
    summary = [(f["severity"], f["rule"], f["subject"]) for f in json.loads(out)]
    assert summary == [("block", "pregnancy.moxibustion", "moxibustion")]
