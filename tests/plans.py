"""Builders for plans in tests: short to write, explicit about what matters."""

from __future__ import annotations

from datetime import date

from app.domain.clients import Condition, Diet, MenopausalStatus, Sex
from app.domain.nutrients import Nutrient, Unit
from app.domain.plan import ClientContext, Moment, NutrientAmount, Plan, PlanItem, TakenWith


def item(
    *parts: tuple[str, float, str],
    morning: int = 1,
    midday: int = 0,
    evening: int = 0,
    bedtime: int = 0,
    taken_with: str = "water",
    long_term: bool = True,
    product: str = "Product",
) -> PlanItem:
    """An item from ("zinc", 25, "mg") parts, one unit in the morning unless told."""
    return PlanItem(
        product=product,
        nutrients=tuple(NutrientAmount(Nutrient(n), a, Unit(u)) for n, a, u in parts),
        schedule={
            Moment.MORNING: morning,
            Moment.MIDDAY: midday,
            Moment.EVENING: evening,
            Moment.BEDTIME: bedtime,
        },
        taken_with=TakenWith(taken_with),
        long_term=long_term,
    )


def plan(
    *items: PlanItem,
    age: int = 50,
    sex: str = "female",
    status: str = "unknown",
    diet: str = "omnivore",
    medicines: tuple[str, ...] = (),
    dietary_calcium_mg: float | None = None,
    egfr: int | None = None,
    conditions: tuple[str, ...] = (),
) -> Plan:
    """A plan for a client described by the keywords."""
    return Plan(
        plan_date=date(2026, 11, 24),
        client=ClientContext(
            age=age,
            sex=Sex(sex),
            menopausal_status=MenopausalStatus(status),
            diet=Diet(diet),
            medicines=medicines,
            dietary_calcium_mg=dietary_calcium_mg,
            egfr=egfr,
            conditions=frozenset(Condition(c) for c in conditions),
        ),
        items=items,
    )


def rule_ids(p: Plan) -> list[str]:
    """Ids of the findings for *p*, most serious first."""
    from app.domain.rules import evaluate

    return [f.rule_id for f in evaluate(p)]


def finding(p: Plan, rule_id: str):
    """The finding of *rule_id* for *p*, or None."""
    from app.domain.rules import evaluate

    return next((f for f in evaluate(p) if f.rule_id == rule_id), None)


BONE_BUNDLE_ITEMS = (
    item(("calcium", 500, "mg"), ("vitamin_d", 20, "µg"), product="Ca + D3"),
    item(("magnesium", 200, "mg"), product="Magnesium"),
    item(("zinc", 10, "mg"), product="Zinc"),
    item(("vitamin_k2", 75, "µg"), product="K2"),
    item(("prebiotic_fibre", 5, "g"), product="Inulin"),
)
