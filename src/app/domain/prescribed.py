"""Products the client gets from her doctor, added to the plan from her medicines.

A recognised medicine that supplies calcium, vitamin D or iron (see MED-SUPPLIES-NUTRIENT in
the declarations) becomes a plan item marked prescribed: its name as typed, its composition
per unit from the medicine vocabulary, one unit at the moment the declarations give. The
editor offers this in one click; the dietician then sets the units as prescribed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.medicines import Medicine
from app.domain.nutrients import Nutrient
from app.domain.plan import Moment, NutrientAmount, Plan, PlanItem, TakenWith
from app.domain.rules.declarations import MED_SUPPLIES_NUTRIENT, PRESCRIBED_SCHEDULE
from app.domain.rules.model import Finding


@dataclass(frozen=True)
class Offer:
    """A medicine of the client whose nutrients the plan does not count yet."""

    #: The medicine's line as the dietician typed it.
    typed: str
    medicine: Medicine
    #: The nutrients it supplies that no prescribed item supplies.
    nutrients: tuple[Nutrient, ...]

    def item(self) -> PlanItem:
        """The prescribed plan item for it: one unit at the declared moment."""
        nutrients = tuple(
            NutrientAmount(s.nutrient, s.amount, s.unit) for s in self.medicine.supplies
        )
        supplied = [s.nutrient for s in self.medicine.supplies]
        first = next((n for n in PRESCRIBED_SCHEDULE if n in supplied), None)
        moment, taken_with = (
            PRESCRIBED_SCHEDULE[first] if first else (Moment.MORNING, TakenWith.WATER)
        )
        return PlanItem(
            product=self.typed,
            nutrients=nutrients,
            schedule={m: (1 if m is moment else 0) for m in Moment},
            taken_with=taken_with,
            prescribed=True,
        )


def offers(plan: Plan) -> list[Offer]:
    """The client's medicines to add as prescribed products, as MED-SUPPLIES-NUTRIENT finds them.

    Not a weekly or monthly one (Fosavance, 50,000 IE a month): a plan item is taken every
    day, so its vitamin D would count 7 or 30 times over and the handout would say "daily".
    Those wait for dose frequencies; the finding still asks the dietician to account for them.
    """
    return [
        Offer(typed, medicine, nutrients)
        for typed, medicine, nutrients in plan.unlisted_medicines(MED_SUPPLIES_NUTRIENT.nutrients)
        if medicine.interval_days == 1
    ]


def offers_for(finding: Finding, plan: Plan) -> list[Offer]:
    """What can be added to answer *finding* (nothing for any other rule's finding)."""
    return offers(plan) if finding.rule is MED_SUPPLIES_NUTRIENT else []
