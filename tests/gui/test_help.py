"""Help menu and first run, driven as a user does: menu by keyboard, buttons by mouse."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu

from app.ui.help import DataLocationsDialog, GuideDialog, ShortcutsDialog

ROOT = Path(__file__).resolve().parents[2]
# An open menu grabs the keyboard; the offscreen platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
NATIVE = QKeySequence.SequenceFormat.NativeText


def _choose_from_help(qtbot, window, action: QAction) -> QDialog:
    """Alt+H opens Help; the item is clicked with the mouse; returns the dialog it shows."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = set(window.findChildren(QDialog))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    menu = next(m for m in window.findChildren(QMenu) if action in m.actions())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in set(window.findChildren(QDialog)) - before))
    [dialog] = [d for d in set(window.findChildren(QDialog)) - before if d.isVisible()]
    return dialog


def _keys(standard: QKeySequence.StandardKey) -> str:
    return QKeySequence(standard).toString(NATIVE)


def test_keyboard_shortcuts_lists_the_register_and_the_editor(qtbot, main_window):
    dialog = _choose_from_help(qtbot, main_window, main_window.shortcuts_action)
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    register = rows[1 : rows.index(("Plan editor", ""))]
    editor = rows[rows.index(("Plan editor", "")) + 1 :]
    assert rows[0] == ("Client register", "")
    assert ("New client", _keys(QKeySequence.StandardKey.New)) in register
    assert ("Find client", _keys(QKeySequence.StandardKey.Find)) in register
    assert ("User guide", _keys(QKeySequence.StandardKey.HelpContents)) in register
    assert ("Add product", "Ctrl+Shift+N") in editor
    assert ("Undo", _keys(QKeySequence.StandardKey.Undo)) in editor
    assert not {"Add product", "Undo"} & {what for what, _ in register}
    assert all(keys for _, keys in register + editor)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()
    # Closed is deleted, with the never-shown editor it read its keys from.
    qtbot.waitUntil(lambda: not main_window.findChildren(ShortcutsDialog))


def test_keyboard_shortcuts_are_read_from_the_windows_so_a_new_one_is_listed(qtbot, main_window):
    added = QAction("Check the plan twice", main_window.register)
    added.setShortcut(QKeySequence("Ctrl+Alt+T"))
    without_shortcut = QAction("Nothing to press", main_window)
    assert without_shortcut.shortcut().isEmpty()
    rows = _choose_from_help(qtbot, main_window, main_window.shortcuts_action).rows()
    assert ("Check the plan twice", QKeySequence("Ctrl+Alt+T").toString(NATIVE)) in rows
    assert "Nothing to press" not in {what for what, _ in rows}


