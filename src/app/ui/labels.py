"""Translated names of the domain's fixed values (sex, menopausal status, diet)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.clients import Diet, MenopausalStatus, Sex


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
