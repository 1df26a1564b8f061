"""Every rule at and around its thresholds, with the engine's ordering and fields."""

from __future__ import annotations

import pytest

from app.domain.nutrients import Nutrient
from app.domain.rules import RULES, RULES_BY_ID, Severity, evaluate
from tests.plans import BONE_BUNDLE_ITEMS, finding, item, plan, rule_ids


def ca(amount: float, **kw) -> object:
    return item(("calcium", amount, "mg"), **kw)


def zn(amount: float, **kw) -> object:
    return item(("zinc", amount, "mg"), **kw)


# --- article rules ---------------------------------------------------------------------------
@pytest.mark.parametrize(("amount", "fires"), [(499, False), (500, False), (501, True)])
def test_ca_suppl_max_above_500(amount, fires):
    assert ("CA-SUPPL-MAX" in rule_ids(plan(ca(amount)))) is fires


def test_ca_suppl_max_sums_items_and_moments_and_reports_values():
    p = plan(ca(250, morning=1, evening=1), item(("calcium", 100, "mg"), ("vitamin_d", 10, "µg")))
    f = finding(p, "CA-SUPPL-MAX")
    assert f.severity is Severity.WARNING
    assert f.items == (0, 1)
    assert f.nutrients == ("calcium",)
    assert "600 mg/day" in f.message("en") and "500 mg" in f.message("en")
    assert "600 mg/dag" in f.message("nl")
    assert "ref. 3" in f.source("en") and "rubriek suppletie" in f.source("nl")


def test_two_tablets_of_500_exceed_the_calcium_limit():
    assert "CA-SUPPL-MAX" in rule_ids(plan(ca(500, morning=1, evening=1)))


@pytest.mark.parametrize(
    ("age", "sex", "fires"),
    [(65, "female", False), (66, "female", True), (80, "male", False), (66, "other", False)],
)
def test_ca_intake_f65_women_older_than_65_without_calcium(age, sex, fires):
    assert ("CA-INTAKE-F65" in rule_ids(plan(age=age, sex=sex))) is fires
    assert "CA-INTAKE-F65" not in rule_ids(plan(ca(100), age=age, sex=sex))


@pytest.mark.parametrize(
    ("age", "sex", "recommended"),
    [
        (25, "female", 950),
        (50, "female", 950),
        (51, "female", 1100),
        (69, "female", 1100),
        (70, "female", 1200),
        (25, "male", 950),
        (69, "male", 950),
        (70, "male", 1200),
    ],
)
def test_ca_suppl_if_low_uses_the_dutch_recommended_intake(age, sex, recommended):
    below = plan(age=age, sex=sex, dietary_calcium_mg=recommended - 1)
    at = plan(age=age, sex=sex, dietary_calcium_mg=recommended)
    assert "CA-SUPPL-IF-LOW" in rule_ids(below)
    assert "CA-SUPPL-IF-LOW" not in rule_ids(at)
    assert f"{recommended:,} mg" in finding(below, "CA-SUPPL-IF-LOW").message("en")


def test_ca_suppl_if_low_needs_a_recorded_intake_and_no_calcium_in_the_plan():
    assert "CA-SUPPL-IF-LOW" not in rule_ids(plan(age=60))
    assert "CA-SUPPL-IF-LOW" not in rule_ids(plan(ca(200), age=60, dietary_calcium_mg=500))
    assert "CA-SUPPL-IF-LOW" not in rule_ids(plan(age=24, dietary_calcium_mg=100))


def test_mg_cofactor_when_calcium_or_vitamin_d_without_magnesium():
    assert "MG-COFACTOR" in rule_ids(plan(ca(100)))
    assert "MG-COFACTOR" in rule_ids(plan(item(("vitamin_d", 10, "µg"))))
    assert "MG-COFACTOR" not in rule_ids(plan(ca(100), item(("magnesium", 100, "mg"))))
    assert "MG-COFACTOR" not in rule_ids(plan(zn(10)))
    assert finding(plan(ca(100)), "MG-COFACTOR").nutrients == ("magnesium",)


