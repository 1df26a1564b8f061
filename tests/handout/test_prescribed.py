"""A prescribed product on the handout and the professional summary (issue 14, point 3)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.domain.evaluation import evaluate_plan
from app.domain.plan import Plan
from app.handout.builder import build_handout, build_summary
from tests.handout.test_builder import PRACTICE, client
from tests.pdf import joined
from tests.plans import item

CALCI_CHEW = "Calci-Chew D3 500 mg/800 IE"
SENTENCE = {
    "nl": "Voorgeschreven door uw arts — blijf het gebruiken zoals voorgeschreven.",
    "en": "Prescribed by your doctor — keep taking it as prescribed.",
}
KEEP_TAKING = {"nl": "blijven gebruiken", "en": "keep taking"}
SCHEDULE = {"nl": "Wanneer neemt u wat in", "en": "When to take what"}
GOOD_TO_KNOW = {"nl": "Goed om te weten", "en": "Good to know"}


def _plan() -> Plan:
    medicine = item(
        ("calcium", 500, "mg"),
        ("vitamin_d", 800, "IU"),
        morning=0,
        evening=1,
        taken_with="meal",
        product=CALCI_CHEW,
    )
    zinc = item(("zinc", 10, "mg"), product="Zink 10 mg")
    items = (dataclasses.replace(medicine, prescribed=True), zinc)
    return Plan(date(2026, 11, 24), client(medicines=(CALCI_CHEW,)), items)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_prescribed_product_says_keep_taking_it_as_the_doctor_prescribed(language):
    text = joined(build_handout(evaluate_plan(_plan()), PRACTICE, language))
    table = text.split(SCHEDULE[language], 1)[1].split(GOOD_TO_KNOW[language], 1)[0]
    medicine_row, zinc_row = table.split("Zink 10 mg", 1)
    assert CALCI_CHEW in medicine_row
    assert SENTENCE[language] in medicine_row
    # Only the prescribed product gets it; the supplement keeps its own "keep taking".
    assert SENTENCE[language] not in zinc_row and KEEP_TAKING[language] in zinc_row
    assert KEEP_TAKING[language] not in medicine_row.replace(SENTENCE[language], "")


@pytest.mark.parametrize(("language", "mark"), [("nl", "voorgeschreven"), ("en", "prescribed")])
def test_the_summary_marks_the_prescribed_product_and_counts_it(language, mark):
    text = joined(build_summary(evaluate_plan(_plan()), PRACTICE, language))
    assert f"{CALCI_CHEW} ({mark})" in text
    assert "Zink 10 mg (" not in text
    assert "MED-SUPPLIES-NUTRIENT" not in text  # the medicine is in the plan: no warning
