"""Refresh the translation sources from the code and compile them.

    .venv/bin/python tools/translations.py          # lupdate + lrelease
    .venv/bin/python tools/translations.py --check  # fail if a .qm is stale

The .ts files are what translators edit (with Qt Linguist); the .qm files are built from them
and committed, so a plain `pip install` ships working translations.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")  # en only carries plural forms ("%n client(s)")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def update() -> None:
    """Collect tr() strings into the .ts files (keeping existing translations), then compile."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"supplan_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language",
             language, *sources, "-ts", str(ts)],
            check=True,
        )  # fmt: skip
        compile_ts(ts, ts.with_suffix(".qm"))


def compile_ts(ts: Path, qm: Path) -> None:
    """Build one .qm from its .ts."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> int:
    """Non-zero when a committed .qm differs from what its .ts compiles to."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"supplan_{language}.ts"
            fresh = Path(tmp) / f"supplan_{language}.qm"
            compile_ts(ts, fresh)
            if not filecmp.cmp(fresh, ts.with_suffix(".qm"), shallow=False):
                stale.append(ts.with_suffix(".qm").name)
    if stale:
        print("stale, run tools/translations.py:", ", ".join(stale), file=sys.stderr)
    return 1 if stale else 0


def main() -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check()
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
