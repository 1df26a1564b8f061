"""The medicine vocabulary files are sound data, and what a dietician types reads as it should.

The one test module for the files themselves (class files and the word lists routes.toml and
words.toml); test_medicine_matching.py tests the reader. The files are reviewed by hand, so these
tests guard what a reviewer cannot see at a glance: a missing source, an ATC code with a slip, a
misspelt field, one spelling naming two medicines in a class, a nutrient or unit Supplan does not
know, a brand with several strengths but no default.
"""

import re
import tomllib
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import pytest

from app.domain.medicines import (
    Match,
    MedicineClass,
    read,
    recognise,
    vocabulary,
    words_of,
)
from app.domain.nutrients import Nutrient, Unit

DATA = Path(__file__).resolve().parent.parent / "data"

#: ATC codes at any level: A, A10, A10B, A10BA, A10BA02.
ATC = re.compile(r"^[A-Z](\d\d([A-Z]([A-Z](\d\d)?)?)?)?$")

#: Every field an entry may have; anything else is a typo that the loader would silently skip.
ENTRY_FIELDS = {
    "generic",
    "atc",
    "names",
    "supplies",
    "default",
    "strengths",
    "unit_form",
    "usual_interval_days",
    "topical",
    "unconfirmed",
    "note",
}

#: Classes whose every entry says what one unit supplies (unless marked unconfirmed).
SUPPLYING = {MedicineClass.IRON_MEDICINE, MedicineClass.CALCIUM_VITAMIN_D_MEDICINE}


def vocabulary_files() -> dict[str, dict]:
    """Each shipped vocabulary file by name, parsed."""
    folder = files("app.resources") / "medicines"
    return {
        entry.name: tomllib.loads(entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


def class_files() -> dict[str, dict]:
    """The files that list medicines (not the word lists routes.toml and words.toml)."""
    return {
        name: data for name, data in vocabulary_files().items() if "class" in data["vocabulary"]
    }


def key(name: str) -> tuple[str, ...]:
    """A spelling as the reader keys it: folded words, unit words left out."""
    return tuple(word for word in words_of(name) if word not in vocabulary().units)


def entries() -> list[tuple[MedicineClass, dict]]:
    """Every medicine entry of every class file, with its class."""
    return [
        (MedicineClass(data["vocabulary"]["class"]), raw)
        for data in class_files().values()
        for raw in data.get("medicine", [])
    ]


def test_every_class_has_its_file_and_every_file_names_its_class_source_and_review_date():
    found = class_files()
    assert {name.removesuffix(".toml") for name in found} == {kind.value for kind in MedicineClass}
    for name, data in vocabulary_files().items():
        head = data["vocabulary"]
        assert head["source"].strip(), name
        assert hasattr(head["reviewed"], "year"), f"{name}: reviewed must be a TOML date"
        if name in found:
            assert head["class"] == name.removesuffix(".toml")
            assert data.get("medicine"), f"{name} lists no medicine"
        else:
            # A word list: only word tables, each a list of words, and no medicine.
            lists = set(data) - {"vocabulary"}
            assert lists and lists <= {"routes", "salts", "ordinary", "units"}, name
            assert all(data[table]["words"] for table in lists), name
    assert set(vocabulary_files()) - set(found) == {"routes.toml", "words.toml"}


def test_every_entry_has_a_generic_a_valid_atc_code_names_and_only_known_fields():
    for kind, raw in entries():
        where = f"{kind.value}: {raw.get('generic')}"
        assert raw["generic"].strip(), where
        assert ATC.match(raw["atc"]), f"{where}: ATC code {raw['atc']!r}"
        assert raw["names"], where
        assert all(words_of(name) for name in raw["names"]), f"{where}: a name without letters"
        assert set(raw) <= ENTRY_FIELDS, f"{where}: unknown field(s) {set(raw) - ENTRY_FIELDS}"
        for flag in ("default", "topical", "unconfirmed"):
            assert isinstance(raw.get(flag, False), bool), f"{where}: {flag} must be true/false"
        for text in ("unit_form", "note"):
            assert isinstance(raw.get(text, ""), str), f"{where}: {text}"
        interval = raw.get("usual_interval_days", 1)
        assert isinstance(interval, int) and interval > 0, where
        for strength in raw.get("strengths", ()):
            assert isinstance(strength, list) and strength, f"{where}: strengths is a list of lists"
            assert all(isinstance(n, int | float) and n > 0 for n in strength), where


def test_no_spelling_names_two_different_medicines_in_one_class():
    """Within a class a spelling names one generic; across classes only a combination may repeat.

    A combination brand (Fosavance: alendronate and colecalciferol) is one entry in each class it
    belongs to; any other spelling in two places is a mistake that hides one of them.
    """
    generics: dict[tuple[str, ...], set[tuple[MedicineClass, str]]] = defaultdict(set)
    for kind, raw in entries():
        for name in raw["names"]:
            generics[key(name)].add((kind, raw["generic"]))
    for spelling, named in generics.items():
        by_class: dict[MedicineClass, set[str]] = defaultdict(set)
        for kind, generic in named:
            by_class[kind].add(generic)
        for kind, names in by_class.items():
            assert len(names) == 1, f"{' '.join(spelling)!r} names {sorted(names)} in {kind.value}"
        if len(by_class) > 1:
            classes = sorted(k.value for k in by_class)
            assert any("/" in generic or "+" in generic for _kind, generic in named), (
                f"{' '.join(spelling)!r} is in {classes}, not as a combination"
            )


def test_every_supply_names_a_known_nutrient_and_unit_with_a_positive_amount():
    for kind, raw in entries():
        for supply in raw.get("supplies", ()):
            where = f"{kind.value}: {raw['generic']}"
            assert set(supply) == {"nutrient", "amount", "unit"}, where
            Nutrient(supply["nutrient"])
            Unit(supply["unit"])
            assert supply["amount"] > 0, where
        if kind in SUPPLYING and not raw.get("unconfirmed"):
            where = f"{kind.value}: {raw['generic']}"
            assert raw.get("supplies"), f"{where} says nothing of what it supplies"


def test_a_longer_spelling_never_hides_an_interaction_inside_it():
    """The longest known spelling wins, so no spelling may hide another class's inside it.

    "Fosavance 70 mg/2800 IE" in one class must not hide the bisphosphonate "Fosavance"; only a
    local (topical) product such as "budesonide/formoterol" may hide a systemic name, on purpose.
    """
    spellings = [
        (key(name), kind, bool(raw.get("topical")))
        for kind, raw in entries()
        for name in raw["names"]
    ]
    known = {(words, kind) for words, kind, _topical in spellings}

    def inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))

    for short, kind, _topical in spellings:
        if kind is MedicineClass.NO_SUPPLEMENT_INTERACTION:
            continue
        for long, other, topical in spellings:
            if len(long) > len(short) and other is not kind and inside(short, long):
                assert topical or (long, kind) in known, (
                    f"{' '.join(long)!r} ({other.value}) hides {' '.join(short)!r} ({kind.value})"
                )


