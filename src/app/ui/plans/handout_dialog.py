"""Handout from the editor: language and free text, export to PDF, print with a preview.

The print preview shows the very PDF that is exported: its pages are drawn by pypdfium2
(PySide6-Essentials has no PDF renderer) on a worker thread and painted onto the printer's
pages on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from reportlab.platypus.doctemplate import LayoutError

from app.domain import limits
from app.handout.builder import build_handout, build_summary
from app.handout.practice import Practice
from app.i18n import _, ngettext
from app.ui.bounded import BoundedPlainTextEdit
from app.ui.file_dialogs import save_file_name
from app.ui.i18n import current_language, window_title
from app.ui.jobs import Job, JobsIndicator, JobsManager, JobState
from app.ui.plans.session import PlanSession
from app.ui.wheel import WheelSafeComboBox

PRINT_DPI = 200
#: The jobs kind of page rendering (one preview renders at a time).
PREVIEW = "preview"
# PDFium is not thread-safe: one rendering at a time in the whole process.
_PDFIUM = threading.Lock()

log = logging.getLogger(__name__)


def render_pages(pdf: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    """The PDF's pages as images (for the print preview and the printer); on any thread."""
    import pypdfium2 as pdfium

    images = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                )
                images.append(image.copy())  # own the pixels; the bitmap buffer goes away
        finally:
            document.close()
    return images


def paint_pages(printer: QPrinter, pages: list[QImage]) -> int:
    """Draw page images on the printer, one per sheet, scaled to the printable area.

    Returns how many pages were drawn (0 when the printer could not be opened).
    """
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(QRect(0, 0, area.width(), area.height()))
            drawn += 1
    finally:
        painter.end()
    return drawn


