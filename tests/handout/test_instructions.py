"""Every sentence of the handout's "Good to know" section, read back from the PDF.

Each sentence has a plan that must produce it and plans that must not, in Dutch and English.
They are written against behaviour (a plan in, the handout's text out), never against rule
ids, so they keep holding when the rules are declared differently.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

import pytest

from app.domain.evaluation import evaluate_plan
from app.domain.plan import Moment, Override, Plan, PlanItem
from app.handout.builder import build_handout
from app.handout.practice import Practice
from tests.pdf import joined
from tests.plans import item, plan

HEADING = {"nl": "Goed om te weten", "en": "Good to know"}
CLOSING_HEADING = {"nl": "Vragen?", "en": "Questions?"}

CALCIUM = item(("calcium", 500, "mg"), morning=0, evening=1, product="Calcium 500 mg")
VITAMIN_D = item(("vitamin_d", 20, "µg"), product="Vitamine D 20 µg")
MAGNESIUM = item(("magnesium", 200, "mg"), morning=0, bedtime=1, product="Magnesium 200 mg")
IRON = item(("iron", 14, "mg"), morning=0, midday=1, product="IJzer 14 mg")
ZINC = item(("zinc", 10, "mg"), morning=0, midday=1, product="Zink 10 mg")
K2 = item(("vitamin_k2", 75, "µg"), product="Vitamine K2 75 µg")


def advice(p: Plan, language: str, overrides: Mapping[str, Override] | None = None) -> str:
    """The handout's "Good to know" section as the client reads it (one place to adapt)."""
    pdf = build_handout(evaluate_plan(p, overrides), Practice(), language)
    text = joined(pdf)
    return text[text.index(HEADING[language]) : text.index(CLOSING_HEADING[language])]


@dataclass(frozen=True)
class Sentence:
    """A sentence, a plan that gives it, plans that must not, and a fragment to spot it by."""

    name: str
    given: Plan
    not_given: tuple[Plan, ...]
    text: Mapping[str, str]
    spotted_by: Mapping[str, str]


def _plan(*items: PlanItem, medicines: tuple[str, ...] = ()) -> Plan:
    return plan(*items, age=70, status="postmenopausal", medicines=medicines)


