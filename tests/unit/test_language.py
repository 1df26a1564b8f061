"""Dutch and English in the domain: nutrient names, units, shipped product texts, sources."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.domain.catalogue import in_language, seed_products
from app.domain.evaluation import evaluate_plan
from app.domain.nutrients import (
    CANONICAL_UNIT,
    NAMES,
    Nutrient,
    Unit,
    nutrient_name,
    nutrient_title,
    sentence_start,
    unit_label,
)
from app.domain.plan import Plan
from app.domain.rules import RULES, RULES_BY_ID
from app.handout.builder import build_handout
from app.handout.practice import Practice
from app.storage.catalogue import builtin_templates
from tests.pdf import joined
from tests.plans import finding, item, plan

LANGUAGES = ("nl", "en")
# "Vitamin d", "vitamine b6", "Vitamine a": a vitamin's letter in lower case.
_WRONG_VITAMIN = re.compile(r"\b[Vv]itamine? [a-z]\d*\b")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("nutrient", list(Nutrient))
def test_every_nutrient_title_only_raises_the_first_letter(nutrient, language):
    name = nutrient_name(nutrient, language)
    title = nutrient_title(nutrient, language)
    assert title[0].isupper() and title[1:] == name[1:]
    assert not _WRONG_VITAMIN.search(name) and not _WRONG_VITAMIN.search(title)


def test_sentence_start_keeps_the_rest_of_the_sentence():
    assert sentence_start("vitamine B6 boven de grens") == "Vitamine B6 boven de grens"
    assert sentence_start("") == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rule_text_writes_a_vitamin_letter_in_lower_case(language):
    for rule in RULES:
        texts = [rule.title(language), rule.message(language), rule.action(language)]
        for text in texts:
            assert not _WRONG_VITAMIN.search(text), (rule.id, text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "nutrient",
    [n for n in Nutrient if f"UL-{n.value.upper()}" in RULES_BY_ID],
)
def test_upper_limit_titles_and_messages_start_with_the_proper_name(nutrient, language):
    rule = RULES_BY_ID[f"UL-{nutrient.value.upper()}"]
    assert rule.title(language).startswith(nutrient_title(nutrient, language) + " ")
    limit = rule.limit[1] * 2
    found = finding(plan(item((nutrient.value, limit, CANONICAL_UNIT[nutrient].value))), rule.id)
    assert found.message(language).startswith(nutrient_title(nutrient, language) + " ")
    assert found.title(language) == rule.title(language)


def test_vitamin_d_title_reads_naturally_in_both_languages():
    title = RULES_BY_ID["UL-VITAMIN_D"].title
    assert title("en").startswith("Vitamin D above")
    assert title("nl").startswith("Vitamine D boven")
    assert RULES_BY_ID["UL-VITAMIN_B6"].title("nl").startswith("Vitamine B6 ")


def test_international_units_are_ie_in_dutch_and_iu_in_english():
    assert unit_label(Unit.IU, "nl") == "IE"
    assert unit_label(Unit.IU, "en") == "IU"
    for unit in (Unit.G, Unit.MG, Unit.UG):
        assert unit_label(unit, "nl") == unit_label(unit, "en") == unit.value
    assert Unit.IU.value == "IU"  # what plans store, unchanged


def test_every_catalogue_product_shows_in_either_language_whichever_was_stored():
    products = seed_products()
    assert len(products) > 10  # the loop below must have something to check
    for product in products:
        for stored in (product.name, product.name_en):
            assert in_language(stored, "nl") == product.name
            assert in_language(stored, "en") == product.name_en


def test_template_products_and_notes_exist_in_both_languages():
    templates = builtin_templates()
    assert templates and all(template.items for template in templates)
    for template in templates:
        for plan_item in template.items:
            english = in_language(plan_item.product, "en")
            assert english != plan_item.product, plan_item.product
            if plan_item.note:
                assert in_language(plan_item.note, "en") != plan_item.note, plan_item.note
                assert in_language(in_language(plan_item.note, "en"), "nl") == plan_item.note
    assert in_language("Bij de avondmaaltijd.", "en") == "With the evening meal."


def test_what_the_dietician_typed_stays_as_typed():
    assert in_language("Mijn eigen mengsel", "en") == "Mijn eigen mengsel"
    assert in_language("Na het sporten innemen.", "en") == "Na het sporten innemen."


def test_sources_are_given_in_the_readers_language():
    bisph = RULES_BY_ID["INT-BISPH"].source
    assert "interactions" in bisph("en") and "alendronic acid" in bisph("en")
    assert "interacties" in bisph("nl") and "alendroninezuur" in bisph("nl")
    for rule in RULES:
        assert rule.source("en").strip() and rule.source("nl").strip(), rule.id
        for dutch_word in ("interacties", "conclusie", "bevestigd", "aanvaardbare", "rubriek"):
            assert dutch_word not in rule.source("en"), (rule.id, dutch_word)
        for english_word in ("interactions", "conclusion", "confirmed", "tolerable", "column"):
            assert english_word not in rule.source("nl"), (rule.id, english_word)


def _template_plan() -> Plan:
    template = builtin_templates()[0]
    client = plan(age=70, status="postmenopausal").client
    return Plan(date(2026, 11, 24), client, template.items)


def test_the_english_handout_names_template_products_and_notes_in_english():
    bone = _template_plan()
    english = joined(build_handout(evaluate_plan(bone), Practice(), "en"))
    dutch = joined(build_handout(evaluate_plan(bone), Practice(), "nl"))
    assert "Calcium carbonate 500 mg" in english and "With the evening meal." in english
    assert "Calciumcarbonaat" not in english and "Bij de avondmaaltijd" not in english
    assert "Calciumcarbonaat 500 mg" in dutch and "Bij de avondmaaltijd." in dutch
    assert "Calcium carbonate" not in dutch


def test_names_kept_in_every_language_table():
    assert set(NAMES) == set(Nutrient)


def test_plan_file_problems_name_nutrients_and_units_in_the_readers_language():
    from app.domain.planfile import PlanFileError, items_from_data

    bad = [{"product": "X", "nutrients": [{"nutrient": "vitamin_k2", "amount": 5, "unit": "IU"}]}]
    with pytest.raises(PlanFileError) as error:
        items_from_data(bad)
    assert error.value.lines("en") == [
        'items[0].nutrients[0].unit: "IU" is not defined for vitamin K2'
    ]
    assert error.value.lines("nl") == [
        'items[0].nutrients[0].unit: "IU" is niet gedefinieerd voor vitamine K2'
    ]
    unknown = [{"product": "X", "nutrients": [{"nutrient": "zinc", "amount": 5, "unit": "x"}]}]
    with pytest.raises(PlanFileError) as error:
        items_from_data(unknown)
    assert error.value.lines("nl")[0].endswith("is geen bekende eenheid (g, mg, µg, IE)")
