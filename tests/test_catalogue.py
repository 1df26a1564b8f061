"""The text catalogue: complete in every language, placeholders by name, never stale."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app import i18n

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"
MARKERS = {"_": 1, "N_": 1, "ngettext": 2, "pgettext": 2}


def _catalogues():
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/supplan.po")):
        with po.open("rb") as file:
            yield po.parent.parent.name, read_po(file)


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_the_catalogue_files_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "catalogue.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", [lang for lang in i18n.languages() if lang != "en"])
def test_every_text_is_translated_and_none_is_a_guess(language):
    catalog = dict(_catalogues())[language]
    missing = []
    for message in catalog:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(forms):
            missing.append(message.id)
    assert missing == [], "translate these in the .po, then run tools/catalogue.py"


def test_translations_keep_the_placeholders_by_name():
    broken = []
    for language, catalog in _catalogues():
        for message in catalog:
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            wanted = set().union(*(_fields(i) for i in ids))
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            for form in filter(None, forms):
                # A plural form may leave the count out ("one client" for "{count} clients").
                if _fields(form) - wanted or (len(ids) == 1 and _fields(form) != wanted):
                    broken.append((language, message.id, form))
    assert broken == []


def test_placeholders_are_named_never_numbered():
    template = LOCALE / "supplan.pot"
    with template.open("rb") as file:
        catalog = read_po(file)
    numbered = [
        m.id
        for m in catalog
        if m.id
        for text in (m.id if isinstance(m.id, tuple) else (m.id,))
        if "%1" in text or any(name == "" or name.isdigit() for name in _fields(text))
    ]
    assert numbered == []


def test_texts_are_marked_as_literals_so_extraction_sees_them():
    """`_(f"...")` or `_(name)` would reach no translator."""
    wrong = []
    for path in sorted((ROOT / "src" / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None)
            literals = MARKERS.get(name or "")
            if literals is None:
                continue
            args = node.args[:literals]
            if len(args) < literals or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_a_missing_translation_is_an_error_not_english():
    with pytest.raises(i18n.MissingTranslation):
        i18n.catalogue("nl").gettext("A text nobody ever translated")


def test_values_are_filled_in_once():
    text = i18n.catalogue("nl").gettext("Supplan — {what}", what="{what} %1 %2")
    assert text == "Supplan — {what} %1 %2"


def test_plural_follows_the_language_rule():
    english = i18n.catalogue("en")
    assert english.ngettext("{count} client", "{count} clients", 1, count=1) == "1 client"
    assert english.ngettext("{count} client", "{count} clients", 0, count=0) == "0 clients"


def test_a_language_is_a_file(tmp_path):
    from tests.pseudo import PSEUDO, write_pseudo_locale

    i18n.use_locale_dir(write_pseudo_locale(tmp_path))
    try:
        assert PSEUDO in i18n.languages()
        assert i18n.catalogue(PSEUDO).gettext("Supplan — {what}", what="Anna") == "⟦Šûppļåñ — Anna⟧"
    finally:
        i18n.use_locale_dir(None)


@pytest.mark.gui
def test_dutch_main_window(qtbot, database, database_path):
    """The catalogue's Dutch reaches the window, and switching back gives English again."""
    from PySide6.QtCore import Qt

    from app.storage.stores import Stores
    from app.ui.i18n import Translations
    from app.ui.main_window import MainWindow

    translations = Translations()
    translations.install("nl")
    try:
        window = MainWindow(Stores.over(database), database_path)
        qtbot.addWidget(window)
        window.register.refresh()
        assert window.windowTitle() == "Supplan — cliëntenregister"
        assert window.register.count_label.text() == "0 cliënten"
        assert window.register.model.headerData(0, Qt.Orientation.Horizontal) == "Cliëntnr."
    finally:
        translations.install("en")
    window2 = MainWindow(Stores.over(database), database_path)
    qtbot.addWidget(window2)
    window2.register.refresh()
    assert window2.register.count_label.text() == "0 clients"


def test_every_language_of_the_catalogue_has_its_name_and_its_user_guide():
    for language in i18n.languages():
        assert (ROOT / "resources" / "guide" / f"guide_{language}.html").is_file(), language
    assert [i18n.language_name(lang) for lang in i18n.languages()] == ["English", "Nederlands"]