def test_pmw_bone_bundle_names_exactly_the_missing_nutrients():
    f = finding(plan(ca(500), zn(10), status="postmenopausal"), "PMW-BONE-BUNDLE")
    assert f.nutrients == ("magnesium", "vitamin_d", "vitamin_k2")
    assert "magnesium, vitamin D and vitamin K2" in f.message("en")
    assert "magnesium, vitamine D en vitamine K2" in f.message("nl")
    complete = plan(*BONE_BUNDLE_ITEMS, status="postmenopausal")
    assert "PMW-BONE-BUNDLE" not in rule_ids(complete)
    assert "PMW-BONE-BUNDLE" not in rule_ids(plan(ca(500), status="perimenopausal"))


def test_pmw_bone_bundle_never_suggests_vitamin_k_to_a_client_on_a_vka():
    p = plan(ca(500), status="postmenopausal", medicines=("Sintrom mitis 1 mg",))
    f = finding(p, "PMW-BONE-BUNDLE")
    assert "vitamin_k2" not in f.nutrients
    assert "K2" not in f.message("en") and "K2" not in f.action("en")
    only_k2_missing = plan(
        *BONE_BUNDLE_ITEMS[:3], status="postmenopausal", medicines=("Marcoumar",)
    )
    assert "PMW-BONE-BUNDLE" not in rule_ids(only_k2_missing)


@pytest.mark.parametrize(("age", "fires"), [(65, False), (66, True)])
def test_zn_risk_65(age, fires):
    assert ("ZN-RISK-65" in rule_ids(plan(age=age, sex="male"))) is fires
    assert "ZN-RISK-65" not in rule_ids(plan(zn(10), age=age))


@pytest.mark.parametrize(
    ("status", "diet", "fires"),
    [
        ("postmenopausal", "little_meat", True),
        ("postmenopausal", "vegetarian", True),
        ("postmenopausal", "vegan", True),
        ("postmenopausal", "omnivore", False),
        ("premenopausal", "vegan", False),
    ],
)
def test_zn_risk_lowmeat(status, diet, fires):
    assert ("ZN-RISK-LOWMEAT" in rule_ids(plan(status=status, diet=diet))) is fires
    assert "ZN-RISK-LOWMEAT" not in rule_ids(plan(zn(10), status=status, diet=diet))


@pytest.mark.parametrize(("amount", "fires"), [(40, False), (41, True)])
def test_zn_cu_40_threshold(amount, fires):
    assert ("ZN-CU-40" in rule_ids(plan(zn(amount)))) is fires


def test_zn_cu_40_is_a_warning_without_copper_and_advice_with_it():
    assert finding(plan(zn(41)), "ZN-CU-40").severity is Severity.WARNING
    with_copper = finding(plan(zn(41), item(("copper", 1, "mg"))), "ZN-CU-40")
    assert with_copper.severity is Severity.ADVICE
    assert "1 mg/day" in with_copper.message("en")


@pytest.mark.parametrize(("amount", "fires"), [(49, False), (50, True)])
def test_zn_mg_loss_at_50_mg_long_term(amount, fires):
    assert ("ZN-MG-LOSS" in rule_ids(plan(zn(amount)))) is fires


def test_zn_mg_loss_counts_only_long_term_items_and_softens_with_magnesium():
    assert "ZN-MG-LOSS" not in rule_ids(plan(zn(50, long_term=False)))
    assert "ZN-MG-LOSS" not in rule_ids(plan(zn(25), zn(25, long_term=False)))
    f = finding(plan(zn(25), zn(25, long_term=False), zn(25)), "ZN-MG-LOSS")
    assert f.items == (0, 2)
    assert f.severity is Severity.WARNING
    softened = finding(plan(zn(50), item(("magnesium", 100, "mg"))), "ZN-MG-LOSS")
    assert softened.severity is Severity.ADVICE


def test_zn_with_milk_and_back_to_water():
    milk = plan(zn(10, taken_with="milk", product="Zink 10 mg"))
    f = finding(milk, "ZN-WITH-MILK")
    assert f.severity is Severity.WARNING and f.items == (0,)
    assert "Zink 10 mg" in f.message("en")
    assert "ZN-WITH-MILK" not in rule_ids(plan(zn(10, taken_with="water")))
    assert "ZN-WITH-MILK" not in rule_ids(plan(ca(100, taken_with="milk")))


