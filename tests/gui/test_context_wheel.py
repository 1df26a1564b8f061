"""Scrolling the client context with the mouse wheel never changes her data.

A dietician scrolled the editor's context over the sex box: the client became "other",
her menopausal status "unknown", and one Undo gave back only the sex.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.domain.clients import MenopausalStatus, Sex
from tests.gui import test_plan_editor as base

stores = base.stores
plans_window = base.plans_window
editor = base.editor
client68 = base.client68


def wheel(widget, notches: int) -> None:
    """Turn the wheel over *widget* (down for positive notches)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def stored(stores, editor):
    return stores.clients.get(editor.session.client.id).draft


def test_the_wheel_over_an_unfocused_box_scrolls_and_changes_nothing(qtbot, editor, stores):
    qtbot.waitExposed(editor)
    sex = editor.context_panel.sex
    editor.title.setFocus()
    before = sex.currentData()
    wheel(sex, 5)  # the scroll area behind it gets the wheel
    assert sex.currentData() == before
    assert stored(stores, editor).sex is Sex.FEMALE
    assert stored(stores, editor).menopausal_status is MenopausalStatus.POSTMENOPAUSAL
    # Tabbed to (focused) and then scrolled over: still nothing changes.
    sex.setFocus()
    qtbot.waitUntil(sex.hasFocus, timeout=2000)
    wheel(sex, 2)
    assert sex.currentData() == before
    assert stored(stores, editor).sex is Sex.FEMALE
    # The keyboard still chooses.
    qtbot.keyClick(sex, Qt.Key.Key_Down)
    assert sex.currentData() != before


def test_a_man_loses_the_status_and_one_undo_gives_both_back(qtbot, editor, stores):
    qtbot.waitExposed(editor)
    sex = editor.context_panel.sex
    sex.setCurrentIndex(sex.findData(Sex.MALE.value))
    assert stored(stores, editor).sex is Sex.MALE
    assert stored(stores, editor).menopausal_status is MenopausalStatus.UNKNOWN
    editor.undo_stack.undo()
    assert stored(stores, editor).sex is Sex.FEMALE
    assert stored(stores, editor).menopausal_status is MenopausalStatus.POSTMENOPAUSAL
    panel = editor.context_panel
    assert panel.menopausal_status.currentData() == MenopausalStatus.POSTMENOPAUSAL.value
