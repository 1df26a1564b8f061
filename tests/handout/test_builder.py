"""The handout and summary PDFs, read back: names, products, numbers, advice, pages."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest

from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.evaluation import evaluate_plan
from app.domain.nutrients import Nutrient
from app.domain.plan import ClientContext, Moment, Override, Plan, TakenWith
from app.handout.builder import build_handout, build_summary
from app.handout.practice import Practice
from tests.pdf import dark_pixel_share, joined, page_texts
from tests.plans import item

PRACTICE = Practice(
    practice_name="Diëtistenpraktijk De Groene Zeeuw",
    dietician_name="Marieke Öztürk-de Wit",
    address="Kerkstraat 12\n4331 AB Middelburg",
    phone="0118 123 456",
    email="info@groenezeeuw.nl",
    agb_code="25012345",
)
NAME = "Joëlle van der Strüß-Çelik"


def client(**changes) -> ClientContext:
    base = ClientContext(
        age=70,
        sex=Sex.FEMALE,
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        diet=Diet.OMNIVORE,
        medicines=("Alendroninezuur 70 mg",),
        name=NAME,
    )
    return dataclasses.replace(base, **changes)


def alendronate_plan(**client_changes) -> Plan:
    items = (
        item(
            ("calcium", 500, "mg"),
            ("vitamin_d", 20, "µg"),
            morning=0,
            evening=1,
            product="Calciumcarbonaat 500 mg + vitamine D3 20 µg",
        ),
        item(("magnesium", 200, "mg"), morning=0, bedtime=2, product="Magnesiumcitraat 200 mg"),
        item(("zinc", 10, "mg"), morning=0, midday=1, product="Zink (citraat) 10 mg"),
        item(("iron", 14, "mg"), morning=0, midday=1, product="IJzer 14 mg"),
        item(("vitamin_k2", 75, "µg"), morning=3, product="Vitamine K2 (MK-7) 75 µg"),
    )
    return Plan(date(2026, 11, 24), client(**client_changes), items)


def handout(plan: Plan, language: str = "nl", free_text: str = "", overrides=None) -> bytes:
    return build_handout(evaluate_plan(plan, overrides), PRACTICE, language, free_text)


def test_dutch_handout_names_client_products_and_schedule():
    text = joined(handout(alendronate_plan(), free_text="Fijne feestdagen! € 4 ≤ 5 ≥ 3"))
    assert NAME in text
    assert "Uw suppletieplan" in text and "24-11-2026" in text
    for product in (
        "Calciumcarbonaat 500 mg + vitamine D3 20 µg",
        "Magnesiumcitraat 200 mg",
        "Zink (citraat) 10 mg",
        "IJzer 14 mg",
        "Vitamine K2 (MK-7) 75 µg",
    ):
        assert product in text, product
    assert "Ochtend Middag Avond Voor het slapen" in text
    assert "Fijne feestdagen! € 4 ≤ 5 ≥ 3" in text
    assert "Marieke Öztürk-de Wit" in text and "AGB-code 25012345" in text


def _fragments(pdf: bytes) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on page 1."""
    from pypdf import PdfReader

    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # position on the page: text matrix through the current matrix
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def test_schedule_numbers_stand_in_their_row_and_moment_column():
    fragments = _fragments(handout(alendronate_plan()))

    def x_of(label: str) -> float:
        return next(x for text, x, _y in fragments if text.startswith(label))

    def number_in_row(product: str) -> tuple[str, float]:
        row_y = next(y for text, _x, y in fragments if text.startswith(product))
        return next(
            (text, x)
            for text, x, y in fragments
            if text.isdigit() and abs(y - row_y) < 14 and x > x_of("Ochtend") - 5
        )

    column = x_of("Middag") - x_of("Ochtend")
    for product, number, moment in (
        ("Magnesiumcitraat 200", "2", "Voor het"),
        ("Vitamine K2 (MK-7) 75", "3", "Ochtend"),
        ("Zink (citraat) 10 mg", "1", "Middag"),
    ):
        text, x = number_in_row(product)
        assert text == number, product
        assert x_of(moment) - 5 <= x < x_of(moment) + column, (product, moment)


