"""The end-to-end run: Supplan as it starts for a dietician, in a real X11 window.

Run by `make test` in its own pytest process under Xvfb with QT_QPA_PLATFORM=xcb (Qt's
platform is fixed per process, and the rest of the suite runs offscreen). By hand:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m pytest tests/e2e

(with a display and no QT_QPA_PLATFORM given, these tests take xcb themselves).

Pictures of each step (client form, editor, print preview) are saved in the test's tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.conftest import PLATFORM_CHOSEN
from tests.e2e.user import Modal, User, Watchdog

# Before any QApplication exists: with a display (xvfb-run) and no platform asked for, the
# real window it offers is what these tests are for, not the suite's offscreen default.
if not PLATFORM_CHOSEN and os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"

PRACTICE = {
    "practice_name": "Diëtistenpraktijk De Linde",
    "dietician_name": "J. Bakker",
    "address": "Lindelaan 4, 3512 AB Utrecht",
    "phone": "030 123 45 67",
    "email": "info@delinde.example.nl",
}


@pytest.fixture(scope="session", autouse=True)
def _real_x11_window(qapp) -> None:
    """These tests mean nothing offscreen: insist on the xcb platform (Xvfb or a desktop)."""
    assert QApplication.platformName() == "xcb", (
        f"tests/e2e need a real X11 window, not {QApplication.platformName()!r}: "
        "run them as `make test` does (xvfb-run with QT_QPA_PLATFORM=xcb)"
    )


@pytest.fixture
def user(qtbot) -> User:
    """Keyboard and mouse."""
    return User(qtbot)


@pytest.fixture
def watchdog():
    """Fails the test on any message box nobody expected (after closing it)."""
    dog = Watchdog()
    yield dog
    dog.stop()
    Modal.armed = 0
    assert not dog.surprises, f"unexpected messages: {dog.surprises}"


@pytest.fixture
def supplan(qapp, tmp_path: Path, request):
    """Supplan started the way the `supplan` command starts it, on a new database.

    The practice details and the language (the test's `language` parameter) are saved in
    the database first, as a dietician would have under File → Settings.
    """
    from app.storage.database import open_database
    from app.storage.settings import Settings, SettingsRepository
    from app.ui.application import Application

    language = request.param
    path = tmp_path / "supplan.sqlite3"
    database = open_database(path)
    SettingsRepository(database).save(Settings(language=language, **PRACTICE))
    database.close()

    application = Application(qapp, path)
    application.show_window()
    assert application.open_database()
    application.window.resize(1366, 740)
    yield application
    window = application.window
    if window is not None and window.isVisible():
        if window.register.form is not None:
            window.register.form.discard()
        window.close_plan_windows()
        window.close()
    if application.database is not None:
        application.database.close()
    application.release_lock()
    for translator in application.translations._installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
