"""Build the client's handout and the professional summary as A4 PDFs.

Readable at the kitchen table and in black and white: body text of 11 pt and more, black on
white, grid lines instead of colour, an embedded DejaVu Sans that has every European glyph
(ë, ï, é, ü, ß, µ, ≤, ≥, €), the table header repeated on every page, and "page N of M" in the
footer. The texts come from the one text catalogue (app.i18n, pure Python, no Qt) in the
handout's own language, which need not be the language of the windows.
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
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.catalogue import in_language
from app.domain.clients import format_date
from app.domain.evaluation import Evaluation
from app.domain.nutrients import nutrient_title, sentence_start
from app.domain.plan import Moment, Plan, PlanItem, TakenWith, composition_text, moment_name
from app.domain.rules import RULES
from app.domain.severity import Severity, severity_label
from app.handout.practice import Practice
from app.i18n import N_, catalogue

FONT = "SupplanSans"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BODY_SIZE = 11.5


WORDS: dict[str, str] = {
    "title": N_("Your supplement plan"),
    "for": N_("For"),
    "date": N_("Date"),
    "schedule": N_("When to take what"),
    "product": N_("Product"),
    "how": N_("How to take it"),
    "instructions": N_("Good to know"),
    "notes": N_("From your dietician"),
    "contact": N_("Questions?"),
    "contact_text": N_("Contact {who}."),
    "your_dietician": N_("your dietician"),
    "phone": N_("phone"),
    "email": N_("email"),
    "agb": N_("AGB code"),
    "page": N_("Supplement plan of {name} · {date} · page {page} of {pages}"),
    "empty": N_("No products in this plan yet."),
    "long_term": N_("keep taking"),
    "course": N_("for a limited period"),
    "summary_title": N_("Professional summary"),
    "client": N_("Client"),
    "age": N_("age {age}"),
    "medicines": N_("Medicines"),
    "none": N_("none"),
    "composition": N_("Per unit"),
    "per_day": N_("Units per day"),
    "totals": N_("Daily totals from supplements"),
    "nutrient": N_("Nutrient"),
    "amount": N_("Per day"),
    "limit": N_("Limit"),
    "share": N_("Of limit"),
    "findings": N_("Findings"),
    "no_findings": N_("No findings: the plan meets every rule."),
    "action": N_("Action"),
    "source": N_("Source"),
    "overridden": N_("Overridden with reason"),
    "acknowledged": N_("Acknowledged with reason"),
    "overrides": N_("Overrides and acknowledgements"),
    "no_overrides": N_("None."),
    "rules_version": N_("rules version"),
}
TAKEN_WITH: dict[TakenWith, str] = {
    TakenWith.WATER: N_("with water"),
    TakenWith.MILK: N_("with milk"),
    TakenWith.MEAL: N_("with a meal"),
    TakenWith.OTHER: "",
}
NOT_WITH_MILK = N_("not with milk")


def _words(language: str) -> dict[str, str]:
    """The handout's fixed words in *language*, from the one text catalogue."""
    texts = catalogue(language)
    return {key: texts.gettext(text) for key, text in WORDS.items()}


@cache
def _register_fonts() -> None:
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


def _styles() -> dict[str, ParagraphStyle]:
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _footer_canvas(footer: Callable[[int, int], str]) -> type[canvas.Canvas]:
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


