"""Product catalogue window and the client's plan list, through their widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.storage.stores import Stores
from tests.helpers import answer_message_box, draft


@pytest.fixture
def stores(database):
    return Stores.over(database)


def test_catalogue_shows_seed_products_read_only_and_manages_own_products(qtbot, stores):
    from app.ui.plans.catalogue_window import CatalogueWindow

    window = CatalogueWindow(stores.products)
    qtbot.addWidget(window)
    assert window.list.count() >= 25
    window.list.setCurrentRow(0)
    assert not window.edit_button.isEnabled() and window.duplicate_button.isEnabled()

    qtbot.keyClicks(window.search, "zink 15")
    assert window.list.count() == 1
    window.list.setCurrentRow(0)
    window._copy_selected()
    forms = [w for w in window.children() if w.__class__.__name__ == "ProductForm"]
    assert forms and forms[-1].name.text().endswith("(copy)")
    assert forms[-1].try_accept()
    own = stores.products.list()
    assert len(own) == 1 and own[0].product.nutrients[0].amount == 15

    window.search.clear()
    qtbot.keyClicks(window.search, "copy")
    window.list.setCurrentRow(0)
    assert window.edit_button.isEnabled()
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    assert stores.products.list() == []
    assert window.list.count() == 0
    window.show_archived.setChecked(True)
    assert window.list.count() == 1


def test_plan_list_delete_asks_first(qtbot, stores):
    from app.ui.plans.plan_list import PlansWindow

    client = stores.clients.create(draft())
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    editor = window.new_plan()
    editor.close()
    assert len(window.model.plans) == 1
    window.table.selectRow(0)
    answer_message_box(qtbot, "Cancel")
    assert not window.delete_selected()
    assert len(stores.plans.list_for_client(client.id)) == 1
    window.table.selectRow(0)
    answer_message_box(qtbot, "Yes")
    assert window.delete_selected()
    assert stores.plans.list_for_client(client.id) == []


def test_plan_list_counts_open_findings_with_the_clients_current_context(qtbot, stores):
    from app.ui.plans.plan_list import PlansWindow

    client = stores.clients.create(draft(medicines=["Fosamax"]))
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    window.new_plan(template).close()
    count_column = 4
    assert window.model.index(0, count_column).data() == "1"  # INT-BISPH
    changed = stores.clients.get(client.id).draft
    changed.medicines = []
    stores.clients.update(client.id, changed)
    window.refresh()
    assert window.model.index(0, count_column).data() == "0"


def test_main_window_opens_the_plans_of_the_selected_client(qtbot, main_window, clients):
    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    assert main_window.plans_action.isEnabled()
    window = main_window.open_plans()
    assert window.isVisible() and "Anna de Vries" in window.windowTitle()
    window.close()
