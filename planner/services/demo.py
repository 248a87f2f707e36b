"""A fictional demo clinic: thousands of patients with courses, sessions and points.

``DemoGenerator(db).generate(patients=N, seed=S)`` fills an *empty* database. Everything
is derived from one ``random.Random(seed)`` and the fixed :data:`REFERENCE_DATE` (the
demo's "today"), never from the clock, so one seed always gives the same database, row
for row and timestamps included; another seed gives another clinic.

Rows are built as plain dicts with pre-computed integer keys and written with bulk
inserts (:class:`BulkWriter`), a few hundred patients per transaction, so 50,000
patients with about ten sessions each take a little over a minute on SQLite.
``Patient.search_name`` and ``phone_digits`` are filled here because the ORM listener
that keeps them does not run for bulk inserts. No users are created: practitioner and
signer columns stay empty.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import logging
import math
import random
import time
import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Protocol, TextIO, TypeVar

from sqlalchemy import JSON, Connection, Date, DateTime, Dialect, Table, func, select, text
from sqlalchemy.types import TypeDecorator

from planner.domain.catalog import ASHI, load_catalog
from planner.domain.clinical import age_on, duration_class
from planner.domain.errors import PlannerError
from planner.domain.text import digits_only, search_key
from planner.domain.vocab import (
    AcupunctureStyle,
    AdverseEventKind,
    AdverseSeverity,
    Cause,
    Condition,
    ConsentScope,
    CourseStatus,
    CuppingType,
    DischargeReason,
    DurationClass,
    EAFrequencyMode,
    MoxaType,
    OutcomeMeasure,
    PainRegion,
    PaymentMethod,
    PointSide,
    PriorTreatment,
    RedFlag,
    ReviewDecision,
    SessionStatus,
    Sex,
    Stimulation,
    Technique,
)
from planner.storage.database import Database
from planner.storage.models import (
    AdverseEvent,
    Allergy,
    Base,
    Clinic,
    Consent,
    Course,
    CourseReview,
    CuppingApplication,
    ElectroStimulation,
    HistoryCondition,
    Intake,
    Medication,
    MoxaApplication,
    OutcomeScore,
    Patient,
    PlannedTechnique,
    PointPrescription,
    PriorTreatmentRecord,
    RedFlagAnswer,
    SessionPoint,
    TreatmentSession,
)
from planner.storage.models.patients import patient_search_name

log = logging.getLogger(__name__)

REFERENCE_DATE = dt.date(2026, 6, 30)
"""The demo clinic's "today": earlier sessions are signed, later ones scheduled."""

BATCH_PATIENTS = 500
CLINIC_NAME = "Riverside Back Pain Clinic (DEMO)"
CLINIC_ID = 1

Row = dict[str, Any]
T = TypeVar("T")


# --------------------------------------------------------------------------------------
# Public API: refusal, progress reporting, summary
# --------------------------------------------------------------------------------------


class DemoRefused(PlannerError):
    """Demo data goes only into an empty database; nothing was changed."""


class Progress(Protocol):
    """Told how far the generator got; ``finish`` is called once, also after an error."""

    def update(self, done: int, total: int) -> None: ...

    def finish(self) -> None: ...


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    courses: int
    sessions: int
    points: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"Demo clinic created: {self.patients:,} patients, {self.courses:,} courses, "
            f"{self.sessions:,} sessions, {self.points:,} needled points "
            f"in {self.seconds:.1f} s."
        )


