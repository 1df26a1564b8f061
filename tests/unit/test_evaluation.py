"""One evaluation per plan state: each derived value is worked out once and shown the same."""

from __future__ import annotations

from functools import cached_property

import pytest

from app.domain import evaluation as evaluation_module
from app.domain import medicines
from app.domain.evaluation import evaluate_plan
from app.domain.nutrients import Nutrient
from app.domain.plan import Override, Plan
from app.handout.builder import build_handout, build_summary
from app.handout.practice import Practice
from tests.pdf import joined
from tests.plans import item, plan


def bone_plan() -> Plan:
    """Calcium over its 500 mg limit, zinc, vitamin K2, and a VKA and a bisphosphonate."""
    return plan(
        item(("calcium", 500, "mg"), ("vitamin_d", 20, "µg"), morning=0, evening=2),
        item(("zinc", 10, "mg"), morning=0, midday=1),
        item(("vitamin_k2", 75, "µg")),
        age=70,
        sex="female",
        status="postmenopausal",
        medicines=("Sintrom mitis 1 mg", "Fosamax 70 mg", "paracetamol"),
    )


@pytest.fixture
def count_totals(monkeypatch: pytest.MonkeyPatch) -> list[Plan]:
    """Every time a plan's daily totals are added up (the plans they were added up for)."""
    added_up: list[Plan] = []
    original = Plan.__dict__["_daily_totals"].func

    def counted(self: Plan) -> dict[Nutrient, float]:
        added_up.append(self)
        return original(self)

    replacement = cached_property(counted)
    replacement.__set_name__(Plan, "_daily_totals")
    monkeypatch.setattr(Plan, "_daily_totals", replacement)
    return added_up


def test_totals_are_added_up_once_for_rules_sentences_totals_and_documents(count_totals):
    evaluation = evaluate_plan(bone_plan())
    for language in ("nl", "en"):
        evaluation.instructions(language)
        build_handout(evaluation, Practice(), language)
        build_summary(evaluation, Practice(), language)
    # As `supplan check --format json` prints them (the CLI test runs it as a process).
    assert evaluation.totals_as_json()["calcium"] == {"amount": 1000.0, "unit": "mg"}
    assert evaluation.totals_as_json()["vitamin_d"] == {"amount": 40.0, "unit": "µg"}
    assert len(count_totals) == 1


def test_medicines_are_recognised_once_for_the_rules_and_the_sentences(monkeypatch):
    read: list[str] = []
    original = medicines.read

    def counted(name: str) -> medicines.MedicineReading:
        read.append(name)
        return original(name)

    monkeypatch.setattr(medicines, "read", counted)
    evaluation = evaluate_plan(bone_plan())
    for language in ("nl", "en"):
        evaluation.instructions(language)
        build_handout(evaluation, Practice(), language)
    assert sorted(read) == ["Fosamax 70 mg", "Sintrom mitis 1 mg", "paracetamol"]
    # paracetamol is known to have no supplement interaction: no "not recognised" finding.
    assert evaluation.medicines.unrecognised == ()
    assert "MED-UNRECOGNISED" not in {f.rule_id for f in evaluation.findings}


def test_the_engine_runs_once_per_evaluation(monkeypatch):
    runs: list[Plan] = []
    original = evaluation_module.evaluate

    def counted(plan: Plan):
        runs.append(plan)
        return original(plan)

    monkeypatch.setattr(evaluation_module, "evaluate", counted)
    evaluation = evaluate_plan(bone_plan())
    agreed = evaluation.with_overrides({"INT-VKA-K": Override("INT-VKA-K", "v", "Agreed")})
    for each in (evaluation, agreed):
        for language in ("nl", "en"):
            build_handout(each, Practice(), language)
            build_summary(each, Practice(), language)
    assert len(runs) == 1
    # An override changes what is open and the sentences, not the findings.
    assert agreed.findings == evaluation.findings
    assert len(agreed.open_findings) == len(evaluation.open_findings) - 1
    assert agreed.instructions("en") != evaluation.instructions("en")


def test_limits_and_share_of_limit_as_the_totals_view_shows_them():
    lines = {line.nutrient: line for line in evaluate_plan(bone_plan()).totals}
    calcium = lines[Nutrient.CALCIUM]
    assert (calcium.amount, calcium.limit, calcium.rule_id) == (1000, 500, "CA-SUPPL-MAX")
    assert calcium.over and calcium.share == 200
    assert calcium.amount_text("nl") == "1.000 mg" and calcium.limit_text("nl") == "500 mg"
    assert calcium.share_text() == "200 %"
    k2 = lines[Nutrient.VITAMIN_K2]
    assert k2.limit is None and not k2.over
    assert (k2.limit_text("en"), k2.share_text()) == ("—", "—")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_summary_shows_the_evaluations_totals_limits_and_findings(language):
    evaluation = evaluate_plan(bone_plan())
    text = " ".join(joined(build_summary(evaluation, Practice(), language)).split())
    for line in evaluation.totals:
        assert line.amount_text(language) in text
        assert line.limit_text(language) in text
        assert line.share_text() in text
    for finding in evaluation.findings:
        assert finding.rule_id in text
    handout = " ".join(joined(build_handout(evaluation, Practice(), language)).split())
    for sentence in evaluation.instructions(language):
        assert " ".join(sentence.split()) in handout