def _header(
    practice: Practice, words: Mapping[str, str], styles: Mapping[str, ParagraphStyle]
) -> list[Flowable]:
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
    logo = _logo(practice.logo)
    if logo is None:
        return [block, Spacer(1, 6 * mm)]
    table = Table([[logo, block]], colWidths=[45 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table, Spacer(1, 6 * mm)]


def _logo(data: bytes | None) -> Image | None:
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


def _how(item: PlanItem, language: str) -> str:
    texts = catalogue(language)
    parts = [texts.gettext(TAKEN_WITH[item.taken_with]) if TAKEN_WITH[item.taken_with] else ""]
    contains_zinc = any(n.nutrient.value == "zinc" and n.canonical > 0 for n in item.nutrients)
    if contains_zinc and item.taken_with is not TakenWith.MILK:
        parts.append(texts.gettext(NOT_WITH_MILK))
    words = _words(language)
    parts.append(words["long_term"] if item.long_term else words["course"])
    return ", ".join(part for part in parts if part)


def _schedule_table(plan: Plan, language: str, styles: Mapping[str, ParagraphStyle]) -> Flowable:
    words = _words(language)
    moments = {m: sentence_start(moment_name(m, language)) for m in Moment}
    header: list[object] = [_p(words["product"], styles["cell_bold"])]
    header += [_p(moments[m], styles["cell_bold"]) for m in Moment]
    header.append(_p(words["how"], styles["cell_bold"]))
    rows: list[list[object]] = [header]
    for item in plan.items:
        name = in_language(item.product, language)  # shipped names in the handout's language
        product: list[Flowable] = [_p(name, styles["cell_bold"])]
        if item.note.strip():
            product.append(_p(in_language(item.note, language), styles["note"]))
        units = [
            _p(str(item.schedule.get(m, 0)) if item.schedule.get(m, 0) else "", styles["units"])
            for m in Moment
        ]
        rows.append([product, *units, _p(_how(item, language), styles["cell"])])
    # Moment columns just wide enough that no word of their header ("Ochtend") breaks.
    longest_word = max(
        pdfmetrics.stringWidth(word, f"{FONT}-Bold", 11)
        for label in moments.values()
        for word in label.split()
    )
    moment_width = max(18 * mm, longest_word + 10)
    how_width = 34 * mm
    product_width = PAGE_WIDTH - 2 * MARGIN - 4 * moment_width - how_width
    widths = [product_width, *([moment_width] * 4), how_width]
    return _grid(
        rows,
        widths,
        [
            ("ALIGN", (1, 1), (4, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _document(buffer: io.BytesIO, title: str, author: str) -> SimpleDocTemplate:
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


def _begin(
    plan: Plan, language: str
) -> tuple[str, dict[str, str], dict[str, ParagraphStyle], str, str]:
    """Fonts, language, texts, styles, client name and date shared by both documents."""
    _register_fonts()
    name = plan.client.name or ""
    return language, _words(language), _styles(), name, format_date(plan.plan_date)


def build_handout(
    evaluation: Evaluation, practice: Practice, language: str, free_text: str = ""
) -> bytes:
    """The client's handout as PDF bytes, from the plan's one evaluation (as the editor shows).

    Its sentences follow the findings, and the overrides turn findings into agreed advice.
    """
    plan = evaluation.plan
    language, words, styles, name, when = _begin(plan, language)
    story: list[Flowable] = _header(practice, words, styles)
    story.append(_p(words["title"], styles["title"]))
    story.append(
        Paragraph(
            f"{words['for']}: <b>{escape(name)}</b> · {words['date']}: {when}", styles["body"]
        )
    )
    story.append(_p(words["schedule"], styles["heading"]))
    story.append(
        _schedule_table(plan, language, styles)
        if plan.items
        else _p(words["empty"], styles["body"])
    )
    # The advice, the dietician's note and the contact block travel together: the closing
    # words never stand alone on a last page (they move as one when they do not fit).
    closing: list[Flowable] = [_p(words["instructions"], styles["heading"])]
    for sentence in evaluation.instructions(language):
        closing.append(Paragraph(escape(sentence), styles["bullet"], bulletText="•"))
    if free_text.strip():
        closing += [_p(words["notes"], styles["heading"]), _p(free_text, styles["body"])]
    who = (
        ", ".join(part for part in (practice.dietician_name, practice.practice_name) if part)
        or words["your_dietician"]
    )
    contact_lines = [words["contact_text"].format(who=who)]
    if practice.phone:
        contact_lines.append(f"{words['phone']}: {practice.phone}")
    if practice.email:
        contact_lines.append(f"{words['email']}: {practice.email}")
    contact = [
        _p(words["contact"], styles["heading"]),
        _p("\n".join(contact_lines), styles["body"]),
    ]
    # Even when the whole is longer than a page, the contact block keeps what comes before it.
    story.append(KeepTogether([*closing[:-1], KeepTogether([closing[-1], *contact])]))

    def footer(page: int, pages: int) -> str:
        return words["page"].format(name=_short(name), date=when, page=page, pages=pages)

    buffer = io.BytesIO()
    document = _document(buffer, f"{words['title']} — {name}", practice.dietician_name)
    document.build(story, canvasmaker=_footer_canvas(footer))
    return buffer.getvalue()


def build_summary(evaluation: Evaluation, practice: Practice, language: str) -> bytes:
    """The professional summary for the client file: totals, findings, overrides.

    All from the plan's one evaluation: the same totals, limits and findings as the editor.
    """
    plan, findings, overrides = evaluation.plan, evaluation.findings, evaluation.overrides
    language, words, styles, name, when = _begin(plan, language)
    client = plan.client
    medicines = ", ".join(client.medicines) or words["none"]
    story: list[Flowable] = _header(practice, words, styles)
    story.append(_p(words["summary_title"], styles["title"]))
    story.append(
        _p(
            f"{words['client']}: {name} · {words['age'].format(age=client.age)} · "
            f"{words['date']}: {when}\n{words['medicines']}: {medicines}",
            styles["body"],
        )
    )
    story.append(_p(words["schedule"], styles["heading"]))
    rows: list[list[object]] = [
        [
            _p(words["product"], styles["cell_bold"]),
            _p(words["composition"], styles["cell_bold"]),
            _p(words["per_day"], styles["cell_bold"]),
        ]
    ]
    for item in plan.items:
        composition = composition_text(item.nutrients, language)
        moments = " / ".join(str(item.schedule.get(m, 0)) for m in Moment)
        rows.append(
            [
                _p(in_language(item.product, language), styles["cell"]),
                _p(composition, styles["cell"]),
                _p(f"{item.units_per_day} ({moments})", styles["cell"]),
            ]
        )
    story.append(_grid(rows, [70 * mm, 70 * mm, 34 * mm]))
    story.append(_p(words["totals"], styles["heading"]))
    totals: list[list[object]] = [
        [_p(words[key], styles["cell_bold"]) for key in ("nutrient", "amount", "limit", "share")]
    ]
    for line in evaluation.totals:
        totals.append(
            [
                _p(nutrient_title(line.nutrient, language), styles["cell"]),
                _p(line.amount_text(language), styles["cell"]),
                _p(line.limit_text(language), styles["cell"]),
                _p(line.share_text(), styles["cell"]),
            ]
        )
    story.append(_grid(totals, [60 * mm, 38 * mm, 38 * mm, 38 * mm]))
    story.append(_p(words["findings"], styles["heading"]))
    if not findings:
        story.append(_p(words["no_findings"], styles["body"]))
    for finding in findings:
        override = overrides.get(finding.rule_id)
        severity = severity_label(finding.severity, language).upper()
        lines = [
            f"<b>{severity} · {escape(finding.title(language))}</b> ({finding.rule_id})",
            escape(finding.message(language)),
            f"<b>{words['action']}:</b> {escape(finding.action(language))}",
            f"<i>{words['source']}: {escape(finding.source(language))}</i>",
        ]
        if override is not None:
            label = words[_override_word(finding.rule_id)]
            lines.append(f"<b>{label}:</b> {escape(override.reason)}")
        story.append(KeepTogether([Paragraph("<br/>".join(lines), styles["body"]), Spacer(1, 4)]))
    story.append(_p(words["overrides"], styles["heading"]))
    if not overrides:
        story.append(_p(words["no_overrides"], styles["body"]))
    for rule_id, override in sorted(overrides.items()):
        story.append(
            _p(
                f"{rule_id} · {words[_override_word(rule_id)]}: {override.reason} "
                f"({words['rules_version']} {override.rules_version})",
                styles["body"],
            )
        )

    def footer(page: int, pages: int) -> str:
        return f"{words['summary_title']} · {_short(name)} · {when} · {page}/{pages}"

    buffer = io.BytesIO()
    document = _document(buffer, f"{words['summary_title']} — {name}", practice.dietician_name)
    document.build(story, canvasmaker=_footer_canvas(footer))
    return buffer.getvalue()


def _short(name: str, size: int = 60) -> str:
    """A name cut to fit the one-line footer (the longest allowed name would run off the page)."""
    return name if len(name) <= size else name[: size - 1] + "…"


def _override_word(rule_id: str) -> str:
    """A critical finding is overridden, a warning acknowledged (the editor's words too)."""
    severity = next((r.severity for r in RULES if r.id == rule_id), Severity.CRITICAL)
    return "overridden" if severity is Severity.CRITICAL else "acknowledged"


#: A table style command: its name, first and last cell, then its values.
_Command = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]


def _grid(
    rows: list[list[object]], widths: list[float], extra: list[_Command] | None = None
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
