"""Plans, practice products and templates on a real SQLite file."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.domain.plan import Override, PlanStatus, client_context
from app.domain.rules import Severity, evaluate
from app.storage.catalogue import ProductRepository, TemplateRepository, builtin_templates
from app.storage.plans import PlanIsFinal, PlanNotFound, PlanRepository
from tests.helpers import draft
from tests.plans import BONE_BUNDLE_ITEMS, item


@pytest.fixture
def plans(database):
    return PlanRepository(database)


@pytest.fixture
def anna(clients):
    return clients.create(draft(medicines=["Fosamax"]))


def test_plan_round_trip_keeps_every_item_field(plans, anna):
    items = (
        item(("calcium", 500, "mg"), ("vitamin_d", 400, "IU"), evening=1, morning=0),
        item(("zinc", 10, "mg"), taken_with="milk", long_term=False, product="Zink 10 mg"),
    )
    created = plans.create(anna.id, "Botgezondheid", date(2026, 11, 24), items)
    loaded = plans.get(created.id)
    assert loaded.items == items
    assert loaded.status is PlanStatus.DRAFT and loaded.version == 1
    assert [p.title for p in plans.list_for_client(anna.id)] == ["Botgezondheid"]


def test_a_prescribed_item_is_stored_and_kept_in_a_new_version(plans, anna):
    medicine = dataclasses.replace(
        item(("calcium", 500, "mg"), ("vitamin_d", 800, "IU"), product="Calci-Chew D3"),
        prescribed=True,
    )
    items = (medicine, item(("zinc", 10, "mg")))
    created = plans.create(anna.id, "Plan", date(2026, 11, 24), items)
    loaded = plans.get(created.id)
    assert [i.prescribed for i in loaded.items] == [True, False]
    assert loaded.items == items
    plans.finalise(created.id)
    assert plans.new_version(created.id).items == items


def test_save_replaces_items_and_overrides_in_one_go(plans, anna):
    plan = plans.create(anna.id, "Plan", date(2026, 11, 24), BONE_BUNDLE_ITEMS)
    plan.items = plan.items[:2]
    plan.overrides = {"INT-VKA-K": Override("INT-VKA-K", "v1", "Agreed with the clinic")}
    plans.save(plan)
    loaded = plans.get(plan.id)
    assert len(loaded.items) == 2
    assert loaded.overrides["INT-VKA-K"].reason == "Agreed with the clinic"
    loaded.overrides = {}
    plans.save(loaded)
    assert plans.get(plan.id).overrides == {}


def test_a_final_plan_is_read_only_and_a_new_version_keeps_the_history(plans, anna):
    plan = plans.create(anna.id, "Plan", date(2026, 11, 24), BONE_BUNDLE_ITEMS)
    plans.finalise(plan.id)
    final = plans.get(plan.id)
    assert final.is_final
    final.items = ()
    with pytest.raises(PlanIsFinal):
        plans.save(final)
    assert len(plans.get(plan.id).items) == len(BONE_BUNDLE_ITEMS)
    second = plans.new_version(plan.id)
    assert (second.version, second.previous_id, second.status) == (2, plan.id, PlanStatus.DRAFT)
    assert second.items == plans.get(plan.id).items
    assert {p.version for p in plans.list_for_client(anna.id)} == {1, 2}


def test_deleting_a_client_deletes_her_plans(plans, anna, clients, database):
    plan = plans.create(anna.id, "Plan", date(2026, 11, 24), BONE_BUNDLE_ITEMS)
    plan.overrides = {"X": Override("X", "v", "reason")}
    plans.save(plan)
    clients.delete(anna.id)
    with pytest.raises(PlanNotFound):
        plans.get(plan.id)
    with database.engine.connect() as connection:
        for table in ("supplement_plan", "supplement_plan_item", "plan_override"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_duplicate_for_another_client(plans, anna, clients):
    other = clients.create(draft(given="Eline", family="Bakker"))
    plan = plans.create(anna.id, "Plan", date(2026, 11, 24), BONE_BUNDLE_ITEMS)
    copy = plans.duplicate(plan.id, other.id)
    assert copy.client_id == other.id and copy.items == plan.items and copy.id != plan.id


def test_editing_a_product_does_not_change_a_plan_that_used_it(database, plans, anna):
    products = ProductRepository(database)
    calcium = item(("calcium", 400, "mg")).nutrients
    record = products.create("Eigen calcium 400", calcium)
    plan = plans.create(
        anna.id, "Plan", date(2026, 11, 24), (dataclasses.replace(item(), nutrients=calcium),)
    )
    products.update(record.id, "Eigen calcium 600", item(("calcium", 600, "mg")).nutrients)
    assert plans.get(plan.id).items[0].nutrients[0].amount == 400
    products.set_archived(record.id, True)
    assert products.list() == []
    assert [p.product.name for p in products.list(include_archived=True)] == ["Eigen calcium 600"]
    with pytest.raises(ValueError):
        products.create("  ", calcium)


def test_builtin_templates_include_a_bone_health_protocol_without_warnings(clients):
    templates = builtin_templates()
    assert len(templates) >= 2
    bone = next(t for t in templates if "Bot" in t.name)
    client = draft(born=date(1958, 1, 10), medicines=[])
    from app.domain.plan import Plan

    context = client_context(client.normalised(), date(2026, 11, 24))
    assert context.age == 68
    findings = evaluate(Plan(date(2026, 11, 24), context, bone.items))
    assert [f.rule_id for f in findings if f.severity is not Severity.ADVICE] == []
    assert findings == []


def test_saved_templates_come_after_the_builtin_ones(database):
    templates = TemplateRepository(database)
    saved = templates.save("Mijn protocol", BONE_BUNDLE_ITEMS[:2])
    listed = templates.list()
    assert listed[-1].name == "Mijn protocol" and listed[-1].items == BONE_BUNDLE_ITEMS[:2]
    assert listed[0].builtin and not listed[-1].builtin
    templates.delete(saved.id)
    assert all(t.builtin for t in templates.list())
