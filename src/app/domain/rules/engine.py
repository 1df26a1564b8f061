"""Applying the declared rules to a plan, and what the rest of the app asks of them.

Everything here works off the declarations: the findings, the limit each nutrient shows in
the totals, the handout sentences and the rules version. No rule id, threshold or text is
written here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from app.domain.clients import Sex
from app.domain.medicines import Match
from app.domain.nutrients import CANONICAL_UNIT, ORDER, Nutrient
from app.domain.plan import Plan
from app.domain.rules import checks
from app.domain.rules.declarations import CA_SUPPL_IF_LOW, RULES
from app.domain.rules.model import Facts, Finding, Hit, Rule, Situation
from app.domain.rules.values import Names
from app.domain.severity import SEVERITY_RANK, Severity

RULES_BY_ID = {rule.id: rule for rule in RULES}
_RULE_ORDER = {rule.id: position for position, rule in enumerate(RULES)}


def _version() -> str:
    described = json.dumps([rule.describe() for rule in RULES], sort_keys=True, default=str)
    digest = hashlib.sha256(described.encode("utf-8")).hexdigest()[:10]
    latest = max(rule.reviewed for rule in RULES)
    return f"{latest.isoformat()}+{digest}"


#: Changes whenever any rule does (texts, thresholds, severity, source, sentences, review date).
RULES_VERSION = _version()


def _facts(plan: Plan) -> Facts:
    """The plan as the rules see it, with the nutrients the client's situation withholds."""
    facts = Facts(plan)
    facts.withheld = checks.withheld(facts, RULES)
    return facts


def evaluate(plan: Plan) -> list[Finding]:
    """Every finding for *plan*, most serious first (then in the order of RULES)."""
    facts = _facts(plan)
    findings: list[Finding] = []
    for rule in RULES:
        hit = rule.check(facts, rule)
        if hit is None:
            continue
        severity = rule.severity
        if hit.alternative and rule.alternative_severity is not None:
            severity = rule.alternative_severity
        findings.append(
            Finding(
                rule=rule,
                severity=severity,
                nutrients=tuple(sorted(hit.nutrients, key=ORDER.__getitem__)),
                items=hit.items,
                values=hit.values,
                alternative=hit.alternative,
                read_as=_read_as(facts, rule, hit),
            )
        )
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], _RULE_ORDER[f.rule.id]))
    return findings


def _read_as(facts: Facts, rule: Rule, hit: Hit) -> tuple[tuple[str, str], ...]:
    """The lines a finding rests on that were read despite a slip of the pen.

    Those it names (a `Names` value) and those of its rule's medicine class: so every
    interaction finding says how it read them, whatever its texts.
    """
    named = {
        name for value in hit.values.values() if isinstance(value, Names) for name in value.names
    }
    if rule.medicine is not None:
        named.update(typed for typed, _medicine in facts.taking(rule.medicine))
    return tuple(
        (reading.as_typed, reading.read_as)
        for reading in facts.client.recognised_medicines.readings
        if reading.match is Match.FUZZY and reading.as_typed in named
    )


def instructions(
    plan: Plan, findings: list[Finding], overrides: Mapping[str, object], language: str
) -> list[str]:
    """The handout sentences the rules give for *plan*, in the order of RULES."""
    facts = _facts(plan)
    fired = {f.rule_id: f for f in findings}
    sentences: list[str] = []
    for rule in RULES:
        if rule.instruction is None:
            continue
        situation = Situation(facts, rule, fired.get(rule.id), rule.id in overrides)
        advice = rule.instruction.choose(situation)
        if advice is not None:
            sentences.append(rule.instruction.render(rule, advice, language))
    return sentences


def totals_as_json(plan: Plan) -> dict[str, dict[str, object]]:
    """Daily totals keyed by nutrient, in canonical units, as `supplan check` prints them."""
    return {
        nutrient.value: {"amount": amount, "unit": CANONICAL_UNIT[nutrient].value}
        for nutrient, amount in plan.daily_totals().items()
    }


def open_findings(findings: list[Finding], overrides: Mapping[str, object]) -> list[Finding]:
    """Findings without an override or acknowledgement."""
    return [f for f in findings if f.rule_id not in overrides]


def blocking_findings(findings: list[Finding], overrides: Mapping[str, object]) -> list[Finding]:
    """Critical findings without an override: the plan may not be made final while any exist."""
    return [f for f in findings if f.severity is Severity.CRITICAL and f.rule_id not in overrides]


def limits() -> dict[Nutrient, tuple[float, str]]:
    """The limit each nutrient's daily supplement total shows, and the rule that sets it.

    Every rule that declares a shown limit takes part; the strictest one per nutrient wins
    (calcium's 500 mg supplement maximum over its 2,500 mg upper level).
    """
    found: dict[Nutrient, tuple[float, str]] = {}
    for rule in RULES:
        if rule.limit is None:
            continue
        nutrient, amount = rule.limit
        if nutrient not in found or amount < found[nutrient][0]:
            found[nutrient] = (amount, rule.id)
    return {n: found[n] for n in sorted(found, key=ORDER.__getitem__)}


def recommended_calcium_mg(age: int, sex: Sex) -> int | None:
    """Dutch recommended calcium intake for age and sex (None below the age where none is set).

    Sex 'other' gets the higher of the two (the women's figure).
    """
    amount = checks.recommended_calcium_mg_for(CA_SUPPL_IF_LOW, age, sex is not Sex.MALE)
    return None if amount is None else round(amount)


def rule_lines(language: str) -> list[tuple[Rule, str]]:
    """Each rule with its thresholds as text, as `supplan rules` prints them."""
    return [(rule, rule.thresholds_text(language)) for rule in RULES]
