"""Several windows on one client: every edit survives, every window shows it (issue 11, 3-4).

The register, its client form, the plans list and two plan editors are real windows on one
database, driven with key events; each writes only what it changed and refreshes from the
one change notification.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.domain.clients import Diet
from app.domain.plan import Moment
from app.storage.stores import Stores
from tests.helpers import TODAY, draft, when_modal


@pytest.fixture(autouse=True)
def unanswered_boxes(qtbot):
    """A message box nobody in the test answers is closed after 2 s and fails the test.

    Without this, a regression that shows a dialog would hang the run instead of failing.
    """
    import time

    first_seen: dict[int, float] = {}
    closed: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                since = first_seen.setdefault(id(widget), time.monotonic())
                if time.monotonic() - since > 2:
                    closed.append(widget.text())
                    widget.reject()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(100)
    yield closed
    timer.stop()
    assert closed == [], f"unexpected message boxes: {closed}"


@pytest.fixture
def stores(database):
    return Stores.over(database)


@pytest.fixture
def anna(stores):
    return stores.clients.create(draft(medicines=["Fosamax 70 mg"], phone="06 11111111"))


@pytest.fixture
def plans_window(qtbot, main_window, anna):
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    main_window.register.table.setFocus()
    window = main_window.open_plans()
    assert window is not None and window.isVisible()
    return window


def editors(plans_window, stores, anna):
    """Two editors of two plans of the same client, as a dietician may have them open."""
    first = plans_window.new_plan()
    second = plans_window.new_plan()
    assert first is not second and len(stores.plans.list_for_client(anna.id)) == 2
    return first, second


def type_medicine(qtbot, editor, name: str) -> None:
    """Add a medicine on a new line at the end of the editor's context panel."""
    field = editor.context_panel.medicines
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, name)


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line_edit, text)


def test_medicines_in_one_editor_phone_in_the_form_and_diet_in_another_editor_all_survive(
    qtbot, main_window, plans_window, stores, anna
):
    editor_a, editor_b = editors(plans_window, stores, anna)
    form = main_window.register.edit_selected()
    assert form is not None and form.isVisible()

    type_medicine(qtbot, editor_a, "Losec 20 mg")
    # The open form took editor A's change into the field nobody edited in it.
    assert form.medicines.toPlainText() == "Fosamax 70 mg\nLosec 20 mg"
    assert editor_b.context_panel.medicines.toPlainText() == "Fosamax 70 mg\nLosec 20 mg"

    retype(qtbot, form.phone, "06 22222222")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)  # Save is the form's default button
    assert not form.isVisible()

    editor_b.context_panel.diet.setFocus()
    qtbot.keyClick(editor_b.context_panel.diet, Qt.Key.Key_End)  # the last diet: vegan

    stored = stores.clients.get(anna.id).draft
    assert stored.medicines == ["Fosamax 70 mg", "Losec 20 mg"]
    assert stored.phone == "06 22222222"
    assert stored.diet is Diet.VEGAN
    # Every window shows all three.
    for editor in (editor_a, editor_b):
        panel = editor.context_panel
        assert panel.medicines.toPlainText() == "Fosamax 70 mg\nLosec 20 mg"
        assert panel.diet.currentData() == Diet.VEGAN.value
        assert editor.session.client.draft == stored
    reopened = main_window.register.edit_selected()
    assert reopened.phone.text() == "06 22222222"
    assert reopened.medicines.toPlainText() == "Fosamax 70 mg\nLosec 20 mg"
    assert reopened.diet.currentData() == Diet.VEGAN.value
    reopened.reject()


def test_undo_of_a_context_edit_writes_back_only_that_field(
    qtbot, main_window, plans_window, stores, anna
):
    editor_a, editor_b = editors(plans_window, stores, anna)
    type_medicine(qtbot, editor_a, "Losec")
    editor_b.context_panel.diet.setFocus()
    qtbot.keyClick(editor_b.context_panel.diet, Qt.Key.Key_End)
    form = main_window.register.edit_selected()
    retype(qtbot, form.phone, "06 33333333")
    assert form.try_save()

    editor_a.activateWindow()
    editor_a.undo_stack.undo()  # typing "Losec" was one step
    stored = stores.clients.get(anna.id).draft
    assert stored.medicines == ["Fosamax 70 mg"]
    assert (stored.diet, stored.phone) == (Diet.VEGAN, "06 33333333")
    assert editor_b.context_panel.medicines.toPlainText() == "Fosamax 70 mg"


