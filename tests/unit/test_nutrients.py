"""Units and conversions, and daily totals across items and moments."""

import pytest

from app.domain.nutrients import (
    CANONICAL_UNIT,
    Nutrient,
    Unit,
    format_amount,
    parse_unit,
    to_canonical,
)
from tests.plans import item, plan


@pytest.mark.parametrize("spelling", ["µg", "μg", "ug", "mcg"])
def test_every_micro_spelling_is_micrograms(spelling):
    assert parse_unit(spelling) is Unit.UG


def test_unknown_units_are_not_guessed():
    assert parse_unit("kg") is None and parse_unit("mmol") is None


@pytest.mark.parametrize(
    ("amount", "unit", "nutrient", "expected"),
    [
        (1, Unit.G, Nutrient.CALCIUM, 1000),
        (500, Unit.MG, Nutrient.CALCIUM, 500),
        (1500, Unit.UG, Nutrient.ZINC, 1.5),
        (0.02, Unit.MG, Nutrient.VITAMIN_D, 20),
        (400, Unit.IU, Nutrient.VITAMIN_D, 10),
        (4000, Unit.IU, Nutrient.VITAMIN_D, 100),
        (10_000, Unit.IU, Nutrient.VITAMIN_A, 3000),
        (100, Unit.IU, Nutrient.VITAMIN_E, 67),
        (5000, Unit.MG, Nutrient.PREBIOTIC_FIBRE, 5),
    ],
)
def test_conversion_to_canonical_units(amount, unit, nutrient, expected):
    assert to_canonical(amount, unit, nutrient) == expected


def test_iu_is_refused_where_it_is_not_defined():
    with pytest.raises(ValueError, match="not defined for zinc"):
        to_canonical(10, Unit.IU, Nutrient.ZINC)


def test_every_nutrient_has_a_canonical_unit():
    assert set(CANONICAL_UNIT) == set(Nutrient)


def test_totals_across_items_and_moments():
    p = plan(
        item(("calcium", 250, "mg"), ("vitamin_d", 400, "IU"), morning=1, evening=2),
        item(("calcium", 0.1, "g"), morning=0, bedtime=1),
        item(("zinc", 15, "mg"), morning=0),
    )
    assert p.daily_totals() == {Nutrient.CALCIUM: 850.0, Nutrient.VITAMIN_D: 30.0}


def test_amount_formatting_in_both_languages():
    assert format_amount(1200, "en") == "1,200"
    assert format_amount(1200, "nl") == "1.200"
    assert format_amount(12.5, "nl") == "12,5"
    assert format_amount(0.025, "en") == "0.03"
