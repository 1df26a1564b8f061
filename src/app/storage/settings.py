"""Practice settings: one row, created with defaults the first time it is read."""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.domain import limits
from app.domain.limits import check_text
from app.i18n import languages
from app.storage.database import Database
from app.storage.models import PracticeSettings

#: Each practice detail's limit (characters, lines) so the handout header fits on a page.
PRACTICE_LIMITS: tuple[tuple[str, int, int | None], ...] = (
    ("dietician_name", limits.DIETICIAN_NAME, 1),
    ("practice_name", limits.PRACTICE_NAME, 1),
    ("address", limits.ADDRESS, limits.ADDRESS_LINES),
    ("phone", limits.PHONE, 1),
    ("email", limits.EMAIL, 1),
    ("agb_code", limits.AGB_CODE, 1),
)


@dataclass
class Settings:
    """What the practice fills in once: its details for the handout, and the language."""

    dietician_name: str = ""
    practice_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    agb_code: str = ""
    logo: bytes | None = None
    language: str = "system"


class SettingsRepository:
    """Read and save the practice settings."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def load(self) -> Settings:
        """The saved settings, or the defaults when none were saved yet."""
        with self._db.session() as session:
            row = session.get(PracticeSettings, 1)
            if row is None:
                return Settings()
            return Settings(**{f.name: getattr(row, f.name) for f in fields(Settings)})

    def was_saved(self) -> bool:
        """Whether settings were ever saved (or the first-run question skipped) here."""
        with self._db.session() as session:
            return session.get(PracticeSettings, 1) is not None

    def save(self, settings: Settings) -> None:
        """Store the settings; an unknown language is refused."""
        if settings.language != "system" and settings.language not in languages():
            raise ValueError(f"unknown language {settings.language!r}")
        for name, limit, lines in PRACTICE_LIMITS:
            check_text(name, getattr(settings, name), limit, lines)
        with self._db.session() as session:
            row = session.get(PracticeSettings, 1) or PracticeSettings(id=1)
            for f in fields(Settings):
                setattr(row, f.name, getattr(settings, f.name))
            session.add(row)
