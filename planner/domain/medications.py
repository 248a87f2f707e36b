"""Recognising blood thinners in free-text medication lines (reference §5, §4).

Medication lines are typed as the patient reports them ("Eliquis 5 mg twice daily"), so
generic and common brand names are matched in any case wherever they are not part of a
longer word (a dose may follow without a space: "Plavix75"). Antiplatelets
count: the reference treats them like anticoagulants for needling and cupping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class BloodThinnerKind(StrEnum):
    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"


@dataclass(frozen=True, slots=True)
class BloodThinner:
    generic: str
    kind: BloodThinnerKind
    names: tuple[str, ...]  # generic first, then brands


_A, _P = BloodThinnerKind.ANTICOAGULANT, BloodThinnerKind.ANTIPLATELET
BLOOD_THINNERS: tuple[BloodThinner, ...] = (
    BloodThinner("warfarin", _A, ("warfarin", "coumadin", "jantoven", "marevan")),
    BloodThinner("acenocoumarol", _A, ("acenocoumarol", "sintrom")),
    BloodThinner("phenprocoumon", _A, ("phenprocoumon", "marcumar")),
    BloodThinner("apixaban", _A, ("apixaban", "eliquis")),
    BloodThinner("rivaroxaban", _A, ("rivaroxaban", "xarelto")),
    BloodThinner("dabigatran", _A, ("dabigatran", "pradaxa", "pradax")),
    BloodThinner("edoxaban", _A, ("edoxaban", "lixiana", "savaysa")),
    BloodThinner("heparin", _A, ("heparin",)),
    BloodThinner("enoxaparin", _A, ("enoxaparin", "lovenox", "clexane")),
    BloodThinner("dalteparin", _A, ("dalteparin", "fragmin")),
    BloodThinner("tinzaparin", _A, ("tinzaparin", "innohep")),
    BloodThinner("fondaparinux", _A, ("fondaparinux", "arixtra")),
    BloodThinner("clopidogrel", _P, ("clopidogrel", "plavix")),
    BloodThinner("ticagrelor", _P, ("ticagrelor", "brilinta", "brilique")),
    BloodThinner("prasugrel", _P, ("prasugrel", "effient", "efient")),
    BloodThinner("dipyridamole", _P, ("dipyridamole", "persantine", "aggrenox")),
    BloodThinner("aspirin", _P, ("aspirin", "acetylsalicylic acid", "asa")),
)

_PATTERN = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(
        re.escape(name) for drug in BLOOD_THINNERS for name in sorted(drug.names, key=len)[::-1]
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_BY_NAME = {name: drug for drug in BLOOD_THINNERS for name in drug.names}


def blood_thinners_in(lines: Iterable[str]) -> list[BloodThinner]:
    """The blood thinners named in these medication lines, each once, in order found."""
    found: list[BloodThinner] = []
    for line in lines:
        for match in _PATTERN.finditer(line):
            drug = _BY_NAME[match.group(1).lower()]
            if drug not in found:
                found.append(drug)
    return found
