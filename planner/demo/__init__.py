"""A fictional demo clinic: thousands of patients with courses, sessions and points.

``DemoGenerator(db, today=D).generate(patients=N, seed=S)`` fills an *empty* database.
Everything is derived from one ``random.Random(seed)`` and the demo's "today" ``D``
(sessions before it are signed, the rest scheduled from it on; the fixed
:data:`REFERENCE_DATE` unless given, the real date in the ``demo`` command), never from
the clock, so one seed and one today always give the same database, row for row and
timestamps included; another seed gives another clinic.

The package: :mod:`.names` (fictional names and contacts), :mod:`.texts` (clinical free
text), :mod:`.clinical` (protocols, points, weights), :mod:`.plans` (course timelines),
:mod:`.staff` (the demo accounts), the row makers :mod:`.patients`, :mod:`.intakes`,
:mod:`.courses` and :mod:`.sessions`, :mod:`.factory` (which asks them in order), and
:mod:`.generator` (batches, transactions, the clinic row). Rows are written by
:mod:`planner.storage.bulk`.
``Patient.search_name`` and ``phone_digits`` are filled here because the ORM listener
that keeps them does not run for bulk inserts.
"""

from planner.demo.generator import DemoGenerator, DemoRefused, DemoSummary
from planner.demo.progress import Progress, TerminalProgress
from planner.demo.rows import REFERENCE_DATE
from planner.demo.staff import DEMO_ACCOUNTS, DEMO_PASSWORD, check_demo_password

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "REFERENCE_DATE",
    "DemoGenerator",
    "DemoRefused",
    "DemoSummary",
    "Progress",
    "TerminalProgress",
    "check_demo_password",
]
