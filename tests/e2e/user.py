"""The dietician's hands: key presses and mouse clicks delivered to the real X11 window.

Keys go to the window that has the keyboard focus (QGuiApplication.focusWindow()) through
Qt's window-system interface, the same path a key typed on the xcb window takes; Qt then
routes them to the focused widget and its shortcuts. Nothing here calls the app's methods.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from app.ui.plans.reason_dialog import ReasonDialog

Key = Qt.Key
Mod = Qt.KeyboardModifier
TIMEOUT = 5000  # ms; a step that takes longer than this is broken, not slow


def describe(widget: QWidget | None) -> str:
    """A widget as a failure message names it: class, object name, text."""
    if widget is None:
        return "nothing"
    if not shiboken6.isValid(widget):
        return "a deleted widget"
    name = widget.objectName() or (widget.accessibleName() if widget.accessibleName() else "")
    text = getattr(widget, "text", None)
    label = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({name!r}{', ' + repr(label[:30]) if label else ''})"


class User:
    """Types and clicks like a person: only where the focus is, only what is on screen."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    # --- where the keyboard is ------------------------------------------------------------
    def window(self) -> QWindow:
        """The window that receives the keys (fails when no window has the focus)."""
        self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=TIMEOUT)
        return QGuiApplication.focusWindow()

    @staticmethod
    def focus() -> QWidget | None:
        """The widget with the keyboard focus."""
        return QApplication.focusWidget()

    def wait_active(self, widget: QWidget) -> None:
        """Wait until *widget*'s window is shown on the X server and has the focus.

        Xvfb runs no window manager, and it is the window manager that gives a new window
        the focus on a desktop; here the test does that once for a window that lacks it.
        """
        window = widget.window()
        self.qtbot.waitExposed(window, timeout=TIMEOUT)
        if not window.isActiveWindow():
            window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)

    # --- keyboard ---------------------------------------------------------------------------
    def press(self, key: Key, modifiers: Mod = Mod.NoModifier) -> None:
        """One key press (with modifiers) on the focused window."""
        QTest.keyClick(self.window(), key, modifiers)

    def shortcut(self, sequence: QKeySequence | str) -> None:
        """Press a shortcut such as Ctrl+N (its first chord)."""
        combination = QKeySequence(sequence)[0]
        self.press(combination.key(), combination.keyboardModifiers())

    def shortcut_of(self, action) -> None:
        """Press the shortcut an action shows in its menu; fails when it has none."""
        assert not action.shortcut().isEmpty(), f"{action.text()!r} has no keyboard shortcut"
        self.shortcut(action.shortcut())

    def type(self, text: str) -> None:
        """Type text into the focused widget, character by character.

        Typing never moves the focus: if it goes, the rest of the text would land elsewhere
        (or nowhere), so that fails at once, naming the character.
        """
        field = self.focus()
        assert field is not None, f"nowhere to type {text!r}: no widget has the focus"
        for number, character in enumerate(text):
            if self.focus() is not field:
                raise AssertionError(
                    f"the focus left {describe(field)} after typing {text[:number]!r} of "
                    f"{text!r}; it is on {describe(self.focus())}"
                )
            if character.isascii():
                QTest.keyClick(self.window(), character)
            else:  # QTest's ASCII key table aborts on é, ë, µ: send the text itself
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, field, Key.Key_unknown, character, Mod.NoModifier
                )

    def replace_text(self, text: str) -> None:
        """Select everything in the focused field and type *text* over it."""
        self.press(Key.Key_A, Mod.ControlModifier)
        if text:
            self.type(text)
        else:
            self.press(Key.Key_Backspace)

    def tab_to(self, target: QWidget, limit: int = 40, backwards: bool = False) -> None:
        """Press Tab (or Shift+Tab) until *target* has the focus, as a person would.

        Fails with the widgets visited when Tab never gets there (a keyboard dead end).
        """
        visited = [describe(self.focus())]
        for _ in range(limit):
            focus = self.focus()
            if focus is target or (focus is not None and target.isAncestorOf(focus)):
                return
            if backwards:
                self.press(Key.Key_Backtab, Mod.ShiftModifier)
            else:
                self.press(Key.Key_Tab)
            visited.append(describe(self.focus()))
        focus = self.focus()
        if focus is target or (focus is not None and target.isAncestorOf(focus)):
            return
        steps: list[str] = []  # "A → B ×24" rather than B twenty-four times
        for name in visited:
            if steps and steps[-1].split(" ×")[0] == name:
                count = int(steps[-1].split(" ×")[1]) + 1 if " ×" in steps[-1] else 2
                steps[-1] = f"{name} ×{count}"
            else:
                steps.append(name)
        raise AssertionError(
            f"Tab never reached {describe(target)}; focus went: {' → '.join(steps)}"
        )

    def choose(self, combo, wanted: object, limit: int = 10) -> None:
        """With the focus on a combo box, press Down/Up until it shows *wanted* (its data)."""
        assert self.focus() is combo, f"the focus is on {describe(self.focus())}, not the list"
        index = combo.findData(wanted)
        assert index >= 0, f"{wanted!r} is not in the list"
        for _ in range(limit):
            if combo.currentIndex() == index:
                return
            self.press(Key.Key_Down if combo.currentIndex() < index else Key.Key_Up)
        assert combo.currentData() == wanted

    # --- mouse ----------------------------------------------------------------------------
    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        """A left click on a visible widget (through its window)."""
        assert widget.isVisible(), f"{describe(widget)} is not on screen"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())


