"""Realistic synthetic clients and plans, for a first look at Supplan and for benchmarks.

Deterministic for a given seed: Dutch names with prefixes and accents, ages 18 to 95,
mostly women, medicines that do and do not interact, plans built from the seed catalogue.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.catalogue import seed_products
from app.domain.clients import ClientDraft, Diet, MenopausalStatus, Sex
from app.domain.plan import Moment, PlanItem, TakenWith

WOMEN = (
    "Anna", "Maria", "Johanna", "Elisabeth", "Cornelia", "Wilhelmina", "Hendrika", "Geertruida",
    "Joëlle", "Zoë", "Noëlle", "Inès", "Renée", "Chloé", "Fenna", "Sanne", "Lotte", "Femke",
    "Marieke", "Anouk", "Ilse", "Mirjam", "Ingrid", "Yvonne", "Fatima", "Aïcha", "Naïma",
    "Özlem", "Ayşe", "Daniëlle", "Ellen", "Thea", "Gerda", "Truus", "Riet", "Loïs", "Eline",
)  # fmt: skip
MEN = (
    "Jan", "Pieter", "Johannes", "Cornelis", "Hendrik", "Willem", "Gerrit", "Dirk", "René",
    "André", "Sjoerd", "Joël", "Mohammed", "Mehmet", "Kees", "Bram", "Daan", "Thijs",
)  # fmt: skip
FAMILIES = (
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
    ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
    ("", "Kok"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
    ("van den", "Broek"), ("de", "Bruijn"), ("van der", "Heijden"), ("", "Schouten"),
    ("van", "Beek"), ("", "Willems"), ("van", "Vliet"), ("", "Hoekstra"), ("", "Maas"),
    ("", "Verhoeven"), ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("'t", "Hart"),
    ("", "Öztürk"), ("", "Yılmaz"), ("", "El Amrani"), ("", "Çelik"), ("", "Müller"),
    ("", "Ćosić"), ("", "Bouzerda"), ("ter", "Horst"), ("ten", "Cate"), ("", "Scholten"),
)  # fmt: skip
MEDICINES = (
    "Fosamax 70 mg", "Alendroninezuur 70 mg", "Risedronaat 35 mg", "Thyrax Duotab 0,1 mg",
    "Euthyrox 50 µg", "omeprazol 20 mg", "pantoprazol 40 mg", "Sintrom mitis 1 mg",
    "hydrochloorthiazide 12,5 mg", "metformine 500 mg", "simvastatine 40 mg",
    "amlodipine 5 mg", "Ciproxin 500 mg", "doxycycline 100 mg", "paracetamol 500 mg",
)  # fmt: skip
REFERENCE = date(2026, 1, 1)


@dataclass(frozen=True)
class DemoPlan:
    """A plan to create for the client at *client_index*."""

    client_index: int
    title: str
    plan_date: date
    items: tuple[PlanItem, ...]


def demo_clients(count: int, seed: int = 1) -> Iterator[ClientDraft]:
    """*count* synthetic clients, always the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        sex = Sex.FEMALE if rng.random() < 0.8 else (Sex.MALE if rng.random() < 0.95 else Sex.OTHER)
        given = rng.choice(MEN if sex is Sex.MALE else WOMEN)
        if rng.random() < 0.15:
            given = f"{given} {rng.choice(MEN if sex is Sex.MALE else WOMEN)}"
        prefix, family = rng.choice(FAMILIES)
        age = rng.randint(18, 95)
        birth = REFERENCE - timedelta(days=age * 365 + rng.randint(0, 364))
        status = MenopausalStatus.UNKNOWN
        if sex is not Sex.MALE:
            if age >= 56:
                status = MenopausalStatus.POSTMENOPAUSAL
            elif age >= 45:
                status = rng.choice(
                    [MenopausalStatus.PERIMENOPAUSAL, MenopausalStatus.POSTMENOPAUSAL]
                )
            else:
                status = MenopausalStatus.PREMENOPAUSAL
            if rng.random() < 0.05:
                status = MenopausalStatus.UNKNOWN
        diet = rng.choices(list(Diet), weights=(55, 25, 15, 5))[0]
        medicines = rng.sample(MEDICINES, k=rng.choice((0, 0, 1, 1, 2, 3)))
        yield ClientDraft(
            given_names=given,
            family_name_prefix=prefix,
            family_name=family,
            birth_date=birth,
            sex=sex,
            menopausal_status=status,
            diet=diet,
            dietary_calcium_mg=rng.choice((None, None, rng.randrange(400, 1500, 50))),
            medicines=medicines,
            email=f"{given.split()[0].lower()}.{family.lower().replace(' ', '')}@example.nl"
            if rng.random() < 0.6
            else "",
        )


def demo_plans(client_count: int, per_client: int, seed: int = 1) -> Iterator[DemoPlan]:
    """*per_client* plans for each client, built from the seed catalogue."""
    rng = random.Random(seed + 1)
    products = seed_products()
    moments = list(Moment)
    for client_index in range(client_count):
        for number in range(per_client):
            chosen = rng.sample(products, k=rng.randint(2, 6))
            items = tuple(
                PlanItem(
                    product=product.name,
                    nutrients=product.nutrients,
                    schedule={m: (1 if m is rng.choice(moments) else 0) for m in moments},
                    taken_with=rng.choices(list(TakenWith), weights=(70, 5, 20, 5))[0],
                    long_term=rng.random() < 0.8,
                )
                for product in chosen
            )
            yield DemoPlan(
                client_index,
                f"Plan {number + 1}",
                REFERENCE + timedelta(days=rng.randint(0, 300)),
                items,
            )
