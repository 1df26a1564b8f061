"""The print preview renders its pages as a job: it shows at once, fills, and prints them all."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from app.domain.clients import MenopausalStatus
from app.storage.settings import Settings
from app.storage.stores import Stores
from tests.helpers import draft


@pytest.fixture
def dialog(qtbot, database):
    """The handout dialog of a plan whose critical finding has an override (Print asks nothing)."""
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    stores.settings.save(Settings(practice_name="Praktijk Zeeuws Licht", language="en"))
    client = stores.clients.create(
        draft(menopausal_status=MenopausalStatus.POSTMENOPAUSAL, medicines=["Sintrom"])
    )
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = window.new_plan(template)
    editor.override("INT-VKA-K", "K2 agreed with the trombosedienst")
    handout = editor.open_handout()
    qtbot.waitExposed(handout)
    yield handout
    handout.reject()


@pytest.fixture
def held_rendering(monkeypatch):
    """Page rendering that waits for `release.set()`; records the thread it ran on."""
    from app.ui.plans import handout_dialog

    real = handout_dialog.render_pages
    release = threading.Event()
    threads: list[int] = []

    def held(pdf: bytes, dpi: int = handout_dialog.PRINT_DPI):
        threads.append(threading.get_ident())
        release.wait(20)
        return real(pdf, dpi)

    monkeypatch.setattr(handout_dialog, "render_pages", held)
    release.threads = threads  # type: ignore[attr-defined]
    yield release
    release.set()


def _pages(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_shows_before_its_pages_are_rendered_then_shows_every_page(
    qtbot, dialog, held_rendering
):
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.jobs import JobState

    pages = _pages(dialog.handout_pdf())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog._preview
    qtbot.waitExposed(preview)  # on screen while the pages are still being made
    assert QApplication.activeModalWidget() is preview
    assert preview.rendering.state is JobState.RUNNING and preview.pages_painted == 0
    qtbot.waitUntil(lambda: bool(held_rendering.threads))
    assert held_rendering.threads[0] != threading.get_ident()  # rendered on a worker
    indicator = preview.findChild(QWidget, "jobs_indicator")
    qtbot.waitUntil(indicator.isVisible, timeout=3000)  # after half a second, it says so
    assert indicator.label.text() == "Preparing the print preview…"
    held_rendering.set()
    qtbot.waitUntil(lambda: preview.pages_painted == pages, timeout=10_000)
    assert preview.findChild(QPrintPreviewWidget).pageCount() == pages
    qtbot.waitUntil(lambda: not indicator.isVisible())
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_a_print_started_before_the_pages_are_ready_prints_every_page(
    qtbot, dialog, held_rendering, tmp_path
):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    pages = _pages(dialog.handout_pdf())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog._preview
    qtbot.waitExposed(preview)
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    threading.Timer(0.3, held_rendering.set).start()  # ready while the print waits
    preview.findChild(QPrintPreviewWidget).print_()
    assert len(PdfReader(printed).pages) == pages and preview.pages_painted == pages
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_the_preview_opens_large_enough_to_read_a_whole_page_and_closes_by_its_button(
    qtbot, dialog
):
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog._preview
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: preview.pages_painted > 0, timeout=10_000)
    screen = preview.screen().availableGeometry()
    assert preview.height() >= 0.8 * screen.height()  # not the strip Qt makes for no pages
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.zoomMode() is QPrintPreviewWidget.ZoomMode.FitInView
    assert widget.zoomFactor() > 0.2  # a page you can read, not 5 %
    close = preview.findChild(QPushButton, "close_preview")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.isVisible())
