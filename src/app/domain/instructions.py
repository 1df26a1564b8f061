"""Plain-language advice for the client, derived from the plan, its findings and her medicines.

The handout never shows rule ids or jargon: each applicable situation becomes one sentence
a client can act on at her kitchen table. A sentence names only what the plan gives, never
contradicts the schedule, and follows what the dietician agreed when she overrode a finding.
The sentences are declared with their rules (app/domain/rules/declarations.py); this module
adds the closing sentence every handout ends with.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.plan import Plan
from app.domain.rules import Finding, instructions
from app.i18n import N_, catalogue

#: The last sentence of every handout's "good to know" section.
CLOSING = N_(
    "Take the products as the schedule shows. In doubt, or new medicines? Contact your "
    "dietician before you change anything."
)


def client_instructions(
    plan: Plan,
    findings: list[Finding],
    language: str,
    overrides: Mapping[str, object] | None = None,
) -> list[str]:
    """The sentences for the handout's "good to know" section, most important first.

    Every sentence follows from the plan as scheduled: it names only what the plan contains,
    never contradicts how a product is taken, and gives the agreed instruction where the
    dietician overrode a finding with a reason.
    """
    sentences = instructions(plan, findings, overrides or {}, language)
    return [*sentences, catalogue(language).gettext(CLOSING)]
