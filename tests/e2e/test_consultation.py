"""A whole consultation in a real X11 window, by keyboard (and a click where noted).

Once in Dutch and once in English. Every step is a function in consultation.py named after
what the dietician does; a failure names the step and what she would have seen.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.plan import Moment
from tests.e2e import consultation as do
from tests.e2e.consultation import Visit

CLIENTS = {
    # Dutch: the birth date typed as digits only, as dieticians type it.
    "nl": ("Joëlle", "van der", "Meer", "12031957", "06 12345678"),
    "en": ("Anna", "de", "Vries", "12-03-1957", "06 87654321"),
}
TEMPLATE = {"nl": "botgezondheid", "en": "bone health"}
PRODUCT = {  # words of the template's product names as the editor shows them
    "nl": {"calcium": "calcium", "magnesium": "magnesium", "zinc": "zink"},
    "en": {"calcium": "calcium", "magnesium": "magnesium", "zinc": "zinc"},
}


@pytest.mark.parametrize("supplan", ["nl", "en"], indirect=True)
def test_a_consultation_by_keyboard(supplan, user, watchdog, qtbot, tmp_path):
    assert QApplication.platformName() == "xcb"  # a real X11 window, not offscreen
    language = supplan.translations.language
    visit = Visit(supplan, user, qtbot, language, tmp_path)
    given, prefix, family, birth, phone = CLIENTS[language]
    words = PRODUCT[language]

    do.add_client_by_keyboard(visit, given, prefix, family, birth, date(1957, 3, 12), phone)
    do.open_her_plans(visit)
    do.new_plan_from_template(visit, TEMPLATE[language])
    do.invalid_units_leave_the_plan_alone(visit, words["magnesium"], Moment.EVENING)
    do.another_row_shows_its_own_units(visit, words["zinc"], Moment.EVENING)
    do.finding_appears_and_goes(visit, words["calcium"], Moment.EVENING, "CA-SUPPL-MAX")
    do.give_medicine(visit, "acenocoumarol 1 mg", "INT-VKA-K")
    do.override_with_reason(
        visit, "INT-VKA-K", "K2 daily agreed with the anticoagulation clinic; INR checked."
    )
    do.make_final(visit)
    do.print_and_close_the_preview(visit)
    pdf = do.export_handout(visit, tmp_path / f"handout-{language}.pdf")
    do.handout_matches_the_plan(visit, pdf)
    do.close_everything(visit)
