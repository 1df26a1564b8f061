"""A fuzzy reading before the forgiving matcher exists: one spelling read as a known one."""

from __future__ import annotations

import pytest

from app.domain import medicines
from app.domain.medicines import Match, MedicineReading

#: The slip of the pen the issue names, with a dose the correction must keep.
TYPO = "Acenocoumerol 1 mg"
KNOWN = "acenocoumarol"
NEEDS_VOCAB = "needs the fuzzy matcher from ws-vocab"


def read_typo_as_known(
    monkeypatch: pytest.MonkeyPatch, typo: str = TYPO, spelling: str = KNOWN
) -> None:
    """Make `medicines.read` read *typo* as *spelling* (fuzzy); every other line as before."""
    real = medicines.read
    known = real(spelling).medicines
    assert known, f"{spelling} is in the vocabulary"

    def read(name: str) -> MedicineReading:
        if name.strip() == typo:
            return MedicineReading(name, known, Match.FUZZY, spelling)
        return real(name)

    monkeypatch.setattr(medicines, "read", read)
