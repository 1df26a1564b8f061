"""Translations: complete, placeholders kept, compiled files up to date."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def _messages(language: str):
    tree = ET.parse(TRANSLATIONS / f"supplan_{language}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_dutch_translation_is_complete():
    unfinished = [
        f"{context}: {message.findtext('source')}"
        for context, message in _messages("nl")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_placeholders_survive_translation(language):
    broken = []
    for _context, message in _messages(language):
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(re.findall(r"%\d|%n", message.findtext("source")))
        for form in forms:
            if sorted(re.findall(r"%\d|%n", form)) != wanted:
                broken.append((message.findtext("source"), form))
    assert broken == []


def test_every_tr_string_in_the_code_is_in_the_translation_source(tmp_path):
    import shutil

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "app").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    committed = {message.findtext("source") for _c, message in _messages("nl")}
    assert in_code - committed == set(), "run tools/translations.py and translate the new strings"
    assert len(in_code) > 50


def test_compiled_translations_match_their_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.gui
def test_dutch_main_window(qtbot, database, database_path):
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
        assert window.register.model.headerData(0, _horizontal()) == "Cliëntnr."
    finally:
        translations.install("en")
    window2 = MainWindow(Stores.over(database), database_path)
    qtbot.addWidget(window2)
    window2.register.refresh()
    assert window2.register.count_label.text() == "0 clients"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
