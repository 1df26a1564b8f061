"""The units fields of the plan editor typed into with real keys in a shown, active window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.plan import Moment
from tests.gui import test_plan_editor as base

# The plan editor's fixtures, shared rather than copied.
stores = base.stores
client68 = base.client68
plans_window = base.plans_window
editor = base.editor
pick = base.pick

EVENING = Moment.EVENING


def evening(editor, row: int) -> int:
    return editor.session.items[row].schedule.get(EVENING, 0)


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def click_row(qtbot, editor, row: int) -> None:
    view = editor.items_view
    rect = view.visualRect(editor.items_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected_row() == row


def type_into(qtbot, field, text: str) -> None:
    focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    qtbot.keyClicks(field, text)


def test_a_refused_dose_keeps_the_plan_and_never_reaches_another_product(qtbot, editor):
    pick(qtbot, editor, "magnesiumcitraat 200")
    pick(qtbot, editor, "zink 10")
    undo_before = editor.undo_stack.undo_text
    editor.select_row(0)
    field = editor.details.units[EVENING]
    error = editor.details.errors[EVENING]

    type_into(qtbot, field, "25")  # passes through the valid "2" on the way
    assert field.text() == "25"
    assert "20" in error.text() and error.isVisible()
    assert field.accessibleDescription() == error.text()
    assert evening(editor, 0) == 0, "the intermediate 2 must not stay in the plan"
    assert editor.undo_stack.undo_text == undo_before, "a refused edit is no undo step"

    click_row(qtbot, editor, 1)  # zinc
    assert field.text() == "" and error.text() == ""
    assert all(not label.text() for label in editor.details.errors.values())
    focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert (evening(editor, 0), evening(editor, 1)) == (0, 0)

    click_row(qtbot, editor, 0)  # magnesium shows the plan's value, not the refused text
    assert field.text() == "" and error.text() == ""


def test_leaving_a_refused_field_shows_the_last_valid_value(qtbot, editor):
    pick(qtbot, editor, "magnesiumcitraat 200")
    editor.select_row(0)
    field = editor.details.units[EVENING]
    type_into(qtbot, field, "1")
    assert evening(editor, 0) == 1
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leave: the edit of "1" is done
    assert not field.hasFocus()

    type_into(qtbot, field, "25")
    assert evening(editor, 0) == 1, "the plan keeps 1, not the 2 typed on the way"
    assert editor.details.errors[EVENING].text()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "1"
    assert editor.details.errors[EVENING].text() == ""
    assert field.styleSheet() == ""


def test_typing_a_number_is_one_undo_step_and_each_edit_its_own(qtbot, editor):
    pick(qtbot, editor, "calcium 500 d3 20")
    editor.select_row(0)
    field = editor.details.units[EVENING]
    type_into(qtbot, field, "12")
    assert evening(editor, 0) == 12
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    type_into(qtbot, field, "3")
    assert evening(editor, 0) == 3
    qtbot.keyClick(field, Qt.Key.Key_Tab)

    editor.undo_action.trigger()
    assert evening(editor, 0) == 12 and field.text() == "12"
    editor.undo_action.trigger()
    assert evening(editor, 0) == 0, "12 was typed as two keys but is one step"
    assert editor.undo_stack.undo_text.startswith("Add")


def test_the_plan_holds_what_a_valid_field_shows_after_every_key(qtbot, editor):
    """Valid text is in the plan at once; refused text leaves the plan as the edit found it."""
    pick(qtbot, editor, "zink 10")
    editor.select_row(0)
    field = editor.details.units[Moment.MORNING]
    focus(qtbot, field)
    for key, shown, planned in (
        (Qt.Key.Key_End, "1", 1),
        (Qt.Key.Key_Backspace, "", 0),
        # Refused: the plan holds its value from before this edit began, not the "" on the way.
        (Qt.Key.Key_Minus, "-", 1),
        (Qt.Key.Key_3, "-3", 1),
        (Qt.Key.Key_Home, "-3", 1),
        (Qt.Key.Key_Delete, "3", 3),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert field.text() == shown
        assert editor.session.items[0].schedule[Moment.MORNING] == planned, shown
        assert bool(editor.details.errors[Moment.MORNING].text()) == (shown.startswith("-"))
