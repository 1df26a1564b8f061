"""Refresh the text catalogue from the code and compile it (the gettext side of the texts).

    .venv/bin/python tools/catalogue.py            # extract -> supplan.pot, update .po, compile .mo
    .venv/bin/python tools/catalogue.py --check    # fail if the .pot, a .po or a .mo is stale

Extraction reads every ``_``, ``ngettext``, ``pgettext`` and ``N_`` call in src/app (see
app/i18n.py). Translators edit ``resources/locale/<language>/LC_MESSAGES/supplan.po`` with any
gettext tool (Poedit, Lokalize, Weblate); the compiled ``.mo`` files are committed so a plain
``pip install`` ships them. A new language: ``--add xx``, translate the new .po, run again.
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "app"
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "supplan.pot"
DOMAIN = "supplan"
# Fixed dates keep the files byte-stable, so --check can compare them.
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def po_path(language: str) -> Path:
    """Where the catalogue of *language* lives."""
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def translated_languages() -> list[str]:
    """Languages with a .po file (English is the source and has none)."""
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract() -> Catalog:
    """Every marked text in the code, as a template catalogue."""
    template = Catalog(
        project="Supplan", domain=DOMAIN, creation_date=STAMP, revision_date=STAMP, fuzzy=False
    )
    found = extract_from_dir(
        str(SOURCES),
        method_map=[("**.py", "python")],
        keywords={**DEFAULT_KEYWORDS, "N_plural": (1, 2)},
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        template.add(
            message,
            locations=[(f"src/app/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def _po_bytes(catalog: Catalog, *, template: bool = False) -> bytes:
    out = io.BytesIO()
    write_po(
        out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False,
        ignore_obsolete=True, include_previous=False,
    )  # fmt: skip
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def updated(template: Catalog, language: str) -> Catalog:
    """The catalogue of *language* brought up to the template, translations kept.

    No fuzzy guessing: a changed English text comes back untranslated, so the completeness
    test sends a translator to it instead of shipping a near-miss.
    """
    path = po_path(language)
    if path.exists():
        with path.open("rb") as file:
            catalog = read_po(file, locale=language)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, creation_date=STAMP)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.revision_date = STAMP
    catalog.creation_date = STAMP
    catalog.obsolete.clear()
    catalog.fuzzy = False  # a fuzzy header would drop the plural rule from the .mo
    catalog.project = "Supplan"
    return catalog


def wanted_files() -> dict[Path, bytes]:
    """Every catalogue file as the code says it should be."""
    template = extract()
    files = {TEMPLATE: _po_bytes(template, template=True)}
    for language in translated_languages():
        catalog = updated(template, language)
        files[po_path(language)] = _po_bytes(catalog)
        files[po_path(language).with_suffix(".mo")] = _mo_bytes(catalog)
    return files


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if any file is stale")
    parser.add_argument("--add", metavar="LANGUAGE", help="start a catalogue for a new language")
    args = parser.parse_args()
    if args.add:
        po_path(args.add).parent.mkdir(parents=True, exist_ok=True)
        po_path(args.add).touch()
        po_path(args.add).write_bytes(_po_bytes(Catalog(locale=args.add, domain=DOMAIN)))
    stale = []
    for path, content in wanted_files().items():
        if path.exists() and path.read_bytes() == content:
            continue
        if args.check:
            stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    if stale:
        print("stale, run tools/catalogue.py:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
