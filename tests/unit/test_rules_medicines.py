"""Issue 14's medicine rules at and around their thresholds, with medicines named as typed."""

from __future__ import annotations

import pytest

from app.domain.catalogue import seed_products
from app.domain.instructions import client_instructions
from app.domain.nutrients import CANONICAL_UNIT, Nutrient, Unit, nutrient_name
from app.domain.planfile import parse_plan
from app.domain.rules import RULES_BY_ID, Severity, evaluate, limits
from tests.plans import finding, item, plan, rule_ids


def ca(amount: float) -> object:
    return item(("calcium", amount, "mg"), product="Calcium")


def vit_d(amount: float) -> object:
    return item(("vitamin_d", amount, "µg"), product="Vitamin D")


def b12(amount: float) -> object:
    return item(("vitamin_b12", amount, "µg"), product="B12")


def mg(amount: float) -> object:
    return item(("magnesium", amount, "mg"), product="Magnesium")


def fish_oil(amount: float) -> object:
    return item(("epa_dha", amount, "mg"), product="Fish oil")


def fires(rule_id: str, *items: object, **client: object) -> bool:
    return rule_id in rule_ids(plan(*items, **client))  # type: ignore[arg-type]


# --- the nutrient and the seed catalogue ------------------------------------------------------
def test_epa_dha_is_a_nutrient_in_mg_with_a_name_in_both_languages():
    assert CANONICAL_UNIT[Nutrient.EPA_DHA] is Unit.MG
    assert nutrient_name(Nutrient.EPA_DHA, "en") == "EPA+DHA (omega-3)"
    assert nutrient_name(Nutrient.EPA_DHA, "nl") == "EPA+DHA (omega-3-vetzuren)"
    assert list(Nutrient)[-1] is Nutrient.EPA_DHA  # listed last: after the existing ones


def test_the_seed_catalogue_has_fish_oil_and_high_dose_omega_3():
    by_key = {p.key: p for p in seed_products()}
    fish, omega = by_key["fishoil-1000"], by_key["omega3-1000"]
    assert fish.name.startswith("Visolie") and fish.name_en.startswith("Fish oil")
    assert [(n.nutrient, n.amount, n.unit) for n in fish.nutrients] == [
        (Nutrient.EPA_DHA, 300, Unit.MG)
    ]
    assert [(n.nutrient, n.amount) for n in omega.nutrients] == [(Nutrient.EPA_DHA, 1000)]


def test_a_plan_file_with_epa_dha_is_read_and_totalled():
    text = """{"format": "supplan-plan/1", "plan_date": "2026-11-24",
      "client": {"birth_date": "1960-01-01", "sex": "female", "medicines": ["apixaban"]},
      "items": [{"product": "Visolie", "nutrients": [{"nutrient": "epa_dha", "amount": 1000,
        "unit": "mg"}], "schedule": {"morning": 2, "evening": 2}}]}"""
    p = parse_plan(text)
    assert p.daily_totals()[Nutrient.EPA_DHA] == 4000
    assert "INT-ANTICOAG-FISHOIL" in rule_ids(p)


# --- vitamin B12 and magnesium: "in the plan" is a daily total above zero ---------------------
@pytest.mark.parametrize(
    ("rule_id", "medicine", "builder"),
    [
        ("INT-METF-B12", "metformine 500 mg 2dd", b12),
        ("INT-METF-B12", "Metformin", b12),
        ("INT-PPI-B12", "omeprazol 20 mg", b12),
        ("INT-LOOP-MG", "furosemide 40 mg", mg),
        ("INT-LOOP-MG", "Bumetanide 1 mg", mg),
    ],
)
@pytest.mark.parametrize(("amount", "expected"), [(0, True), (0.5, False), (100, False)])
def test_missing_nutrient_with_a_medicine(rule_id, medicine, builder, amount, expected):
    items = (builder(amount),) if amount else ()
    p = plan(*items, medicines=(medicine,))
    assert (rule_id in rule_ids(p)) is expected
    if expected:
        f = finding(p, rule_id)
        assert f.severity is Severity.ADVICE
        assert f"“{medicine}”" in f.message("en") and f"„{medicine}”" in f.message("nl")
    assert rule_id not in rule_ids(plan(*items))  # never without the medicine


