"""Build the executable for this OS, smoke-test it, and pack it: what `make package` runs.

    .venv/bin/python packaging/build.py

dist/Supplan/ is the one-folder build (dist/Supplan.app on macOS); on Linux also
dist/Supplan-<version>-linux-x86_64.tar.gz with the menu entry and icon.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Build, test, pack; print build time and size."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
         str(ROOT / "packaging" / "supplan.spec")],
        check=True,
    )  # fmt: skip
    built = time.perf_counter() - started
    folder = ROOT / "dist" / "Supplan"
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 1024**2
    print(f"built dist/Supplan in {built:.0f} s: {size:.0f} MB unpacked")
    smoke = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py")])
    if smoke.returncode != 0:
        return smoke.returncode
    if sys.platform.startswith("linux"):
        for name in ("supplan.desktop", "install.sh"):
            shutil.copy(ROOT / "packaging" / "linux" / name, folder / name)
        shutil.copy(ROOT / "packaging" / "icons" / "supplan-256.png", folder / "supplan-256.png")
        archive = ROOT / "dist" / f"Supplan-{version}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname="Supplan")
        print(f"packed {archive.relative_to(ROOT)}: {archive.stat().st_size / 1024**2:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
