"""How serious a finding is (its own module so the UI can name it without loading the rules)."""

from enum import StrEnum

from app.i18n import N_, catalogue


class Severity(StrEnum):
    """How serious a finding is, most serious first."""

    CRITICAL = "critical"
    WARNING = "warning"
    ADVICE = "advice"


SEVERITY_RANK = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.ADVICE: 2}

#: The name of each severity, as a label beside its icon; the command line and the summary
#: print it in capitals (``.upper()``).
SEVERITY_LABELS: dict[Severity, str] = {
    Severity.CRITICAL: N_("Critical"),
    Severity.WARNING: N_("Warning"),
    Severity.ADVICE: N_("Advice"),
}


def severity_label(severity: Severity, language: str) -> str:
    """The severity's name in *language*: "Critical", "Waarschuwing"."""
    return catalogue(language).gettext(SEVERITY_LABELS[severity])
