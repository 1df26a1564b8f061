"""A finding about two medicines speaks of them in the plural, in each language's grammar."""

from __future__ import annotations

import pytest

from tests.plans import finding, item, plan

K2 = item(("vitamin_k2", 75, "µg"))


@pytest.mark.parametrize(
    ("medicines", "language", "expected"),
    [
        (("Sintrom 1 mg",), "en", "“Sintrom 1 mg” is a vitamin K antagonist"),
        (
            ("Sintrom 1 mg", "Marevan"),
            "en",
            "“Sintrom 1 mg” and “Marevan” are vitamin K antagonists",
        ),
        (("Sintrom 1 mg",), "nl", "„Sintrom 1 mg” is een vitamine K-antagonist"),
        (
            ("Sintrom 1 mg", "Marevan"),
            "nl",
            "„Sintrom 1 mg” en „Marevan” zijn vitamine K-antagonisten",
        ),
    ],
)
def test_the_verb_agrees_with_the_medicines_named(medicines, language, expected):
    found = finding(plan(K2, medicines=medicines), "INT-VKA-K")
    assert found.message(language).startswith(expected)


def test_every_plural_text_has_both_forms_in_dutch():
    from babel.messages.pofile import read_po

    from app.i18n import locale_dir

    with open(locale_dir() / "nl" / "LC_MESSAGES" / "supplan.po", "rb") as po:
        plurals = [m for m in read_po(po) if isinstance(m.id, tuple)]
    assert all(all(message.string) for message in plurals)
    # The rules' texts about the client's medicines: the verb differs ("is" / "zijn").
    about_medicines = [m for m in plurals if m.id[0].startswith("{medicines}")]
    assert len(about_medicines) >= 17
    for message in about_medicines:
        assert message.string[0] != message.string[1], message.id
