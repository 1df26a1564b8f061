"""Values that rules, findings and handout sentences carry, each rendered in a chosen language.

A rule's texts are English catalogue texts with named placeholders; the values filled in are
these types (or plain numbers and strings), rendered in the reader's language at the last
moment, so one finding can be shown in Dutch in the window and in English in a handout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain.catalogue import in_language
from app.domain.nutrients import (
    Nutrient,
    format_amount,
    format_quantity,
    nutrient_name,
    sentence_start,
)
from app.domain.plan import Moment, moment_name
from app.i18n import N_, catalogue


@dataclass(frozen=True)
class Text:
    """A catalogue text (English, named placeholders) with values it always shows."""

    english: str
    values: Mapping[str, object] = field(default_factory=dict)
    #: A title: its first letter upper case even when it starts with a value ("Vitamine D ...").
    title: bool = False
    #: The English plural, chosen when the names in the value *counted* are not one
    #: ("“A” and “B” are vitamin K antagonists"); each language has its own plural rule.
    plural: str | None = None
    counted: str = "medicines"

    def __call__(self, language: str, /, **more: object) -> str:
        """The text in *language*, its own values and *more* filled in."""
        values = {**self.values, **more}
        rendered = {key: render_value(value, language) for key, value in values.items()}
        texts = catalogue(language)
        if self.plural is None:
            template = texts.gettext(self.english)
        else:
            counted = values.get(self.counted)
            count = len(counted.names) if isinstance(counted, Names) else 1
            template = texts.ngettext(self.english, self.plural, count)
        # A value not given stays a visible placeholder ("{total}"), as in `supplan rules`.
        text = template.format_map(_Shown(rendered))
        return sentence_start(text) if self.title else text


class _Shown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Quantity:
    """An amount of a nutrient per day, in its canonical unit."""

    nutrient: Nutrient
    amount: float

    def render(self, language: str) -> str:
        """The amount with its unit, e.g. "600 mg"."""
        return format_quantity(self.amount, self.nutrient, language)


@dataclass(frozen=True)
class Nutrients:
    """A list of nutrients: "calcium, vitamin D and zinc" (or "... or zinc")."""

    nutrients: tuple[Nutrient, ...]
    alternatives: bool = False

    def render(self, language: str) -> str:
        """Joined names with "and" / "en" ("or" / "of" for alternatives)."""
        names = [nutrient_name(n, language) for n in self.nutrients]
        return join(names, language, self.alternatives)


#: A name as typed, in the language's quotation marks (Dutch „…”, English “…”).
QUOTED = N_("“{name}”")


def quoted(name: str, language: str) -> str:
    """*name* in quotation marks of *language*."""
    return catalogue(language).gettext(QUOTED, name=name)


@dataclass(frozen=True)
class Names:
    """Names as the dietician typed them (medicines, products), quoted."""

    names: tuple[str, ...]

    def render(self, language: str) -> str:
        """Joined, quoted names."""
        return join([quoted(name, language) for name in self.names], language)


SUPPLIES = N_("{medicine} supplies {nutrients}")
SUPPLIES_EVERY = N_("{medicine} supplies {nutrients} once every {days} days")


@dataclass(frozen=True)
class Supplies:
    """Medicines as typed with the nutrients each supplies (and how often, when not daily)."""

    #: (name as typed, its nutrients, taken once in so many days)
    entries: tuple[tuple[str, tuple[Nutrient, ...], int], ...]

    def render(self, language: str) -> str:
        """“Calci-Chew D3” supplies calcium and vitamin D and “ferrofumaraat” supplies iron."""
        texts = catalogue(language)
        parts = [
            texts.gettext(
                SUPPLIES if days == 1 else SUPPLIES_EVERY,
                medicine=quoted(name, language),
                nutrients=Nutrients(nutrients).render(language),
                days=days,
            )
            for name, nutrients, days in self.entries
        ]
        return join(parts, language)


@dataclass(frozen=True)
class Typed:
    """Names as the dietician typed them, as a client reads them: unquoted, comma-separated."""

    names: tuple[str, ...]

    def render(self, language: str) -> str:
        """The names separated by commas."""
        return ", ".join(self.names)


@dataclass(frozen=True)
class ProductNames:
    """Product names of the plan: shipped ones in the reader's language, typed ones as typed."""

    names: tuple[str, ...]

    def render(self, language: str) -> str:
        """Joined, quoted names."""
        return join(
            [quoted(in_language(name, language), language) for name in self.names], language
        )


@dataclass(frozen=True)
class Clauses:
    """Texts joined into one list: "vitamin D is below 20 µg and the plan has no calcium"."""

    clauses: tuple[Text, ...]

    def render(self, language: str) -> str:
        """The clauses in *language*, joined with "and" / "en"."""
        return join([clause(language) for clause in self.clauses], language)


@dataclass(frozen=True)
class Moments:
    """Moments of the day."""

    moments: tuple[Moment, ...]

    def render(self, language: str) -> str:
        """Translated moments."""
        return join([moment_name(m, language) for m in self.moments], language)


def join(parts: list[str], language: str, alternatives: bool = False) -> str:
    """The parts as a list in *language*: "a, b and c" (or "a, b or c")."""
    if len(parts) <= 1:
        return "".join(parts)
    text = N_("{items} or {last}") if alternatives else N_("{items} and {last}")
    return catalogue(language).gettext(text, items=", ".join(parts[:-1]), last=parts[-1])


def render_value(value: object, language: str) -> str:
    """Any value a text shows, as text in *language*."""
    if isinstance(value, Text):
        return value(language)
    if isinstance(
        value, Quantity | Nutrients | Names | Typed | ProductNames | Moments | Clauses | Supplies
    ):
        return value.render(language)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_amount(float(value), language)
    return str(value)
