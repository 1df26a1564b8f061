"""Nutrients, their canonical units and unit conversion (including IU where it is defined)."""

from __future__ import annotations

from enum import StrEnum

from app.domain import limits
from app.i18n import N_, catalogue


class Nutrient(StrEnum):
    """The nutrients Supplan knows, in the order totals and findings list them."""

    CALCIUM = "calcium"
    MAGNESIUM = "magnesium"
    ZINC = "zinc"
    COPPER = "copper"
    IRON = "iron"
    SELENIUM = "selenium"
    IODINE = "iodine"
    VITAMIN_A = "vitamin_a"
    VITAMIN_B6 = "vitamin_b6"
    VITAMIN_B12 = "vitamin_b12"
    FOLIC_ACID = "folic_acid"
    VITAMIN_C = "vitamin_c"
    VITAMIN_D = "vitamin_d"
    VITAMIN_E = "vitamin_e"
    VITAMIN_K1 = "vitamin_k1"
    VITAMIN_K2 = "vitamin_k2"
    PREBIOTIC_FIBRE = "prebiotic_fibre"
    #: The omega-3 fatty acids of fish oil, EPA and DHA together.
    EPA_DHA = "epa_dha"


class Unit(StrEnum):
    """Mass units, and the international unit where a nutrient defines it."""

    G = "g"
    MG = "mg"
    UG = "µg"
    IU = "IU"


ORDER = {nutrient: position for position, nutrient in enumerate(Nutrient)}

#: Each nutrient's unit for totals and limits.
CANONICAL_UNIT: dict[Nutrient, Unit] = {
    **dict.fromkeys(
        (
            Nutrient.CALCIUM,
            Nutrient.MAGNESIUM,
            Nutrient.ZINC,
            Nutrient.COPPER,
            Nutrient.IRON,
            Nutrient.VITAMIN_B6,
            Nutrient.VITAMIN_C,
            Nutrient.VITAMIN_E,
            Nutrient.EPA_DHA,
        ),
        Unit.MG,
    ),
    **dict.fromkeys(
        (
            Nutrient.SELENIUM,
            Nutrient.IODINE,
            Nutrient.VITAMIN_A,
            Nutrient.VITAMIN_B12,
            Nutrient.FOLIC_ACID,
            Nutrient.VITAMIN_D,
            Nutrient.VITAMIN_K1,
            Nutrient.VITAMIN_K2,
        ),
        Unit.UG,
    ),
    Nutrient.PREBIOTIC_FIBRE: Unit.G,
}

#: One IU in the nutrient's canonical unit (vitamin D: 1 µg = 40 IU; vitamin A: 1 IU = 0.3 µg
#: retinol equivalents; vitamin E: 1 IU = 0.67 mg of the natural form).
IU_IN_CANONICAL: dict[Nutrient, float] = {
    Nutrient.VITAMIN_D: 1 / 40,
    Nutrient.VITAMIN_A: 0.3,
    Nutrient.VITAMIN_E: 0.67,
}

_MILLIGRAMS = {Unit.G: 1000.0, Unit.MG: 1.0, Unit.UG: 0.001}

#: Spellings accepted for each unit; both micro signs (U+00B5, U+03BC), ug and mcg mean µg.
UNIT_ALIASES: dict[str, Unit] = {
    "g": Unit.G,
    "mg": Unit.MG,
    "µg": Unit.UG,
    "μg": Unit.UG,
    "ug": Unit.UG,
    "mcg": Unit.UG,
    "IU": Unit.IU,
    "iu": Unit.IU,
    "IE": Unit.IU,  # Dutch: internationale eenheden
}

#: More than this of anything in one unit (tablet, capsule, dose) is a typing error.
MAX_AMOUNT_PER_UNIT_MG = float(limits.AMOUNT_PER_UNIT_MG)

# Totals are rounded to this many decimals so that 0.3 × 10 000 IU is exactly 3 000 µg and a
# threshold is never missed or hit by floating-point noise.
_PRECISION = 9


def parse_unit(text: str) -> Unit | None:
    """The unit a spelling stands for, or None when it is not a unit Supplan knows."""
    return UNIT_ALIASES.get(text.strip())


