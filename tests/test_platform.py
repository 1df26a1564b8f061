"""Facts about the libraries that the app's correctness depends on."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_do_not_leak_references_to_none(qtbot):
    """No reference to None is lost per Qt call.

    PySide6 6.12.0 dropped one on every void call; the interpreter then aborted after some
    10^5 widget updates (a few hours of work). pyproject excludes that version.
    """
    from PySide6.QtWidgets import QCheckBox, QLabel

    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        box.setChecked(True)
    assert sys.getrefcount(None) >= before - 50
