"""One limit, one place: forms, storage and plan file refuse exactly past the domain's bound.

The bounds are those of app.domain.limits; the messages state them.

Each check takes its number from the domain, so changing a bound there moves every refusal.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain import limits
from app.domain.clients import validate_client
from app.domain.nutrients import Nutrient, Unit, format_amount
from app.domain.plan import Moment, NutrientAmount, PlanItem, parse_amount, parse_units
from app.domain.planfile import PlanFileError, parse_plan
from app.storage.clients import InvalidClient
from app.storage.stores import Stores
from tests.helpers import draft

TODAY = date(2026, 11, 24)
#: Born on this day, she turns one year older than the bound today; a day later, she is not.
TOO_OLD = TODAY.replace(year=TODAY.year - limits.AGE_YEARS - 1)
OLDEST = TOO_OLD + timedelta(days=1)
UNITS = limits.UNITS_PER_MOMENT
MOST_MG = limits.AMOUNT_PER_UNIT_MG
CALCIUM = limits.DIETARY_CALCIUM_MG


def _plan_file(
    age: object = 60, calcium: object = None, units: object = 1, amount: object = 10
) -> bytes:
    return json.dumps(
        {
            "format": "supplan-plan/1",
            "plan_date": TODAY.isoformat(),
            "client": {"age": age, "sex": "female", "dietary_calcium_mg": calcium},
            "items": [
                {
                    "product": "Zink",
                    "nutrients": [{"nutrient": "zinc", "amount": amount, "unit": "mg"}],
                    "schedule": {"morning": units},
                }
            ],
        }
    ).encode()


def _refusal(data: bytes) -> str:
    with pytest.raises(PlanFileError) as refused:
        parse_plan(data)
    return " ".join(refused.value.lines("en"))


def test_the_domain_rules_accept_the_bound_and_refuse_one_past_it():
    codes = lambda d: {p.code for p in validate_client(d, TODAY)}  # noqa: E731
    assert "too_old" not in codes(draft(born=OLDEST))
    assert "too_old" in codes(draft(born=TOO_OLD))
    assert "out_of_range" not in codes(replace(draft(), dietary_calcium_mg=CALCIUM))
    assert "out_of_range" in codes(replace(draft(), dietary_calcium_mg=CALCIUM + 1))
    assert parse_units(str(UNITS)) == (UNITS, None)
    assert parse_units(str(UNITS + 1)) == (None, "absurd")
    assert parse_amount(str(MOST_MG), Nutrient.ZINC, Unit.MG) == (MOST_MG, None)
    assert parse_amount(str(MOST_MG + 1), Nutrient.ZINC, Unit.MG) == (None, "absurd")


def test_the_plan_file_refuses_one_past_each_bound_and_names_the_bound():
    assert parse_plan(_plan_file(age=limits.AGE_YEARS)).client.age == limits.AGE_YEARS
    assert f"0 to {limits.AGE_YEARS}" in _refusal(_plan_file(age=limits.AGE_YEARS + 1))
    assert parse_plan(_plan_file(calcium=CALCIUM)).client.dietary_calcium_mg == CALCIUM
    assert f"0 to {CALCIUM:,}" in _refusal(_plan_file(calcium=CALCIUM + 1))
    assert parse_plan(_plan_file(units=UNITS)).items[0].schedule[Moment.MORNING] == UNITS
    assert f"at most {UNITS}" in _refusal(_plan_file(units=UNITS + 1))
    assert parse_plan(_plan_file(amount=MOST_MG)).items[0].nutrients[0].amount == MOST_MG
    assert f"more than {MOST_MG // 1000} g" in _refusal(_plan_file(amount=MOST_MG + 1))


def _item(units: int = 1, amount: float = 10) -> PlanItem:
    return PlanItem(
        "Zink",
        (NutrientAmount(Nutrient.ZINC, amount, Unit.MG),),
        {**dict.fromkeys(Moment, 0), Moment.MORNING: units},
    )


def test_the_storage_refuses_one_past_each_bound(database):
    stores = Stores.over(database)
    today = date.today()
    too_old = today.replace(year=today.year - limits.AGE_YEARS - 1, day=min(today.day, 28))
    with pytest.raises(InvalidClient):
        stores.clients.create(draft(born=too_old - timedelta(days=1)))
    her = stores.clients.create(
        replace(draft(born=too_old + timedelta(days=1)), dietary_calcium_mg=CALCIUM)
    )
    with pytest.raises(InvalidClient):
        stores.clients.create(replace(draft(), dietary_calcium_mg=CALCIUM + 1))
    stored = stores.plans.create(her.id, "Plan", today, (_item(UNITS, MOST_MG),))
    plan_id = stored.id
    assert stored.items[0].schedule[Moment.MORNING] == UNITS
    for item in (_item(units=UNITS + 1), _item(amount=MOST_MG + 1)):
        with pytest.raises(limits.OutOfBounds):
            stores.plans.save(replace(stored, items=(item,)))
    assert stores.plans.get(plan_id).items == stored.items


@pytest.fixture
def editor(qtbot, database):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    window = PlansWindow(stores, stores.clients.create(draft()).id)
    window.show()
    editor = window.new_plan()
    yield editor
    for opened in list(window.editors.values()):
        opened.close()
    window.close()
    window.deleteLater()


def test_the_units_field_takes_the_bound_and_refuses_one_past_it_naming_it(qtbot, editor):
    editor.add_product(_product())
    field = editor.details.units[Moment.MIDDAY]
    error = editor.details.errors[Moment.MIDDAY]
    editor.select_row(0)
    field.selectAll()
    qtbot.keyClicks(field, str(UNITS))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not error.isVisible()
    assert editor.session.items[0].schedule[Moment.MIDDAY] == UNITS
    field.selectAll()
    qtbot.keyClicks(field, str(UNITS + 1))
    assert error.isVisible() and f"At most {UNITS} " in error.text()
    assert editor.session.items[0].schedule[Moment.MIDDAY] == UNITS


def _product():
    from app.domain.plan import Product

    return Product("Zink 10 mg", (NutrientAmount(Nutrient.ZINC, 10, Unit.MG),))


def test_the_register_form_refuses_calcium_one_past_the_bound_naming_it(
    qtbot, main_window, clients
):
    form = main_window.register.new_client()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "Vries")
    qtbot.keyClicks(form.birth_date, "01-02-1960")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    save = form.buttons.button(form.buttons.StandardButton.Save)
    qtbot.keyClicks(form.dietary_calcium, str(CALCIUM + 1))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = form.findChild(type(form.notes.counter), "error_dietary_calcium_mg")
    assert error.isVisible() and f"0 and {format_amount(CALCIUM, 'en')} mg" in error.text()
    assert clients.count() == 0
    form.dietary_calcium.selectAll()
    qtbot.keyClicks(form.dietary_calcium, str(CALCIUM))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert clients.count() == 1


def test_no_bound_is_written_a_second_time():
    """The bounds appear as numbers only in app.domain.limits, and in no message text."""
    import ast
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "src" / "app"
    numbers = {limits.AGE_YEARS, limits.DIETARY_CALCIUM_MG, limits.AMOUNT_PER_UNIT_MG}
    words = re.compile(
        rf"\b({limits.AGE_YEARS} years|{CALCIUM:,}|{CALCIUM}|At most {UNITS}\b|"
        rf"{MOST_MG // 1000} g per)"
    )
    found = []
    for path in sorted(source.rglob("*.py")):
        if path == source / "domain" / "limits.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant):
                continue
            text = isinstance(node.value, str) and words.search(node.value)
            number = type(node.value) in (int, float) and node.value in numbers
            if text or number:
                found.append(f"{path.relative_to(source)}:{node.lineno}: {node.value!r}")
    assert found == []