class PrintPreview(QPrintPreviewDialog):
    """The print preview of one PDF; it owns its printer and page images.

    QPrintPreviewDialog only borrows the QPrinter it is given: a printer that is freed while
    the dialog (or the system print dialog it opens) still uses it crashes the process, so
    the printer lives exactly as long as this dialog.

    The pages are rendered as a job (about a second for a long handout); the dialog shows at
    once and fills when they are ready. A print started before then waits for them.
    """

    def __init__(
        self, pdf: bytes, parent: QWidget | None = None, jobs: JobsManager | None = None
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        self._printer = printer
        self._jobs = jobs or JobsManager(self)
        self.pages: list[QImage] = []
        # Pages drawn by the last paint request (the preview or a real print run).
        self.pages_painted = 0
        self.setWindowTitle(_("Print preview"))
        self.paintRequested.connect(self._paint)
        layout = self.layout()
        assert layout is not None, "QPrintPreviewDialog builds its layout in its constructor"
        layout.addWidget(JobsIndicator(self._jobs, [PREVIEW], self))
        close = QPushButton(_("&Close"), self)
        close.setObjectName("close_preview")
        close.clicked.connect(self.reject)
        layout.addWidget(close)
        # Qt sizes the dialog to its empty preview (a strip a few lines high): show a page.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), int(screen.height() * 0.9))
        self.rendering: Job = self._jobs.submit(
            PREVIEW,
            _("Preparing the print preview…"),
            lambda: render_pages(pdf),
            self._rendered,
        )

    def _rendered(self, pages: list[QImage]) -> None:
        self.pages = pages
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:  # always: the dialog's one preview widget
            preview.updatePreview()
            preview.fitInView()  # a whole page, whatever the window's size

    def _paint(self, printer: QPrinter) -> None:
        if self.rendering.state is not JobState.FINISHED:
            engine = printer.paintEngine()
            if engine is not None and engine.type() == QPaintEngine.Type.Picture:
                self.pages_painted = 0  # the preview itself: it is updated when they come
                return
            self._jobs.wait(PREVIEW)  # a real print run never prints fewer pages
        self.pages_painted = paint_pages(printer, self.pages)

    def done(self, result: int) -> None:
        """Qt: closing waits for a rendering still running (its pages come to this dialog)."""
        self._jobs.wait(PREVIEW)
        super().done(result)


def confirm_despite_critical(parent: QWidget, session: PlanSession) -> bool:
    """Ask before handing out a plan with a critical finding that has no override."""
    blocking = session.blocking
    if not blocking:
        return True
    answer = QMessageBox.warning(
        parent,
        _("Critical finding"),
        _(
            "This plan has a critical finding without an override:\n{findings}\n\n"
            "Make the handout anyway?",
            findings="\n".join(f"• {f.title(current_language())}" for f in blocking),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def handout_pdf(
    session: PlanSession, practice: Practice, language: str = "", free_text: str | None = None
) -> bytes:
    """The handout as it is exported: the plan's language and text unless others are given."""
    return build_handout(
        session.evaluation,  # what the editor shows, not worked out again
        practice,
        language or session.plan.handout_language or current_language(),
        session.plan.handout_text if free_text is None else free_text,
    )


def layout_error_text() -> str:
    """Why a PDF could not be made when reportlab cannot fit a part of it on a page."""
    return _(
        "The PDF could not be laid out: a text in the plan or in the practice details is too "
        "long to fit on one page. Shorten the longest product name, note or address and try "
        "again."
    )


def show_layout_error(parent: QWidget | None) -> None:
    """Say that a handout or export could not be laid out (LayoutError), never a crash."""
    log.exception("PDF layout failed")
    QMessageBox.warning(parent, _("Not exported"), layout_error_text())


def print_handout(session: PlanSession, practice: Practice, parent: QWidget) -> PrintPreview | None:
    """Ctrl+P: the print preview of the handout as the plan would export it now."""
    if not confirm_despite_critical(parent, session):
        return None
    try:
        pdf = handout_pdf(session, practice)
    except LayoutError:
        show_layout_error(parent)
        return None
    preview = PrintPreview(pdf, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview


class HandoutDialog(QDialog):
    """Choose the language, add a note, then export or print the handout."""

    def __init__(
        self,
        session: PlanSession,
        practice: Callable[[], Practice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._practice = practice
        self._preview: PrintPreview | None = None
        self.setWindowTitle(window_title(_("Handout")))
        self.setMinimumWidth(520)
        self.language = WheelSafeComboBox()
        self.language.addItem(_("Language of the app"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(session.plan.handout_language)))
        self.free_text = BoundedPlainTextEdit(limits.HANDOUT_TEXT, text=session.plan.handout_text)
        self.free_text.setTabChangesFocus(True)  # Tab moves on; the text needs no tabs
        self.free_text.setPlaceholderText(
            _("Optional explanation for the client, printed on the handout")
        )
        self.with_summary = QCheckBox(_("Also save the professional summary (PDF)"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.export_button = QPushButton(_("Export PDF…"))
        self.print_button = QPushButton(_("Print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_("Language"), self.language)
        form.addRow(_("Text from the dietician"), self.free_text.with_counter())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.with_summary)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self._export_dialog)
        self.print_button.clicked.connect(self._print_dialog)
        self.language.currentIndexChanged.connect(self._remember)
        self.free_text.textChanged.connect(self._remember)
        blocking = session.blocking
        if blocking:
            self.warning.setText(
                "⚠ "
                + ngettext(
                    "This plan has {count} critical finding without an override.",
                    "This plan has {count} critical findings without an override.",
                    len(blocking),
                    count=len(blocking),
                )
            )

    def _remember(self) -> None:
        self._session.set_handout(self.free_text.toPlainText(), self.language.currentData())

    @property
    def chosen_language(self) -> str:
        """The handout's language: the chosen one, else the app's."""
        return self.language.currentData() or current_language()

    def handout_pdf(self) -> bytes:
        """The handout as it would be exported now."""
        return handout_pdf(
            self._session, self._practice(), self.chosen_language, self.free_text.toPlainText()
        )

    def summary_pdf(self) -> bytes:
        """The professional summary of the plan."""
        return build_summary(self._session.evaluation, self._practice(), self.chosen_language)

    def confirm_despite_critical(self) -> bool:
        """Ask before handing out a plan with a critical finding that has no override."""
        return confirm_despite_critical(self, self._session)

    def export_to(self, path: Path) -> list[Path]:
        """Write the handout (and the summary if asked) next to each other; returns the files."""
        from app.storage import atomic

        # Both built before anything is written; each written whole or not at all, and the
        # handout taken back when the summary cannot be written (no half-done export).
        documents = [(path, self.handout_pdf())]
        if self.with_summary.isChecked():
            suffix = _("summary")
            summary = path.with_name(f"{path.stem}-{suffix}{path.suffix}")
            documents.append((summary, self.summary_pdf()))
        written: list[Path] = []
        try:
            for target, pdf in documents:
                atomic.write_bytes(target, pdf)
                written.append(target)
        except OSError:
            for target in written:
                target.unlink(missing_ok=True)
            raise
        return written

    def _export_dialog(self) -> None:
        if not self.confirm_despite_critical():
            return
        name, _filter = save_file_name(
            self, _("Export handout"), self._suggested_name(), _("PDF (*.pdf)")
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            written = self.export_to(path)
        except LayoutError:
            show_layout_error(self)
            return
        except OSError as error:
            from app.ui.messages import file_error_text

            QMessageBox.warning(self, _("Not exported"), file_error_text(error, path))
            return
        answer = QMessageBox.question(
            self,
            _("Handout exported"),
            _("The handout was saved as {path}. Open it now?", path=str(written[0])),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0])))

    def _suggested_name(self) -> str:
        """Cleaned for every OS: a client's name may hold "../", ":" or U+202E."""
        from app.domain.filenames import safe_file_name

        prefix = _("supplement-plan")
        client = safe_file_name(self._session.client.display_name, "", 120).replace(" ", "-")
        return safe_file_name(f"{prefix}-{client}-{self._session.plan.plan_date}.pdf", prefix)

    def preview(self) -> PrintPreview:
        """The print preview of the exact PDF; printing from it opens the system dialog.

        The preview is a child of this dialog and owns its printer; the last one is kept.
        """
        if self._preview is not None:
            self._preview.deleteLater()
        self._preview = PrintPreview(self.handout_pdf(), self)
        return self._preview

    def _print_dialog(self) -> None:
        if self.confirm_despite_critical():
            try:
                preview = self.preview()
            except LayoutError:
                show_layout_error(self)
                return
            preview.open()
