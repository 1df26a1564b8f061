"""Each rule is declared once: its id, thresholds and texts exist only in its declaration.

The code may name a rule only through its declaration (no "CA-SUPPL-MAX" string anywhere
else), the engine and the checks carry no clinical number, no rule text or handout sentence
is written a second time, and a threshold changed in the declaration changes the check and
every text that states it.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from app.domain.instructions import CLOSING, client_instructions
from app.domain.nutrients import Nutrient, format_quantity
from app.domain.rules import RULES, RULES_BY_ID, Quantity, Text, evaluate, limits
from app.domain.rules.model import Facts
from tests.plans import item, plan

SOURCE = Path(__file__).resolve().parents[2] / "src" / "app"
DECLARATIONS = SOURCE / "domain" / "rules" / "declarations.py"
#: Modules that apply the rules: no clinical number may be written in them.
ENGINE = [
    *sorted((SOURCE / "domain" / "rules").glob("*.py")),
    SOURCE / "domain" / "instructions.py",
]
ENGINE.remove(DECLARATIONS)
#: Numbers that are no threshold: counting from zero or one.
NOT_THRESHOLDS = {0, 1}
#: ... and the length of the rules version's hash.
NOT_CLINICAL = {("engine.py", 10)}


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal of *path* but its docstrings (those may give an example)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def _declared_texts() -> set[str]:
    texts: set[str] = set()
    for rule in RULES:
        for text in (rule.title, rule.message, rule.action, rule.source):
            texts.add(text.english)
        for text in (rule.alternative_message, rule.alternative_action):
            if text is not None:
                texts.add(text.english)
        if rule.instruction is not None:
            texts.update(rule.instruction.sentences.values())
        texts.update(text.english for text in rule.reasons.values())
    return texts


def _others() -> list[Path]:
    return [path for path in sorted(SOURCE.rglob("*.py")) if path != DECLARATIONS]


def test_no_rule_id_is_written_outside_its_declaration():
    ids = {rule.id for rule in RULES}
    prefixes = {rule.id.split("-")[0] + "-" for rule in RULES if rule.id.startswith("UL-")}
    found = [
        f"{path.relative_to(SOURCE)}:{line}: {text!r}"
        for path in _others()
        for line, text in _strings(path)
        if text in ids or text in prefixes or any(re.search(rf"\b{i}\b", text) for i in ids)
    ]
    assert found == [], "name a rule by its declaration, not by its id"


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_the_engine_and_the_checks_hold_no_clinical_number(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    numbers = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
        and node.value not in NOT_THRESHOLDS
        and (path.name, node.value) not in NOT_CLINICAL
    ]
    assert numbers == [], "put the number in the rule's thresholds (declarations.py)"


def test_no_rule_text_or_handout_sentence_is_written_twice():
    declared = _declared_texts()
    found = [
        f"{path.relative_to(SOURCE)}:{line}"
        for path in _others()
        for line, text in _strings(path)
        if text in declared
    ]
    assert found == []
    sentences = [
        text
        for rule in RULES
        if rule.instruction is not None
        for text in rule.instruction.sentences.values()
    ]
    assert len(sentences) == len(set(sentences))


def test_no_threshold_is_stated_in_a_text_outside_the_declarations():
    """A window or the handout stating "at most 500 mg" would drift from the rule."""
    amounts = {
        format_quantity(value.amount, value.nutrient, language)
        for rule in RULES
        for value in rule.thresholds.values()
        if isinstance(value, Quantity)
        for language in ("en", "nl")
    }
    pattern = re.compile("|".join(rf"(?<![\d.,]){re.escape(a)}\b" for a in sorted(amounts)))
    found = [
        f"{path.relative_to(SOURCE)}:{line}: {text!r}"
        for path in _others()
        if path.name != "demo.py"  # its medicines' doses ("Ciproxin 500 mg") are no thresholds
        for line, text in _strings(path)
        if pattern.search(text)
    ]
    assert found == []


def test_every_handout_sentence_comes_from_a_declaration():
    p = plan(
        item(("calcium", 500, "mg"), ("zinc", 10, "mg"), morning=1),
        item(("iron", 10, "mg"), ("vitamin_k2", 50, "µg"), morning=0, evening=1),
        medicines=("warfarine", "Fosamax", "Thyrax", "hctz", "ciproxin", "doxy", "omeprazol"),
    )
    overrides = {finding.rule_id: "agreed" for finding in evaluate(p)}
    for language in ("en", "nl"):
        for overridden in ({}, overrides):
            sentences = client_instructions(p, evaluate(p), language, overridden)
            assert len(sentences) >= 8
            by_rule = [s for s in sentences if s != CLOSING and language == "en"]
            for sentence in by_rule:
                assert any(
                    _matches(template, sentence)
                    for rule in RULES
                    if rule.instruction is not None
                    for template in rule.instruction.sentences.values()
                ), sentence


def _matches(template: str, sentence: str) -> bool:
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{\w+\\\}", ".+", pattern)
    return re.fullmatch(pattern, sentence) is not None


def test_a_threshold_changed_in_the_declaration_changes_the_check_and_its_texts():
    rule = RULES_BY_ID["CA-SUPPL-MAX"]
    stricter = dataclasses.replace(
        rule, thresholds={**rule.thresholds, "limit": Quantity(Nutrient.CALCIUM, 400)}
    )
    facts = Facts(plan(item(("calcium", 450, "mg"))))
    assert rule.check(facts, rule) is None
    assert stricter.check(facts, stricter) is not None
    assert stricter.title("en") == "Calcium supplement above 400 mg a day"
    assert "hoogstens 400 mg per dag" in stricter.action("nl")
    assert stricter.limit == (Nutrient.CALCIUM, 400)


def test_the_totals_show_the_strictest_declared_limit():
    shown = limits()
    assert shown[Nutrient.CALCIUM] == (500, "CA-SUPPL-MAX")
    assert shown[Nutrient.IRON] == (40, "IRON-SAFE-40")
    assert shown[Nutrient.VITAMIN_D] == (100, "UL-VITAMIN_D")
    declared = {rule.limit[0] for rule in RULES if rule.limit is not None}
    assert set(shown) == declared


def test_rule_texts_show_the_values_of_their_declaration():
    for rule in RULES:
        for text in (rule.title, rule.message, rule.action):
            assert isinstance(text, Text)
            for name in rule.thresholds:
                assert name in text.values, (rule.id, name)


def test_the_handout_sentences_interpolate_the_declared_hours():
    lt4 = RULES_BY_ID["INT-LT4"]
    assert lt4.instruction is not None
    assert "{hours}" in lt4.instruction.sentences["apart"] and lt4.amount("hours") == 4
    p = plan(item(("calcium", 500, "mg")), medicines=("Thyrax",))
    changed = dataclasses.replace(lt4, thresholds={"hours": 5})
    assert "5 hours" in changed.action("en")
    assert "Keep at least 4 hours between Thyrax" in " ".join(
        client_instructions(p, evaluate(p), "en")
    )