# --- modal dialogs ------------------------------------------------------------------------
def wait_modal(qtbot, kind: type[QDialog]) -> QDialog:
    """Wait until a dialog of *kind* opened with open() is the active modal window."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=TIMEOUT)
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog, timeout=TIMEOUT)
    return dialog


class Modal:
    """Answers a dialog that blocks in exec(): arm it, do the action that opens it, wait().

    The handler runs inside the dialog's own event loop, when the dialog is on screen and
    active. A failing handler closes the dialog (so the test never hangs) and its error is
    raised from wait(). *popup* is for menus (QMenu.exec), which are popups, not modal.
    """

    #: How many are waiting for their dialog (the Watchdog leaves dialogs alone meanwhile).
    armed = 0

    def __init__(self, qtbot, kind: type[QWidget], handle: Callable, popup: bool = False) -> None:
        self.qtbot = qtbot
        self.kind = kind
        self.popup = popup
        self._deadline = QDeadlineTimer(TIMEOUT)
        self.handle = handle
        self.done = False
        self.error: BaseException | None = None
        self.seen: QDialog | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        Modal.armed += 1

    def _poll(self) -> None:
        dialog = (
            QApplication.activePopupWidget() if self.popup else QApplication.activeModalWidget()
        )
        if self._deadline.hasExpired():  # another dialog blocks: close it, never hang
            self._timer.stop()
            self.error = AssertionError(
                f"expected a {self.kind.__name__}, found {describe(dialog)}"
                + (f": {dialog.text()}" if isinstance(dialog, QMessageBox) else "")
            )
            if isinstance(dialog, QDialog):
                dialog.reject()
            self.done = True
            return
        if not isinstance(dialog, self.kind) or not dialog.isVisible():
            return
        if not self.popup and not dialog.isActiveWindow():
            return
        self._timer.stop()
        self.seen = dialog
        try:
            self.handle(dialog)
            if shiboken6.isValid(dialog) and dialog.isVisible():
                raise AssertionError(f"{describe(dialog)} is still open after it was answered")
        except BaseException as error:  # handed to wait(), never lost
            self.error = error
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.close()
        self.done = True

    def wait(self, timeout: int = TIMEOUT) -> QDialog:
        """Wait for the dialog to have been answered; re-raise what went wrong in it."""
        try:
            self.qtbot.waitUntil(lambda: self.done, timeout=timeout + 1000)
        except AssertionError:
            self._timer.stop()
            raise AssertionError(f"no {self.kind.__name__} appeared") from None
        finally:
            Modal.armed -= 1
        if self.error is not None:
            raise self.error
        assert self.seen is not None
        return self.seen


class Watchdog:
    """Closes message boxes nobody is waiting for, so a surprise ends a step, not the run.

    A blocking QMessageBox or QInputDialog would otherwise wait forever for an answer.
    What it closed is in `surprises`, and the test fails on it.
    """

    KINDS = (QMessageBox, QInputDialog, QFileDialog, ReasonDialog)

    def __init__(self, grace_ms: int = 3000) -> None:
        self.surprises: list[str] = []
        self._since: dict[int, int] = {}
        self._grace = grace_ms // 100
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if Modal.armed or not isinstance(dialog, self.KINDS):
            self._since.clear()
            return
        ticks = self._since.get(id(dialog), 0) + 1
        self._since = {id(dialog): ticks}
        if ticks < self._grace:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        informative = dialog.informativeText() if isinstance(dialog, QMessageBox) else ""
        self.surprises.append(f"{dialog.windowTitle()}: {text} {informative}".strip())
        dialog.reject()

    def stop(self) -> None:
        """Stop watching."""
        self._timer.stop()
