"""Reading and writing supplan-plan/1 files: every invalid input class and its message."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from app.domain.clients import MenopausalStatus, Sex
from app.domain.nutrients import Nutrient
from app.domain.planfile import FORMAT, PlanFileError, dump_plan, parse_plan, plan_from_data
from app.domain.rules import evaluate

VALID = {
    "format": FORMAT,
    "plan_date": "2026-11-24",
    "client": {
        "name": "Anna de Vries",
        "birth_date": "1954-06-01",
        "sex": "female",
        "menopausal_status": "postmenopausal",
        "diet": "omnivore",
        "dietary_calcium_mg": 800,
        "medicines": ["Fosamax", "omeprazole"],
    },
    "items": [
        {
            "product": "Calcium carbonate 500 mg + D3 10 µg",
            "nutrients": [
                {"nutrient": "calcium", "amount": 500, "unit": "mg"},
                {"nutrient": "vitamin_d", "amount": 400, "unit": "IU"},
            ],
            "schedule": {"morning": 0, "midday": 0, "evening": 1, "bedtime": 0},
            "taken_with": "water",
            "long_term": True,
            "note": "",
        }
    ],
}


def with_change(path: str, value: object) -> dict:
    """VALID with one field set (or removed when value is ...)."""
    data = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is ...:
        del target[int(last) if last.isdigit() else last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return data


def problems(data: object) -> list[str]:
    with pytest.raises(PlanFileError) as error:
        plan_from_data(data)
    return error.value.lines()


def test_the_example_from_the_issue_reads_back():
    plan = plan_from_data(VALID)
    assert plan.plan_date == date(2026, 11, 24)
    assert plan.client.age == 72
    assert plan.client.sex is Sex.FEMALE
    assert plan.client.menopausal_status is MenopausalStatus.POSTMENOPAUSAL
    assert plan.client.medicines == ("Fosamax", "omeprazole")
    assert plan.daily_totals() == {Nutrient.CALCIUM: 500.0, Nutrient.VITAMIN_D: 10.0}


def test_defaults_for_optional_fields():
    data = {
        "format": FORMAT,
        "client": {"age": 60, "sex": "male"},
        "items": [
            {"product": "Zinc", "nutrients": [{"nutrient": "zinc", "amount": 10, "unit": "mg"}]}
        ],
    }
    plan = plan_from_data(data, today=lambda: date(2030, 1, 2))
    assert plan.plan_date == date(2030, 1, 2)
    assert plan.client.menopausal_status is MenopausalStatus.UNKNOWN
    assert plan.client.diet.value == "omnivore"
    assert plan.client.medicines == () and plan.client.dietary_calcium_mg is None
    only = plan.items[0]
    assert (only.taken_with.value, only.long_term, only.note) == ("water", True, "")
    assert only.units_per_day == 0


@pytest.mark.parametrize(
    ("birth_date", "age"),
    [("1960-11-24", 66), ("1960-11-25", 65), ("1960-11-23", 66)],
)
def test_age_in_completed_years_at_the_plan_date(birth_date, age):
    assert plan_from_data(with_change("client.birth_date", birth_date)).client.age == age


def test_birth_date_wins_over_age():
    data = with_change("client.age", 30)
    assert plan_from_data(data).client.age == 72


def test_age_may_replace_birth_date():
    data = with_change("client.birth_date", ...)
    data["client"]["age"] = 66
    assert plan_from_data(data).client.age == 66


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("format", "supplan-plan/2", 'format: "supplan-plan/2" is not a supported format'),
        ("format", ..., "format: is missing"),
        ("plan_date", "2026-02-30", 'plan_date: "2026-02-30" is not a valid date'),
        ("client.sex", "f", 'client.sex: "f" is not one of female, male, other'),
        ("client.sex", ..., "client.sex: is missing"),
        ("client.diet", "keto", 'client.diet: "keto" is not one of omnivore'),
        ("client.menopausal_status", "post", 'client.menopausal_status: "post" is not one of'),
        ("client.birth_date", "1954-13-01", 'client.birth_date: "1954-13-01" is not a valid date'),
        ("client.birth_date", "2027-01-01", 'client.birth_date: "2027-01-01" is after the plan'),
        ("client.dietary_calcium_mg", -5, "client.dietary_calcium_mg: -5 is negative"),
        ("client.medicines", "Fosamax", 'client.medicines: "Fosamax" should be a list'),
        ("items.0.nutrients.0.nutrient", "vitamin_x", '"vitamin_x" is not a known nutrient'),
        ("items.0.nutrients.0.unit", "kg", 'items[0].nutrients[0].unit: "kg" is not a known unit'),
        ("items.0.nutrients.0.amount", -1, "items[0].nutrients[0].amount: -1 is negative"),
        (
            "items.0.nutrients.0.amount",
            "500",
            'items[0].nutrients[0].amount: "500" is not a number',
        ),
        (
            "items.0.nutrients.0.amount",
            100_001,
            "items[0].nutrients[0].amount: 100001 mg is absurd",
        ),
        ("items.0.schedule.morning", 1.5, "items[0].schedule.morning: 1.5 is not a whole number"),
        ("items.0.schedule.evening", -1, "items[0].schedule.evening: -1 is negative"),
        ("items.0.schedule.noon", 1, 'items[0].schedule: "noon" is not a moment of the day'),
        ("items.0.taken_with", "juice", 'items[0].taken_with: "juice" is not one of water'),
        ("items.0.long_term", "yes", 'items[0].long_term: "yes" should be true or false'),
        ("items.0.product", "", "items[0].product: is empty"),
        ("items", {}, "items: {} should be a list"),
    ],
)
def test_each_invalid_field_is_named_with_its_value(path, value, message):
    lines = problems(with_change(path, value))
    assert any(line.startswith(message) or message in line for line in lines), lines


def test_missing_age_and_birth_date():
    data = with_change("client.birth_date", ...)
    assert problems(data) == ["client: needs birth_date or age"]


def test_iu_where_it_is_not_defined_uses_the_exact_message():
    data = copy.deepcopy(VALID)
    data["items"].append(
        {"product": "Zinc", "nutrients": [{"nutrient": "zinc", "amount": 25, "unit": "IU"}]}
    )
    assert problems(data) == ['items[1].nutrients[0].unit: "IU" is not defined for zinc']


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_amounts_are_refused(bad):
    lines = problems(with_change("items.0.nutrients.0.amount", bad))
    assert lines == [f"items[0].nutrients[0].amount: {bad} is not a finite number"]


def test_1e308_grams_is_absurd():
    data = with_change("items.0.nutrients.0.amount", 1e308)
    assert "absurd" in problems(data)[0]


def test_every_problem_is_reported_at_once():
    data = with_change("client.sex", "x")
    data["items"][0]["taken_with"] = "tea"
    data["items"][0]["schedule"]["morning"] = "one"
    assert len(problems(data)) == 3


@pytest.mark.parametrize(
    "text",
    ["", "not json", "{", "[1, 2]", '"plan"', "null", "{" * 10_000 + "}" * 10_000],
)
def test_text_that_is_not_a_plan_gives_one_clear_line(text):
    with pytest.raises(PlanFileError) as error:
        parse_plan(text)
    assert error.value.lines()
    assert all("Traceback" not in line for line in error.value.lines())


def test_bytes_that_are_not_utf8_are_refused():
    with pytest.raises(PlanFileError) as error:
        parse_plan(b"\xff\xfe{not utf-8")
    assert "not UTF-8" in error.value.lines()[0]


def test_dutch_messages():
    with pytest.raises(PlanFileError) as error:
        plan_from_data(with_change("client.sex", "vrouw"))
    assert error.value.lines("nl") == ['client.sex: "vrouw" is niet een van female, male, other']


def test_write_then_read_gives_the_same_plan_and_findings():
    plan = plan_from_data(VALID)
    again = parse_plan(dump_plan(plan))
    assert again == plan
    assert [f.rule_id for f in evaluate(again)] == [f.rule_id for f in evaluate(plan)]
    assert json.loads(dump_plan(plan))["client"]["birth_date"] == "1954-06-01"


def test_kidney_function_and_conditions_are_read_and_written():
    data = with_change("client.egfr", 25)
    data["client"]["conditions"] = ["calcium_kidney_stones", "hypercalcaemia"]
    p = plan_from_data(data)
    assert p.client.egfr == 25
    assert {c.value for c in p.client.conditions} == {"hypercalcaemia", "calcium_kidney_stones"}
    assert {"HYPERCA", "RENAL-CA-D", "STONE-CA"} <= {f.rule_id for f in evaluate(p)}
    written = json.loads(dump_plan(p))["client"]
    assert written["egfr"] == 25
    assert written["conditions"] == ["hypercalcaemia", "calcium_kidney_stones"]  # declared order
    assert plan_from_data(json.loads(dump_plan(p))) == p
    # Absent, null and empty mean unknown / none; nothing is written for them.
    for value in (None, []):
        data["client"].update(egfr=None, conditions=value)
        for plain in (plan_from_data(data), plan_from_data(VALID)):
            assert plain.client.egfr is None and plain.client.conditions == frozenset()
            assert "egfr" not in dump_plan(plain) and "conditions" not in dump_plan(plain)


@pytest.mark.parametrize(
    ("egfr", "message"),
    [
        (29.5, "client.egfr: 29.5 is not an eGFR in whole mL/min/1.73 m² from 1 to 200"),
        (0, "client.egfr: 0 is not an eGFR in whole mL/min/1.73 m² from 1 to 200"),
        (201, "client.egfr: 201 is not an eGFR in whole mL/min/1.73 m² from 1 to 200"),
        (-3, "client.egfr: -3 is not an eGFR in whole mL/min/1.73 m² from 1 to 200"),
        ("45", 'client.egfr: "45" is not a number'),
        (True, "client.egfr: true is not a number"),
    ],
)
def test_an_egfr_that_is_no_whole_number_in_bounds_is_refused(egfr, message):
    assert problems(with_change("client.egfr", egfr)) == [message]


def test_unknown_condition_names_are_refused_by_name():
    data = copy.deepcopy(VALID)
    data["client"]["conditions"] = ["sarcoidosis", "kidney_stones", 3, ["x"]]
    known = "hypercalcaemia, sarcoidosis, primary_hyperparathyroidism, calcium_kidney_stones"
    assert problems(data) == [
        f'client.conditions[1]: "kidney_stones" is not a known condition ({known})',
        f"client.conditions[2]: 3 is not a known condition ({known})",
        f'client.conditions[3]: ["x"] is not a known condition ({known})',
    ]
    data["client"]["conditions"] = "sarcoidosis"
    assert problems(data) == ['client.conditions: "sarcoidosis" should be a list']
    with pytest.raises(PlanFileError) as error:
        plan_from_data(with_change("client.egfr", 0))
    assert error.value.lines("nl") == [
        "client.egfr: 0 is geen eGFR in hele ml/min/1,73 m² van 1 tot en met 200"
    ]