class TerminalProgress:
    """``[#####     ] 50% 25,000/50,000 patients`` redrawn in place on a terminal.

    Redraws at most ten times a second and ends the line when done. When the stream is
    not a terminal (a log file, a pipe) it prints a plain line at each quarter instead.
    """

    def __init__(
        self, stream: TextIO, *, width: int = 30, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream
        self._width = width
        self._clock = clock
        self._tty = _is_tty(stream)
        self._last_draw = -math.inf
        self._line_open = False
        self._next_quarter = 1

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        if self._tty:
            self._draw(done, total)
        else:
            self._print_quarters(done, total)

    def finish(self) -> None:
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False

    def _draw(self, done: int, total: int) -> None:
        now = self._clock()
        if done < total and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        filled = self._width * done // total
        bar = "#" * filled + " " * (self._width - filled)
        self._stream.write(f"\r[{bar}] {100 * done // total:3d}% {done:,}/{total:,} patients")
        self._stream.flush()
        self._line_open = True
        if done >= total:
            self.finish()

    def _print_quarters(self, done: int, total: int) -> None:
        quarter = 4 * done // total
        if quarter < self._next_quarter:
            return
        self._next_quarter = quarter + 1
        self._stream.write(f"demo: {done:,}/{total:,} patients ({100 * done // total}%)\n")
        self._stream.flush()


def _is_tty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------------------
# Fictional names and contact details
# --------------------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True, slots=True)
class Culture:
    """Given and family names that belong together; ``family_female`` for gendered ones."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_female: tuple[str, ...] = ()
    weight: int = 1


CULTURES: tuple[Culture, ...] = (
    Culture(  # English-speaking
        _names(
            "Olivia, Amelia, Emily, Charlotte, Sophie, Grace, Hannah, Lucy, Ellie, Jessica, "
            "Zoë, Abigail, Margaret, Elizabeth, Rebecca, Sarah, Claire, Joanne, Karen, "
            "Susan, Heather, Mary-Kate, Anne-Marie, Rosie, Harriet, Megan"
        ),
        _names(
            "Oliver, George, Harry, Jack, William, Thomas, James, Daniel, Matthew, Samuel, "
            "Benjamin, Edward, Robert, Michael, David, Peter, Andrew, Christopher, Richard, "
            "Stephen, Gareth, Rhys, Callum, Liam, Nathan, Billy-Joe"
        ),
        _names(
            "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, "
            "Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, "
            "Hall, Wood, Harris, Clarke, Jackson, Smith-Jones, Carter-Brown, Hughes-Parry, "
            "Taylor-Reed, Fox-Hamilton, Ashworth"
        ),
        weight=22,
    ),
    Culture(  # Irish
        _names(
            "Siobhán, Aoife, Niamh, Saoirse, Róisín, Ciara, Orla, Gráinne, Caoimhe, Sinéad, "
            "Máire, Clodagh, Deirdre, Aisling, Bríd, Éabha"
        ),
        _names(
            "Seán, Pádraig, Cian, Oisín, Darragh, Ciarán, Eoin, Conor, Diarmuid, Niall, "
            "Ruairí, Tadhg, Colm, Declan, Fionn, Séamus"
        ),
        _names(
            "O'Brien, O'Connor, O'Sullivan, O'Neill, O'Reilly, O'Donnell, O'Keeffe, D'Arcy, "
            "Murphy, Kelly, Byrne, Ryan, Walsh, McCarthy, Gallagher, Doherty, Kennedy, Lynch, "
            "Quinn, MacNamara, Fitzgerald, Ó Súilleabháin, Mac Giolla Phádraig"
        ),
        weight=6,
    ),
    Culture(  # French
        _names(
            "Chloé, Léa, Manon, Camille, Inès, Élodie, Hélène, Amélie, Margaux, Anaïs, "
            "Océane, Mélanie, Aurélie, Noémie, Marie-Claire, Anne-Sophie, Zoé"
        ),
        _names(
            "Jean-Luc, Jean-Pierre, François, Théo, Mathéo, Hugo, Étienne, Jérôme, Benoît, "
            "Loïc, Gaël, Cédric, Sébastien, Frédéric, Rémi, Olivier, Jean-Baptiste"
        ),
        _names(
            "Dubois, Lefèvre, Moreau, Girard, Faure, Rousseau, Mercier, Bonnet, Lambert, "
            "Fontaine, Chevalier, Béranger, Dupré, Lemaître, Morel-Dupont, Saint-Clair, "
            "Le Goff, D'Aubigné, Pérez-Laurent, Gauthier"
        ),
        weight=6,
    ),
    Culture(  # Italian
        _names(
            "Giulia, Francesca, Chiara, Alessia, Martina, Giorgia, Sofia, Elisa, Federica, "
            "Ilaria, Paola, Lucia, Benedetta, Gaia"
        ),
        _names(
            "Giuseppe, Marco, Luca, Matteo, Alessandro, Niccolò, Lorenzo, Davide, Simone, "
            "Andrea, Fabrizio, Pietro, Gianluca, Nicolò"
        ),
        _names(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, "
            "D'Angelo, D'Amico, Dell'Orto, De Luca, Lo Russo, Mancini, Costa, Conti, "
            "Fontana, Caruso, D'Alessandro"
        ),
        weight=5,
    ),
    Culture(  # Spanish and Latin American
        _names(
            "Lucía, Sofía, Valentina, Camila, Isabel, Carmen, Ana, Ximena, Mónica, Begoña, "
            "Itziar, Rocío, Ángela, Inés, Mariana, María José, María, Dolores"
        ),
        _names(
            "José, Jesús, Javier, Álvaro, Andrés, Sebastián, Tomás, Raúl, Iñaki, Joaquín, "
            "Rubén, Óscar, Ignacio, Adrián, Juan Carlos, José Luis, Mateo"
        ),
        _names(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, "
            "Núñez, Muñoz, Peña, Ibáñez, Jiménez, Ortiz, Castillo, Romero, Álvarez, "
            "de la Cruz, Ruiz-Pérez, Fernández-Ortega"
        ),
        weight=7,
    ),
    Culture(  # German
        _names(
            "Anna, Lena, Jana, Katharina, Sabine, Ursula, Brigitte, Jutta, Anneliese, "
            "Hannelore, Marlene, Lea-Sophie, Jördis, Käthe"
        ),
        _names(
            "Jürgen, Günter, Jörg, Uwe, Klaus, Matthias, Stefan, Björn, Lukas, Felix, "
            "Maximilian, Hans-Peter, Karl-Heinz"
        ),
        _names(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schäfer, "
            "Köhler, Groß, Krüger, Hoffmann, Schröder, Neumann, Zimmermann, Weiß, Böhm"
        ),
        weight=4,
    ),
    Culture(  # Polish (family names agree with sex)
        _names(
            "Małgorzata, Agnieszka, Katarzyna, Zofia, Łucja, Joanna, Magdalena, Barbara, "
            "Ewa, Dorota, Grażyna, Jadwiga"
        ),
        _names(
            "Łukasz, Paweł, Michał, Krzysztof, Piotr, Wojciech, Tomasz, Jakub, Grzegorz, "
            "Marek, Stanisław, Zbigniew"
        ),
        _names(
            "Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Woźniak, Dąbrowski, Kozłowski, Jabłoński, Król, Nowak, Wróbel"
        ),
        _names(
            "Kowalska, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowska, Zielińska, "
            "Szymańska, Woźniak, Dąbrowska, Kozłowska, Jabłońska, Król, Nowak, Wróbel"
        ),
        weight=4,
    ),
    Culture(  # Nordic
        _names(
            "Åsa, Ingrid, Sigrid, Astrid, Freja, Maja, Linnéa, Solveig, Birgitta, Kirsten, "
            "Mette, Ragnhild"
        ),
        _names(
            "Søren, Bjørn, Lars, Anders, Henrik, Mikkel, Jens, Øyvind, Håkon, Mads, Nils, Torbjørn"
        ),
        _names(
            "Jørgensen, Sørensen, Nielsen, Hansen, Andersen, Pedersen, Johansson, Lindqvist, "
            "Åberg, Bergström, Løvland, Østergaard, Halvorsen, Nyström, Dahl"
        ),
        weight=3,
    ),
    Culture(  # Chinese, in Chinese characters (family name first when written together)
        _names("娜, 芳, 敏, 静, 丽, 秀英, 婷, 雪, 慧, 玲, 红梅, 欣怡, 思琪, 雨桐, 佳怡, 晓燕"),
        _names("伟, 强, 磊, 军, 洋, 勇, 杰, 涛, 明, 超, 志强, 建华, 俊杰, 子轩, 浩然, 国平"),
        _names(
            "王, 李, 张, 刘, 陈, 杨, 黄, 赵, 吴, 周, 徐, 孙, 马, 朱, 胡, 郭, 何, 林, 罗, 高, 欧阳"
        ),
        weight=4,
    ),
    Culture(  # Vietnamese
        _names("Lan, Linh, Hương, Thảo, Ngọc, Trang, Mai, Phương, Hạnh, Thu, Huyền, Yến"),
        _names("Minh, Dũng, Hùng, Tuấn, Quang, Đức, Khoa, Long, Nam, Phúc, Thắng, Việt"),
        _names("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
        weight=2,
    ),
    Culture(  # Arabic, in Arabic script
        _names("فاطمة, مريم, عائشة, زينب, نور, ليلى, سارة, هدى, رانيا, ياسمين, سلمى, آمنة"),
        _names("محمد, أحمد, علي, عمر, يوسف, خالد, حسن, إبراهيم, كريم, طارق, سامي, مصطفى"),
        _names(
            "الحسن, العلي, الخطيب, المصري, حداد, منصور, الشامي, النجار, سليمان, عبد الله, "
            "الأحمد, القاسم, الحلبي, درويش"
        ),
        weight=3,
    ),
    Culture(  # Arabic, transliterated
        _names("Fatima, Mariam, Aisha, Layla, Noor, Yasmin, Salma, Huda, Rania, Amira"),
        _names("Mohammed, Ahmed, Omar, Yusuf, Khalid, Hassan, Ibrahim, Karim, Tariq, Mustafa"),
        _names(
            "Al-Hassan, El-Sayed, Haddad, Mansour, Abdullah, Al-Khatib, Ben Ali, Khalil, "
            "Al-Masri, Nasser, Saleh, El-Amin"
        ),
        weight=2,
    ),
    Culture(  # Russian and Ukrainian, in Cyrillic (family names agree with sex)
        _names(
            "Ольга, Анна, Елена, Наталья, Татьяна, Мария, Ирина, Светлана, Екатерина, Юлия, "
            "Дарья, Ксения"
        ),
        _names(
            "Иван, Алексей, Дмитрий, Сергей, Андрей, Михаил, Николай, Владимир, Павел, Юрий, "
            "Артём, Олег"
        ),
        _names(
            "Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, "
            "Фёдоров, Морозов, Волков, Шевченко, Коваленко, Бондаренко"
        ),
        _names(
            "Иванова, Смирнова, Кузнецова, Попова, Васильева, Петрова, Соколова, Михайлова, "
            "Новикова, Фёдорова, Морозова, Волкова, Шевченко, Коваленко, Бондаренко"
        ),
        weight=4,
    ),
    Culture(  # South Asian
        _names(
            "Priya, Ananya, Aishwarya, Deepika, Kavya, Meera, Sunita, Lakshmi, Pooja, Nisha, "
            "Harpreet, Simran"
        ),
        _names(
            "Arjun, Rahul, Vikram, Sanjay, Rohan, Aarav, Anil, Rajesh, Suresh, Gurpreet, "
            "Imran, Karthik"
        ),
        _names(
            "Patel, Sharma, Singh, Kaur, Gupta, Kumar, Iyer, Reddy, Nair, Chatterjee, Desai, "
            "Mehta, Banerjee, Khan, Choudhury"
        ),
        weight=5,
    ),
    Culture(  # Turkish
        _names("Ayşe, Elif, Zeynep, Gülşen, Özlem, Şule, Büşra, Merve, Dilek, Hülya"),
        _names("Mehmet, Mustafa, Ömer, Çağlar, Oğuz, Barış, Emre, Gökhan, Serkan, İsmail"),
        _names("Yılmaz, Kaya, Demir, Çelik, Şahin, Öztürk, Aydın, Doğan, Koç, Güneş"),
        weight=2,
    ),
    Culture(  # West African
        _names(
            "Ngozi, Chiamaka, Adaeze, Folake, Yetunde, Abena, Akosua, Amara, Chidinma, Funmilayo"
        ),
        _names("Chinedu, Emeka, Oluwaseun, Kwame, Kofi, Babatunde, Obinna, Tunde, Yaw, Ikenna"),
        _names(
            "Okonkwo, Adeyemi, Okafor, Mensah, Boateng, Adebayo, Eze, Nwosu, Owusu, Asante, "
            "Ogunleye, Nwachukwu"
        ),
        weight=3,
    ),
    Culture(  # Japanese, romanised
        _names("Yuki, Haruka, Sakura, Aiko, Emi, Yōko, Mei, Rin, Hana, Kyōko"),
        _names("Hiroshi, Takeshi, Kenji, Haruto, Sōta, Ryō, Daiki, Kaito, Shōta, Yūto"),
        _names(
            "Satō, Suzuki, Takahashi, Tanaka, Watanabe, Itō, Yamamoto, Nakamura, Kobayashi, Katō"
        ),
        weight=2,
    ),
)

# The first patients of every demo carry these names (given, family, sex), so even a
# small demo shows accents, apostrophes, hyphens and the Chinese, Arabic and Cyrillic
# scripts. The rest are drawn at random from CULTURES.
SHOWCASE_NAMES: tuple[tuple[str, str, Sex], ...] = (
    ("Zoë", "O'Brien", Sex.FEMALE),
    ("伟", "王", Sex.MALE),
    ("فاطمة", "الحسن", Sex.FEMALE),
    ("Иван", "Петров", Sex.MALE),
    ("Jean-Luc", "D'Angelo", Sex.MALE),
    ("Ольга", "Смирнова", Sex.FEMALE),
    ("Łukasz", "Smith-Jones", Sex.MALE),
    ("娜", "李", Sex.FEMALE),
    ("José", "Núñez", Sex.MALE),
    ("محمد", "حداد", Sex.MALE),
    ("Søren", "Jørgensen", Sex.MALE),
    ("Siobhán", "Ó Súilleabháin", Sex.FEMALE),
)

PREFERRED_NAMES = {
    "William": "Bill",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Margaret": "Maggie",
    "Christopher": "Chris",
    "Matthew": "Matt",
    "Benjamin": "Ben",
    "Samuel": "Sam",
    "Katharina": "Kathi",
    "Maximilian": "Max",
    "Екатерина": "Катя",
    "Мария": "Маша",
    "Дмитрий": "Дима",
    "Иван": "Ваня",
    "José": "Pepe",
    "Małgorzata": "Gosia",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
}
ENGLISH_NICKNAMES = _names("Wendy, Kevin, Grace, Jason, Vivian, Eric, Amy, Tony, Coco, Leo")

STREETS = _names(
    "Mill Lane, Church Street, Riverside Walk, Orchard Close, Willow Crescent, Station Road, "
    "Kingfisher Way, Elm Grove, Meadow View, Bridge Street, Quayside, Hawthorn Avenue, "
    "Foxglove Court, Ropewalk, Tanners Row, Lock Keeper's Lane, St Anne's Road"
)
TOWNS = _names(
    "Riverside, Millbrook, Ashford Vale, Kingsmere, Elmbridge, Northfield, Hollowmere, "
    "Saltmarsh, Upper Weyford"
)
PHYSICIANS = _names(
    "Dr Helen Marsh, Dr Anil Varma, Dr Grace O'Malley, Dr Tomás Ruiz, Dr Mei Lin, "
    "Dr Peter Holloway, Dr Amara Eze, Dr Sofia Lindqvist, Dr Yusuf Haddad, Dr Jane Whitfield"
)
PRACTICES = _names(
    "Riverside Medical Practice, Elm Street Surgery, Millbrook Health Centre, "
    "Kingsmere Family Doctors, Northfield Spine Clinic, Quayside Physiotherapy"
)
INSURERS = _names(
    "Harbor Mutual Health, Northstar Assurance, Bluebell Health Cover, "
    "Meridian Care Insurance, Oakleaf Friendly Society"
)
US_AREA_CODES = ("212", "312", "415", "617", "206")
CONTACT_RELATIONS = _names("partner, daughter, son, sister, brother, friend, mother")


class Dice:
    """Quick draws from one ``random.Random``: all of the demo's randomness goes through it."""

    __slots__ = ("_rng", "random")

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self.random = rng.random

    def below(self, count: int) -> int:
        """A whole number from 0 to ``count - 1``."""
        return int(self.random() * count)

    def between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high``, both included."""
        return low + int(self.random() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def weighted(self, items: Sequence[T], cumulative: Sequence[float]) -> T:
        """One of ``items``, chosen by cumulative weights (as ``random.choices``)."""
        return items[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def sample(self, items: Sequence[T], count: int) -> list[T]:
        """``count`` different items (few, from a longer list), in the order drawn."""
        chosen: list[T] = []
        count = min(count, len(items))
        while len(chosen) < count:
            item = items[int(self.random() * len(items))]
            if item not in chosen:
                chosen.append(item)
        return chosen

    def bits(self, count: int) -> int:
        return self._rng.getrandbits(count)


def _culture_of(family: str) -> Culture:
    """The culture a (showcase) family name belongs to."""
    return next(c for c in CULTURES if family in c.family or family in c.family_female)


def _phone(dice: Dice) -> str:
    """A number reserved for fiction (UK 07700 900xxx, North American 555-01xx)."""
    style = dice.random()
    if style < 0.45:
        return f"07700 900{dice.below(1000):03d}"
    if style < 0.8:
        return f"+44 7700 900{dice.below(1000):03d}"
    return f"({dice.pick(US_AREA_CODES)}) 555-01{dice.below(100):02d}"


# --------------------------------------------------------------------------------------
# Clinical vocabulary for the demo: protocols, texts, weights
# --------------------------------------------------------------------------------------

# Core points always prescribed for a region, then a few optional ones (reference §1).
CORE_POINTS: dict[PainRegion, tuple[str, ...]] = {
    PainRegion.LOWER_BACK: ("BL23", "BL25", "GV3", "EX-B2", "BL40"),
    PainRegion.UPPER_BACK: ("BL17", "EX-B2", "SI14", "SI3"),
    PainRegion.NECK: ("GB20", "GB21", "BL10", "SI3"),
    PainRegion.SCIATICA: ("GB30", "BL54", "BL36", "GB34", "BL40", "BL60"),
}
EXTRA_POINTS: dict[PainRegion, tuple[str, ...]] = {
    PainRegion.LOWER_BACK: ("BL24", "BL26", "BL52", "EX-B7", "GV4", "KI3", "BL60", "EX-UE7"),
    PainRegion.UPPER_BACK: ("BL11", "BL18", "SI15", "GB34", "GV14"),
    PainRegion.NECK: ("GV14", "SI15", "GB39", "LI4", "BL11"),
    PainRegion.SCIATICA: ("BL57", "GB39", "GB41", "BL58", "BL62", "LR3"),
}
# Leg points needled on the painful side only when sciatica runs down one leg.
SCIATICA_LEG_POINTS = frozenset(("GB30", "BL54", "BL36", "GB34", "BL57", "GB39", "GB41", "BL58"))
DEPTHS = {
    "GB30": "2–3 cun",
    "BL54": "1.5–2.5 cun",
    "BL36": "1.5–2 cun",
    "BL23": "1–1.5 cun perpendicular",
    "BL52": "0.5–1 cun oblique",
    "GB21": "0.3–0.5 cun oblique",
    "GB20": "0.5–0.8 cun toward nose tip",
    "BL10": "0.5 cun perpendicular",
    "GV14": "0.5–1 cun slightly upward",
    "SI14": "0.5 cun oblique",
    "SI15": "0.5 cun oblique",
    "BL11": "0.5 cun oblique",
    "BL17": "0.5 cun oblique",
    "BL18": "0.5 cun oblique",
    "EX-B2": "0.5–1 cun toward spine",
}
DEFAULT_DEPTH = "0.5–1 cun"
REGION_COMBINATIONS: tuple[tuple[tuple[PainRegion, ...], int], ...] = (
    ((PainRegion.LOWER_BACK,), 38),
    ((PainRegion.LOWER_BACK, PainRegion.SCIATICA), 20),
    ((PainRegion.SCIATICA,), 5),
    ((PainRegion.NECK,), 13),
    ((PainRegion.NECK, PainRegion.UPPER_BACK), 10),
    ((PainRegion.UPPER_BACK,), 7),
    ((PainRegion.LOWER_BACK, PainRegion.UPPER_BACK), 7),
)
# Shared JSON values, never changed: rows refer to them instead of to fresh lists.
REGION_NAMES = {  # sorted, as the intake service stores them
    regions: sorted(str(region) for region in regions) for regions, _ in REGION_COMBINATIONS
}
NO_MARKS: list[Any] = []
CAUSES_BY_DURATION: dict[DurationClass, tuple[tuple[Cause, int], ...]] = {
    DurationClass.ACUTE: (
        (Cause.MUSCLE_STRAIN, 35),
        (Cause.LIGAMENT_SPRAIN, 20),
        (Cause.HERNIATED_DISC, 14),
        (Cause.FACET_SYNDROME, 8),
        (Cause.POOR_POSTURE, 6),
        (Cause.PROLONGED_SITTING, 6),
        (Cause.OTHER, 5),
    ),
    DurationClass.SUBACUTE: (
        (Cause.MUSCLE_STRAIN, 15),
        (Cause.LIGAMENT_SPRAIN, 8),
        (Cause.HERNIATED_DISC, 15),
        (Cause.FACET_SYNDROME, 12),
        (Cause.POOR_POSTURE, 12),
        (Cause.PROLONGED_SITTING, 12),
        (Cause.SPONDYLOSIS, 5),
        (Cause.DEGENERATIVE_DISC_DISEASE, 5),
        (Cause.OTHER, 4),
    ),
    DurationClass.CHRONIC: (
        (Cause.DEGENERATIVE_DISC_DISEASE, 15),
        (Cause.SPINAL_STENOSIS, 10),
        (Cause.SPONDYLOLISTHESIS, 6),
        (Cause.SPONDYLOSIS, 10),
        (Cause.FACET_SYNDROME, 10),
        (Cause.OSTEOARTHRITIS, 12),
        (Cause.POOR_POSTURE, 12),
        (Cause.PROLONGED_SITTING, 12),
        (Cause.HERNIATED_DISC, 8),
        (Cause.MUSCLE_STRAIN, 4),
        (Cause.OTHER, 4),
    ),
}
OTHER_CAUSES = _names("scoliosis, after childbirth, rugby injury, long-haul driving, unknown")
ONSET_TEXT = {
    Cause.MUSCLE_STRAIN: "Felt a pull while lifting boxes.",
    Cause.LIGAMENT_SPRAIN: "Twisted awkwardly while gardening.",
    Cause.HERNIATED_DISC: "Sudden pain bending forward; MRI showed a disc bulge.",
    Cause.DEGENERATIVE_DISC_DISEASE: "Gradual worsening over years; X-ray shows disc narrowing.",
    Cause.SPINAL_STENOSIS: "Leg heaviness when walking, eased by sitting.",
    Cause.SPONDYLOLISTHESIS: "Long-standing ache; imaging shows a slipped vertebra.",
    Cause.SPONDYLOSIS: "Stiffness for years, worse in the mornings.",
    Cause.FACET_SYNDROME: "Pain when leaning back or turning.",
    Cause.OSTEOARTHRITIS: "Aching joints including the spine.",
    Cause.POOR_POSTURE: "Builds up during the working day.",
    Cause.PROLONGED_SITTING: "Long hours at a desk and in the car.",
    Cause.OTHER: "Came on gradually.",
}
COMPLAINTS = {
    PainRegion.LOWER_BACK: "low back pain",
    PainRegion.UPPER_BACK: "pain between the shoulder blades",
    PainRegion.NECK: "neck pain and stiffness",
    PainRegion.SCIATICA: "pain down the {side} leg",
}
AGGRAVATING = _names(
    "sitting > 30 minutes, bending, lifting, standing still, mornings, driving, "
    "looking down at a screen, cold weather, walking uphill"
)
RELIEVING = _names("heat, walking, lying down, stretching, ibuprofen, a hot shower, massage")
SLEEP_IMPACT = _names("none, wakes when turning, hard to get comfortable, wakes most nights")
WORK_IMPACT = _names(
    "none, reduced hours, avoids lifting at work, off work for a week, works from home"
)
GOALS = _names(
    "Play with my grandchildren without pain, Get back to running, Sit through a working day, "
    "Sleep through the night, Garden again, Drive to see family without stopping, "
    "Lift my toddler, Go back to yoga, Walk the dog for an hour"
)
GOAL_ACTIVITIES = _names("walking, gardening, running, cycling, swimming, lifting, desk work")
STYLES: tuple[tuple[AcupunctureStyle, int], ...] = (
    (AcupunctureStyle.TCM, 50),
    (AcupunctureStyle.WESTERN_MEDICAL, 30),
    (AcupunctureStyle.JAPANESE, 8),
    (AcupunctureStyle.KOREAN, 6),
    (AcupunctureStyle.FIVE_ELEMENT, 6),
)
TONGUES = _names("pale with a thin white coat, purple with dark spots, red with little coat")
PULSES = _names("wiry, deep and weak, choppy, slippery, thin")
PATTERNS = _names(
    "Qi and Blood stagnation, Kidney Yang deficiency, Cold-Damp obstruction, "
    "Kidney Yin deficiency, Liver Qi stagnation"
)
CONDITIONS: tuple[tuple[Condition, int, str], ...] = (
    (Condition.DIABETES, 6, "type 2, diet and tablets"),
    (Condition.ANTICOAGULANT_THERAPY, 4, "on apixaban"),
    (Condition.NEEDLE_PHOBIA, 3, "anxious about needles"),
    (Condition.VASOVAGAL_HISTORY, 4, "fainted at a blood test"),
    (Condition.HEART_DISEASE, 3, "stable angina"),
    (Condition.EPILEPSY, 1, "well controlled"),
    (Condition.IMPLANTED_DEVICE, 1, "pacemaker"),
    (Condition.IMMUNOCOMPROMISED, 1, "long-term methotrexate"),
    (Condition.REDUCED_SENSATION, 2, "numb patch on the left foot"),
    (Condition.METAL_ALLERGY, 2, "nickel"),
    (Condition.LYMPHOEDEMA, 1, "right arm"),
)
NO_ELECTRO = frozenset((Condition.IMPLANTED_DEVICE, Condition.EPILEPSY, Condition.HEART_DISEASE))
NO_MOXA = frozenset((Condition.DIABETES, Condition.REDUCED_SENSATION))
NO_CUPPING = frozenset((Condition.ANTICOAGULANT_THERAPY, Condition.IMMUNOCOMPROMISED))
MEDICATIONS = _names(
    "Ibuprofen 400 mg as needed, Paracetamol 1 g as needed, Naproxen 500 mg twice daily, "
    "Amitriptyline 10 mg at night, Levothyroxine 50 µg daily, Atorvastatin 20 mg daily, "
    "Omeprazole 20 mg daily, Sertraline 50 mg daily, Gabapentin 300 mg three times daily, "
    "Co-codamol 8/500 as needed"
)
CONDITION_MEDICATIONS = {
    Condition.DIABETES: "Metformin 500 mg twice daily",
    Condition.ANTICOAGULANT_THERAPY: "Apixaban 5 mg twice daily",
    Condition.EPILEPSY: "Lamotrigine 100 mg twice daily",
}
OTHER_ALLERGIES = _names("Penicillin, Latex, Adhesive plasters, Codeine")
PRIOR_OUTCOMES = _names("helped a little, no change, helped for a few days, made it worse")
SCREENING_FLAGS = (
    RedFlag.SADDLE_ANAESTHESIA,
    RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION,
    RedFlag.BILATERAL_SCIATICA,
    RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT,
)
POSITIVE_FLAGS: tuple[tuple[RedFlag, str], ...] = (
    (RedFlag.SADDLE_ANAESTHESIA, "Emergency department (possible cauda equina)"),
    (RedFlag.BLADDER_OR_BOWEL_DYSFUNCTION, "Emergency department (possible cauda equina)"),
    (RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT, "GP, urgent appointment"),
    (RedFlag.CANCER_HISTORY, "GP, urgent appointment"),
    (RedFlag.UNEXPLAINED_WEIGHT_LOSS, "GP, urgent appointment"),
    (RedFlag.FEVER, "GP, same day"),
    (RedFlag.SIGNIFICANT_TRAUMA, "Emergency department"),
    (RedFlag.OSTEOPOROSIS, "GP, urgent appointment"),
    (RedFlag.CONSTANT_NIGHT_PAIN, "GP, urgent appointment"),
)
REFER_ELSEWHERE = _names("Physiotherapy, GP review, Orthopaedic spine clinic, Pain clinic")
EXTENSION_REASONS = (
    "Good response so far; pain still above goal.",
    "Flare-up after a long drive mid-course.",
    "Improving steadily; patient wants to reach the walking goal.",
)
SESSION_NOTES = (
    "Patient reports better sleep.",
    "Tender at L4–L5 paraspinals.",
    "Stiffness eased after the session.",
    "Advised gentle walking daily.",
    "Aching after the last session settled within a day.",
    "Turning the head is easier.",
    "Less pain getting out of the car.",
)
HISTORY_CHANGES = ("Started physiotherapy exercises.", "Stopped taking ibuprofen.")
RESPONSES: tuple[list[str], ...] = (
    ["de_qi"],
    ["de_qi", "relaxation"],
    ["relaxation"],
    ["de_qi", "twitch"],
    [],
)
ADVERSE_KINDS: tuple[tuple[AdverseEventKind, int, str], ...] = (
    (AdverseEventKind.SORENESS, 30, "Reassured; settles within 48 hours."),
    (AdverseEventKind.BRUISING, 20, "Pressure applied; bruise explained."),
    (AdverseEventKind.BLEEDING, 12, "Pressure with cotton wool until it stopped."),
    (AdverseEventKind.FATIGUE, 10, "Rested before leaving."),
    (AdverseEventKind.DIZZINESS, 8, "Lay flat, legs raised, water; recovered in minutes."),
    (AdverseEventKind.AGGRAVATION, 8, "Lighter treatment planned next time."),
    (AdverseEventKind.MUSCLE_TWITCHING, 5, "Needle withdrawn slightly."),
    (AdverseEventKind.NAUSEA, 3, "Needles removed; rested lying down."),
    (AdverseEventKind.FAINTING, 1, "Needles removed, lay flat, observed 30 minutes."),
    (AdverseEventKind.STUCK_NEEDLE, 2, "Muscle relaxed with massage; removed."),
    (AdverseEventKind.BENT_NEEDLE, 1, "Removed along the bend; needle intact."),
)
SEVERITIES: tuple[tuple[AdverseSeverity, int], ...] = (
    (AdverseSeverity.MILD, 90),
    (AdverseSeverity.MODERATE, 9),
    (AdverseSeverity.SEVERE, 1),
)
NEEDLES = {"local": "0.25 × 40 mm stainless steel", "distal": "0.20 × 25 mm stainless steel"}
CUPPING_SITES = {
    PainRegion.LOWER_BACK: ["lumbar paraspinals"],
    PainRegion.UPPER_BACK: ["thoracic paraspinals"],
    PainRegion.NECK: ["upper trapezius"],
    PainRegion.SCIATICA: ["gluteal region"],
}
MOXA_SITES = {
    PainRegion.LOWER_BACK: ["BL23", "GV4"],
    PainRegion.UPPER_BACK: ["BL17"],
    PainRegion.SCIATICA: ["GB30"],
}
ELECTRO_PAIRS = {
    PainRegion.LOWER_BACK: ("BL23", "BL25"),
    PainRegion.SCIATICA: ("GB30", "GB34"),
}
ELECTRO_SETTINGS: tuple[tuple[EAFrequencyMode, str], ...] = (
    (EAFrequencyMode.DENSE_DISPERSE, "2/100"),
    (EAFrequencyMode.LOW, "2"),
    (EAFrequencyMode.HIGH, "100"),
)
# Statuses of a patient's latest course, and of the ones before it.
LAST_STATUSES: tuple[tuple[CourseStatus, int], ...] = (
    (CourseStatus.PLANNED, 7),
    (CourseStatus.ACTIVE, 22),
    (CourseStatus.EXTENDED, 6),
    (CourseStatus.COMPLETED, 40),
    (CourseStatus.DISCHARGED, 15),
    (CourseStatus.REFERRED, 10),
)
EARLIER_STATUSES: tuple[tuple[CourseStatus, int], ...] = (
    (CourseStatus.COMPLETED, 72),
    (CourseStatus.DISCHARGED, 22),
    (CourseStatus.REFERRED, 6),
)
COURSE_STATUSES = tuple(CourseStatus)
CAUSES = tuple(Cause)
CONSENT_SCOPES = tuple(ConsentScope)
DISCHARGE_REASONS = tuple(DischargeReason)
PRIOR_TREATMENTS = tuple(PriorTreatment)
STIMULATIONS = tuple(Stimulation)
CLOSED = frozenset((CourseStatus.COMPLETED, CourseStatus.DISCHARGED, CourseStatus.REFERRED))
FIRST_FEE_CENTS = 6500
FOLLOW_UP_FEE_CENTS = 5000
# Card 12 in 20, cash 4, bank transfer 3, other 1.
PAYMENT_METHODS: tuple[str, ...] = (
    *[str(PaymentMethod.CARD)] * 12,
    *[str(PaymentMethod.CASH)] * 4,
    *[str(PaymentMethod.BANK_TRANSFER)] * 3,
    str(PaymentMethod.OTHER),
)
INSURANCE = str(PaymentMethod.INSURANCE)
FOLLOW_UP_MINUTES = (30, 40, 45, 45)
ADJUNCTS = (Technique.ELECTROACUPUNCTURE, Technique.CUPPING, Technique.MOXIBUSTION)
SIGNED = str(SessionStatus.SIGNED)
SCHEDULED_DEFAULTS: Row = {
    "status": str(SessionStatus.SCHEDULED),
    "started_at": None,
    "duration_minutes": None,
    "retention_minutes": None,
    "pain_before": None,
    "pain_after": None,
    "needles_in": 0,
    "needles_out": 0,
    "response": [],
    "history_changes": "",
    "notes": "",
    "paid_cents": None,
    "payment_method": None,
    "signed_at": None,
}
PROTOCOL_NAMES = {  # course.protocol holds at most 80 characters
    PainRegion.LOWER_BACK: "low back",
    PainRegion.UPPER_BACK: "upper back",
    PainRegion.NECK: "neck",
    PainRegion.SCIATICA: "sciatica",
}
RATIONALES = {
    AcupunctureStyle.TCM: "Local points to move Qi and Blood in the affected channels, "
    "distal points on the Bladder and Gall Bladder channels.",
    AcupunctureStyle.WESTERN_MEDICAL: "Segmental needling of tender paraspinal muscles "
    "with distal points for descending pain inhibition.",
    AcupunctureStyle.JAPANESE: "Shallow needling of palpated reactive points.",
    AcupunctureStyle.KOREAN: "Local points with distal balance points.",
    AcupunctureStyle.FIVE_ELEMENT: "Constitutional treatment with local back points.",
}
DISCHARGE_TEXT = {
    DischargeReason.GOALS_MET: "Goals met; pain down to target.",
    DischargeReason.PLATEAU: "Improvement has levelled off.",
    DischargeReason.PATIENT_CHOICE: "Patient chose to stop.",
}


def _protocol(regions: Sequence[PainRegion]) -> str:
    """``Low back + sciatica: local and distal points``."""
    text = " + ".join(PROTOCOL_NAMES[region] for region in regions)
    return f"{text[0].upper()}{text[1:]}: local and distal points"


def _weighted(pairs: Sequence[tuple[Any, ...]]) -> tuple[list[Any], list[int]]:
    """Values and cumulative weights, for :meth:`Dice.weighted`."""
    return [pair[0] for pair in pairs], list(itertools.accumulate(pair[1] for pair in pairs))


# --------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------

# Models in foreign-key order: each batch is inserted table by table in this order.
INSERT_ORDER: tuple[type[Base], ...] = (
    Patient,
    Intake,
    HistoryCondition,
    Medication,
    Allergy,
    RedFlagAnswer,
    PriorTreatmentRecord,
    Consent,
    OutcomeScore,
    Course,
    PlannedTechnique,
    PointPrescription,
    CourseReview,
    TreatmentSession,
    SessionPoint,
    ElectroStimulation,
    CuppingApplication,
    MoxaApplication,
    AdverseEvent,
)


class DemoGenerator:
    """Fills an empty database with a fictional clinic (see the module docstring)."""

    def __init__(self, db: Database, *, lean: bool = True) -> None:
        self._db = db
        self._lean = lean  # False: plain Core inserts on every backend (for tests)

    def generate(
        self, *, patients: int, seed: int, progress: Progress | None = None
    ) -> DemoSummary:
        """Fill the empty database; raises :class:`DemoRefused` when it holds patients.

        Each batch of patients is one transaction. The first one also checks that the
        database is empty and writes the clinic row (marked as a demo), so even an
        interrupted run leaves a consistent database that says it is a demo.
        """
        if patients < 1:
            raise ValueError("patients must be 1 or more")
        started = time.monotonic()
        factory = DemoFactory(random.Random(seed))
        writer = BulkWriter(self._db.engine.dialect, lean=self._lean)
        totals = Totals()
        try:
            for first in range(0, patients, BATCH_PATIENTS):
                batch = factory.batch(first + 1, min(BATCH_PATIENTS, patients - first))
                with self._db.write() as session:
                    connection = session.connection()
                    if first == 0:
                        _refuse_unless_empty(connection)
                        if _write_clinic(connection, patients):
                            totals.last_ids["clinic"] = CLINIC_ID
                    batch.insert(connection, writer)
                    totals.add(batch)
                    _advance_sequences(connection, totals.last_ids)
                if progress is not None:
                    progress.update(totals.patients, patients)
        finally:
            if progress is not None:
                progress.finish()
        summary = totals.summary(time.monotonic() - started)
        log.info(
            "demo clinic created: %d patients, %d courses, %d sessions, %d points in %.1f s",
            summary.patients,
            summary.courses,
            summary.sessions,
            summary.points,
            summary.seconds,
        )
        return summary


@dataclass
class Totals:
    """What has been written so far, and the highest key given out in each table."""

    patients: int = 0
    courses: int = 0
    sessions: int = 0
    points: int = 0
    last_ids: dict[str, int] = field(default_factory=dict)

    def add(self, batch: Batch) -> None:
        self.patients += len(batch.rows(Patient))
        self.courses += len(batch.rows(Course))
        self.sessions += len(batch.rows(TreatmentSession))
        self.points += len(batch.rows(SessionPoint))
        for name, rows in batch.tables.items():
            if rows:
                self.last_ids[name] = rows[-1]["id"]

    def summary(self, seconds: float) -> DemoSummary:
        return DemoSummary(self.patients, self.courses, self.sessions, self.points, seconds)


def _advance_sequences(connection: Connection, last_ids: dict[str, int]) -> None:
    """Move PostgreSQL's key sequences past the keys given out here.

    Rows inserted with explicit keys leave a serial column's sequence where it was, so
    the next record the application adds would collide. SQLite takes the next rowid
    from the table itself and needs nothing.
    """
    if connection.dialect.name != "postgresql":
        return
    for name, last in last_ids.items():
        connection.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
            {"table": name, "last": last},
        )


def _refuse_unless_empty(connection: Connection) -> None:
    count = connection.scalar(select(func.count()).select_from(Patient)) or 0
    if count:
        noun = "patient" if count == 1 else "patients"
        raise DemoRefused(
            f"This database already holds {count:,} {noun}; "
            "demo data goes only into an empty database.",
            hint="Point --database at a new, empty database for the demo.",
        )


def _write_clinic(connection: Connection, patients: int) -> bool:
    """Make the single clinic row the demo clinic; True when the row was added.

    A clinic row without patients (set up but never used) becomes the demo clinic.
    """
    stamp = _stamp(REFERENCE_DATE - dt.timedelta(days=1200))
    values: Row = {
        "name": CLINIC_NAME,
        "address": "12 Quayside Walk, Riverside RV1 4QA (fictional)",
        "phone": "+44 7700 900000",
        "email": "reception@riverside-clinic.example",
        "currency": "GBP",
        "is_demo": True,
        "next_chart_number": patients + 1,
        "updated_at": stamp,
    }
    table = Base.metadata.tables[Clinic.__tablename__]
    existing = connection.scalar(select(table.c.id).order_by(table.c.id).limit(1))
    if existing is None:
        row = {**values, "id": CLINIC_ID, "version": 1, "created_at": stamp}
        connection.execute(table.insert(), [row])
        return True
    connection.execute(
        table.update().where(table.c.id == existing).values(**values, version=table.c.version + 1)
    )
    return False


_EIGHT_AM = dt.time(8, 0, tzinfo=dt.UTC)
_MINUTE = dt.timedelta(minutes=1)
HALF_HOUR = dt.timedelta(minutes=30)
END_OF_DAY = 690  # 19:30, after the day's last session is signed


def _stamp(day: dt.date, minutes: int = 0) -> dt.datetime:
    """A deterministic UTC timestamp: ``minutes`` after 08:00 on ``day``."""
    return _morning(day) + _MINUTE * minutes


@functools.cache
def _morning(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, _EIGHT_AM)


@dataclass
class Batch:
    """The rows of a few hundred patients, by table name, ready for bulk insert."""

    tables: dict[str, list[Row]] = field(
        default_factory=lambda: {model.__tablename__: [] for model in INSERT_ORDER}
    )

    def rows(self, model: type[Base]) -> list[Row]:
        return self.tables[model.__tablename__]

    def insert(self, connection: Connection, writer: BulkWriter) -> None:
        for name, rows in self.tables.items():
            if rows:
                writer.insert(connection, Base.metadata.tables[name], rows)


class BulkWriter:
    """Inserts lists of row dicts that share their keys, as fast as the engine allows.

    PostgreSQL gets ``COPY … FROM STDIN`` on the same connection and transaction (Core's
    executemany would make one round trip per row there); SQLite gets the compiled
    INSERT through executemany. Either way the values are converted by the bind
    processors of the column types, exactly as Core would, in one tight loop: Core's
    per-row bookkeeping would otherwise take a third of the run time. Date and time
    conversions are remembered for the whole run, as timestamps repeat. Plain Core
    executemany is used without ``lean``, and whenever Core would fill in a default.
    """

    def __init__(self, dialect: Dialect, *, lean: bool = True) -> None:
        self._dialect = dialect
        self._copy = lean and dialect.name == "postgresql"
        self._lean = lean and (self._copy or bool(dialect.positional))
        self._plans: dict[tuple[str, tuple[str, ...]], InsertPlan | None] = {}

    def insert(self, connection: Connection, table: Table, rows: list[Row]) -> None:
        key = (table.name, tuple(rows[0]))
        if key not in self._plans:
            self._plans[key] = self._plan(table, rows[0]) if self._lean else None
        plan = self._plans[key]
        if plan is None:
            connection.execute(table.insert(), rows)
        elif self._copy:
            _copy_rows(connection, plan, rows)
        else:
            connection.exec_driver_sql(plan.sql, plan.parameters(rows))

    def _plan(self, table: Table, first: Row) -> InsertPlan | None:
        if any(column.default is not None and column.key not in first for column in table.c):
            return None  # Core must add a default value: leave it to Core
        if self._copy:
            names = tuple(first)
            quote = self._dialect.identifier_preparer.quote
            columns = ", ".join(quote(name) for name in names)
            sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        else:
            compiled = table.insert().compile(dialect=self._dialect, column_keys=list(first))
            names = tuple(compiled.positiontup or ())
            sql = compiled.string
        converters: list[tuple[int, Callable[[Any], Any], bool]] = []
        for index, name in enumerate(names):
            type_ = table.c[name].type
            processor = type_.dialect_impl(self._dialect).bind_processor(self._dialect)
            if processor is not None:
                base = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
                if isinstance(base, Date | DateTime):
                    processor = _memoised(processor, by_identity=False)
                converters.append((index, processor, isinstance(base, JSON)))
        return InsertPlan(sql, names, tuple(converters))


def _copy_rows(connection: Connection, plan: InsertPlan, rows: list[Row]) -> None:
    """PostgreSQL's COPY through psycopg, inside the connection's transaction."""
    driver: Any = connection.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(plan.sql) as copy:
        for values in plan.parameters(rows):
            copy.write_row(values)


@dataclass(frozen=True, slots=True)
class InsertPlan:
    """A compiled INSERT and how to turn a row dict into its positional parameters."""

    sql: str
    names: tuple[str, ...]
    # (position, bind processor, memoise by identity for this insert only: JSON values)
    converters: tuple[tuple[int, Callable[[Any], Any], bool], ...]

    def parameters(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        values = itemgetter(*self.names)
        if len(self.names) == 1:
            return [(values(row),) for row in rows]
        if not self.converters:
            return list(map(values, rows))
        # Rows share JSON values (lists) and keep them alive during the insert, so an
        # identity stands for one value here.
        steps = [
            (index, _memoised(fn, by_identity=True) if per_insert else fn)
            for index, fn, per_insert in self.converters
        ]
        parameters: list[tuple[Any, ...]] = []
        for row in rows:
            converted = list(values(row))
            for index, fn in steps:
                converted[index] = fn(converted[index])
            parameters.append(tuple(converted))
        return parameters


MEMO_LIMIT = 100_000


def _memoised(processor: Callable[[Any], Any], *, by_identity: bool) -> Callable[[Any], Any]:
    """``processor`` remembering its results (at most MEMO_LIMIT of them)."""
    memo: dict[Hashable, Any] = {}
    missing = object()

    def process(value: Any) -> Any:
        key = id(value) if by_identity else value
        result = memo.get(key, missing)
        if result is missing:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            memo[key] = result = processor(value)
        return result

    return process


@dataclass(slots=True)
class CoursePlan:
    """When a course runs and how many of its sessions exist and are signed."""

    status: CourseStatus
    original_sessions: int
    planned_sessions: int  # raised when the course is extended
    given: int  # signed sessions (all before the reference date)
    booked: int  # session rows: signed plus scheduled
    per_week: float = 1.0
    offsets: list[int] = field(default_factory=lambda: [0])  # days from start to each session
    discharge_reason: DischargeReason | None = None
    red_flag: tuple[RedFlag, str] | None = None  # the flag found at intake, and refer to
    extension_reason: str = ""
    start: dt.date = REFERENCE_DATE
    intake_date: dt.date = REFERENCE_DATE

    @property
    def mid_review_at(self) -> int:
        return max(2, self.original_sessions // 2)

    @property
    def end(self) -> dt.date | None:
        if self.status not in CLOSED:
            return None
        return self.start + dt.timedelta(days=self.offsets[self.given - 1] if self.given else 0)


@dataclass(slots=True)
class PatientContext:
    """What a patient's courses share: who, which regions, which techniques suit them."""

    patient_id: int
    sex: Sex
    born: dt.date
    insured: bool
    regions: tuple[PainRegion, ...]
    sciatica_side: str | None
    style: AcupunctureStyle
    conditions: tuple[Condition, ...]
    techniques: tuple[Technique, ...]

    def may_be_pregnant(self, day: dt.date) -> bool:
        return self.sex is Sex.FEMALE and age_on(self.born, day) < 55


PointRow = tuple[str, str, int, str, str]  # code, side, needles, depth, stimulation


@dataclass(slots=True)
class Prescription:
    """A course's plan: its points (shaped as session point rows) and adjuncts."""

    points: list[PointRow]
    ashi: PointRow
    electro_pairs: list[tuple[str, str]]
    electro_setting: tuple[EAFrequencyMode, str]
    cupping: tuple[CuppingType, list[str]] | None
    moxa: tuple[MoxaType, list[str]] | None
    retention: int


@dataclass(frozen=True, slots=True)
class CourseMade:
    """What a course's sessions need to know about it."""

    id: int
    created: dt.datetime
    prescription: Prescription


class DemoFactory:
    """Builds the rows of the demo clinic, patient by patient, from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.dice = Dice(rng)
        # The database holds no patient, so no row that hangs off one: keys start at 1.
        self._ids = {model.__tablename__: itertools.count(1) for model in INSERT_ORDER}
        self._cultures, self._culture_weights = _weighted([(c, c.weight) for c in CULTURES])
        self._regions, self._region_weights = _weighted(REGION_COMBINATIONS)
        self._styles, self._style_weights = _weighted(STYLES)
        self._last, self._last_weights = _weighted(LAST_STATUSES)
        self._earlier, self._earlier_weights = _weighted(EARLIER_STATUSES)
        self._adverse, self._adverse_weights = _weighted([((k, a), w) for k, w, a in ADVERSE_KINDS])
        self._severities, self._severity_weights = _weighted(SEVERITIES)
        self._causes = {
            duration: _weighted(pairs) for duration, pairs in CAUSES_BY_DURATION.items()
        }
        self._bilateral = {point.code: point.bilateral for point in load_catalog().points}
        self._patients_made = 0

    def next_id(self, model: type[Base]) -> int:
        return next(self._ids[model.__tablename__])

    # ---- patients ------------------------------------------------------------------

    def batch(self, first_chart: int, count: int) -> Batch:
        batch = Batch()
        for chart in range(first_chart, first_chart + count):
            self._patient(batch, chart)
        return batch

    def _patient(self, batch: Batch, chart: int) -> None:
        dice = self.dice
        index = self._patients_made
        self._patients_made += 1
        plans = self._plan_courses(index)
        archived = plans[-1].status in CLOSED and dice.random() < 0.03
        first_day = plans[0].intake_date
        history_years = (REFERENCE_DATE - first_day).days / 365.25
        age = dice.between(18 + math.ceil(history_years), 90)
        born = REFERENCE_DATE - dt.timedelta(days=round(age * 365.25) + dice.below(365))
        given, family, sex, culture = self._name(index)
        context = self._context(self.next_id(Patient), sex, born)
        row = self._patient_row(context, chart, (given, family, culture), first_day)
        row["archived"] = archived
        batch.rows(Patient).append(row)
        intakes: list[Row] = []
        for plan in plans:
            previous = intakes[-1]["id"] if intakes else None
            intakes.append(self._course_with_intake(batch, context, plan, previous))
        self._consents(batch, context, intakes[0])

    def _name(self, index: int) -> tuple[str, str, Sex, Culture]:
        """Given name, family name, sex, and the culture the names come from."""
        dice = self.dice
        if index < len(SHOWCASE_NAMES):
            given, family, sex = SHOWCASE_NAMES[index]
            return given, family, sex, _culture_of(family)
        roll = dice.random()
        sex = (
            Sex.FEMALE
            if roll < 0.56
            else Sex.MALE
            if roll < 0.985
            else Sex.INTERSEX
            if roll < 0.99
            else Sex.UNDISCLOSED
        )
        culture = dice.weighted(self._cultures, self._culture_weights)
        female = sex is Sex.FEMALE or (sex is not Sex.MALE and dice.random() < 0.5)
        given = dice.pick(culture.female if female else culture.male)
        surname = dice.below(len(culture.family))
        families = culture.family_female if female and culture.family_female else culture.family
        return given, families[surname], sex, culture

    def _patient_row(
        self,
        context: PatientContext,
        chart: int,
        names: tuple[str, str, Culture],
        first_day: dt.date,
    ) -> Row:
        """Demographics and contact details; registered up to a week before the intake."""
        dice = self.dice
        given, family, culture = names
        preferred = self._preferred_name(given)
        phone = _phone(dice)
        insured = context.insured
        referred = dice.random() < 0.25
        contact = dice.random() < 0.5
        created = _stamp(first_day - dt.timedelta(days=dice.below(8)), dice.below(120))
        return {
            "id": context.patient_id,
            "chart_number": chart,
            "given_name": given,
            "family_name": family,
            "preferred_name": preferred,
            "date_of_birth": context.born,
            "sex": str(context.sex),
            "phone": phone,
            "email": self._email(given, family, chart) if dice.random() < 0.6 else "",
            "address": self._address() if dice.random() < 0.75 else "",
            "emergency_contact_name": (
                f"{dice.pick(culture.female + culture.male)} {family} "
                f"({dice.pick(CONTACT_RELATIONS)})"
                if contact
                else ""
            ),
            "emergency_contact_phone": _phone(dice) if contact else "",
            "referring_physician_name": dice.pick(PHYSICIANS) if referred else "",
            "referring_physician_clinic": dice.pick(PRACTICES) if referred else "",
            "referring_physician_contact": _phone(dice) if referred else "",
            "insurance_provider": dice.pick(INSURERS) if insured else "",
            "insurance_policy": f"POL-{dice.below(10**8):08d}" if insured else "",
            "archived": False,
            "search_name": patient_search_name(family, given, preferred),
            "phone_digits": digits_only(phone),
            "version": 1,
            "created_at": created,
            "updated_at": created,
        }

    def _preferred_name(self, given: str) -> str:
        dice = self.dice
        if given in PREFERRED_NAMES and dice.random() < 0.5:
            return PREFERRED_NAMES[given]
        if not given.isascii() and "\u4e00" <= given[0] <= "\u9fff" and dice.random() < 0.3:
            return dice.pick(ENGLISH_NICKNAMES)
        return ""

    def _email(self, given: str, family: str, chart: int) -> str:
        def ascii_part(text: str) -> str:
            return "".join(ch for ch in search_key(text) if ch.isascii() and ch.isalnum())

        first, last = ascii_part(given), ascii_part(family)
        domain = self.dice.pick(("example.com", "example.org", "example.net"))
        if first and last:
            return f"{first}.{last}{self.dice.below(100)}@{domain}"
        return f"patient{chart:06d}@{domain}"

    def _address(self) -> str:
        dice = self.dice
        postcode = f"RV{dice.between(1, 9)} {dice.between(1, 9)}{dice.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        postcode += dice.pick("ABDEFGHJLNPQRSTUWXYZ")
        return f"{dice.between(1, 180)} {dice.pick(STREETS)}\n{dice.pick(TOWNS)} {postcode}"

    def _context(self, patient_id: int, sex: Sex, born: dt.date) -> PatientContext:
        dice = self.dice
        insured = dice.random() < 0.3
        regions = dice.weighted(self._regions, self._region_weights)
        side = dice.pick(("left", "right")) if PainRegion.SCIATICA in regions else None
        conditions = tuple(
            condition for condition, weight, _ in CONDITIONS if dice.random() < weight / 100
        )
        techniques = [Technique.LOCAL_NEEDLING, Technique.DISTAL_NEEDLING]
        if dice.random() < 0.35 and not NO_ELECTRO.intersection(conditions):
            techniques.append(Technique.ELECTROACUPUNCTURE)
        if dice.random() < 0.25 and not NO_CUPPING.intersection(conditions):
            techniques.append(Technique.CUPPING)
        if dice.random() < 0.2 and not NO_MOXA.intersection(conditions):
            techniques.append(Technique.MOXIBUSTION)
        style = dice.weighted(self._styles, self._style_weights)
        return PatientContext(
            patient_id, sex, born, insured, regions, side, style, conditions, tuple(techniques)
        )

    def _consents(self, batch: Batch, context: PatientContext, intake: Row) -> None:
        """Taken at the first intake: needling and the adjuncts used; a few declined."""
        scopes = [ConsentScope.NEEDLING]
        scopes += [ConsentScope(str(t)) for t in context.techniques if t in ADJUNCTS]
        declined = [s for s in CONSENT_SCOPES if s not in scopes]
        rows = batch.rows(Consent)
        day, stamp = intake["intake_date"], intake["created_at"]
        for scope, given in [(s, True) for s in scopes] + [
            (s, False) for s in declined if self.dice.random() < 0.05
        ]:
            rows.append(
                {
                    "id": self.next_id(Consent),
                    "patient_id": context.patient_id,
                    "scope": str(scope),
                    "given": given,
                    "consent_date": day,
                    "withdrawn_on": None,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )

    # ---- course timeline -------------------------------------------------------------

    def _plan_courses(self, index: int) -> list[CoursePlan]:
        """The patient's courses, oldest first, laid out backwards from today."""
        dice = self.dice
        count = dice.weighted((1, 2, 3), (25, 75, 100))
        if index < len(COURSE_STATUSES):
            last = COURSE_STATUSES[index]  # every status appears in every demo
        else:
            last = dice.weighted(self._last, self._last_weights)
        plans = [self._course_plan(last)]
        for _ in range(count - 1):
            status = dice.weighted(self._earlier, self._earlier_weights)
            plans.append(self._course_plan(status))
        self._place_last(plans[0])
        for later, earlier in itertools.pairwise(plans):
            last_day = later.intake_date - dt.timedelta(days=dice.between(21, 270))
            self._place_closed(earlier, last_day)
        plans.reverse()
        return plans

    def _course_plan(self, status: CourseStatus) -> CoursePlan:
        """How many sessions a course of this status has planned, booked and signed."""
        dice = self.dice
        original = dice.weighted((4, 5, 6), (20, 50, 100))
        plan = CoursePlan(status, original, original, given=original, booked=original)
        if status is CourseStatus.PLANNED:
            plan.given, plan.booked = 0, original if dice.random() < 0.7 else 0
        elif status is CourseStatus.ACTIVE:
            plan.given = dice.between(1, original - 1)
        elif status is CourseStatus.EXTENDED:
            plan.planned_sessions = plan.booked = original + dice.between(2, 4)
            plan.given = dice.between(original, plan.planned_sessions - 1)
            plan.extension_reason = dice.pick(EXTENSION_REASONS)
        elif status is CourseStatus.DISCHARGED:
            reason = dice.weighted(DISCHARGE_REASONS, (50, 80, 100))
            low = {DischargeReason.GOALS_MET: original - 2, DischargeReason.PLATEAU: 3}
            high = original - (reason is DischargeReason.PATIENT_CHOICE)
            plan.given = plan.booked = dice.between(low.get(reason, 2), high)
            plan.discharge_reason = reason
        elif status is CourseStatus.REFERRED:
            if dice.random() < 0.4:
                plan.red_flag = dice.pick(POSITIVE_FLAGS)
            plan.given = plan.booked = 0 if plan.red_flag else dice.between(2, 4)
        plan.per_week = 2.0 if dice.random() < 0.3 else 1.0
        plan.offsets = self._offsets(plan.booked, plan.per_week)
        return plan

    def _offsets(self, count: int, per_week: float) -> list[int]:
        dice = self.dice
        offsets = [0]
        for number in range(1, max(count, 1)):
            step = 7 if per_week == 1.0 else 3 + number % 2
            if dice.random() < 0.15:
                step += dice.between(1, 3)  # rescheduled
            offsets.append(offsets[-1] + step)
        return offsets

    def _place_last(self, plan: CoursePlan) -> None:
        """The latest course: closed before today, running through today, or to come."""
        dice = self.dice
        if plan.status is CourseStatus.PLANNED:  # assessed already, first session to come
            plan.intake_date = REFERENCE_DATE - dt.timedelta(days=dice.between(0, 14))
            plan.start = REFERENCE_DATE + dt.timedelta(days=dice.between(2, 21))
        elif plan.status in CLOSED:
            self._place_closed(plan, REFERENCE_DATE - dt.timedelta(days=dice.between(3, 330)))
        else:  # active or extended: signed sessions before today, the rest from today on
            done = plan.offsets[plan.given - 1]
            gap = plan.offsets[plan.given] - done
            plan.start = REFERENCE_DATE - dt.timedelta(days=done + dice.between(1, gap))
            plan.intake_date = plan.start - dt.timedelta(days=self._intake_lead())

    def _place_closed(self, plan: CoursePlan, last_day: dt.date) -> None:
        span = plan.offsets[plan.given - 1] if plan.given else 0
        plan.start = last_day - dt.timedelta(days=span)
        plan.intake_date = plan.start - dt.timedelta(
            days=0 if plan.red_flag else self._intake_lead()
        )

    def _intake_lead(self) -> int:
        return 0 if self.dice.random() < 0.55 else self.dice.between(1, 10)

    # ---- intake and course -----------------------------------------------------------

    def _course_with_intake(
        self, batch: Batch, context: PatientContext, plan: CoursePlan, previous: int | None
    ) -> Row:
        """An intake, the course planned from it, its sessions and reviews; the intake row."""
        intake = self._intake(batch, context, plan, previous)
        course = self._course(batch, context, plan, intake, self._prescription(context))
        pains = self._pain_course(plan, intake["nrs_now"])
        self._sessions(batch, context, plan, course, pains)
        self._reviews(batch, plan, course.id, intake["id"], pains, intake["nrs_now"])
        return intake

    def _intake(
        self, batch: Batch, context: PatientContext, plan: CoursePlan, previous: int | None
    ) -> Row:
        dice = self.dice
        intake_id = self.next_id(Intake)
        onset, duration = self._onset(plan.intake_date)
        if intake_id <= len(CAUSES):  # every cause appears in every demo
            cause = CAUSES[intake_id - 1]
        else:
            cause = dice.weighted(*self._causes[duration])
        worst = dice.between(5, 10)
        now = dice.between(max(2, worst - 4), worst)
        average = dice.between(max(1, now - 2), now)
        peg = dice.random() < 0.4
        stamp = _stamp(plan.intake_date, 120 + dice.below(480))
        tcm = context.style is AcupunctureStyle.TCM
        flag = plan.red_flag
        row: Row = {
            "id": intake_id,
            "patient_id": context.patient_id,
            "previous_intake_id": previous,
            "intake_date": plan.intake_date,
            "complaint": self._complaint(context),
            "pain_regions": REGION_NAMES[context.regions],
            "sciatica_side": context.sciatica_side,
            "body_marks": NO_MARKS,
            "onset_date": onset,
            "onset_description": ONSET_TEXT[cause],
            "duration_class": str(duration),
            "cause": str(cause),
            "cause_other": dice.pick(OTHER_CAUSES) if cause is Cause.OTHER else "",
            "aggravating": ", ".join(dice.sample(AGGRAVATING, 2)),
            "relieving": dice.pick(RELIEVING),
            "sleep_impact": dice.pick(SLEEP_IMPACT),
            "work_impact": dice.pick(WORK_IMPACT),
            "nrs_now": now,
            "nrs_worst": worst,
            "nrs_average": average,
            "peg_pain": average if peg else None,
            "peg_enjoyment": dice.between(0, 10) if peg else None,
            "peg_activity": dice.between(0, 10) if peg else None,
            "goals_in_own_words": dice.pick(GOALS),
            "goal_target_pain": max(1, now - 3),
            "goal_activities": ", ".join(dice.sample(GOAL_ACTIVITIES, 2)),
            "pregnant": False if context.may_be_pregnant(plan.intake_date) else None,
            "gestation_weeks": None,
            "other_conditions": "",
            "acupuncture_style": str(context.style),
            "tongue": dice.pick(TONGUES) if tcm else "",
            "pulse": dice.pick(PULSES) if tcm else "",
            "pattern": dice.pick(PATTERNS) if tcm else "",
            "red_flag_advice": f"Referred before treatment: {flag[1]}." if flag else "",
            "version": 1,
            "created_at": stamp,
            "updated_at": stamp,
        }
        batch.rows(Intake).append(row)
        self._history(batch, context, intake_id, flag[0] if flag else None)
        self._outcomes(batch, context, row)
        return row

    def _onset(self, intake_date: dt.date) -> tuple[dt.date, DurationClass]:
        """When the episode began (3 in 10 acute, 2 subacute, 5 chronic) and its class."""
        roll = self.dice.random()
        days = (
            self.dice.between(2, 41)
            if roll < 0.3
            else self.dice.between(42, 83)
            if roll < 0.5
            else self.dice.between(84, 3650)
        )
        onset = intake_date - dt.timedelta(days=days)
        return onset, duration_class(onset, intake_date)

    def _complaint(self, context: PatientContext) -> str:
        parts = [
            COMPLAINTS[region].format(side=context.sciatica_side or "left")
            for region in context.regions
        ]
        text = " with ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _history(
        self, batch: Batch, context: PatientContext, intake_id: int, flag: RedFlag | None
    ) -> None:
        dice = self.dice
        notes = {condition: note for condition, _, note in CONDITIONS}
        medications = dice.sample(MEDICATIONS, dice.pick((0, 0, 1, 1, 2, 3)))
        for condition in context.conditions:
            batch.rows(HistoryCondition).append(
                {
                    "id": self.next_id(HistoryCondition),
                    "intake_id": intake_id,
                    "condition": str(condition),
                    "present": True,
                    "note": notes[condition],
                }
            )
            if condition in CONDITION_MEDICATIONS:
                medications.append(CONDITION_MEDICATIONS[condition])
        for medication in medications:
            batch.rows(Medication).append(
                {"id": self.next_id(Medication), "intake_id": intake_id, "text": medication}
            )
        self._allergies(batch, context, intake_id)
        self._red_flags(batch, intake_id, flag)
        for kind in dice.sample(PRIOR_TREATMENTS, dice.pick((0, 1, 1, 2))):
            batch.rows(PriorTreatmentRecord).append(
                {
                    "id": self.next_id(PriorTreatmentRecord),
                    "intake_id": intake_id,
                    "kind": str(kind),
                    "outcome": dice.pick(PRIOR_OUTCOMES),
                }
            )

    def _allergies(self, batch: Batch, context: PatientContext, intake_id: int) -> None:
        rows = batch.rows(Allergy)
        if Condition.METAL_ALLERGY in context.conditions:
            rows.append(
                {
                    "id": self.next_id(Allergy),
                    "intake_id": intake_id,
                    "text": "Nickel",
                    "is_metal": True,
                }
            )
        if self.dice.random() < 0.05:
            allergy = self.dice.pick(OTHER_ALLERGIES)
            rows.append(
                {
                    "id": self.next_id(Allergy),
                    "intake_id": intake_id,
                    "text": allergy,
                    "is_metal": False,
                }
            )

    def _red_flags(self, batch: Batch, intake_id: int, flag: RedFlag | None) -> None:
        """The cauda equina screen on every intake, plus the positive flag if any."""
        rows = batch.rows(RedFlagAnswer)
        asked = (
            [*SCREENING_FLAGS, flag] if flag and flag not in SCREENING_FLAGS else SCREENING_FLAGS
        )
        for item in asked:
            rows.append(
                {
                    "id": self.next_id(RedFlagAnswer),
                    "intake_id": intake_id,
                    "flag": str(item),
                    "answer": item is flag,
                }
            )

    def _outcomes(self, batch: Batch, context: PatientContext, intake: Row) -> None:
        """The intake's pain as outcome scores: NRS now, and PEG when it was asked."""
        rows = batch.rows(OutcomeScore)
        day, stamp = intake["intake_date"], intake["created_at"]
        scores = [(OutcomeMeasure.NRS_NOW, float(intake["nrs_now"]))]
        if intake["peg_pain"] is not None:
            items = (intake["peg_pain"], intake["peg_enjoyment"], intake["peg_activity"])
            scores.append((OutcomeMeasure.PEG, round(sum(items) / 3, 1)))
        for measure, value in scores:
            rows.append(
                {
                    "id": self.next_id(OutcomeScore),
                    "patient_id": context.patient_id,
                    "intake_id": intake["id"],
                    "session_id": None,
                    "measure": str(measure),
                    "value": value,
                    "recorded_on": day,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )

    # ---- plan, sessions, reviews -----------------------------------------------------

    def _prescription(self, context: PatientContext) -> Prescription:
        """Core and a few extra points per region (at most 8), and the adjuncts that suit."""
        dice = self.dice
        codes: list[str] = []
        for region in context.regions:
            extras = dice.sample(EXTRA_POINTS[region], dice.between(1, 2))
            codes += [code for code in (*CORE_POINTS[region], *extras) if code not in codes]
        stimulation = dice.weighted(STIMULATIONS, (15, 40, 100))
        leg_side = {"left": "L", "right": "R"}.get(context.sciatica_side or "")
        points = [self._point(code, leg_side, str(stimulation)) for code in codes[:8]]
        ashi_side = leg_side or "B"
        ashi = (ASHI, ashi_side, 2 if ashi_side == "B" else 1, DEFAULT_DEPTH, str(stimulation))
        techniques = context.techniques
        pairs = [ELECTRO_PAIRS[r] for r in context.regions if r in ELECTRO_PAIRS]
        cupping_sites = [site for r in context.regions for site in CUPPING_SITES[r]]
        moxa_sites = [site for r in context.regions for site in MOXA_SITES.get(r, ())]
        return Prescription(
            points=points,
            ashi=ashi,
            electro_pairs=pairs if Technique.ELECTROACUPUNCTURE in techniques else [],
            electro_setting=dice.pick(ELECTRO_SETTINGS),
            cupping=(
                (
                    dice.pick((CuppingType.DRY, CuppingType.FIRE, CuppingType.SLIDING)),
                    cupping_sites,
                )
                if Technique.CUPPING in techniques
                else None
            ),
            moxa=(
                (
                    dice.pick((MoxaType.STICK, MoxaType.WARMING_NEEDLE, MoxaType.ON_GINGER)),
                    moxa_sites,
                )
                if Technique.MOXIBUSTION in techniques and moxa_sites
                else None
            ),
            retention=dice.pick((20, 25, 25, 30)),
        )

    def _point(self, code: str, leg_side: str | None, stimulation: str) -> PointRow:
        depth = DEPTHS.get(code, DEFAULT_DEPTH)
        if leg_side and code in SCIATICA_LEG_POINTS:
            return (code, leg_side, 1, depth, stimulation)
        if self._bilateral[code]:
            return (code, str(PointSide.BILATERAL), 2, depth, stimulation)
        return (code, str(PointSide.MIDLINE), 1, depth, stimulation)

    def _course(
        self,
        batch: Batch,
        context: PatientContext,
        plan: CoursePlan,
        intake: Row,
        prescription: Prescription,
    ) -> CourseMade:
        """The course row, planned half an hour after the intake, and its plan rows."""
        course_id = self.next_id(Course)
        last_day = plan.start + dt.timedelta(days=plan.offsets[max(plan.given - 1, 0)])
        created = intake["created_at"] + HALF_HOUR
        batch.rows(Course).append(
            {
                "id": course_id,
                "patient_id": context.patient_id,
                "intake_id": intake["id"],
                "status": str(plan.status),
                "planned_sessions": plan.planned_sessions,
                "extension_reason": plan.extension_reason,
                "sessions_per_week": plan.per_week,
                "start_date": plan.start,
                "end_date": plan.end,
                "goals": intake["goals_in_own_words"],
                "goal_target_pain": intake["goal_target_pain"],
                "mid_review_at": plan.mid_review_at,
                "acupuncture_style": str(context.style),
                "rationale": RATIONALES[context.style],
                "protocol": _protocol(context.regions),
                "retention_minutes": prescription.retention,
                "version": 1,
                "created_at": created,
                "updated_at": max(created, _stamp(min(last_day, REFERENCE_DATE), END_OF_DAY)),
            }
        )
        self._planned(batch, course_id, prescription)
        return CourseMade(course_id, created, prescription)

    def _planned(self, batch: Batch, course_id: int, prescription: Prescription) -> None:
        retention = prescription.retention
        techniques: list[tuple[Technique, int | None, dict[str, Any]]] = [
            (Technique.LOCAL_NEEDLING, retention, {"needle": NEEDLES["local"]}),
            (Technique.DISTAL_NEEDLING, retention, {"needle": NEEDLES["distal"]}),
        ]
        if prescription.electro_pairs:
            mode, hertz = prescription.electro_setting
            parameters = {
                "pairs": [list(pair) for pair in prescription.electro_pairs],
                "mode": str(mode),
                "frequency_hz": hertz,
                "pulse_width_ms": 0.3,
            }
            techniques.append((Technique.ELECTROACUPUNCTURE, retention, parameters))
        if prescription.cupping:
            kind, sites = prescription.cupping
            techniques.append((Technique.CUPPING, 10, {"type": str(kind), "sites": sites}))
        if prescription.moxa:
            kind, sites = prescription.moxa
            techniques.append((Technique.MOXIBUSTION, 15, {"type": str(kind), "sites": sites}))
        rows = batch.rows(PlannedTechnique)
        for technique, minutes, parameters in techniques:
            rows.append(
                {
                    "id": self.next_id(PlannedTechnique),
                    "course_id": course_id,
                    "technique": str(technique),
                    "minutes": minutes,
                    "parameters": parameters,
                }
            )
        rows = batch.rows(PointPrescription)
        for code, side, needles, depth, stimulation in prescription.points:
            rows.append(
                {
                    "id": self.next_id(PointPrescription),
                    "course_id": course_id,
                    "point_code": code,
                    "side": side,
                    "needles": needles,
                    "depth": depth,
                    "stimulation": stimulation,
                    "de_qi_sought": self.dice.random() < 0.85,
                }
            )

    def _pain_course(self, plan: CoursePlan, start: int) -> list[tuple[int, int]]:
        """Pain before and after each signed session: mostly falling over a course."""
        dice = self.dice
        drop = self._pain_drop(plan)
        span = max((plan.given if plan.status in CLOSED else plan.planned_sessions) - 1, 1)
        noise = (-1, 0, 0, 0, 1)
        relief = (0, 1, 1, 2, 2, 3)
        pains = []
        for index in range(plan.given):
            before = min(10, max(0, start - round(drop * index / span) + dice.pick(noise)))
            if dice.random() < 0.02:
                after = min(10, before + 1)  # a brief flare after needling
            else:
                after = max(0, before - dice.pick(relief))
            pains.append((before, after))
        return pains

    def _pain_drop(self, plan: CoursePlan) -> int:
        """By how much pain falls over the whole course."""
        dice = self.dice
        if plan.status is CourseStatus.REFERRED:
            return 0
        if plan.status is CourseStatus.COMPLETED:
            return dice.between(3, 5)
        if plan.status is CourseStatus.DISCHARGED:
            if plan.discharge_reason is DischargeReason.GOALS_MET:
                return dice.between(3, 6)
            return 1 if plan.discharge_reason is DischargeReason.PLATEAU else dice.between(0, 2)
        return dice.between(2, 4)  # planned, active, extended: on the way down

    def _sessions(
        self,
        batch: Batch,
        context: PatientContext,
        plan: CoursePlan,
        course: CourseMade,
        pains: list[tuple[int, int]],
    ) -> None:
        """The course's session rows: signed before today, scheduled from today on."""
        bits = self.dice.bits
        append = batch.rows(TreatmentSession).append
        ids = self._ids["treatment_session"]
        start = plan.start
        for index in range(plan.booked):
            day = start + dt.timedelta(days=plan.offsets[index])
            row: Row = {
                "id": next(ids),
                "course_id": course.id,
                "patient_id": context.patient_id,
                "number": index + 1,
                "client_uuid": str(uuid.UUID(int=bits(128), version=4)),
                "session_date": day,
                "fee_cents": FIRST_FEE_CENTS if index == 0 else FOLLOW_UP_FEE_CENTS,
                "version": 1,
            }
            if index < plan.given:
                self._signed(batch, row, context, course, pains[index])
            else:
                self._scheduled(row, course)
            append(row)

    def _scheduled(self, row: Row, course: CourseMade) -> None:
        """Booked in the last two weeks (or when the course was planned, if later)."""
        booked_days = 1 + int(self.dice.random() * 14)
        booked = _stamp(min(row["session_date"], REFERENCE_DATE) - dt.timedelta(days=booked_days))
        row.update(SCHEDULED_DEFAULTS)
        row["created_at"] = row["updated_at"] = max(booked, course.created)

    def _signed(
        self,
        batch: Batch,
        row: Row,
        context: PatientContext,
        course: CourseMade,
        pain: tuple[int, int],
    ) -> None:
        """A given session: the record is opened at the start and signed at the end."""
        rnd = self.dice.random
        prescription = course.prescription
        slot = _stamp(row["session_date"], 30 * int(rnd() * 20))
        started = max(slot, course.created + HALF_HOUR)  # on the intake day: after it
        duration = 60 if row["number"] == 1 else FOLLOW_UP_MINUTES[int(rnd() * 4)]
        signed = started + dt.timedelta(minutes=duration + 5 * (1 + int(rnd() * 6)))
        needles = self._session_points(batch, row["id"], prescription)
        cupped = self._adjuncts(batch, row["id"], prescription)
        paid, method = self._payment(row["fee_cents"], context.insured)
        row.update(
            status=SIGNED,
            started_at=started,
            duration_minutes=duration,
            retention_minutes=prescription.retention,
            pain_before=pain[0],
            pain_after=pain[1],
            needles_in=needles,
            needles_out=needles,
            response=RESPONSES[int(rnd() * len(RESPONSES))],
            history_changes=HISTORY_CHANGES[int(rnd() * 2)] if rnd() < 0.05 else "",
            notes=SESSION_NOTES[int(rnd() * len(SESSION_NOTES))] if rnd() < 0.3 else "",
            paid_cents=paid,
            payment_method=method,
            signed_at=signed,
            created_at=started,
            updated_at=signed,
        )
        if rnd() < 0.03:
            self._adverse_event(batch, row["id"], signed, cupped)

    def _session_points(self, batch: Batch, session_id: int, prescription: Prescription) -> int:
        """The points needled: the plan, now and then one left out or an Ashi point added."""
        rnd = self.dice.random
        points = prescription.points
        if len(points) > 4 and rnd() < 0.15:
            skip = 1 + int(rnd() * (len(points) - 1))
            points = points[:skip] + points[skip + 1 :]
        if rnd() < 0.35:
            points = [*points, prescription.ashi]
        append = batch.rows(SessionPoint).append
        ids = self._ids["session_point"]
        needles = 0
        for code, side, count, depth, stimulation in points:
            append(
                {
                    "id": next(ids),
                    "session_id": session_id,
                    "point_code": code,
                    "side": side,
                    "needles": count,
                    "depth": depth,
                    "stimulation": stimulation,
                }
            )
            needles += count
        return needles

    def _adjuncts(self, batch: Batch, session_id: int, prescription: Prescription) -> bool:
        """Electroacupuncture, cupping and moxa as planned (most sessions); True if cupped."""
        rnd = self.dice.random
        mode, hertz = prescription.electro_setting
        for point_a, point_b in prescription.electro_pairs:
            if rnd() < 0.85:
                batch.rows(ElectroStimulation).append(
                    {
                        "id": self.next_id(ElectroStimulation),
                        "session_id": session_id,
                        "point_a": point_a,
                        "point_b": point_b,
                        "frequency_mode": str(mode),
                        "frequency_hz": hertz,
                        "pulse_width_ms": 0.3,
                        "intensity": "strong but comfortable tingle",
                        "minutes": prescription.retention,
                    }
                )
        cupped = False
        if prescription.cupping is not None and rnd() < 0.8:
            cupped = True
            kind, sites = prescription.cupping
            batch.rows(CuppingApplication).append(
                {
                    "id": self.next_id(CuppingApplication),
                    "session_id": session_id,
                    "cupping_type": str(kind),
                    "sites": sites,
                    "minutes": 5 + int(rnd() * 6),
                }
            )
        if prescription.moxa is not None and rnd() < 0.8:
            kind, sites = prescription.moxa
            batch.rows(MoxaApplication).append(
                {
                    "id": self.next_id(MoxaApplication),
                    "session_id": session_id,
                    "moxa_type": str(kind),
                    "sites": sites,
                    "minutes": 10 + int(rnd() * 6),
                }
            )
        return cupped

    def _payment(self, fee: int, insured: bool) -> tuple[int | None, str | None]:
        """What was paid and how: mostly in full, now and then half or not yet."""
        dice = self.dice
        if dice.random() < 0.04:
            return 0, None
        if insured and dice.random() < 0.7:
            return fee, INSURANCE
        method = dice.pick(PAYMENT_METHODS)
        return (fee // 2 if dice.random() < 0.02 else fee), method

    def _adverse_event(
        self, batch: Batch, session_id: int, signed: dt.datetime, cupped: bool
    ) -> None:
        dice = self.dice
        if cupped and dice.random() < 0.3:
            kind, action = AdverseEventKind.CUPPING_MARKS, "Explained; marks fade within days."
        else:
            kind, action = dice.weighted(self._adverse, self._adverse_weights)
        severity = dice.weighted(self._severities, self._severity_weights)
        batch.rows(AdverseEvent).append(
            {
                "id": self.next_id(AdverseEvent),
                "session_id": session_id,
                "kind": str(kind),
                "severity": str(severity),
                "action_taken": action,
                "created_at": signed,
                "updated_at": signed,
            }
        )

    def _reviews(
        self,
        batch: Batch,
        plan: CoursePlan,
        course_id: int,
        intake_id: int,
        pains: list[tuple[int, int]],
        pain_start: int,
    ) -> None:
        review = self._review(plan, pains)
        if review is None:
            return
        at_session, decision, reason, refer_to = review
        day = plan.start + dt.timedelta(days=plan.offsets[max(at_session - 1, 0)])
        stamp = _stamp(day, END_OF_DAY)
        batch.rows(CourseReview).append(
            {
                "id": self.next_id(CourseReview),
                "course_id": course_id,
                "intake_id": intake_id,
                "at_session": at_session,
                "decision": str(decision),
                "extend_by": (
                    plan.planned_sessions - plan.original_sessions
                    if decision is ReviewDecision.EXTEND
                    else None
                ),
                "discharge_reason": (
                    str(plan.discharge_reason) if decision is ReviewDecision.DISCHARGE else None
                ),
                "refer_to": refer_to,
                "reason": reason,
                "note": "",
                "pain_start": pain_start,
                "pain_latest": pains[at_session - 1][1] if at_session else pain_start,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )

    def _review(
        self, plan: CoursePlan, pains: list[tuple[int, int]]
    ) -> tuple[int, ReviewDecision, str, str] | None:
        """(at session, decision, reason, refer to) of the course's review, if it has one."""
        dice = self.dice
        status = plan.status
        if status is CourseStatus.DISCHARGED:
            reason = DISCHARGE_TEXT[plan.discharge_reason or DischargeReason.PATIENT_CHOICE]
            return plan.given, ReviewDecision.DISCHARGE, reason, ""
        if status is CourseStatus.REFERRED:
            if plan.red_flag is not None:
                return 0, ReviewDecision.REFER, "Red flag at intake.", plan.red_flag[1]
            reason = f"No meaningful change after {plan.given} sessions."
            return plan.given, ReviewDecision.REFER, reason, dice.pick(REFER_ELSEWHERE)
        if status is CourseStatus.EXTENDED:
            return plan.original_sessions, ReviewDecision.EXTEND, plan.extension_reason, ""
        if plan.given >= plan.mid_review_at and dice.random() < 0.6:
            return plan.mid_review_at, ReviewDecision.CONTINUE, "Improving as expected.", ""
        return None
