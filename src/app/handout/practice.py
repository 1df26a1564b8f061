"""The practice details a handout is printed with (no reportlab, so cheap to import)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Practice:
    """Who gives the handout: printed in its header and contact section."""

    practice_name: str = ""
    dietician_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    agb_code: str = ""
    logo: bytes | None = None

    @classmethod
    def from_settings(cls, settings: object) -> Practice:
        """The practice details of the saved settings (any object with those attributes)."""
        return cls(**{name: getattr(settings, name) for name in cls.__dataclass_fields__})
