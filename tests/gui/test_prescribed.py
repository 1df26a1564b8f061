"""A medicine that supplies nutrients, added as a prescribed product from its finding (issue 14.3).

Shown editor, real clicks and keys: the warning offers the action, the item appears with the
medicine's name and composition, the warning goes and the totals count the medicine.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from app.domain.nutrients import Nutrient
from app.domain.plan import Moment
from app.domain.rules.declarations import MED_SUPPLIES_NUTRIENT
from app.storage.stores import Stores
from tests.helpers import draft

CALCI_CHEW = "Calci-Chew D3 500 mg/800 IE"
RULE = MED_SUPPLIES_NUTRIENT.id
CALCIUM = {"nl": "Calcium", "en": "Calcium"}


@pytest.fixture
def stores(database):
    return Stores.over(database)


@pytest.fixture
def editor(qtbot, stores, language):
    from app.ui.plans.plan_list import PlansWindow

    client = stores.clients.create(draft(medicines=[CALCI_CHEW, "simvastatine 40 mg"]))
    window = PlansWindow(stores, client.id)
    window.show()
    editor = window.new_plan()
    qtbot.waitExposed(editor)
    editor.resize(QSize(1366, 768))
    qtbot.waitUntil(lambda: editor.size() == QSize(1366, 768), timeout=2000)
    QApplication.processEvents()
    yield editor
    for opened in list(window.editors.values()):
        opened.close()
    window.close()
    window.deleteLater()


def rule_ids(editor) -> list[str]:
    model = editor.findings_model
    return [model.finding_at(row).rule_id for row in range(model.rowCount())]


def click_finding(qtbot, editor, rule_id: str) -> None:
    """Click the finding's row in the findings list, as the dietician does."""
    row = editor.findings_model.row_of(rule_id)
    assert row is not None, rule_ids(editor)
    view = editor.findings_view
    rect = view.visualRect(editor.findings_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected_finding().rule_id == rule_id


def calcium_total(editor) -> str:
    model = editor.totals_model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Calcium")]
    return model.index(rows[0], 1).data() if rows else ""


def test_the_warning_adds_the_medicine_as_a_prescribed_product_in_one_click(
    qtbot, editor, language, tmp_path
):
    assert RULE in rule_ids(editor)
    assert editor.session.items == ()
    button = editor.prescribed_button
    other = next(rule_id for rule_id in rule_ids(editor) if rule_id != RULE)
    click_finding(qtbot, editor, other)  # any other finding offers nothing to add
    assert not button.isVisible() and not editor.prescribed_action.isEnabled()
    click_finding(qtbot, editor, RULE)
    assert button.isVisible() and button.isEnabled()
    assert editor.prescribed_action.isEnabled()  # also in the Plan menu
    assert CALCI_CHEW in editor.finding_text.text()
    QApplication.processEvents()  # the panel lays out the button it just showed
    assert button.width() >= button.sizeHint().width(), "the action's words are cut off"
    editor.grab().save(str(tmp_path / f"prescribed-finding-{language}.png"))

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    (added,) = editor.session.items
    assert added.product == CALCI_CHEW and added.prescribed
    assert {n.nutrient for n in added.nutrients} == {Nutrient.CALCIUM, Nutrient.VITAMIN_D}
    assert added.schedule[Moment.EVENING] == 1 and added.units_per_day == 1
    assert RULE not in rule_ids(editor)
    assert calcium_total(editor).startswith("500 mg")
    shown = editor.items_model.index(0, 0).data()
    assert (
        CALCI_CHEW in shown
        and ("(voorgeschreven)" if language == "nl" else "(prescribed)") in shown
    )
    assert editor.selected_row() == 0 and editor.details.prescribed.isChecked()
    assert not button.isVisible()  # no finding of its kind is selected any more
    QApplication.processEvents()
    editor.grab().save(str(tmp_path / f"prescribed-added-{language}.png"))

    # Undone like any edit: the item goes, the warning comes back.
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.session.items == ()
    assert RULE in rule_ids(editor)


def test_the_action_is_reached_with_the_keyboard(qtbot, editor, language):
    view = editor.findings_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    row = editor.findings_model.row_of(RULE)
    for _ in range(row + 1):  # down to its row from the top
        qtbot.keyClick(view, Qt.Key.Key_Down)
    if editor.selected_finding().rule_id != RULE:
        qtbot.keyClick(view, Qt.Key.Key_Home)
        for _ in range(row):
            qtbot.keyClick(view, Qt.Key.Key_Down)
    assert editor.selected_finding().rule_id == RULE
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.prescribed_button
    qtbot.keyClick(editor.prescribed_button, Qt.Key.Key_Space)
    assert [i.product for i in editor.session.items] == [CALCI_CHEW]
    assert calcium_total(editor).startswith("500 mg")


def test_the_check_box_marks_an_item_prescribed_and_back(qtbot, editor, language):
    click_finding(qtbot, editor, RULE)
    qtbot.mouseClick(editor.prescribed_button, Qt.MouseButton.LeftButton)
    box = editor.details.prescribed
    assert box.isVisible() and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not editor.session.items[0].prescribed
    # No longer prescribed: the medicine is not counted as such, so the warning is back.
    assert RULE in rule_ids(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.session.items[0].prescribed and box.isChecked()
    assert RULE not in rule_ids(editor)