@pytest.mark.parametrize(("age", "fires"), [(40, False), (41, True)])
def test_k2_risk_40(age, fires):
    assert ("K2-RISK-40" in rule_ids(plan(age=age))) is fires
    assert "K2-RISK-40" not in rule_ids(plan(item(("vitamin_k2", 45, "µg")), age=age))
    assert "K2-RISK-40" not in rule_ids(plan(age=age, medicines=("warfarin",)))


def test_prebiotic_for_postmenopausal_calcium_or_magnesium():
    assert "PREBIOTIC-CA-MG" in rule_ids(plan(ca(100), status="postmenopausal"))
    assert "PREBIOTIC-CA-MG" in rule_ids(
        plan(item(("magnesium", 100, "mg")), status="postmenopausal")
    )
    inulin = item(("prebiotic_fibre", 5, "g"))
    assert "PREBIOTIC-CA-MG" not in rule_ids(plan(ca(100), inulin, status="postmenopausal"))
    assert "PREBIOTIC-CA-MG" not in rule_ids(plan(ca(100), status="premenopausal"))


def test_bone_health_protocol_passes_the_article_rules_without_warnings():
    p = plan(*BONE_BUNDLE_ITEMS, age=68, status="postmenopausal")
    assert [f for f in evaluate(p) if f.severity is not Severity.ADVICE] == []
    assert rule_ids(p) == []


# --- safety limits ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "nutrient", "unit", "limit"),
    [
        ("UL-CALCIUM", "calcium", "mg", 2500),
        ("UL-VITAMIN_D", "vitamin_d", "µg", 100),
        ("UL-MAGNESIUM", "magnesium", "mg", 250),
        ("UL-ZINC", "zinc", "mg", 25),
        ("UL-COPPER", "copper", "mg", 5),
        ("UL-SELENIUM", "selenium", "µg", 255),
        ("UL-VITAMIN_B6", "vitamin_b6", "mg", 12),
        ("UL-VITAMIN_A", "vitamin_a", "µg", 3000),
        ("UL-FOLIC_ACID", "folic_acid", "µg", 1000),
        ("UL-IODINE", "iodine", "µg", 600),
        ("UL-VITAMIN_E", "vitamin_e", "mg", 300),
        ("IRON-SAFE-40", "iron", "mg", 40),
    ],
)
def test_upper_limits_fire_only_above_the_limit(rule, nutrient, unit, limit):
    assert rule not in rule_ids(plan(item((nutrient, limit, unit))))
    over = plan(item((nutrient, limit + 0.5, unit)))
    assert rule in rule_ids(over)
    f = finding(over, rule)
    assert f.severity is Severity.WARNING
    assert f.nutrients == (nutrient,)


@pytest.mark.parametrize(("iu", "fires"), [(4000, False), (4001, True)])
def test_vitamin_d_upper_limit_in_international_units(iu, fires):
    assert ("UL-VITAMIN_D" in rule_ids(plan(item(("vitamin_d", iu, "IU"))))) is fires


def test_vitamin_a_and_e_in_international_units_meet_their_limits_exactly():
    assert "UL-VITAMIN_A" not in rule_ids(plan(item(("vitamin_a", 10_000, "IU"))))
    assert "UL-VITAMIN_A" in rule_ids(plan(item(("vitamin_a", 10_001, "IU"))))
    assert "UL-VITAMIN_E" in rule_ids(plan(item(("vitamin_e", 448, "IU"))))  # 300.16 mg
    assert "UL-VITAMIN_E" not in rule_ids(plan(item(("vitamin_e", 447, "IU"))))  # 299.49 mg


@pytest.mark.parametrize(
    ("age", "sex", "vitamin_d", "fires"),
    [
        (70, "male", 19, True),
        (70, "male", 20, False),
        (85, "female", 0, True),
        (69, "female", 9.9, True),
        (69, "female", 10, False),
        (50, "female", 0, True),
        (49, "female", 0, False),
        (60, "male", 0, False),
    ],
)
def test_vitd_nl_advice(age, sex, vitamin_d, fires):
    items = (item(("vitamin_d", vitamin_d, "µg")),) if vitamin_d else ()
    assert ("VITD-NL-ADVICE" in rule_ids(plan(*items, age=age, sex=sex))) is fires


