"""Help → About, opened as a user does: it names the version pyproject.toml gives."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

ROOT = Path(__file__).resolve().parents[2]
# An open menu grabs the keyboard; the offscreen platform cannot, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def test_about_names_the_version_from_pyproject(qtbot, main_window) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    seen: list[str] = []
    deadline = time.monotonic() + 10

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            ok = box.button(QMessageBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        elif time.monotonic() < deadline:  # bounded: never clicks a later test's dialog
            QTimer.singleShot(20, read_and_close)

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    menu = next(m for m in main_window.findChildren(QMenu) if m.title() == "&Help")
    qtbot.waitUntil(menu.isVisible)
    about = next(a for a in menu.actions() if a.text() == "&About Supplan")
    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(about).center())
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith(f"Supplan {version}\n")
