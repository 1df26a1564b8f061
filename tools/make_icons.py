"""Render the application icon (resources/icons/supplan.svg) at the usual sizes.

    .venv/bin/python tools/make_icons.py

Writes packaging/icons/supplan-N.png, packaging/supplan.ico (Windows) and
packaging/supplan.icns (macOS); commit them with the SVG.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def main() -> None:
    """Render and write every size and the two container formats."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "supplan.svg"))
    out = ROOT / "packaging" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        data = bytes(buffer.data())
        if size <= 512:
            (out / f"supplan-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data))
    images[256].save(
        ROOT / "packaging" / "supplan.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    images[1024].save(ROOT / "packaging" / "supplan.icns")


if __name__ == "__main__":
    main()
