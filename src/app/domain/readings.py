"""How each line of the client's medicines was read, said the same way wherever it is shown.

`supplan check`, the findings, the professional summary, the handout and the editor all show
the one reading of app.domain.medicines (exact, read as, topical, not recognised) in the
reader's language, from the texts here. Also the correction the editor offers for a line
read despite a slip of the pen.
"""

from __future__ import annotations

from app.domain.medicines import Match, MedicineReading
from app.i18n import N_, catalogue

#: A finding that rests on a fuzzy reading says so with this note (one per line read so).
READ_AS = N_("“{typed}” read as {known}")

#: For the dietician (summary, `supplan check`, the editor): how a line was read.
PROFESSIONAL: dict[Match, str] = {
    Match.EXACT: N_("“{typed}”: recognised ({known})"),
    Match.FUZZY: READ_AS,
    Match.TOPICAL: N_("“{typed}”: topical (not taken by mouth: no interaction checked)"),
    Match.NONE: N_("“{typed}”: not recognised"),
}

#: For the client's handout: one plain sentence per kind of reading, naming her lines.
FOR_CLIENT: dict[Match, str] = {
    Match.EXACT: N_("Checked against your supplements: {medicines}."),
    Match.TOPICAL: N_("Not taken by mouth, so not checked against your supplements: {medicines}."),
    Match.NONE: N_(
        "Not recognised, so not checked against your supplements (ask your dietician): {medicines}."
    ),
}

#: What the editor offers for a line read despite a slip of the pen.
DID_YOU_MEAN = N_("Did you mean {known}?")


def known_name(reading: MedicineReading) -> str:
    """What the line was read as: the known spelling (fuzzy) or the generic names found."""
    if reading.match is Match.FUZZY and reading.read_as:
        return reading.read_as
    return ", ".join(medicine.generic for medicine in reading.medicines)


def describe(reading: MedicineReading, language: str) -> str:
    """How *reading* was read, for the dietician: "“acenocoumerol” read as acenocoumarol"."""
    return catalogue(language).gettext(
        PROFESSIONAL[reading.match], typed=reading.as_typed.strip(), known=known_name(reading)
    )


def describe_for_client(readings: tuple[MedicineReading, ...], language: str) -> list[str]:
    """The handout's sentences on her medicines: one per kind, her lines as she gave them.

    A line read despite a slip of the pen is checked like any other; the known name follows
    it in brackets, so the client sees what was checked.
    """
    groups: dict[Match, list[str]] = {}
    for reading in readings:
        kind = Match.EXACT if reading.match is Match.FUZZY else reading.match
        line = reading.as_typed.strip()
        if reading.match is Match.FUZZY and reading.read_as:
            line = f"{line} ({reading.read_as})"
        groups.setdefault(kind, []).append(line)
    texts = catalogue(language)
    return [
        texts.gettext(FOR_CLIENT[kind], medicines="; ".join(groups[kind]))
        for kind in FOR_CLIENT
        if kind in groups
    ]


def read_as_note(typed: str, known: str, language: str) -> str:
    """The note a finding carries for a line it read despite a slip of the pen."""
    return catalogue(language).gettext(READ_AS, typed=typed.strip(), known=known)


def did_you_mean(reading: MedicineReading, language: str) -> str:
    """The editor's offer for a fuzzy line: "Did you mean acenocoumarol?"."""
    return catalogue(language).gettext(DID_YOU_MEAN, known=reading.read_as)


def corrected(reading: MedicineReading) -> str | None:
    """The line with the misspelt name replaced by the known spelling, the rest kept.

    "Acenocoumarol 1 mg" for "Acenocoumerol 1 mg" (a capital kept), as the reader made it
    where it found the slip. None when the reading is not fuzzy.
    """
    if reading.match is not Match.FUZZY or not reading.corrected:
        return None
    return reading.corrected


def as_json(readings: tuple[MedicineReading, ...]) -> list[dict[str, object]]:
    """One entry per medicine found in a line (one with nulls for a line with none)."""
    entries: list[dict[str, object]] = []
    for reading in readings:
        base = {"as_typed": reading.as_typed}
        if not reading.medicines:
            entries.append({**base, "generic": None, "class": None, "match": reading.match.value})
        for medicine in reading.medicines:
            entries.append(
                {
                    **base,
                    "generic": medicine.generic,
                    "class": medicine.kind.value,
                    "match": reading.match.value,
                }
            )
    return entries
