"""What the client form says about a field: why a value is refused, or another window's value.

Apart from the form so the sentence for each problem code is found in one short place.
"""

from __future__ import annotations

from datetime import date

from app.domain import limits
from app.domain.clients import (
    DATE_EXAMPLE,
    Condition,
    Diet,
    FieldProblem,
    MenopausalStatus,
    Sex,
    condition_name,
    egfr_unit,
    format_date,
    in_condition_order,
)
from app.domain.nutrients import format_amount
from app.i18n import _, language
from app.ui.labels import diet_label, menopausal_label, sex_label

#: The limit each text field's "too long" message names (app.domain.limits).
_LIMITS = {
    "given_names": limits.NAME,
    "family_name": limits.NAME,
    "family_name_prefix": limits.NAME_PREFIX,
    "allergies": limits.ALLERGIES,
    "notes": limits.CLIENT_NOTES,
}


def problem_text(problem: FieldProblem) -> str:
    """A plain sentence for each problem code."""
    texts = {
        ("birth_date", "required"): _("Enter the birth date."),
        ("birth_date", "not_a_date"): _(
            "Not a valid date. Type day-month-year, e.g. {example} or {digits}.",
            example=DATE_EXAMPLE,
            digits=DATE_EXAMPLE.replace("-", ""),
        ),
        ("birth_date", "two_digit_year"): _(
            "Type the year in full, e.g. {example}.", example=DATE_EXAMPLE
        ),
        ("birth_date", "in_future"): _(
            "The birth date is in the future. Type day-month-year, e.g. {example}.",
            example=DATE_EXAMPLE,
        ),
        ("birth_date", "too_old"): _(
            "The birth date is more than {years} years ago.", years=limits.AGE_YEARS
        ),
        ("sex", "required"): _("Choose the sex; the rules depend on it."),
        ("dietary_calcium_mg", "not_a_number"): _(
            "Enter a whole number of milligrams, or leave it empty."
        ),
        ("dietary_calcium_mg", "out_of_range"): _(
            "Enter an amount between 0 and {maximum} mg per day.",
            maximum=format_amount(limits.DIETARY_CALCIUM_MG, language()),
        ),
        ("egfr", "not_a_number"): _(
            "Enter the eGFR as a whole number, e.g. 45, or leave it empty."
        ),
        ("egfr", "out_of_range"): _(
            "Enter an eGFR from {minimum} to {maximum} {unit}.",
            minimum=limits.EGFR_MIN,
            maximum=limits.EGFR_MAX,
            unit=egfr_unit(language()),
        ),
        ("medicines", "invalid"): _("A medicine name has invisible control characters."),
        ("medicines", "too_long"): _(
            "At most {count} medicines, each at most {length} characters long.",
            count=str(limits.MEDICINES),
            length=str(limits.MEDICINE),
        ),
        ("email", "invalid"): _("Not a valid email address, e.g. name@example.nl."),
        ("phone", "invalid"): _("Not a valid phone number, e.g. 06 12345678."),
    }
    generic = {
        "required": _("This field is required."),
        "too_long": _(
            "This text is too long (at most {limit} characters).",
            limit=str(_LIMITS.get(problem.field, 0)),
        )
        if problem.field in _LIMITS
        else _("This text is too long."),
        "control_characters": _("This text contains invisible control characters."),
    }
    return texts.get((problem.field, problem.code)) or generic.get(
        problem.code, _("This value is not accepted.")
    )


def shown_value(value: object) -> str:
    """A field's value as the form shows it, for a note about another window's change."""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, frozenset):  # the client's conditions
        chosen = in_condition_order(c for c in value if isinstance(c, Condition))
        return ", ".join(condition_name(c, language()) for c in chosen)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Sex):
        return sex_label(value)
    if isinstance(value, MenopausalStatus):
        return menopausal_label(value)
    if isinstance(value, Diet):
        return diet_label(value)
    return "" if value is None else str(value)
