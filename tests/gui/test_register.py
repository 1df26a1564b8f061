"""The client register driven through its real widgets with qtbot."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.clients import Sex, age_on
from tests.helpers import TODAY, answer_message_box, draft


def _names(window) -> list[str]:
    model = window.register.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _type(widget, text: str) -> None:
    """Type text key by key, including non-ASCII (qtbot.keyClicks aborts on those)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_add_a_client_through_the_form_and_see_it_in_the_table(qtbot, main_window, clients):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main_window.register.form
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "van der Berg")
    qtbot.keyClicks(form.birth_date, "01-06-1954")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    qtbot.keyClicks(form.medicines, "Fosamax 70 mg")
    qtbot.mouseClick(
        form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not form.isVisible()
    assert _names(main_window) == ["Berg, Anna van der"]
    assert main_window.register.selected_client().family_name_prefix == "van der"
    saved = clients.get(main_window.register.selected_client_id())
    assert saved.draft.medicines == ["Fosamax 70 mg"]


def test_search_filters_the_table_as_you_type(qtbot, main_window, clients):
    clients.create(draft(given="José", family="van der Berg"))
    clients.create(draft(given="Anna", family="de Vries"))
    clients.create(draft(given="Jan", family="Jansen", sex=Sex.MALE))
    main_window.register.refresh()
    assert len(_names(main_window)) == 3
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.register.search.hasFocus()
    search = main_window.register.search
    qtbot.keyClick(search, Qt.Key.Key_J)
    assert _names(main_window) == ["Berg, José van der", "Jansen, Jan"]
    qtbot.keyClicks(search, "ose")
    assert _names(main_window) == ["Berg, José van der"]
    search.clear()
    _type(search, "josé")
    assert _names(main_window) == ["Berg, José van der"]
    search.clear()
    qtbot.keyClicks(search, "zzz")
    assert _names(main_window) == []
    assert "zzz" in main_window.register.empty_label.text()


def test_down_in_the_search_box_goes_to_the_clients_found(qtbot, main_window, clients):
    clients.create(draft(given="Anna", family="de Vries"))
    jan = clients.create(draft(given="Jan", family="Jansen", sex=Sex.MALE))
    main_window.register.refresh()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = main_window.register.search
    qtbot.keyClicks(search, "jans")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert main_window.register.table.hasFocus()
    assert main_window.register.selected_client().id == jan.id


def test_invalid_birth_date_is_refused_with_a_visible_message(qtbot, main_window, clients):
    form = main_window.register.new_client()
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "de Vries")
    qtbot.keyClicks(form.birth_date, "31-02-1954")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    qtbot.mouseClick(
        form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert form.isVisible()
    message = form.findChild(type(form.age_label), "error_birth_date")
    assert message.isVisible()
    assert "Not a valid date" in message.text()
    assert "12-03-1957" in message.text()
    assert clients.count() == 0
    # Correcting the date clears the message as it is typed, and then saving works.
    form.birth_date.clear()
    qtbot.keyClicks(form.birth_date, "28-02-1954")
    assert not message.isVisible()
    assert form.try_save()
    assert clients.count() == 1


def test_a_birth_date_typed_as_eight_digits_is_read_day_first(qtbot, main_window, clients):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main_window.register.form
    assert form is not None and form.isVisible()
    form.activateWindow()  # as the window manager does; offscreen nobody does
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "de Vries")
    form.birth_date.setFocus()
    qtbot.keyClicks(form.birth_date, "12031957")
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)  # leave the field: it is checked
    message = form.findChild(type(form.age_label), "error_birth_date")
    assert not message.isVisible()
    assert form.age_label.text().startswith(f"{age_on(date(1957, 3, 12), TODAY)} year")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    qtbot.mouseClick(
        form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not form.isVisible()
    [saved] = clients.summaries(clients.search_ids()).values()
    assert saved.birth_date == date(1957, 3, 12)


def test_a_wrong_birth_date_is_refused_when_leaving_the_field(qtbot, main_window, clients):
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main_window.register.form
    form.activateWindow()  # as the window manager does; offscreen nobody does
    qtbot.waitUntil(form.isActiveWindow)
    message = form.findChild(type(form.age_label), "error_birth_date")
    form.birth_date.setFocus()
    qtbot.keyClicks(form.birth_date, "12-03-5")
    assert not message.isVisible(), "no message while the date is still being typed"
    for typed, expected in (
        ("12-03-57", "Type the year in full, e.g. 12-03-1957."),
        ("1203195", "e.g. 12-03-1957 or 12031957"),
        ("31-02-1957", "e.g. 12-03-1957 or 12031957"),
        ("12-03-2099", "in the future. Type day-month-year, e.g. 12-03-1957."),
    ):
        form.birth_date.setFocus()
        form.birth_date.selectAll()
        qtbot.keyClicks(form.birth_date, typed)
        qtbot.keyClick(form.birth_date, Qt.Key.Key_Tab)
        assert message.isVisible(), typed
        assert expected in message.text(), (typed, message.text())
    # Once refused, the message follows the typing: a good date clears it at once.
    form.birth_date.setFocus()
    form.birth_date.selectAll()
    qtbot.keyClicks(form.birth_date, "12-3-1957")
    assert not message.isVisible()


def test_delete_asks_first_and_cancel_keeps_the_client(qtbot, main_window, clients):
    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    main_window.register.table.setFocus()

    answer_message_box(qtbot, "Cancel")
    qtbot.keyClick(main_window.register.table, Qt.Key.Key_Delete)
    assert clients.count() == 1
    assert _names(main_window) == ["Vries, Anna de"]

    answer_message_box(qtbot, "Delete")
    assert main_window.register.delete_selected()
    assert clients.count() == 0
    assert _names(main_window) == []


def test_delete_confirmation_names_the_client(qtbot, main_window, clients):
    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    seen = []

    def read_and_cancel() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, read_and_cancel)
    main_window.register.delete_selected()
    number = anna.client_number
    assert seen == [f"Delete Vries, Anna de ({number}) and all of this client's data?"]


