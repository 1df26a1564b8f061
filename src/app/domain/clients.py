"""Clients as the dietician records them: names, dates, context for the rules, validation.

Validation returns problem codes rather than sentences: the domain knows no language, the
UI turns each code into a translated message shown next to its field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain import limits
from app.domain.text import fold
from app.i18n import N_, catalogue


class Sex(StrEnum):
    """Sex as the rules use it."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class MenopausalStatus(StrEnum):
    """Menopausal status; only asked where it applies (not for men)."""

    UNKNOWN = "unknown"
    PREMENOPAUSAL = "premenopausal"
    PERIMENOPAUSAL = "perimenopausal"
    POSTMENOPAUSAL = "postmenopausal"


class Diet(StrEnum):
    """Diet pattern, from most to least meat."""

    OMNIVORE = "omnivore"
    LITTLE_MEAT = "little_meat"
    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"


#: The name of each diet pattern, in lower case as inside a sentence.
DIET_NAMES: dict[Diet, str] = {
    Diet.OMNIVORE: N_("omnivore"),
    Diet.LITTLE_MEAT: N_("little meat"),
    Diet.VEGETARIAN: N_("vegetarian"),
    Diet.VEGAN: N_("vegan"),
}


def diet_name(diet: Diet, language: str) -> str:
    """The diet pattern's name in *language*: "little meat", "veganistisch"."""
    return catalogue(language).gettext(DIET_NAMES[diet])


class Condition(StrEnum):
    """A condition that forbids or limits calcium, vitamin D or magnesium (the rules read it)."""

    HYPERCALCAEMIA = "hypercalcaemia"
    SARCOIDOSIS = "sarcoidosis"
    PRIMARY_HYPERPARATHYROIDISM = "primary_hyperparathyroidism"
    CALCIUM_KIDNEY_STONES = "calcium_kidney_stones"


#: The name of each condition, in lower case as inside a sentence (the form capitalises it).
CONDITION_NAMES: dict[Condition, str] = {
    Condition.HYPERCALCAEMIA: N_("hypercalcaemia"),
    Condition.SARCOIDOSIS: N_("sarcoidosis"),
    Condition.PRIMARY_HYPERPARATHYROIDISM: N_("primary hyperparathyroidism"),
    Condition.CALCIUM_KIDNEY_STONES: N_("calcium kidney stones"),
}
#: The unit of the eGFR, as every field and text shows it.
EGFR_UNIT = N_("mL/min/1.73 m²")


def condition_name(condition: Condition, language: str) -> str:
    """The condition's name in *language*: "sarcoidosis", "sarcoïdose"."""
    return catalogue(language).gettext(CONDITION_NAMES[condition])


def egfr_unit(language: str) -> str:
    """The eGFR's unit as written in *language*: "mL/min/1.73 m²", "ml/min/1,73 m²"."""
    return catalogue(language).gettext(EGFR_UNIT)


def in_condition_order(conditions: Iterable[Condition]) -> tuple[Condition, ...]:
    """The conditions in their declared order, each once (how they are stored and written)."""
    chosen = set(conditions)
    return tuple(c for c in Condition if c in chosen)


# Dutch (and a few neighbouring) family-name prefixes ("tussenvoegsels"), longest first so
# that "van der" wins over "van". Sorting ignores them: "van der Berg" is filed under B.
NAME_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            "van",
            "van de",
            "van der",
            "van den",
            "van het",
            "van 't",
            "van t",
            "de",
            "den",
            "der",
            "het",
            "'t",
            "ter",
            "ten",
            "te",
            "in 't",
            "in de",
            "in den",
            "in het",
            "op de",
            "op den",
            "op het",
            "op 't",
            "uit de",
            "uit den",
            "uit het",
            "aan de",
            "aan den",
            "aan het",
            "bij de",
            "onder de",
            "over de",
            "voor de",
            "voor den",
            "d'",
            "l'",
            "la",
            "le",
            "du",
            "des",
            "di",
            "da",
            "dos",
            "von",
            "von der",
            "vom",
            "zu",
            "van la",
            "van de la",
            "van ter",
        },
        key=len,
        reverse=True,
    )
)

MAX_NAME_LENGTH = limits.NAME
MAX_TEXT_LENGTH = limits.CLIENT_NOTES
MAX_AGE_YEARS = limits.AGE_YEARS
MAX_DIETARY_CALCIUM_MG = limits.DIETARY_CALCIUM_MG
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,30}$")
_DATE_DMY = re.compile(r"^\s*(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DATE_SHORT_YEAR = re.compile(r"^\s*(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2}|\d{6})\s*$")
#: How a typed date is shown in messages as an example that works.
DATE_EXAMPLE = "12-03-1957"


