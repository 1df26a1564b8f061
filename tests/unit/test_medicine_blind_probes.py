"""A probe list written blind: 150 lines a pharmacist wrote without seeing the vocabulary.

The other probe lists were written with the vocabulary; this one measures it. Zoledronic acid
(an infusion once a year) is deliberately in no class: it has no absorption interaction.
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.domain.medicines import Match, read

PROBES = Path(__file__).parents[1] / "data" / "medicine_probes_blind.csv"
#: Lines the vocabulary reads otherwise on purpose, with the reason.
DELIBERATE = {"zoledroninezuur 5 mg/100 ml i.v. 1x per jaar": "an infusion: no absorption"}


def test_the_blind_probes_read_as_the_pharmacist_expected():
    wrong = []
    with PROBES.open(encoding="utf-8") as probes:
        rows = list(csv.DictReader(probes))
    assert len(rows) == 150
    for row in rows:
        if row["spelling"] in DELIBERATE:
            continue
        reading = read(row["spelling"])
        kinds = {m.kind.value for m in reading.medicines}
        expected = row["expected"]
        if expected == "topical":
            right = reading.match is Match.TOPICAL
        elif expected == "other":  # never read as an interaction class
            right = reading.match is not Match.TOPICAL and kinds <= {"no_supplement_interaction"}
        else:
            right = expected in kinds and reading.match in (Match.EXACT, Match.FUZZY)
        if not right:
            wrong.append((row["spelling"], expected, reading.match.value, sorted(kinds)))
    assert wrong == []
