"""The medicines field says how each line reads and offers the correction of a slip of the pen.

Shown windows, real key events: type the misspelling, Tab to the offer, Space to accept it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.rules import Severity
from tests.gui import test_plan_editor as base
from tests.helpers import draft

TYPO = "Acenocoumerol 1 mg"

OFFER = {"en": "Did you mean acenocoumarol?", "nl": "Bedoelde u acenocoumarol?"}


def _accept_by_keyboard(qtbot, window, field) -> None:
    """Tab from the medicines field to the offer and press Space on what has the focus."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    offer = QApplication.focusWidget()
    assert offer is not None and offer.objectName() == "medicine_correction"
    qtbot.keyClick(offer, Qt.Key.Key_Space)


# --- the client form ------------------------------------------------------------------------
def test_the_client_form_offers_the_known_spelling_and_keeps_the_dose(qtbot, main_window, clients):
    anna = clients.create(draft(born=date(1954, 6, 1)))
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    form = main_window.register.edit_selected()
    assert form.isVisible()
    hints = form.medicine_hints
    assert not hints.offer.isVisible() and not hints.notes.isVisible()

    form.medicines.setFocus()
    qtbot.keyClicks(form.medicines, TYPO)
    assert hints.offer.isVisible() and hints.offer.text() == OFFER["en"]
    assert hints.notes.text() == "“Acenocoumerol 1 mg” read as acenocoumarol"

    _accept_by_keyboard(qtbot, form, form.medicines)
    assert form.medicines.toPlainText() == "Acenocoumarol 1 mg"
    assert form.medicines.hasFocus()  # back to typing
    assert not hints.offer.isVisible() and not hints.notes.isVisible()
    assert form.try_save()
    assert clients.get(anna.id).draft.medicines == ["Acenocoumarol 1 mg"]


def test_the_client_form_shows_topical_and_unrecognised_lines(qtbot, main_window):
    form = main_window.register.new_client()
    form.medicines.setFocus()
    qtbot.keyClicks(form.medicines, "Fosamax 70 mg")
    assert not form.medicine_hints.notes.isVisible()  # a plainly recognised line: nothing to say
    qtbot.keyClick(form.medicines, Qt.Key.Key_Return)
    qtbot.keyClicks(form.medicines, "ciprofloxacine oogdruppels")
    qtbot.keyClick(form.medicines, Qt.Key.Key_Return)
    qtbot.keyClicks(form.medicines, "xyzzy 3dd")
    assert form.medicine_hints.notes.isVisible()
    assert form.medicine_hints.notes.text().splitlines() == [
        "“ciprofloxacine oogdruppels”: topical (not taken by mouth: no interaction checked)",
        "“xyzzy 3dd”: not recognised",
    ]
    assert not form.medicine_hints.offer.isVisible()
    form.discard()


def test_the_offer_comes_right_after_the_field_and_then_the_allergies(qtbot, main_window):
    form = main_window.register.new_client()
    form.medicines.setFocus()
    qtbot.keyClicks(form.medicines, TYPO)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.medicines.setFocus()
    qtbot.keyClick(form.medicines, Qt.Key.Key_Tab)
    assert form.medicine_hints.offer.hasFocus()
    qtbot.keyClick(form.medicine_hints.offer, Qt.Key.Key_Tab)
    assert form.allergies.hasFocus()
    form.discard()


# --- the plan editor's client context -------------------------------------------------------
# The plan editor tests' database and client (68, postmenopausal, omnivore).
stores = base.stores
client68 = base.client68


@pytest.fixture
def editor(qtbot, language, stores, client68):
    from app.ui.plans.plan_list import PlansWindow

    window = PlansWindow(stores, client68.id)
    window.show()
    editor = window.new_plan()
    editor.resize(1366, 768)  # a laptop screen: the client context scrolls in its part
    qtbot.waitExposed(editor)
    yield editor
    for each in list(window.editors.values()):
        each.close()
    window.close()
    window.deleteLater()


def _add_k2(qtbot, editor) -> None:
    picker = editor.open_picker()
    qtbot.keyClicks(picker.search, "mk-7 75")
    picker.results.setCurrentRow(0)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)


def _vka(editor):
    return next(f for f in editor.session.findings if f.rule_id == "INT-VKA-K")


def test_the_editor_offers_the_correction_and_the_vka_finding_stays_critical(
    qtbot, editor, stores, client68, language
):
    _add_k2(qtbot, editor)
    field = editor.context_panel.medicines
    field.setFocus()
    qtbot.keyClicks(field, TYPO)
    hints = editor.context_panel.medicine_hints
    assert hints.offer.isVisible() and hints.offer.text() == OFFER[language]
    # Below the field in a part that scrolls: brought into view while typing.
    qtbot.waitUntil(lambda: hints.offer.visibleRegion().boundingRect().height() >= 20)
    # Read despite the slip: the critical finding is there, and says how it read the line.
    assert _vka(editor).severity is Severity.CRITICAL
    assert editor.select_finding("INT-VKA-K")
    read_as = {"en": "“Acenocoumerol 1 mg” read as", "nl": "„Acenocoumerol 1 mg” gelezen als"}
    assert read_as[language] in editor.finding_text.text()

    _accept_by_keyboard(qtbot, editor, field)
    assert field.toPlainText() == "Acenocoumarol 1 mg"
    assert stores.clients.get(client68.id).draft.medicines == ["Acenocoumarol 1 mg"]
    assert not hints.offer.isVisible()
    vka = _vka(editor)
    assert vka.severity is Severity.CRITICAL and not vka.read_as
    assert editor.findings_model.finding_at(0).rule_id == "INT-VKA-K"


def test_the_editor_offers_the_correction_of_the_real_typo(qtbot, editor, stores, client68):
    _add_k2(qtbot, editor)
    field = editor.context_panel.medicines
    field.setFocus()
    qtbot.keyClicks(field, "acenocoumerol 1 mg")
    assert _vka(editor).severity is Severity.CRITICAL
    _accept_by_keyboard(qtbot, editor, field)
    assert stores.clients.get(client68.id).draft.medicines == ["acenocoumarol 1 mg"]
