"""The A4 page both PDFs are printed on: font, styles, letterhead, footer and tables.

Apart from the builder so builder.py says what the handout and the summary contain and
this module how a page of either looks (one look for both, black and white, readable).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import cache
from importlib.resources import as_file, files
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.handout.practice import Practice

FONT = "SupplanSans"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BODY_SIZE = 11.5


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (shipped in resources/fonts) once per process."""
    folder = files("app.resources") / "fonts"
    faces = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Italic": "DejaVuSans-Oblique.ttf",
    }
    for name, filename in faces.items():
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic", boldItalic=f"{FONT}-Bold"
    )


def page_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of both documents, by role (body, cell, heading, …)."""
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35, alignment=TA_LEFT
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=11, leading=14),
        "cell": ParagraphStyle("cell", parent=body, fontSize=11, leading=13.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=f"{FONT}-Bold", fontSize=11),
        "note": ParagraphStyle(
            "note", parent=body, fontName=f"{FONT}-Italic", fontSize=11, leading=13.5
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=f"{FONT}-Bold", fontSize=22, leading=27, spaceAfter=4
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=f"{FONT}-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "units": ParagraphStyle(
            "units", parent=body, fontName=f"{FONT}-Bold", fontSize=14, leading=17, alignment=1
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=3
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: markup escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def footer_canvas(footer: Callable[[int, int], str]) -> type[canvas.Canvas]:
    """A canvas that writes "page N of M" on every page once M is known."""

    class FooterCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # passed on as they come
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own; not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 10)
                self.setFillColor(colors.black)
                self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
                self.drawString(MARGIN, 9 * mm, footer(number, total))
                super().showPage()
            super().save()

    return FooterCanvas


def letterhead(
    practice: Practice, words: Mapping[str, str], styles: Mapping[str, ParagraphStyle]
) -> list[Flowable]:
    """The practice's name, address and contacts at the top, with its logo if it has one."""
    lines = [
        f"<b>{escape(practice.practice_name)}</b>" if practice.practice_name else "",
        escape(practice.dietician_name),
        escape(practice.address).replace("\n", "<br/>"),
        " · ".join(
            part
            for part in (
                f"{words['phone']} {escape(practice.phone)}" if practice.phone else "",
                escape(practice.email),
            )
            if part
        ),
        f"{words['agb']} {escape(practice.agb_code)}" if practice.agb_code else "",
    ]
    text = "<br/>".join(line for line in lines if line)
    block = Paragraph(text, styles["small"]) if text else Spacer(1, 1)
    logo = logo_image(practice.logo)
    if logo is None:
        return [block, Spacer(1, 6 * mm)]
    table = Table([[logo, block]], colWidths=[45 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table, Spacer(1, 6 * mm)]


def logo_image(data: bytes | None) -> Image | None:
    """The practice logo scaled to the letterhead; None when absent or unreadable."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:
        return None
    target_height = 22 * mm
    target_width = min(42 * mm, target_height * width / height)
    return Image(io.BytesIO(data), width=target_width, height=target_width * height / width)


def a4_document(buffer: io.BytesIO, title: str, author: str) -> SimpleDocTemplate:
    """An A4 document with room at the bottom for the footer."""
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=title,
        author=author,
    )


#: A table style command: its name, first and last cell, then its values.
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


def grid(
    rows: list[list[object]], widths: list[float], extra: list[TableCommand] | None = None
) -> Table:
    """A black-and-white table with a grey header row that repeats on every page."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *(extra or []),
            ]
        )
    )
    return table
