"""Supplement plans: products with their composition, items with a schedule, daily totals."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cached_property

from app.domain import limits
from app.domain.clients import (
    ClientDraft,
    Condition,
    Diet,
    MenopausalStatus,
    Sex,
    age_on,
    display_name,
)
from app.domain.medicines import Medicine, RecognisedMedicines, recognise_all
from app.domain.nutrients import (
    ORDER,
    Nutrient,
    Unit,
    format_amount,
    in_milligrams,
    iu_defined,
    nutrient_name,
    tidy,
    to_canonical,
    unit_label,
)
from app.i18n import N_, catalogue


class Moment(StrEnum):
    """The moments of the day a plan schedules units at."""

    MORNING = "morning"
    MIDDAY = "midday"
    EVENING = "evening"
    BEDTIME = "bedtime"


#: The name of each moment, in lower case as inside a sentence (sentence_start() for a heading).
MOMENT_NAMES: dict[Moment, str] = {
    Moment.MORNING: N_("morning"),
    Moment.MIDDAY: N_("midday"),
    Moment.EVENING: N_("evening"),
    Moment.BEDTIME: N_("bedtime"),
}


def moment_name(moment: Moment, language: str) -> str:
    """The moment's name in *language*: "morning", "voor het slapen"."""
    return catalogue(language).gettext(MOMENT_NAMES[moment])


class TakenWith(StrEnum):
    """What a product is taken with."""

    WATER = "water"
    MILK = "milk"
    MEAL = "meal"
    OTHER = "other"


@dataclass(frozen=True)
class NutrientAmount:
    """An elemental amount of one nutrient per unit (tablet, capsule, dose) of a product."""

    nutrient: Nutrient
    amount: float
    unit: Unit
    #: The amount in the nutrient's canonical unit, computed once.
    canonical: float = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "canonical", to_canonical(self.amount, self.unit, self.nutrient))


def composition_parts(nutrients: Iterable[NutrientAmount], language: str) -> list[str]:
    """Each amount per unit in words, e.g. "calcium 500 mg", as every view writes it."""
    return [
        f"{nutrient_name(n.nutrient, language)} {format_amount(n.amount, language)} "
        f"{unit_label(n.unit, language)}"
        for n in nutrients
    ]


def composition_text(nutrients: Iterable[NutrientAmount], language: str) -> str:
    """The composition in words, e.g. "calcium 500 mg, vitamin D 10 µg"."""
    return ", ".join(composition_parts(nutrients, language))


@dataclass(frozen=True)
class Product:
    """A supplement as sold: a name and what one unit contains."""

    name: str
    nutrients: tuple[NutrientAmount, ...]
    name_en: str = ""
    key: str = ""


def _no_units() -> dict[Moment, int]:
    return dict.fromkeys(Moment, 0)


@dataclass(frozen=True)
class PlanItem:
    """One product in a plan: what it contains, when and how it is taken."""

    product: str
    nutrients: tuple[NutrientAmount, ...]
    schedule: Mapping[Moment, int] = field(default_factory=_no_units)
    taken_with: TakenWith = TakenWith.WATER
    long_term: bool = True
    note: str = ""
    #: A product the client gets from her doctor (a calcium/vitamin D or iron medicine): it
    #: counts in every total and rule like any supplement; the handout says to keep taking it.
    prescribed: bool = False

    @property
    def units_per_day(self) -> int:
        """Units taken over the whole day."""
        return sum(self.schedule.get(moment, 0) for moment in Moment)

    def per_unit(self, nutrient: Nutrient) -> float:
        """Canonical amount of *nutrient* in one unit (summed if listed twice)."""
        return tidy(sum(n.canonical for n in self.nutrients if n.nutrient is nutrient))

    def daily(self) -> dict[Nutrient, float]:
        """Canonical amount of each nutrient this item supplies per day."""
        units = self.units_per_day
        amounts: dict[Nutrient, float] = {}
        for part in self.nutrients:
            amounts[part.nutrient] = amounts.get(part.nutrient, 0.0) + part.canonical * units
        return {nutrient: tidy(amount) for nutrient, amount in amounts.items()}

    def contains(self, nutrient: Nutrient) -> bool:
        """Whether one unit holds any of *nutrient*."""
        return any(n.nutrient is nutrient and n.canonical > 0 for n in self.nutrients)

    def scaled(self, factor: int) -> PlanItem:
        """The same item with every scheduled number multiplied by *factor*."""
        schedule = {moment: units * factor for moment, units in self.schedule.items()}
        return replace(self, schedule=schedule)


