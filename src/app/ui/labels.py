"""Translated names of the domain's fixed values (sex, menopausal status, diet)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.plan import Moment, PlanStatus, TakenWith
from app.domain.severity import Severity
from app.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox


def sex_label(sex: Sex | None) -> str:
    """Translated sex ("vrouw" / "female"); empty when not chosen."""
    if sex is None:
        return ""
    return {
        Sex.FEMALE: _("female"),
        Sex.MALE: _("male"),
        Sex.OTHER: _("other"),
    }[sex]


def menopausal_label(status: MenopausalStatus) -> str:
    """Translated menopausal status."""
    return {
        MenopausalStatus.UNKNOWN: _("unknown"),
        MenopausalStatus.PREMENOPAUSAL: _("premenopausal"),
        MenopausalStatus.PERIMENOPAUSAL: _("perimenopausal"),
        MenopausalStatus.POSTMENOPAUSAL: _("postmenopausal"),
    }[status]


def diet_label(diet: Diet) -> str:
    """Translated diet pattern."""
    return {
        Diet.OMNIVORE: _("omnivore"),
        Diet.LITTLE_MEAT: _("little meat"),
        Diet.VEGETARIAN: _("vegetarian"),
        Diet.VEGAN: _("vegan"),
    }[diet]


def moment_label(moment: Moment) -> str:
    """Translated moment of the day."""
    return {
        Moment.MORNING: _("Morning"),
        Moment.MIDDAY: _("Midday"),
        Moment.EVENING: _("Evening"),
        Moment.BEDTIME: _("Bedtime"),
    }[moment]


def taken_with_label(taken_with: TakenWith) -> str:
    """Translated 'taken with'."""
    return {
        TakenWith.WATER: _("water"),
        TakenWith.MILK: _("milk"),
        TakenWith.MEAL: _("meal"),
        TakenWith.OTHER: _("other"),
    }[taken_with]


def severity_label(severity: Severity) -> str:
    """Translated severity, shown beside its icon (never colour alone)."""
    return {
        Severity.CRITICAL: _("Critical"),
        Severity.WARNING: _("Warning"),
        Severity.ADVICE: _("Advice"),
    }[severity]


def status_label(status: PlanStatus) -> str:
    """Translated plan status."""
    return {
        PlanStatus.DRAFT: _("draft"),
        PlanStatus.FINAL: _("final"),
    }[status]


def choice_box(values: type, label: Callable[[Any], str], empty: str | None = None) -> QComboBox:
    """A combo box of an enum's values (as data), shown by their translated label.

    With *empty*, a first entry with no data ("— choose —") is added.
    """
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for value in values:
        box.addItem(label(value), value.value)
    return box
