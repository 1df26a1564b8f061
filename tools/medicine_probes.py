"""How the medicine vocabulary reads the probe list: the recognition table and the speed.

    .venv/bin/python tools/medicine_probes.py            # the table, then every miss
    .venv/bin/python tools/medicine_probes.py --speed    # also µs per name for read()

The probes (tests/data/medicine_probes.csv) are spellings as dieticians type them, each with
the class it must be read in, "topical" or "none". tests/unit/test_medicine_matching.py holds
the vocabulary to every probe; this prints the table the issue's closing note reports.
"""

from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.domain import medicines
from app.domain.medicines import Match, MedicineClass, MedicineReading, read

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "data" / "medicine_probes.csv"


@dataclass(frozen=True)
class Probe:
    """One spelling and how it must read."""

    typed: str
    #: A MedicineClass value, "topical" or "none".
    expected: str
    #: "exact" or "fuzzy" for a class; empty for topical and none.
    match: str
    note: str = ""


def probes(path: Path = PROBES) -> list[Probe]:
    """The probe list (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [
            Probe(row["typed"], row["expected"], row["match"] or "", row["note"] or "")
            for row in rows
        ]


def reads_as(probe: Probe, reading: MedicineReading) -> bool:
    """Whether *reading* is what *probe* expects (class and kind of match)."""
    if probe.expected == "topical":
        return reading.match is Match.TOPICAL
    if probe.expected == "none":
        return reading.match is Match.NONE
    return reading.match.value == probe.match and any(
        medicine.kind.value == probe.expected for medicine in reading.medicines
    )


def table(rows: list[Probe]) -> list[tuple[str, int, int]]:
    """(expected class, recognised as expected, probed) per class probed."""
    order = [*(kind.value for kind in MedicineClass), "topical", "none"]
    counts: dict[str, list[int]] = {}
    for probe in sorted(rows, key=lambda p: order.index(p.expected)):
        count = counts.setdefault(probe.expected, [0, 0])
        count[0] += reads_as(probe, read(probe.typed))
        count[1] += 1
    return [(kind, good, total) for kind, (good, total) in counts.items()]


def microseconds_per_name(rows: list[Probe], rounds: int = 20) -> tuple[float, float]:
    """µs per name for read(): the first reading of each name (cold), then cached (warm)."""
    names = [probe.typed for probe in rows]
    read.cache_clear()
    medicines._reading_of_word.cache_clear()
    start = time.perf_counter()
    for name in names:
        read(name)
    cold = (time.perf_counter() - start) / len(names) * 1e6
    start = time.perf_counter()
    for _round in range(rounds):
        for name in names:
            read(name)
    warm = (time.perf_counter() - start) / (rounds * len(names)) * 1e6
    return cold, warm


def main(argv: list[str]) -> int:
    """Print the table and every probe that did not read as expected."""
    rows = probes()
    medicines.vocabulary()  # read the files once, outside the timing
    print(f"{'class':<24} recognised/probed")
    for kind, good, total in table(rows):
        print(f"{kind:<24} {good:>4}/{total}")
    good = sum(reads_as(probe, read(probe.typed)) for probe in rows)
    print(f"{'all':<24} {good:>4}/{len(rows)}")
    for probe in rows:
        reading = read(probe.typed)
        if not reads_as(probe, reading):
            kinds = ", ".join(m.kind.value for m in reading.medicines) or "-"
            print(f"MISS {probe.typed!r}: expected {probe.expected} {probe.match}, read "
                  f"{reading.match.value} ({kinds}) {reading.read_as}")  # fmt: skip
    if "--speed" in argv:
        cold, warm = microseconds_per_name(rows)
        print(f"read(): {cold:.0f} µs/name first time, {warm:.2f} µs/name cached")
    return 0 if good == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
