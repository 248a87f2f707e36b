"""Recognising risk medicines in free-text medication lines (reference §4, §5, §6).

Medication lines are typed as the patient reports them ("Eliquis 5 mg twice daily"), so
generic and brand names are matched in any case wherever they are not part of a longer
word (a dose may follow without a space: "Plavix75"). Antiplatelets count: the reference
(§5) treats them like anticoagulants for needling and cupping. The names, classes and
WHO ATC codes are the formulary in :mod:`planner.domain.medicine_list`.

A name counts unless the line says the patient does not take it now: "no blood thinners",
"not on aspirin", "stopped warfarin in May", "used to take Marcoumar", "allergic to
aspirin", "warfarin (discontinued)". Only such words, and words that can sit in a list
between them and the drug ("no longer taking his warfarin or aspirin"), clear a name;
anything else in between ("no problems with warfarin"), a later clause ("no aspirin,
warfarin 5 mg") or a plan to stop ("stops warfarin before surgery") leaves it counted,
the conservative reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from planner.domain.medicine_list import (
    BLOOD_THINNERS,
    RISK_MEDICINES,
    BloodThinner,
    MedicineClass,
    RiskMedicine,
)

_T = TypeVar("_T")

_Entry = BloodThinner | RiskMedicine
_STEROID = MedicineClass.CORTICOSTEROID
_ENTRIES: tuple[_Entry, ...] = (*BLOOD_THINNERS, *RISK_MEDICINES)
_BY_NAME: dict[str, _Entry] = {name: entry for entry in _ENTRIES for name in entry.names}
_PATTERN = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(re.escape(name) for name in sorted(_BY_NAME, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)

# A clause ends at ; , a line break, a full stop before a space, or a contrast ("but").
_CLAUSE_END = re.compile(r"[;,\n]|\.(?=\s|$)|\b(?:but|however|though|whereas|instead)\b", re.I)
# Words saying the drug is not taken now, when only list words stand between them and it.
_NOT_NOW_BEFORE = re.compile(
    r"\b(?:no|nil|never|not\s+on|not\s+taking|not\s+using|not\s+currently\s+on"
    r"|(?:does|do)\s*(?:n't|\s+not)\s+(?:take|use)|no\s+longer|without|denies|denied"
    r"|off|came\s+off|went\s+off|stopped|discontinued|ceased|quit|used\s+to\s+(?:take|use|be\s+on)"
    r"|formerly|previously|former|past|was\s+on|had\s+been\s+on|allergic\s+to|allergy\s+to"
    r"|allergy|allergies|intolerant\s+(?:to|of))\b",
    re.IGNORECASE,
)
# After the drug, past a dose: "warfarin 5 mg - stopped in May", "aspirin (allergy)".
_NOT_NOW_AFTER = re.compile(
    r"^[\W\d_]*(?:(?:mg|mcg|µg|g|iu|units?|ml|daily|once|twice|tablets?)\b[\W\d_]*)*"
    r"(?:was\s+|is\s+|has\s+been\s+|been\s+|now\s+)?"
    r"(?:stopped|discontinued|ceased|withdrawn|no\s+longer|in\s+the\s+past|previously"
    r"|formerly|allergy|allergic|intoleran\w*|not\s+taken|not\s+taking)\b",
    re.IGNORECASE,
)
_NO_AFTER = re.compile(r"^[\s:=\-–]*(?:no|none|nil|never)\s*$", re.IGNORECASE)
_LIST_WORDS = frozenset(
    [
        "on",
        "taking",
        "take",
        "takes",
        "using",
        "use",
        "any",
        "more",
        "longer",
        "the",
        "his",
        "her",
        "my",
        "their",
        "current",
        "currently",
        "regular",
        "regularly",
        "prescribed",
        "daily",
        "low",
        "dose",
        "low-dose",
        "to",
        "of",
        "or",
        "and",
        "nor",
        "also",
        "other",
        "blood",
        "thinners",
        "thinner",
        "medication",
        "medications",
        "medicine",
        "medicines",
        "tablets",
        "tablet",
        "drugs",
        "including",
        "such",
        "as",
        "like",
        "e",
        "g",
        "eg",
        "ie",
        "nsaids",
        "painkillers",
        "anti-inflammatories",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_TOPICAL = re.compile(
    r"\b(?:cream|ointment|gel|lotion|drops|eye|ear|nasal|spray|inhaler|inhaled|puffer"
    r"|topical|shampoo|foam|mouthwash)\b",
    re.IGNORECASE,
)


def _only_list_words(text: str) -> bool:
    return all(word.lower() in _LIST_WORDS for word in _WORD.findall(text) if not word.isdigit())


def _clauses(line: str) -> Iterator[str]:
    start = 0
    for end in _CLAUSE_END.finditer(line):
        yield line[start : end.start()]
        start = end.end()
    yield line[start:]


def _current(lines: Iterable[str]) -> Iterator[_Entry]:
    """Every entry named as taken now, in order found (with repeats)."""
    for line in lines:
        for clause in _clauses(line):
            matches = list(_PATTERN.finditer(clause))
            for i, match in enumerate(matches):
                entry = _BY_NAME[match.group(1).lower()]
                previous = matches[i - 1].end() if i else 0
                following = matches[i + 1].start() if i + 1 < len(matches) else len(clause)
                after = clause[match.end() : following]
                if _not_now(clause, matches[:i], match.start(), after, i + 1 == len(matches)):
                    continue
                if entry.medicine_class is _STEROID and _TOPICAL.search(clause[previous:following]):
                    continue  # a cream or inhaler, not a systemic steroid
                yield entry


def _not_now(clause: str, earlier: list[re.Match[str]], start: int, after: str, last: bool) -> bool:
    if _NOT_NOW_AFTER.match(after) or (last and _NO_AFTER.match(after)):
        return True
    for cue in _NOT_NOW_BEFORE.finditer(clause, 0, start):
        between = clause[cue.end() : start]
        for other in earlier:  # drug names of the same list count as list words
            if other.start() >= cue.end():
                between = between.replace(other.group(0), " ")
        if _only_list_words(between):
            return True
    return False


def _distinct(entries: Iterable[_T]) -> list[_T]:
    found: list[_T] = []
    for entry in entries:
        if entry not in found:
            found.append(entry)
    return found


def blood_thinners_in(lines: Iterable[str]) -> list[BloodThinner]:
    """The blood thinners these medication lines say are taken now, each once, in order."""
    return _distinct(e for e in _current(lines) if isinstance(e, BloodThinner))


def risk_medicines_in(lines: Iterable[str]) -> list[RiskMedicine]:
    """The other risk medicines (steroids, immunosuppressants, diabetes, antiepileptics)
    these lines say are taken now, each once, in order found."""
    return _distinct(e for e in _current(lines) if isinstance(e, RiskMedicine))


def medicine_classes_in(lines: Iterable[str]) -> frozenset[MedicineClass]:
    """Every risk class of a medicine these lines say is taken now, blood thinners included."""
    return frozenset(e.medicine_class for e in _current(lines))
