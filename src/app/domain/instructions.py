"""Plain-language advice for the client, derived from the findings and her medicines.

The handout never shows rule ids or jargon: each applicable situation becomes one sentence
a client can act on at her kitchen table.
"""

from __future__ import annotations

from app.domain.medicines import MedicineClass, recognise
from app.domain.nutrients import Nutrient
from app.domain.plan import Plan
from app.domain.rules import Finding, Text

N = Nutrient


def _medicine_names(plan: Plan, kind: MedicineClass) -> list[str]:
    return [name for name in plan.client.medicines if any(m.kind is kind for m in recognise(name))]


def _quoted(names: list[str]) -> str:
    return ", ".join(names)


def client_instructions(plan: Plan, findings: list[Finding], language: str) -> list[str]:
    """The sentences for the handout's "good to know" section, most important first."""
    fired = {f.rule_id: f for f in findings}
    has = set(plan.daily_totals())
    sentences: list[Text] = []

    vka = _medicine_names(plan, MedicineClass.VITAMIN_K_ANTAGONIST)
    if vka:
        sentences.append(
            Text(
                f"Do not start vitamin K (also not in a multivitamin) without talking to the "
                f"anticoagulation clinic first: it changes how {_quoted(vka)} works.",
                f"Begin niet met vitamine K (ook niet in een multivitamine) zonder overleg met "
                f"de trombosedienst: het verandert de werking van {_quoted(vka)}.",
            )
        )
    bisphosphonates = _medicine_names(plan, MedicineClass.BISPHOSPHONATE)
    if bisphosphonates and "INT-BISPH" in fired:
        minutes = fired["INT-BISPH"].values.get("minutes", 30)
        sentences.append(
            Text(
                f"Take {_quoted(bisphosphonates)} on an empty stomach with a glass of plain "
                f"water. Take calcium, magnesium, iron and zinc at least {minutes} minutes "
                f"later, preferably later in the day.",
                f"Neem {_quoted(bisphosphonates)} nuchter in met een glas gewoon water. Neem "
                f"calcium, magnesium, ijzer en zink minstens {minutes} minuten later in, bij "
                f"voorkeur later op de dag.",
            )
        )
    thyroid = _medicine_names(plan, MedicineClass.LEVOTHYROXINE)
    if thyroid and "INT-LT4" in fired:
        sentences.append(
            Text(
                f"Keep at least 4 hours between {_quoted(thyroid)} and calcium, iron or magnesium.",
                f"Houd minstens 4 uur tussen {_quoted(thyroid)} en calcium, ijzer of magnesium.",
            )
        )
    quinolones = _medicine_names(plan, MedicineClass.QUINOLONE)
    if quinolones and "INT-QUINOLONE" in fired:
        sentences.append(
            Text(
                f"Take the antibiotic {_quoted(quinolones)} 2 hours before or 6 hours after "
                f"calcium, magnesium, zinc or iron.",
                f"Neem het antibioticum {_quoted(quinolones)} 2 uur vóór of 6 uur na calcium, "
                f"magnesium, zink of ijzer in.",
            )
        )
    tetracyclines = _medicine_names(plan, MedicineClass.TETRACYCLINE)
    if tetracyclines and "INT-TETRA" in fired:
        sentences.append(
            Text(
                f"Keep 2 to 3 hours between the antibiotic {_quoted(tetracyclines)} and "
                f"calcium, magnesium, zinc or iron.",
                f"Houd 2 tot 3 uur tussen het antibioticum {_quoted(tetracyclines)} en calcium, "
                f"magnesium, zink of ijzer.",
            )
        )
    if "INT-FE-CA" in fired or (N.IRON in has and N.CALCIUM in has):
        sentences.append(
            Text(
                "Take iron and calcium at least 2 hours apart.",
                "Neem ijzer en calcium minstens 2 uur na elkaar in.",
            )
        )
    if N.ZINC in has:
        sentences.append(
            Text(
                "Take zinc with water, not with milk: milk halves how much zinc you absorb.",
                "Neem zink in met water, niet met melk: melk halveert de opname van zink.",
            )
        )
    thiazides = _medicine_names(plan, MedicineClass.THIAZIDE)
    if thiazides and "INT-THIAZIDE" in fired:
        sentences.append(
            Text(
                f"While you use {_quoted(thiazides)}, ask your doctor to check the calcium "
                f"level in your blood now and then.",
                f"Laat uw arts af en toe het calcium in uw bloed controleren zolang u "
                f"{_quoted(thiazides)} gebruikt.",
            )
        )
    if "INT-PPI-MG" in fired:
        sentences.append(
            Text(
                "Your stomach medicine can lower magnesium and vitamin B12: ask your doctor "
                "to check them.",
                "Uw maagzuurremmer kan magnesium en vitamine B12 verlagen: vraag uw arts ze te "
                "laten controleren.",
            )
        )
    sentences.append(
        Text(
            "Take the products as the schedule shows. In doubt, or new medicines? Contact your "
            "dietician before you change anything.",
            "Neem de producten in zoals in het schema staat. Twijfelt u, of krijgt u nieuwe "
            "medicijnen? Neem contact op met uw diëtist voordat u iets verandert.",
        )
    )
    return [sentence(language) for sentence in sentences]
