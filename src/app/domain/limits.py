"""Every bound on what may be entered, decided once for the fields, the storage and the plan file.

The numbers (age, amounts, units, dietary calcium) are at the end; the messages that refuse a
value show the bound from here, so a bound changed here changes every check and message.

Why the text lengths: the handout and the client-file export print the product name and the item
note together in one table cell, and the practice details in the header cell; a table row
cannot break across pages, so a row taller than an A4 page stops the PDF (reportlab's
LayoutError). Each limit leaves the longest allowed value, in the widest letters, well inside
one page (tests/safety/test_bounded_input.py builds exactly that). Texts that flow as
paragraphs (the handout's free text, notes, reasons) only need a bound that keeps the window
and the PDF fast. Every limit is still far above what a real name, product or note needs.
"""

from __future__ import annotations

#: Given names, family name: longer than any real name, short enough for one line of a footer.
NAME = 100
#: "van der", "de la", ... typed by hand.
NAME_PREFIX = 30
#: One medicine (one line of the medicines list) and how many lines the list may have.
MEDICINE = 100
MEDICINES = 30
#: Allergies: one line in the form, a paragraph in the export.
ALLERGIES = 500
#: The client's notes: not printed on the handout, only in her client file (JSON).
CLIENT_NOTES = 10_000
#: A product's name: printed in bold above the item note in one handout table cell (one line).
PRODUCT_NAME = 150
PRODUCT_NAME_LINES = 1
#: The note of one item in a plan: in the same cell as the product name.
ITEM_NOTE = 300
ITEM_NOTE_LINES = 5
#: The dietician's free text at the end of the handout (flows over pages).
HANDOUT_TEXT = 3_000
#: A plan's title and a template's name.
TITLE = 200
#: The written reason to keep a plan despite a finding (flows in the summary).
REASON = 2_000
#: Practice details in the handout's header cell.
PRACTICE_NAME = 100
DIETICIAN_NAME = 100
ADDRESS = 300
ADDRESS_LINES = 6
PHONE = 30
EMAIL = 254
AGB_CODE = 20


# --- numbers ----------------------------------------------------------------------------------
#: A client's age in completed years: the register refuses an older birth date, the plan file
#: an older age. Older than any person has lived, so only a typing error is refused.
AGE_YEARS = 125
#: Calcium from food in mg a day (the client's context): several times any real diet.
DIETARY_CALCIUM_MG = 10_000
#: A client's kidney function (eGFR, mL/min/1.73 m²), a whole number: the lowest and highest
#: value accepted. Outside them is a typing error (a healthy young adult is about 120).
EGFR_MIN = 1
EGFR_MAX = 200
#: Units (tablets, capsules, doses) at one moment of the day: more is a typing error.
UNITS_PER_MOMENT = 20
#: Anything in one unit, as mass in mg: more than 100 g in one tablet is a typing error.
AMOUNT_PER_UNIT_MG = 100_000


def too_long(text: str, limit: int, lines: int | None = None) -> bool:
    """Whether *text* has more than *limit* characters (or more than *lines* lines)."""
    return len(text) > limit or (lines is not None and text.count("\n") >= lines)


class TextTooLong(ValueError):
    """A text over its limit reached the storage API (the fields stop it before that)."""

    def __init__(self, field: str, limit: int) -> None:
        super().__init__(f"{field}: more than {limit} characters")
        self.field = field
        self.limit = limit


def check_text(field: str, text: str, limit: int, lines: int | None = None) -> None:
    """Raise TextTooLong when *text* is over its limit; nothing is written then."""
    if too_long(text, limit, lines):
        raise TextTooLong(field, limit)


class OutOfBounds(ValueError):
    """A number outside its bound reached the storage API (the fields stop it before that)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
