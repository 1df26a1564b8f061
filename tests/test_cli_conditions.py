"""`supplan check` reads the client's eGFR and conditions from the plan file and applies them."""

from __future__ import annotations

import json

from tests.test_cli import supplan

PLAN = {
    "format": "supplan-plan/1",
    "plan_date": "2026-11-24",
    "client": {"age": 70, "sex": "female", "egfr": 29, "conditions": ["hypercalcaemia"]},
    "items": [
        {
            "product": "Magnesium + D3",
            "nutrients": [
                {"nutrient": "magnesium", "amount": 200, "unit": "mg"},
                {"nutrient": "vitamin_d", "amount": 20, "unit": "µg"},
            ],
            "schedule": {"morning": 1},
        }
    ],
}


def _rules(plan: dict) -> list[str]:
    result = supplan("check", "-", "--format", "json", "--lang", "en", stdin=json.dumps(plan))
    assert result.returncode == 0, result.stderr
    return [finding["rule"] for finding in json.loads(result.stdout)["findings"]]


def test_check_applies_the_condition_and_kidney_rules_at_their_threshold():
    found = _rules(PLAN)
    assert found[0] == "HYPERCA"
    assert {"RENAL-MG", "RENAL-CA-D"} <= set(found)
    at_threshold = json.loads(json.dumps(PLAN))
    at_threshold["client"].update(egfr=30, conditions=[])
    assert not {"HYPERCA", "RENAL-MG", "RENAL-CA-D"} & set(_rules(at_threshold))


def test_check_refuses_an_unknown_condition_with_its_name():
    plan = json.loads(json.dumps(PLAN))
    plan["client"]["conditions"] = ["kidney stones"]
    result = supplan("check", "-", "--lang", "en", stdin=json.dumps(plan))
    assert result.returncode == 2
    assert 'client.conditions[0]: "kidney stones" is not a known condition' in result.stderr
