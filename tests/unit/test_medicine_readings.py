"""How each medicine line was read, as every view says it; the finding's "read as" note."""

from __future__ import annotations

import pytest

from app.domain.evaluation import evaluate_plan
from app.domain.medicines import Match, read, recognise_all
from app.domain.readings import as_json, corrected, describe, describe_for_client, did_you_mean
from tests.plans import item, plan

TYPO = "Acenocoumerol 1 mg"
KNOWN = "acenocoumarol"

K2 = item(("vitamin_k2", 75, "µg"), product="K2")


def test_each_kind_of_reading_has_its_own_sentence_in_both_languages():
    readings = recognise_all(
        ["Acenocoumarol 1 mg", TYPO, "ciprofloxacine oogdruppels", "xyzzy 3dd"]
    ).readings
    assert [r.match for r in readings] == [Match.EXACT, Match.FUZZY, Match.TOPICAL, Match.NONE]
    assert [describe(r, "en") for r in readings] == [
        "“Acenocoumarol 1 mg”: recognised (acenocoumarol)",
        "“Acenocoumerol 1 mg” read as acenocoumarol",
        "“ciprofloxacine oogdruppels”: topical (not taken by mouth: no interaction checked)",
        "“xyzzy 3dd”: not recognised",
    ]
    assert [describe(r, "nl") for r in readings] == [
        "„Acenocoumarol 1 mg”: herkend (acenocoumarol)",
        "„Acenocoumerol 1 mg” gelezen als acenocoumarol",
        "„ciprofloxacine oogdruppels”: lokaal (niet via de mond: geen interactie gecontroleerd)",
        "„xyzzy 3dd”: niet herkend",
    ]
    assert describe_for_client(readings, "en") == [
        "Checked against your supplements: Acenocoumarol 1 mg; Acenocoumerol 1 mg (acenocoumarol).",
        "Not taken by mouth, so not checked against your supplements: ciprofloxacine oogdruppels.",
        "Not recognised, so not checked against your supplements (ask your dietician): xyzzy 3dd.",
    ]
    assert describe_for_client(readings[1:2], "nl") == [
        "Gecontroleerd op wisselwerking met uw supplementen: Acenocoumerol 1 mg (acenocoumarol)."
    ]
    assert did_you_mean(readings[1], "nl") == "Bedoelde u acenocoumarol?"


def test_json_gives_one_entry_per_medicine_and_nulls_for_a_line_with_none():
    readings = recognise_all([TYPO, "ciprofloxacine oogdruppels", "xyzzy"]).readings
    assert as_json(readings) == [
        {"as_typed": TYPO, "generic": KNOWN, "class": "vitamin_k_antagonist", "match": "fuzzy"},
        {
            "as_typed": "ciprofloxacine oogdruppels",
            "generic": "ciprofloxacin",
            "class": "quinolone",
            "match": "topical",
        },
        {"as_typed": "xyzzy", "generic": None, "class": None, "match": "none"},
    ]


@pytest.mark.parametrize(
    ("typed", "read_as", "expected"),
    [
        ("Acenocoumerol 1 mg", "acenocoumarol", "Acenocoumarol 1 mg"),
        ("acenocoumerol 1dd 1 mg", "acenocoumarol", "acenocoumarol 1dd 1 mg"),
        ("1 mg acenocoumerol 's avonds", "acenocoumarol", "1 mg acenocoumarol 's avonds"),
        ("fenprocoumn 3 mg", "fenprocoumon", "fenprocoumon 3 mg"),
    ],
)
def test_the_correction_replaces_the_misspelt_word_and_keeps_the_rest(typed, read_as, expected):
    reading = read(typed)  # the reader finds the slip and makes the corrected line
    assert reading.match is Match.FUZZY and reading.read_as == read_as
    assert corrected(reading) == expected


def test_only_a_fuzzy_reading_has_a_correction():
    assert corrected(read("Acenocoumarol 1 mg")) is None
    assert corrected(read("xyzzy")) is None


def test_a_finding_on_a_fuzzy_reading_says_how_it_was_read():
    evaluation = evaluate_plan(plan(K2, medicines=(TYPO, "omeprazol")))
    vka = next(f for f in evaluation.findings if f.rule_id == "INT-VKA-K")
    assert vka.severity.value == "critical"
    assert vka.message("en").endswith(" “Acenocoumerol 1 mg” read as acenocoumarol.")
    assert vka.message("nl").endswith(" „Acenocoumerol 1 mg” gelezen als acenocoumarol.")
    assert vka.as_json("en")["message"] == vka.message("en")
    # A finding about another medicine, typed exactly, says nothing of it.
    ppi = next(f for f in evaluation.findings if f.rule_id == "INT-PPI-MG")
    assert "read as" not in ppi.message("en")


def test_every_interaction_finding_gets_the_note_not_only_the_vka_one():
    evaluation = evaluate_plan(plan(medicines=("omeprazool 20 mg",)))
    ppi = next(f for f in evaluation.findings if f.rule_id == "INT-PPI-MG")
    assert ppi.message("en").endswith("“omeprazool 20 mg” read as omeprazol.")


def test_an_exact_reading_adds_no_note():
    evaluation = evaluate_plan(plan(K2, medicines=("Acenocoumarol 1 mg",)))
    vka = next(f for f in evaluation.findings if f.rule_id == "INT-VKA-K")
    assert "read as" not in vka.message("en") and not vka.read_as


def test_the_real_typo_gives_the_critical_finding_with_its_note():
    evaluation = evaluate_plan(plan(K2, medicines=("acenocoumerol",)))
    vka = next(f for f in evaluation.findings if f.rule_id == "INT-VKA-K")
    assert vka.message("en").endswith("“acenocoumerol” read as acenocoumarol.")
    assert evaluation.medicines.readings[0].read_as == "acenocoumarol"