def test_ppi_b12_states_its_years_and_ppi_mg_keeps_firing_only_without_magnesium():
    with_mg = plan(mg(100), medicines=("omeprazol",))
    assert "INT-PPI-B12" in rule_ids(with_mg) and "INT-PPI-MG" not in rule_ids(with_mg)
    with_b12 = plan(b12(10), medicines=("omeprazol",))
    assert "INT-PPI-MG" in rule_ids(with_b12) and "INT-PPI-B12" not in rule_ids(with_b12)
    f = finding(with_mg, "INT-PPI-B12")
    assert "2 years or more" in f.message("en") and "2 jaar of langer" in f.message("nl")
    assert "Lam" in f.source("en")


def test_metformin_b12_advice_says_there_is_no_routine_screening():
    f = finding(plan(medicines=("metformine",)), "INT-METF-B12")
    assert "Routine screening is not advised" in f.action("en")
    assert "NHG-Standaard Diabetes mellitus type 2" in f.source("nl")


# --- glucocorticoids: vitamin D below 20 µg, or no calcium and too little (or unknown) in food
@pytest.mark.parametrize(("vitamin_d", "expected"), [(19.9, True), (20, False), (20.1, False)])
def test_gc_bone_vitamin_d_below_20(vitamin_d, expected):
    p = plan(vit_d(vitamin_d), ca(500), medicines=("Prednisolon 5 mg",))
    assert ("GC-BONE" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "GC-BONE")
        assert f.severity is Severity.WARNING
        assert "the plan gives 19.9 µg/day of vitamin D, less than 20 µg" in f.message("en")
        assert "het plan geeft 19,9 µg/dag vitamine D, minder dan 20 µg" in f.message("nl")
        assert "“Prednisolon 5 mg”" in f.message("en")
        assert "1,000 mg to 1,100 mg" in f.message("en")
        assert "calcium" not in f.message("en").split(":")[0].split("vitamin D")[-1]


@pytest.mark.parametrize(("dietary", "expected"), [(999, True), (1000, False), (1001, False)])
def test_gc_bone_no_calcium_and_dietary_calcium_below_1000(dietary, expected):
    p = plan(vit_d(20), medicines=("prednisolon",), dietary_calcium_mg=dietary)
    assert ("GC-BONE" in rule_ids(p)) is expected
    if expected:
        message = finding(p, "GC-BONE").message("en")
        assert "the plan has no calcium while dietary calcium is 999 mg/day" in message
        assert "vitamin D, less than" not in message


def test_gc_bone_unknown_dietary_calcium_counts_only_without_calcium_in_the_plan():
    unknown = finding(plan(vit_d(20), medicines=("prednisolon",)), "GC-BONE")
    assert "dietary calcium is not recorded" in unknown.message("en")
    assert "niet is vastgelegd" in unknown.message("nl")
    assert not fires("GC-BONE", vit_d(20), ca(100), medicines=("prednisolon",))
    both = finding(plan(vit_d(10), medicines=("prednisolon",)), "GC-BONE")
    assert "10 µg/day of vitamin D, less than 20 µg and the plan has no calcium" in both.message(
        "en"
    )


def test_gc_bone_and_ai_bone_say_so_when_the_plan_has_no_vitamin_d():
    gc = finding(plan(ca(500), medicines=("prednisolon",)), "GC-BONE")
    assert "“prednisolon” is a systemic glucocorticoid and the plan has no vitamin D:" in (
        gc.message("en")
    )
    assert "en het plan bevat geen vitamine D:" in gc.message("nl")
    ai = finding(plan(medicines=("letrozol",), dietary_calcium_mg=1200), "AI-BONE")
    assert ai.message("en").endswith("speeds up bone loss, and the plan has no vitamin D.")
    assert ai.severity is Severity.WARNING


def test_gc_bone_is_for_systemic_use_only():
    assert not fires("GC-BONE", medicines=("prednisolon oogdruppels",))
    assert not fires("GC-BONE", vit_d(5))


# --- enzyme-inducing anti-epileptics: vitamin D below 20 µg ----------------------------------
@pytest.mark.parametrize("medicine", ["carbamazepine 200 mg 2dd", "Fenytoine"])
@pytest.mark.parametrize(("vitamin_d", "expected"), [(19, True), (20, False), (21, False)])
def test_aed_vitd_below_20(medicine, vitamin_d, expected):
    p = plan(vit_d(vitamin_d), medicines=(medicine,))
    assert ("AED-VITD" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "AED-VITD")
        assert f.severity is Severity.ADVICE and f.items == (0,)
        assert f"“{medicine}” speeds up the breakdown of vitamin D" in f.message("en")
        assert "19 µg/day of vitamin D, less than 20 µg" in f.message("en")
        assert "Overweeg 20 µg vitamine D per dag" in f.action("nl")


