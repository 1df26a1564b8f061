"""Refresh the lock files from pyproject.toml: what `make lock` runs.

`make lock UPGRADE=1` moves every pin to the newest release the ranges allow.

requirements/dev.txt pins the app, the test tools, the packaging tools and the build backend;
requirements/app.txt pins what `make run` needs, at the same versions. Both are universal
(one file for Linux, Windows and macOS, with environment markers) and carry the hash of every
wheel and sdist, so `pip install --require-hashes -r ...` installs exactly what was tested.
No index address is written into them: uv uses pip's configured index, if any, at run time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ROOT / "requirements"


def main(argv: list[str]) -> int:
    """Compile dev.txt (everything), then app.txt constrained to dev.txt's versions."""
    from uv import find_uv_bin

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # The build backend is locked too: Supplan itself is installed with --no-build-isolation.
    build = "\n".join(project["build-system"]["requires"]) + "\n"
    python = project["project"]["requires-python"].removeprefix(">=")
    common = [
        find_uv_bin(), "pip", "compile", "pyproject.toml", "-",
        "--universal", "--generate-hashes", "--python-version", python,
        "--custom-compile-command", "make lock", "--quiet",
    ]  # fmt: skip
    if "--upgrade" in argv:
        common.append("--upgrade")
    env = dict(os.environ)
    index = _pip_index()
    if index and "UV_DEFAULT_INDEX" not in env:
        env["UV_DEFAULT_INDEX"] = index
    LOCKS.mkdir(exist_ok=True)
    for output, extra in (
        ("dev.txt", ["--all-extras"]),
        ("app.txt", ["-c", "requirements/dev.txt"]),
    ):
        subprocess.run(
            [*common, *extra, "-o", f"requirements/{output}"],
            input=build, text=True, cwd=ROOT, env=env, check=True,
        )  # fmt: skip
        print(f"wrote requirements/{output}")
    return 0


def _pip_index() -> str | None:
    """The index pip is configured for here (environment or pip.conf), or None for PyPI."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"]
    answer = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"],
        capture_output=True, text=True,
    )  # fmt: skip
    return answer.stdout.strip() or None if answer.returncode == 0 else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
