"""The UI in Dutch and in English: shipped texts, units, plurals and Qt's own dialogs."""
# ruff: noqa: F811  (the editor fixtures are imported from test_plan_editor)

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QLabel

from app.domain.plan import Moment
from tests.gui.test_plan_editor import (  # noqa: F401 (fixtures)
    client68,
    editor,
    pick,
    plans_window,
    set_units,
    stores,
)


def _product_column(editor) -> list[str]:
    model = editor.items_model
    return [model.index(row, model.PRODUCT).data() for row in range(model.rowCount())]


def test_template_products_and_notes_show_in_the_ui_language(qtbot, plans_window, stores, language):
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = plans_window.new_plan(template)
    products = _product_column(editor)
    model = editor.items_model
    note = model.index(0, model.NOTE).data()
    if language == "en":
        assert products[0] == "Calcium carbonate 500 mg + vitamin D3 20 µg"
        assert note == "With the evening meal."
    else:
        assert products[0] == "Calciumcarbonaat 500 mg + vitamine D3 20 µg"
        assert note == "Bij de avondmaaltijd."
    editor.select_row(0)
    assert editor.details.note.text() == note
    # What is stored stays the template's text, so the other language still finds it.
    assert editor.session.items[0].note == "Bij de avondmaaltijd."


def test_a_note_the_dietician_types_stays_as_typed(qtbot, plans_window, stores, language):
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = plans_window.new_plan(template)
    editor.select_row(0)
    field = editor.details.note
    field.selectAll()
    qtbot.keyClicks(field, "Na het eten")
    assert editor.session.items[0].note == "Na het eten"
    model = editor.items_model
    assert model.index(0, model.NOTE).data() == "Na het eten"


FORMS = {
    "nl": ("1 waarschuwing, 6 adviezen", "2 waarschuwingen, 5 adviezen"),
    "en": ("1 warning, 6 advice", "2 warnings, 5 advice"),
}


def test_findings_count_uses_each_languages_plural(qtbot, editor, language):
    pick(qtbot, editor, "magnesiumcitraat 200")
    set_units(qtbot, editor, 0, Moment.EVENING, "1")
    assert editor.summary.text() == FORMS[language][0]
    pick(qtbot, editor, "d3 75")
    set_units(qtbot, editor, 1, Moment.EVENING, "1")
    assert editor.summary.text() == FORMS[language][1]
    titles = [f.title(language) for f in editor.session.findings]
    expected = "Vitamine D boven" if language == "nl" else "Vitamin D above"
    assert any(title.startswith(expected) for title in titles), titles


def test_unit_list_says_ie_in_dutch_and_iu_in_english(qtbot, editor, language):
    from app.ui.plans.products import ProductForm

    form = ProductForm(None, parent=editor)
    form.show()
    qtbot.waitExposed(form)
    unit_box = form.rows[0][2]
    shown = [unit_box.itemText(i) for i in range(unit_box.count())]
    stored = [unit_box.itemData(i) for i in range(unit_box.count())]
    assert ("IE" in shown) == (language == "nl")
    assert ("IU" in shown) == (language == "en")
    assert "IU" in stored and "IE" not in stored
    form.close()


def test_pyside6_ships_qts_own_dutch_translations():
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    from pathlib import Path

    assert (Path(folder) / "qtbase_nl.qm").is_file(), folder


def test_qts_file_dialog_speaks_the_ui_language(qtbot, language):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    expected = {"nl": ("&Zoeken in:", "Bestands&type:"), "en": ("&Look in:", "Files of &type:")}
    assert labels["lookInLabel"] == expected[language][0]
    assert labels["fileTypeLabel"] == expected[language][1]
    buttons = [b.text().replace("&", "") for b in dialog.findChildren(_button_type())]
    assert ("Annuleren" in buttons) == (language == "nl")
    dialog.reject()


def _button_type():
    from PySide6.QtWidgets import QPushButton

    return QPushButton


def test_restore_file_dialog_shows_whole_columns_in_the_ui_language(
    qtbot, main_window, database_path, language
):
    from PySide6.QtWidgets import QApplication, QTreeView

    from app.storage.backups import backup_folder
    from tests.helpers import when_modal

    folder = backup_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "supplan-2026-11-20.sqlite3").write_bytes(b"")
    seen: dict[str, object] = {}

    def tree(dialog: QFileDialog) -> QTreeView:
        return next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")

    def listed(dialog: QFileDialog) -> bool:  # the folder is read in the background
        view = tree(dialog)
        return view.model().rowCount(view.rootIndex()) > 0

    def inspect(dialog: QFileDialog) -> None:
        view = tree(dialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        QApplication.processEvents()
        header = view.header()
        seen["clipped"] = [
            column
            for column in range(1, header.count())
            if header.sectionSize(column) < view.sizeHintForColumn(column)
        ]
        seen["look_in"] = dialog.findChild(QLabel, "lookInLabel").text()
        seen["width"] = dialog.width()
        dialog.grab().save(str(database_path.parent / f"restore-dialog-{language}.png"))
        dialog.reject()

    when_modal(QFileDialog, inspect, ready=listed)
    main_window._restore_dialog()
    assert seen["clipped"] == []
    assert seen["look_in"] == {"nl": "&Zoeken in:", "en": "&Look in:"}[language]
    assert seen["width"] >= 900
