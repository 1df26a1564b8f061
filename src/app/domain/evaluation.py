"""One evaluation per plan state: what the editor, the totals, the handout and the exports show.

The daily totals, the recognised medicines, the findings, the handout's sentences and the
limits with the "% of limit" are derived here once for a plan as it stands (its items, its
date, the client's context and the dietician's overrides) and handed to every view, so the
views cannot disagree and nothing is worked out twice. The plan editor's session makes one per
edit; a list or an export makes one per stored plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from app.domain.clients import ClientDraft
from app.domain.medicines import RecognisedMedicines
from app.domain.nutrients import Nutrient, format_quantity
from app.domain.plan import Override, Plan, PlanItem, client_context
from app.domain.rules import (
    Finding,
    blocking_findings,
    evaluate,
    limits,
    open_findings,
    totals_as_json,
)

#: Shown where a nutrient has no limit.
NO_LIMIT = "—"


@dataclass(frozen=True)
class TotalLine:
    """One nutrient's daily total with the limit that applies to it (if any)."""

    nutrient: Nutrient
    #: In the nutrient's canonical unit.
    amount: float
    #: The limit in the canonical unit, and the rule that sets it.
    limit: float | None = None
    rule_id: str | None = None

    @property
    def over(self) -> bool:
        """Whether the plan gives more than the limit."""
        return self.limit is not None and self.amount > self.limit

    @property
    def share(self) -> int | None:
        """The total as a whole percentage of the limit."""
        return None if not self.limit else round(100 * self.amount / self.limit)

    def amount_text(self, language: str) -> str:
        """The total with its unit, e.g. "1.200 mg"."""
        return format_quantity(self.amount, self.nutrient, language)

    def limit_text(self, language: str) -> str:
        """The limit with its unit, or a dash."""
        if self.limit is None:
            return NO_LIMIT
        return format_quantity(self.limit, self.nutrient, language)

    def share_text(self) -> str:
        """The "% of limit", or a dash."""
        share = self.share
        return NO_LIMIT if share is None else f"{share} %"


class PlanState(Protocol):
    """A plan as stored or edited: the parts that decide its evaluation."""

    @property
    def plan_date(self) -> date: ...

    @property
    def items(self) -> tuple[PlanItem, ...]: ...

    @property
    def overrides(self) -> Mapping[str, Override]: ...


@dataclass(frozen=True)
class Evaluation:
    """Everything derived from one plan state; build it with `evaluate_plan` or `evaluate_for`."""

    plan: Plan
    #: Most serious first, as the engine orders them.
    findings: tuple[Finding, ...]
    #: The dietician's written reasons, by rule id (only for findings that fire).
    overrides: Mapping[str, Override]
    #: The daily totals in the standard order, each with its limit.
    totals: tuple[TotalLine, ...]
    _sentences: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def medicines(self) -> RecognisedMedicines:
        """The client's medicines as the rules and the sentences recognised them."""
        return self.plan.client.recognised_medicines

    @property
    def daily_totals(self) -> dict[Nutrient, float]:
        """Canonical daily amount per nutrient (a copy)."""
        return {line.nutrient: line.amount for line in self.totals}

    @property
    def open_findings(self) -> list[Finding]:
        """Findings without an override or acknowledgement."""
        return open_findings(list(self.findings), self.overrides)

    @property
    def blocking(self) -> list[Finding]:
        """Critical findings without an override: the plan may not be made final."""
        return blocking_findings(list(self.findings), self.overrides)

    def instructions(self, language: str) -> tuple[str, ...]:
        """The handout's "good to know" sentences in *language* (made once per language)."""
        from app.domain.instructions import client_instructions

        if language not in self._sentences:
            self._sentences[language] = tuple(
                client_instructions(self.plan, list(self.findings), language, self.overrides)
            )
        return self._sentences[language]

    def totals_as_json(self) -> dict[str, dict[str, object]]:
        """Daily totals keyed by nutrient, in canonical units, as `supplan check` prints them."""
        return totals_as_json(self.plan)

    def with_overrides(self, overrides: Mapping[str, Override]) -> Evaluation:
        """The same evaluation with other overrides (the findings do not depend on them)."""
        return replace(self, overrides=dict(overrides), _sentences={})


def total_lines(plan: Plan) -> tuple[TotalLine, ...]:
    """The plan's daily totals, each with the limit that applies."""
    applicable = limits()
    lines = []
    for nutrient, amount in plan.daily_totals().items():
        limit = applicable.get(nutrient)
        lines.append(TotalLine(nutrient, amount, *(limit if limit is not None else (None, None))))
    return tuple(lines)


def evaluate_plan(plan: Plan, overrides: Mapping[str, Override] | None = None) -> Evaluation:
    """Run the rules on *plan* once and derive everything the views show from it."""
    return Evaluation(plan, tuple(evaluate(plan)), dict(overrides or {}), total_lines(plan))


def evaluate_for(client: ClientDraft, state: PlanState) -> Evaluation:
    """Evaluate a stored or edited plan of *client*, with her context as of the plan date."""
    plan = Plan(state.plan_date, client_context(client, state.plan_date), state.items)
    return evaluate_plan(plan, state.overrides)