SENTENCES = [
    Sentence(
        "quinolone",
        _plan(CALCIUM, ZINC, VITAMIN_D, medicines=("Ciproxin 500 mg",)),
        (
            _plan(VITAMIN_D, medicines=("Ciproxin 500 mg",)),  # no mineral to keep apart
            _plan(CALCIUM, ZINC),  # no antibiotic
        ),
        {
            "en": "Take the antibiotic Ciproxin 500 mg 2 hours before or 6 hours after calcium "
            "or zinc.",
            "nl": "Neem het antibioticum Ciproxin 500 mg 2 uur vóór of 6 uur na calcium of zink "
            "in.",
        },
        {"en": "6 hours after", "nl": "6 uur na"},
    ),
    Sentence(
        "tetracycline",
        _plan(MAGNESIUM, IRON, medicines=("Doxycycline 100 mg",)),
        (
            _plan(VITAMIN_D, K2, medicines=("Doxycycline 100 mg",)),
            _plan(MAGNESIUM, IRON, medicines=("Ciproxin 500 mg",)),  # another antibiotic
        ),
        {
            "en": "Keep 2 to 3 hours between the antibiotic Doxycycline 100 mg and magnesium or "
            "iron.",
            "nl": "Houd 2 tot 3 uur tussen het antibioticum Doxycycline 100 mg en magnesium of "
            "ijzer.",
        },
        {"en": "2 to 3 hours", "nl": "2 tot 3 uur"},
    ),
    Sentence(
        "thiazide",
        _plan(CALCIUM, medicines=("Hydrochloorthiazide 12,5 mg",)),
        (
            _plan(ZINC, MAGNESIUM, medicines=("Hydrochloorthiazide 12,5 mg",)),  # no Ca, no D
            _plan(CALCIUM, VITAMIN_D),
        ),
        {
            "en": "While you use Hydrochloorthiazide 12,5 mg, ask your doctor to check the "
            "calcium level in your blood now and then.",
            "nl": "Laat uw arts af en toe het calcium in uw bloed controleren zolang u "
            "Hydrochloorthiazide 12,5 mg gebruikt.",
        },
        {"en": "calcium level in your blood", "nl": "calcium in uw bloed"},
    ),
    Sentence(
        "thiazide with vitamin D only",
        _plan(VITAMIN_D, medicines=("Fludex 1,5 mg",)),
        (_plan(VITAMIN_D, medicines=("Losec 20 mg",)),),
        {
            "en": "While you use Fludex 1,5 mg, ask your doctor to check the calcium level",
            "nl": "zolang u Fludex 1,5 mg gebruikt.",
        },
        {"en": "calcium level in your blood", "nl": "calcium in uw bloed"},
    ),
    Sentence(
        "proton pump inhibitor",
        _plan(CALCIUM, VITAMIN_D, medicines=("Omeprazol 20 mg",)),
        (
            _plan(CALCIUM, MAGNESIUM, medicines=("Omeprazol 20 mg",)),  # magnesium is given
            _plan(CALCIUM, VITAMIN_D),
        ),
        {
            "en": "Your stomach medicine can lower magnesium and vitamin B12: ask your doctor to "
            "check them.",
            "nl": "Uw maagzuurremmer kan magnesium en vitamine B12 verlagen: vraag uw arts ze te "
            "laten controleren.",
        },
        {"en": "stomach medicine", "nl": "maagzuurremmer"},
    ),
    Sentence(
        "levothyroxine",
        _plan(CALCIUM, IRON, ZINC, medicines=("Thyrax Duotab 0,1 mg",)),
        (
            _plan(ZINC, VITAMIN_D, medicines=("Thyrax Duotab 0,1 mg",)),  # zinc is not named
            _plan(CALCIUM, IRON),
        ),
        {
            "en": "Keep at least 4 hours between Thyrax Duotab 0,1 mg and calcium or iron.",
            "nl": "Houd minstens 4 uur tussen Thyrax Duotab 0,1 mg en calcium of ijzer.",
        },
        {"en": "at least 4 hours", "nl": "minstens 4 uur"},
    ),
    Sentence(
        "vitamin K antagonist",
        _plan(VITAMIN_D, medicines=("Marcoumar 3 mg",)),
        (_plan(VITAMIN_D, K2),),
        {
            "en": "Do not start vitamin K (also not in a multivitamin) without talking to the "
            "anticoagulation clinic first: it changes how Marcoumar 3 mg works.",
            "nl": "Begin niet met vitamine K (ook niet in een multivitamine) zonder overleg met "
            "de trombosedienst: het verandert de werking van Marcoumar 3 mg.",
        },
        {"en": "anticoagulation clinic", "nl": "trombosedienst"},
    ),
    Sentence(
        "bisphosphonate",
        # Vitamin D at breakfast: only the minerals' moments decide "later in the day".
        _plan(MAGNESIUM, ZINC, VITAMIN_D, medicines=("Fosamax 70 mg",)),
        (
            _plan(VITAMIN_D, K2, medicines=("Fosamax 70 mg",)),  # no mineral
            _plan(MAGNESIUM, ZINC),
        ),
        {
            "en": "Take Fosamax 70 mg on an empty stomach with a glass of plain water. Take "
            "magnesium and zinc at least 30 minutes later, preferably later in the day.",
            "nl": "Neem Fosamax 70 mg nuchter in met een glas gewoon water. Neem magnesium en "
            "zink minstens 30 minuten later in, bij voorkeur later op de dag.",
        },
        {"en": "empty stomach", "nl": "nuchter"},
    ),
    Sentence(
        "ibandronate waits an hour",
        _plan(CALCIUM, medicines=("Bonviva 150 mg",)),
        (),
        {
            "en": "Take calcium at least 60 minutes later",
            "nl": "Neem calcium minstens 60 minuten later in",
        },
        {"en": "empty stomach", "nl": "nuchter"},
    ),
    Sentence(
        "iron and calcium kept apart",
        _plan(IRON, CALCIUM),  # midday and evening
        (
            _plan(IRON, ZINC),  # no calcium
            _plan(item(("iron", 14, "mg")), item(("calcium", 500, "mg"))),  # both at breakfast
        ),
        {
            "en": "Take iron and calcium at least 2 hours apart, as the schedule shows.",
            "nl": "Neem ijzer en calcium minstens 2 uur na elkaar in, zoals in het schema staat.",
        },
        {"en": "iron and calcium at least", "nl": "ijzer en calcium minstens"},
    ),
    Sentence(
        "zinc with water",
        _plan(ZINC),
        (
            _plan(item(("zinc", 10, "mg"), taken_with="milk")),
            _plan(item(("zinc", 10, "mg"), taken_with="meal")),
            _plan(CALCIUM),
        ),
        {
            "en": "Take zinc with water, not with milk: milk halves how much zinc you absorb.",
            "nl": "Neem zink in met water, niet met melk: melk halveert de opname van zink.",
        },
        {"en": "Take zinc with water", "nl": "Neem zink in met water"},
    ),
    Sentence(
        "zinc as the schedule shows",
        _plan(item(("zinc", 10, "mg"), taken_with="meal")),
        (_plan(ZINC), _plan(item(("zinc", 10, "mg"), taken_with="milk")), _plan(IRON)),
        {
            "en": "Take zinc as the schedule shows, but not with a glass of milk: milk halves "
            "how much zinc you absorb.",
            "nl": "Neem zink in zoals in het schema staat, maar niet met een glas melk: melk "
            "halveert de opname van zink.",
        },
        {"en": "not with a glass of milk", "nl": "niet met een glas melk"},
    ),
]

