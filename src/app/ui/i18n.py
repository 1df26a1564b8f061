"""Which language the UI speaks, and loading its translations (Supplan's and Qt's own)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("nl", "en")

# Labels of Qt 6's own file dialog that Qt's Dutch catalogue (qtbase_nl) lacks; Supplan's
# catalogue translates them, since Qt asks every installed translator in turn.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def choose_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to use: the setting if it names one, else Dutch for a Dutch system."""
    if setting in SUPPORTED:
        return setting
    locale = system_locale or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def translations_dir() -> str:
    """Folder holding supplan_nl.qm, shipped inside the package."""
    return str(files("app.resources") / "translations")


class Translations:
    """Owns the installed translators so the language can be switched while running."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        """Replace the current translators by those for *language* ("nl" or "en")."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
        )
        wanted = [(f"supplan_{language}", translations_dir())]  # en: only plural forms
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            wanted.append((f"qtbase_{language}", qt_dir))  # Qt's own buttons and dialogs
        for name, folder in wanted:
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)


def current_language() -> str:
    """The language the UI was set to ("nl" or "en"), for texts the domain supplies."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def window_title(what: str) -> str:
    """A window's title: "Supplan — <what>", with Supplan named once (Qt adds nothing)."""
    return QCoreApplication.translate("Window", "Supplan — %1").replace("%1", what)
