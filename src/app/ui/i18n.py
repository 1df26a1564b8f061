"""Which language the UI speaks: Supplan's catalogue (app.i18n) plus Qt's own translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.i18n import N_, _

# Labels of Qt 6's own file dialog that Qt's Dutch catalogue (qtbase_nl) lacks. Qt asks every
# installed translator in turn, so `CatalogueTranslator` answers these from Supplan's catalogue.
QT_CATALOGUE_GAPS = {
    ("QFileDialog", "&Look in:"): N_("&Look in:"),
    ("QFileDialog", "Files of &type:"): N_("Files of &type:"),
}


def choose_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to use: the setting if it names one, else the system's if Supplan has it."""
    if setting in i18n.languages():
        return setting
    system = (system_locale or QLocale.system()).name().split("_")[0]
    return system if system in i18n.languages() else i18n.SOURCE_LANGUAGE


class CatalogueTranslator(QTranslator):
    """Answers Qt's own lookups that Qt's catalogue misses from Supplan's catalogue."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Supplan's text for one of Qt's gaps, or None (a null string) to pass Qt on."""
        if (context, source) in QT_CATALOGUE_GAPS:
            return i18n.catalogue(i18n.language()).gettext(QT_CATALOGUE_GAPS[context, source])
        return None  # "" would be taken as the translation: Qt stops at a non-null string

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


class Translations:
    """Owns the installed translators so the language can be switched while running."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        """Switch the catalogue and Qt's own translators to *language*."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("translations need the QApplication first")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        i18n.set_language(language)
        QLocale.setDefault(QLocale(language))  # dates and numbers as the language writes them
        if language == i18n.SOURCE_LANGUAGE:
            return
        qt = QTranslator(app)  # Qt's own buttons and dialogs, from the catalogue Qt ships
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt)
            self._installed.append(qt)
        gaps = CatalogueTranslator(app)
        QCoreApplication.installTranslator(gaps)
        self._installed.append(gaps)


def current_language() -> str:
    """The language the UI was set to ("nl" or "en"), for texts the domain supplies."""
    return i18n.language()


def window_title(what: str) -> str:
    """A window's title: "Supplan — <what>", with Supplan named once (Qt adds nothing)."""
    return _("Supplan — {what}", what=what)