# --- medicine interactions -------------------------------------------------------------------
def test_vka_with_vitamin_k_is_critical_and_first():
    p = plan(ca(600), item(("vitamin_k2", 10, "µg")), medicines=("Acenocoumarol 1 mg",))
    findings = evaluate(p)
    assert findings[0].rule_id == "INT-VKA-K"
    assert findings[0].severity is Severity.CRITICAL
    assert findings[0].items == (1,)
    assert "trombosedienst" in findings[0].action("en")
    assert "INT-VKA-K" in rule_ids(plan(item(("vitamin_k1", 30, "µg")), medicines=("Marcoumar",)))
    assert "INT-VKA-K" not in rule_ids(plan(ca(100), medicines=("warfarine",)))


@pytest.mark.parametrize(
    ("medicine", "minutes"),
    [
        ("Fosamax 70 mg", 30),
        ("alendroninezuur", 30),
        ("Alendronic acid", 30),
        ("Actonel 35 mg", 30),
        ("Bonviva 150 mg", 60),
        ("ibandronaat", 60),
    ],
)
def test_bisphosphonate_with_minerals(medicine, minutes):
    f = finding(plan(ca(500), item(("vitamin_d", 20, "µg")), medicines=(medicine,)), "INT-BISPH")
    assert f.severity is Severity.WARNING
    assert f.items == (0,)
    assert f"{minutes} minutes" in f.action("en")
    assert f"{minutes} minuten" in f.action("nl")
    assert "INT-BISPH" not in rule_ids(plan(item(("vitamin_d", 20, "µg")), medicines=(medicine,)))


@pytest.mark.parametrize(
    ("rule", "medicine", "nutrient", "unit"),
    [
        ("INT-LT4", "Thyrax Duotab 0,1 mg", "iron", "mg"),
        ("INT-LT4", "Euthyrox", "magnesium", "mg"),
        ("INT-THIAZIDE", "hydrochloorthiazide 12,5 mg", "vitamin_d", "µg"),
        ("INT-THIAZIDE", "Chlortalidone", "calcium", "mg"),
        ("INT-THIAZIDE", "indapamide", "calcium", "mg"),
        ("INT-QUINOLONE", "Ciproxin 500", "zinc", "mg"),
        ("INT-QUINOLONE", "Tavanic", "iron", "mg"),
        ("INT-QUINOLONE", "moxifloxacine", "magnesium", "mg"),
        ("INT-TETRA", "Vibramycine", "calcium", "mg"),
        ("INT-TETRA", "Minocin", "zinc", "mg"),
        ("INT-TETRA", "tetracycline", "iron", "mg"),
    ],
)
def test_medicine_interactions(rule, medicine, nutrient, unit):
    f = finding(plan(item((nutrient, 10, unit)), medicines=(medicine,)), rule)
    assert f is not None and f.severity is Severity.WARNING
    assert f.nutrients == (nutrient,)
    assert medicine in f.message("en")
    assert rule not in rule_ids(plan(item(("vitamin_c", 100, "mg")), medicines=(medicine,)))


def test_iron_and_calcium_at_the_same_moment():
    same = plan(item(("iron", 14, "mg")), ca(500))
    f = finding(same, "INT-FE-CA")
    assert f.severity is Severity.ADVICE and f.items == (0, 1)
    assert "morning" in f.message("en")
    apart = plan(item(("iron", 14, "mg")), ca(500, morning=0, evening=1))
    assert "INT-FE-CA" not in rule_ids(apart)
    one_product = plan(item(("iron", 5, "mg"), ("calcium", 120, "mg"), morning=0, bedtime=1))
    assert "bedtime" in finding(one_product, "INT-FE-CA").message("en")


def test_ppi_without_magnesium():
    assert "INT-PPI-MG" in rule_ids(plan(medicines=("Losec 20 mg",)))
    assert "INT-PPI-MG" in rule_ids(plan(medicines=("pantoprazol",)))
    assert "INT-PPI-MG" not in rule_ids(plan(item(("magnesium", 100, "mg")), medicines=("Nexium",)))


def test_unrecognised_medicine_is_named():
    f = finding(plan(medicines=("Xylotrexin 500 mg", "Fosamax")), "MED-UNRECOGNISED")
    assert "Xylotrexin 500 mg" in f.message("en")
    assert "Fosamax" not in f.message("en")
    assert "MED-UNRECOGNISED" not in rule_ids(plan(medicines=("FOSAMAX",)))