def split_family_name(text: str) -> tuple[str, str]:
    """Split "van der Berg" into ("van der", "Berg"); a name without a prefix stays whole."""
    words = text.split()
    lowered = [w.lower() for w in words]
    for prefix in NAME_PREFIXES:
        size = len(prefix.split())
        if len(words) > size and lowered[:size] == prefix.split():
            return " ".join(words[:size]), " ".join(words[size:])
    return "", " ".join(words)


def display_name(given_names: str, prefix: str, family_name: str) -> str:
    """Name as written on a letter: "Anna van der Berg"."""
    return " ".join(part for part in (given_names, prefix, family_name) if part)


def register_name(given_names: str, prefix: str, family_name: str) -> str:
    """Name as filed in a Dutch register: "Berg, Anna van der"."""
    rest = " ".join(part for part in (given_names, prefix) if part)
    return f"{family_name}, {rest}" if rest else family_name


def name_sort_key(given_names: str, prefix: str, family_name: str) -> str:
    """Sort on family name without prefix, then given names, ignoring case and accents."""
    return fold(f"{family_name} {given_names} {prefix}")


def format_date(value: date) -> str:
    """Dates as Dutch users write them: 01-06-1954."""
    return value.strftime("%d-%m-%Y")


def parse_date(text: str) -> date | None:
    """Read a date typed day first, as in the Netherlands, or in ISO form.

    12-03-1957, 12-3-1957, 12/03/1957, 12.03.1957, 12031957 (eight digits) and 1957-03-12
    are 12 March 1957. Returns None for anything else: an impossible day (31-02-1957), too
    few digits (1203195), a two-digit year (12-03-57), mixed separators.
    """
    if match := _DATE_DMY.match(text):
        day, _separator, month, year = match.groups()
    elif match := _DATE_DIGITS.match(text):
        day, month, year = match.groups()
    elif match := _DATE_ISO.match(text):
        year, month, day = match.groups()
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_text_problem(text: str) -> str | None:
    """Why typed text is no date ("two_digit_year" or "not_a_date"); None when it is one."""
    if parse_date(text) is not None:
        return None
    return "two_digit_year" if _DATE_SHORT_YEAR.match(text) else "not_a_date"