def test_several_strengths_behind_one_spelling_have_one_default_and_strength_hints():
    """The matcher ignores numbers, so entries sharing a spelling differ only by their strengths."""
    sharing: dict[tuple[MedicineClass, tuple[str, ...]], list[dict]] = defaultdict(list)
    for kind, raw in entries():
        for words in {key(name) for name in raw["names"]}:
            sharing[(kind, words)].append(raw)
    for (kind, words), raws in sharing.items():
        if len(raws) < 2:
            continue
        spelling = f"{kind.value}: {' '.join(words)!r}"
        assert sum(bool(raw.get("default")) for raw in raws) == 1, f"{spelling}: one default"
        assert raws[0].get("default"), f"{spelling}: the default comes first in its file"
        for raw in raws:
            hints = raw.get("strengths")
            assert hints or raw.get("default"), f"{spelling}: {raw['names'][0]} has no strengths"
            assert all(hint and all(n > 0 for n in hint) for hint in hints or ()), spelling


def test_local_corticosteroids_and_inhalers_are_known_and_never_systemic():
    # A topical entry may sit in an interaction class (Ciloxan eye drops: a quinolone), but is
    # read as topical and never gives an oral interaction.
    for _kind, raw in entries():
        if raw.get("topical"):
            assert read(raw["names"][0]).match is Match.TOPICAL, raw["names"][0]
            assert recognise(raw["names"][0]) == (), raw["names"][0]
    local = ("Pulmicort", "Symbicort", "Seretide", "Flixotide", "Avamys", "Nasonex", "Dermovate")
    for brand in local:
        kinds = {medicine.kind for medicine in read(brand).medicines}
        assert kinds == {MedicineClass.NO_SUPPLEMENT_INTERACTION}, brand


def top150() -> list[str]:
    lines = (DATA / "top150_nl.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_150_most_used_medicines_in_the_netherlands_are_all_recognised():
    names = top150()
    assert len(names) == 150
    assert len(set(names)) == 150
    recognised = [name for name in names if read(name).match is not Match.NONE]
    assert len(recognised) == 150, sorted(set(names) - set(recognised))


def probes() -> list:
    raw = tomllib.loads((DATA / "medicine_probes_new.toml").read_text(encoding="utf-8"))["probes"]
    return [pytest.param(probe, id=probe["typed"]) for probe in raw]


def test_the_probe_list_covers_every_new_class_with_at_least_80_spellings():
    listed = [param.values[0] for param in probes()]
    assert len(listed) >= 80
    new = set(MedicineClass) - {
        MedicineClass.VITAMIN_K_ANTAGONIST,
        MedicineClass.BISPHOSPHONATE,
        MedicineClass.LEVOTHYROXINE,
        MedicineClass.THIAZIDE,
        MedicineClass.QUINOLONE,
        MedicineClass.TETRACYCLINE,
        MedicineClass.PROTON_PUMP_INHIBITOR,
    }
    assert {MedicineClass(p["class"]) for p in listed if p["class"] != "none"} == new


@pytest.mark.parametrize("probe", probes())
def test_a_realistic_spelling_reads_as_its_class(probe):
    reading = read(probe["typed"])
    expected_match = {Match(probe.get("match", "exact"))}
    if probe.get("local"):
        expected_match.add(Match.TOPICAL)
    assert reading.match in expected_match
    if probe["class"] == "none":
        assert reading.medicines == ()
        return
    of_class = [m for m in reading.medicines if m.kind is MedicineClass(probe["class"])]
    assert of_class, [(m.generic, m.kind.value) for m in reading.medicines]
    expected = probe.get("supplies")
    if expected is not None:
        supplied = {s.nutrient.value: s.amount for s in of_class[0].supplies}
        assert supplied == pytest.approx(expected)
