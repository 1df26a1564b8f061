"""Bounded input (issue 13 point 7): one limit per free text, and no number out of range.

Each limit is enforced at the field, in the storage API and in the plan file; the longest
allowed values still lay out as PDFs; huge numbers are refused with one line and exit 2.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app import commands
from app.domain import limits
from app.domain.clients import ClientDraft, Sex
from app.domain.limits import TextTooLong
from app.domain.nutrients import Nutrient, Unit
from app.domain.plan import ClientContext, Moment, NutrientAmount, Override, Plan, PlanItem
from app.domain.planfile import PlanFileError, parse_plan
from app.handout.practice import Practice
from app.storage.clients import InvalidClient
from app.storage.settings import Settings
from app.storage.stores import Stores
from tests.helpers import draft

# Widest letters of the embedded font, a long unbroken word, a script outside Latin-1.
WIDE = ("W", "—", "ﷺ", "m")


def _longest_note(letter: str) -> str:
    line = letter * (limits.ITEM_NOTE // limits.ITEM_NOTE_LINES - 1)
    return "\n".join([line] * limits.ITEM_NOTE_LINES)


def _longest_item(letter: str) -> PlanItem:
    return PlanItem(
        product=letter * limits.PRODUCT_NAME,
        nutrients=(NutrientAmount(Nutrient.CALCIUM, 500, Unit.MG),),
        schedule={Moment.MORNING: 1, Moment.EVENING: 2},
        note=_longest_note(letter),
    )


def _logo() -> bytes:
    from PIL import Image  # Pillow comes with reportlab

    png = io.BytesIO()
    Image.new("RGB", (240, 120), "black").save(png, "PNG")
    return png.getvalue()


def _longest_practice(letter: str) -> Practice:
    """The longest practice details, with a logo: the header is then one table row."""
    line = letter * (limits.ADDRESS // limits.ADDRESS_LINES - 1)
    return Practice(
        logo=_logo(),
        practice_name=letter * limits.PRACTICE_NAME,
        dietician_name=letter * limits.DIETICIAN_NAME,
        address="\n".join([line] * limits.ADDRESS_LINES),
        phone="0" * limits.PHONE,
        email=letter * limits.EMAIL,
        agb_code=letter * limits.AGB_CODE,
    )


@pytest.mark.parametrize("letter", WIDE)
def test_longest_allowed_values_lay_out_in_the_handout_and_the_summary(letter):
    from app.domain.evaluation import evaluate_plan
    from app.handout.builder import build_handout, build_summary
    from tests.pdf import joined

    name = letter * limits.NAME
    client = ClientContext(
        age=60,
        sex=Sex.FEMALE,
        medicines=tuple(letter * limits.MEDICINE for _ in range(limits.MEDICINES)),
        name=f"{name} {letter * limits.NAME_PREFIX} {name}",
    )
    plan = Plan(date(2026, 1, 1), client, (_longest_item(letter),) * 4)
    reasons = {"INT-X": Override("INT-X", "1", letter * limits.REASON)}
    evaluation = evaluate_plan(plan, reasons)
    for language in ("nl", "en"):
        handout = build_handout(
            evaluation, _longest_practice(letter), language, letter * limits.HANDOUT_TEXT
        )
        build_summary(evaluation, _longest_practice(letter), language)
    # The unbroken 150-letter product name wrapped inside its column: all of it is printed.
    if letter != "ﷺ":  # not in the embedded font: laid out, but not read back as text
        assert joined(handout).replace("\n", "").count(letter * 40) >= 4


def test_longest_allowed_values_export_as_a_client_file(database, tmp_path):
    from app.client_file import export_client_file

    stores = Stores.over(database)
    her = stores.clients.create(
        ClientDraft(
            given_names="W" * limits.NAME,
            family_name_prefix="W" * limits.NAME_PREFIX,
            family_name="W" * limits.NAME,
            birth_date=date(1950, 1, 1),
            sex=Sex.FEMALE,
            medicines=["W" * limits.MEDICINE] * limits.MEDICINES,
            allergies="W" * limits.ALLERGIES,
            notes="W " * (limits.CLIENT_NOTES // 2),
        )
    )
    stored = stores.plans.create(
        her.id, "W" * limits.TITLE, date(2026, 1, 1), (_longest_item("W"),) * 5
    )
    stores.plans.save(replace(stored, handout_text="W" * limits.HANDOUT_TEXT))
    target = tmp_path / "client.zip"
    names = export_client_file(stores, her.id, target, "nl", _longest_practice("W"))
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == names and len(names) == 2
        assert archive.read(names[1]).startswith(b"%PDF")


# --- the storage API refuses what is over the limit; nothing is written ------------------
def _client(**changes) -> ClientDraft:
    return replace(draft(), **changes)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"given_names": "A" * (limits.NAME + 1)}, "given_names"),
        ({"family_name": "B" * (limits.NAME + 1)}, "family_name"),
        ({"family_name_prefix": "v" * (limits.NAME_PREFIX + 1)}, "family_name_prefix"),
        ({"medicines": ["M" * (limits.MEDICINE + 1)]}, "medicines"),
        ({"medicines": [f"M{n}" for n in range(limits.MEDICINES + 1)]}, "medicines"),
        ({"allergies": "x" * (limits.ALLERGIES + 1)}, "allergies"),
        ({"notes": "x" * (limits.CLIENT_NOTES + 1)}, "notes"),
        ({"email": "a" * limits.EMAIL + "@example.nl"}, "email"),
    ],
)
def test_storage_refuses_a_client_text_over_its_limit(clients, changes, field):
    with pytest.raises(InvalidClient) as refused:
        clients.create(_client(**changes))
    assert [p.field for p in refused.value.problems] == [field]
    assert clients.count() == 0
    at_limit = {k: (v[:-1] if isinstance(v, str) else v) for k, v in changes.items()}
    if field not in ("medicines", "email"):
        clients.create(_client(**at_limit))  # one character less is fine


def _plan_item(**changes) -> PlanItem:
    return replace(_longest_item("x"), **changes)


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (_plan_item(product="p" * (limits.PRODUCT_NAME + 1)), "product"),
        (_plan_item(product="two\nlines"), "product"),
        (_plan_item(note="n" * (limits.ITEM_NOTE + 1)), "note"),
        (_plan_item(note="\n".join("n" * (limits.ITEM_NOTE_LINES + 1))), "note"),
    ],
)
def test_storage_refuses_a_plan_item_text_over_its_limit(database, clients, item, field):
    stores = Stores.over(database)
    her = clients.create(draft())
    with pytest.raises(TextTooLong) as refused:
        stores.plans.create(her.id, "Plan", date(2026, 1, 1), (item,))
    assert refused.value.field == field
    assert stores.plans.list_for_client(her.id) == []
    plan = stores.plans.create(her.id, "Plan", date(2026, 1, 1), (_longest_item("x"),))
    with pytest.raises(TextTooLong):
        stores.plans.save(replace(plan, items=(item,)))
    kept = stores.plans.get(plan.id).items
    assert [(i.product, i.note) for i in kept] == [(plan.items[0].product, plan.items[0].note)]


def test_storage_refuses_plan_title_handout_text_reason_template_product_and_practice(
    database, clients
):
    stores = Stores.over(database)
    plan = stores.plans.create(clients.create(draft()).id, "Plan", date(2026, 1, 1))
    too_long = [
        replace(plan, title="t" * (limits.TITLE + 1)),
        replace(plan, handout_text="h" * (limits.HANDOUT_TEXT + 1)),
        replace(plan, overrides={"R": Override("R", "1", "r" * (limits.REASON + 1))}),
    ]
    for wrong in too_long:
        with pytest.raises(TextTooLong):
            stores.plans.save(wrong)
    with pytest.raises(TextTooLong):
        stores.plans.create(plan.client_id, "t" * (limits.TITLE + 1), date(2026, 1, 1))
    assert stores.plans.get(plan.id) == plan
    with pytest.raises(TextTooLong):
        stores.templates.save("t" * (limits.TITLE + 1), ())
    with pytest.raises(ValueError, match="at most"):
        stores.products.create("p" * (limits.PRODUCT_NAME + 1), _longest_item("x").nutrients)
    for name, value in [
        ("practice_name", "p" * (limits.PRACTICE_NAME + 1)),
        ("dietician_name", "d" * (limits.DIETICIAN_NAME + 1)),
        ("address", "a" * (limits.ADDRESS + 1)),
        ("address", "\n".join("a" * (limits.ADDRESS_LINES + 1))),
        ("phone", "0" * (limits.PHONE + 1)),
        ("email", "e" * (limits.EMAIL + 1)),
        ("agb_code", "1" * (limits.AGB_CODE + 1)),
    ]:
        with pytest.raises(TextTooLong):
            stores.settings.save(Settings(**{name: value}))
    assert not stores.settings.was_saved()


# --- the plan file: one message per problem ----------------------------------------------
def _document(**client_changes) -> dict:
    return {
        "format": "supplan-plan/1",
        "plan_date": "2026-01-01",
        "client": {"age": 60, "sex": "female", **client_changes},
        "items": [
            {
                "product": "Calcium",
                "nutrients": [{"nutrient": "calcium", "amount": 500, "unit": "mg"}],
                "schedule": {"morning": 1},
            }
        ],
    }


def test_plan_file_refuses_each_over_long_text_with_one_message_naming_it():
    document = _document(name="n" * 400, medicines=["m" * (limits.MEDICINE + 1), "ok"])
    item = document["items"][0]
    document["items"].append(
        {**item, "product": "p" * (limits.PRODUCT_NAME + 1), "note": "n" * (limits.ITEM_NOTE + 1)}
    )
    document["items"].append({**item, "note": "\n".join("n" * (limits.ITEM_NOTE_LINES + 1))})
    with pytest.raises(PlanFileError) as refused:
        parse_plan(json.dumps(document))
    lines = refused.value.lines("en")
    assert [line.split(":")[0] for line in lines] == [
        "client.name",
        "client.medicines[0]",
        "items[1].product",
        "items[1].note",
        "items[2].note",
    ]
    assert "at most 150 characters" in lines[2] and "more than 5 line" in lines[4]
    too_many = _document(medicines=["m"] * (limits.MEDICINES + 1))
    with pytest.raises(PlanFileError) as refused:
        parse_plan(json.dumps(too_many))
    (line,) = refused.value.lines("nl")
    assert line.startswith("client.medicines: [")
    assert line.endswith(f"heeft meer dan {limits.MEDICINES} regels")


HUGE = {
    "10^400": "1" + "0" * 400,
    "-10^400": "-1" + "0" * 400,
    "1e400": "1e400",
    "5000 digits": "9" * 5000,
}
PLACES = {
    "amount": ('"amount": 500', "items[0].nutrients[0].amount"),
    "age": ('"age": 60', "client.age"),
    "schedule": ('"morning": 1', "items[0].schedule.morning"),
    "calcium": ('"dietary_calcium_mg": 800', "client.dietary_calcium_mg"),
}


def _hostile_text(place: str, number: str) -> str:
    text = json.dumps(_document(dietary_calcium_mg=800))
    written, _path = PLACES[place]
    assert written in text
    return text.replace(written, written.split(":")[0] + ": " + number)


@pytest.mark.parametrize("number", HUGE.values(), ids=HUGE.keys())
@pytest.mark.parametrize("place", PLACES)
def test_huge_numbers_give_exit_2_and_one_line_in_check_and_handout(place, number, tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(_hostile_text(place, number))
    for run, far in (
        (
            lambda out, err: commands.check(str(plan), "text", "en", stdout=out, stderr=err),
            "far outside",
        ),
        (
            lambda out, err: commands.handout(
                str(plan), str(tmp_path / "h.pdf"), "nl", None, stderr=err
            ),
            "ver buiten",  # in the language asked for, not either one
        ),
    ):
        out, err = io.StringIO(), io.StringIO()
        assert run(out, err) == 2
        assert out.getvalue() == ""
        lines = err.getvalue().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(PLACES[place][1] + ": ")
        assert far in lines[0], lines[0]
        assert len(lines[0]) < 160  # the number is shortened, not printed in full
    assert not (tmp_path / "h.pdf").exists()


def test_huge_number_in_a_real_supplan_process_is_one_line_and_exit_2(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(_hostile_text("amount", HUGE["5000 digits"]))
    env = dict(os.environ, LANG="C.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "app", "check", str(plan)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


# --- hostile numbers and texts, generated ------------------------------------------------
NUMBER_TEXT = st.one_of(
    st.integers(min_value=-(10**60), max_value=10**60).map(str),
    st.integers(min_value=25, max_value=6000).map(lambda n: "9" * n),
    st.integers(min_value=300, max_value=5000).map(lambda e: f"1e{e}"),
    st.integers(min_value=300, max_value=5000).map(lambda e: f"-1.5e{e}"),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "0", "-0", "1e-400", "true", "null"]),
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=0, max_value=3000).map(lambda n: "W" * n),
    st.integers(min_value=0, max_value=40).map(lambda n: "\n".join(["x"] * n)),
    st.just("\u202e" * 500),
)
#: How many generated plan files the property test reads (reported in the closing note).
EXAMPLES = 600


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    amount=NUMBER_TEXT,
    age=NUMBER_TEXT,
    units=NUMBER_TEXT,
    calcium=NUMBER_TEXT,
    product=TEXT,
    note=TEXT,
    name=TEXT,
    medicine=TEXT,
)
def test_generated_hostile_plan_files_are_read_or_refused_one_line_each(
    amount, age, units, calcium, product, note, name, medicine
):
    text = (
        '{"format": "supplan-plan/1", "plan_date": "2026-01-01", "client": {'
        f'"age": {age}, "sex": "female", "dietary_calcium_mg": {calcium}, '
        f'"name": {json.dumps(name)}, "medicines": [{json.dumps(medicine)}]}}, '
        f'"items": [{{"product": {json.dumps(product)}, "note": {json.dumps(note)}, '
        f'"nutrients": [{{"nutrient": "zinc", "amount": {amount}, "unit": "mg"}}], '
        f'"schedule": {{"morning": {units}}}}}]}}'
    )
    try:
        plan = parse_plan(text)
    except PlanFileError as refused:
        lines = refused.lines("en") + refused.lines("nl")
        assert lines and all("\n" not in line and len(line) < 300 for line in lines)
        assert all(line.split(": ")[0].startswith(("client", "items")) for line in lines)
    else:
        assert 0 <= plan.client.age <= 130
        item = plan.items[0]
        assert len(item.product) <= limits.PRODUCT_NAME and "\n" not in item.product
        assert len(item.note) <= limits.ITEM_NOTE
        assert item.note.count("\n") < limits.ITEM_NOTE_LINES
        assert 0 <= item.units_per_day <= 20
        assert 0 <= item.nutrients[0].amount <= 100_000


# --- at the fields -----------------------------------------------------------------------
def test_form_fields_stop_at_their_limit_and_pasting_200k_characters_is_cut_at_once(
    qtbot, main_window
):
    from PySide6.QtGui import QGuiApplication, QKeySequence

    form = main_window.register.new_client()
    qtbot.waitExposed(form)
    form.given_names.setFocus()
    qtbot.keyClicks(form.given_names, "A" * (limits.NAME + 20))
    assert form.given_names.text() == "A" * limits.NAME
    qtbot.keyClicks(form.dietary_calcium, "1" + "0" * 400)
    assert form.dietary_calcium.text() == "100000"

    QGuiApplication.clipboard().setText("x" * 200_000)
    form.notes.setFocus()
    started = time.perf_counter()
    qtbot.keySequence(form.notes, QKeySequence.StandardKey.Paste)
    assert time.perf_counter() - started < 1.0  # not seconds of a blocked window
    assert len(form.notes.toPlainText()) == limits.CLIENT_NOTES
    assert form.notes.counter.text() == (
        "10\u202f000 / 10\u202f000 — 190\u202f000 characters did not fit and were not pasted."
    )
    assert form.notes.counter.isVisible()
    qtbot.keyClick(form.notes, Qt.Key.Key_Y)  # typing into a full field adds nothing
    assert form.notes.toPlainText() == "x" * limits.CLIENT_NOTES
    for _ in range(limits.MEDICINES + 3):
        qtbot.keyClicks(form.medicines, "Med")
        qtbot.keyClick(form.medicines, Qt.Key.Key_Return)
    assert form.medicines.toPlainText().count("\n") == limits.MEDICINES - 1
    form.discard()


def test_a_huge_calcium_in_the_form_is_a_field_message(qtbot, main_window, clients):
    form = main_window.register.new_client()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "Vries")
    qtbot.keyClicks(form.birth_date, "01-02-1960")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    qtbot.keyClicks(form.dietary_calcium, "9" * 5000)
    qtbot.mouseClick(
        form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    error = form.findChild(type(form.notes.counter), "error_dietary_calcium_mg")
    assert error.isVisible() and "10,000" in error.text()
    assert clients.count() == 0
    form.discard()


def test_layout_error_is_caught_with_a_clear_message_in_the_handout_and_client_exports(
    qtbot, main_window, database, monkeypatch, tmp_path
):
    from reportlab.platypus.doctemplate import LayoutError

    import app.client_file
    from app.ui.plans import handout_dialog
    from app.ui.plans.plan_list import PlansWindow

    def cannot_lay_out(*_args, **_kwargs):
        raise LayoutError("Flowable too large on page 1")

    stores = Stores.over(database)
    her = stores.clients.create(draft())
    stores.plans.create(her.id, "Plan", date(2026, 1, 1), (_longest_item("x"),))
    monkeypatch.setattr(handout_dialog, "build_handout", cannot_lay_out)
    monkeypatch.setattr(app.client_file, "build_handout", cannot_lay_out)
    seen: list[str] = []

    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import when_modal

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)
    job = main_window.export_client(her.id, tmp_path / "her.zip")
    main_window.jobs.wait()
    assert not job.succeeded
    assert "could not be laid out" in seen[-1]
    assert not (tmp_path / "her.zip").exists()

    window = PlansWindow(stores, her.id)
    qtbot.addWidget(window)
    editor = window.open_plan(stores.plans.list_for_client(her.id)[0].id)
    dialog = editor.open_handout()
    when_modal(QMessageBox, read_and_close)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and "could not be laid out" in seen[-1]
    dialog.reject()


def test_plan_import_refuses_huge_numbers_with_messages_and_cuts_a_long_file_name(
    qtbot, database, tmp_path
):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    her = stores.clients.create(draft())
    window = PlansWindow(stores, her.id)
    qtbot.addWidget(window)
    hostile = tmp_path / "hostile.json"
    hostile.write_text(_hostile_text("amount", HUGE["5000 digits"]).replace("800", "1e400"))
    problems = window.import_plan(hostile)
    assert [line.split(":")[0] for line in problems] == [
        "client.dietary_calcium_mg",
        "items[0].nutrients[0].amount",
    ]
    assert stores.plans.list_for_client(her.id) == []
    editor = window.new_plan()
    assert editor.import_from(hostile) == problems
    long_name = tmp_path / ("p" * 240 + ".json")
    long_name.write_text(json.dumps(_document()))
    assert window.import_plan(long_name) == []
    titles = [plan.title for plan in stores.plans.list_for_client(her.id)]
    assert "p" * limits.TITLE in titles


def test_a_huge_or_strange_calcium_in_the_plan_editor_is_a_field_message(qtbot, database):
    from PySide6.QtTest import QTest

    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    her = stores.clients.create(draft())
    window = PlansWindow(stores, her.id)
    qtbot.addWidget(window)
    panel = window.new_plan().context_panel
    field = panel.dietary_calcium
    field.setFocus()
    qtbot.keyClicks(field, "9" * 5000)
    assert field.text() == "999999"
    assert "10,000" in panel.error.text()
    field.clear()
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, field, Qt.Key.Key_unknown, "²", Qt.KeyboardModifier.NoModifier
    )
    assert field.text() == "²" and "10,000" in panel.error.text()
    assert stores.clients.get(her.id).draft.dietary_calcium_mg == 9999  # last valid typed


def test_a_template_saved_before_the_limits_still_loads(database):
    from app.storage.models import PlanTemplate

    old_item = {
        "product": "p" * 400,
        "nutrients": [{"nutrient": "calcium", "amount": 500, "unit": "mg"}],
        "note": "n" * 2000,
    }
    with database.session() as session:
        session.add(
            PlanTemplate(name="Old", items=json.dumps([old_item]), created_at=date(2020, 1, 1))
        )
    stores = Stores.over(database)
    (old,) = [t for t in stores.templates.list() if t.name == "Old"]
    assert old.items[0].note == "n" * 2000
    with pytest.raises(PlanFileError):  # a plan file is still held to the limits
        parse_plan(json.dumps({**_document(), "items": [old_item]}))
