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


def search_products(query: str, products: tuple[Product, ...] | None = None) -> list[Product]:
    """Products whose Dutch or English name holds every word of *query* (accents ignored)."""
    words = fold(query).split()
    pool = seed_products() if products is None else products
    return [
        product
        for product in pool
        if all(word in fold(f"{product.name} {product.name_en} {product.key}") for word in words)
    ]
