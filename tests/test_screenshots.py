"""`make screenshots` keeps working: the script makes the README's three pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_pictures_are_made_from_demo_data(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(tmp_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    sizes = {name: QImage(str(tmp_path / name)).size() for name in os.listdir(tmp_path)}
    assert {name: (s.width(), s.height()) for name, s in sizes.items()} == {
        "register.png": (1366, 768),
        "editor.png": (1366, 768),
        "handout-page1.png": (497, 702),  # A4 at 60 dpi
    }
