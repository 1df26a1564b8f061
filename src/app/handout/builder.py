"""Build the client's handout and the professional summary as A4 PDFs.

Readable at the kitchen table and in black and white: body text of 11 pt and more, black on
white, grid lines instead of colour, an embedded DejaVu Sans that has every European glyph
(ë, ï, é, ü, ß, µ, ≤, ≥, €), the table header repeated on every page, and "page N of M" in the
footer. The texts come from the one text catalogue (app.i18n, pure Python, no Qt) in the
handout's own language, which need not be the language of the windows.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from app.domain.catalogue import in_language
from app.domain.clients import condition_name, egfr_unit, format_date, in_condition_order
from app.domain.evaluation import Evaluation
from app.domain.nutrients import nutrient_title, sentence_start
from app.domain.plan import Moment, Plan, PlanItem, TakenWith, composition_text, moment_name
from app.domain.readings import describe, describe_for_client
from app.domain.rules import RULES
from app.domain.rules.declarations import ZN_WITH_MILK
from app.domain.severity import Severity, severity_label
from app.handout.page import (
    FONT,
    MARGIN,
    PAGE_WIDTH,
    a4_document,
    footer_canvas,
    grid,
    letterhead,
    page_styles,
    para,
    register_fonts,
)
from app.handout.practice import Practice
from app.i18n import N_, catalogue

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
    "prescribed": N_("Prescribed by your doctor — keep taking it as prescribed."),
    "prescribed_mark": N_("prescribed"),
    "summary_title": N_("Professional summary"),
    "client": N_("Client"),
    "age": N_("age {age}"),
    "medicines": N_("Medicines"),
    "kidney": N_("Kidney function (eGFR): {egfr} {unit}"),
    "conditions": N_("Conditions"),
    "your_medicines": N_("Your medicines"),
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


def _how(item: PlanItem, language: str) -> str:
    texts = catalogue(language)
    parts = [texts.gettext(TAKEN_WITH[item.taken_with]) if TAKEN_WITH[item.taken_with] else ""]
    # The nutrients milk keeps from being absorbed are those of the rule that says so.
    spoilt_by_milk = any(
        n.nutrient in ZN_WITH_MILK.nutrients and n.canonical > 0 for n in item.nutrients
    )
    if spoilt_by_milk and item.taken_with is not TakenWith.MILK:
        parts.append(texts.gettext(NOT_WITH_MILK))
    words = catalogue(language).table(WORDS)
    if not item.prescribed:  # a prescribed product is taken as the doctor says (its own line)
        parts.append(words["long_term"] if item.long_term else words["course"])
    return ", ".join(part for part in parts if part)


def _schedule_table(plan: Plan, language: str, styles: Mapping[str, ParagraphStyle]) -> Flowable:
    words = catalogue(language).table(WORDS)
    moments = {m: sentence_start(moment_name(m, language)) for m in Moment}
    header: list[object] = [para(words["product"], styles["cell_bold"])]
    header += [para(moments[m], styles["cell_bold"]) for m in Moment]
    header.append(para(words["how"], styles["cell_bold"]))
    rows: list[list[object]] = [header]
    for item in plan.items:
        name = in_language(item.product, language)  # shipped names in the handout's language
        product: list[Flowable] = [para(name, styles["cell_bold"])]
        if item.prescribed:
            product.append(para(words["prescribed"], styles["note"]))
        if item.note.strip():
            product.append(para(in_language(item.note, language), styles["note"]))
        units = [
            para(str(item.schedule.get(m, 0)) if item.schedule.get(m, 0) else "", styles["units"])
            for m in Moment
        ]
        rows.append([product, *units, para(_how(item, language), styles["cell"])])
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
    return grid(
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


def _begin(
    plan: Plan, language: str
) -> tuple[str, dict[str, str], dict[str, ParagraphStyle], str, str]:
    """Fonts, language, texts, styles, client name and date shared by both documents."""
    register_fonts()
    name = plan.client.name or ""
    return (
        language,
        catalogue(language).table(WORDS),
        page_styles(),
        name,
        format_date(plan.plan_date),
    )


def build_handout(
    evaluation: Evaluation, practice: Practice, language: str, free_text: str = ""
) -> bytes:
    """The client's handout as PDF bytes, from the plan's one evaluation (as the editor shows).

    Its sentences follow the findings, and the overrides turn findings into agreed advice.
    """
    plan = evaluation.plan
    language, words, styles, name, when = _begin(plan, language)
    story: list[Flowable] = letterhead(practice, words, styles)
    story.append(para(words["title"], styles["title"]))
    story.append(
        Paragraph(
            f"{words['for']}: <b>{escape(name)}</b> · {words['date']}: {when}", styles["body"]
        )
    )
    story.append(para(words["schedule"], styles["heading"]))
    story.append(
        _schedule_table(plan, language, styles)
        if plan.items
        else para(words["empty"], styles["body"])
    )
    readings = evaluation.medicines.readings
    if readings:  # how each of her medicines was read, and so what was checked
        medicines: list[Flowable] = [para(words["your_medicines"], styles["heading"])]
        for sentence in describe_for_client(readings, language):
            medicines.append(Paragraph(escape(sentence), styles["bullet"], bulletText="•"))
        story.append(KeepTogether(medicines))
    # The advice, the dietician's note and the contact block travel together: the closing
    # words never stand alone on a last page (they move as one when they do not fit).
    closing: list[Flowable] = [para(words["instructions"], styles["heading"])]
    for sentence in evaluation.instructions(language):
        closing.append(Paragraph(escape(sentence), styles["bullet"], bulletText="•"))
    if free_text.strip():
        closing += [para(words["notes"], styles["heading"]), para(free_text, styles["body"])]
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
        para(words["contact"], styles["heading"]),
        para("\n".join(contact_lines), styles["body"]),
    ]
    # Even when the whole is longer than a page, the contact block keeps what comes before it.
    story.append(KeepTogether([*closing[:-1], KeepTogether([closing[-1], *contact])]))

    def footer(page: int, pages: int) -> str:
        return words["page"].format(name=_short(name), date=when, page=page, pages=pages)

    buffer = io.BytesIO()
    document = a4_document(buffer, f"{words['title']} — {name}", practice.dietician_name)
    document.build(story, canvasmaker=footer_canvas(footer))
    return buffer.getvalue()


def build_summary(evaluation: Evaluation, practice: Practice, language: str) -> bytes:
    """The professional summary for the client file: totals, findings, overrides.

    All from the plan's one evaluation: the same totals, limits and findings as the editor.
    """
    plan, findings, overrides = evaluation.plan, evaluation.findings, evaluation.overrides
    language, words, styles, name, when = _begin(plan, language)
    client = plan.client
    # How each medicine was read: exact, read as, topical, not recognised.
    read = [describe(reading, language) for reading in evaluation.medicines.readings]
    medicines = "".join(f"\n• {line}" for line in read) if read else words["none"]
    story: list[Flowable] = letterhead(practice, words, styles)
    story.append(para(words["summary_title"], styles["title"]))
    # What the rules weighed beyond age and medicines: kidney function and conditions.
    context = []
    if client.egfr is not None:
        context.append(words["kidney"].format(egfr=client.egfr, unit=egfr_unit(language)))
    if client.conditions:
        conditions = in_condition_order(client.conditions)
        named = ", ".join(condition_name(c, language) for c in conditions)
        context.append(f"{words['conditions']}: {named}")
    story.append(
        para(
            f"{words['client']}: {name} · {words['age'].format(age=client.age)} · "
            f"{words['date']}: {when}\n{words['medicines']}: {medicines}"
            + "".join(f"\n{line}" for line in context),
            styles["body"],
        )
    )
    story.append(para(words["schedule"], styles["heading"]))
    rows: list[list[object]] = [
        [
            para(words["product"], styles["cell_bold"]),
            para(words["composition"], styles["cell_bold"]),
            para(words["per_day"], styles["cell_bold"]),
        ]
    ]
    for item in plan.items:
        composition = composition_text(item.nutrients, language)
        product = in_language(item.product, language)
        if item.prescribed:
            product += f" ({words['prescribed_mark']})"
        moments = " / ".join(str(item.schedule.get(m, 0)) for m in Moment)
        rows.append(
            [
                para(product, styles["cell"]),
                para(composition, styles["cell"]),
                para(f"{item.units_per_day} ({moments})", styles["cell"]),
            ]
        )
    story.append(grid(rows, [70 * mm, 70 * mm, 34 * mm]))
    story.append(para(words["totals"], styles["heading"]))
    totals: list[list[object]] = [
        [para(words[key], styles["cell_bold"]) for key in ("nutrient", "amount", "limit", "share")]
    ]
    for line in evaluation.totals:
        totals.append(
            [
                para(nutrient_title(line.nutrient, language), styles["cell"]),
                para(line.amount_text(language), styles["cell"]),
                para(line.limit_text(language), styles["cell"]),
                para(line.share_text(), styles["cell"]),
            ]
        )
    story.append(grid(totals, [60 * mm, 38 * mm, 38 * mm, 38 * mm]))
    story.append(para(words["findings"], styles["heading"]))
    if not findings:
        story.append(para(words["no_findings"], styles["body"]))
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
    story.append(para(words["overrides"], styles["heading"]))
    if not overrides:
        story.append(para(words["no_overrides"], styles["body"]))
    for rule_id, override in sorted(overrides.items()):
        story.append(
            para(
                f"{rule_id} · {words[_override_word(rule_id)]}: {override.reason} "
                f"({words['rules_version']} {override.rules_version})",
                styles["body"],
            )
        )

    def footer(page: int, pages: int) -> str:
        return f"{words['summary_title']} · {_short(name)} · {when} · {page}/{pages}"

    buffer = io.BytesIO()
    document = a4_document(buffer, f"{words['summary_title']} — {name}", practice.dietician_name)
    document.build(story, canvasmaker=footer_canvas(footer))
    return buffer.getvalue()


def _short(name: str, size: int = 60) -> str:
    """A name cut to fit the one-line footer (the longest allowed name would run off the page)."""
    return name if len(name) <= size else name[: size - 1] + "…"


def _override_word(rule_id: str) -> str:
    """A critical finding is overridden, a warning acknowledged (the editor's words too)."""
    severity = next((r.severity for r in RULES if r.id == rule_id), Severity.CRITICAL)
    return "overridden" if severity is Severity.CRITICAL else "acknowledged"
