"""The plan editor driven through its widgets: live findings, undo, overrides, saving, files."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.clients import Diet, MenopausalStatus
from app.domain.plan import Moment, PlanStatus
from app.domain.rules import Severity
from app.storage.stores import Stores
from tests.helpers import TODAY, answer_message_box, draft

PLAN_DATE = TODAY  # a new plan is dated today, and the tests' clock is fixed to TODAY


def born_years_ago(years: int) -> date:
    return date(TODAY.year - years, 1, 1)


@pytest.fixture
def stores(database):
    return Stores.over(database)


@pytest.fixture
def client68(stores):
    return stores.clients.create(
        draft(
            born=born_years_ago(68),
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            diet=Diet.OMNIVORE,
        )
    )


@pytest.fixture
def plans_window(qtbot, stores, client68):
    from app.ui.plans.plan_list import PlansWindow

    window = PlansWindow(stores, client68.id)
    window.show()
    yield window
    for editor in list(window.editors.values()):
        editor.close()
    window.close()
    window.deleteLater()


@pytest.fixture
def editor(plans_window):
    return plans_window.new_plan()


def rule_ids(editor) -> list[str]:
    model = editor.findings_model
    return [model.finding_at(row).rule_id for row in range(model.rowCount())]


def shown_rule_ids(editor) -> list[str]:
    """What the panel itself shows (its display text ends with the translated title)."""
    model = editor.findings_model
    return [model.index(row, 0).data(model.FINDING_ROLE) for row in range(model.rowCount())]


def pick(qtbot, editor, query: str, result_row: int = 0) -> None:
    picker = editor.open_picker()
    qtbot.keyClicks(picker.search, query)
    picker.results.setCurrentRow(result_row)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert not picker.isVisible()


def set_units(qtbot, editor, row: int, moment: Moment, text: str) -> None:
    editor.select_row(row)
    field = editor.details.units[moment]
    field.selectAll()
    qtbot.keyClicks(field, text) if text else qtbot.keyClick(field, Qt.Key.Key_Backspace)


def build_bone_health_plan(qtbot, editor) -> None:
    pick(qtbot, editor, "calcium 500 d3 20")
    pick(qtbot, editor, "magnesiumcitraat 200")
    pick(qtbot, editor, "zink 10")
    pick(qtbot, editor, "mk-7 75")
    pick(qtbot, editor, "inuline")


def test_bone_health_plan_then_calcium_raised_and_undone(qtbot, editor):
    build_bone_health_plan(qtbot, editor)
    assert len(editor.session.items) == 5
    serious = [f for f in editor.session.findings if f.severity is not Severity.ADVICE]
    assert serious == []
    assert "CA-SUPPL-MAX" not in shown_rule_ids(editor)

    # Two tablets of 500 mg: the finding is there right after the keystroke, no waiting.
    set_units(qtbot, editor, 0, Moment.EVENING, "1")
    assert "CA-SUPPL-MAX" in shown_rule_ids(editor)
    assert "1,000 mg" in editor.totals_model.index(0, 1).data()

    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "CA-SUPPL-MAX" not in shown_rule_ids(editor)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "CA-SUPPL-MAX" in shown_rule_ids(editor)


def test_selecting_a_finding_highlights_its_items(qtbot, editor):
    build_bone_health_plan(qtbot, editor)
    set_units(qtbot, editor, 0, Moment.EVENING, "1")
    assert editor.select_finding("CA-SUPPL-MAX")
    assert editor.items_model.highlighted == {0}
    assert editor.items_model.index(0, 0).data().startswith("▶ ")
    assert "1,000 mg/day" in editor.finding_text.text()
    assert "ref. 3" in editor.finding_text.text()


def test_vka_in_the_client_context_is_critical_and_blocks_final_until_overridden(
    qtbot, editor, plans_window, stores
):
    build_bone_health_plan(qtbot, editor)
    qtbot.keyClicks(editor.context_panel.medicines, "acenocoumarol 1 mg")
    assert shown_rule_ids(editor)[0] == "INT-VKA-K"
    assert editor.session.findings[0].severity is Severity.CRITICAL
    assert stores.clients.get(editor.session.client.id).draft.medicines == ["acenocoumarol 1 mg"]

    answer_message_box(qtbot, "OK")
    assert not editor.make_final_or_new_version()
    assert editor.session.plan.status is PlanStatus.DRAFT

    answer_message_box(qtbot, "OK")
    assert not editor.override("INT-VKA-K", "   ")  # an empty reason is refused
    assert editor.override("INT-VKA-K", "Agreed with the trombosedienst on 20-11.")
    assert "(overridden)" in editor.findings_model.index(0, 0).data()
    assert editor.make_final_or_new_version()
    assert editor.session.plan.status is PlanStatus.FINAL
    plan_id = editor.session.plan.id
    editor.close()

    reopened = plans_window.open_plan(plan_id)
    assert reopened.session.plan.overrides["INT-VKA-K"].reason.startswith("Agreed with")
    assert reopened.session.read_only
    assert not reopened.details.isEnabled()
    assert "Overridden" in (reopened.select_finding("INT-VKA-K") and reopened.finding_text.text())


def test_override_is_dropped_when_the_finding_goes(qtbot, editor):
    pick(qtbot, editor, "zink 25")
    pick(qtbot, editor, "zink 25")
    assert "UL-ZINC" in rule_ids(editor)
    editor.override("UL-ZINC", "Short course, prescribed by the GP.")
    editor.select_row(1)
    editor.remove_selected()
    assert "UL-ZINC" not in rule_ids(editor)
    assert "UL-ZINC" not in editor.session.plan.overrides


def test_zinc_with_milk_then_water(qtbot, editor):
    pick(qtbot, editor, "zink 15")
    editor.select_row(0)
    combo = editor.details.taken_with
    combo.setCurrentIndex(combo.findData("milk"))
    combo.activated.emit(combo.currentIndex())
    assert "ZN-WITH-MILK" in shown_rule_ids(editor)
    combo.setCurrentIndex(combo.findData("water"))
    combo.activated.emit(combo.currentIndex())
    assert "ZN-WITH-MILK" not in shown_rule_ids(editor)


def test_negative_units_are_refused_at_the_field_and_nothing_is_saved(qtbot, editor, stores):
    pick(qtbot, editor, "zink 10")
    editor.session.flush()
    set_units(qtbot, editor, 0, Moment.MIDDAY, "-2")
    error = editor.details.errors[Moment.MIDDAY]
    assert error.isVisible() and "negative" in error.text()
    assert editor.session.items[0].schedule[Moment.MIDDAY] == 0
    assert not editor.session.has_unsaved_changes
    editor.session.flush()
    assert stores.plans.get(editor.session.plan.id).items[0].schedule[Moment.MIDDAY] == 0


def test_negative_amount_in_a_custom_product_is_refused_at_the_field(qtbot, editor):
    form = editor.open_custom_product()
    qtbot.keyClicks(form.name, "Eigen zink")
    nutrient, amount, _unit, error = form.rows[0]
    nutrient.setCurrentIndex(nutrient.findData("zinc"))
    qtbot.keyClicks(amount, "-5")
    assert "cannot be negative" in error.text()
    assert not form.try_accept()
    assert editor.session.items == ()
    amount.clear()
    qtbot.keyClicks(amount, "12.5")
    assert error.text() == ""
    assert form.try_accept()
    assert editor.session.items[0].product == "Eigen zink"
    assert editor.session.items[0].nutrients[0].amount == 12.5


def test_an_edit_just_before_closing_is_there_after_reopening(qtbot, editor, plans_window):
    pick(qtbot, editor, "mk-7 45")
    set_units(qtbot, editor, 0, Moment.BEDTIME, "2")
    plan_id = editor.session.plan.id
    editor.close()  # well within the save delay: closing writes it
    reopened = plans_window.open_plan(plan_id)
    assert reopened.session.items[0].schedule[Moment.BEDTIME] == 2


def test_edits_are_saved_without_closing(qtbot, editor, stores):
    pick(qtbot, editor, "mk-7 45")
    with qtbot.waitSignal(editor.session.saved, timeout=2000):
        set_units(qtbot, editor, 0, Moment.EVENING, "1")
    stored = stores.plans.get(editor.session.plan.id)
    assert stored.items[0].schedule[Moment.EVENING] == 1


def test_remove_and_reorder_are_undoable(qtbot, editor):
    build_bone_health_plan(qtbot, editor)
    names = [i.product for i in editor.session.items]
    editor.select_row(0)
    editor.move_selected(1)
    assert [i.product for i in editor.session.items][:2] == [names[1], names[0]]
    editor.select_row(4)
    editor.remove_selected()
    assert len(editor.session.items) == 4
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [i.product for i in editor.session.items] == names


def test_export_then_import_for_another_client_gives_the_same_findings(
    qtbot, editor, stores, tmp_path, client68
):
    from app.ui.plans.plan_list import PlansWindow

    build_bone_health_plan(qtbot, editor)
    set_units(qtbot, editor, 0, Moment.EVENING, "1")
    qtbot.keyClicks(editor.context_panel.medicines, "Fosamax")
    path = tmp_path / "plan.json"
    editor.export_to(path)
    first = rule_ids(editor)

    twin = stores.clients.create(
        draft(
            given="Eline",
            family="Bakker",
            born=stores.clients.get(client68.id).draft.birth_date,
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            medicines=["Fosamax"],
        )
    )
    other = PlansWindow(stores, twin.id)
    qtbot.addWidget(other)
    assert other.import_plan(path) == []
    imported = other.open_selected()
    assert rule_ids(imported) == first
    imported.close()


def test_a_bad_file_is_refused_with_the_check_messages(plans_window, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "supplan-plan/1", "client": {"sex": "f", "age": 70}, "items": []}')
    assert plans_window.import_plan(path) == ['client.sex: "f" is not one of female, male, other']
    assert plans_window.model.plans == []


def test_new_plan_from_the_bone_health_template_has_no_findings(plans_window, stores):
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = plans_window.new_plan(template)
    assert editor.session.findings == []
    assert len(editor.session.items) == len(template.items)


def test_final_plan_changes_through_a_new_version(qtbot, editor, plans_window):
    pick(qtbot, editor, "zink 10")
    assert editor.make_final_or_new_version()
    assert editor.session.read_only and editor.final_button.text() == "New version"
    first_id = editor.session.plan.id
    assert editor.make_final_or_new_version()
    assert editor.session.plan.version == 2 and not editor.session.read_only
    set_units(qtbot, editor, 0, Moment.EVENING, "1")
    editor.session.flush()
    plans_window.refresh()
    assert {p.version for p in plans_window.model.plans} == {1, 2}
    assert plans_window._stores.plans.get(first_id).items[0].schedule[Moment.EVENING] == 0


def test_the_new_version_stays_in_the_editor_that_made_it(qtbot, editor, plans_window):
    """Opening the new draft from the list brings its editor forward, never a second one."""
    pick(qtbot, editor, "zink 10")
    assert editor.make_final_or_new_version()
    assert editor.make_final_or_new_version()
    draft_id = editor.session.plan.id
    plans_window.refresh()
    assert plans_window.open_plan(draft_id) is editor
    assert list(plans_window.editors.values()) == [editor]
    editor.close()
    assert plans_window.editors == {}


def test_models_pass_the_qt_model_tester(qtbot, qtmodeltester, editor):
    build_bone_health_plan(qtbot, editor)
    for model in (editor.items_model, editor.findings_model, editor.totals_model):
        qtmodeltester.check(model)


def test_a_custom_product_can_also_go_into_the_practice_catalogue(qtbot, editor, stores):
    form = editor.open_custom_product()
    qtbot.keyClicks(form.name, "Eigen magnesium 150")
    nutrient, amount, _unit, _error = form.rows[0]
    nutrient.setCurrentIndex(nutrient.findData("magnesium"))
    qtbot.keyClicks(amount, "150")
    form.save_to_catalogue.setChecked(True)
    assert form.try_accept()
    assert [p.product.name for p in stores.products.list()] == ["Eigen magnesium 150"]
    assert editor.session.items[0].product == "Eigen magnesium 150"


def test_the_plans_window_closes_from_the_keyboard(qtbot, plans_window):
    plans_window.activateWindow()
    qtbot.waitUntil(plans_window.isActiveWindow)
    plans_window.table.setFocus()
    qtbot.keyClick(plans_window.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not plans_window.isVisible())


def test_fish_oil_added_for_a_client_on_a_blood_thinner_shows_the_new_rules_live(qtbot, editor):
    """Issue 14: a product added to the plan makes INT-ANTICOAG-FISHOIL appear at once."""
    qtbot.keyClicks(editor.context_panel.medicines, "apixaban 5 mg 2dd")
    pick(qtbot, editor, "omega-3 hooggedoseerd")
    assert editor.session.items[0].nutrients[0].nutrient.value == "epa_dha"
    assert "INT-ANTICOAG-FISHOIL" not in shown_rule_ids(editor)  # 1,000 mg a day

    set_units(qtbot, editor, 0, Moment.MORNING, "4")  # 4,000 mg: above 3 g
    assert "INT-ANTICOAG-FISHOIL" in shown_rule_ids(editor)
    assert "FISHOIL-5G" not in shown_rule_ids(editor)
    assert editor.select_finding("INT-ANTICOAG-FISHOIL")
    assert "“apixaban 5 mg 2dd”" in editor.finding_text.text()
    assert "4,000 mg/day of EPA+DHA, more than 3,000 mg" in editor.finding_text.text()

    pick(qtbot, editor, "visolie")  # + 300 mg: 4,300 mg
    set_units(qtbot, editor, 1, Moment.EVENING, "3")  # + 900 mg: 5,200 mg, above 5 g
    assert "FISHOIL-5G" in shown_rule_ids(editor)
    totals = editor.totals_model
    row = next(r for r in range(totals.rowCount()) if "EPA" in totals.index(r, 0).data())
    assert "5,200 mg" in totals.index(row, 1).data()
    assert "5,000 mg" in totals.index(row, 2).data()


def test_a_custom_fish_oil_with_epa_dha_is_stored_in_the_catalogue_and_the_plan(
    qtbot, editor, plans_window, stores
):
    form = editor.open_custom_product()
    qtbot.keyClicks(form.name, "Eigen visolie")
    nutrient, amount, unit, _error = form.rows[0]
    qtbot.keyClicks(nutrient, "EPA")  # the keyboard finds it in the list of nutrients
    assert nutrient.currentData() == "epa_dha"
    qtbot.keyClicks(amount, "500")
    assert unit.currentData() == "mg"
    form.save_to_catalogue.setChecked(True)
    assert form.try_accept()
    (saved,) = stores.products.list()
    assert [(n.nutrient.value, n.amount) for n in saved.product.nutrients] == [("epa_dha", 500)]
    plan_id = editor.session.plan.id
    editor.close()
    reopened = plans_window.open_plan(plan_id)
    assert reopened.session.items[0].nutrients[0].nutrient.value == "epa_dha"
    totals = reopened.totals_model
    assert totals.index(0, 0).data().startswith("EPA+DHA") and totals.index(0, 1).data() == "500 mg"
