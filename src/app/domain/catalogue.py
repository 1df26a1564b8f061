"""The seed catalogue of generic supplements, shipped as data in resources/catalogue."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from app.domain.nutrients import Nutrient, Unit, parse_unit
from app.domain.plan import NutrientAmount, Product
from app.domain.text import fold


@cache
def seed_products() -> tuple[Product, ...]:
    """Every product of the seed catalogue (read once)."""
    raw = (files("app.resources") / "catalogue" / "products.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    products = []
    for entry in data["products"]:
        nutrients = []
        for part in entry["nutrients"]:
            unit = parse_unit(part["unit"])
            if unit is None:
                raise ValueError(f"catalogue {entry['key']}: unknown unit {part['unit']!r}")
            nutrients.append(NutrientAmount(Nutrient(part["nutrient"]), part["amount"], Unit(unit)))
        products.append(
            Product(
                name=entry["name"],
                name_en=entry["name_en"],
                key=entry["key"],
                nutrients=tuple(nutrients),
            )
        )
    return tuple(products)


@cache
def shipped_texts() -> dict[str, tuple[str, str]]:
    """Every product name and note Supplan ships, in either language -> (Dutch, English).

    Plans store an item's product and note as one text (the planfile format has no second
    language), so a catalogue product or template note is recognised by its text, whichever
    language it was added in. Anything the dietician typed is not in here and stays as typed.
    """
    pairs: list[tuple[str, str]] = [(p.name, p.name_en) for p in seed_products() if p.name_en]
    folder = files("app.resources") / "templates"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        for item in json.loads(entry.read_text(encoding="utf-8"))["items"]:
            for key in ("product", "note"):
                if item.get(key) and item.get(f"{key}_en"):
                    pairs.append((item[key], item[f"{key}_en"]))
    texts: dict[str, tuple[str, str]] = {}
    for dutch, english in pairs:
        texts.setdefault(dutch.strip(), (dutch, english))
        texts.setdefault(english.strip(), (dutch, english))
    return texts


def in_language(text: str, language: str) -> str:
    """A shipped product name or note in *language* ("nl" or "en"); any other text as is."""
    pair = shipped_texts().get(text.strip())
    if pair is None:
        return text
    return pair[0] if language == "nl" else pair[1]


def search_products(query: str, products: tuple[Product, ...] | None = None) -> list[Product]:
    """Products whose Dutch or English name holds every word of *query* (accents ignored)."""
    words = fold(query).split()
    pool = seed_products() if products is None else products
    return [
        product
        for product in pool
        if all(word in fold(f"{product.name} {product.name_en} {product.key}") for word in words)
    ]
