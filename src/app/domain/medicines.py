"""Recognising a client's medicines as clinicians write them.

The vocabulary is data: resources/medicines holds one reviewed TOML file per class, with its
source and review date.

Names are matched case- and accent-insensitively as whole words anywhere in what was typed,
so "Fosamax 70 mg", "Thyrax Duotab 0,1 mg" and "losartan/hydrochloorthiazide" are found. A
route word ("oogdruppels", "zalf", ...) makes an entry topical: no oral interaction.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

from app.domain.nutrients import Nutrient, Unit
from app.domain.text import fold


class MedicineClass(StrEnum):
    """Groups of medicines that interact with supplements in the same way.

    Each value names its vocabulary file, resources/medicines/<value>.toml.
    """

    VITAMIN_K_ANTAGONIST = "vitamin_k_antagonist"
    BISPHOSPHONATE = "bisphosphonate"
    LEVOTHYROXINE = "levothyroxine"
    THIAZIDE = "thiazide"
    QUINOLONE = "quinolone"
    TETRACYCLINE = "tetracycline"
    PROTON_PUMP_INHIBITOR = "proton_pump_inhibitor"
    METFORMIN = "metformin"
    LOOP_DIURETIC = "loop_diuretic"
    SYSTEMIC_GLUCOCORTICOID = "systemic_glucocorticoid"
    ENZYME_INDUCING_ANTIEPILEPTIC = "enzyme_inducing_antiepileptic"
    AROMATASE_INHIBITOR = "aromatase_inhibitor"
    DIGOXIN = "digoxin"
    ACTIVE_VITAMIN_D = "active_vitamin_d"
    #: Anticoagulants other than the vitamin K antagonists: DOACs and heparins.
    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"
    #: Medicines that supply iron (they carry what they supply per unit).
    IRON_MEDICINE = "iron_medicine"
    #: Calcium and/or vitamin D on prescription (they carry what they supply per unit).
    CALCIUM_VITAMIN_D_MEDICINE = "calcium_vitamin_d_medicine"
    #: Known medicines with no interaction with the supplements Supplan checks.
    NO_SUPPLEMENT_INTERACTION = "no_supplement_interaction"


class Match(StrEnum):
    """How a typed name was read."""

    EXACT = "exact"
    #: Read despite a slip of the pen ("acenocoumerol" as acenocoumarol); see read_as.
    FUZZY = "fuzzy"
    #: A known medicine used on the skin, eye, ear, nose, lungs...: no oral interaction.
    TOPICAL = "topical"
    NONE = "none"


@dataclass(frozen=True)
class Supply:
    """An amount of a nutrient that one unit (tablet, sachet, drop...) of a medicine supplies."""

    nutrient: Nutrient
    amount: float
    unit: Unit


@dataclass(frozen=True)
class Medicine:
    """A recognised medicine: its generic name (English), class, ATC code and what it supplies."""

    generic: str
    kind: MedicineClass
    atc: str = ""
    supplies: tuple[Supply, ...] = ()


@dataclass(frozen=True)
class MedicineReading:
    """How one line of the client's medicines was read."""

    as_typed: str
    #: The medicines found (a combination product may name two); empty when match is NONE.
    medicines: tuple[Medicine, ...]
    match: Match
    #: For a FUZZY match: the known spelling the typed text was read as.
    read_as: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """Every known spelling and the route words, read once from resources/medicines."""

    by_words: dict[tuple[str, ...], Medicine]
    route_words: frozenset[str]
    #: (class, source, review date) per file, for `supplan rules` and the review.
    sources: tuple[tuple[str, str, str], ...]


_WORD = re.compile(r"[a-z]+")


def words_of(text: str) -> list[str]:
    """The words of *text*, folded (case and accents ignored), digits and signs dropped."""
    return _WORD.findall(fold(text))


@cache
def vocabulary() -> Vocabulary:
    """The shipped medicine vocabulary (read once)."""
    folder = files("app.resources") / "medicines"
    by_words: dict[tuple[str, ...], Medicine] = {}
    sources: list[tuple[str, str, str]] = []
    route_words: set[str] = set()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        head = data["vocabulary"]
        if "routes" in data:
            route_words.update(fold(word) for word in data["routes"]["words"])
            continue
        kind = MedicineClass(head["class"])
        sources.append((kind.value, head["source"], str(head["reviewed"])))
        for raw in data.get("medicine", []):
            medicine = Medicine(
                generic=raw["generic"],
                kind=kind,
                atc=raw.get("atc", ""),
                supplies=tuple(
                    Supply(Nutrient(s["nutrient"]), float(s["amount"]), Unit(s["unit"]))
                    for s in raw.get("supplies", ())
                ),
            )
            for spelling in raw["names"]:
                by_words.setdefault(tuple(words_of(spelling)), medicine)
    return Vocabulary(by_words, frozenset(route_words), tuple(sources))


def read(name: str) -> MedicineReading:
    """How *name* (one line as typed) reads against the vocabulary."""
    known = vocabulary()
    words = words_of(name)
    longest = max(len(key) for key in known.by_words)
    found: list[Medicine] = []
    for start in range(len(words)):
        for size in range(min(longest, len(words) - start), 0, -1):
            medicine = known.by_words.get(tuple(words[start : start + size]))
            if medicine is not None:
                if medicine not in found:
                    found.append(medicine)
                break
    if not found:
        return MedicineReading(name, (), Match.NONE)
    if known.route_words.intersection(words):
        return MedicineReading(name, tuple(found), Match.TOPICAL)
    return MedicineReading(name, tuple(found), Match.EXACT)


def recognise(name: str) -> tuple[Medicine, ...]:
    """The medicines named in *name* that act on the whole body (not topical); empty if none."""
    reading = read(name)
    return reading.medicines if reading.match in (Match.EXACT, Match.FUZZY) else ()


@dataclass(frozen=True)
class RecognisedMedicines:
    """What a client's list of medicines names: read once per client context, asked often."""

    #: (name as typed, recognised medicine), in the order typed; topical entries left out.
    found: tuple[tuple[str, Medicine], ...] = ()
    #: Names (as typed) in which no known medicine was found (no topical entry among them).
    unrecognised: tuple[str, ...] = ()
    #: How each line was read, in the order typed (blank lines skipped).
    readings: tuple[MedicineReading, ...] = ()

    def of_kind(self, kind: MedicineClass) -> list[tuple[str, Medicine]]:
        """The client's medicines of *kind*: (name as typed, recognised medicine)."""
        return [(typed, medicine) for typed, medicine in self.found if medicine.kind is kind]

    def names_of(self, kind: MedicineClass) -> list[str]:
        """The names as typed that name a medicine of *kind* (each once)."""
        return list(dict.fromkeys(typed for typed, _medicine in self.of_kind(kind)))

    def reading_of(self, typed: str) -> MedicineReading | None:
        """How the line *typed* was read (None if it is not in the list)."""
        return next((r for r in self.readings if r.as_typed == typed), None)


def recognise_all(names: tuple[str, ...] | list[str]) -> RecognisedMedicines:
    """Every medicine in a client's list (blank lines skipped)."""
    found: list[tuple[str, Medicine]] = []
    unrecognised: list[str] = []
    readings: list[MedicineReading] = []
    for typed in names:
        if not typed.strip():
            continue
        reading = read(typed)
        readings.append(reading)
        if reading.match is Match.NONE:
            unrecognised.append(typed)
        elif reading.match is not Match.TOPICAL:
            found += [(typed, medicine) for medicine in reading.medicines]
    return RecognisedMedicines(tuple(found), tuple(unrecognised), tuple(readings))
