"""The practice's own products and plan templates (the seed catalogue is data in resources)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files

from sqlmodel import col, select

from app.domain import clock as app_clock
from app.domain import limits
from app.domain.limits import check_text
from app.domain.plan import NutrientAmount, PlanItem, Product
from app.domain.planfile import (
    item_to_data,
    items_from_data,
    nutrients_from_data,
    nutrients_to_data,
)
from app.storage.database import Database
from app.storage.models import PlanTemplate, PracticeProduct


@dataclass(frozen=True)
class PracticeProductRecord:
    """A product of the practice's own catalogue."""

    id: int
    product: Product
    archived: bool


class ProductRepository:
    """Add, edit and archive the practice's products."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = app_clock.now) -> None:
        self._db = database
        self._clock = clock

    def list(self, include_archived: bool = False) -> list[PracticeProductRecord]:
        """The practice's products by name."""
        statement = select(PracticeProduct).order_by(PracticeProduct.name)
        if not include_archived:
            statement = statement.where(col(PracticeProduct.archived).is_(False))
        with self._db.session() as session:
            return [_record(row) for row in session.exec(statement)]

    def create(self, name: str, nutrients: tuple[NutrientAmount, ...]) -> PracticeProductRecord:
        """Add a product."""
        _check(name, nutrients)
        now = self._clock()
        with self._db.session() as session:
            row = PracticeProduct(
                name=name.strip(), nutrients=_dump(nutrients), created_at=now, modified_at=now
            )
            session.add(row)
            session.flush()
            return _record(row)

    def update(
        self, product_id: int, name: str, nutrients: tuple[NutrientAmount, ...]
    ) -> PracticeProductRecord:
        """Change a product; plans already made keep what they prescribed."""
        _check(name, nutrients)
        with self._db.session() as session:
            row = session.get(PracticeProduct, product_id)
            if row is None:
                raise LookupError(product_id)
            row.name, row.nutrients, row.modified_at = name.strip(), _dump(nutrients), self._clock()
            session.add(row)
            return _record(row)

    def set_archived(self, product_id: int, archived: bool) -> None:
        """Hide a product from the picker (or bring it back)."""
        with self._db.session() as session:
            row = session.get(PracticeProduct, product_id)
            if row is None:
                raise LookupError(product_id)
            row.archived = archived
            session.add(row)


def _check(name: str, nutrients: tuple[NutrientAmount, ...]) -> None:
    if not name.strip() or limits.too_long(
        name.strip(), limits.PRODUCT_NAME, limits.PRODUCT_NAME_LINES
    ):
        raise ValueError(f"a product needs a name of at most {limits.PRODUCT_NAME} characters")
    if not nutrients:
        raise ValueError("a product needs at least one nutrient")


def _dump(nutrients: tuple[NutrientAmount, ...]) -> str:
    return json.dumps(nutrients_to_data(nutrients), ensure_ascii=False)


def _record(row: PracticeProduct) -> PracticeProductRecord:
    assert row.id is not None
    product = Product(
        name=row.name, nutrients=nutrients_from_data(json.loads(row.nutrients)), key=f"p{row.id}"
    )
    return PracticeProductRecord(row.id, product, row.archived)


@dataclass(frozen=True)
class Template:
    """A protocol to start a plan from: built in (shipped) or saved by the practice."""

    name: str
    items: tuple[PlanItem, ...]
    id: int | None = None  # None for the built-in ones
    name_en: str = ""

    @property
    def builtin(self) -> bool:
        """Shipped with Supplan (cannot be deleted)."""
        return self.id is None


def builtin_templates() -> list[Template]:
    """The protocols shipped in resources/templates."""
    folder = files("app.resources") / "templates"
    templates = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        templates.append(
            Template(
                name=data["name"],
                name_en=data.get("name_en", data["name"]),
                items=tuple(items_from_data(data["items"])),
            )
        )
    return templates


class TemplateRepository:
    """The practice's saved protocols, after the built-in ones."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = app_clock.now) -> None:
        self._db = database
        self._clock = clock

    def list(self) -> list[Template]:
        """Built-in templates first, then the practice's by name."""
        with self._db.session() as session:
            rows = session.exec(select(PlanTemplate).order_by(PlanTemplate.name)).all()
            saved = [
                Template(
                    name=r.name, items=tuple(items_from_data(json.loads(r.items), True)), id=r.id
                )
                for r in rows
            ]
        return builtin_templates() + saved

    def save(self, name: str, items: tuple[PlanItem, ...]) -> Template:
        """Save a plan's items as a named template."""
        if not name.strip():
            raise ValueError("a template needs a name")
        check_text("name", name.strip(), limits.TITLE)
        data = json.dumps([item_to_data(i) for i in items], ensure_ascii=False)
        with self._db.session() as session:
            row = PlanTemplate(name=name.strip(), items=data, created_at=self._clock())
            session.add(row)
            session.flush()
            return Template(name=row.name, items=items, id=row.id)

    def delete(self, template_id: int) -> None:
        """Remove a saved template."""
        with self._db.session() as session:
            row = session.get(PlanTemplate, template_id)
            if row is not None:
                session.delete(row)
