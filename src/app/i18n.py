"""The one text catalogue: every user-visible string, in every layer, goes through here.

Source strings are English with *named* placeholders (``"{count} clients"``); each other
language is a GNU gettext catalogue, ``resources/locale/<language>/LC_MESSAGES/supplan.po``,
compiled to ``.mo`` and committed (``tools/catalogue.py`` extracts, updates and compiles).
Adding a language is adding a ``.po`` file. This module is pure Python, so the domain, the
handout builder and the command line use it as the Qt windows do.

Three calls, named as gettext's tools expect them so extraction finds every string:

- ``_("Save")`` – a text in the UI's current language;
- ``ngettext("{count} client", "{count} clients", n, count=n)`` – plural by the language's rule;
- ``N_("...")`` – marks a text declared now and rendered later in a chosen language
  (a rule's message, a handout sentence): ``catalogue(language).gettext(text, **values)``.

``pgettext(context, text)`` tells apart two equal English texts with different translations.
Values are filled in once by ``str.format`` after translation, so a value that contains
``{x}`` or ``%2`` is never substituted again.

A missing translation is never hidden: under ``SUPPLAN_STRICT_TEXTS=1`` (set by the tests)
it raises :class:`MissingTranslation`; otherwise the English text is shown and logged once.
"""

from __future__ import annotations

import gettext as _gettext
import logging
import os
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

DOMAIN = "supplan"
SOURCE_LANGUAGE = "en"
_log = logging.getLogger(__name__)
_locale_dir_override: Path | None = None


class MissingTranslation(LookupError):
    """A text has no translation in a language the catalogue claims to have."""


def locale_dir() -> Path:
    """Folder with one ``<language>/LC_MESSAGES/supplan.mo`` per language."""
    if _locale_dir_override is not None:
        return _locale_dir_override
    return Path(str(files("app.resources") / "locale"))


def use_locale_dir(folder: Path | None) -> None:
    """Read catalogues from *folder* (tests: a generated pseudo-language); None restores."""
    global _locale_dir_override
    _locale_dir_override = folder
    languages.cache_clear()
    catalogue.cache_clear()
    set_language(_current.language if _current.language in languages() else SOURCE_LANGUAGE)


@cache
def languages() -> tuple[str, ...]:
    """Every language the catalogue has: English plus one per compiled ``.mo``."""
    found = sorted(p.parent.parent.name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def _strict() -> bool:
    return os.environ.get("SUPPLAN_STRICT_TEXTS") == "1"


class Catalogue:
    """The texts of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translations: _gettext.NullTranslations
        if language == SOURCE_LANGUAGE:
            self._translations = _gettext.NullTranslations()
            self._messages: dict[object, str] = {}
        else:
            mo = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
            with mo.open("rb") as file:
                translations = _gettext.GNUTranslations(file)
            self._translations = translations
            self._messages = translations._catalog  # type: ignore[attr-defined]  # gettext has no public lookup
        self._reported: set[object] = set()

    def _has(self, key: object) -> bool:
        if self.language == SOURCE_LANGUAGE or key in self._messages:
            return True
        if _strict():
            raise MissingTranslation(f"no {self.language} translation for {key!r}")
        if key not in self._reported:
            self._reported.add(key)
            _log.warning("No %s translation for %r; showing English", self.language, key)
        return False

    def gettext(self, message: str, /, **values: object) -> str:
        """*message* in this language, with *values* filled in."""
        text = self._translations.gettext(message) if self._has(message) else message
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """The form for *count* by this language's plural rule, with *values* filled in."""
        if self._has((singular, 0)):
            text = self._translations.ngettext(singular, plural, count)
        else:
            text = singular if count == 1 else plural
        return text.format(**values) if values else text

    def table(self, texts: Mapping[str, str]) -> dict[str, str]:
        """A table of declared texts (``N_``), each rendered in this language."""
        return {key: self.gettext(text) for key, text in texts.items()}

    def pgettext(self, context: str, message: str, /, **values: object) -> str:
        """*message* as meant in *context*, for equal English texts that translate apart."""
        if self._has(f"{context}\x04{message}"):
            text = self._translations.pgettext(context, message)
        else:
            text = message
        return text.format(**values) if values else text


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of *language* (read once); English for a language it does not have."""
    return Catalogue(language if language in languages() else SOURCE_LANGUAGE)


_current = Catalogue(SOURCE_LANGUAGE)


def set_language(language: str) -> None:
    """Make *language* the UI's language for ``_``, ``ngettext`` and ``pgettext``."""
    global _current
    _current = catalogue(language)


def language() -> str:
    """The UI's current language, e.g. "nl"."""
    return _current.language


def _(message: str, /, **values: object) -> str:
    """*message* in the UI's language, with *values* filled in by name."""
    return _current.gettext(message, **values)


def ngettext(singular: str, plural: str, count: int, /, **values: object) -> str:
    """The plural form for *count* in the UI's language, with *values* filled in by name."""
    return _current.ngettext(singular, plural, count, **values)


def pgettext(context: str, message: str, /, **values: object) -> str:
    """*message* as meant in *context*, in the UI's language."""
    return _current.pgettext(context, message, **values)


def language_name(language: str) -> str:
    """A language's own name ("Nederlands", "English"), as its own catalogue gives it."""
    return catalogue(language).pgettext("the name of this catalogue's language", "English")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the system's locale (LC_ALL, LC_MESSAGES, LANG) if the catalogue has it.

    For the command line, which has no settings; the windows ask Qt (ui/i18n.py).
    """
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in languages() else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def N_(message: str) -> str:
    """Mark *message* for the catalogue without translating it yet (rendered later)."""
    return message


class Plural(NamedTuple):
    """A declared text and its plural, chosen later by a count (see ``N_plural``)."""

    singular: str
    plural: str


def N_plural(singular: str, plural: str) -> Plural:
    """Mark a text with its plural for the catalogue; rendered later by ``ngettext``."""
    return Plural(singular, plural)