def iu_defined(nutrient: Nutrient) -> bool:
    """Whether IU is a valid unit for *nutrient*."""
    return nutrient in IU_IN_CANONICAL


def to_canonical(amount: float, unit: Unit, nutrient: Nutrient) -> float:
    """*amount* in *unit* expressed in the nutrient's canonical unit.

    Raises ValueError for IU on a nutrient that has no IU.
    """
    if unit is Unit.IU:
        if nutrient not in IU_IN_CANONICAL:
            raise ValueError(f"IU is not defined for {nutrient.value}")
        return round(amount * IU_IN_CANONICAL[nutrient], _PRECISION)
    canonical = CANONICAL_UNIT[nutrient]
    return round(amount * _MILLIGRAMS[unit] / _MILLIGRAMS[canonical], _PRECISION)


def in_milligrams(amount: float, unit: Unit, nutrient: Nutrient) -> float:
    """*amount* as milligrams of mass (for the 'absurd amount' check)."""
    canonical = to_canonical(amount, unit, nutrient)
    return canonical * _MILLIGRAMS[CANONICAL_UNIT[nutrient]]


def tidy(value: float) -> float:
    """Round away floating-point noise from a computed amount."""
    return round(value, _PRECISION)


#: The name of each nutrient, in lower case as inside a sentence.
NAMES: dict[Nutrient, str] = {
    Nutrient.CALCIUM: N_("calcium"),
    Nutrient.MAGNESIUM: N_("magnesium"),
    Nutrient.ZINC: N_("zinc"),
    Nutrient.COPPER: N_("copper"),
    Nutrient.IRON: N_("iron"),
    Nutrient.SELENIUM: N_("selenium"),
    Nutrient.IODINE: N_("iodine"),
    Nutrient.VITAMIN_A: N_("vitamin A"),
    Nutrient.VITAMIN_B6: N_("vitamin B6"),
    Nutrient.VITAMIN_B12: N_("vitamin B12"),
    Nutrient.FOLIC_ACID: N_("folic acid"),
    Nutrient.VITAMIN_C: N_("vitamin C"),
    Nutrient.VITAMIN_D: N_("vitamin D"),
    Nutrient.VITAMIN_E: N_("vitamin E"),
    Nutrient.VITAMIN_K1: N_("vitamin K1"),
    Nutrient.VITAMIN_K2: N_("vitamin K2"),
    Nutrient.PREBIOTIC_FIBRE: N_("prebiotic fibre"),
    Nutrient.EPA_DHA: N_("EPA+DHA (omega-3)"),
}


def nutrient_name(nutrient: Nutrient, language: str) -> str:
    """The nutrient's name in *language*: "zinc", "zink"."""
    return catalogue(language).gettext(NAMES[nutrient])


def sentence_start(text: str) -> str:
    """*text* with only its first letter made upper case ("vitamine B6" -> "Vitamine B6").

    Unlike str.capitalize() it leaves the rest alone, so "vitamin D" never becomes "Vitamin d".
    """
    return text[:1].upper() + text[1:]


def nutrient_title(nutrient: Nutrient, language: str) -> str:
    """The nutrient's name at the start of a title or sentence: "Vitamine D", "Zinc"."""
    return sentence_start(nutrient_name(nutrient, language))


def unit_label(unit: Unit, language: str) -> str:
    """How a unit is shown: international units are "IE" in Dutch and "IU" in English.

    Plans, templates and the catalogue store the canonical value (Unit.IU is "IU").
    """
    if unit is Unit.IU:
        return catalogue(language).gettext(N_("IU"))
    return unit.value


def format_amount(value: float, language: str) -> str:
    """A number as a dietician writes it: 500, 12.5 (12,5 in Dutch), 1,200 (1.200)."""
    if abs(value - round(value)) < 1e-9:
        text = f"{round(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if language == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_quantity(value: float, nutrient: Nutrient, language: str) -> str:
    """Amount with its canonical unit: "500 mg", "12,5 µg"."""
    return f"{format_amount(value, language)} {CANONICAL_UNIT[nutrient].value}"
