"""The project's own bookkeeping: one version, a lock that agrees with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import app

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def _pins(lock: str) -> dict[str, set[str]]:
    """Package -> pinned versions (a universal lock may pin one per platform)."""
    pins: dict[str, set[str]] = {}
    for name, version in _PIN.findall((ROOT / "requirements" / lock).read_text(encoding="utf-8")):
        pins.setdefault(canonicalize_name(name), set()).add(version)
    return pins


def _unsatisfied(requirements: list[str], pins: dict[str, set[str]]) -> list[str]:
    return [
        f"{text} (locked: {sorted(pins.get(canonicalize_name(req.name), set()))})"
        for text in requirements
        for req in [Requirement(text)]
        if not pins.get(canonicalize_name(req.name))
        or not all(
            req.specifier.contains(v, prereleases=True) for v in pins[canonicalize_name(req.name)]
        )
    ]


def test_the_locks_pin_every_requirement_of_pyproject_within_its_range() -> None:
    """A dependency changed in pyproject.toml without `make lock` fails here, offline."""
    project = PYPROJECT["project"]
    everything = [
        *project["dependencies"],
        *(r for extra in project["optional-dependencies"].values() for r in extra),
        *PYPROJECT["build-system"]["requires"],
    ]
    assert _unsatisfied(everything, _pins("dev.txt")) == []
    app_pins = _pins("app.txt")
    assert _unsatisfied(project["dependencies"], app_pins) == []
    dev_pins = _pins("dev.txt")
    assert {name: app_pins[name] for name in app_pins} == {
        name: dev_pins[name] for name in app_pins
    }
    assert all("--hash=sha256:" in line for line in _pinned_lines("dev.txt"))


def _pinned_lines(lock: str) -> list[str]:
    """Each pin with its continuation lines, as one string."""
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    return [block for block in re.split(r"\n(?=\S)", text) if _PIN.match(block)]


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


def test_every_package_of_the_source_tree_is_installed() -> None:
    """Only listed packages are installed, and an editable install hides a missing one.

    (`make test` installs in editable mode, which finds every folder; a wheel, and with it
    `pip install .`, would leave an unlisted package out.)
    """
    setuptools = PYPROJECT["tool"]["setuptools"]
    folders = {name: ROOT / folder for name, folder in setuptools["package-dir"].items() if name}
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src" / "app").rglob("__init__.py")
    }
    for name, folder in folders.items():
        found |= {
            ".".join((name, *init.parent.relative_to(folder).parts))
            for init in folder.rglob("__init__.py")
        }
    assert sorted(setuptools["packages"]) == sorted(found)