def age_on(birth_date: date, on: date) -> int:
    """Age in completed years on a date; the birthday itself counts."""
    had_birthday = (on.month, on.day) >= (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (0 if had_birthday else 1)


def search_text(
    given_names: str, prefix: str, family_name: str, client_number: str, birth_date: date
) -> str:
    """Everything a search may match, folded: names, number, birth date in both forms."""
    parts = (
        given_names,
        prefix,
        family_name,
        display_name(given_names, prefix, family_name),
        client_number,
        format_date(birth_date),
        birth_date.isoformat(),
    )
    return fold(" | ".join(parts))


def search_terms(query: str) -> list[str]:
    """Split a search into folded words; a client matches when she matches every word."""
    return fold(query).split()


@dataclass
class ClientDraft:
    """The fields of a client as entered in the form, before or after saving."""

    given_names: str = ""
    family_name_prefix: str = ""
    family_name: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    menopausal_status: MenopausalStatus = MenopausalStatus.UNKNOWN
    diet: Diet = Diet.OMNIVORE
    dietary_calcium_mg: int | None = None
    medicines: list[str] = field(default_factory=list)
    #: Kidney function (eGFR, mL/min/1.73 m²), when known.
    egfr: int | None = None
    conditions: frozenset[Condition] = frozenset()
    allergies: str = ""
    notes: str = ""
    email: str = ""
    phone: str = ""

    def normalised(self) -> ClientDraft:
        """Trim white space, split a prefix typed into the family name, drop empty medicines."""
        prefix = " ".join(self.family_name_prefix.split())
        family = " ".join(self.family_name.split())
        if not prefix:
            prefix, family = split_family_name(family)
        status = self.menopausal_status
        if self.sex is Sex.MALE:
            status = MenopausalStatus.UNKNOWN
        return ClientDraft(
            given_names=" ".join(self.given_names.split()),
            family_name_prefix=prefix,
            family_name=family,
            birth_date=self.birth_date,
            sex=self.sex,
            menopausal_status=status,
            diet=self.diet,
            dietary_calcium_mg=self.dietary_calcium_mg,
            medicines=[" ".join(m.split()) for m in self.medicines if m.strip()],
            egfr=self.egfr,
            conditions=frozenset(self.conditions),
            allergies=self.allergies.strip(),
            notes=self.notes.strip(),
            email=self.email.strip(),
            phone=self.phone.strip(),
        )


#: The names of a client's own fields, as in ClientDraft (what an edit can change).
CLIENT_FIELDS: tuple[str, ...] = tuple(ClientDraft.__dataclass_fields__)


def draft_changes(before: ClientDraft, after: ClientDraft) -> dict[str, object]:
    """The fields whose value differs, with their value in *after*.

    An edit writes only these, so two windows changing different fields of one client
    never undo each other's work.
    """
    return {
        name: getattr(after, name)
        for name in CLIENT_FIELDS
        if getattr(after, name) != getattr(before, name)
    }


@dataclass(frozen=True)
class FieldProblem:
    """One reason a field is not acceptable: the field's name and a problem code."""

    field: str
    code: str


def _has_control_characters(text: str, allow_newlines: bool = False) -> bool:
    allowed = "\n\t" if allow_newlines else ""
    return any((ord(ch) < 32 or ord(ch) == 127) and ch not in allowed for ch in text)


def validate_client(draft: ClientDraft, today: date) -> list[FieldProblem]:
    """Problems that stop a client from being saved; an empty list means it may be saved."""
    problems: list[FieldProblem] = []
    for name in ("given_names", "family_name"):
        value: str = getattr(draft, name)
        if not value.strip():
            problems.append(FieldProblem(name, "required"))
        elif len(value) > MAX_NAME_LENGTH:
            problems.append(FieldProblem(name, "too_long"))
        elif _has_control_characters(value):
            problems.append(FieldProblem(name, "control_characters"))
    if len(draft.family_name_prefix) > limits.NAME_PREFIX:
        problems.append(FieldProblem("family_name_prefix", "too_long"))
    if draft.birth_date is None:
        problems.append(FieldProblem("birth_date", "required"))
    elif draft.birth_date > today:
        problems.append(FieldProblem("birth_date", "in_future"))
    elif age_on(draft.birth_date, today) > MAX_AGE_YEARS:
        problems.append(FieldProblem("birth_date", "too_old"))
    if draft.sex is None:
        problems.append(FieldProblem("sex", "required"))
    calcium = draft.dietary_calcium_mg
    if calcium is not None and not 0 <= calcium <= MAX_DIETARY_CALCIUM_MG:
        problems.append(FieldProblem("dietary_calcium_mg", "out_of_range"))
    if draft.egfr is not None and not limits.EGFR_MIN <= draft.egfr <= limits.EGFR_MAX:
        problems.append(FieldProblem("egfr", "out_of_range"))
    if len(draft.medicines) > limits.MEDICINES or any(
        len(m) > limits.MEDICINE for m in draft.medicines
    ):
        problems.append(FieldProblem("medicines", "too_long"))
    elif any(_has_control_characters(m) for m in draft.medicines):
        problems.append(FieldProblem("medicines", "invalid"))
    if draft.email and (len(draft.email) > limits.EMAIL or not _EMAIL.match(draft.email)):
        problems.append(FieldProblem("email", "invalid"))
    if draft.phone and not _PHONE.match(draft.phone):
        problems.append(FieldProblem("phone", "invalid"))
    for name, limit in (("allergies", limits.ALLERGIES), ("notes", limits.CLIENT_NOTES)):
        if len(getattr(draft, name)) > limit:
            problems.append(FieldProblem(name, "too_long"))
    return problems


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client register: just what the table shows, sorts and searches."""

    id: int
    client_number: str
    given_names: str
    family_name_prefix: str
    family_name: str
    birth_date: date
    sex: Sex
    menopausal_status: MenopausalStatus
    archived: bool
    modified_at: datetime

    @property
    def register_name(self) -> str:
        """Name as filed: "Berg, Anna van der"."""
        return register_name(self.given_names, self.family_name_prefix, self.family_name)

    @property
    def sort_key(self) -> str:
        """Key that files "van der Berg" under B, accents ignored."""
        return name_sort_key(self.given_names, self.family_name_prefix, self.family_name)


@dataclass(frozen=True)
class ClientRecord:
    """A saved client: the draft's fields plus what the register adds."""

    id: int
    client_number: str
    draft: ClientDraft
    archived: bool
    created_at: datetime
    modified_at: datetime
    #: Goes up by one on every write; a write based on an older version is refused.
    version: int = 1

    @property
    def display_name(self) -> str:
        """Name as written on a letter."""
        d = self.draft
        return display_name(d.given_names, d.family_name_prefix, d.family_name)
