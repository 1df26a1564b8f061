"""Derive once: typing in a plan evaluates that plan once per edit and nothing else.

The plans list takes the saved plan's evaluation from the change notification instead of
loading and evaluating every plan of the client on every autosave; the handout and the
summary are made from the evaluation the editor shows.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain import evaluation as evaluation_module
from app.domain.clients import MenopausalStatus
from app.domain.plan import Moment, Plan
from app.storage.stores import Stores
from tests.helpers import draft
from tests.pdf import joined
from tests.plans import item

PLAN_DATE = date(2026, 11, 24)
CALCIUM = item(("calcium", 500, "mg"), ("vitamin_d", 20, "µg"), product="Calcium 500 mg + D3")
ZINC = item(("zinc", 25, "mg"), product="Zink 25 mg")


@pytest.fixture
def stores(database):
    return Stores.over(database)


@pytest.fixture
def her(stores):
    return stores.clients.create(
        draft(born=date(1956, 3, 1), menopausal_status=MenopausalStatus.POSTMENOPAUSAL)
    )


@pytest.fixture
def plans_window(qtbot, stores, her):
    """Her plans list with three plans; the first one (calcium) on top."""
    from app.ui.plans.plan_list import PlansWindow

    stores.plans.create(her.id, "Zink", date(2026, 1, 5), (ZINC,))
    stores.plans.create(her.id, "Leeg", date(2026, 2, 5), ())
    stores.plans.create(her.id, "Botten", PLAN_DATE, (CALCIUM,))
    window = PlansWindow(stores, her.id)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for editor in list(window.editors.values()):
        editor.close()
    window.close()
    window.deleteLater()


@pytest.fixture
def counted(monkeypatch, stores):
    """The plans the rules engine evaluated, and the plans loaded from storage."""
    evaluated: list[Plan] = []
    loaded: list[int] = []
    engine, load = evaluation_module.evaluate, stores.plans.get

    def evaluate(plan: Plan):
        evaluated.append(plan)
        return engine(plan)

    def get(plan_id: int):
        loaded.append(plan_id)
        return load(plan_id)

    monkeypatch.setattr(evaluation_module, "evaluate", evaluate)
    monkeypatch.setattr(stores.plans, "get", get)
    return evaluated, loaded


def open_top_plan(qtbot, window):
    """Select the first row of the list and press Return, as the dietician does."""
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    (editor,) = window.editors.values()
    qtbot.waitExposed(editor)
    return editor


def open_counts(window) -> dict[str, str]:
    """The list's "open findings" column by plan title."""
    model = window.model
    return {
        model.index(row, 1).data(): model.index(row, 4).data() for row in range(model.rowCount())
    }


def type_units(qtbot, editor, moment: Moment, text: str) -> None:
    """Type a number of units at *moment* for the selected item and wait for the autosave."""
    field = editor.details.units[moment]
    field.setFocus()
    field.selectAll()
    with qtbot.waitSignal(editor.session.saved, timeout=3000):
        qtbot.keyClicks(field, text)


def test_autosaves_evaluate_only_the_edited_plan_once_per_edit(qtbot, plans_window, counted):
    evaluated, loaded = counted
    editor = open_top_plan(qtbot, plans_window)
    before = open_counts(plans_window)
    evaluated.clear()
    loaded.clear()
    editor.select_row(0)

    edits = ["1", "2", "3", "0"]
    for units in edits:
        type_units(qtbot, editor, Moment.EVENING, units)

    # The title is not read by the rules: renaming the plan evaluates nothing.
    editor.title.setFocus()
    with qtbot.waitSignal(editor.session.saved, timeout=3000):
        qtbot.keyClicks(editor.title, " 2")

    # One evaluation per edit, all of the edited plan; no plan loaded for the list.
    assert len(evaluated) == len(edits)
    assert {p.items[0].product for p in evaluated} == {CALCIUM.product}
    assert loaded == []
    # The list still shows the other plans' counts, and this plan's from its evaluation.
    after = open_counts(plans_window)
    assert after["Zink"] == before["Zink"] and after["Leeg"] == before["Leeg"]
    assert after["Botten 2"] == str(len(editor.session.evaluation.open_findings))


def test_the_list_counts_a_new_finding_and_an_override_from_the_notification(
    qtbot, plans_window, counted
):
    evaluated, loaded = counted
    editor = open_top_plan(qtbot, plans_window)
    editor.select_row(0)
    start = int(open_counts(plans_window)["Botten"])
    loaded.clear()

    type_units(qtbot, editor, Moment.EVENING, "1")  # 1,000 mg calcium: over 500 mg
    assert "CA-SUPPL-MAX" in {f.rule_id for f in editor.session.findings}
    assert int(open_counts(plans_window)["Botten"]) == start + 1

    evaluated.clear()
    with qtbot.waitSignal(editor.session.saved, timeout=3000):
        assert editor.override("CA-SUPPL-MAX", "Calcium from food is very low")
    assert int(open_counts(plans_window)["Botten"]) == start
    assert evaluated == [] and loaded == []  # an override changes no finding


def test_a_change_of_her_medicines_counts_every_plan_again(qtbot, plans_window, counted):
    evaluated, _loaded = counted
    editor = open_top_plan(qtbot, plans_window)
    before = open_counts(plans_window)
    evaluated.clear()

    # A bisphosphonate: interactions with the calcium and the zinc plan, not the empty one.
    qtbot.keyClicks(editor.context_panel.medicines, "Fosamax")
    after = open_counts(plans_window)
    assert int(after["Zink"]) > int(before["Zink"])
    assert int(after["Botten"]) > int(before["Botten"])
    assert after["Leeg"] == before["Leeg"]
    assert {p.client.medicines for p in evaluated} >= {("Fosamax",)}


def test_handout_and_summary_show_what_the_editor_shows(qtbot, plans_window, counted):
    evaluated, _loaded = counted
    editor = open_top_plan(qtbot, plans_window)
    editor.select_row(0)
    type_units(qtbot, editor, Moment.EVENING, "2")  # 1,500 mg calcium
    findings = [
        editor.findings_model.index(row, 0).data(editor.findings_model.FINDING_ROLE)
        for row in range(editor.findings_model.rowCount())
    ]
    totals = editor.totals_model
    shown = [
        [totals.index(row, column).data() for column in range(4)]
        for row in range(totals.rowCount())
    ]
    assert ["Calcium", "1,500 mg", "500 mg", "▲ 300 %"] in shown
    evaluated.clear()

    dialog = editor.open_handout()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    summary = " ".join(joined(dialog.summary_pdf()).split())
    handout = " ".join(joined(dialog.handout_pdf()).split())
    dialog.reject()

    assert evaluated == []  # made from the editor's evaluation, not worked out again
    for rule_id in findings:
        assert rule_id in summary
    for _nutrient, amount, limit, share in shown:
        assert f"{amount} {limit} {share.removeprefix('▲ ')}" in summary
    for sentence in editor.session.evaluation.instructions("en"):
        assert " ".join(sentence.split()) in handout
