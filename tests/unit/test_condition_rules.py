"""Kidney function and the client's conditions: the six rules at and around their thresholds.

"In the plan" means a daily total above zero; an unknown eGFR or no condition is no finding.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.domain.clients import ClientDraft, Condition, Sex, validate_client
from app.domain.rules import RULES_BY_ID
from app.domain.rules.model import Facts
from app.domain.severity import Severity
from tests.plans import finding, item, plan, rule_ids

CALCIUM = item(("calcium", 500, "mg"), product="Calcium")
VITAMIN_D = item(("vitamin_d", 20, "µg"), product="Vitamin D")
MAGNESIUM = item(("magnesium", 200, "mg"), product="Magnesium")
ZINC = item(("zinc", 10, "mg"), product="Zinc")
#: Scheduled at no moment: in the plan's list, but nothing a day.
CALCIUM_NOT_TAKEN = item(("calcium", 500, "mg"), morning=0, product="Calcium")


@pytest.mark.parametrize(
    ("rule_id", "condition", "fires_with", "silent_with", "severity"),
    [
        ("HYPERCA", "hypercalcaemia", (CALCIUM, VITAMIN_D), (MAGNESIUM, ZINC), Severity.CRITICAL),
        ("SARCOID-D", "sarcoidosis", (CALCIUM, VITAMIN_D), (MAGNESIUM, ZINC), Severity.WARNING),
        (
            "PHPT-CA",
            "primary_hyperparathyroidism",
            (CALCIUM,),
            (VITAMIN_D, MAGNESIUM),
            Severity.WARNING,
        ),
        (
            "STONE-CA",
            "calcium_kidney_stones",
            (CALCIUM,),
            (VITAMIN_D, MAGNESIUM),
            Severity.WARNING,
        ),
    ],
)
def test_each_condition_fires_with_its_nutrients_and_only_then(
    rule_id, condition, fires_with, silent_with, severity
):
    for nutrient_item in fires_with:
        with_it = plan(nutrient_item, conditions=(condition,))
        found = finding(with_it, rule_id)
        assert found is not None and found.severity is severity, nutrient_item.product
        assert found.items == (0,)
        # Without the condition the same plan gives no such finding.
        assert rule_id not in rule_ids(plan(nutrient_item))
    for other in silent_with:
        assert rule_id not in rule_ids(plan(other, conditions=(condition,)))
    # Listed but scheduled at no moment is not "in the plan".
    assert rule_id not in rule_ids(plan(CALCIUM_NOT_TAKEN, conditions=(condition,)))
    # Another condition does not trigger this rule.
    others = tuple(c.value for c in Condition if c.value != condition)
    assert rule_id not in rule_ids(plan(*fires_with, conditions=others))


def test_hypercalcaemia_is_critical_and_lists_what_the_plan_gives():
    p = plan(CALCIUM, MAGNESIUM, VITAMIN_D, conditions=("hypercalcaemia",))
    assert rule_ids(p)[0] == "HYPERCA"
    found = finding(p, "HYPERCA")
    assert found.items == (0, 2)
    assert "the plan contains calcium and vitamin D" in found.message("en")
    assert "hypercalciëmie" in found.message("nl")
    assert "huisarts" in found.action("nl")


@pytest.mark.parametrize(
    ("egfr", "fires"), [(None, False), (1, True), (29, True), (30, False), (31, False), (90, False)]
)
def test_renal_rules_fire_below_an_egfr_of_30(egfr, fires):
    for rule_id, fires_with, silent_with in (
        ("RENAL-MG", (MAGNESIUM,), (CALCIUM, VITAMIN_D, ZINC)),
        ("RENAL-CA-D", (CALCIUM, VITAMIN_D), (MAGNESIUM, ZINC)),
    ):
        for nutrient_item in fires_with:
            found = finding(plan(nutrient_item, egfr=egfr), rule_id)
            assert (found is not None) is fires, (rule_id, nutrient_item.product, egfr)
            if fires:
                assert found.severity is Severity.WARNING
                assert f"eGFR is {egfr} mL/min/1.73 m², below 30" in found.message("en")
                assert f"eGFR van de cliënt is {egfr} ml/min/1,73 m², onder 30" in found.message(
                    "nl"
                )
        for other in silent_with:
            assert rule_id not in rule_ids(plan(other, egfr=egfr))


def test_the_egfr_threshold_is_read_from_the_declaration():
    rule = RULES_BY_ID["RENAL-MG"]
    assert rule.thresholds == {"egfr_below": 30}
    assert RULES_BY_ID["RENAL-CA-D"].thresholds == rule.thresholds
    stricter = dataclasses.replace(rule, thresholds={"egfr_below": 45})
    facts = Facts(plan(MAGNESIUM, egfr=40))
    assert rule.check(facts, rule) is None
    assert stricter.check(facts, stricter) is not None
    assert stricter.title("en") == "Magnesium with an eGFR below 45"
    assert stricter.title("nl") == "Magnesium bij een eGFR onder 45"


def test_each_rule_is_declared_with_source_review_date_and_both_languages():
    for rule_id in ("HYPERCA", "SARCOID-D", "PHPT-CA", "STONE-CA", "RENAL-MG", "RENAL-CA-D"):
        rule = RULES_BY_ID[rule_id]
        assert rule.reviewed.year >= 2026
        for text in (rule.title, rule.message, rule.action, rule.source):
            assert text("nl") != text("en"), (rule_id, text.english)
    assert "500 mg per keer" in RULES_BY_ID["STONE-CA"].action("nl")


def test_the_register_refuses_an_egfr_outside_its_bounds():
    draft = ClientDraft(
        given_names="Anna", family_name="Jansen", birth_date=date(1950, 5, 1), sex=Sex.FEMALE
    )
    for egfr, accepted in ((None, True), (0, False), (1, True), (200, True), (201, False)):
        problems = validate_client(dataclasses.replace(draft, egfr=egfr), date(2026, 11, 25))
        assert (problems == []) is accepted, egfr
        assert accepted or [p.field for p in problems] == ["egfr"]
