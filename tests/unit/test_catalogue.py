"""The seed catalogue: enough products, valid compositions, searchable as a dietician types."""

from app.domain.catalogue import search_products, seed_products
from app.domain.nutrients import Nutrient


def test_at_least_25_products_with_unique_keys_and_nutrients():
    products = seed_products()
    assert len(products) >= 25
    assert len({p.key for p in products}) == len(products)
    assert all(p.nutrients and p.name and p.name_en for p in products)


def test_the_catalogue_covers_what_the_article_needs():
    def strengths(nutrient: Nutrient, only: bool = True) -> set[float]:
        return {
            p.nutrients[0].canonical
            for p in seed_products()
            if p.nutrients[0].nutrient is nutrient and (len(p.nutrients) == 1 or not only)
        }

    assert {10, 20, 25, 75} <= strengths(Nutrient.VITAMIN_D)
    assert {100, 200} <= strengths(Nutrient.MAGNESIUM)
    assert {10, 15, 25} <= strengths(Nutrient.ZINC)
    assert {45, 75, 100} <= strengths(Nutrient.VITAMIN_K2)
    assert {1, 2} <= strengths(Nutrient.COPPER)
    assert strengths(Nutrient.IRON) and strengths(Nutrient.PREBIOTIC_FIBRE)
    combos = [p for p in seed_products() if {n.nutrient for n in p.nutrients} == {
        Nutrient.CALCIUM, Nutrient.VITAMIN_D}]  # fmt: skip
    assert len(combos) >= 2


def test_search_in_dutch_or_english_as_typed():
    assert {p.key for p in search_products("zink")} == {"zn-10", "zn-15", "zn-25"}
    assert {p.key for p in search_products("ZINC")} == {"zn-10", "zn-15", "zn-25"}
    assert {p.key for p in search_products("mk-7")} == {"k2-45", "k2-75", "k2-100"}
    assert all("calc" in p.name.lower() for p in search_products("calc"))
    assert len(search_products("calc")) >= 5
    assert search_products("xyz") == []