def test_undo_is_refused_with_a_message_when_another_window_changed_that_field(
    qtbot, main_window, plans_window, stores, anna
):
    editor_a, editor_b = editors(plans_window, stores, anna)
    type_medicine(qtbot, editor_a, "Losec")
    type_medicine(qtbot, editor_b, "Calcichew")
    seen: list[str] = []
    _answer_box(qtbot, seen, "OK")
    editor_a.undo_stack.undo()
    assert seen and "changed in another window" in seen[0]
    assert stores.clients.get(anna.id).draft.medicines == ["Fosamax 70 mg", "Losec", "Calcichew"]


def test_the_form_notes_a_field_also_changed_elsewhere_and_refuses_a_stale_save(
    qtbot, main_window, plans_window, stores, anna
):
    editor_a, _ = editors(plans_window, stores, anna)
    form = main_window.register.edit_selected()
    form.medicines.setFocus()
    form.medicines.moveCursor(form.medicines.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.medicines, " once a week")
    type_medicine(qtbot, editor_a, "Losec")
    note = form.findChild(QLabel, "error_medicines")
    assert note is not None and "Changed in another window" in note.text()
    assert "Fosamax 70 mg, Losec" in note.text()
    assert form.medicines.toPlainText() == "Fosamax 70 mg once a week"

    # A write the form never heard of (as from another program): the save is refused.
    current = stores.clients.get(anna.id)
    stores.clients.update_fields(anna.id, {"phone": "06 99999999"}, current.version)
    warned: list[str] = []
    _answer_box(qtbot, warned, "OK")
    assert not form.try_save()
    assert warned and "changed in another window while you were editing" in warned[0]
    assert stores.clients.get(anna.id).draft.medicines == ["Fosamax 70 mg", "Losec"]
    assert form.phone.text() == "06 99999999"  # the form now shows what was saved there
    assert form.try_save()  # told, checked: saving now keeps what was typed here
    stored = stores.clients.get(anna.id).draft
    assert (stored.medicines, stored.phone) == (["Fosamax 70 mg once a week"], "06 99999999")


def _answer_box(qtbot, seen: list[str], button_text: str) -> None:
    """Read the next message box, move to *button_text* with Tab and press Space.

    Bounded (tests.helpers.when_modal): a box that never came fails this test and cannot
    press keys in a later one.
    """

    def answer(box: QMessageBox) -> None:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        target = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        for _ in range(len(box.buttons())):
            if box.focusWidget() is target:
                break
            qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Tab)
        if box.focusWidget() is not target:
            box.reject()  # the test fails on what it saw, instead of hanging
            return
        qtbot.keyClick(target, Qt.Key.Key_Space)

    when_modal(QMessageBox, answer, ready=lambda box: QApplication.activeWindow() is box)


def _focus_register(qtbot, main_window) -> None:
    """Back to the register window, as a click on it would do, with the table focused."""
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.register.table.setFocus()


def _no_error_dialog() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_deleting_a_client_with_an_open_editor_saves_and_closes_it_first(
    qtbot, main_window, plans_window, stores, anna
):
    editor = plans_window.new_plan()
    qtbot.keyClicks(editor.title, "Botgezondheid")  # an edit still waiting to be saved
    assert editor.session.has_unsaved_changes
    _focus_register(qtbot, main_window)
    seen: list[str] = []
    _answer_box(qtbot, seen, "Delete")
    qtbot.keyClick(main_window.register.table, Qt.Key.Key_Delete)

    assert len(seen) == 1 and "open plans are saved and their windows closed" in seen[0]
    assert stores.clients.count() == 0
    assert not editor.isVisible() and not plans_window.isVisible()
    assert main_window.plan_windows == {}
    qtbot.wait(400)  # past the save delay: nothing is left to write into a deleted plan
    assert _no_error_dialog()


