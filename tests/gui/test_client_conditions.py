"""Kidney function and conditions entered where the dietician works: the form and the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.clients import Condition
from app.domain.rules import Severity
from tests.gui import test_plan_editor as base
from tests.gui.test_plan_editor import pick, rule_ids, shown_rule_ids

stores = base.stores
client68 = base.client68
plans_window = base.plans_window
editor = base.editor


def press(qtbot, key):
    """A key to whatever has the focus, as the user's key goes; returns the new focus."""
    qtbot.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def test_egfr_and_conditions_are_filled_in_the_client_form_by_keyboard_and_saved(
    qtbot, main_window, clients
):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main_window.register.form
    assert form is not None and form.isVisible()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "Jansen")
    qtbot.keyClicks(form.birth_date, "01-06-1954")
    form.sex.setFocus()
    qtbot.keyClick(form.sex, Qt.Key.Key_Down)  # "— choose —" → the first sex
    form.dietary_calcium.setFocus()
    qtbot.waitUntil(form.dietary_calcium.hasFocus)

    assert press(qtbot, Qt.Key.Key_Tab) is form.egfr
    qtbot.keyClicks(form.egfr, "0")
    boxes = list(form.conditions.values())
    assert press(qtbot, Qt.Key.Key_Tab) is boxes[0]
    assert boxes[0].text() == "Hypercalcaemia"
    press(qtbot, Qt.Key.Key_Space)
    for box in boxes[1:]:
        assert press(qtbot, Qt.Key.Key_Tab) is box
    press(qtbot, Qt.Key.Key_Space)  # calcium kidney stones
    assert press(qtbot, Qt.Key.Key_Tab) is form.medicines
    assert [b.isChecked() for b in boxes] == [True, False, False, True]

    # Saving with an eGFR of 0 is refused, with the reason beside the field.
    qtbot.keyClick(form.egfr, Qt.Key.Key_Return)
    assert form.isVisible()
    error = form.findChild(type(form.age_label), "error_egfr")
    assert error.isVisible() and "from 1 to 200 mL/min/1.73 m²" in error.text()
    assert form.egfr.hasFocus()
    qtbot.keyClick(form.egfr, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.egfr, "25x")
    assert "whole number" in error.text()
    qtbot.keyClick(form.egfr, Qt.Key.Key_Backspace)
    assert not error.isVisible()
    qtbot.keyClick(form.egfr, Qt.Key.Key_Return)
    assert not form.isVisible()

    saved = clients.get(main_window.register.selected_client_id()).draft
    assert saved.egfr == 25
    assert saved.conditions == {Condition.HYPERCALCAEMIA, Condition.CALCIUM_KIDNEY_STONES}

    # Opened again, the form shows them; unticking one by keyboard and saving removes it.
    form = main_window.register.edit_selected()
    assert form is not None and form.isVisible()
    assert form.egfr.text() == "25"
    boxes = list(form.conditions.values())
    assert [b.isChecked() for b in boxes] == [True, False, False, True]
    boxes[0].setFocus()
    qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
    qtbot.keyClick(form.egfr, Qt.Key.Key_Return)
    assert not form.isVisible()
    saved = clients.get(main_window.register.selected_client_id()).draft
    assert saved.conditions == {Condition.CALCIUM_KIDNEY_STONES}


def test_ticking_hypercalcaemia_in_the_editor_shows_the_critical_finding_live(
    qtbot, editor, stores
):
    pick(qtbot, editor, "calcium 500 d3 20")
    assert "HYPERCA" not in rule_ids(editor)
    panel = editor.context_panel
    box = panel.conditions[Condition.HYPERCALCAEMIA]
    assert box.text() == "Hypercalcaemia"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert shown_rule_ids(editor)[0] == "HYPERCA"
    assert editor.session.findings[0].severity is Severity.CRITICAL
    assert _stored(stores, editor).conditions == {Condition.HYPERCALCAEMIA}

    # The eGFR: below 30 gives RENAL-CA-D, 30 does not; a bad value is explained, not applied.
    qtbot.keyClicks(panel.egfr, "29")
    assert "RENAL-CA-D" in rule_ids(editor)
    assert _stored(stores, editor).egfr == 29
    qtbot.keyClick(panel.egfr, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.egfr, "30")
    assert "RENAL-CA-D" not in rule_ids(editor)
    assert _stored(stores, editor).egfr == 30
    qtbot.keyClicks(panel.egfr, "0")  # 300
    assert "from 1 to 200" in panel.error.text()
    assert _stored(stores, editor).egfr == 30

    # Unticked, the finding goes at once.
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "HYPERCA" not in rule_ids(editor)
    assert _stored(stores, editor).conditions == frozenset()
    assert "from 1 to 200" in panel.error.text()  # the eGFR typed is still wrong


def _stored(stores, editor):
    return stores.clients.get(editor.session.client.id).draft
