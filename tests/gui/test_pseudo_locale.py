"""Every window, dialog and the handout in a generated pseudo-language (tests/pseudo.py).

Each text that went through the one catalogue (app/i18n.py) shows as ⟦åççéñţéđ⟧ here; a
visible text with words but no ⟦ ⟧ was typed past the catalogue, and this test lists it.
Allowed without ⟦ ⟧: the user's own data from the fixtures below, product names, the
languages' own names ("Nederlands"), and Qt's standard buttons (Qt's shipped catalogues).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app import i18n
from app.domain.clients import Diet, MenopausalStatus
from app.domain.plan import Moment
from app.storage.stores import Stores
from tests.helpers import draft
from tests.pseudo import PSEUDO, untranslated, write_pseudo_locale

CLIENT = ("Wilhelmina", "Vries", "van der")
PLAN_TITLE = "Botgezondheid Wilhelmina"
PRACTICE = {
    "dietician_name": "Jet Jansen",
    "practice_name": "Dieetpraktijk Jansen",
    "address": "Dorpsstraat 1\n1234 AB Ergens",
    "phone": "020 123 4567",
    "email": "jet@example.org",
}
OPENED = {
    "MainWindow", "ClientForm", "PlansWindow", "PlanEditor", "ProductPicker", "ProductForm",
    "CatalogueWindow", "HandoutDialog", "PrintPreview", "SettingsDialog", "GuideDialog",
    "ShortcutsDialog", "DataLocationsDialog", "QMessageBox", "RecoveryDialog", "handout PDF",
    "summary PDF",
}  # fmt: skip
LANGUAGE_NAMES = {"Nederlands", "English"}
# A message box's own details button: Qt's text, from Qt's catalogue.
QT_OWN = {
    QCoreApplication.translate("QMessageBox", t) for t in ("Show Details...", "Hide Details...")
}


@pytest.fixture
def pseudo(tmp_path):
    """The UI installed in the pseudo-language, as the app installs a language."""
    from app.ui.i18n import Translations

    i18n.use_locale_dir(write_pseudo_locale(tmp_path / "locale"))
    translations = Translations()
    translations.install(PSEUDO)
    yield PSEUDO
    translations.install("en")
    i18n.use_locale_dir(None)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _qt_standard(button: QAbstractButton) -> bool:
    """A button whose text Qt gives (OK, Cancel…) from its own catalogue."""
    box = button.parent()
    while box is not None and not isinstance(box, (QDialogButtonBox, QMessageBox)):
        box = box.parent()
    if isinstance(box, QMessageBox):
        return box.standardButton(button) != QMessageBox.StandardButton.NoButton
    if isinstance(box, QDialogButtonBox):
        return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    return False


def _actions(where: str, actions) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield where, action.text()
        if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            yield where, action.toolTip()
        if action.menu() is not None:
            yield from _actions(where, action.menu().actions())


def _model_texts(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for column in range(columns):
        if header is not None and not header().isHidden():
            yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(model.rowCount(QModelIndex())):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield where, value


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text *window* shows: titles, labels, buttons, menus, tables."""
    name = type(window).__name__
    found: list[tuple[str, str]] = [(name, window.windowTitle())]
    widgets = [window, *window.findChildren(QWidget)]
    qt_own = isinstance(window, QPrintPreviewDialog)  # Qt's dialog: Qt's catalogue
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QHeaderView) or (qt_own and widget is not window):
            continue
        where = f"{name}/{type(widget).__name__}:{widget.objectName()}"
        found += [(where, widget.toolTip()), (where, widget.accessibleName())]
        if isinstance(widget, QLabel):
            found.append((where, _plain(widget.text())))
        elif isinstance(widget, QAbstractButton) and not _qt_standard(widget):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QTextBrowser):
            pass  # the user guide: a document per language (resources/guide), not catalogue
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            found += list(_model_texts(where, widget))
        elif isinstance(widget, (QToolBar, QMenu)):
            found += list(_actions(where, widget.actions()))
    if isinstance(window, QMainWindow):
        found += list(_actions(f"{name}/menu", window.menuBar().actions()))
        found.append((f"{name}/status", window.statusBar().currentMessage()))
    if isinstance(window, QMessageBox):
        found += [(name, window.text()), (name, window.informativeText())]
        found += [(name, line) for line in window.detailedText().splitlines()]
    if not qt_own:
        found += list(_actions(f"{name}/actions", window.actions()))
    return [(where, text) for where, text in found if text]


