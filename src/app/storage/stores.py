"""All repositories over one database, handed to the UI as one value."""

from __future__ import annotations

from dataclasses import dataclass

from app.storage.catalogue import ProductRepository, TemplateRepository
from app.storage.clients import ClientRepository
from app.storage.database import Database
from app.storage.plans import PlanRepository
from app.storage.settings import SettingsRepository


@dataclass(frozen=True)
class Stores:
    """The storage API the windows are given (never a global)."""

    clients: ClientRepository
    plans: PlanRepository
    products: ProductRepository
    templates: TemplateRepository
    settings: SettingsRepository

    @classmethod
    def over(cls, database: Database) -> Stores:
        """Repositories sharing *database*."""
        return cls(
            clients=ClientRepository(database),
            plans=PlanRepository(database),
            products=ProductRepository(database),
            templates=TemplateRepository(database),
            settings=SettingsRepository(database),
        )
