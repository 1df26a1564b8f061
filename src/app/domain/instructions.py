"""Plain-language advice for the client, derived from the plan, its findings and her medicines.

The handout never shows rule ids or jargon: each applicable situation becomes one sentence
a client can act on at her kitchen table. A sentence names only what the plan gives, never
contradicts the schedule, and follows what the dietician agreed when she overrode a finding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.domain.medicines import MedicineClass
from app.domain.nutrients import Nutrient, nutrient_name
from app.domain.plan import Moment, Plan, TakenWith
from app.domain.rules import Finding, Text

N = Nutrient

#: The minerals the interaction sentences may name, in the order they are named.
MINERALS = (N.CALCIUM, N.MAGNESIUM, N.IRON, N.ZINC)


def _medicine_names(plan: Plan, kind: MedicineClass) -> list[str]:
    return plan.client.recognised_medicines.names_of(kind)  # recognised once, with the rules


def _quoted(names: list[str]) -> str:
    return ", ".join(names)


def _listed(nutrients: Sequence[Nutrient], language: str, word: str = "and") -> str:
    """Names of *nutrients* joined as a sentence: "calcium, magnesium and zinc"."""
    names = [nutrient_name(n, language) for n in nutrients]
    if len(names) <= 1:
        return "".join(names)
    joiner = {"and": (" and ", " en "), "or": (" or ", " of ")}[word][language == "nl"]
    return ", ".join(names[:-1]) + joiner + names[-1]


def _minerals_in(has: set[Nutrient], among: tuple[Nutrient, ...] = MINERALS) -> list[Nutrient]:
    """The minerals of *among* that the plan gives: a sentence never names one it has not."""
    return [n for n in among if n in has]


def _taken_in_the_morning(plan: Plan, nutrients: list[Nutrient]) -> bool:
    """Whether the schedule gives any of *nutrients* in the morning."""
    return any(
        item.schedule.get(Moment.MORNING, 0)
        and any(p.nutrient in nutrients for p in item.nutrients)
        for item in plan.items
    )


def client_instructions(
    plan: Plan,
    findings: list[Finding],
    language: str,
    overrides: Mapping[str, object] | None = None,
) -> list[str]:
    """The sentences for the handout's "good to know" section, most important first.

    Every sentence follows from the plan as scheduled: it names only what the plan contains,
    never contradicts how a product is taken, and gives the agreed instruction where the
    dietician overrode a finding with a reason.
    """
    overrides = overrides or {}
    fired = {f.rule_id: f for f in findings}
    has = set(plan.daily_totals())
    sentences: list[Text] = []

    vka = _medicine_names(plan, MedicineClass.VITAMIN_K_ANTAGONIST)
    vitamin_k = [n for n in (N.VITAMIN_K1, N.VITAMIN_K2) if n in has]
    if vka and vitamin_k and "INT-VKA-K" in fired and "INT-VKA-K" in overrides:
        # Agreed with the anticoagulation clinic: a steady daily amount, no surprises.
        sentences.append(
            Text(
                f"Take {_listed(vitamin_k, 'en')} every day in the same amount, as the schedule "
                f"shows: this was agreed with the anticoagulation clinic. Tell the "
                f"anticoagulation clinic before you change the amount or stop: it changes how "
                f"{_quoted(vka)} works.",
                f"Neem {_listed(vitamin_k, 'nl')} elke dag in dezelfde hoeveelheid, zoals in "
                f"het schema staat: dit is afgesproken met de trombosedienst. Laat het de "
                f"trombosedienst weten voordat u de hoeveelheid verandert of ermee stopt: het "
                f"verandert de werking van {_quoted(vka)}.",
            )
        )
    elif vka:
        sentences.append(
            Text(
                f"Do not start vitamin K (also not in a multivitamin) without talking to the "
                f"anticoagulation clinic first: it changes how {_quoted(vka)} works.",
                f"Begin niet met vitamine K (ook niet in een multivitamine) zonder overleg met "
                f"de trombosedienst: het verandert de werking van {_quoted(vka)}.",
            )
        )
    bisphosphonates = _medicine_names(plan, MedicineClass.BISPHOSPHONATE)
    minerals = _minerals_in(has)
    if bisphosphonates and "INT-BISPH" in fired and minerals:
        minutes = fired["INT-BISPH"].values.get("minutes", 30)
        if _taken_in_the_morning(plan, minerals):
            # The schedule has them in the morning: "later in the day" would contradict it.
            later = (
                f"On the morning you take {_quoted(bisphosphonates)}, wait at least {minutes} "
                f"minutes before you take {_listed(minerals, 'en')}.",
                f"Wacht op de ochtend dat u {_quoted(bisphosphonates)} inneemt minstens "
                f"{minutes} minuten voordat u {_listed(minerals, 'nl')} inneemt.",
            )
        else:
            later = (
                f"Take {_listed(minerals, 'en')} at least {minutes} minutes later, "
                f"preferably later in the day.",
                f"Neem {_listed(minerals, 'nl')} minstens {minutes} minuten later in, bij "
                f"voorkeur later op de dag.",
            )
        sentences.append(
            Text(
                f"Take {_quoted(bisphosphonates)} on an empty stomach with a glass of plain "
                f"water. {later[0]}",
                f"Neem {_quoted(bisphosphonates)} nuchter in met een glas gewoon water. {later[1]}",
            )
        )
    thyroid = _medicine_names(plan, MedicineClass.LEVOTHYROXINE)
    thyroid_minerals = _minerals_in(has, (N.CALCIUM, N.IRON, N.MAGNESIUM))
    if thyroid and "INT-LT4" in fired and thyroid_minerals:
        sentences.append(
            Text(
                f"Keep at least 4 hours between {_quoted(thyroid)} and "
                f"{_listed(thyroid_minerals, 'en', 'or')}.",
                f"Houd minstens 4 uur tussen {_quoted(thyroid)} en "
                f"{_listed(thyroid_minerals, 'nl', 'or')}.",
            )
        )
    quinolones = _medicine_names(plan, MedicineClass.QUINOLONE)
    if quinolones and "INT-QUINOLONE" in fired and minerals:
        sentences.append(
            Text(
                f"Take the antibiotic {_quoted(quinolones)} 2 hours before or 6 hours after "
                f"{_listed(minerals, 'en', 'or')}.",
                f"Neem het antibioticum {_quoted(quinolones)} 2 uur vóór of 6 uur na "
                f"{_listed(minerals, 'nl', 'or')} in.",
            )
        )
    tetracyclines = _medicine_names(plan, MedicineClass.TETRACYCLINE)
    if tetracyclines and "INT-TETRA" in fired and minerals:
        sentences.append(
            Text(
                f"Keep 2 to 3 hours between the antibiotic {_quoted(tetracyclines)} and "
                f"{_listed(minerals, 'en', 'or')}.",
                f"Houd 2 tot 3 uur tussen het antibioticum {_quoted(tetracyclines)} en "
                f"{_listed(minerals, 'nl', 'or')}.",
            )
        )
    if N.IRON in has and N.CALCIUM in has and "INT-FE-CA" not in fired:
        # Only when the schedule already keeps them apart; otherwise the finding says so.
        sentences.append(
            Text(
                "Take iron and calcium at least 2 hours apart, as the schedule shows.",
                "Neem ijzer en calcium minstens 2 uur na elkaar in, zoals in het schema staat.",
            )
        )
    zinc_with = {
        item.taken_with for item in plan.items if item.units_per_day and item.contains(N.ZINC)
    }
    if zinc_with and TakenWith.MILK not in zinc_with:
        sentences.append(
            Text(
                "Take zinc with water, not with milk: milk halves how much zinc you absorb.",
                "Neem zink in met water, niet met melk: melk halveert de opname van zink.",
            )
            if zinc_with == {TakenWith.WATER}
            else Text(
                "Take zinc as the schedule shows, but not with a glass of milk: milk halves "
                "how much zinc you absorb.",
                "Neem zink in zoals in het schema staat, maar niet met een glas melk: melk "
                "halveert de opname van zink.",
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