@dataclass(frozen=True)
class ClientContext:
    """What the rules need to know about the client, as of the plan date."""

    age: int
    sex: Sex
    menopausal_status: MenopausalStatus = MenopausalStatus.UNKNOWN
    diet: Diet = Diet.OMNIVORE
    medicines: tuple[str, ...] = ()
    dietary_calcium_mg: float | None = None
    name: str | None = None
    birth_date: date | None = None
    #: Kidney function (eGFR, mL/min/1.73 m²), when known.
    egfr: int | None = None
    conditions: frozenset[Condition] = frozenset()

    @cached_property
    def recognised_medicines(self) -> RecognisedMedicines:
        """The medicines named in the client's list, recognised once for every rule and sentence."""
        return recognise_all(self.medicines)


@dataclass(frozen=True)
class Plan:
    """A client's supplement plan on a date."""

    plan_date: date
    client: ClientContext
    items: tuple[PlanItem, ...] = ()

    def daily_totals(self) -> dict[Nutrient, float]:
        """Canonical daily amount of every nutrient above zero, in the standard order.

        Added up once per plan (a Plan never changes): the rules, the sentences, the totals
        view and the handout all ask. A copy, so a caller cannot change the others' totals.
        """
        return dict(self._daily_totals)

    def unlisted_medicines(
        self, nutrients: Iterable[Nutrient]
    ) -> list[tuple[str, Medicine, tuple[Nutrient, ...]]]:
        """The client's medicines that supply any of *nutrients* the plan does not count yet.

        Per medicine (as typed, topical ones left out): the nutrients it supplies that no
        prescribed item of the plan supplies, so the totals and the limits miss them.
        """
        wanted = set(nutrients)
        prescribed = {
            nutrient
            for item in self.items
            if item.prescribed
            for nutrient, amount in item.daily().items()
            if amount > 0
        }
        found: list[tuple[str, Medicine, tuple[Nutrient, ...]]] = []
        for typed, medicine in self.client.recognised_medicines.found:
            # A weekly or monthly medicine cannot be a (daily) plan item: never counted.
            counted = prescribed if medicine.interval_days == 1 else set()
            missing = {
                s.nutrient
                for s in medicine.supplies
                if s.amount > 0 and s.nutrient in wanted and s.nutrient not in counted
            }
            if missing and all(typed != known for known, _m, _n in found):
                found.append((typed, medicine, tuple(sorted(missing, key=ORDER.__getitem__))))
        return found

    @cached_property
    def _daily_totals(self) -> dict[Nutrient, float]:
        totals: dict[Nutrient, float] = {}
        for item in self.items:
            for nutrient, amount in item.daily().items():
                totals[nutrient] = totals.get(nutrient, 0.0) + amount
        return {
            nutrient: tidy(totals[nutrient])
            for nutrient in sorted(totals, key=ORDER.__getitem__)
            if tidy(totals[nutrient]) > 0
        }


#: The client fields the rules read (through client_context); her name only labels the handout.
RULE_FIELDS = frozenset(
    {
        "birth_date",
        "sex",
        "menopausal_status",
        "diet",
        "medicines",
        "dietary_calcium_mg",
        "egfr",
        "conditions",
    }
)


