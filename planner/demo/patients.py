"""Demo patients: names, demographics and contact details, clinical context, consents."""

from __future__ import annotations

import datetime as dt

from planner.demo.clinical import (
    ADJUNCTS,
    CONDITIONS,
    CONSENT_SCOPES,
    NO_CUPPING,
    NO_ELECTRO,
    NO_MOXA,
    REGION_COMBINATIONS,
    STYLES,
)
from planner.demo.dice import Dice, weighted
from planner.demo.names import (
    CONTACT_RELATIONS,
    CULTURES,
    ENGLISH_NICKNAMES,
    INSURERS,
    PHYSICIANS,
    PRACTICES,
    PREFERRED_NAMES,
    SHOWCASE_NAMES,
    STREETS,
    TOWNS,
    Culture,
    culture_of,
    fictional_phone,
)
from planner.demo.plans import PatientContext
from planner.demo.rows import Batch, Keys, Row, timestamp
from planner.demo.staff import Staff
from planner.domain.text import digits_only, search_key
from planner.domain.vocab import ConsentScope, PainRegion, Sex, Technique
from planner.storage.models import Consent
from planner.storage.models.patients import patient_search_name


class PatientMaker:
    """Builds a patient's own rows: who they are, how to reach them, what they consent to."""

    def __init__(self, dice: Dice, keys: Keys, staff: Staff) -> None:
        self.dice = dice
        self.keys = keys
        self.staff = staff
        self._cultures, self._culture_weights = weighted([(c, c.weight) for c in CULTURES])
        self._regions, self._region_weights = weighted(REGION_COMBINATIONS)
        self._styles, self._style_weights = weighted(STYLES)

    def name(self, index: int) -> tuple[str, str, Sex, Culture]:
        """Given name, family name, sex, and the culture the names come from."""
        dice = self.dice
        if index < len(SHOWCASE_NAMES):
            given, family, sex = SHOWCASE_NAMES[index]
            return given, family, sex, culture_of(family)
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

    def row(
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
        phone = fictional_phone(dice)
        insured = context.insured
        referred = dice.random() < 0.25
        contact = dice.random() < 0.5
        created = timestamp(first_day - dt.timedelta(days=dice.below(8)), dice.below(120))
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
            "emergency_contact_phone": fictional_phone(dice) if contact else "",
            "referring_physician_name": dice.pick(PHYSICIANS) if referred else "",
            "referring_physician_clinic": dice.pick(PRACTICES) if referred else "",
            "referring_physician_contact": fictional_phone(dice) if referred else "",
            "insurance_provider": dice.pick(INSURERS) if insured else "",
            "insurance_policy": f"POL-{dice.below(10**8):08d}" if insured else "",
            "archived": False,
            "search_name": patient_search_name(family, given, preferred),
            "phone_digits": digits_only(phone),
            "version": 1,
            "updated_by_id": self.staff.reception,  # registered at the front desk
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

    def context(self, patient_id: int, sex: Sex, born: dt.date) -> PatientContext:
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

    def consents(self, batch: Batch, context: PatientContext, intake: Row) -> None:
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
                    "id": self.keys.next(Consent),
                    "patient_id": context.patient_id,
                    "scope": str(scope),
                    "given": given,
                    "consent_date": day,
                    "taken_by_id": self.staff.practitioner,
                    "withdrawn_on": None,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
