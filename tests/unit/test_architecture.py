"""The domain is pure Python: importing it must not pull in Qt or the database layer."""

import subprocess
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "src" / "app" / "domain"


def test_domain_sources_import_neither_qt_nor_storage():
    offenders = []
    for source in DOMAIN.rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and any(
                name in stripped for name in ("PySide6", "sqlmodel", "sqlalchemy", "app.storage")
            ):
                offenders.append(f"{source.name}: {stripped}")
    assert offenders == []


def test_importing_every_domain_module_loads_no_qt_or_sqlalchemy():
    modules = sorted(p.stem for p in DOMAIN.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import app.domain.{m}\n" for m in modules)
        + "heavy = ('PySide6', 'sqlalchemy', 'sqlmodel')\n"
        + "bad = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        + "print(bad)\n"
        + "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 2
