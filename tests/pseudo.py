"""A generated pseudo-language: every catalogue text wrapped and accented, e.g. ⟦Šåvé⟧.

A window or handout shown in it shows at a glance, and to a test, every string that did not
go through the catalogue (app/i18n.py): such a string has no ⟦ ⟧ around it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "resources" / "locale" / "supplan.pot"
PSEUDO = "xx"
OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ", "åƀçđéĝĥîķļñöŗšţûýžÅƁÇĐÉĜĤÎĶĻÑÖŖŠŢÛÝŽ"
)
# Placeholders, HTML tags and entities stay as they are: the code fills and renders them.
_KEEP = re.compile(r"(\{[^{}]*\}|<[^<>]*>|&[a-z]+;|&&)")


def pseudo(text: str) -> str:
    """*text* accented and wrapped, its placeholders, tags and accelerators intact."""
    parts = _KEEP.split(text)
    return (
        OPEN + "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts) + CLOSE
    )


def write_pseudo_locale(folder: Path) -> Path:
    """Compile the pseudo-language from the committed template into *folder*; returns it."""
    with TEMPLATE.open("rb") as file:
        template = read_po(file)
    catalog = Catalog(locale="en", domain="supplan", fuzzy=False)  # English plural rule
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, (list, tuple)):
            string: str | tuple[str, ...] = tuple(pseudo(form) for form in message.id)
        else:
            string = pseudo(message.id)
        catalog.add(message.id, string, context=message.context)
    target = folder / PSEUDO / "LC_MESSAGES" / "supplan.mo"
    target.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_mo(out, catalog)
    target.write_bytes(out.getvalue())
    return folder


def untranslated(texts: list[str]) -> list[str]:
    """The visible texts that did not come from the catalogue (no ⟦ ⟧, yet words in them)."""
    return [t for t in texts if OPEN not in t and re.search(r"[A-Za-z]{2,}", t)]
