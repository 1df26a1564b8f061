"""How the medicine vocabulary reads the probe lists: the recognition table and the speed.

    .venv/bin/python tools/medicine_probes.py            # the table, the top 150, every miss
    .venv/bin/python tools/medicine_probes.py --speed    # also µs per name for read()

The probes are spellings as dieticians type them, each with the class it must be read in,
"topical" or "none": tests/data/medicine_probes.csv (the first seven classes; held to by
tests/unit/test_medicine_matching.py) and tests/data/medicine_probes_new.toml (the classes
issue 14 added; tests/unit/test_medicine_vocabulary.py). This prints one table over both, and
how many of the 150 most-used medicines (tests/data/top150_nl.txt) are recognised: the numbers
the issue's closing note reports.
"""

from __future__ import annotations

import csv
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.domain import medicines
from app.domain.medicines import Match, MedicineClass, MedicineReading, read

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "data" / "medicine_probes.csv"
NEW_PROBES = ROOT / "tests" / "data" / "medicine_probes_new.toml"
TOP150 = ROOT / "tests" / "data" / "top150_nl.txt"


@dataclass(frozen=True)
class Probe:
    """One spelling and how it must read."""

    typed: str
    #: A MedicineClass value, "topical" or "none".
    expected: str
    #: "exact" or "fuzzy" for a class; empty for topical and none.
    match: str
    note: str = ""
    #: For a topical probe: the class it must also name (empty: any or none).
    kind: str = ""
    #: A product marked topical in its file: exact or topical both do.
    local: bool = False
    #: What one unit of the medicine read in the expected class must supply (nutrient, amount).
    supplies: tuple[tuple[str, float], ...] | None = None


def probes(path: Path = PROBES) -> list[Probe]:
    """The probe list (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [
            Probe(row["typed"], row["expected"], row["match"] or "", row["note"] or "")
            for row in rows
        ]


def new_probes(path: Path = NEW_PROBES) -> list[Probe]:
    """The probe list of the classes issue 14 added, in the same terms as probes().

    A probe with match = "topical" counts as topical (its class must still be named); class =
    "none" as none; any other under its class.
    """
    rows = tomllib.loads(path.read_text(encoding="utf-8"))["probes"]
    found: list[Probe] = []
    for row in rows:
        match = row.get("match", "exact")
        supplies = row.get("supplies")
        if match == "topical" or row["class"] == "none":
            expected, kind, match = match if match == "topical" else "none", row["class"], ""
        else:
            expected, kind = row["class"], ""
        found.append(
            Probe(
                row["typed"],
                expected,
                match,
                kind="" if kind == "none" else kind,
                local=bool(row.get("local")),
                supplies=None if supplies is None else tuple(supplies.items()),
            )
        )
    return found


def all_probes() -> list[Probe]:
    """Both probe lists."""
    return probes() + new_probes()


def top150(path: Path = TOP150) -> list[str]:
    """The 150 most-used medicines in the Netherlands (lines starting with # are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def reads_as(probe: Probe, reading: MedicineReading) -> bool:
    """Whether *reading* is what *probe* expects (class, kind of match, what it supplies)."""
    named = [medicine for medicine in reading.medicines if medicine.kind.value == probe.kind]
    if probe.expected == "topical":
        return reading.match is Match.TOPICAL and (not probe.kind or bool(named))
    if probe.expected == "none":
        return reading.match is Match.NONE
    allowed = {probe.match, Match.TOPICAL.value} if probe.local else {probe.match}
    of_class = [m for m in reading.medicines if m.kind.value == probe.expected]
    if reading.match.value not in allowed or not of_class:
        return False
    if probe.supplies is None:
        return True
    supplied = {s.nutrient.value: s.amount for s in of_class[0].supplies}
    return supplied == {nutrient: float(amount) for nutrient, amount in probe.supplies}


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
    """Print the table over both probe lists, the top-150 count and every miss."""
    rows = all_probes()
    medicines.vocabulary()  # read the files once, outside the timing
    print(f"{'class':<30} recognised/probed")
    for kind, good, total in table(rows):
        print(f"{kind:<30} {good:>4}/{total}")
    good = sum(reads_as(probe, read(probe.typed)) for probe in rows)
    print(f"{'all':<30} {good:>4}/{len(rows)}")
    common = top150()
    known = sum(read(name).match is not Match.NONE for name in common)
    print(f"{'top 150 (NL)':<30} {known:>4}/{len(common)} recognised")
    for probe in rows:
        reading = read(probe.typed)
        if not reads_as(probe, reading):
            kinds = ", ".join(m.kind.value for m in reading.medicines) or "-"
            print(f"MISS {probe.typed!r}: expected {probe.expected} {probe.match}, read "
                  f"{reading.match.value} ({kinds}) {reading.read_as}")  # fmt: skip
    if "--speed" in argv:
        cold, warm = microseconds_per_name(rows)
        print(f"read(): {cold:.0f} µs/name first time, {warm:.2f} µs/name cached")
    return 0 if good == len(rows) and known == len(common) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