@pytest.mark.parametrize(
    ("medicines", "sentence"),
    [
        (
            ("Alendroninezuur 70 mg",),
            "Neem calcium, magnesium, ijzer en zink minstens 30 minuten later in, bij voorkeur "
            "later op de dag.",
        ),
        (("Bonviva 150 mg",), "minstens 60 minuten later"),
        (
            ("Thyrax Duotab 0,1 mg",),
            "Houd minstens 4 uur tussen Thyrax Duotab 0,1 mg en calcium, ijzer of magnesium.",
        ),
        (
            ("Sintrom mitis 1 mg",),
            "Begin niet met vitamine K (ook niet in een multivitamine) zonder overleg met de "
            "trombosedienst",
        ),
        ((), "Neem ijzer en calcium minstens 2 uur na elkaar in, zoals in het schema staat."),
        ((), "Neem zink in met water, niet met melk"),
    ],
)
def test_plain_dutch_instructions(medicines, sentence):
    text = joined(handout(alendronate_plan(medicines=medicines)))
    assert sentence in text
    for jargon in ("INT-", "CA-SUPPL", "ZN-", "rules_version"):
        assert jargon not in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_minerals_scheduled_in_the_morning_are_not_sent_to_later_in_the_day(language):
    """With calcium at breakfast the advice says to wait after the tablet, not "later"."""
    morning_calcium = alendronate_plan(medicines=("Fosamax 70 mg",))
    first = morning_calcium.items[0]
    items = (dataclasses.replace(first, schedule={Moment.MORNING: 1}), *morning_calcium.items[1:])
    text = joined(handout(dataclasses.replace(morning_calcium, items=items), language))
    later = {"nl": "later op de dag", "en": "later in the day"}[language]
    wait = {
        "nl": "Wacht op de ochtend dat u Fosamax 70 mg inneemt minstens 30 minuten voordat u",
        "en": "On the morning you take Fosamax 70 mg, wait at least 30 minutes before you take",
    }[language]
    assert later not in text
    assert wait in text


def test_english_handout():
    text = joined(handout(alendronate_plan(), "en"))
    assert "Your supplement plan" in text
    assert "Take zinc with water, not with milk" in text
    assert "at least 30 minutes later" in text
    assert "Morning Midday Evening Bedtime" in text


def test_every_page_is_numbered_and_a_40_item_plan_repeats_the_table_header():
    items = tuple(
        item(("magnesium", 5, "mg"), product=f"Product nummer {n} met een lange naam", morning=1)
        for n in range(1, 41)
    )
    plan = Plan(date(2026, 11, 24), client(medicines=()), items)
    pages = page_texts(handout(plan))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        folded = " ".join(text.split())
        assert f"pagina {number} van {len(pages)}" in folded
    with_rows = [p for p in pages if "Product nummer" in p]
    assert len(with_rows) >= 2
    for text in with_rows:
        assert "Ochtend Middag Avond" in " ".join(text.split())
    everything = joined(handout(plan))
    for n in range(1, 41):
        assert f"Product nummer {n} met een lange naam" in everything


def test_accented_names_come_back_exactly_as_entered():
    for name in ("Zoë Ïsbrücker", "Ólafur Þórsson", "Őrsi Łukasz", "Страж Ωmega", NAME):
        plan = dataclasses.replace(alendronate_plan(), client=client(name=name))
        assert name in joined(handout(plan))


def test_pages_render_with_ink(tmp_path):
    path = tmp_path / "handout.pdf"
    path.write_bytes(handout(alendronate_plan()))
    assert dark_pixel_share(path, 1) > 0.01
    blank = tmp_path / "blank.pdf"
    from reportlab.pdfgen import canvas

    empty = canvas.Canvas(str(blank))
    empty.showPage()
    empty.save()
    assert dark_pixel_share(blank, 1) == 0


def test_logo_is_drawn_and_a_broken_logo_is_skipped(tmp_path):
    from PIL import Image, ImageDraw  # Pillow comes with reportlab

    image = Image.new("RGB", (240, 120), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 110, 110), outline="black", width=6)
    png = io.BytesIO()
    image.save(png, "PNG")
    plan = evaluate_plan(alendronate_plan())
    with_logo = build_handout(plan, dataclasses.replace(PRACTICE, logo=png.getvalue()), "nl")
    # An image XObject on page 1, the logo's own pixels (every reportlab PDF names /ImageB in
    # its ProcSet, so looking for b"/Image" in the bytes could not fail).
    [logo] = _images(with_logo)
    assert logo.image.size == (240, 120)
    broken = build_handout(plan, dataclasses.replace(PRACTICE, logo=b"not an image"), "nl")
    assert NAME in joined(broken)
    assert _images(broken) == []
    assert _images(build_handout(plan, PRACTICE, "nl")) == []


def _images(pdf: bytes) -> list:
    """The image XObjects drawn on page 1."""
    from pypdf import PdfReader

    return list(PdfReader(io.BytesIO(pdf)).pages[0].images)


def test_empty_plan_and_empty_practice_still_make_a_handout():
    plan = Plan(date(2026, 11, 24), client(medicines=()), ())
    text = joined(build_handout(evaluate_plan(plan), Practice(), "en"))
    assert "No products in this plan yet." in text
    assert "Contact your dietician." in text


