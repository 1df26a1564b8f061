"""Property tests: the engine never raises on a valid plan; totals scale with the schedule."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import limits
from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.nutrients import IU_IN_CANONICAL, Nutrient, Unit
from app.domain.plan import ClientContext, Moment, NutrientAmount, Plan, PlanItem, TakenWith
from app.domain.planfile import dump_plan, parse_plan
from app.domain.rules import SEVERITY_RANK, evaluate

MEDICINES = ["Fosamax 70 mg", "Sintrom", "Thyrax", "omeprazol", "Ciproxin", "metformine", "ß-é"]


@st.composite
def nutrient_amounts(draw: st.DrawFn) -> NutrientAmount:
    nutrient = draw(st.sampled_from(list(Nutrient)))
    units = [Unit.G, Unit.MG, Unit.UG] + ([Unit.IU] if nutrient in IU_IN_CANONICAL else [])
    unit = draw(st.sampled_from(units))
    limit = {Unit.G: 100, Unit.MG: 100_000, Unit.UG: 1e8, Unit.IU: 1e5}[unit]
    amount = draw(st.floats(min_value=0, max_value=limit, allow_nan=False))
    return NutrientAmount(nutrient, amount, unit)


@st.composite
def plan_items(draw: st.DrawFn) -> PlanItem:
    return PlanItem(
        # A product name is one line (app.domain.limits): the plan file refuses more.
        product=draw(st.text(min_size=1, max_size=30).filter(lambda t: "\n" not in t.strip())),
        nutrients=tuple(draw(st.lists(nutrient_amounts(), max_size=5))),
        schedule={m: draw(st.integers(0, 6)) for m in Moment},
        taken_with=draw(st.sampled_from(list(TakenWith))),
        long_term=draw(st.booleans()),
    )


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    client = ClientContext(
        age=draw(st.integers(0, limits.AGE_YEARS)),
        sex=draw(st.sampled_from(list(Sex))),
        menopausal_status=draw(st.sampled_from(list(MenopausalStatus))),
        diet=draw(st.sampled_from(list(Diet))),
        medicines=tuple(
            draw(st.lists(st.sampled_from(MEDICINES) | st.text(max_size=20), max_size=30))
        ),
        dietary_calcium_mg=draw(st.none() | st.floats(0, limits.DIETARY_CALCIUM_MG)),
    )
    items = tuple(draw(st.lists(plan_items(), max_size=8)))
    return Plan(plan_date=date(2026, 11, 24), client=client, items=items)


@settings(max_examples=300, deadline=None)
@given(plans())
def test_any_valid_plan_yields_findings_without_raising(plan):
    findings = evaluate(plan)
    ranks = [SEVERITY_RANK[f.severity] for f in findings]
    assert ranks == sorted(ranks)
    for finding in findings:
        assert all(0 <= i < len(plan.items) for i in finding.items)
        assert finding.message("nl") and finding.message("en") and finding.action("nl")


@settings(max_examples=200, deadline=None)
@given(plans(), st.integers(2, 5))
def test_multiplying_every_schedule_multiplies_every_total(plan, factor):
    scaled = Plan(plan.plan_date, plan.client, tuple(i.scaled(factor) for i in plan.items))
    original = plan.daily_totals()
    multiplied = scaled.daily_totals()
    assert multiplied.keys() == original.keys()
    for nutrient, amount in original.items():
        assert abs(multiplied[nutrient] - factor * amount) <= 1e-6 * max(1.0, factor * amount)


@settings(max_examples=100, deadline=None)
@given(plans())
def test_a_written_plan_reads_back_with_the_same_findings(plan):
    plan = Plan(plan.plan_date, plan.client, tuple(i for i in plan.items if i.product.strip()))
    again = parse_plan(dump_plan(plan))
    assert [f.rule_id for f in evaluate(again)] == [f.rule_id for f in evaluate(plan)]