class _FolderOpener(QObject):
    """Stands in for the file manager: the URLs Supplan asked the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def folder_opener():
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    yield opener
    QDesktopServices.unsetUrlHandler("file")


def test_where_is_my_data_shows_each_place_and_opens_its_folder(
    qtbot, main_window, database_path, folder_opener
):
    from app.logs import LOG_NAME, log_folder
    from app.storage.backups import backup_folder

    dialog = _choose_from_help(qtbot, main_window, main_window.data_action)
    assert isinstance(dialog, DataLocationsDialog)
    shown = {key: dialog.findChild(QObject, f"path_{key}").text() for key in dialog.locations}
    assert shown == {
        "database": str(database_path),
        "backups": str(backup_folder(database_path)),
        "log": str(log_folder() / LOG_NAME),
    }
    assert not backup_folder(database_path).exists()  # no backup made yet in this test
    for key in ("database", "backups", "log"):
        qtbot.mouseClick(dialog.buttons[key], Qt.MouseButton.LeftButton)
    assert folder_opener.opened == [
        database_path.parent,
        backup_folder(database_path),
        log_folder(),
    ]
    assert backup_folder(database_path).is_dir()  # made, so there is something to open


def test_user_guide_opens_with_f1_in_english_and_dutch(qtbot, main_window, database, tmp_path):
    from app.storage.stores import Stores
    from app.ui.i18n import Translations
    from app.ui.main_window import MainWindow

    dialog = _choose_from_help(qtbot, main_window, main_window.guide_action)
    assert isinstance(dialog, GuideDialog)
    text = dialog.browser.toPlainText()
    assert "Supplan in a consultation" in text
    for step in ("Add the client", "template", "Add product", "Overrides", "Make the plan final"):
        assert step in text
    assert "12031957" in text and "Backups" in text
    dialog.close()

    translations = Translations()
    translations.install("nl")
    try:
        dutch = MainWindow(Stores.over(database), tmp_path / "nl.sqlite3")
        qtbot.addWidget(dutch)
        dutch.show()
        dutch.activateWindow()
        qtbot.waitUntil(dutch.isActiveWindow)
        qtbot.keyClick(dutch, Qt.Key.Key_F1)
        guide = next(d for d in dutch.findChildren(GuideDialog) if d.isVisible())
        assert guide.windowTitle() == "Supplan — Gebruikershandleiding"
        dutch_text = guide.browser.toPlainText()
        assert "Supplan tijdens een consult" in dutch_text
        assert "Help → Sneltoetsen" in dutch_text
        assert "Help → Waar staan mijn gegevens" in dutch_text
        help_menu = next(m for m in dutch.findChildren(QMenu) if dutch.guide_action in m.actions())
        labels = [a.text().replace("&", "") for a in help_menu.actions()]
        assert labels[:3] == ["Gebruikershandleiding", "Sneltoetsen", "Waar staan mijn gegevens"]
    finally:
        translations.install("en")


def test_every_resource_file_ships_in_the_package():
    """The guide (and any resource) must be listed as package data or the install lacks it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["app.resources"]
    resources = ROOT / "resources"
    missing = [
        path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.name != "__init__.py"
        and path.suffix not in (".po", ".pot")  # translators' sources; the .mo ships
        and not any(fnmatch(path.relative_to(resources).as_posix(), p) for p in patterns)
    ]
    assert missing == []
    assert (resources / "guide" / "guide_nl.html").is_file()
    assert (resources / "guide" / "guide_en.html").is_file()


# --- first run -----------------------------------------------------------------------------
@pytest.fixture
def start(qtbot, database_path):
    """Start the application as `supplan` does, with the first-run question switched on."""
    from app.ui.application import Application

    started = []

    def start_once():
        app = Application(QApplication.instance(), database_path)
        app.ask_first_run = True  # offscreen counts as "no screen"; a dietician has one
        app.show_window()
        assert app.open_database()
        started.append(app)
        return app

    yield start_once
    for app in started:
        if app.window is not None:
            app.window.close()
        if app.database is not None:
            app.database.close()
        app.release_lock()


def _stop(app) -> None:
    app.window.close()
    app.database.close()
    app.database = None
    app.release_lock()


def test_first_run_asks_for_the_practice_details_once(qtbot, start):
    from app.storage.settings import SettingsRepository

    app = start()
    qtbot.waitUntil(lambda: app.first_run_dialog is not None and app.first_run_dialog.isVisible())
    dialog = app.first_run_dialog
    assert dialog.windowTitle() == "Welcome to Supplan"
    assert not dialog.language.isVisible()  # the practice only; language stays in Settings
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.dietician_name, "Sanne de Boer")
    qtbot.keyClick(dialog.dietician_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.practice_name, "Dietistenpraktijk De Linde")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    saved = SettingsRepository(app.database).load()
    assert (saved.dietician_name, saved.practice_name) == (
        "Sanne de Boer",
        "Dietistenpraktijk De Linde",
    )
    _stop(app)

    again = start()
    qtbot.wait(50)
    assert again.first_run_dialog is None


def test_skipping_the_first_run_is_remembered_and_settings_stay_available(qtbot, start):
    app = start()
    qtbot.waitUntil(lambda: app.first_run_dialog is not None and app.first_run_dialog.isVisible())
    dialog = app.first_run_dialog
    skip = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert skip.text() == "Skip"
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    _stop(app)

    again = start()
    qtbot.wait(50)
    assert again.first_run_dialog is None
    settings = again.window.open_settings()
    assert settings.windowTitle() == "Supplan — Settings" and settings.practice_name.text() == ""
    settings.reject()


def test_without_a_screen_the_first_run_question_is_not_asked(qtbot, database_path):
    from app.ui.application import Application

    app = Application(QApplication.instance(), database_path)
    assert app.ask_first_run is False  # offscreen: tests and --smoke are never held up
    app.show_window()
    try:
        assert app.open_database()
        qtbot.wait(50)
        assert app.first_run_dialog is None
    finally:
        _stop(app)
