"""The docs stay right: files exist, links resolve, named commands exist, README stays short.

Fast and headless: no Qt, no database. The command names are read from the real argparse
parser (``planner.cli.build_parser``) and the real Makefile, never from a list kept here.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from planner.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("README.md", "CONTRIBUTING.md", "docs/user-guide.md", "docs/admin-guide.md")
REQUIRED += ("docs/architecture.md",)
README_MAX_LINES = 150
SHELL_LANGUAGES = {"sh", "bash", "shell", "console"}

FENCE = re.compile(r"^(\s*)```([\w-]*)\s*$")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
INLINE_CODE = re.compile(r"`([^`\n]+)`")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _doc_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
    files += sorted((ROOT / "docs").glob("*.md"))
    return files


def _split(text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The prose lines, and each fenced block as (language, its lines)."""
    prose: list[str] = []
    blocks: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    language = ""
    for line in text.splitlines():
        fence = FENCE.match(line)
        if fence and current is None:
            current, language = [], fence.group(2).lower()
        elif fence and current is not None:
            blocks.append((language, current))
            current = None
        elif current is not None:
            current.append(line)
        else:
            prose.append(line)
    assert current is None, "a code block is never closed"
    return prose, blocks


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"`|\*\*|\*|_{2}", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    prose, _ = _split(path.read_text(encoding="utf-8"))
    return {_slug(m.group(2)) for line in prose if (m := HEADING.match(line))}


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Za-z0-9_.-]+)\s*:(?!=)", text, flags=re.MULTILINE))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options_with_values(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        if action.option_strings and action.nargs != 0
        for option in action.option_strings
    }


def _code_snippets(path: Path) -> tuple[list[str], list[str]]:
    """Every inline code span and code-block line, and the lines of shell blocks."""
    prose, blocks = _split(path.read_text(encoding="utf-8"))
    snippets = [span for line in prose for span in INLINE_CODE.findall(line)]
    shell: list[str] = []
    for language, lines in blocks:
        snippets += lines
        if language in SHELL_LANGUAGES:
            shell += lines
    return snippets, shell


def _commands_in(line: str) -> list[list[str]]:
    """The arguments after each `acuplanner` or `main.py` that starts a command on a line."""
    try:
        tokens = shlex.split(line, comments=True)
    except ValueError:
        tokens = line.split()
    found: list[list[str]] = []
    starts_command = True
    for index, token in enumerate(tokens):
        name = token.rsplit("/", 1)[-1]
        if (name == "acuplanner" and starts_command) or name == "main.py":
            found.append(tokens[index + 1 :])
        starts_command = token in {"|", "&&", ";", "||"} or "=" in token
    return found


def _check_command(arguments: list[str], parser: argparse.ArgumentParser, where: str) -> None:
    takes_value = _options_with_values(parser)
    subcommands = _subcommands(parser)
    rest = list(arguments)
    while rest:
        token = rest.pop(0)
        if token in {"|", "&&", ";", "||"}:
            return
        if token.startswith("-"):
            if token in takes_value and "=" not in token and rest:
                rest.pop(0)
            continue
        assert subcommands, f"{where}: {token!r} given to a command that takes no subcommand"
        assert token in subcommands, (
            f"{where}: {token!r} is not a subcommand (the parser has {sorted(subcommands)})"
        )
        nested = subcommands[token]
        if _subcommands(nested):
            _check_command(rest, nested, where)
        return


@pytest.mark.parametrize("name", REQUIRED)
def test_each_doc_exists(name: str) -> None:
    assert (ROOT / name).is_file(), f"{name} is missing"


def test_readme_is_short() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES, f"README.md has {len(lines)} lines"


@pytest.mark.parametrize("path", _doc_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(path: Path) -> None:
    prose, _ = _split(path.read_text(encoding="utf-8"))
    text = "\n".join(INLINE_CODE.sub("", line) for line in prose)
    problems = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            problems.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            problems.append(f"{target}: no heading #{anchor}")
    assert not problems, f"{path.name}: " + "; ".join(problems)


@pytest.mark.parametrize("path", _doc_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_make_targets_exist(path: Path) -> None:
    targets = _make_targets()
    snippets, _ = _code_snippets(path)
    named = []
    for snippet in snippets:
        for match in re.finditer(r"(?:^|[\s;&|(])make\s+(.*)", snippet):
            words = [w for w in match.group(1).split() if "=" not in w and not w.startswith("-")]
            if words and re.fullmatch(r"[A-Za-z][\w.-]*", words[0]):
                named.append(words[0])
    unknown = sorted(set(named) - targets)
    assert not unknown, f"{path.name} names make targets the Makefile lacks: {unknown}"


@pytest.mark.parametrize("path", _doc_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_named_subcommands_exist(path: Path) -> None:
    parser = build_parser()
    _, shell = _code_snippets(path)
    for number, line in enumerate(shell, 1):
        for arguments in _commands_in(line):
            _check_command(arguments, parser, f"{path.name} shell line {number}: {line.strip()}")


def test_the_checks_see_the_commands() -> None:
    """The extraction itself works: the docs name commands, and a wrong one is caught."""
    parser = build_parser()
    assert {"demo", "check", "users", "audit", "backup", "restore", "export"} <= set(
        _subcommands(parser)
    )
    commands = [
        arguments
        for path in _doc_files()
        for line in _code_snippets(path)[1]
        for arguments in _commands_in(line)
    ]
    assert len(commands) >= 10
    with pytest.raises(AssertionError):
        _check_command(["--database", "x.sqlite3", "no-such-command"], parser, "probe")
    with pytest.raises(AssertionError):
        _check_command(["users", "remove", "anna"], parser, "probe")
    _check_command(["--database", "x.sqlite3", "users", "add", "anna"], parser, "probe")
    assert {"run", "test", "lint", "soak", "bench"} <= _make_targets()
    assert _slug("A clinic with several workstations: PostgreSQL") == (
        "a-clinic-with-several-workstations-postgresql"
    )
