"""Qt's translation workflow: ``python -m planner.cli.translations update|build|check``.

- ``update`` runs Qt's ``lupdate`` over ``planner/`` and merges what it found into
  ``resources/translations/acuplanner_<lang>.ts``: new strings come in unfinished, strings
  no longer in the code go, translations already made are kept. A string written with
  ``%n`` becomes a plural (``numerus``) message; lupdate's Python parser marks only some
  of them, so the merge does it for every one.
- ``build`` compiles each ``.ts`` into the ``.qm`` the app loads (``make`` does it before
  ``run`` and ``test``; the ``.qm`` files are not kept in git).
- ``check`` lists what a translator still has to do: unfinished messages, placeholders
  that differ from the English, plurals without their forms.
- ``fill FILE.json`` takes translations from a JSON list of ``{"context", "source",
  "translation"}`` (or ``"forms": [...]`` for a plural) into the ``.ts``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)
PLURAL_FORMS = {"fr": 2}
_PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def numerus(self) -> bool:
        return "%n" in self.source


def ts_path(language: str) -> Path:
    return FOLDER / f"acuplanner_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"acuplanner_{language}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or ""
            )
            if translation is not None:
                message.finished = translation.get("type") not in (
                    "unfinished",
                    "obsolete",
                    "vanished",
                )
                message.forms = [form.text or "" for form in translation.iter("numerusform")]
                message.translation = "" if message.forms else (translation.text or "")
            messages.append(message)
    return messages


def write_ts(path: Path, language: str, messages: Iterable[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = message.forms or ([message.translation] if message.translation else [])
                count = PLURAL_FORMS.get(language, 2)
                forms = (forms + [""] * count)[:count] if forms else [""] * count
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation or (
                    message.forms[0] if message.forms else ""
                )
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def sources() -> list[Path]:
    return sorted(
        path for path in (ROOT / "planner").rglob("*.py") if "__pycache__" not in path.parts
    )


def extract() -> list[Message]:
    """Every translatable string in the code, as lupdate finds it."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extracted.ts"
        listing = Path(folder) / "files.txt"
        listing.write_text("\n".join(str(path) for path in sources()), "utf-8")
        subprocess.run(
            [_tool("pyside6-lupdate"), "-locations", "none", f"@{listing}", "-ts", str(target)],
            check=True,
            capture_output=True,
        )
        found = read_ts(target)
    unique: dict[tuple[str, str, str], Message] = {}
    for message in found:
        unique.setdefault(message.key, Message(*message.key))
    return list(unique.values())


def merge(extracted: Sequence[Message], existing: Sequence[Message]) -> list[Message]:
    """The extracted strings, with the translations already made for them."""
    known = {message.key: message for message in existing}
    merged = []
    for message in extracted:
        previous = known.get(message.key)
        if previous is not None:
            message.translation, message.forms = previous.translation, previous.forms
            message.finished = previous.finished
        merged.append(message)
    return merged


def update(language: str) -> list[Message]:
    path = ts_path(language)
    existing = read_ts(path) if path.exists() else []
    merged = merge(extract(), existing)
    write_ts(path, language, merged)
    return merged


def build(languages: Iterable[str] = LANGUAGES) -> None:
    for language in languages:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(language)),
                "-qm",
                str(qm_path(language)),
            ],
            check=True,
        )


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(messages: Iterable[Message], language: str) -> list[str]:
    """What a translator still has to do, one line per message."""
    found = []
    for message in messages:
        where = f"[{message.context}] {message.source!r}"
        texts = message.forms if message.numerus else [message.translation]
        if not message.finished or not all(text.strip() for text in texts):
            found.append(f"unfinished: {where}")
            continue
        if message.numerus and len(message.forms) != PLURAL_FORMS.get(language, 2):
            found.append(f"plural forms missing: {where}")
        for text in texts:
            if placeholders(text.replace("%n", "")) != placeholders(
                message.source.replace("%n", "")
            ):
                found.append(f"placeholders differ ({text!r}): {where}")
            if "(s)" in text:
                found.append(f"a plural written with (s) ({text!r}): {where}")
    return found


def fill(path: Path, language: str, entries: Iterable[dict[str, object]]) -> int:
    """Put translations (JSON entries) into the .ts; returns how many were used."""
    messages = read_ts(path)
    by_key = {(m.context, m.source): m for m in messages}
    used = 0
    for entry in entries:
        message = by_key.get((str(entry["context"]), str(entry["source"])))
        if message is None:
            continue
        forms = entry.get("forms")
        if isinstance(forms, list) and message.numerus:
            message.forms = [str(form) for form in forms]
        elif "translation" in entry:
            text = str(entry["translation"])
            message.translation = text
            message.forms = [text] * PLURAL_FORMS.get(language, 2) if message.numerus else []
        else:
            continue
        message.finished = True
        used += 1
    write_ts(path, language, messages)
    return used


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "check"
    if command == "update":
        for language in LANGUAGES:
            messages = update(language)
            print(f"{ts_path(language).name}: {len(messages)} strings")
    elif command == "build":
        build()
    elif command == "fill":
        used = 0
        for name in args[1:]:
            used += fill(ts_path("fr"), "fr", json.loads(Path(name).read_text("utf-8")))
        print(f"{used} translations filled")
    else:
        left = [
            line
            for language in LANGUAGES
            for line in problems(read_ts(ts_path(language)), language)
        ]
        print("\n".join(left) or "every string is translated")
        return 1 if left else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
