"""Translated names of the domain's fixed values (sex, menopausal status, diet)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.plan import Moment, PlanStatus, TakenWith
from app.domain.severity import Severity

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox


def sex_label(sex: Sex | None) -> str:
    """Translated sex ("vrouw" / "female"); empty when not chosen."""
    if sex is None:
        return ""
    return {
        Sex.FEMALE: QCoreApplication.translate("Labels", "female"),
        Sex.MALE: QCoreApplication.translate("Labels", "male"),
        Sex.OTHER: QCoreApplication.translate("Labels", "other"),
    }[sex]


def menopausal_label(status: MenopausalStatus) -> str:
    """Translated menopausal status."""
    return {
        MenopausalStatus.UNKNOWN: QCoreApplication.translate("Labels", "unknown"),
        MenopausalStatus.PREMENOPAUSAL: QCoreApplication.translate("Labels", "premenopausal"),
        MenopausalStatus.PERIMENOPAUSAL: QCoreApplication.translate("Labels", "perimenopausal"),
        MenopausalStatus.POSTMENOPAUSAL: QCoreApplication.translate("Labels", "postmenopausal"),
    }[status]


def diet_label(diet: Diet) -> str:
    """Translated diet pattern."""
    return {
        Diet.OMNIVORE: QCoreApplication.translate("Labels", "omnivore"),
        Diet.LITTLE_MEAT: QCoreApplication.translate("Labels", "little meat"),
        Diet.VEGETARIAN: QCoreApplication.translate("Labels", "vegetarian"),
        Diet.VEGAN: QCoreApplication.translate("Labels", "vegan"),
    }[diet]


def moment_label(moment: Moment) -> str:
    """Translated moment of the day."""
    return {
        Moment.MORNING: QCoreApplication.translate("Labels", "Morning"),
        Moment.MIDDAY: QCoreApplication.translate("Labels", "Midday"),
        Moment.EVENING: QCoreApplication.translate("Labels", "Evening"),
        Moment.BEDTIME: QCoreApplication.translate("Labels", "Bedtime"),
    }[moment]


def taken_with_label(taken_with: TakenWith) -> str:
    """Translated 'taken with'."""
    return {
        TakenWith.WATER: QCoreApplication.translate("Labels", "water"),
        TakenWith.MILK: QCoreApplication.translate("Labels", "milk"),
        TakenWith.MEAL: QCoreApplication.translate("Labels", "meal"),
        TakenWith.OTHER: QCoreApplication.translate("Labels", "other"),
    }[taken_with]


def severity_label(severity: Severity) -> str:
    """Translated severity, shown beside its icon (never colour alone)."""
    return {
        Severity.CRITICAL: QCoreApplication.translate("Labels", "Critical"),
        Severity.WARNING: QCoreApplication.translate("Labels", "Warning"),
        Severity.ADVICE: QCoreApplication.translate("Labels", "Advice"),
    }[severity]


def status_label(status: PlanStatus) -> str:
    """Translated plan status."""
    return {
        PlanStatus.DRAFT: QCoreApplication.translate("Labels", "draft"),
        PlanStatus.FINAL: QCoreApplication.translate("Labels", "final"),
    }[status]


_Value = TypeVar("_Value", bound=Enum)


def choice_box(
    values: type[_Value], label: Callable[[_Value], str], empty: str | None = None
) -> QComboBox:
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


def short_date_time(moment: datetime) -> str:
    """*moment* in the UI's language, short form ("24-11-2026 09:30")."""
    qt_moment = QDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    )
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)