class Seen:
    """Collects texts of everything opened, and what may show without ⟦ ⟧."""

    def __init__(self, allowed: set[str]) -> None:
        self.texts: list[tuple[str, str]] = []
        self.allowed = allowed
        self.windows: list[str] = []

    def window(self, window: QWidget) -> None:
        self.windows.append(type(window).__name__)
        self.texts += visible_texts(window)

    def lines(self, where: str, lines: list[str]) -> None:
        self.windows.append(where)
        self.texts += [(where, line) for line in lines]

    def bare(self) -> list[str]:
        """Texts with words outside every ⟦catalogue text⟧ and every allowed data text."""
        allowed = sorted({_spaced(a) for a in self.allowed if a}, key=len, reverse=True)
        wrong = []
        for where, text in self.texts:
            rest = _CATALOGUED.sub(" ", _spaced(text))
            for data in allowed:
                if data in rest:  # whole words only: the unit "g" is no licence for "age"
                    rest = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", " ", rest)
            rest = _UNITS.sub(" ", _QT_DATA.sub(" ", _KEYS.sub(" ", rest)))
            if untranslated([rest]):
                wrong.append(f"{where}: {text!r} -> {' '.join(rest.split())!r}")
        return sorted(set(wrong))


_CATALOGUED = re.compile(r"⟦[^⟦⟧]*⟧")
# SI unit symbols after a number are the same in every language ("IU" is not: catalogued).
_UNITS = re.compile(r"(?<=\d) (?:mg|µg|g)\b|^(?:mg|µg|g)$")
# Key sequences as Qt names them (Ctrl+Shift+F, Del): Qt's own words, from Qt's catalogue.
_KEYS = re.compile(
    r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:[A-Z]\b|F\d+\b|Up\b|Down\b|,)|\b(?:Del|Return)\b"
)

# File paths, and dates and times in Qt's locale format ("11/25/26 3:29 PM").
_QT_DATA = re.compile(r"(?:/[\w.@+-]+)+/?|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\d{1,2}:\d{2}\W?[AP]M\b")


def _spaced(text: str) -> str:
    return " ".join(text.split())


def modal(qtbot, seen: Seen, close=None) -> list[bool]:
    """Collect the next modal dialog's texts when it shows, then close it (Escape / *close*)."""
    done: list[bool] = []
    tries = [0]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            tries[0] += 1
            assert tries[0] < 300, "no dialog opened"
            QTimer.singleShot(10, look)
            return
        seen.window(box)
        done.append(True)
        if close is not None:
            close(box)
        elif isinstance(box, QDialog):
            box.reject()

    QTimer.singleShot(0, look)
    return done


def _product_names() -> set[str]:
    """The seed catalogue's product names: data in the shipped JSON (one name per language)."""
    from app.domain.catalogue import seed_products

    texts: set[str] = set()
    for product in seed_products():
        texts |= {product.name, product.name_en or product.name}
    return texts


