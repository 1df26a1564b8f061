"""Every rule issue 14 added fires in `supplan check` just past its threshold, not at it.

Each case is a plan file run by the real command: the rule fires for the first plan and not
for the second, which differs only across the threshold (or by the medicine or condition).
"""

from __future__ import annotations

import json

import pytest

from tests.test_cli import supplan


def item(nutrient: str, amount: float, unit: str = "mg", morning: int = 1) -> dict:
    return {
        "product": f"{nutrient} {amount}",
        "nutrients": [{"nutrient": nutrient, "amount": amount, "unit": unit}],
        "schedule": {"morning": morning},
    }


def plan(items: list[dict], **client: object) -> dict:
    return {
        "format": "supplan-plan/1",
        "plan_date": "2026-11-24",
        "client": {"age": 70, "sex": "female", **client},
        "items": items,
    }


def rules(plan_file: dict) -> set[str]:
    result = supplan("check", "-", "--format", "json", "--lang", "en", stdin=json.dumps(plan_file))
    assert result.returncode == 0, result.stderr
    return {finding["rule"] for finding in json.loads(result.stdout)["findings"]}


D = "vitamin_d"
CASES = {
    # rule: (fires, does not fire)
    "INT-METF-B12": (
        plan([], medicines=["metformine 500 mg 2dd"]),
        plan([item("vitamin_b12", 10, "µg")], medicines=["metformine 500 mg 2dd"]),
    ),
    "INT-PPI-B12": (
        plan([], medicines=["omeprazol 20 mg"]),
        plan([item("vitamin_b12", 10, "µg")], medicines=["omeprazol 20 mg"]),
    ),
    "INT-LOOP-MG": (
        plan([], medicines=["furosemide 40 mg"]),
        plan([item("magnesium", 100)], medicines=["furosemide 40 mg"]),
    ),
    "GC-BONE": (
        plan([item(D, 19.9, "µg"), item("calcium", 500)], medicines=["prednisolon 10 mg"]),
        plan([item(D, 20, "µg"), item("calcium", 500)], medicines=["prednisolon 10 mg"]),
    ),
    "AED-VITD": (
        plan([item(D, 19.9, "µg")], medicines=["carbamazepine 200 mg"]),
        plan([item(D, 20, "µg")], medicines=["carbamazepine 200 mg"]),
    ),
    "AI-BONE": (
        plan(
            [item(D, 10, "µg"), item("calcium", 199)],
            medicines=["letrozol 2,5 mg"],
            dietary_calcium_mg=800,
        ),
        plan(
            [item(D, 10, "µg"), item("calcium", 200)],
            medicines=["letrozol 2,5 mg"],
            dietary_calcium_mg=800,
        ),
    ),
    "INT-DIGOXIN-CA": (
        plan([item("calcium", 500)], medicines=["digoxine 0,125 mg"]),
        plan([item("calcium", 500)], medicines=["simvastatine 40 mg"]),
    ),
    "INT-ACTIVE-D": (
        plan([item(D, 10, "µg")], medicines=["alfacalcidol 0,5 microgram"]),
        plan([item("magnesium", 100)], medicines=["alfacalcidol 0,5 microgram"]),
    ),
    "INT-ANTICOAG-FISHOIL": (
        plan([item("epa_dha", 3001)], medicines=["apixaban 5 mg 2dd"]),
        plan([item("epa_dha", 3000)], medicines=["apixaban 5 mg 2dd"]),
    ),
    "FISHOIL-5G": (plan([item("epa_dha", 5001)]), plan([item("epa_dha", 5000)])),
    "HYPERCA": (
        plan([item(D, 10, "µg")], conditions=["hypercalcaemia"]),
        plan([item("magnesium", 100)], conditions=["hypercalcaemia"]),
    ),
    "SARCOID-D": (
        plan([item(D, 10, "µg")], conditions=["sarcoidosis"]),
        plan([item("magnesium", 100)], conditions=["sarcoidosis"]),
    ),
    "PHPT-CA": (
        plan([item("calcium", 500)], conditions=["primary_hyperparathyroidism"]),
        plan([item(D, 10, "µg")], conditions=["primary_hyperparathyroidism"]),
    ),
    "STONE-CA": (
        plan([item("calcium", 500)], conditions=["calcium_kidney_stones"]),
        plan([item(D, 10, "µg")], conditions=["calcium_kidney_stones"]),
    ),
    "RENAL-MG": (plan([item("magnesium", 100)], egfr=29), plan([item("magnesium", 100)], egfr=30)),
    "RENAL-CA-D": (plan([item(D, 10, "µg")], egfr=29), plan([item(D, 10, "µg")], egfr=30)),
    "MED-SUPPLIES-NUTRIENT": (
        plan([], medicines=["Calci-Chew D3 500 mg/800 IE"]),
        plan(
            [
                {
                    **item("calcium", 500),
                    "nutrients": [
                        {"nutrient": "calcium", "amount": 500, "unit": "mg"},
                        {"nutrient": D, "amount": 800, "unit": "IU"},
                    ],
                    "prescribed": True,
                }
            ],
            medicines=["Calci-Chew D3 500 mg/800 IE"],
        ),
    ),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_new_rule_fires_past_its_threshold_and_not_at_it(rule):
    fires, quiet = CASES[rule]
    assert rule in rules(fires)
    assert rule not in rules(quiet)
