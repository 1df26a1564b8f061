"""Gaps the mutation pass found in the rules (tools/mutations.py): each test kills a survivor."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain.plan import Moment
from tests.plans import finding, item, plan


@pytest.mark.parametrize("mg", [49, 50])
def test_long_term_zinc_warns_from_exactly_50_mg_a_day(mg):
    """The threshold is "50 mg or more": 50 warns, 49 does not (">=" made ">" survived)."""
    p = plan(item(("zinc", mg, "mg"), long_term=True))
    assert (finding(p, "ZN-MG-LOSS") is not None) is (mg >= 50)


def test_the_zinc_magnesium_finding_says_whether_the_plan_has_magnesium():
    """Its alternative message is used with magnesium, the usual one without (a swap survived)."""
    without = finding(plan(item(("zinc", 50, "mg"))), "ZN-MG-LOSS")
    assert "the plan has no magnesium" in without.message("en")
    assert "het plan bevat geen magnesium" in without.message("nl")
    with_mg = finding(plan(item(("zinc", 50, "mg")), item(("magnesium", 200, "mg"))), "ZN-MG-LOSS")
    assert "the plan includes magnesium (200 mg/day)" in with_mg.message("en")
    assert "het plan bevat magnesium (200 mg/dag)" in with_mg.message("nl")


def test_the_vitamin_d_advice_names_the_group_in_each_language():
    """A value that is itself a bilingual text renders in the finding's language."""
    advice = finding(plan(item(("vitamin_d", 5, "µg")), age=75), "VITD-NL-ADVICE")
    assert advice.message("en").endswith("for people aged 70 and over.")
    assert advice.message("nl").endswith("voor mensen van 70 jaar en ouder.")


def test_iron_and_calcium_at_different_moments_of_partial_schedules_do_not_meet():
    """A schedule may leave out moments without units; a left-out moment is not a meeting."""
    iron = dataclasses.replace(item(("iron", 14, "mg")), schedule={Moment.MORNING: 1})
    calcium = dataclasses.replace(item(("calcium", 500, "mg")), schedule={Moment.EVENING: 1})
    assert finding(plan(iron, calcium), "INT-FE-CA") is None
    together = dataclasses.replace(calcium, schedule={Moment.MORNING: 1})
    assert finding(plan(iron, together), "INT-FE-CA") is not None
