"""Translated names of the domain's fixed values (sex, menopausal status, diet)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from app.domain.clients import Diet, MenopausalStatus, Sex, diet_name, format_date
from app.domain.nutrients import sentence_start
from app.domain.plan import Moment, PlanStatus, TakenWith, moment_name
from app.domain.severity import Severity
from app.domain.severity import severity_label as domain_severity_label
from app.i18n import _, language

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
    """Translated diet pattern, as the domain declares it."""
    return diet_name(diet, language())


def moment_label(moment: Moment) -> str:
    """Translated moment of the day."""
    return sentence_start(moment_name(moment, language()))


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
    return domain_severity_label(severity, language())


def status_label(status: PlanStatus) -> str:
    """Translated plan status."""
    return {
        PlanStatus.DRAFT: _("draft"),
        PlanStatus.FINAL: _("final"),
    }[status]


_Value = TypeVar("_Value", bound=Enum)


def choice_box(
    values: type[_Value], label: Callable[[_Value], str], empty: str | None = None
) -> QComboBox:
    """A combo box of an enum's values (as data), shown by their translated label.

    With *empty*, a first entry with no data ("— choose —") is added.
    """
    from app.ui.wheel import WheelSafeComboBox

    box = WheelSafeComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for value in values:
        box.addItem(label(value), value.value)
    return box


def short_date_time(moment: datetime) -> str:
    """*moment* as dates are written everywhere in Supplan: "24-11-2026 09:30" (any language)."""
    return f"{format_date(moment.date())} {moment:%H:%M}"
