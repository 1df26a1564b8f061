"""How serious a finding is (its own module so the UI can name it without loading the rules)."""

from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is, most serious first."""

    CRITICAL = "critical"
    WARNING = "warning"
    ADVICE = "advice"


SEVERITY_RANK = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.ADVICE: 2}
