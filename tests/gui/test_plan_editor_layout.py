"""The plan editor on small screens, with a large font and in dark and high-contrast palettes.

Each test saves what it looked at as a PNG in its tmp_path, to be opened when one fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.plan import Moment
from app.ui.plans.colours import contrast
from app.ui.plans.editor_layout import layout_settings
from app.ui.plans.models import ItemsModel
from tests.gui import test_plan_editor as base
from tests.helpers import draft

stores = base.stores
plans_window = base.plans_window


@pytest.fixture
def client68(stores):
    """The plan editor tests' client, on Fosamax so the plan has findings that mark items."""
    return stores.clients.create(draft(born=base.born_years_ago(68), medicines=["Fosamax"]))


@pytest.fixture
def fresh_layout():
    """No splitter positions remembered from an earlier editor."""
    layout_settings().remove("plan_editor")
    yield
    layout_settings().remove("plan_editor")


@pytest.fixture
def font_scale():
    """Scale the application font, as a dietician with a 150 % font setting has it."""
    app = QApplication.instance()
    original = app.font()

    def scale(factor: float) -> None:
        font = app.font()
        font.setPointSizeF(original.pointSizeF() * factor)
        app.setFont(font)

    yield scale
    app.setFont(original)


@pytest.fixture
def palette():
    """Switch the application palette; the original comes back afterwards."""
    app = QApplication.instance()
    original = app.palette()
    yield app.setPalette
    app.setPalette(original)


def bone_health_editor(qtbot, plans_window, stores):
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = plans_window.new_plan(template)
    qtbot.waitExposed(editor)
    return editor


def settle(qtbot, editor, size: QSize) -> None:
    editor.resize(size)
    qtbot.waitUntil(lambda: editor.size() == size, timeout=2000)
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1366, 768, 1.0), (1280, 720, 1.5), (1280, 780, 1.0)]
)
def test_all_totals_and_whole_names_fit_on_a_small_screen(
    qtbot, plans_window, stores, fresh_layout, font_scale, tmp_path, width, height, scale
):
    font_scale(scale)
    editor = bone_health_editor(qtbot, plans_window, stores)
    editor.select_finding("INT-BISPH")  # marks calcium, magnesium and zinc: bold, with ▶
    editor.select_row(0)
    settle(qtbot, editor, QSize(width, height))
    editor.grab().save(str(tmp_path / f"editor-{width}x{height}-{scale}.png"))

    assert editor.size() == QSize(width, height), "the window must fit the screen"
    totals = editor.totals_view
    assert editor.totals_model.rowCount() >= 5
    viewport = totals.viewport().rect()
    for row in range(editor.totals_model.rowCount()):
        cell = totals.visualRect(editor.totals_model.index(row, 0))
        assert viewport.contains(cell), f"nutrient row {row} is hidden below the totals"

    items = editor.items_view
    header = items.horizontalHeader()
    assert items.sizeHintForColumn(ItemsModel.PRODUCT) <= header.sectionSize(ItemsModel.PRODUCT)
    for column in range(editor.items_model.columnCount()):
        assert header.sectionSizeHint(column) <= header.sectionSize(column), column
    note_label = editor.details.note_label
    assert note_label.isVisible() and note_label.width() >= note_label.sizeHint().width()


def test_selecting_a_finding_does_not_move_the_columns(qtbot, plans_window, stores, fresh_layout):
    """Marked rows are bold with ▶; the columns are already wide enough for that."""
    editor = bone_health_editor(qtbot, plans_window, stores)
    settle(qtbot, editor, QSize(1366, 768))
    header = editor.items_view.horizontalHeader()
    before = [header.sectionSize(c) for c in range(editor.items_model.columnCount())]
    editor.select_finding("INT-BISPH")  # marks calcium, magnesium and zinc
    QApplication.processEvents()
    assert editor.items_model.data(editor.items_model.index(0, 0)).startswith("▶")
    after = [header.sectionSize(c) for c in range(editor.items_model.columnCount())]
    assert after == before
    for column in range(editor.items_model.columnCount()):
        assert header.sectionSizeHint(column) <= header.sectionSize(column), column


def test_splitter_positions_are_remembered_for_the_next_editor(
    qtbot, plans_window, stores, fresh_layout
):
    first = bone_health_editor(qtbot, plans_window, stores)
    settle(qtbot, first, QSize(1366, 768))
    total = sum(first.right_splitter.sizes())
    first.right_splitter.setSizes([total - 300, 300])
    first.splitter.setSizes([700, 666])
    wanted = (first.right_splitter.sizes(), first.splitter.sizes())
    first.close()

    second = bone_health_editor(qtbot, plans_window, stores)
    settle(qtbot, second, QSize(1366, 768))
    assert (second.right_splitter.sizes(), second.splitter.sizes()) == wanted


def test_the_panel_of_no_selected_product_is_empty(qtbot, plans_window, stores):
    editor = bone_health_editor(qtbot, plans_window, stores)
    editor.select_row(0)  # calcium: with a meal, long-term, a note
    details = editor.details
    assert details.note.text() and details.long_term.isChecked()
    editor.items_view.clearSelection()
    assert not details.isEnabled()
    assert [details.units[m].text() for m in Moment] == ["", "", "", ""]
    assert [details.units[m].placeholderText() for m in Moment] == ["", "", "", ""]
    assert details.taken_with.currentText() == ""
    assert not details.long_term.isChecked()
    assert details.note.text() == ""


def dark() -> QPalette:
    colours = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        colours.setColor(role, QColor(colour))
    return colours


def high_contrast() -> QPalette:
    colours = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
    ):
        colours.setColor(role, QColor(colour))
    return colours


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_marked_rows_are_readable_in_every_palette(
    qtbot, plans_window, stores, palette, tmp_path, name
):
    palette({"light": QPalette, "dark": dark, "high_contrast": high_contrast}[name]())
    editor = bone_health_editor(qtbot, plans_window, stores)
    editor.select_finding("INT-BISPH")
    assert editor.items_model.highlighted
    editor.items_view.clearSelection()
    editor.items_view.grab().save(str(tmp_path / f"items-{name}.png"))
    base_colour = QApplication.palette().color(QPalette.ColorRole.Base)
    plain_text = QApplication.palette().color(QPalette.ColorRole.Text)
    for row in editor.items_model.highlighted:
        index = editor.items_model.index(row, ItemsModel.PRODUCT)
        background = index.data(Qt.ItemDataRole.BackgroundRole).color()
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        text = foreground.color() if foreground is not None else plain_text
        assert contrast(text, background) >= 4.5, (name, text.name(), background.name())
        assert background != base_colour, "marked rows stand out from the others"


def test_every_field_the_rules_use_is_in_sight_at_1366x768(
    qtbot, plans_window, stores, fresh_layout, tmp_path, language
):
    """The conditions and kidney function are safety inputs: not hidden below a scroll."""
    editor = bone_health_editor(qtbot, plans_window, stores)
    settle(qtbot, editor, QSize(1366, 768))
    editor.grab().save(str(tmp_path / f"editor-context-{language}.png"))
    panel = editor.context_panel
    fields = [*panel.conditions.values(), panel.egfr, panel.medicines]
    for field in fields:
        shown = field.visibleRegion().boundingRect()
        assert shown.size() == field.rect().size(), f"{field.accessibleName()} is cut off"
    assert editor.items_view.viewport().height() >= 6 * editor.items_view.rowHeight(0)
