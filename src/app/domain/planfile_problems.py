"""What can be wrong in a plan file and how it is said: problems, messages, quoted values.

Apart from the reader so its ~30 messages and the bounds they name are read in one place;
pure Python like the rest of the domain.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from enum import Enum

from app.domain import limits
from app.domain.nutrients import Nutrient, format_amount, nutrient_name
from app.domain.plan import MAX_UNITS_PER_MOMENT, Moment
from app.i18n import N_, catalogue

FORMAT = "supplan-plan/1"
MAX_AGE = limits.AGE_YEARS
MAX_DIETARY_CALCIUM_MG = limits.DIETARY_CALCIUM_MG
#: The most of anything in one unit, in grams as the message says it.
_MAX_GRAMS_PER_UNIT = limits.AMOUNT_PER_UNIT_MG // 1000
#: A number written with more digits than this is no dose, age or count: it is refused as
#: "out of range" before Python turns it into an int (no 4,300-digit ValueError) or a float
#: (no OverflowError, no silent infinity).
MAX_NUMBER_DIGITS = 30


@dataclass(frozen=True)
class OutOfRange:
    """A number in the file too large to be meant (10^400, a 5,000-digit integer), as written."""

    text: str


def parse_int(text: str) -> int | OutOfRange:
    return OutOfRange(text) if len(text.lstrip("-")) > MAX_NUMBER_DIGITS else int(text)


def parse_float(text: str) -> float | OutOfRange:
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)


def too_large(value: object) -> bool:
    """Whether *value* is a number far outside any range the plan file allows."""
    if isinstance(value, OutOfRange):
        return True
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and abs(value) > 10**MAX_NUMBER_DIGITS
    )


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a plan file: where, what was found, and a message code."""

    path: str
    code: str
    value: object = None
    detail: str = ""

    def render(self, language: str = "en") -> str:
        """One line naming the field and quoting the offending value."""
        quoted = quote(self.value)
        detail = self.detail
        if self.code == "iu_undefined" and detail in {n.value for n in Nutrient}:
            detail = nutrient_name(Nutrient(detail), language)  # "vitamine K2", not vitamin_k2
        text = catalogue(language).gettext(
            MESSAGES[self.code],
            value=quoted,
            detail=detail,
            format=FORMAT,
            max_age=MAX_AGE,
            max_mg=format_amount(MAX_DIETARY_CALCIUM_MG, language),
            moments=choices(Moment),
            max_units=MAX_UNITS_PER_MOMENT,
            grams=_MAX_GRAMS_PER_UNIT,
            egfr_min=limits.EGFR_MIN,
            egfr_max=limits.EGFR_MAX,
        )
        return f"{self.path}: {text}" if self.path else text


class PlanFileError(ValueError):
    """The file is not a valid plan; `problems` says everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = problems

    def lines(self, language: str = "en") -> list[str]:
        """One message line per problem."""
        return [problem.render(language) for problem in self.problems]


def quote(value: object) -> str:
    if isinstance(value, OutOfRange):
        text = value.text
        return text if len(text) <= 20 else f"{text[:12]}... ({len(text):,} characters)"
    if too_large(value):  # an int handed over as data: no str() (4,300-digit limit)
        assert isinstance(value, int)
        return f"~10^{int(abs(value).bit_length() * math.log10(2))}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def choices(enum: type[Enum]) -> str:
    return ", ".join(member.value for member in enum)


# Rendered in the reader's language by the one text catalogue (app.i18n, pure Python).
MESSAGES: dict[str, str] = {
    "file": N_("cannot read the file ({detail})"),
    "json": N_("not valid JSON ({detail})"),
    "encoding": N_("not UTF-8 text ({detail})"),
    "not_object": N_("{value} should be a JSON object"),
    "not_list": N_("{value} should be a list"),
    "missing": N_("is missing"),
    "format": N_('{value} is not a supported format; expected "{format}"'),
    "date": N_("{value} is not a valid date (YYYY-MM-DD)"),
    "birth_after_plan": N_("{value} is after the plan date"),
    "age_or_birth_date": N_("needs birth_date or age"),
    "age": N_("{value} is not an age in whole years from 0 to {max_age}"),
    "choice": N_("{value} is not one of {detail}"),
    "text": N_("{value} should be text of at most {detail} characters"),
    "too_many_lines": N_("{value} has more than {detail} line(s)"),
    "too_many": N_("{value} has more than {detail} entries"),
    "empty": N_("is empty"),
    "boolean": N_("{value} should be true or false"),
    "number": N_("{value} is not a number"),
    "out_of_range": N_("{value} is far outside any sensible range"),
    "not_finite": N_("{value} is not a finite number"),
    "negative": N_("{value} is negative"),
    "dietary_calcium": N_("{value} mg/day is not plausible (0 to {max_mg})"),
    "egfr": N_("{value} is not an eGFR in whole mL/min/1.73 m² from {egfr_min} to {egfr_max}"),
    "condition": N_("{value} is not a known condition ({detail})"),
    "nutrient": N_("{value} is not a known nutrient"),
    "unit": N_("{value} is not a known unit (g, mg, µg, IU)"),
    "iu_undefined": N_("{value} is not defined for {detail}"),
    "absurd": N_("{value} {detail} is absurd: more than {grams} g per unit"),
    "moment": N_("{value} is not a moment of the day ({moments})"),
    "units": N_("{value} is not a whole number of units"),
    "too_many_units": N_("{value} units at one moment is absurd (at most {max_units})"),
}


#: The plan file's message for each of units_problem's codes.
UNITS_CODES = {"negative": "negative", "not_whole": "units", "absurd": "too_many_units"}
