"""The plan editor, the product picker and the register used with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from app.domain.plan import Moment
from app.ui.plans.products import ProductPicker
from tests.gui import test_plan_editor as base
from tests.helpers import draft

stores = base.stores
client68 = base.client68
plans_window = base.plans_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """A key to whatever has the focus, as a user's key would go; returns the new focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


def start_focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def template_editor(plans_window, stores):
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    return plans_window.new_plan(template)


def test_tab_walks_the_editor_in_working_order_and_leaves_the_table(qtbot, plans_window, stores):
    editor = template_editor(plans_window, stores)
    editor.select_row(0)
    start_focus(qtbot, editor.title)
    visited = [editor.title]
    for _ in range(40):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is editor.title:
            break
        visited.append(widget)
    else:
        raise AssertionError(f"Tab never came back to the title: {visited}")

    def first(predicate) -> int:
        return next(i for i, w in enumerate(visited) if predicate(w))

    details = editor.details
    order = [
        0,  # the title
        first(lambda w: editor.context_panel.isAncestorOf(w)),
        first(lambda w: w is editor.items_view),
        *(first(lambda w, m=m: w is details.units[m]) for m in Moment),
        first(lambda w: w is details.taken_with),
        first(lambda w: w is details.long_term),
        first(lambda w: w is details.prescribed),
        first(lambda w: w is details.note),
        first(lambda w: w is editor.findings_view),
        first(lambda w: w is editor.totals_view),
    ]
    assert order == sorted(order), [w.objectName() or type(w).__name__ for w in visited]
    assert visited.count(editor.items_view) == 1, "one Tab leaves the product table"
    assert visited[visited.index(editor.items_view) + 1] is details.units[Moment.MORNING]

    # Shift+Tab goes back the same way, out of the table towards the context.
    start_focus(qtbot, details.units[Moment.MORNING])
    assert press(qtbot, Qt.Key.Key_Tab, SHIFT) is editor.items_view
    assert editor.context_panel.isAncestorOf(press(qtbot, Qt.Key.Key_Tab, SHIFT))


def test_a_dose_is_changed_by_keyboard_only(qtbot, plans_window, stores):
    editor = template_editor(plans_window, stores)
    editor.select_row(0)
    start_focus(qtbot, editor.items_view)
    press(qtbot, Qt.Key.Key_Down)
    assert editor.selected_row() == 1
    assert press(qtbot, Qt.Key.Key_Tab) is editor.details.units[Moment.MORNING]
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    assert editor.session.items[1].schedule[Moment.MORNING] == 2
    for _ in range(7):  # midday, evening, bedtime, taken with, long-term, prescribed: the note
        widget = press(qtbot, Qt.Key.Key_Tab)
    assert widget is editor.details.note
    qtbot.keyClicks(widget, "Na het ontbijt.")
    assert editor.session.items[1].note.endswith("Na het ontbijt.")


def test_picker_down_and_return_add_the_selected_product_not_the_first(qtbot, plans_window):
    editor = plans_window.new_plan()
    start_focus(qtbot, editor.items_view)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    picker = editor.findChild(ProductPicker)
    qtbot.waitUntil(lambda: picker.isVisible() and picker.search.hasFocus(), timeout=2000)
    qtbot.keyClicks(picker.search, "calcium")
    assert picker.results.count() >= 2
    second = picker.results.item(1).data(Qt.ItemDataRole.UserRole)
    first = picker.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert press(qtbot, Qt.Key.Key_Down) is picker.search, "typing can go on"
    assert picker.results.currentRow() == 1
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert picker.results.currentRow() == 1
    press(qtbot, Qt.Key.Key_Return)
    assert not picker.isVisible()
    names = [item.product for item in editor.session.items]
    assert len(names) == 1 and names[0] in (second.name, second.name_en)
    assert names[0] not in (first.name, first.name_en)


def shortcuts_of(window) -> dict[str, list[str]]:
    """Every shortcut of the window's actions, with the actions that have it."""
    found: dict[str, list[str]] = {}
    for action in window.actions() + [
        a for m in window.menuBar().actions() for a in m.menu().actions() if m.menu()
    ]:
        for shortcut in action.shortcuts():
            text = shortcut.toString()
            if action.text() not in found.setdefault(text, []):
                found[text].append(action.text())
    return found


def test_ctrl_p_prints_and_no_shortcut_means_two_things(qtbot, main_window, clients, stores):
    print_keys = QKeySequence(QKeySequence.StandardKey.Print).toString()
    main_shortcuts = shortcuts_of(main_window)
    assert print_keys not in main_shortcuts, "Ctrl+P is Print, not Plans"
    assert all(len(names) == 1 for names in main_shortcuts.values()), main_shortcuts
    for action in (
        main_window.plans_action,
        main_window.settings_action,
        main_window.catalogue_action,
        main_window.backup_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()

    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    start_focus(qtbot, main_window.register.table)
    press(qtbot, Qt.Key.Key_O, CTRL)  # Open plans
    window = main_window.plan_windows.get(anna.id) or QApplication.activeWindow()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=2000)
    editor = window.new_plan()
    editor.close()
    window.table.selectRow(0)
    start_focus(qtbot, window.table)
    press(qtbot, Qt.Key.Key_Return)  # Return opens the plan
    editor = next(iter(window.editors.values()))
    assert editor.isVisible()
    editor_shortcuts = shortcuts_of(editor)
    assert editor_shortcuts[print_keys] == [editor.print_action.text()]
    assert all(len(names) == 1 for names in editor_shortcuts.values()), editor_shortcuts
    assert editor.actions()  # the loop below must have something to check
    for action in editor.actions():
        assert action.text() and not action.shortcut().isEmpty(), action.text()
    window.close()


def test_every_interactive_widget_of_the_editor_has_a_name(qtbot, plans_window, stores):
    from PySide6.QtGui import QAccessible

    editor = template_editor(plans_window, stores)
    editor.select_row(0)
    editor.open_picker().close()
    unnamed = []
    for widget in editor.findChildren(QWidget):
        if not widget.isVisibleTo(editor) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name.strip() and not (isinstance(widget, QAbstractButton) and widget.text()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_typing_in_the_item_fields_keeps_the_focus_letter_after_letter(qtbot, plans_window, stores):
    """Each key goes to whatever has the focus, as a user's keys do: no letter may go astray."""
    editor = template_editor(plans_window, stores)
    editor.show()
    editor.select_row(0)
    details = editor.details
    start_focus(qtbot, details.note)
    details.note.selectAll()
    for letter in "Bij het ontbijt":
        qtbot.keyClicks(QApplication.focusWidget(), letter)
        assert QApplication.focusWidget() is details.note, f"focus lost after {letter!r}"
    assert editor.session.items[0].note == "Bij het ontbijt"
    start_focus(qtbot, details.long_term)
    before = editor.session.items[0].long_term
    assert press(qtbot, Qt.Key.Key_Space) is details.long_term
    assert editor.session.items[0].long_term is not before
    start_focus(qtbot, details.units[Moment.MIDDAY])
    assert press(qtbot, Qt.Key.Key_1) is details.units[Moment.MIDDAY]
    assert editor.session.items[0].schedule[Moment.MIDDAY] == 1


def test_no_action_lists_one_key_twice(qtbot, plans_window, stores):
    editor = template_editor(plans_window, stores)
    for action in [*editor.actions(), editor.redo_action, editor.undo_action]:
        keys = [key.toString() for key in action.shortcuts()]
        assert len(keys) == len(set(keys)), f"{action.text()}: {keys}"
    assert "Ctrl+Shift+Z" in [key.toString() for key in editor.redo_action.shortcuts()]
