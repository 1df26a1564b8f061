"""Handout from the editor: export writes the PDF, critical findings ask first, print preview."""

from __future__ import annotations

import pytest

from app.domain.clients import MenopausalStatus
from app.storage.settings import Settings
from app.storage.stores import Stores
from tests.helpers import answer_message_box, draft
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


def test_print_preview_draws_the_pages_of_the_same_pdf(qtbot, editor, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.plans.handout_dialog import paint_pages, render_pages

    dialog = editor.open_handout()
    pdf = dialog.handout_pdf()
    pages = render_pages(pdf, dpi=50)
    import io

    from pypdf import PdfReader

    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert all(not page.isNull() and page.width() > 300 for page in pages)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(pages)
    preview = dialog.preview()
    assert preview is not None
    preview.deleteLater()
    dialog.reject()