def test_every_window_and_the_handout_speak_only_through_the_catalogue(
    qtbot, pseudo, database, database_path, tmp_path
):
    from app.domain.planfile import PlanFileError, parse_plan
    from app.handout.builder import build_handout, build_summary
    from app.handout.practice import Practice
    from app.storage.backups import Backups
    from app.storage.settings import Settings, SettingsRepository
    from app.ui.main_window import MainWindow
    from app.ui.plans.plan_files import show_file_problems
    from app.ui.recovery import DAMAGED, LOST, RecoveryDialog

    stores = Stores.over(database)
    SettingsRepository(database).save(Settings(**PRACTICE))
    given, family, prefix = CLIENT
    client = stores.clients.create(
        draft(
            given=given,
            family=family,
            family_name_prefix=prefix,
            born=date(1950, 3, 1),
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            diet=Diet.VEGAN,
            medicines=["acenocoumarol 1 mg"],
        )
    )
    record = stores.clients.get(client.id)
    user_data = {
        record.display_name,
        given,
        family,
        prefix,
        PLAN_TITLE,
        *PRACTICE.values(),
        *PRACTICE["address"].splitlines(),
        "acenocoumarol 1 mg",
        str(database_path),
        str(database_path.parent),
        str(tmp_path),
        database_path.name,
    }
    seen = Seen(user_data | LANGUAGE_NAMES | QT_OWN | _product_names())

    window = MainWindow(stores, database_path)
    window.show()
    window.register.refresh()
    qtbot.waitExposed(window)
    assert window.register.select_client(client.id)
    summary = window.register.selected_client()
    seen.allowed |= {summary.register_name, summary.client_number}
    seen.window(window)

    form = window.register.new_client()
    qtbot.waitExposed(form)
    seen.window(form)
    form.discard()

    plans = window.open_plans()
    qtbot.waitExposed(plans)
    editor = plans.new_plan()
    editor.session.set_title(PLAN_TITLE)
    picker = editor.open_picker()
    qtbot.keyClicks(picker.search, "calcium 500 d3 20")
    seen.window(picker)
    picker.results.setCurrentRow(0)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    editor.select_row(0)
    field = editor.details.units[Moment.EVENING]
    field.selectAll()
    qtbot.keyClicks(field, "2")
    picker = editor.open_picker()
    qtbot.keyClicks(picker.search, "mk-7 75")  # vitamin K beside a coumarin: critical
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert editor.session.blocking, "the plan shows a critical finding"
    editor.select_finding(editor.session.findings[0].rule_id)
    seen.window(editor)
    plans.refresh()
    seen.window(plans)

    custom = editor.open_custom_product()
    qtbot.waitExposed(custom)
    seen.window(custom)
    custom.reject()

    catalogue = window.open_catalogue()
    qtbot.waitExposed(catalogue)
    seen.window(catalogue)

    handout = editor.open_handout()
    qtbot.waitExposed(handout)
    seen.window(handout)
    previewed: list[list[bool]] = []

    def print_anyway(box: QWidget) -> None:
        previewed.append(modal(qtbot, seen))  # then the print preview
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    asked = modal(qtbot, seen, print_anyway)  # the open critical finding asks first
    qtbot.mouseClick(handout.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and bool(previewed) and bool(previewed[0]))
    handout.reject()

    settings = window.open_settings()
    qtbot.waitExposed(settings)
    seen.window(settings)
    settings.reject()
    for show in (window.show_guide, window.show_shortcuts, window.show_data_locations):
        dialog = show()
        qtbot.waitExposed(dialog)
        seen.window(dialog)
        dialog.reject()
    about = modal(qtbot, seen)
    window._about()
    qtbot.waitUntil(lambda: bool(about))
    for confirm in (window.register.confirm_archive, window.register.confirm_delete):
        asked = modal(qtbot, seen)
        confirm(window.register.selected_client())
        qtbot.waitUntil(lambda asked=asked: bool(asked))
    try:  # a refused plan file: the box lists the plan-file messages (domain/planfile_problems.py)
        parse_plan(b'{"format": "other", "client": {"age": 300}}')
    except PlanFileError as error:
        problems = error.lines(PSEUDO)
        seen.allowed |= {problem.path for problem in error.problems}  # the file's own keys
    refused = modal(qtbot, seen)
    show_file_problems(window, problems)
    qtbot.waitUntil(lambda: bool(refused))

    backups = Backups(database_path)
    backups.daily(date.today())
    (backups.folder / "supplan-before-restore-20990101-000000.sqlite3").write_bytes(b"x" * 300)
    for situation in (DAMAGED, LOST):
        recovery = RecoveryDialog(situation, backups.candidates(), database_path, "", window)
        recovery.show()
        qtbot.waitExposed(recovery)
        seen.window(recovery)
        recovery.reject()

    practice = Practice.from_settings(SettingsRepository(database).load())
    evaluation = editor.session.evaluation
    seen.lines("handout PDF", [_pdf_text(build_handout(evaluation, practice, PSEUDO))])
    summary_pdf = build_summary(evaluation, practice, PSEUDO)
    seen.lines("summary PDF", [_pdf_text(summary_pdf)])

    for plan_window in list(plans.editors.values()):
        plan_window.close()
    plans.close()
    catalogue.close()
    window.close()
    assert sorted(set(seen.windows)) == sorted(OPENED), seen.windows
    assert seen.windows.count("QMessageBox") == 5  # critical, about, archive, delete, file
    bare = seen.bare()
    assert not bare, "texts that did not go through the catalogue:\n" + "\n".join(bare)


def _pdf_text(pdf: bytes) -> str:
    """All text of the PDF as one run: a wrapped text is whole again."""
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
