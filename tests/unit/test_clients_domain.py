"""Client rules that need no database or Qt: names, dates, search folding, validation."""

from datetime import date

import pytest

from app.domain.clients import (
    ClientDraft,
    FieldProblem,
    Sex,
    age_on,
    date_text_problem,
    name_sort_key,
    parse_date,
    register_name,
    search_terms,
    split_family_name,
    validate_client,
)
from app.domain.text import fold
from tests.helpers import draft

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("van der Berg", ("van der", "Berg")),
        ("Van Der Berg", ("Van Der", "Berg")),
        ("de Vries", ("de", "Vries")),
        ("'t Hart", ("'t", "Hart")),
        ("van den Heuvel-Smit", ("van den", "Heuvel-Smit")),
        ("Jansen", ("", "Jansen")),
        ("Van", ("", "Van")),  # a family name that is only a prefix stays whole
        ("  de   Jong ", ("de", "Jong")),
    ],
)
def test_split_family_name_takes_the_longest_dutch_prefix(typed, expected):
    assert split_family_name(typed) == expected


def test_register_sorts_van_der_berg_under_b():
    names = [("Anna", "de", "Vries"), ("José", "van der", "Berg"), ("Eline", "", "Bakker")]
    ordered = sorted(names, key=lambda n: name_sort_key(*n))
    assert [n[2] for n in ordered] == ["Bakker", "Berg", "Vries"]
    assert register_name("José", "van der", "Berg") == "Berg, José van der"


def test_fold_ignores_accents_and_case():
    assert fold("José") == fold("JOSE") == "jose"
    assert fold("Zoë  Øster") == "zoe oster"
    assert fold("Straße") == "strasse"
    assert search_terms("  Berg  JOSÉ ") == ["berg", "jose"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01-06-1954", date(1954, 6, 1)),
        ("1-6-1954", date(1954, 6, 1)),
        ("1/6/1954", date(1954, 6, 1)),
        ("01.06.1954", date(1954, 6, 1)),
        ("1954-06-01", date(1954, 6, 1)),
        ("29-02-2024", date(2024, 2, 29)),
        ("29-02-2023", None),
        ("31-04-1960", None),
        ("06-1954", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date_accepts_dutch_and_iso_forms_only_for_real_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["12-03-1957", "12-3-1957", "12/03/1957", "12031957", "1957-03-12", " 12.03.1957 "]
)
def test_every_way_a_dutch_dietician_types_a_birth_date_is_read_day_first(text):
    assert parse_date(text) == date(1957, 3, 12)
    assert date_text_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31-02-1957", "not_a_date"),
        ("31021957", "not_a_date"),
        ("1203195", "not_a_date"),  # 12-03-195? 1-20-3195? too few digits to tell
        ("120319577", "not_a_date"),
        ("12-03/1957", "not_a_date"),
        ("19570312", "not_a_date"),  # day-first: day 19, month 57
        ("12-03-57", "two_digit_year"),
        ("12/3/57", "two_digit_year"),
        ("120357", "two_digit_year"),
        ("March 12, 1957", "not_a_date"),
    ],
)
def test_dates_that_cannot_be_read_or_cannot_be_right_are_refused_with_a_reason(text, problem):
    assert parse_date(text) is None
    assert date_text_problem(text) == problem


def test_age_counts_the_birthday_itself():
    born = date(1960, 11, 24)
    assert age_on(born, date(2026, 11, 23)) == 65
    assert age_on(born, date(2026, 11, 24)) == 66


def test_valid_draft_has_no_problems():
    assert validate_client(draft(), TODAY) == []


def test_missing_fields_are_named():
    problems = validate_client(ClientDraft(), TODAY)
    assert set(problems) == {
        FieldProblem("given_names", "required"),
        FieldProblem("family_name", "required"),
        FieldProblem("birth_date", "required"),
        FieldProblem("sex", "required"),
    }


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"born": date(2026, 11, 25)}, FieldProblem("birth_date", "in_future")),
        ({"born": date(1890, 1, 1)}, FieldProblem("birth_date", "too_old")),
        ({"given": "A" * 201}, FieldProblem("given_names", "too_long")),
        ({"given": "An\x00na"}, FieldProblem("given_names", "control_characters")),
        ({"email": "anna@"}, FieldProblem("email", "invalid")),
        ({"phone": "call me"}, FieldProblem("phone", "invalid")),
        ({"dietary_calcium_mg": -1}, FieldProblem("dietary_calcium_mg", "out_of_range")),
        ({"dietary_calcium_mg": 10_001}, FieldProblem("dietary_calcium_mg", "out_of_range")),
        ({"medicines": ["x" * 101]}, FieldProblem("medicines", "too_long")),
        ({"medicines": ["a\x07b"]}, FieldProblem("medicines", "invalid")),
    ],
)
def test_each_bad_value_gives_its_problem(changes, problem):
    assert validate_client(draft(**changes), TODAY) == [problem]


def test_normalised_draft_splits_prefix_and_clears_status_for_men():
    from app.domain.clients import MenopausalStatus

    cleaned = draft(
        given="  Jan ",
        family="van  Dijk",
        sex=Sex.MALE,
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        medicines=["  Fosamax  70 mg", "", "  "],
    ).normalised()
    assert (cleaned.given_names, cleaned.family_name_prefix, cleaned.family_name) == (
        "Jan",
        "van",
        "Dijk",
    )
    assert cleaned.menopausal_status is MenopausalStatus.UNKNOWN
    assert cleaned.medicines == ["Fosamax 70 mg"]


def test_right_to_left_and_emoji_names_are_valid_text():
    assert validate_client(draft(given="فاطمة 🌷", family="El Amrani"), TODAY) == []
