"""Handout from the editor: export writes the PDF, critical findings ask first, print preview."""

from __future__ import annotations

import pytest

from app.domain.clients import MenopausalStatus
from app.storage.settings import Settings
from app.storage.stores import Stores
from tests.helpers import answer_message_box, draft, when_modal
from tests.pdf import joined


@pytest.fixture
def editor(qtbot, database):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    stores.settings.save(Settings(practice_name="Praktijk Zeeuws Licht", language="nl"))
    client = stores.clients.create(
        draft(
            given="Zoë",
            family="van Dijk",
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            medicines=["Sintrom"],
        )
    )
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    return window.new_plan(template)


def test_export_from_the_editor_writes_a_valid_pdf(qtbot, editor, tmp_path):
    dialog = editor.open_handout()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.free_text.setPlainText("Tot over drie maanden!")
    dialog.with_summary.setChecked(True)
    written = dialog.export_to(tmp_path / "handout.pdf")
    assert len(written) == 2
    text = joined(written[0].read_bytes())
    assert "Zoë van Dijk" in text and "Praktijk Zeeuws Licht" in text
    assert "Tot over drie maanden!" in text
    assert "trombosedienst" in text
    assert "Professioneel overzicht" in joined(written[1].read_bytes())
    editor.session.flush()
    assert editor.session.plan.handout_text == "Tot over drie maanden!"
    assert editor.session.plan.handout_language == "nl"
    dialog.reject()


def test_critical_finding_without_override_asks_before_the_handout(qtbot, editor):
    assert editor.session.blocking  # Sintrom with vitamin K2 in the protocol
    dialog = editor.open_handout()
    assert "critical" in dialog.warning.text()
    answer_message_box(qtbot, "Cancel")
    assert not dialog.confirm_despite_critical()
    editor.override("INT-VKA-K", "K2 agreed with the trombosedienst")
    assert dialog.confirm_despite_critical()
    dialog.reject()


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _shown_preview(qtbot):
    """The print preview once it is on screen and has painted."""
    from PySide6.QtWidgets import QApplication

    from app.ui.plans.handout_dialog import PrintPreview

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrintPreview))
    preview = QApplication.activeModalWidget()
    qtbot.waitExposed(preview)
    return preview


def test_print_shows_the_preview_of_every_page_and_prints_them(qtbot, editor, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QToolBar

    editor.override("INT-VKA-K", "K2 agreed with the trombosedienst")
    dialog = editor.open_handout()
    qtbot.waitExposed(dialog)
    pages = _page_count(dialog.handout_pdf())
    assert pages >= 1
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = _shown_preview(qtbot)
    assert preview.parent() is dialog  # owned by the dialog, not a local that goes away
    qtbot.waitUntil(lambda: preview.pages_painted == pages)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.pageCount() == pages
    # The preview's Print button opens the system print dialog on the same printer.
    print_button = next(
        a for a in preview.findChild(QToolBar).actions() if a.text().replace("&", "") == "Print"
    )
    seen: list[object] = []

    def cancel_print_dialog(box: QPrintDialog) -> None:
        qtbot.waitExposed(box)
        seen.append(box.printer())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_modal(QPrintDialog, cancel_print_dialog)
    print_button.trigger()
    assert seen == [preview.printer()]
    assert preview.isVisible()
    # Printing goes through the same printer and paint path: to a PDF file here.
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    widget.print_()
    assert len(PdfReader(printed).pages) == pages
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    dialog.reject()


def test_ctrl_p_in_the_editor_opens_the_print_preview(qtbot, editor):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from app.ui.plans.handout_dialog import handout_pdf

    editor.override("INT-VKA-K", "K2 agreed with the trombosedienst")
    editor.show()
    assert editor.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    expected = _page_count(handout_pdf(editor.session, editor._practice()))
    for _round in range(2):  # the closed preview goes away with its printer; the next works
        editor.activateWindow()  # shortcuts go to the active window (under X11 too)
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.keyClick(editor.items_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        preview = _shown_preview(qtbot)
        qtbot.waitUntil(lambda p=preview: p.pages_painted == expected)
        with qtbot.waitSignal(preview.destroyed):
            qtbot.keyClick(preview, Qt.Key.Key_Escape)


def test_print_with_an_open_critical_finding_asks_first(qtbot, editor):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.plans.handout_dialog import PrintPreview

    editor.show()
    editor.activateWindow()  # shortcuts go to the active window (under X11 too)
    qtbot.waitUntil(editor.isActiveWindow)
    answer_message_box(qtbot, "Cancel")
    qtbot.keyClick(editor.items_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert not any(
        isinstance(w, PrintPreview) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_paint_pages_draws_the_pages_of_the_same_pdf(qtbot, editor, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.plans.handout_dialog import paint_pages, render_pages

    dialog = editor.open_handout()
    pdf = dialog.handout_pdf()
    pages = render_pages(pdf, dpi=50)
    assert len(pages) == _page_count(pdf)
    assert all(not page.isNull() and page.width() > 300 for page in pages)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pages(printer, pages) == len(pages)
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(pages)
    dialog.reject()


def test_tab_leaves_the_dieticians_text(qtbot, editor):
    """The handout dialog is usable by keyboard: Tab moves on instead of typing a tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = editor.open_handout()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.free_text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.free_text)
    qtbot.keyClicks(dialog.free_text, "Tot over drie maanden")
    qtbot.keyClick(dialog.free_text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.free_text
    assert dialog.free_text.toPlainText() == "Tot over drie maanden"
    dialog.reject()
