"""Helpers for tests: sample clients and answering modal message boxes."""

from __future__ import annotations

from datetime import date

from app.domain.clients import ClientDraft, Diet, MenopausalStatus, Sex


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


def answer_message_box(qtbot, button_text: str) -> None:
    """Click the button labelled *button_text* in the next modal message box that opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button_text:
                candidate.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
