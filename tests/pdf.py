"""Reading produced PDFs back: text per page, and whether a rendered page has ink."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def joined(pdf: bytes) -> str:
    """All text, with line breaks folded to spaces (table cells wrap)."""
    return " ".join(" ".join(page_texts(pdf)).split())


def dark_pixel_share(pdf_path: Path, page: int = 1) -> float:
    """Share of dark pixels on a page rendered by pdftoppm (poppler-utils) at 30 dpi."""
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is installed by make test"
    out = subprocess.run(
        ["pdftoppm", "-gray", "-r", "30", "-f", str(page), "-l", str(page), str(pdf_path)],
        capture_output=True,
        check=True,
    ).stdout
    # PGM (P5): header "P5\nW H\n255\n" then one byte per pixel.
    magic, size, maxval, pixels = out.split(b"\n", 3)
    assert magic == b"P5" and maxval == b"255"
    width, height = (int(v) for v in size.split())
    data = pixels[: width * height]
    return sum(1 for value in data if value < 128) / len(data)
