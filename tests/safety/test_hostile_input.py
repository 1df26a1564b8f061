"""Hostile input: the storage API and the plan-file reader accept or refuse, never break."""

from __future__ import annotations

import json
import math
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.clients import ClientDraft, Sex
from app.domain.planfile import PlanFileError, parse_plan
from app.storage.clients import InvalidClient

NASTY_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "Robert'); DROP TABLE client;--",
            "' OR 1=1 --",
            "\u202eevil\u202c",  # right-to-left override
            "فاطمة العمراني",
            "👩‍⚕️💊🦴",
            "A" * 10_000,
            "\x00\x07\x1b[31m",
            "%_\\",
            "",
        ]
    ),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(given_names=NASTY_TEXT, family=NASTY_TEXT, notes=NASTY_TEXT, medicine=NASTY_TEXT)
def test_storage_accepts_or_refuses_hostile_clients_and_stays_whole(
    clients, database, given_names, family, notes, medicine
):
    before = clients.count()
    draft = ClientDraft(
        given_names=given_names,
        family_name=family,
        birth_date=date(1960, 5, 5),
        sex=Sex.FEMALE,
        notes=notes,
        medicines=[medicine],
    )
    try:
        saved = clients.create(draft)
    except InvalidClient as refused:
        assert refused.problems
        assert clients.count() == before
    else:
        loaded = clients.get(saved.id).draft
        assert loaded.notes == notes.strip()
        assert loaded.given_names == " ".join(given_names.split())
        assert saved.id in clients.search_ids(saved.client_number)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | NASTY_TEXT,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def hostile_plans(draw: st.DrawFn) -> dict:
    def maybe(value_strategy):
        return draw(st.one_of(value_strategy, JSON_VALUES))

    return {
        "format": maybe(st.just("supplan-plan/1")),
        "plan_date": maybe(st.sampled_from(["2026-11-24", "2026-02-30", "0000-00-00"])),
        "client": maybe(
            st.fixed_dictionaries(
                {
                    "sex": st.one_of(st.sampled_from(["female", "male", "x"]), JSON_VALUES),
                    "age": st.one_of(st.integers(-5, 200), JSON_VALUES),
                    "medicines": st.one_of(st.lists(NASTY_TEXT, max_size=3), JSON_VALUES),
                }
            )
        ),
        "items": maybe(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "product": NASTY_TEXT,
                        "nutrients": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "nutrient": st.sampled_from(["zinc", "vitamin_d", "x"]),
                                    "amount": st.one_of(
                                        st.floats(allow_nan=True, allow_infinity=True),
                                        st.just(1e308),
                                        st.integers(),
                                    ),
                                    "unit": st.sampled_from(["mg", "IU", "µg", "kg", ""]),
                                }
                            ),
                            max_size=3,
                        ),
                        "schedule": st.dictionaries(
                            st.sampled_from(["morning", "noon"]), JSON_VALUES, max_size=2
                        ),
                    }
                ),
                max_size=3,
            )
        ),
    }


@settings(max_examples=400, deadline=None)
@given(hostile_plans())
def test_plan_reader_never_raises_anything_but_a_clear_refusal(document):
    text = json.dumps(document, allow_nan=True)
    try:
        plan = parse_plan(text)
    except PlanFileError as refused:
        assert refused.problems
        # One short line per problem in each language, never a repr or a traceback.
        english, dutch = refused.lines("en"), refused.lines("nl")
        assert len(english) == len(dutch) == len(refused.problems)
        for line in english + dutch:
            assert line and line == line.strip() and len(line) <= 400, line
            assert "\n" not in line and "\r" not in line and "Traceback" not in line
        for line, problem in [
            *zip(english, refused.problems, strict=True),
            *zip(dutch, refused.problems, strict=True),
        ]:
            # Each line names the field it is about (a refusal of the whole file has none).
            if problem.path:
                assert line.startswith(f"{problem.path}: "), line
    else:
        for item in plan.items:
            for part in item.nutrients:
                assert math.isfinite(part.amount) and part.amount >= 0