def client_context(draft: ClientDraft, plan_date: date) -> ClientContext:
    """What the rules need from a client in the register, as of *plan_date*."""
    assert draft.birth_date is not None and draft.sex is not None
    return ClientContext(
        age=max(0, age_on(draft.birth_date, plan_date)),
        sex=draft.sex,
        menopausal_status=draft.menopausal_status,
        diet=draft.diet,
        medicines=tuple(draft.medicines),
        dietary_calcium_mg=draft.dietary_calcium_mg,
        name=display_name(draft.given_names, draft.family_name_prefix, draft.family_name),
        birth_date=draft.birth_date,
        egfr=draft.egfr,
        conditions=frozenset(draft.conditions),
    )


class PlanStatus(StrEnum):
    """A draft can be edited; a final plan is read-only (changing it makes a new draft)."""

    DRAFT = "draft"
    FINAL = "final"


@dataclass(frozen=True)
class Override:
    """The dietician's written reason to keep the plan despite a finding of a rule."""

    rule_id: str
    rules_version: str
    reason: str


#: More units than this at one moment of the day is a typing error.
MAX_UNITS_PER_MOMENT = limits.UNITS_PER_MOMENT


def units_problem(value: float) -> str | None:
    """Why *value* is no number of units at one moment: "negative", "not_whole", "absurd".

    The one rule for the schedule's fields and the plan file.
    """
    if value < 0:
        return "negative"
    if not math.isfinite(value) or value != int(value):
        return "not_whole"
    if value > limits.UNITS_PER_MOMENT:
        return "absurd"
    return None


def amount_problem(value: float, nutrient: Nutrient, unit: Unit) -> str | None:
    """Why *value* is no amount per unit of *nutrient* in *unit*, or None when it is one.

    Codes: "not_finite", "negative", "iu_undefined", "absurd" (over limits.AMOUNT_PER_UNIT_MG).
    The one rule for the composition fields and the plan file.
    """
    if not math.isfinite(value):
        return "not_finite"
    if value < 0:
        return "negative"
    if unit is Unit.IU and not iu_defined(nutrient):
        return "iu_undefined"
    if in_milligrams(value, unit, nutrient) > limits.AMOUNT_PER_UNIT_MG:
        return "absurd"
    return None


def parse_units(text: str) -> tuple[int | None, str | None]:
    """Read a number of units typed at a moment: (units, None) or (None, problem code).

    Empty means 0. Codes as units_problem's.
    """
    stripped = text.strip()
    if not stripped:
        return 0, None
    try:
        value: float = int(stripped)
    except ValueError:
        try:  # "1.5", "-2,5": a number, but written as no whole one
            value = float(stripped.replace(",", "."))
        except ValueError:
            return None, "not_whole"
        return None, "negative" if value < 0 else "not_whole"
    problem = units_problem(value)
    return (None, problem) if problem else (int(value), None)


def parse_amount(text: str, nutrient: Nutrient, unit: Unit) -> tuple[float | None, str | None]:
    """Read an amount per unit typed in a product's composition: (amount, None) or a code.

    Codes: "required", "not_a_number", and those of amount_problem.
    """
    stripped = text.strip().replace(",", ".")
    if not stripped:
        return None, "required"
    try:
        value = float(stripped)
    except ValueError:
        return None, "not_a_number"
    problem = amount_problem(value, nutrient, unit)
    return (None, problem) if problem else (value, None)


def check_item(item: PlanItem) -> None:
    """Raise limits.OutOfBounds when an item's units or amounts are outside their bounds.

    The storage's check, by the same rules as the fields and the plan file; nothing is
    written then.
    """
    for moment, units in item.schedule.items():
        if problem := units_problem(units):
            raise limits.OutOfBounds(f"schedule.{moment.value}", problem)
    for part in item.nutrients:
        if problem := amount_problem(part.amount, part.nutrient, part.unit):
            raise limits.OutOfBounds(f"nutrients.{part.nutrient.value}", problem)