def test_professional_summary_has_totals_findings_sources_and_overrides():
    plan = alendronate_plan(medicines=("Sintrom",))
    overrides = {
        "INT-VKA-K": Override("INT-VKA-K", "2026-11-24+abc", "Afgestemd met de trombosedienst")
    }
    text = joined(build_summary(evaluate_plan(plan, overrides), PRACTICE, "nl"))
    assert "Professioneel overzicht" in text
    assert "Dagtotalen uit supplementen" in text and "500 mg" in text
    assert "INT-VKA-K" in text and "Theuwissen" in text
    assert "Afgestemd met de trombosedienst" in text and "2026-11-24+abc" in text


# --- the advice follows the plan (issue 11, point 10) ----------------------------------------
def _advice(pdf: bytes, language: str) -> str:
    """The "good to know" section: from its heading up to the contact block."""
    text = joined(pdf)
    start = "Goed om te weten" if language == "nl" else "Good to know"
    end = "Vragen?" if language == "nl" else "Questions?"
    return text[text.index(start) : text.index(end)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_zinc_with_a_meal_is_not_told_to_be_taken_with_water(language):
    zinc = item(("zinc", 10, "mg"), taken_with="meal", product="Zink 10 mg")
    plan = Plan(date(2026, 11, 24), client(medicines=()), (zinc,))
    advice = _advice(handout(plan, language), language)
    if language == "nl":
        assert "met water" not in advice
        assert "Neem zink in zoals in het schema staat, maar niet met een glas melk" in advice
    else:
        assert "with water" not in advice
        assert "Take zinc as the schedule shows, but not with a glass of milk" in advice
    watered = Plan(date(2026, 11, 24), client(medicines=()), (item(("zinc", 10, "mg")),))
    assert ("met water, niet met melk" if language == "nl" else "with water, not with milk") in (
        _advice(handout(watered, language), language)
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_bisphosphonate_sentence_names_only_the_minerals_in_the_plan(language):
    items = tuple(i for i in alendronate_plan().items if not i.contains(Nutrient.IRON))
    plan = Plan(date(2026, 11, 24), client(medicines=("Fosamax 70 mg",)), items)
    advice = _advice(handout(plan, language), language)
    if language == "nl":
        assert "Neem calcium, magnesium en zink minstens 30 minuten later in" in advice
        assert "ijzer" not in advice.lower()
    else:
        assert "Take calcium, magnesium and zinc at least 30 minutes later" in advice
        assert "iron" not in advice.lower()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_overridden_vitamin_k_finding_gives_the_agreed_instruction(language):
    plan = alendronate_plan(medicines=("Sintrom mitis 1 mg",))
    agreed = {"INT-VKA-K": Override("INT-VKA-K", "v", "Afgestemd met de trombosedienst")}
    advice = _advice(handout(plan, language, overrides=agreed), language)
    if language == "nl":
        assert "Begin niet met vitamine K" not in advice
        assert "Neem vitamine K2 elke dag in dezelfde hoeveelheid" in advice
        assert "Laat het de trombosedienst weten voordat u de hoeveelheid verandert" in advice
    else:
        assert "Do not start vitamin K" not in advice
        assert "Take vitamin K2 every day in the same amount" in advice
        assert "Tell the anticoagulation clinic before you change the amount or stop" in advice
    # Without the override the client is told not to start, as before.
    before = _advice(handout(plan, language), language)
    assert ("Begin niet met vitamine K" if language == "nl" else "Do not start vitamin K") in (
        before
    )


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("free_words", [0, 3, 6, 9, 12])
def test_the_closing_block_never_stands_alone_on_the_last_page(language, free_words):
    base = alendronate_plan()
    items = tuple(
        dataclasses.replace(i, note="Bij de avondmaaltijd innemen. " * 2) for i in base.items[:4]
    )
    plan = dataclasses.replace(base, items=items)
    pages = page_texts(handout(plan, language, free_text="Tot over drie maanden! " * free_words))
    closing = "Vragen?" if language == "nl" else "Questions?"
    last = " ".join(pages[-1].split())
    before_closing = last[: last.index(closing)]
    assert len(before_closing.strip()) > 20, (len(pages), last[:200])


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ("Wanneer neemt u wat in", "Hoe innemen", "niet met melk", "telefoon", "Goed om")),
        ("en", ("When to take what", "How to take it", "not with milk", "phone", "Good to know")),
    ],
)
def test_the_schedule_says_when_and_how_and_keeps_zinc_away_from_milk(language, words):
    schedule, how, not_with_milk, phone, good_to_know = words

    def schedule_of(items: tuple, practice: Practice = PRACTICE) -> tuple[str, str]:
        plan = Plan(date(2026, 11, 24), client(), items)
        text = joined(build_handout(evaluate_plan(plan), practice, language))
        assert schedule in text and how in text
        return text.split(schedule, 1)[1].split(good_to_know, 1)[0], text.replace("\n", " ")

    zinc = item(("zinc", 10, "mg"), product="Zink 10 mg")
    calcium = item(("calcium", 500, "mg"), product="Calcium 500 mg")
    table, text = schedule_of((zinc, calcium))
    zinc_row, calcium_row = table.split("Calcium 500 mg", 1)
    assert not_with_milk in zinc_row and not_with_milk not in calcium_row
    assert f"{phone}: 0118 123 456" in text
    zinc_with_milk = dataclasses.replace(zinc, taken_with=TakenWith.MILK)
    table, text = schedule_of((zinc_with_milk,), dataclasses.replace(PRACTICE, phone=""))
    assert not_with_milk not in table  # it says "with milk": the finding tells her otherwise
    assert f"{phone}:" not in text


