"""Qt's translation workflow (issue 24): the French file holds every string the code shows,
every one is translated with its placeholders and plural forms, and the code writes its
strings so lupdate can find them (literals inside translate, never an f-string)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner.cli import translations
from planner.cli.translations import Message, fill, merge, problems, read_ts, write_ts

FRENCH = translations.ts_path("fr")


def test_the_french_file_holds_every_string_of_the_code() -> None:
    in_code = {message.key for message in translations.extract()}
    in_file = {message.key for message in read_ts(FRENCH)}
    missing = sorted(in_code - in_file)
    stale = sorted(in_file - in_code)
    assert not missing and not stale, (
        "resources/translations/acuplanner_fr.ts is out of date: run `make translations` "
        f"and translate what it lists. Not in the file: {missing[:20]}; no longer in the "
        f"code: {stale[:20]}"
    )


def test_every_string_is_translated_into_french() -> None:
    left = problems(read_ts(FRENCH), "fr")
    assert not left, f"{len(left)} strings to translate or fix:\n" + "\n".join(left[:60])


_QT = ("QCoreApplication", "QApplication", "i18n")


def _translation_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            if isinstance(func, ast.Attribute) and name == "translate" and owner not in _QT:
                continue  # a canvas's or a painter's translate(x, y)
            if name in ("translate", "QT_TRANSLATE_NOOP", "tr") and node.args:
                calls.append(node)
    return calls


def _source_text(call: ast.Call) -> ast.expr | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    index = 0 if name == "tr" else 1
    return call.args[index] if len(call.args) > index else None


def test_translated_text_is_written_where_lupdate_can_read_it() -> None:
    """An f-string, a ``%`` or a ``+`` inside the call is looked up after it is filled
    in, so it is never found in the translation: fill placeholders after translating.
    And lupdate skips a call given any keyword (``n=count``): the count goes fourth,
    ``translate(context, text, None, count)``."""
    bad = []
    for path in translations.sources():
        tree = ast.parse(path.read_text("utf-8"))
        for call in _translation_calls(tree):
            text = _source_text(call)
            if isinstance(text, ast.JoinedStr | ast.BinOp) or call.keywords:
                bad.append(f"{path.relative_to(translations.ROOT)}:{call.lineno}")
    assert not bad, "text built inside a translate/tr call, or n= given by name: " + ", ".join(bad)


def _literal_calls(tree: ast.AST) -> set[tuple[str, str]]:
    """(context, text) of every translate/QT_TRANSLATE_NOOP(ctx, text) and self.tr(text)
    in a class, with both literal, read from the syntax tree."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else owner)
        if not isinstance(node, ast.Call) or node not in calls:
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        if name == "tr" and args and isinstance(args[0], str) and owner:
            found.add((owner, args[0]))
        elif (
            name != "tr"
            and len(args) >= 2
            and isinstance(args[0], str)
            and isinstance(args[1], str)
        ):
            found.add((args[0], args[1]))

    calls = set(_translation_calls(tree))
    visit(tree, "")
    return found


def test_lupdate_finds_every_string_the_code_translates() -> None:
    """lupdate's Python parser silently drops some calls (a keyword argument, a count that
    is an expression such as ``len(rows)``): each literal call in the code must be in the
    file, or a translator never sees it."""
    in_file = {(m.context, m.source) for m in read_ts(FRENCH)}
    missing = []
    for path in translations.sources():
        for key in _literal_calls(ast.parse(path.read_text("utf-8"))) - in_file:
            missing.append(f"{path.relative_to(translations.ROOT)}: [{key[0]}] {key[1]!r}")
    assert not missing, f"{len(missing)} strings lupdate did not find:\n" + "\n".join(
        sorted(missing)[:40]
    )


def test_every_english_plural_is_a_count() -> None:
    """A text written with "(s)" is a plural only when it carries %n (and is given n)."""
    loose = [m for m in read_ts(FRENCH) if "(s)" in m.source and "%n" not in m.source]
    assert not loose, [f"[{m.context}] {m.source}" for m in loose]


def test_a_merge_keeps_translations_marks_plurals_and_drops_the_gone(tmp_path: Path) -> None:
    path = tmp_path / "acuplanner_fr.ts"
    old = [
        Message("intake", "Save", translation="Enregistrer", finished=True),
        Message("intake", "Gone", translation="Parti", finished=True),
    ]
    write_ts(path, "fr", old)
    merged = merge([Message("intake", "Save"), Message("course", "%n session(s)")], read_ts(path))
    write_ts(path, "fr", merged)
    read = {m.key: m for m in read_ts(path)}
    assert set(read) == {("intake", "Save", ""), ("course", "%n session(s)", "")}
    assert read["intake", "Save", ""].translation == "Enregistrer"
    plural = read["course", "%n session(s)", ""]
    assert plural.numerus and not plural.finished and plural.forms == ["", ""]
    assert problems(read.values(), "fr") == ["unfinished: [course] '%n session(s)'"]

    entries = [
        {"context": "course", "source": "%n session(s)", "forms": ["%n séance", "%n séances"]},
        {"context": "nowhere", "source": "Unknown", "translation": "Inconnu"},
    ]
    assert fill(path, "fr", entries) == 1
    assert problems(read_ts(path), "fr") == []


@pytest.mark.parametrize(
    ("translation", "finding"),
    [
        ("Patient {nom}", "placeholders differ"),
        ("Séance(s) de {name}", "a plural written with (s)"),
        ("", "unfinished"),
    ],
)
def test_the_check_finds_what_a_translator_got_wrong(translation: str, finding: str) -> None:
    message = Message("x", "Session of {name}", translation=translation, finished=True)
    assert problems([message], "fr")[0].startswith(finding)
