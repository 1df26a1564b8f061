"""Recognising a client's medicines by generic or brand name, in Dutch or English spelling.

Names are matched case- and accent-insensitively as whole words anywhere in what was typed,
so "Fosamax 70 mg", "Thyrax Duotab 0,1 mg" and "losartan/hydrochloorthiazide" are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.text import fold


class MedicineClass(StrEnum):
    """Groups of medicines that interact with supplements in the same way."""

    VITAMIN_K_ANTAGONIST = "vitamin_k_antagonist"
    BISPHOSPHONATE = "bisphosphonate"
    LEVOTHYROXINE = "levothyroxine"
    THIAZIDE = "thiazide"
    QUINOLONE = "quinolone"
    TETRACYCLINE = "tetracycline"
    PROTON_PUMP_INHIBITOR = "proton_pump_inhibitor"


@dataclass(frozen=True)
class Medicine:
    """A recognised medicine: its generic name (English) and class."""

    generic: str
    kind: MedicineClass


# generic name, class, and every spelling that names it (generic NL/EN, common Dutch brands).
_KNOWN: tuple[tuple[str, MedicineClass, tuple[str, ...]], ...] = (
    ("acenocoumarol", MedicineClass.VITAMIN_K_ANTAGONIST, ("acenocoumarol", "sintrom")),
    (
        "phenprocoumon",
        MedicineClass.VITAMIN_K_ANTAGONIST,
        ("fenprocoumon", "phenprocoumon", "marcoumar"),
    ),
    ("warfarin", MedicineClass.VITAMIN_K_ANTAGONIST, ("warfarine", "warfarin", "coumadin")),
    (
        "alendronate",
        MedicineClass.BISPHOSPHONATE,
        (
            "alendronate",
            "alendronaat",
            "alendroninezuur",
            "alendronic acid",
            "fosamax",
            "fosavance",
            "binosto",
        ),
    ),
    (
        "risedronate",
        MedicineClass.BISPHOSPHONATE,
        ("risedronate", "risedronaat", "risedroninezuur", "risedronic acid", "actonel"),
    ),
    (
        "ibandronate",
        MedicineClass.BISPHOSPHONATE,
        ("ibandronate", "ibandronaat", "ibandroninezuur", "ibandronic acid", "bonviva"),
    ),
    (
        "levothyroxine",
        MedicineClass.LEVOTHYROXINE,
        ("levothyroxine", "levothyroxinenatrium", "thyrax", "euthyrox", "eltroxin", "leventa"),
    ),
    (
        "hydrochlorothiazide",
        MedicineClass.THIAZIDE,
        ("hydrochlorothiazide", "hydrochloorthiazide", "hctz"),
    ),
    (
        "chlortalidone",
        MedicineClass.THIAZIDE,
        ("chlortalidone", "chloortalidon", "chlorthalidone", "chlortalidon", "hygroton"),
    ),
    ("indapamide", MedicineClass.THIAZIDE, ("indapamide", "fludex", "natrilix")),
    (
        "ciprofloxacin",
        MedicineClass.QUINOLONE,
        ("ciprofloxacin", "ciprofloxacine", "ciproxin", "ciproxine"),
    ),
    ("levofloxacin", MedicineClass.QUINOLONE, ("levofloxacin", "levofloxacine", "tavanic")),
    ("moxifloxacin", MedicineClass.QUINOLONE, ("moxifloxacin", "moxifloxacine", "avelox")),
    ("ofloxacin", MedicineClass.QUINOLONE, ("ofloxacin", "ofloxacine", "tarivid")),
    ("norfloxacin", MedicineClass.QUINOLONE, ("norfloxacin", "norfloxacine", "noroxin")),
    (
        "doxycycline",
        MedicineClass.TETRACYCLINE,
        ("doxycycline", "doxycyline", "vibramycin", "vibramycine", "doxy"),
    ),
    ("minocycline", MedicineClass.TETRACYCLINE, ("minocycline", "minocin")),
    ("tetracycline", MedicineClass.TETRACYCLINE, ("tetracycline", "tetracyclin")),
    (
        "omeprazole",
        MedicineClass.PROTON_PUMP_INHIBITOR,
        ("omeprazole", "omeprazol", "losec", "prilosec"),
    ),
    (
        "esomeprazole",
        MedicineClass.PROTON_PUMP_INHIBITOR,
        ("esomeprazole", "esomeprazol", "nexium"),
    ),
    (
        "pantoprazole",
        MedicineClass.PROTON_PUMP_INHIBITOR,
        ("pantoprazole", "pantoprazol", "pantozol"),
    ),
    (
        "lansoprazole",
        MedicineClass.PROTON_PUMP_INHIBITOR,
        ("lansoprazole", "lansoprazol", "prezal"),
    ),
    ("rabeprazole", MedicineClass.PROTON_PUMP_INHIBITOR, ("rabeprazole", "rabeprazol", "pariet")),
)

_WORD = re.compile(r"[a-z]+")
_BY_WORDS: dict[tuple[str, ...], Medicine] = {
    tuple(_WORD.findall(fold(spelling))): Medicine(generic, kind)
    for generic, kind, spellings in _KNOWN
    for spelling in spellings
}
_LONGEST = max(len(words) for words in _BY_WORDS)


def recognise(name: str) -> tuple[Medicine, ...]:
    """The medicines named in *name* (a combination product may name two); empty if none."""
    words = _WORD.findall(fold(name))
    found: list[Medicine] = []
    for start in range(len(words)):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            medicine = _BY_WORDS.get(tuple(words[start : start + size]))
            if medicine is not None:
                if medicine not in found:
                    found.append(medicine)
                break
    return tuple(found)


@dataclass(frozen=True)
class RecognisedMedicines:
    """What a client's list of medicines names: read once per client context, asked often."""

    #: (name as typed, recognised medicine), in the order typed.
    found: tuple[tuple[str, Medicine], ...] = ()
    #: Names (as typed) in which no known medicine was found.
    unrecognised: tuple[str, ...] = ()

    def of_kind(self, kind: MedicineClass) -> list[tuple[str, Medicine]]:
        """The client's medicines of *kind*: (name as typed, recognised medicine)."""
        return [(typed, medicine) for typed, medicine in self.found if medicine.kind is kind]

    def names_of(self, kind: MedicineClass) -> list[str]:
        """The names as typed that name a medicine of *kind* (each once)."""
        return list(dict.fromkeys(typed for typed, _medicine in self.of_kind(kind)))


def recognise_all(names: tuple[str, ...] | list[str]) -> RecognisedMedicines:
    """Every medicine in a client's list (blank lines skipped)."""
    found: list[tuple[str, Medicine]] = []
    unrecognised: list[str] = []
    for typed in names:
        if not typed.strip():
            continue
        medicines = recognise(typed)
        if not medicines:
            unrecognised.append(typed)
        found += [(typed, medicine) for medicine in medicines]
    return RecognisedMedicines(tuple(found), tuple(unrecognised))
