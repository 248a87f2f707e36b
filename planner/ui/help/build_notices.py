"""Writes ``resources/licences`` from the installed packages' metadata (a build step).

Run ``.venv/bin/python -m planner.ui.help.build_notices`` after changing a dependency or
a font: it follows ``[project] dependencies`` in pyproject.toml (with the extras asked
for) through every package they require, and writes, for each, the name, version, licence
(``License-Expression``, else ``License``, else the classifiers) and the text of every
licence file in its ``.dist-info``; then the fonts of :data:`planner.ui.help.notices.FONTS`
with their licence files; then the LGPL-3.0 and GPL-3.0 texts (Qt and Qt for Python ship
none in their wheels). Needs ``packaging`` (a development tool's dependency), never
imported by the running app.
"""

from __future__ import annotations

import json
import sys
import tomllib
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from planner.ui.help.notices import APP, FONT, FONTS, INDEX_FILE, LIBRARY, NOTICES_FILE, Notice

ROOT = Path(__file__).resolve().parents[3]
GPL_TEXTS = {  # Debian's copies of the FSF texts, bundled once as GPL-TEXTS below
    "LGPL-3.0": Path("/usr/share/common-licenses/LGPL-3"),
    "GPL-3.0": Path("/usr/share/common-licenses/GPL-3"),
}
_LICENCE_WORDS = ("licen", "copying", "notice", "authors")


def _key(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def runtime_requirements(root: Path = ROOT) -> list[str]:
    """``[project] dependencies`` as written (with extras and markers)."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def installed_closure(requirements: list[str]) -> list[metadata.Distribution]:
    """Every installed distribution the requirements need, each once, in the order met."""
    from packaging.requirements import Requirement

    found: dict[str, metadata.Distribution] = {}
    todo = [(Requirement(text), "") for text in requirements]
    while todo:
        requirement, extra = todo.pop(0)
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        dist = metadata.distribution(requirement.name)
        for wanted in sorted(requirement.extras):
            todo.extend((Requirement(text), wanted) for text in dist.requires or ())
        if _key(requirement.name) in found:
            continue
        found[_key(requirement.name)] = dist
        todo.extend((Requirement(text), "") for text in dist.requires or ())
    return list(found.values())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or (meta.get("License") or "").strip()
    if text and len(text) < 80 and "\n" not in text:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if "License" in c]
    return "; ".join(classifiers) or (text.splitlines()[0] if text else "see its files")


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of the licence files in the distribution's metadata folder."""
    out = []
    for file in dist.files or ():
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if any(word in Path(str(file)).name.lower() for word in _LICENCE_WORDS) or (
            "licenses" in parts
        ):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                out.append(
                    ("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace"))
                )
    return out


def build(root: Path = ROOT) -> tuple[list[Notice], str]:
    """The index and the notices text, from what is installed now."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = metadata.version("acuplanner")
    app = Notice("AcuPlanner", version, f"{project['license']} (all rights reserved)", APP)
    index, parts = [app], [_title(f"AcuPlanner {version} — licences and third-party notices")]
    parts.append(
        f"AcuPlanner itself: {app.licence}.\n"
        "Below: every library AcuPlanner installs (its runtime dependencies and theirs), "
        "with its licence, then the fonts its documents embed.\n"
        "Written by `python -m planner.ui.help.build_notices` from the installed packages.\n"
    )
    for dist in installed_closure(project["dependencies"]):
        name, files = dist.metadata["Name"], licence_files(dist)
        notice = Notice(name, dist.version, licence_of(dist), LIBRARY, tuple(f for f, _ in files))
        index.append(notice)
        home = dist.metadata.get("Home-page") or _project_url(dist)
        body = [f"Licence: {notice.licence}"] + ([f"Home page: {home}"] if home else [])
        if "LGPL" in notice.licence and not files:
            body.append("Its licence texts (LGPL-3.0, GPL-3.0) are at the end of this file.")
        body += [f"\n--- {file} ---\n{text.strip()}" for file, text in files]
        parts.append(_section(f"{name} {dist.version}", "\n".join(body)))
    fonts = root / "resources" / "fonts"
    for font in FONTS:
        index.append(Notice(font.family, "", font.licence, FONT, font.files))
        text = (fonts / font.licence_file).read_text(encoding="utf-8").strip()
        body = f"Files: {', '.join(font.files)}\nLicence: {font.licence}\n\n{text}"
        parts.append(_section(f"Font: {font.family}", body))
    for name, path in GPL_TEXTS.items():
        parts.append(_section(f"Licence text: {name}", path.read_text(encoding="utf-8").strip()))
    return index, "\n".join(parts)


def write(root: Path = ROOT) -> Path:
    index, text = build(root)
    folder = root / "resources" / "licences"
    folder.mkdir(exist_ok=True)
    entries = [{**asdict(n), "files": list(n.files)} for n in index]
    (folder / INDEX_FILE).write_text(
        json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (folder / NOTICES_FILE).write_text(text + "\n", encoding="utf-8")
    return folder


def _project_url(dist: metadata.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return ""


def _title(text: str) -> str:
    return f"{text}\n{'=' * len(text)}\n"


def _section(heading: str, body: str) -> str:
    return f"\n=== {heading} ===\n{body}\n"


if __name__ == "__main__":
    print(f"wrote {write()}", file=sys.stderr)
