"""Issue 15, item 1, the class of the bug: PySide6 converts a ``Signal(dict)`` (or list)
payload to a QVariantMap, and a ``StrEnum`` member in it arrives as a plain string.
Widgets therefore never carry domain values in such payloads: the treatment editors emit
the name of the field that changed and the receiver reads the typed value from the widget;
``Signal(object)`` hands the Python object on unchanged. These tests pin both facts and
keep container signals out of the screens."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import planner.ui
from planner.domain.room import SearchArea, TimerKind
from planner.domain.vocab import CuppingType, PointSide

UI = Path(planner.ui.__file__).parent
CONTAINER_SIGNAL = re.compile(r"=\s*Signal\([^)]*\b(dict|list|tuple|set)\b")


class _Sender(QObject):
    as_dict = Signal(dict)
    as_object = Signal(object)
    as_pair = Signal(int, object)


def test_a_dict_payload_loses_the_enum_but_object_keeps_it() -> None:
    sender = _Sender()
    got: list[object] = []
    sender.as_dict.connect(lambda d: got.append(d["type"]))
    sender.as_object.connect(got.append)
    sender.as_pair.connect(lambda _i, v: got.append(v))
    sender.as_dict.emit({"type": CuppingType.WET})
    sender.as_object.emit(CuppingType.WET)
    sender.as_pair.emit(1, PointSide.LEFT)
    sender.as_object.emit(frozenset({SearchArea.FLOOR}))  # NeedlePanel.searched_changed
    sender.as_pair.emit(2, TimerKind.CUPPING)  # TimerCard.start_requested
    sender.as_object.emit(("ea.implanted_device", "electroacupuncture"))  # a FindingKey
    assert type(got[0]) is str  # why the plan editor crashed on saving
    assert got[1] is CuppingType.WET and got[2] is PointSide.LEFT
    assert got[3] == frozenset({SearchArea.FLOOR})
    assert got[4] is TimerKind.CUPPING
    assert got[5] == ("ea.implanted_device", "electroacupuncture") and type(got[5]) is tuple


def test_no_screen_declares_a_signal_with_a_container_payload() -> None:
    offenders = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CONTAINER_SIGNAL.search(line)
    ]
    assert offenders == []