def test_aed_vitd_without_any_vitamin_d():
    assert fires("AED-VITD", medicines=("carbamazepine",))
    assert not fires("AED-VITD", vit_d(5))


# --- aromatase inhibitors: vitamin D below 10 µg, or food + supplements below 1,000 mg -------
@pytest.mark.parametrize(("vitamin_d", "expected"), [(9.9, True), (10, False), (10.1, False)])
def test_ai_bone_vitamin_d_below_10(vitamin_d, expected):
    p = plan(vit_d(vitamin_d), medicines=("anastrozol 1 mg",), dietary_calcium_mg=1200)
    assert ("AI-BONE" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "AI-BONE")
        assert f.severity is Severity.WARNING
        assert "“anastrozol 1 mg” is an aromatase inhibitor" in f.message("en")
        assert "9.9 µg/day of vitamin D, less than 10 µg" in f.message("en")


@pytest.mark.parametrize(("supplement", "expected"), [(399, True), (400, False), (401, False)])
def test_ai_bone_dietary_plus_supplemental_calcium_below_1000(supplement, expected):
    p = plan(vit_d(10), ca(supplement), medicines=("Letrozol",), dietary_calcium_mg=600)
    assert ("AI-BONE" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "AI-BONE")
        assert f.severity is Severity.WARNING
        assert "calcium from food (600 mg/day) and supplements together is 999 mg/day" in (
            f.message("en")
        )
        assert "minder dan 1.000 mg" in f.message("nl")


def test_ai_bone_recorded_dietary_calcium_alone_can_be_too_low():
    assert fires("AI-BONE", vit_d(10), medicines=("letrozol",), dietary_calcium_mg=999)
    assert not fires("AI-BONE", vit_d(10), medicines=("letrozol",), dietary_calcium_mg=1000)


def test_ai_bone_is_advice_to_assess_calcium_when_dietary_calcium_is_unknown():
    f = finding(plan(vit_d(10), medicines=("anastrozol",)), "AI-BONE")
    assert f.severity is Severity.ADVICE
    assert "Assess her calcium intake" in f.action("en")
    assert "Breng haar calciuminname in kaart" in f.action("nl")
    # With calcium in the plan and food unknown, the total cannot be judged: no finding.
    assert not fires("AI-BONE", vit_d(10), ca(500), medicines=("anastrozol",))
    # Too little vitamin D as well: a warning that says both.
    both = finding(plan(vit_d(5), medicines=("anastrozol",)), "AI-BONE")
    assert both.severity is Severity.WARNING
    assert "less than 10 µg and dietary calcium is not recorded" in both.message("en")


# --- digoxin and active vitamin D: calcium or vitamin D in the plan ---------------------------
@pytest.mark.parametrize(
    ("rule_id", "medicine", "severity"),
    [
        ("INT-DIGOXIN-CA", "digoxine 0,125 mg", Severity.ADVICE),
        ("INT-ACTIVE-D", "alfacalcidol 0,25 µg", Severity.WARNING),
        ("INT-ACTIVE-D", "Calcitriol", Severity.WARNING),
    ],
)
def test_calcium_or_vitamin_d_with_digoxin_or_active_vitamin_d(rule_id, medicine, severity):
    for items, present in (
        ((ca(0.5),), "calcium"),
        ((vit_d(0.5),), "vitamin D"),
        ((ca(500), vit_d(20)), "calcium and vitamin D"),
    ):
        f = finding(plan(*items, medicines=(medicine,)), rule_id)
        assert f is not None and f.severity is severity, items
        assert f"“{medicine}”" in f.message("en") and f"contains {present}:" in f.message("en")
    assert not fires(rule_id, mg(100), medicines=(medicine,))
    assert not fires(rule_id, ca(500), vit_d(20))


# --- fish oil: above 3,000 mg with a blood thinner, above 5,000 mg for anyone -----------------
@pytest.mark.parametrize(
    "medicine",
    [
        "apixaban 5 mg 2dd",
        "Rivaroxaban",
        "clopidogrel 75 mg",
        "Ascal 100 mg",
        "carbasalaatcalcium",
        "acenocoumarol 1 mg",
    ],
)
@pytest.mark.parametrize(("amount", "expected"), [(2999, False), (3000, False), (3001, True)])
def test_anticoagulant_with_more_than_3000_mg_epa_dha(medicine, amount, expected):
    p = plan(fish_oil(amount), medicines=(medicine,))
    assert ("INT-ANTICOAG-FISHOIL" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "INT-ANTICOAG-FISHOIL")
        assert f.severity is Severity.ADVICE and f.items == (0,)
        assert f"“{medicine}” raises the bleeding tendency" in f.message("en")
        assert "3,001 mg/day of EPA+DHA, more than 3,000 mg" in f.message("en")
        assert "meer dan 3.000 mg" in f.message("nl")
    assert "INT-ANTICOAG-FISHOIL" not in rule_ids(plan(fish_oil(amount)))