def test_archive_hides_the_client_until_archived_are_shown(qtbot, main_window, clients):
    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    main_window.register.archive_action.trigger()
    assert _names(main_window) == []
    qtbot.mouseClick(main_window.register.show_archived, Qt.MouseButton.LeftButton)
    assert _names(main_window) == ["Vries, Anna de (archived)"]
    main_window.register.select_client(anna.id)
    assert main_window.register.archive_action.text() == "Un&archive"
    main_window.register.archive_action.trigger()
    assert clients.get(anna.id).archived is False


def test_escape_on_an_edited_form_warns_before_losing_edits(qtbot, main_window, clients):
    anna = clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    form = main_window.register.edit_selected()
    qtbot.keyClicks(form.given_names, "-Maria")
    answer_message_box(qtbot, "Cancel")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and form.given_names.text() == "Anna-Maria"
    answer_message_box(qtbot, "Discard")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert clients.get(anna.id).draft.given_names == "Anna"


def test_editing_saves_changes(qtbot, main_window, clients):
    anna = clients.create(draft(born=date(1954, 6, 1)))
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    form = main_window.register.edit_selected()
    assert form.birth_date.text() == "01-06-1954"
    form.family_name_prefix.clear()
    form.family_name.clear()
    qtbot.keyClicks(form.family_name, "Smit")
    assert form.try_save()
    assert _names(main_window) == ["Smit, Anna"]


def test_menopausal_status_only_where_it_applies(qtbot, main_window):
    form = main_window.register.new_client()
    form.sex.setCurrentIndex(form.sex.findData("female"))
    assert form.menopausal_status.isEnabled()
    form.sex.setCurrentIndex(form.sex.findData("male"))
    assert not form.menopausal_status.isEnabled()


def test_table_model_passes_qt_model_tester(qtmodeltester, main_window, clients):
    clients.create(draft())
    clients.create(draft(given="Jan", family="Jansen", sex=Sex.MALE))
    main_window.register.refresh()
    qtmodeltester.check(main_window.register.model)


def test_sorting_by_name_files_prefixes_under_the_family_name(main_window, clients):
    for given, family in (("Anna", "de Vries"), ("José", "van der Berg"), ("Eline", "Bakker")):
        clients.create(draft(given=given, family=family))
    main_window.register.refresh()
    assert _names(main_window) == ["Bakker, Eline", "Berg, José van der", "Vries, Anna de"]
    main_window.register.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(main_window) == ["Vries, Anna de", "Berg, José van der", "Bakker, Eline"]


def test_large_register_fetches_rows_as_shown_and_sorts_in_the_database(
    qtbot, main_window, clients
):
    from app.domain.demo import demo_clients

    clients.create_many(list(demo_clients(1500, seed=5)))
    main_window.register.refresh()
    model = main_window.register.model
    assert model.rowCount() == 1500
    assert model.index(1499, 1).data()  # a row far down is fetched when asked for
    main_window.register.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # age, youngest first
    ages = [int(model.index(row, 3).data()) for row in range(model.rowCount())]
    assert ages == sorted(ages)
    main_window.register.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [model.index(row, 0).data() for row in (0, 1, 1499)]
    assert numbers[0] < numbers[1] and numbers[2].endswith("1500")


def test_plans_is_disabled_once_the_selected_client_is_gone(qtbot, main_window, clients):
    anna = clients.create(draft(given="Anna", family="de Vries"))
    main_window.register.refresh()
    main_window.register.select_client(anna.id)
    assert main_window.plans_action.isEnabled()
    clients.delete(anna.id)
    main_window.register.refresh()
    assert main_window.register.selected_client() is None
    assert not main_window.plans_action.isEnabled()
