"""Medicines that supply nutrients: prescribed plan items and MED-SUPPLIES-NUTRIENT (issue 14.3).

A prescribed item counts in every total and rule like any supplement; a recognised medicine
that supplies calcium, vitamin D or iron warns until a prescribed item supplies the same.
"""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from app.domain.nutrients import Nutrient
from app.domain.plan import Moment, TakenWith
from app.domain.planfile import dump_plan, parse_plan, plan_from_data
from app.domain.prescribed import offers, offers_for
from app.domain.rules import evaluate
from app.domain.rules.declarations import MED_SUPPLIES_NUTRIENT
from tests.plans import finding, item, plan, rule_ids
from tests.unit.test_planfile import VALID, problems, with_change

CALCI_CHEW = "Calci-Chew D3 500 mg/800 IE"
RULE = MED_SUPPLIES_NUTRIENT.id


def prescribed(*parts: tuple[str, float, str], **schedule: int):
    """An item marked prescribed (one unit in the evening unless told)."""
    made = item(*parts, **{"morning": 0, "evening": 1, **schedule}, product=CALCI_CHEW)
    return dataclasses.replace(made, prescribed=True)


# --- the rule -------------------------------------------------------------------------------
def test_a_calcium_vitamin_d_medicine_without_a_prescribed_item_warns_naming_both_nutrients():
    found = finding(plan(medicines=(CALCI_CHEW,)), RULE)
    assert found is not None and found.severity.value == "warning"
    assert found.nutrients == (Nutrient.CALCIUM, Nutrient.VITAMIN_D)
    assert found.message("en") == (
        "“Calci-Chew D3 500 mg/800 IE” supplies calcium and vitamin D; add it to the plan as "
        "a prescribed product so the totals and limits include it."
    )
    assert found.message("nl") == (
        "„Calci-Chew D3 500 mg/800 IE” levert calcium en vitamine D; voeg het als "
        "voorgeschreven product toe aan het plan, zodat de totalen en grenzen het meetellen."
    )


def test_the_medicine_is_named_as_typed():
    typed = "CALCI-CHEW D3 500 mg/800 IE 1dd"
    assert f"“{typed}”" in finding(plan(medicines=(typed,)), RULE).message("en")


def test_no_warning_once_a_prescribed_item_supplies_both():
    p = plan(prescribed(("calcium", 500, "mg"), ("vitamin_d", 800, "IU")), medicines=(CALCI_CHEW,))
    assert RULE not in rule_ids(p)


def test_a_supplement_that_is_not_prescribed_does_not_count_as_the_medicine():
    supplement = item(("calcium", 500, "mg"), ("vitamin_d", 20, "µg"))
    assert RULE in rule_ids(plan(supplement, medicines=(CALCI_CHEW,)))


def test_only_the_nutrient_no_prescribed_item_supplies_is_named():
    calcium_only = prescribed(("calcium", 500, "mg"))
    found = finding(plan(calcium_only, medicines=(CALCI_CHEW,)), RULE)
    assert found.nutrients == (Nutrient.VITAMIN_D,)
    assert "supplies vitamin D;" in found.message("en")


def test_a_prescribed_item_taken_zero_times_a_day_does_not_count():
    unscheduled = prescribed(("calcium", 500, "mg"), ("vitamin_d", 800, "IU"), evening=0)
    assert RULE in rule_ids(plan(unscheduled, medicines=(CALCI_CHEW,)))


def test_iron_medicine_warns_for_iron():
    found = finding(plan(medicines=("Ferrofumaraat 200 mg 1dd",)), RULE)
    assert found.nutrients == (Nutrient.IRON,)
    assert "“Ferrofumaraat 200 mg 1dd” supplies iron;" in found.message("en")


def test_two_medicines_are_named_together_in_the_plural():
    found = finding(plan(medicines=(CALCI_CHEW, "ferrofumaraat")), RULE)
    # Each named with what it supplies: Calci-Chew no iron, ferrofumaraat no calcium.
    assert found.message("en").startswith(
        "“Calci-Chew D3 500 mg/800 IE” supplies calcium and vitamin D and “ferrofumaraat” "
        "supplies iron; add them"
    )
    assert found.message("nl").startswith(
        "„Calci-Chew D3 500 mg/800 IE” levert calcium en vitamine D en „ferrofumaraat” levert "
        "ijzer; voeg ze"
    )


FOSAVANCE = "Fosavance 70 mg/5600 IE 1x per week"