# --- how each medicine was read (issue 14, point 6) -----------------------------------------
READ_LINES = ("Alendroninezuur 70 mg", "Acenocoumerol 1 mg", "ciprofloxacine oogdruppels", "xyzzy")


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "nl",
            (
                "Geneesmiddelen: • „Alendroninezuur 70 mg”: herkend (",
                "• „Acenocoumerol 1 mg” gelezen als acenocoumarol",
                "• „ciprofloxacine oogdruppels”: lokaal (niet via de mond: geen interactie "
                "gecontroleerd)",
                "• „xyzzy”: niet herkend",
            ),
        ),
        (
            "en",
            (
                "Medicines: • “Alendroninezuur 70 mg”: recognised (",
                "• “Acenocoumerol 1 mg” read as acenocoumarol",
                "• “ciprofloxacine oogdruppels”: topical (not taken by mouth: no interaction "
                "checked)",
                "• “xyzzy”: not recognised",
            ),
        ),
    ],
)
def test_the_summary_says_how_each_medicine_was_read(language, sentences):
    plan = alendronate_plan(medicines=READ_LINES)
    text = joined(build_summary(evaluate_plan(plan), PRACTICE, language))
    for sentence in sentences:
        assert sentence in text, sentence
    # The critical finding the misspelling still gives says how it was read, too.
    assert "INT-VKA-K" in text
    assert text.count("acenocoumarol") >= 2


@pytest.mark.parametrize(
    ("language", "heading", "sentences"),
    [
        (
            "nl",
            "Uw medicijnen",
            (
                "Gecontroleerd op wisselwerking met uw supplementen: Alendroninezuur 70 mg; "
                "Acenocoumerol 1 mg (acenocoumarol).",
                "Niet via de mond ingenomen, dus niet gecontroleerd op wisselwerking met uw "
                "supplementen: ciprofloxacine oogdruppels.",
                "Niet herkend, dus niet gecontroleerd op wisselwerking met uw supplementen "
                "(vraag het uw diëtist): xyzzy.",
            ),
        ),
        (
            "en",
            "Your medicines",
            (
                "Checked against your supplements: Alendroninezuur 70 mg; Acenocoumerol 1 mg "
                "(acenocoumarol).",
                "Not taken by mouth, so not checked against your supplements: ciprofloxacine "
                "oogdruppels.",
                "Not recognised, so not checked against your supplements (ask your dietician): "
                "xyzzy.",
            ),
        ),
    ],
)
def test_the_handout_says_how_each_medicine_was_read(language, heading, sentences):
    text = joined(handout(alendronate_plan(medicines=READ_LINES), language))
    assert heading in text
    for sentence in sentences:
        assert sentence in text, sentence


def test_without_medicines_the_handout_has_no_medicines_section_and_the_summary_says_none():
    plan = alendronate_plan(medicines=())
    assert "Your medicines" not in joined(handout(plan, "en"))
    assert "Medicines: none" in joined(build_summary(evaluate_plan(plan), PRACTICE, "en"))


@pytest.mark.parametrize(
    ("language", "kidney", "conditions"),
    [
        ("en", "Kidney function (eGFR): 25 mL/min/1.73 m²", "Conditions: sarcoidosis"),
        ("nl", "Nierfunctie (eGFR): 25 ml/min/1,73 m²", "Aandoeningen: sarcoïdose"),
    ],
)
def test_the_summary_shows_the_kidney_function_and_conditions_the_rules_weighed(
    language, kidney, conditions
):
    from app.domain.clients import Condition

    plain = alendronate_plan()
    text = joined(build_summary(evaluate_plan(plain), PRACTICE, language))
    assert "eGFR" not in text  # nothing recorded, nothing shown
    recorded = dataclasses.replace(
        plain,
        client=dataclasses.replace(
            plain.client, egfr=25, conditions=frozenset({Condition.SARCOIDOSIS})
        ),
    )
    text = joined(build_summary(evaluate_plan(recorded), PRACTICE, language))
    assert kidney in text
    assert conditions in text