def test_anticoagulant_and_antiplatelet_together_are_both_named():
    f = finding(plan(fish_oil(4000), medicines=("clopidogrel", "apixaban")), "INT-ANTICOAG-FISHOIL")
    assert "“apixaban” and “clopidogrel”" in f.message("en")


@pytest.mark.parametrize(("amount", "expected"), [(4999, False), (5000, False), (5001, True)])
def test_fishoil_5g_for_anyone(amount, expected):
    p = plan(fish_oil(amount))
    assert ("FISHOIL-5G" in rule_ids(p)) is expected
    if expected:
        f = finding(p, "FISHOIL-5G")
        assert f.severity is Severity.WARNING
        assert "5,001 mg/day, more than 5,000 mg" in f.message("en")
        assert f.title("nl") == "EPA+DHA boven 5.000 mg per dag"


def test_the_totals_show_5000_mg_as_the_limit_of_epa_dha():
    assert limits()[Nutrient.EPA_DHA] == (5000, "FISHOIL-5G")


# --- INT-VKA-K names the vitamin K form the plan has (issue 14, point 5) ----------------------
def test_vka_with_only_vitamin_k1_does_not_cite_the_k2_study():
    multivitamin = item(("vitamin_k1", 30, "µg"), ("vitamin_c", 80, "mg"), product="Multi")
    f = finding(plan(multivitamin, medicines=("acenocoumarol",)), "INT-VKA-K")
    assert f.severity is Severity.CRITICAL
    for language in ("en", "nl"):
        assert "K2" not in f.message(language) and "MK-7" not in f.message(language)
    assert "contains vitamin K1 (30 µg/day): vitamin K1 works directly against" in f.message("en")
    assert "bevat vitamine K1 (30 µg/dag)" in f.message("nl")


def test_vka_with_vitamin_k2_names_it_and_the_mk7_evidence():
    k2 = finding(plan(item(("vitamin_k2", 45, "µg")), medicines=("Sintrom",)), "INT-VKA-K")
    assert "contains vitamin K2: even 10 µg a day of vitamin K2 (MK-7)" in k2.message("en")
    both = plan(item(("vitamin_k1", 30, "µg")), item(("vitamin_k2", 45, "µg")))
    both = plan(*both.items, medicines=("warfarine",))
    assert "contains vitamin K1 and vitamin K2: even" in finding(both, "INT-VKA-K").message("en")


# --- handout sentences --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("items", "medicine", "en", "nl"),
    [
        ((), "metformine 500 mg", "Metformine 500 mg can lower vitamin B12", "tintelen"),
        ((), "furosemide", "With furosemide you lose more magnesium", "Door furosemide"),
        ((ca(500),), "digoxine", "You use digoxine: ask your doctor", "U gebruikt digoxine"),
        ((vit_d(10),), "alfacalcidol", "Alfacalcidol is already a strong", "Alfacalcidol is al"),
        ((fish_oil(4000),), "apixaban", "while you use apixaban", "zolang u apixaban"),
    ],
)
def test_rules_that_fired_give_a_handout_sentence(items, medicine, en, nl):
    p = plan(*items, medicines=(medicine,))
    assert any(en in s for s in client_instructions(p, evaluate(p), "en"))
    assert any(nl in s for s in client_instructions(p, evaluate(p), "nl"))
    quiet = plan(*items)
    assert not any(en in s for s in client_instructions(quiet, evaluate(quiet), "en"))


def test_the_new_rules_are_declared_with_their_issue_severities():
    expected = {
        "INT-METF-B12": Severity.ADVICE,
        "INT-PPI-B12": Severity.ADVICE,
        "INT-LOOP-MG": Severity.ADVICE,
        "GC-BONE": Severity.WARNING,
        "AED-VITD": Severity.ADVICE,
        "AI-BONE": Severity.WARNING,
        "INT-DIGOXIN-CA": Severity.ADVICE,
        "INT-ACTIVE-D": Severity.WARNING,
        "INT-ANTICOAG-FISHOIL": Severity.ADVICE,
        "FISHOIL-5G": Severity.WARNING,
    }
    assert {i: RULES_BY_ID[i].severity for i in expected} == expected
    assert RULES_BY_ID["AI-BONE"].alternative_severity is Severity.ADVICE