def test_cancelling_the_delete_keeps_her_windows_open(
    qtbot, main_window, plans_window, stores, anna
):
    editor = plans_window.new_plan()
    _focus_register(qtbot, main_window)
    seen: list[str] = []
    _answer_box(qtbot, seen, "Cancel")
    qtbot.keyClick(main_window.register.table, Qt.Key.Key_Delete)
    assert len(seen) == 1
    assert editor.isVisible() and plans_window.isVisible()
    assert stores.clients.count() == 1


def test_archiving_a_client_with_an_open_editor_writes_the_edit_and_closes_it(
    qtbot, main_window, plans_window, stores, anna
):
    editor = plans_window.new_plan()
    editor.add_product(editor._products[0])
    editor.select_row(0)
    retype(qtbot, editor.details.units[Moment.EVENING], "2")
    plan_id = editor.session.plan.id
    assert editor.session.has_unsaved_changes
    _focus_register(qtbot, main_window)
    seen: list[str] = []
    _answer_box(qtbot, seen, "Archive")
    qtbot.keyClick(
        main_window.register.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(seen) == 1 and "open plans are saved and their windows closed" in seen[0]
    assert not editor.isVisible() and not plans_window.isVisible()
    assert stores.clients.get(anna.id).archived
    assert stores.plans.get(plan_id).items[0].schedule[Moment.EVENING] == 2
    assert _no_error_dialog()


def test_an_editor_hears_of_a_client_deleted_elsewhere_and_closes_quietly(
    qtbot, main_window, plans_window, stores, anna
):
    from app.ui.operations import delete_client

    editor = plans_window.new_plan()
    qtbot.keyClicks(editor.title, "x")
    main_window.operations.run(lambda: delete_client(stores.clients, anna.id))
    assert not editor.isVisible() and not plans_window.isVisible()
    qtbot.wait(400)
    assert _no_error_dialog()


def test_the_plans_list_follows_edits_made_in_an_editor(qtbot, plans_window, stores, anna):
    editor = plans_window.new_plan()
    qtbot.keyClicks(editor.title, "Botgezondheid")
    editor.session.flush()
    assert [p.title for p in plans_window.model.plans] == ["Botgezondheid"]
    plan_date = TODAY.strftime("%d-%m-%Y")
    assert plans_window.model.index(0, 0).data() == plan_date


def test_an_editor_behind_the_database_is_told_and_shows_what_is_saved(
    qtbot, main_window, plans_window, stores, anna
):
    editor = plans_window.new_plan()
    # Written without telling the windows (as another program would): the editor is behind.
    stores.clients.update_fields(anna.id, {"medicines": ["Losec"]}, anna.version)
    seen: list[str] = []
    _answer_box(qtbot, seen, "OK")
    editor.context_panel.diet.setFocus()
    qtbot.keyClick(editor.context_panel.diet, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bool(seen))
    assert "changed in another window in the meantime" in seen[0]
    stored = stores.clients.get(anna.id).draft
    assert (stored.medicines, stored.diet) == (["Losec"], Diet.OMNIVORE)
    assert editor.context_panel.medicines.toPlainText() == "Losec"
    assert editor.context_panel.diet.currentData() == Diet.OMNIVORE.value
    assert not editor.undo_stack.can_undo


def test_the_register_refreshes_only_for_what_it_shows(
    qtbot, main_window, plans_window, stores, anna
):
    editor = plans_window.new_plan()
    refreshes: list[int] = []
    main_window.register.refreshed.connect(refreshes.append)
    type_medicine(qtbot, editor, "Losec")  # not in the register: no refresh per keystroke
    assert refreshes == []
    retype(qtbot, editor.context_panel.birth_date, "02-03-1950")
    assert refreshes  # the birth date and age columns changed
    assert main_window.register.model.index(0, 2).data() == "02-03-1950"
