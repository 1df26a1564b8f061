"""The project's own bookkeeping: one version, a lock that agrees with pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_pyprojects_and_written_nowhere_else() -> None:
    version = PYPROJECT["project"]["version"]
    assert app.version() == app.__version__ == version
    written = [
        str(path.relative_to(ROOT))
        for folder in ("src", "packaging", "database", "tools", ".github")
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and path.suffix in {".py", ".spec", ".iss", ".sh", ".desktop", ".yml", ".mako"}
        and version in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert written == []
