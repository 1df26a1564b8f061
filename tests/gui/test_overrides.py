"""A critical finding is overridden, a warning acknowledged: the same words everywhere.

Driven as a dietician does it: click the finding, click the button, type the reason in the
dialog that opens, click OK; then read the list, the details, the buttons and the summary PDF.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.clients import MenopausalStatus
from app.storage.settings import Settings
from app.storage.stores import Stores
from tests.helpers import draft, when_modal
from tests.pdf import joined

WORDS = {
    "nl": {
        "critical": ("Afwijken met reden…", "(afgeweken)", "Afgeweken met reden:"),
        "warning": ("Bevestigen met reden…", "(bevestigd)", "Bevestigd met reden:"),
        "withdraw": ("Afwijking intrekken", "Bevestiging intrekken"),
        "titles": ("Afwijken met reden", "Bevestigen met reden"),
        "summary": "Afwijkingen en bevestigingen",
    },
    "en": {
        "critical": ("Override with reason…", "(overridden)", "Overridden with reason:"),
        "warning": ("Acknowledge with reason…", "(acknowledged)", "Acknowledged with reason:"),
        "withdraw": ("Withdraw override", "Withdraw acknowledgement"),
        "titles": ("Override with reason", "Acknowledge with reason"),
        "summary": "Overrides and acknowledgements",
    },
}


@pytest.fixture
def editor(qtbot, database, language):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    stores.settings.save(Settings(practice_name="Praktijk Zeeuws Licht", language=language))
    client = stores.clients.create(
        draft(
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            medicines=["Sintrom", "Fosamax 70 mg"],
        )
    )
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = window.new_plan(template)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor
    editor.close()


def _click_finding(qtbot, editor, rule_id: str) -> int:
    row = editor.findings_model.row_of(rule_id)
    assert row is not None, rule_id
    view = editor.findings_view
    view.scrollTo(editor.findings_model.index(row, 0))
    rect = view.visualRect(editor.findings_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selected_finding().rule_id == rule_id
    return row


def _give_reason_in_the_next_dialog(qtbot, reason: str, titles: list[str]) -> None:
    """Type *reason* into the reason dialog once it is shown, then click OK."""
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

    from app.ui.plans.reason_dialog import ReasonDialog

    def act(dialog: ReasonDialog) -> None:
        titles.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.findChild(QPlainTextEdit), reason)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(ReasonDialog, act)


def _list_text(editor, row: int) -> str:
    return editor.findings_model.data(editor.findings_model.index(row, 0))


def test_critical_is_overridden_and_warning_acknowledged_in_list_buttons_and_summary(
    qtbot, editor, language
):
    words = WORDS[language]
    titles: list[str] = []
    for kind, rule_id, reason in (
        ("critical", "INT-VKA-K", "K2 agreed with the clinic"),
        ("warning", "INT-BISPH", "Fosamax in the morning, minerals at night"),
    ):
        action, mark, done = words[kind]
        row = _click_finding(qtbot, editor, rule_id)
        assert editor.override_button.text() == action
        assert mark not in _list_text(editor, row)
        _give_reason_in_the_next_dialog(qtbot, reason, titles)
        qtbot.mouseClick(editor.override_button, Qt.MouseButton.LeftButton)
        assert editor.session.plan.overrides[rule_id].reason == reason
        assert _list_text(editor, row).endswith(mark)
        assert done in editor.finding_text.text()
        withdraw = words["withdraw"][0 if kind == "critical" else 1]
        assert editor.remove_override_button.text() == withdraw
        assert editor.remove_override_button.isEnabled()
    assert titles == [f"Supplan — {title}" for title in words["titles"]]

    # The words do not mix: the critical finding's marks stay when the warning is selected.
    row = editor.findings_model.row_of("INT-VKA-K")
    assert _list_text(editor, row).endswith(words["critical"][1])
    assert words["warning"][1] not in _list_text(editor, row)

    dialog = editor.open_handout()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    summary = joined(dialog.summary_pdf())
    dialog.reject()
    assert f"{words['critical'][2]} K2 agreed with the clinic" in summary
    assert f"{words['warning'][2]} Fosamax in the morning, minerals at night" in summary
    assert words["summary"] in summary
    assert f"INT-VKA-K · {words['critical'][2]}" in summary
    assert f"INT-BISPH · {words['warning'][2]}" in summary
    assert "overrul" not in summary.lower()

    # Withdrawing the acknowledgement through its button takes the mark away.
    row = _click_finding(qtbot, editor, "INT-BISPH")
    qtbot.mouseClick(editor.remove_override_button, Qt.MouseButton.LeftButton)
    assert "INT-BISPH" not in editor.session.plan.overrides
    assert not _list_text(editor, row).endswith(words["warning"][1])
    assert editor.override_button.text() == words["warning"][0]


def test_an_empty_acknowledgement_is_refused_in_its_own_words(qtbot, editor, language):
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    assert not editor.override("INT-BISPH", "   ")
    expected = (
        "Bevestigen vraagt een geschreven reden."
        if language == "nl"
        else "An acknowledgement needs a written reason."
    )
    assert seen == [expected]


def test_the_reason_dialog_works_by_keyboard(qtbot):
    """Tab leaves the reason, OK waits for a reason, Ctrl+Return records it."""
    from PySide6.QtWidgets import QApplication

    from app.ui.plans.reason_dialog import ReasonDialog

    dialog = ReasonDialog("Override with reason", "Why?")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible(), "a blank reason is not recorded"
    qtbot.keyClicks(dialog.reason, "Agreed with the clinic")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.reason
    assert dialog.text == "Agreed with the clinic", "Tab moved on instead of typing a tab"
    assert dialog.ok_button.isEnabled()
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == ReasonDialog.DialogCode.Accepted


def test_override_and_make_final_from_the_keyboard(qtbot, editor, language):
    """Ctrl+Shift+O overrides the selected finding, Ctrl+Shift+F makes the plan final."""
    from app.domain.plan import PlanStatus
    from app.ui.plans.reason_dialog import ReasonDialog

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.select_finding("INT-VKA-K")
    editor.findings_view.setFocus()
    assert editor.override_action.isEnabled()
    assert editor.override_action.text() == WORDS[language]["critical"][0]

    def answer(dialog: ReasonDialog) -> None:
        qtbot.keyClicks(dialog.reason, "Agreed with the clinic")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(ReasonDialog, answer)
    qtbot.keyClick(editor.findings_view, Qt.Key.Key_O, ctrl_shift)
    assert editor.session.plan.overrides["INT-VKA-K"].reason == "Agreed with the clinic"
    assert not editor.override_action.isEnabled() and editor.withdraw_action.isEnabled()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.findings_view, Qt.Key.Key_F, ctrl_shift)
    assert editor.session.plan.status is PlanStatus.FINAL
    assert editor.final_action.text() == editor.final_button.text()
