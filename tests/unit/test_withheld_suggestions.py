"""Advice never suggests what the client's condition, kidney function or medicine rules out.

A plan must not be told to add vitamin D while hypercalcaemia forbids it.
"""

from tests.plans import finding, item, plan, rule_ids

#: Advice a first-visit plan for a postmenopausal vegetarian of 68 gets, by nutrient.
SUGGESTING = {"VITD-NL-ADVICE", "PMW-BONE-BUNDLE", "CA-INTAKE-F65"}


def first_visit(**client):
    return plan(age=68, status="postmenopausal", diet="vegetarian", **client)


def test_an_empty_plan_is_advised_calcium_and_vitamin_d_without_a_condition():
    ids = set(rule_ids(first_visit()))
    assert ids >= SUGGESTING
    bundle = finding(first_visit(), "PMW-BONE-BUNDLE")
    assert "calcium" in bundle.message("en").lower()
    assert "vitamin d" in bundle.message("en").lower()


def test_hypercalcaemia_withholds_every_suggestion_of_calcium_and_vitamin_d():
    chosen = first_visit(conditions=("hypercalcaemia",))
    ids = set(rule_ids(chosen))
    assert "VITD-NL-ADVICE" not in ids
    assert "CA-INTAKE-F65" not in ids
    bundle = finding(chosen, "PMW-BONE-BUNDLE")
    assert bundle is not None  # magnesium, zinc and K2 are still suggested
    text = bundle.message("en").lower()
    assert "calcium" not in text and "vitamin d" not in text
    assert "magnesium" in text


def test_severe_renal_impairment_withholds_magnesium_calcium_and_vitamin_d():
    chosen = first_visit(egfr=25, medicines=("omeprazol 20 mg",))
    ids = set(rule_ids(chosen))
    assert "INT-PPI-MG" not in ids  # a PPI asks for magnesium, the kidneys forbid it
    assert "VITD-NL-ADVICE" not in ids
    text = finding(chosen, "PMW-BONE-BUNDLE").message("en").lower()
    assert "magnesium" not in text and "calcium" not in text
    # At eGFR 30 nothing is withheld.
    assert "INT-PPI-MG" in rule_ids(first_visit(egfr=30, medicines=("omeprazol 20 mg",)))


def test_active_vitamin_d_withholds_calcium_and_vitamin_d_suggestions():
    ids = set(rule_ids(first_visit(medicines=("alfacalcidol 0,25 microgram",))))
    assert "VITD-NL-ADVICE" not in ids and "CA-INTAKE-F65" not in ids


def test_a_withholding_condition_still_warns_about_what_is_in_the_plan():
    chosen = plan(item(("calcium", 500, "mg")), age=68, conditions=("hypercalcaemia",))
    assert "HYPERCA" in rule_ids(chosen)