CLOSING = {
    "en": "Take the products as the schedule shows. In doubt, or new medicines? Contact your "
    "dietician before you change anything.",
    "nl": "Neem de producten in zoals in het schema staat. Twijfelt u, of krijgt u nieuwe "
    "medicijnen? Neem contact op met uw diëtist voordat u iets verandert.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s.name)
def test_the_sentence_is_given_for_its_plan_and_only_there(sentence: Sentence, language: str):
    given = advice(sentence.given, language)
    assert sentence.text[language] in given
    assert given.count(sentence.spotted_by[language]) == 1, given  # said once
    for other in sentence.not_given:
        assert sentence.spotted_by[language] not in advice(other, language)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_handout_closes_its_advice_with_the_general_sentence(language: str):
    for p in (_plan(), _plan(CALCIUM, IRON, medicines=("Fosamax 70 mg",))):
        text = advice(p, language)
        assert text.rstrip().endswith(CLOSING[language]), text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_plan_without_risks_gets_only_the_general_sentence(language: str):
    text = advice(_plan(VITAMIN_D), language)
    bullet_and_sentence = text[len(HEADING[language]) :].strip()
    # The bullet comes back from the PDF as one odd character ("\x7f"), then the sentence.
    assert bullet_and_sentence[1:].strip() == CLOSING[language]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_agreed_vitamin_k_sentence_needs_the_override_and_vitamin_k_in_the_plan(language):
    agreed = {"INT-VKA-K": Override("INT-VKA-K", "v", "Afgestemd met de trombosedienst")}
    with_k = _plan(K2, medicines=("Sintrom mitis 1 mg",))
    expected = {
        "en": "Take vitamin K2 every day in the same amount, as the schedule shows: this was "
        "agreed with the anticoagulation clinic. Tell the anticoagulation clinic before you "
        "change the amount or stop: it changes how Sintrom mitis 1 mg works.",
        "nl": "Neem vitamine K2 elke dag in dezelfde hoeveelheid, zoals in het schema staat: dit "
        "is afgesproken met de trombosedienst. Laat het de trombosedienst weten voordat u de "
        "hoeveelheid verandert of ermee stopt: het verandert de werking van Sintrom mitis 1 mg.",
    }[language]
    assert expected in advice(with_k, language, agreed)
    spotted = {"en": "every day in the same amount", "nl": "elke dag in dezelfde hoeveelheid"}
    assert spotted[language] not in advice(with_k, language)  # not agreed: "do not start"
    without_k = _plan(VITAMIN_D, medicines=("Sintrom mitis 1 mg",))
    assert spotted[language] not in advice(without_k, language, agreed)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_schedule_that_names_only_the_evening_is_not_a_morning(language):
    """A schedule may leave out the moments without units (as an edited item does)."""
    evening_only = dataclasses.replace(CALCIUM, schedule={Moment.EVENING: 1})
    text = advice(_plan(evening_only, medicines=("Fosamax 70 mg",)), language)
    assert {"en": "later in the day", "nl": "later op de dag"}[language] in text
    assert {"en": "On the morning", "nl": "Wacht op de ochtend"}[language] not in text