def test_medicine_names_match_case_and_accent_insensitively():
    for name in ("FOSAMAX", "fosamax 70mg", "Fosamax® 70 mg", "Alendroninezuur Sandoz"):
        assert "INT-BISPH" in rule_ids(plan(ca(100), medicines=(name,))), name


# --- engine ----------------------------------------------------------------------------------
def test_findings_are_sorted_most_serious_first():
    p = plan(
        ca(600, taken_with="milk"),
        zn(45, taken_with="milk"),
        item(("vitamin_k2", 45, "µg")),
        age=70,
        status="postmenopausal",
        medicines=("warfarin", "omeprazole"),
    )
    ranks = [f.severity for f in evaluate(p)]
    assert ranks == sorted(ranks, key=["critical", "warning", "advice"].index)
    assert ranks[0] is Severity.CRITICAL


def test_every_rule_has_complete_bilingual_texts_and_a_source():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        for text in (rule.title, rule.message, rule.action):
            assert text("en").strip() and text("nl").strip() and text("en") != text("nl"), rule.id
        assert rule.source("en").strip() and rule.source("nl").strip(), rule.id
    expected = {
        "CA-SUPPL-MAX", "CA-INTAKE-F65", "CA-SUPPL-IF-LOW", "MG-COFACTOR", "PMW-BONE-BUNDLE",
        "ZN-RISK-65", "ZN-RISK-LOWMEAT", "ZN-CU-40", "ZN-MG-LOSS", "ZN-WITH-MILK",
        "K2-RISK-40", "PREBIOTIC-CA-MG", "UL-CALCIUM", "UL-VITAMIN_D", "UL-MAGNESIUM",
        "UL-ZINC", "UL-COPPER", "UL-SELENIUM", "UL-VITAMIN_B6", "UL-VITAMIN_A",
        "UL-FOLIC_ACID", "UL-IODINE", "UL-VITAMIN_E", "IRON-SAFE-40", "VITD-NL-ADVICE",
        "INT-VKA-K", "INT-BISPH", "INT-LT4", "INT-THIAZIDE", "INT-QUINOLONE", "INT-TETRA",
        "INT-FE-CA", "INT-PPI-MG", "MED-UNRECOGNISED",
        "INT-METF-B12", "INT-PPI-B12", "INT-LOOP-MG", "GC-BONE", "AED-VITD", "AI-BONE",
        "INT-DIGOXIN-CA", "INT-ACTIVE-D", "INT-ANTICOAG-FISHOIL", "FISHOIL-5G",
        "HYPERCA", "SARCOID-D", "PHPT-CA", "STONE-CA", "RENAL-MG", "RENAL-CA-D",
        "MED-SUPPLIES-NUTRIENT",
    }  # fmt: skip
    assert set(ids) == expected


def test_rules_version_changes_when_a_rule_changes(monkeypatch):
    import dataclasses

    from app.domain.rules import Quantity, Text, engine

    before = engine._version()
    rule = RULES_BY_ID["CA-SUPPL-MAX"]
    for change in (
        {"source": Text("another")},
        {"thresholds": {**rule.thresholds, "limit": Quantity(Nutrient.CALCIUM, 400)}},
    ):
        changed = dataclasses.replace(rule, **change)
        monkeypatch.setattr(
            engine, "RULES", tuple(changed if r.id == "CA-SUPPL-MAX" else r for r in RULES)
        )
        assert engine._version() != before, change


def test_empty_plan_for_a_young_man_has_no_findings():
    assert evaluate(plan(age=30, sex="male")) == []


def test_zinc_with_milk_fires_for_the_item_even_before_it_is_scheduled():
    unscheduled = item(("zinc", 10, "mg"), morning=0, taken_with="milk")
    assert finding(plan(unscheduled), "ZN-WITH-MILK").items == (0,)


def test_every_rule_has_been_reviewed_and_not_in_the_future():
    """A review date after today is a typing error in the declarations, never a plan."""
    from datetime import date

    from app.domain import clock
    from app.domain.rules import RULES

    assert RULES
    for rule in RULES:
        assert date(2020, 1, 1) <= rule.reviewed <= clock.today(), rule.id
