"""The clinical rules: each declared once, and the engine that applies them.

- ``declarations.py`` – every rule: id, severity, thresholds as data, the texts that show
  them (catalogue texts with named placeholders), source, review date, the handout sentence
  it gives and the limit it shows in the totals. Add or change a rule there, nowhere else.
- ``checks.py`` – the check functions and handout-sentence choosers; they read every number
  from the rule they are given.
- ``model.py`` – what a rule, a finding and the facts of a plan are.
- ``values.py`` – values that texts show (amounts, names, moments), rendered per language.
- ``engine.py`` – evaluation, the limits the totals show, the handout sentences, the version.

Everything the rest of the app uses is importable from ``app.domain.rules``.
"""

from app.domain.clients import DIET_NAMES
from app.domain.plan import MOMENT_NAMES
from app.domain.rules.declarations import (
    BONE_BUNDLE,
    CALCIUM_SUPPLEMENT_MAX,
    HEALTH_COUNCIL_CALCIUM,
    HEALTH_COUNCIL_VITD,
    REVIEWED,
    RULES,
    article,
    kompas,
)
from app.domain.rules.engine import (
    RULES_BY_ID,
    RULES_VERSION,
    blocking_findings,
    evaluate,
    instructions,
    limits,
    open_findings,
    recommended_calcium_mg,
    rule_lines,
    totals_as_json,
)
from app.domain.rules.model import (
    Advice,
    Check,
    Facts,
    Finding,
    Hit,
    Instruction,
    Rule,
    Situation,
    declare,
)
from app.domain.rules.values import (
    Moments,
    Names,
    Nutrients,
    ProductNames,
    Quantity,
    Text,
    Typed,
    join,
    render_value,
)
from app.domain.severity import SEVERITY_RANK, Severity

__all__ = [
    "BONE_BUNDLE",
    "CALCIUM_SUPPLEMENT_MAX",
    "DIET_NAMES",
    "HEALTH_COUNCIL_CALCIUM",
    "HEALTH_COUNCIL_VITD",
    "MOMENT_NAMES",
    "REVIEWED",
    "RULES",
    "RULES_BY_ID",
    "RULES_VERSION",
    "SEVERITY_RANK",
    "Advice",
    "Check",
    "Facts",
    "Finding",
    "Hit",
    "Instruction",
    "Moments",
    "Names",
    "Nutrients",
    "ProductNames",
    "Quantity",
    "Rule",
    "Severity",
    "Situation",
    "Text",
    "Typed",
    "article",
    "blocking_findings",
    "declare",
    "evaluate",
    "instructions",
    "join",
    "kompas",
    "limits",
    "open_findings",
    "recommended_calcium_mg",
    "render_value",
    "rule_lines",
    "totals_as_json",
]
