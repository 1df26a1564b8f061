"""Medicines as clinicians write them (issue 14, point 2): the probe list and forgiving matching.

The probe list (tests/data/medicine_probes.csv) is data: spellings a dietician types, each with
the class it must be read in. tools/medicine_probes.py prints the same table for a report.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

import pytest

from app.domain import medicines
from app.domain.medicines import (
    Match,
    Medicine,
    MedicineClass,
    Supply,
    choose,
    numbers_of,
    read,
    recognise,
    recognise_all,
    vocabulary,
)
from app.domain.nutrients import Nutrient, Unit
from app.domain.plan import NutrientAmount
from app.domain.prescribed import offers
from app.domain.rules import Severity
from tests.plans import finding, item, plan, rule_ids

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "medicine_probes", ROOT / "tools" / "medicine_probes.py"
)
assert _spec is not None and _spec.loader is not None
probes_tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = probes_tool  # dataclasses look their module up there
_spec.loader.exec_module(probes_tool)
PROBES = probes_tool.probes()

#: The seven classes this probe list covers (the others have their own tests).
SEVEN = (
    MedicineClass.VITAMIN_K_ANTAGONIST,
    MedicineClass.BISPHOSPHONATE,
    MedicineClass.LEVOTHYROXINE,
    MedicineClass.THIAZIDE,
    MedicineClass.QUINOLONE,
    MedicineClass.TETRACYCLINE,
    MedicineClass.PROTON_PUMP_INHIBITOR,
)

#: Issue 14, "Missed names": each must be read in its class (or, the eye drops, as topical).
MISSED_IN_ISSUE_14 = {
    "acenocoumerol": MedicineClass.VITAMIN_K_ANTAGONIST,
    "Marevan": MedicineClass.VITAMIN_K_ANTAGONIST,
    "L-thyroxine 75 mcg": MedicineClass.LEVOTHYROXINE,
    "thyroxine": MedicineClass.LEVOTHYROXINE,
    "levothyroxin": MedicineClass.LEVOTHYROXINE,
    "natriumlevothyroxine": MedicineClass.LEVOTHYROXINE,
    "HCT": MedicineClass.THIAZIDE,
    "Losartan/HCT": MedicineClass.THIAZIDE,
    "Co-Diovan": MedicineClass.THIAZIDE,
    "Cozaar Plus": MedicineClass.THIAZIDE,
    "Micardis Plus": MedicineClass.THIAZIDE,
    "CoAprovel": MedicineClass.THIAZIDE,
    "Tenoretic": MedicineClass.THIAZIDE,
    "Moduretic": MedicineClass.THIAZIDE,
    "Pantoloc": MedicineClass.PROTON_PUMP_INHIBITOR,
    "omeprazool": MedicineClass.PROTON_PUMP_INHIBITOR,
    "esomeprazolmagnesium": MedicineClass.PROTON_PUMP_INHIBITOR,
}


def kinds(name: str) -> set[MedicineClass]:
    """The classes of the medicines *name* reads as (topical or not)."""
    return {medicine.kind for medicine in read(name).medicines}


# --- the probe list ----------------------------------------------------------------------------
@pytest.mark.parametrize("probe", PROBES, ids=[p.typed for p in PROBES])
def test_every_probe_reads_as_expected(probe):
    reading = read(probe.typed)
    assert probes_tool.reads_as(probe, reading), (probe, reading)


def test_the_probe_list_covers_the_seven_classes_and_the_recognition_table_is_full():
    # One table over both probe lists (the new classes' list: test_medicine_vocabulary.py).
    table = probes_tool.table(probes_tool.all_probes())
    print("\n".join(f"{kind:<24} {good:>4}/{total}" for kind, good, total in table))
    probed = {kind: total for kind, _good, total in table}
    assert len(PROBES) >= 130 and len(probes_tool.all_probes()) >= 200
    assert set(probed) == {kind.value for kind in MedicineClass} | {"topical", "none"}
    assert all(probed.get(kind.value, 0) >= 15 for kind in SEVEN), probed
    assert probed["topical"] >= 5 and probed["none"] >= 3
    assert [(kind, good) for kind, good, total in table if good != total] == []
    typed = {probe.typed for probe in PROBES}
    assert set(MISSED_IN_ISSUE_14) | {"ciprofloxacine oogdruppels"} <= typed
    assert {p.match for p in PROBES if p.expected in probed and p.match} == {"exact", "fuzzy"}


def test_the_tool_prints_the_table_and_succeeds(capsys):
    assert probes_tool.main([]) == 0
    out = capsys.readouterr().out
    assert "vitamin_k_antagonist" in out and "MISS" not in out
    assert "calcium_vitamin_d_medicine" in out  # a class of the second list
    assert "top 150 (NL)                    150/150 recognised" in out


def test_the_tool_holds_a_probe_to_its_class_match_and_supplies():
    calci_chew = read("Calci-Chew D3 500 mg/1000 IE")
    probe = probes_tool.Probe(
        "Calci-Chew D3 500 mg/1000 IE",
        "calcium_vitamin_d_medicine",
        "exact",
        supplies=(("calcium", 500), ("vitamin_d", 1000)),
    )
    assert probes_tool.reads_as(probe, calci_chew)
    wrong = dataclasses.replace(probe, supplies=(("calcium", 500), ("vitamin_d", 800)))
    assert not probes_tool.reads_as(wrong, calci_chew)
    assert not probes_tool.reads_as(dataclasses.replace(probe, match="fuzzy"), calci_chew)
    eye = probes_tool.Probe("prednisolon oogdruppels", "topical", "", kind="quinolone")
    assert not probes_tool.reads_as(eye, read(eye.typed))
    assert probes_tool.reads_as(
        dataclasses.replace(eye, kind="systemic_glucocorticoid"), read(eye.typed)
    )


@pytest.mark.parametrize(("name", "kind"), MISSED_IN_ISSUE_14.items())
def test_the_names_issue_14_found_missing_are_recognised(name, kind):
    assert kind in {medicine.kind for medicine in recognise(name)}
    assert recognise_all([name]).unrecognised == ()


# --- case, accents, strengths, forms, frequencies ----------------------------------------------
def test_strengths_units_forms_and_frequencies_are_ignored():
    for name in (
        "Fosamax 70 mg 1x per week",
        "FOSAMAX® 70MG tablet",
        "fosamax 70mg 1x/week nuchter",
        "Alendroninezuur 70 mg 1 tablet per week",
    ):
        assert read(name).match is Match.EXACT, name
        assert kinds(name) == {MedicineClass.BISPHOSPHONATE}, name
    for name in ("Thyrax Duotab 0,1 mg", "levothyroxine 75 mcg 1dd", "Euthyrox 3dd 25 µg"):
        assert kinds(name) == {MedicineClass.LEVOTHYROXINE}, name


def test_unit_words_are_left_out_of_names_and_of_what_was_typed():
    known = vocabulary()
    assert {"mg", "ie", "dd"} <= known.units
    assert [key for key in known.by_words if set(key) & known.units] == []
    written_out = read("Calci-Chew D3 500 mg/800 IE").medicines
    assert written_out and read("calci-chew D3 500/800").medicines == written_out
    # A strength typed inside a two-word brand does not split it.
    assert [m.generic for m in read("Cozaar 50 mg Plus").medicines] == [
        "losartan/hydrochlorothiazide"
    ]


def test_accents_and_case_do_not_matter():
    assert kinds("ACÉNOCOUMAROL") == {MedicineClass.VITAMIN_K_ANTAGONIST}
    assert read("Alendronsäure").match is Match.EXACT  # German, folded to "alendronsaure"
    shouted = read("CIPROFLOXACINE OOGDRUPPELS")
    assert shouted.match is Match.TOPICAL
    assert shouted.medicines == read("ciprofloxacine oogdruppels").medicines


# --- salt words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("esomeprazolmagnesium", "esomeprazole"),
        ("esomeprazol magnesium 20 mg", "esomeprazole"),
        ("esomeprazol-magnesium", "esomeprazole"),
        ("natriumlevothyroxine", "levothyroxine"),
        ("levothyroxinenatrium", "levothyroxine"),
        ("natrium levothyroxine", "levothyroxine"),
        ("warfarinenatrium", "warfarin"),
        ("doxycyclinemonohydraat", "doxycycline"),
        ("doxycycline hyclaat", "doxycycline"),
        ("pantoprazolnatriumsesquihydraat", "pantoprazole"),
        ("natriumalendronaat", "alendronate"),
        ("dabigatran etexilaat 110 mg", "dabigatran"),  # the ester, written as a salt
        ("dabigatranetexilaat", "dabigatran"),
    ],
)
def test_salt_words_belong_to_their_medicine(name, generic):
    reading = read(name)
    assert reading.match is Match.EXACT
    assert [medicine.generic for medicine in reading.medicines] == [generic]


@pytest.mark.parametrize(
    "name",
    [
        "esomeprazolmagnesium",
        "esomeprazol magnesium",
        "omeprazol-magnesium 20 mg",
        "carbasalaatcalcium 100 mg",
        "Ascal Cardio",
        "rosuvastatinecalcium",
        "atorvastatine calcium 20 mg",
        "levothyroxine natrium",
        "calciumfolinaat",
        "kaliumlosartan",
        "pantoprazol natrium",
    ],
)
def test_salt_names_are_not_nutrients(name):
    reading = read(name)
    supplied = {supply.nutrient for medicine in reading.medicines for supply in medicine.supplies}
    assert supplied == set(), reading
    assert not kinds(name) & {
        MedicineClass.CALCIUM_VITAMIN_D_MEDICINE,
        MedicineClass.IRON_MEDICINE,
    }, reading


@pytest.fixture
def calcium_is_a_name(monkeypatch):
    """The vocabulary with "calcium" as a medicine name of its own (as a calcium product)."""
    known = vocabulary()
    calcium = Medicine(
        "calcium carbonate",
        MedicineClass.CALCIUM_VITAMIN_D_MEDICINE,
        supplies=(Supply(Nutrient.CALCIUM, 500, Unit.MG),),
    )
    changed = dataclasses.replace(known, by_words={**known.by_words, ("calcium",): (calcium,)})
    monkeypatch.setattr(medicines, "vocabulary", lambda: changed)
    for cached in (medicines.read, medicines._reading_of_word, medicines._known_words):
        cached.cache_clear()
    yield calcium
    for cached in (medicines.read, medicines._reading_of_word, medicines._known_words):
        cached.cache_clear()


def test_a_salt_word_beside_a_medicine_is_its_salt_even_when_it_names_a_product(
    calcium_is_a_name,
):
    assert read("calcium 500 mg").medicines == (calcium_is_a_name,)
    for name in ("rosuvastatine calcium", "esomeprazol-calcium", "calcium esomeprazol"):
        assert calcium_is_a_name not in read(name).medicines, name
    # Written apart, the calcium is a product of its own.
    for name in ("alendronaat + calcium", "Actonel en calcium", "esomeprazol, calcium"):
        assert calcium_is_a_name in read(name).medicines, name


# --- combinations ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "losartan/HCT",
        "Losartan/HCT 50/12,5 mg",
        "losartan/hydrochloorthiazide",
        "valsartan HCT 160/25",
        "irbesartan/hydrochloorthiazide 150/12,5",
        "candesartan-HCT",
        "telmisartan + hydrochloorthiazide",
    ],
)
def test_a_combination_is_found_through_its_thiazide(name):
    assert MedicineClass.THIAZIDE in kinds(name)


def test_a_combination_brand_is_read_as_a_whole_not_as_its_first_word():
    for name, generic in (
        ("Cozaar Plus 50/12,5", "losartan/hydrochlorothiazide"),
        ("Co-Diovan", "valsartan/hydrochlorothiazide"),
        ("Exforge HCT", "amlodipine/valsartan/hydrochlorothiazide"),
        ("Vimovo 500/20", "naproxen/esomeprazole"),
    ):
        assert [m.generic for m in read(name).medicines] == [generic], name
    # The brand without "Plus" is the sartan alone: not a thiazide.
    for name in ("Cozaar", "Diovan", "Micardis", "Aprovel", "Atacand", "Renitec", "Tenormin"):
        assert MedicineClass.THIAZIDE not in kinds(name), name


def test_prednison_is_prednisone_not_a_slip_for_prednisolon():
    reading = read("Prednison 30 mg")
    assert reading.match is Match.EXACT
    assert [(m.generic, m.atc) for m in reading.medicines] == [("prednisone", "H02AB07")]


# --- one spelling, one medicine per class ------------------------------------------------------
@pytest.mark.parametrize("name", ["Fosavance", "Adrovance 70 mg", "Alenca D3", "Actokit D"])
def test_a_combination_brand_is_read_in_every_class_it_belongs_to(name):
    assert kinds(name) == {MedicineClass.BISPHOSPHONATE, MedicineClass.CALCIUM_VITAMIN_D_MEDICINE}
    listed = recognise_all([name])
    assert {m.kind for _typed, m in listed.found} == kinds(name)
    assert len(read(name).medicines) == 2  # one medicine per class


def test_fosavance_gives_the_bisphosphonate_interaction_and_its_vitamin_d_to_add():
    calcium = item(("calcium", 500, "mg"))
    entries = vocabulary().by_words[("fosavance",)]
    assert {m.kind for m in entries} == {
        MedicineClass.BISPHOSPHONATE,
        MedicineClass.CALCIUM_VITAMIN_D_MEDICINE,
    }
    fosavance = plan(calcium, medicines=("Fosavance 70 mg/5600 IE 1x per week",))
    assert "INT-BISPH" in rule_ids(fosavance)
    [(_typed, read, _nutrients)] = fosavance.unlisted_medicines([Nutrient.VITAMIN_D])
    assert read.supplies[0].amount == 5600 and read.interval_days == 7
    # Its vitamin D is weekly: the finding stays, but no daily item is offered (7x too much).
    assert "MED-SUPPLIES-NUTRIENT" in rule_ids(fosavance)
    assert offers(fosavance) == []
    # A daily product is offered as before.
    [offer] = offers(plan(medicines=("Calci-Chew D3 500 mg/800 IE",)))
    assert offer.item().nutrients[1] == NutrientAmount(Nutrient.VITAMIN_D, 800, Unit.IU)


# --- the strength typed picks the entry ----------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "numbers"),
    [
        ("Calci-Chew D3 500 mg/1000 IE citroen", (500, 1000)),
        ("colecalciferol 25.000 IE", (25000,)),
        ("colecalciferol 1.000.000 IE", (1000000,)),
        ("alfacalcidol 0,5 microgram", (0.5,)),
        ("Losartan/HCT 50/12,5 mg", (50, 12.5)),
        ("Calci-Chew D3", ()),  # a digit glued after a letter is part of the name
        ("vitamine K2 75µg 1x", (75, 1)),
    ],
)
def test_the_numbers_typed_are_read_as_numbers(typed, numbers):
    assert numbers_of(typed) == numbers


def _supplies(name: str, kind: MedicineClass = MedicineClass.CALCIUM_VITAMIN_D_MEDICINE) -> dict:
    [medicine] = [m for m in read(name).medicines if m.kind is kind]
    return {s.nutrient.value: s.amount for s in medicine.supplies}


@pytest.mark.parametrize(
    ("typed", "supplied"),
    [
        ("Calci-Chew D3 500 mg/1000 IE citroen", {"calcium": 500, "vitamin_d": 1000}),
        ("Calci-Chew D3 500 mg/1000 IE", {"calcium": 500, "vitamin_d": 1000}),
        ("calci-chew d3 500 mg / 25 microgram", {"calcium": 500, "vitamin_d": 1000}),
        ("Calci-Chew D3 1000/800", {"calcium": 1000, "vitamin_d": 800}),
        ("Calci-Chew D3 500/400", {"calcium": 500, "vitamin_d": 400}),
        # No strength, or one that fits several entries equally: the default (the first).
        ("Calci-Chew D3", {"calcium": 500, "vitamin_d": 800}),
        ("Calci-Chew D3 500 mg", {"calcium": 500, "vitamin_d": 800}),
        ("Calci-Chew D3 750/3000", {"calcium": 500, "vitamin_d": 800}),
        ("Fosavance 70 mg/5600 IE", {"vitamin_d": 5600}),
        ("Fosavance 70 mg/2800 IE", {"vitamin_d": 2800}),
        ("Fosavance 70 mg", {"vitamin_d": 2800}),
        ("Cad 1000/880 bruisgranulaat", {"calcium": 1000, "vitamin_d": 880}),
    ],
)
def test_the_strength_typed_picks_the_entry_of_its_brand(typed, supplied):
    assert _supplies(typed) == supplied


def test_choose_takes_the_longest_run_then_the_earlier_entry_then_the_default():
    kind = MedicineClass.CALCIUM_VITAMIN_D_MEDICINE
    other = Medicine("other", kind, strengths=((1000,),))
    short = Medicine("short", kind, strengths=((500,),))
    long = Medicine("long", kind, strengths=((9, 9), (500, 1000)))
    default = Medicine("default", kind, default=True)
    assert choose((other, short, long, default), (500, 1000)) == (long,)
    assert choose((other, short, long, default), (1000, 500)) == (other,)  # tie: earlier
    assert choose((other, short, long, default), (500,)) == (short,)
    assert choose((other, short, long, default), (1000, 20)) == (other,)
    # Not a run: 500 and 1000 apart; and nothing fits: the default, not the first.
    assert choose((short, long, default), (500, 3, 1000)) == (short,)
    assert choose((other, long, default), (7,)) == (default,)
    assert choose((other, long), ()) == (other,)
    # One per class.
    bone = Medicine("bone", MedicineClass.BISPHOSPHONATE)
    assert choose((bone, other, default), (1000,)) == (bone, other)


# --- the words of a name are used up by it -------------------------------------------------------
@pytest.mark.parametrize(
    "name", ["calcium/vitamine D3", "Calcium/Vitamine D3 Sandoz 500 mg/440 IE", "calcium d3"]
)
def test_a_combination_name_is_not_also_read_as_its_parts(name):
    assert kinds("vitamine D3") == {MedicineClass.CALCIUM_VITAMIN_D_MEDICINE}  # a name of its own
    assert [m.generic for m in read(name).medicines] == ["calcium carbonate/colecalciferol"]
    [offer] = offers(plan(medicines=(name,)))
    assert [n.nutrient for n in offer.item().nutrients] == [Nutrient.CALCIUM, Nutrient.VITAMIN_D]


# --- route words: topical ----------------------------------------------------------------------
def test_eye_drops_are_topical_not_an_oral_quinolone():
    reading = read("ciprofloxacine oogdruppels")
    assert reading.match is Match.TOPICAL
    assert [m.kind for m in reading.medicines] == [MedicineClass.QUINOLONE]
    assert recognise("ciprofloxacine oogdruppels") == ()
    listed = recognise_all(["ciprofloxacine oogdruppels", "Ciloxan", "Fucidin crème"])
    assert listed.found == () and listed.unrecognised == ()
    assert [r.match for r in listed.readings] == [Match.TOPICAL] * 3


def test_the_eye_drops_give_no_oral_interaction_and_no_unrecognised_medicine():
    zinc = item(("zinc", 10, "mg"))
    for name in ("ciprofloxacine oogdruppels", "Ciloxan", "Terra-Cortril oogzalf"):
        ids = rule_ids(plan(zinc, medicines=(name,)))
        assert "INT-QUINOLONE" not in ids and "INT-TETRA" not in ids, name
        assert "MED-UNRECOGNISED" not in ids, name
    assert "INT-QUINOLONE" in rule_ids(plan(zinc, medicines=("ciprofloxacine 500 mg",)))
    assert "INT-TETRA" in rule_ids(plan(zinc, medicines=("Efracea 40 mg",)))


def test_a_topical_brand_beside_an_oral_medicine_keeps_the_oral_one():
    listed = recognise_all(["Ciloxan", "doxycycline 100 mg"])
    assert [(typed, m.kind) for typed, m in listed.found] == [
        ("doxycycline 100 mg", MedicineClass.TETRACYCLINE)
    ]


# --- forgiving: one slip -----------------------------------------------------------------------
def test_a_typo_of_a_vitamin_k_antagonist_still_gives_the_critical_finding():
    reading = read("Acenocoumerol 1 mg")
    assert reading.match is Match.FUZZY
    assert reading.read_as == "acenocoumarol"
    assert reading.corrected == "Acenocoumarol 1 mg"
    f = finding(
        plan(item(("vitamin_k2", 45, "µg")), medicines=("Acenocoumerol 1 mg",)), "INT-VKA-K"
    )
    assert f is not None and f.severity is Severity.CRITICAL
    assert "MED-UNRECOGNISED" not in rule_ids(plan(medicines=("acenocoumerol",)))
    # Marevan (warfarin) is recognised: K2 is no longer advised twice over an unknown name.
    assert "INT-VKA-K" in rule_ids(plan(item(("vitamin_k2", 45, "µg")), medicines=("Marevan",)))


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("Sintrm", "Sintrom"),  # 7 letters, one deletion
        ("warfarien", "warfarine"),  # transposition counts as one slip
        ("Thryax", "Thyrax"),
        ("Nexuim", "Nexium"),
        ("Marevna", "Marevan"),
        ("hydrochloortiazide", "hydrochloorthiazide"),  # 19 letters: one slip of two allowed
        ("ciproflaxacine", "ciprofloxacine"),
        ("acenokoumerol", "acenocoumarol"),  # 13 letters: two slips
        ("Cozar Plus", "Cozaar Plus"),  # a slip in a word of a two-word brand
    ],
)
def test_a_slip_is_read_as_the_known_spelling(typed, read_as):
    reading = read(typed)
    assert reading.match is Match.FUZZY, reading
    assert reading.read_as == read_as


@pytest.mark.parametrize(
    "typed",
    [
        "Thryxa",  # 6 letters, two slips from Thyrax: only one allowed up to 8 letters
        "Marvena",  # two slips from Marevan (7 letters)
        "acenokoumerl",  # three slips in a long name
        "Losc",  # 4 letters: names shorter than 5 are never fuzzed
        "doxi",
        "HTC",
    ],
)
def test_too_many_slips_or_too_short_is_not_guessed(typed):
    assert read(typed).match is Match.NONE


def test_a_word_as_near_to_two_medicines_is_not_guessed():
    # one letter from esomeprazol and one from omeprazol: which one is meant is unknown.
    assert read("eomeprazol").match is Match.NONE


def test_a_known_spelling_is_never_read_as_another_medicine():
    """Every spelling in the vocabulary reads exactly as its own medicine."""
    known = vocabulary()
    for key, entries in known.by_words.items():
        spelling = known.spellings[key]
        reading = read(spelling)
        assert reading.match in (Match.EXACT, Match.TOPICAL), spelling
        assert reading.medicines == choose(entries, numbers_of(spelling)), spelling
        assert reading.read_as == "", spelling


#: Medicines Dutch clients take that belong to none of the seven classes; some lie within an
#: edit or two of a name in them.
_OTHER_MEDICINES = """
amlodipine metoprolol simvastatine atorvastatine rosuvastatine pravastatine paracetamol
ibuprofen diclofenac naproxen metformine gliclazide glimepiride insuline lisinopril enalapril
perindopril ramipril losartan valsartan irbesartan candesartan telmisartan olmesartan Cozaar
Diovan Micardis Aprovel Atacand Renitec Zestril Coversyl Tenormin Selokeen bisoprolol atenolol
carvedilol propranolol sotalol nebivolol furosemide Lasix bumetanide spironolacton eplerenon
amiloride triamtereen nifedipine diltiazem verapamil lercanidipine doxazosine tamsulosine
acetylsalicylzuur carbasalaatcalcium Ascal clopidogrel ticagrelor apixaban rivaroxaban edoxaban
dabigatran nadroparine dalteparine enoxaparine prednisolon prednison dexamethason hydrocortison
budesonide fluticason salbutamol tiotropium montelukast cetirizine loratadine sertraline
citalopram escitalopram paroxetine venlafaxine mirtazapine amitriptyline nortriptyline
doxepine oxazepam temazepam lorazepam diazepam zolpidem quetiapine olanzapine haloperidol
levetiracetam lamotrigine valproinezuur carbamazepine fenytoine gabapentine pregabaline
tramadol oxycodon morfine allopurinol colchicine methotrexaat hydroxychloroquine mesalazine
levodopa ropinirol pramipexol rivastigmine donepezil macrogol lactulose loperamide domperidon
metoclopramide ranitidine famotidine tamoxifen anastrozol letrozol exemestaan digoxine
amiodaron nitrofurantoine amoxicilline claritromycine azitromycine trimethoprim
flucloxacilline metronidazol fluconazol foliumzuur colecalciferol alfacalcidol calcitriol
ferrofumaraat kaliumchloride magnesiumoxide calciumcarbonaat solifenacine estradiol
thiamazol propylthiouracil liothyronine isosorbidemononitraat ezetimibe minoxidil lithium
oxytetracycline lymecycline zoledroninezuur denosumab
"""
OTHER_MEDICINES = _OTHER_MEDICINES.split()


def test_no_other_medicine_is_read_as_one_of_the_seven_classes():
    # liothyronine is in the levothyroxine class on purpose (thyroid hormone, same interaction).
    wrong = {
        name: read(name)
        for name in OTHER_MEDICINES
        if name != "liothyronine" and kinds(name) & set(SEVEN)
    }
    assert wrong == {}


#: Words that come with a medicine line: never a slip of the pen for a medicine name.
ORDINARY_LINES = [
    "1 tablet per dag",
    "2 capsules voor het ontbijt",
    "zo nodig 1 bruistablet",
    "eenmaal per week op maandag nuchter met water",
    "volgens schema van de trombosedienst",
    "sinds drie maanden gestopt",
    "prior to breakfast, twice daily",
    "maagsapresistente tabletten met gereguleerde afgifte",
    "halve tablet in de ochtend en avond",
    "druppels drank oplossing suspensie",
    "natrium",
    "magnesium calcium",
    "tetra",
]


@pytest.mark.parametrize("line", ORDINARY_LINES)
def test_ordinary_words_are_not_read_as_medicines(line):
    assert read(line).match is Match.NONE, read(line)


# --- speed -------------------------------------------------------------------------------------
def test_a_name_is_read_once_and_then_remembered():
    first = read("Fosamax 70 mg (cache probe)")
    assert read("Fosamax 70 mg (cache probe)") is first
    cold, warm = probes_tool.microseconds_per_name(PROBES, rounds=2)
    assert warm < cold


# --- the vocabulary as loaded (the files themselves: test_medicine_vocabulary.py) ------------
def test_salt_route_and_ordinary_words_are_no_medicine_names():
    known = vocabulary()
    single_names = {key[0] for key in known.by_words if len(key) == 1}
    assert known.route_words.isdisjoint(single_names)
    assert known.ordinary.isdisjoint(single_names)
    assert known.salts.isdisjoint(single_names - {"calcium", "magnesium", "zink", "zinc"})
