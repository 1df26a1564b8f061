"""GUI fixtures: a main window over a fresh database, and every test here marked `gui`."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/gui/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def main_window(qtbot, database, database_path):
    """The real main window on this test's database, shown and filled, in English."""
    from app.storage.stores import Stores
    from app.ui.main_window import MainWindow

    window = MainWindow(Stores.over(database), database_path)
    # Not qtbot.addWidget: pytest-qt closes those before fixtures end, and closing a window
    # with an edited form open asks a question nobody would answer.
    window.show()
    window.register.refresh()
    qtbot.waitExposed(window)
    yield window
    # A failed test may leave an edited form open; closing would then wait for an answer.
    if window.register.form is not None:
        window.register.form.discard()
    window.close()
    window.deleteLater()
