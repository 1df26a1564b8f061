"""Helpers for tests: sample clients, and bounded waits that answer modal dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from app.domain.clients import ClientDraft, Diet, MenopausalStatus, Sex

#: The day every test runs on: the conftest fixes app.domain.clock to its morning.
TODAY = date(2026, 11, 24)


def draft(
    given: str = "Anna",
    family: str = "de Vries",
    born: date = date(1954, 6, 1),
    sex: Sex = Sex.FEMALE,
    **fields: object,
) -> ClientDraft:
    """A valid client draft, with any field overridden."""
    values: dict[str, object] = {
        "given_names": given,
        "family_name": family,
        "birth_date": born,
        "sex": sex,
        "menopausal_status": MenopausalStatus.POSTMENOPAUSAL
        if sex is Sex.FEMALE
        else MenopausalStatus.UNKNOWN,
        "diet": Diet.OMNIVORE,
    }
    values.update(fields)
    return ClientDraft(**values)  # type: ignore[arg-type]


def close_app(app) -> None:
    """End an Application a test started: its jobs, windows, database and lock."""
    app.jobs.shutdown()
    if app.window is not None:
        app.window.close_plan_windows()
        app.window.close()
    if app.database is not None:
        app.database.close()
    app.release_lock()


#: How long a test waits for a dialog it expects before it gives up and fails.
MODAL_TIMEOUT_MS = 5000


class ModalWait:
    """A bounded wait for the next modal (or popup) widget of a kind, then an action on it.

    It polls every 10 ms on a timer it owns. It gives up after *timeout_ms*, failing the test
    that armed it, and the conftest stops every wait still armed when a test ends: a dialog
    that never came cannot be answered by a leftover timer in a later test.
    """

    #: The waits armed and not yet done or given up, oldest first.
    armed: ClassVar[list[ModalWait]] = []

    def __init__(
        self,
        kind: type | tuple[type, ...],
        act: Callable[[Any], object],
        *,
        ready: Callable[[Any], bool] | None = None,
        timeout_ms: int = MODAL_TIMEOUT_MS,
        popup: bool = False,
    ) -> None:
        from PySide6.QtCore import QTimer

        self.kind = kind
        self.act = act
        self.ready = ready
        self.popup = popup
        self.timeout_ms = timeout_ms
        self.done = False
        self.gave_up = False
        self._deadline = time.monotonic() + timeout_ms / 1000
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        ModalWait.armed.append(self)

    def describe(self) -> str:
        """What it waits for, for a failure message."""
        kinds = self.kind if isinstance(self.kind, tuple) else (self.kind,)
        return " or ".join(k.__name__ for k in kinds)

    def stop(self) -> None:
        """Stop polling; the wait is no longer armed."""
        self._timer.stop()
        if self in ModalWait.armed:
            ModalWait.armed.remove(self)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication
        widget = app.activePopupWidget() if self.popup else app.activeModalWidget()
        if (
            isinstance(widget, self.kind)
            and widget.isVisible()
            and (self.ready is None or self.ready(widget))
        ):
            self.stop()
            self.done = True
            self.act(widget)  # what it raises, pytest-qt reports as the test's failure
            return
        if time.monotonic() > self._deadline:
            self.stop()
            self.gave_up = True
            raise AssertionError(f"no {self.describe()} appeared within {self.timeout_ms} ms")

    @classmethod
    def disarm_all(cls) -> list[ModalWait]:
        """Stop every wait still armed (at a test's end); return those never satisfied."""
        left = list(cls.armed)
        for wait in left:
            wait.stop()
        return left


def when_modal(
    kind: type | tuple[type, ...],
    act: Callable[[Any], object],
    *,
    ready: Callable[[Any], bool] | None = None,
    timeout_ms: int = MODAL_TIMEOUT_MS,
    popup: bool = False,
) -> ModalWait:
    """Run *act* on the next visible modal widget of *kind* (for which *ready* holds), bounded."""
    return ModalWait(kind, act, ready=ready, timeout_ms=timeout_ms, popup=popup)


def answer_message_box(qtbot, button_text: str, timeout_ms: int = MODAL_TIMEOUT_MS) -> ModalWait:
    """Click the button labelled *button_text* in the next modal message box that opens.

    Bounded: when no box comes within *timeout_ms* the test that armed it fails.
    """
    from PySide6.QtWidgets import QMessageBox

    def click(box: QMessageBox) -> None:
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button_text:
                candidate.click()
                return
        box.reject()  # the test fails on the message below, never hangs on the open box
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    return when_modal(QMessageBox, click, timeout_ms=timeout_ms)