def test_a_weekly_medicine_says_it_cannot_be_counted_and_stays_after_a_daily_one_is_added():
    # With a daily Calci-Chew to add, the finding is about that one first.
    both = plan(medicines=(FOSAVANCE, CALCI_CHEW))
    assert "“Calci-Chew D3 500 mg/800 IE” supplies calcium and vitamin D; add it" in (
        finding(both, RULE).message("en")
    )
    # Calci-Chew added as prescribed supplies vitamin D too; Fosavance's weekly vitamin D is
    # still not in the totals, and the finding says so instead of going.
    added = plan(
        prescribed(("calcium", 500, "mg"), ("vitamin_d", 800, "IU")),
        medicines=(FOSAVANCE, CALCI_CHEW),
    )
    found = finding(added, RULE)
    assert found is not None and found.alternative
    assert found.message("en") == (
        "“Fosavance 70 mg/5600 IE 1x per week” supplies vitamin D once every 7 days: a plan "
        "counts daily doses only, so the totals and limits miss it."
    )
    assert found.message("nl") == (
        "„Fosavance 70 mg/5600 IE 1x per week” levert eens per 7 dagen vitamine D: een plan "
        "telt alleen dagelijkse doses, dus de totalen en grenzen missen het."
    )
    assert "calcium" not in found.message("en")  # Fosavance has none


@pytest.mark.parametrize("medicines", [(), ("simvastatine 40 mg",), ("Fosamax 70 mg",)])
def test_no_warning_for_medicines_that_supply_nothing(medicines):
    assert RULE not in rule_ids(plan(medicines=medicines))


# --- counted like any supplement ------------------------------------------------------------
def test_a_prescribed_item_counts_in_the_totals_and_the_limits():
    medicine = prescribed(("calcium", 500, "mg"), ("vitamin_d", 800, "IU"))
    supplement = item(("calcium", 500, "mg"))
    p = plan(medicine, supplement, medicines=(CALCI_CHEW,))
    assert p.daily_totals()[Nutrient.CALCIUM] == 1000
    assert p.daily_totals()[Nutrient.VITAMIN_D] == 20
    # 1,000 mg of supplemental calcium: above the 500 mg maximum because the medicine counts.
    assert "CA-SUPPL-MAX" in rule_ids(p)
    assert "CA-SUPPL-MAX" not in rule_ids(plan(supplement, medicines=(CALCI_CHEW,)))


# --- the item offered -----------------------------------------------------------------------
def test_the_offered_item_has_the_name_as_typed_the_composition_and_one_unit_at_dinner():
    p = plan(medicines=("omeprazol 20 mg", CALCI_CHEW))
    (offer,) = offers(p)
    added = offer.item()
    assert added.product == CALCI_CHEW and added.prescribed
    assert [(n.nutrient, n.amount, n.unit.value) for n in added.nutrients] == [
        (Nutrient.CALCIUM, 500, "mg"),
        (Nutrient.VITAMIN_D, 800, "IU"),
    ]
    assert dict(added.schedule) == {m: int(m is Moment.EVENING) for m in Moment}
    assert added.taken_with is TakenWith.MEAL
    with_it = dataclasses.replace(p, items=(added,))
    assert RULE not in rule_ids(with_it)
    assert with_it.daily_totals()[Nutrient.CALCIUM] == 500


def test_an_iron_medicine_is_offered_in_the_morning_apart_from_calcium():
    (offer,) = offers(plan(medicines=("ferrofumaraat",)))
    assert offer.item().schedule[Moment.MORNING] == 1
    assert offer.item().schedule[Moment.EVENING] == 0


def test_only_this_rules_finding_offers_items():
    p = plan(medicines=(CALCI_CHEW, "pantoprazol"), age=70, sex="female")
    for found in evaluate(p):
        assert bool(offers_for(found, p)) == (found.rule_id == RULE), found.rule_id


# --- the plan file --------------------------------------------------------------------------
def test_prescribed_reads_and_writes_in_the_plan_file():
    data = with_change("items.0.prescribed", True)
    read = plan_from_data(data)
    assert read.items[0].prescribed
    written = json.loads(dump_plan(read))
    assert written["items"][0]["prescribed"] is True
    assert parse_plan(dump_plan(read)) == read


def test_an_item_without_prescribed_is_not_prescribed_and_is_written_as_before():
    read = plan_from_data(VALID)
    assert not read.items[0].prescribed
    assert "prescribed" not in json.loads(dump_plan(read))["items"][0]


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_prescribed_that_is_no_boolean_is_refused_clearly(value):
    data = copy.deepcopy(VALID)
    data["items"][0]["prescribed"] = value
    shown = json.dumps(value)
    assert f"items[0].prescribed: {shown} should be true or false" in problems(data)
