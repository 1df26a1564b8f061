"""File dialogs open where a dietician keeps her files, not where the program was started."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.ui.file_dialogs import save_file_name
from tests.helpers import when_modal


def test_a_suggested_file_name_opens_in_the_documents_folder(qtbot, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # the working directory must not be where it opens
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)
    seen: list[tuple[str, list[str]]] = []

    def look_and_cancel(dialog: QFileDialog) -> None:
        seen.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        dialog.reject()

    when_modal(QFileDialog, look_and_cancel)
    assert save_file_name(None, "Export handout", "plan-Anna.pdf", "PDF (*.pdf)") == ("", "")
    folder, files = seen[0]
    assert Path(folder) == Path(documents) != tmp_path
    assert files and Path(files[0]).name == "plan-Anna.pdf"
