"""Enum columns allow their enum's values only

Revision ID: 0015_enum_checks
Revises: 0014_documents_outcomes
Create Date: 2026-12-07

The columns that hold a code of the clinical vocabulary (a course's status, a point's
side, a session's payment method, ... 29 columns in 19 tables) were plain text with the
enum named only in a comment. The models now declare them as enum types
(planner/storage/coded.py) and this revision adds each one's CHECK constraint
``ck_<table>_<column>``, listing the values allowed at this revision (a later member needs
a revision that replaces the constraint). An adverse event's kind and severity stay open:
a kind this version does not know prints as "something else".

Before adding anything it counts, for every column, the rows whose value is not allowed
(NULL is allowed where the column allows it). If there are any it stops with a message
naming each table, column and count and changes nothing: stored data is never rewritten
by a guess. Only ADD CONSTRAINT on PostgreSQL; on SQLite each table is rebuilt by
Alembic's batch mode (the only way SQLite adds a CHECK constraint), its triggers put
back as they were.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

from planner.domain.errors import DatabaseUnavailable

revision: str = "0015_enum_checks"
down_revision: str | None = "0014_documents_outcomes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _v(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_SIDES = _v("L R B M")
_STIMULATION = _v("tonify sedate even")
_ASHI = _v("thorax lumbosacral buttock limb")
_PAYMENT = _v("cash card bank_transfer insurance other")

# table -> column -> the values allowed (the enum's values at this revision).
ALLOWED: dict[str, dict[str, tuple[str, ...]]] = {
    "patient": {"sex": _v("female male intersex undisclosed")},
    "user_role": {"role": _v("practitioner reception admin")},
    "consent": {"scope": _v("needling electroacupuncture cupping moxibustion")},
    "intake": {
        "sciatica_side": _v("left right both"),
        "duration_class": _v("acute subacute chronic"),
        "cause": _v(
            "muscle_strain ligament_sprain herniated_disc degenerative_disc_disease "
            "spinal_stenosis spondylolisthesis spondylosis facet_syndrome osteoarthritis "
            "poor_posture prolonged_sitting other"
        ),
    },
    "course": {
        "status": _v("planned active completed extended discharged referred"),
    },
    "history_condition": {
        "condition": _v(
            "implanted_device epilepsy bleeding_disorder bruises_easily "
            "anticoagulant_therapy immunocompromised diabetes reduced_sensation "
            "skin_lesion_at_site needle_phobia vasovagal_history metal_allergy "
            "heart_disease lymphoedema metal_hardware"
        ),
    },
    "prior_treatment": {
        "kind": _v(
            "physiotherapy massage chiropractic stretching_exercise ice_heat "
            "pain_medication spinal_manipulation injections surgery acupuncture"
        ),
    },
    "red_flag_answer": {
        "flag": _v(
            "saddle_anaesthesia bladder_or_bowel_dysfunction bilateral_sciatica "
            "progressive_neurological_deficit cancer_history unexplained_weight_loss "
            "fever iv_drug_use significant_trauma long_term_corticosteroids osteoporosis "
            "constant_night_pain recent_spinal_surgery new_sexual_dysfunction "
            "severe_motor_loss thoracic_pain recent_infection aortic_aneurysm_signs "
            "inflammatory_back_pain arterial_dissection_signs myelopathy "
            "immunosuppression young_age"
        ),
    },
    "course_review": {
        "decision": _v("continue adjust extend discharge refer"),
        "discharge_reason": _v("goals_met plateau patient_choice"),
    },
    "planned_technique": {
        "technique": _v("local_needling distal_needling electroacupuncture cupping moxibustion"),
    },
    "point_prescription": {"side": _SIDES, "stimulation": _STIMULATION, "ashi_region": _ASHI},
    "treatment_session": {
        "status": _v("scheduled draft signed cancelled"),
        "payment_method": _PAYMENT,
    },
    "cupping_application": {"cupping_type": _v("dry fire sliding flash wet")},
    "electro_stimulation": {
        "frequency_mode": _v("low high dense_disperse"),
        "side_a": _SIDES,
        "side_b": _SIDES,
    },
    "moxa_application": {
        "moxa_type": _v("stick warming_needle on_ginger direct_non_scarring"),
    },
    "outcome_score": {
        "measure": _v("nrs_now nrs_worst nrs_average peg odi rmdq promis_pi startback"),
    },
    "session_payment": {"method": _PAYMENT},
    "session_point": {"side": _SIDES, "stimulation": _STIMULATION, "ashi_region": _ASHI},
    "room_timer": {"kind": _v("retention electro cupping moxibustion")},
}


def _allowed_sql(values: tuple[str, ...]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def _condition(column: str, values: tuple[str, ...]) -> str:
    # What SQLAlchemy's Enum writes for the models' CHECK constraints; NULL passes a CHECK.
    return f"{column} IN ({_allowed_sql(values)})"


def refused_rows(bind: sa.Connection) -> list[tuple[str, str, int]]:
    """(table, column, count) for every column holding values its enum does not allow."""
    found = []
    for table, columns in ALLOWED.items():
        for column, values in columns.items():
            count = bind.exec_driver_sql(
                f"SELECT count(*) FROM {table} "
                f"WHERE {column} IS NOT NULL AND {column} NOT IN ({_allowed_sql(values)})"
            ).scalar_one()
            if count:
                found.append((table, column, int(count)))
    return found


@contextmanager
def _altered(table: str) -> Iterator[BatchOperations]:
    """Alembic's batch mode; on SQLite it rebuilds the table, which drops the table's
    triggers (the patient search index's), so they are put back exactly as they were."""
    bind = op.get_bind()
    triggers: list[str] = []
    if bind.dialect.name == "sqlite":
        triggers = list(
            bind.execute(
                sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
                {"t": table},
            ).scalars()
        )
    with op.batch_alter_table(table) as batch:
        yield batch
    for trigger in triggers:
        bind.exec_driver_sql(trigger)


def upgrade() -> None:
    refused = refused_rows(op.get_bind())
    if refused:
        listed = "; ".join(
            f"{table}.{column}: {count} row{'' if count == 1 else 's'}"
            for table, column, count in refused
        )
        raise DatabaseUnavailable(
            "The database holds codes that AcuPlanner does not know, so it was not "
            f"upgraded (schema 0015) and nothing was changed: {listed}.",
            hint="Restore a backup made by AcuPlanner, or ask whoever changed the database "
            "outside AcuPlanner to correct those rows; then start AcuPlanner again.",
        )
    for table, columns in ALLOWED.items():
        with _altered(table) as batch:
            for column, values in columns.items():
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{column}"), sa.text(_condition(column, values))
                )


def downgrade() -> None:
    # Only for tests that step back through the guards of earlier revisions: in use,
    # AcuPlanner rolls back by restoring the backup taken before a migration ran.
    for table, columns in ALLOWED.items():
        with _altered(table) as batch:
            for column in columns:
                batch.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
