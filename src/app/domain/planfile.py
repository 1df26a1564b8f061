"""The plan file, `supplan-plan/1`: reading it with a clear message for every problem, writing it.

Reading collects every problem (field path, offending value, what is wrong) instead of
stopping at the first, so a colleague's file can be fixed in one go.
"""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from app.domain import clock, limits
from app.domain.clients import Diet, MenopausalStatus, Sex, age_on
from app.domain.nutrients import (
    Nutrient,
    Unit,
    format_amount,
    iu_defined,
    nutrient_name,
    parse_unit,
)
from app.domain.plan import (
    MAX_UNITS_PER_MOMENT,
    ClientContext,
    Moment,
    NutrientAmount,
    Plan,
    PlanItem,
    TakenWith,
    amount_problem,
    units_problem,
)
from app.i18n import N_, catalogue

FORMAT = "supplan-plan/1"
MAX_AGE = limits.AGE_YEARS
MAX_DIETARY_CALCIUM_MG = limits.DIETARY_CALCIUM_MG
#: The most of anything in one unit, in grams as the message says it.
_MAX_GRAMS_PER_UNIT = limits.AMOUNT_PER_UNIT_MG // 1000
#: The client's name as written on a letter: given names, prefix and family name.
MAX_CLIENT_NAME = 2 * limits.NAME + limits.NAME_PREFIX + 2
#: A number written with more digits than this is no dose, age or count: it is refused as
#: "out of range" before Python turns it into an int (no 4,300-digit ValueError) or a float
#: (no OverflowError, no silent infinity).
MAX_NUMBER_DIGITS = 30


@dataclass(frozen=True)
class OutOfRange:
    """A number in the file too large to be meant (10^400, a 5,000-digit integer), as written."""

    text: str


def _parse_int(text: str) -> int | OutOfRange:
    return OutOfRange(text) if len(text.lstrip("-")) > MAX_NUMBER_DIGITS else int(text)


def _parse_float(text: str) -> float | OutOfRange:
    value = float(text)
    return value if math.isfinite(value) else OutOfRange(text)


def _too_large(value: object) -> bool:
    """Whether *value* is a number far outside any range the plan file allows."""
    if isinstance(value, OutOfRange):
        return True
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and abs(value) > 10**MAX_NUMBER_DIGITS
    )


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a plan file: where, what was found, and a message code."""

    path: str
    code: str
    value: object = None
    detail: str = ""

    def render(self, language: str = "en") -> str:
        """One line naming the field and quoting the offending value."""
        quoted = _quote(self.value)
        detail = self.detail
        if self.code == "iu_undefined" and detail in {n.value for n in Nutrient}:
            detail = nutrient_name(Nutrient(detail), language)  # "vitamine K2", not vitamin_k2
        text = catalogue(language).gettext(
            _MESSAGES[self.code],
            value=quoted,
            detail=detail,
            format=FORMAT,
            max_age=MAX_AGE,
            max_mg=format_amount(MAX_DIETARY_CALCIUM_MG, language),
            moments=_choices(Moment),
            max_units=MAX_UNITS_PER_MOMENT,
            grams=_MAX_GRAMS_PER_UNIT,
        )
        return f"{self.path}: {text}" if self.path else text


class PlanFileError(ValueError):
    """The file is not a valid plan; `problems` says everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = problems

    def lines(self, language: str = "en") -> list[str]:
        """One message line per problem."""
        return [problem.render(language) for problem in self.problems]


def _quote(value: object) -> str:
    if isinstance(value, OutOfRange):
        text = value.text
        return text if len(text) <= 20 else f"{text[:12]}... ({len(text):,} characters)"
    if _too_large(value):  # an int handed over as data: no str() (4,300-digit limit)
        assert isinstance(value, int)
        return f"~10^{int(abs(value).bit_length() * math.log10(2))}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _choices(enum: type[Enum]) -> str:
    return ", ".join(member.value for member in enum)


# Rendered in the reader's language by the one text catalogue (app.i18n, pure Python).
_MESSAGES: dict[str, str] = {
    "file": N_("cannot read the file ({detail})"),
    "json": N_("not valid JSON ({detail})"),
    "encoding": N_("not UTF-8 text ({detail})"),
    "not_object": N_("{value} should be a JSON object"),
    "not_list": N_("{value} should be a list"),
    "missing": N_("is missing"),
    "format": N_('{value} is not a supported format; expected "{format}"'),
    "date": N_("{value} is not a valid date (YYYY-MM-DD)"),
    "birth_after_plan": N_("{value} is after the plan date"),
    "age_or_birth_date": N_("needs birth_date or age"),
    "age": N_("{value} is not an age in whole years from 0 to {max_age}"),
    "choice": N_("{value} is not one of {detail}"),
    "text": N_("{value} should be text of at most {detail} characters"),
    "too_many_lines": N_("{value} has more than {detail} line(s)"),
    "too_many": N_("{value} has more than {detail} entries"),
    "empty": N_("is empty"),
    "boolean": N_("{value} should be true or false"),
    "number": N_("{value} is not a number"),
    "out_of_range": N_("{value} is far outside any sensible range"),
    "not_finite": N_("{value} is not a finite number"),
    "negative": N_("{value} is negative"),
    "dietary_calcium": N_("{value} mg/day is not plausible (0 to {max_mg})"),
    "nutrient": N_("{value} is not a known nutrient"),
    "unit": N_("{value} is not a known unit (g, mg, µg, IU)"),
    "iu_undefined": N_("{value} is not defined for {detail}"),
    "absurd": N_("{value} {detail} is absurd: more than {grams} g per unit"),
    "moment": N_("{value} is not a moment of the day ({moments})"),
    "units": N_("{value} is not a whole number of units"),
    "too_many_units": N_("{value} units at one moment is absurd (at most {max_units})"),
}


#: The plan file's message for each of units_problem's codes.
_UNITS_CODES = {"negative": "negative", "not_whole": "units", "absurd": "too_many_units"}


class _Reader:
    """Walks the JSON, collecting problems; returns None for any part it cannot use."""

    def __init__(self, stored: bool = False) -> None:
        self.problems: list[Problem] = []
        #: Reading the app's own saved data: texts saved before their limit existed still load.
        self.stored = stored

    def problem(self, path: str, code: str, value: object = None, detail: str = "") -> None:
        self.problems.append(Problem(path, code, value, detail))

    def object(self, value: object, path: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.problem(path, "not_object", value)
        return None

    def choice(self, data: dict[str, Any], key: str, path: str, enum: type, default: Any) -> Any:
        if key not in data or (data[key] is None and default is not None):
            return default
        value = data[key]
        try:
            return enum(value)
        except ValueError:
            self.problem(f"{path}.{key}" if path else key, "choice", value, _choices(enum))
            return None

    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        default: str | None,
        limit: int,
        lines: int = 1,
    ) -> str | None:
        value = data.get(key, default)
        if value is None:
            return default
        if self.stored and isinstance(value, str):
            return value
        if not isinstance(value, str) or len(value) > limit:
            self.problem(f"{path}.{key}", "text", value, str(limit))
            return default
        if limits.too_long(value, limit, lines):
            self.problem(f"{path}.{key}", "too_many_lines", value, str(lines))
            return default
        return value

    def date(self, value: builtins.object, path: str) -> date | None:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(path, "date", value)
        return None

    def number(self, value: builtins.object, path: str) -> float | None:
        if _too_large(value):
            self.problem(path, "out_of_range", value)
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(path, "number", value)
            return None
        if not math.isfinite(value):
            self.problem(path, "not_finite", value)
            return None
        return float(value)


def parse_plan(text: str | bytes, today: Callable[[], date] = clock.today) -> Plan:
    """Read a `supplan-plan/1` document; raise PlanFileError listing every problem."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PlanFileError([Problem("", "encoding", detail=str(error))]) from error
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float)
    except json.JSONDecodeError as error:
        detail = f"line {error.lineno}, column {error.colno}: {error.msg}"
        raise PlanFileError([Problem("", "json", detail=detail)]) from error
    except RecursionError as error:
        raise PlanFileError([Problem("", "json", detail="nested too deeply")]) from error
    return plan_from_data(data, today)


def read_plan_file(path: Path) -> Plan:
    """Read a plan file; PlanFileError also when the file itself cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PlanFileError(
            [Problem(path.name, "file", detail=error.strerror or str(error))]
        ) from error
    return parse_plan(raw)


def plan_from_data(data: object, today: Callable[[], date] = clock.today) -> Plan:
    """Build a plan from already-decoded JSON data; raise PlanFileError on any problem."""
    reader = _Reader()
    root = reader.object(data, "")
    if root is None:
        raise PlanFileError(reader.problems)
    if "format" not in root:
        reader.problem("format", "missing")
    elif root["format"] != FORMAT:
        reader.problem("format", "format", root["format"])
    plan_date = today()
    if root.get("plan_date") is not None:
        plan_date = reader.date(root["plan_date"], "plan_date") or plan_date
    client = None
    if "client" not in root:
        reader.problem("client", "missing")
    else:
        client = _client(reader, root["client"], plan_date)
    items: list[PlanItem] = []
    if "items" not in root:
        reader.problem("items", "missing")
    else:
        try:
            items = items_from_data(root["items"])
        except PlanFileError as error:
            reader.problems.extend(error.problems)
    if reader.problems or client is None:
        raise PlanFileError(reader.problems)
    return Plan(plan_date=plan_date, client=client, items=tuple(items))


def _client(reader: _Reader, raw: object, plan_date: date) -> ClientContext | None:
    data = reader.object(raw, "client")
    if data is None:
        return None
    age: int | None = None
    if data.get("birth_date") is not None:
        born = reader.date(data["birth_date"], "client.birth_date")
        if born is not None and born > plan_date:
            reader.problem("client.birth_date", "birth_after_plan", data["birth_date"])
        elif born is not None:
            age = age_on(born, plan_date)
    elif _too_large(data.get("age")):
        reader.problem("client.age", "out_of_range", data["age"])
    elif data.get("age") is not None:
        value = data["age"]
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and math.isfinite(value) and value == int(value) and 0 <= value <= MAX_AGE:
            age = int(value)
        else:
            reader.problem("client.age", "age", value)
    else:
        reader.problem("client", "age_or_birth_date")
    if "sex" not in data or data["sex"] is None:
        reader.problem("client.sex", "missing")
        sex = None
    else:
        sex = reader.choice(data, "sex", "client", Sex, None)
    status = reader.choice(
        data, "menopausal_status", "client", MenopausalStatus, MenopausalStatus.UNKNOWN
    )
    diet = reader.choice(data, "diet", "client", Diet, Diet.OMNIVORE)
    name = reader.text(data, "name", "client", None, MAX_CLIENT_NAME)
    calcium = None
    if data.get("dietary_calcium_mg") is not None:
        calcium = reader.number(data["dietary_calcium_mg"], "client.dietary_calcium_mg")
        if calcium is not None and calcium < 0:
            reader.problem("client.dietary_calcium_mg", "negative", data["dietary_calcium_mg"])
            calcium = None
        elif calcium is not None and calcium > MAX_DIETARY_CALCIUM_MG:
            reader.problem("client.dietary_calcium_mg", "dietary_calcium", calcium)
            calcium = None
    medicines: list[str] = []
    raw_medicines = data.get("medicines")
    if raw_medicines is not None:
        if not isinstance(raw_medicines, list):
            reader.problem("client.medicines", "not_list", raw_medicines)
        elif len(raw_medicines) > limits.MEDICINES:
            reader.problem("client.medicines", "too_many", raw_medicines, str(limits.MEDICINES))
        else:
            for index, medicine in enumerate(raw_medicines):
                path = f"client.medicines[{index}]"
                if not isinstance(medicine, str) or len(medicine) > limits.MEDICINE:
                    reader.problem(path, "text", medicine, str(limits.MEDICINE))
                elif medicine.strip():  # a blank line in a list is no medicine
                    medicines.append(medicine.strip())
    if age is None or sex is None or status is None or diet is None:
        return None
    born_value = data.get("birth_date")
    return ClientContext(
        age=age,
        sex=sex,
        menopausal_status=status,
        diet=diet,
        medicines=tuple(medicines),
        dietary_calcium_mg=calcium,
        name=name,
        birth_date=date.fromisoformat(born_value) if isinstance(born_value, str) else None,
    )


def _item(reader: _Reader, raw: object, path: str) -> PlanItem | None:
    data = reader.object(raw, path)
    if data is None:
        return None
    before = len(reader.problems)
    product = data.get("product")
    if "product" not in data:
        reader.problem(f"{path}.product", "missing")
    elif not isinstance(product, str) or (
        len(product.strip()) > limits.PRODUCT_NAME and not reader.stored
    ):
        reader.problem(f"{path}.product", "text", product, str(limits.PRODUCT_NAME))
    elif "\n" in product.strip() and not reader.stored:
        reader.problem(f"{path}.product", "too_many_lines", product, str(limits.PRODUCT_NAME_LINES))
    elif not product.strip():
        reader.problem(f"{path}.product", "empty")
    nutrients = _nutrients(reader, data, path)
    schedule = _schedule(reader, data.get("schedule", {}), f"{path}.schedule")
    taken_with = reader.choice(data, "taken_with", path, TakenWith, TakenWith.WATER)
    long_term = data.get("long_term", True)
    if not isinstance(long_term, bool):
        reader.problem(f"{path}.long_term", "boolean", long_term)
    note = reader.text(data, "note", path, "", limits.ITEM_NOTE, limits.ITEM_NOTE_LINES)
    if len(reader.problems) > before:
        return None
    return PlanItem(
        product=str(product).strip(),
        nutrients=tuple(nutrients),
        schedule=schedule,
        taken_with=taken_with,
        long_term=bool(long_term),
        note=note or "",
    )


def _nutrients(reader: _Reader, data: dict[str, Any], path: str) -> list[NutrientAmount]:
    raw = data.get("nutrients")
    if "nutrients" not in data:
        reader.problem(f"{path}.nutrients", "missing")
        return []
    if not isinstance(raw, list):
        reader.problem(f"{path}.nutrients", "not_list", raw)
        return []
    amounts: list[NutrientAmount] = []
    for index, entry in enumerate(raw):
        here = f"{path}.nutrients[{index}]"
        part = reader.object(entry, here)
        if part is None:
            continue
        nutrient: Nutrient | None = None
        if "nutrient" not in part:
            reader.problem(f"{here}.nutrient", "missing")
        else:
            try:
                nutrient = Nutrient(part["nutrient"])
            except ValueError:
                reader.problem(f"{here}.nutrient", "nutrient", part["nutrient"])
        unit: Unit | None = None
        if "unit" not in part:
            reader.problem(f"{here}.unit", "missing")
        else:
            raw_unit = part["unit"]
            unit = parse_unit(raw_unit) if isinstance(raw_unit, str) else None
            if unit is None:
                reader.problem(f"{here}.unit", "unit", raw_unit)
            elif unit is Unit.IU and nutrient is not None and not iu_defined(nutrient):
                reader.problem(f"{here}.unit", "iu_undefined", raw_unit, nutrient.value)
                unit = None
        amount: float | None = None
        if "amount" not in part:
            reader.problem(f"{here}.amount", "missing")
        else:
            amount = reader.number(part["amount"], f"{here}.amount")
            if amount is not None and amount < 0:
                reader.problem(f"{here}.amount", "negative", part["amount"])
                amount = None
        if nutrient is None or unit is None or amount is None:
            continue
        problem = amount_problem(amount, nutrient, unit)  # the composition fields' rule
        if problem is not None:
            reader.problem(f"{here}.amount", problem, part["amount"], str(part["unit"]))
            continue
        amounts.append(NutrientAmount(nutrient, amount, unit))
    return amounts


def _schedule(reader: _Reader, raw: object, path: str) -> dict[Moment, int]:
    schedule = dict.fromkeys(Moment, 0)
    data = reader.object(raw, path)
    if data is None:
        return schedule
    for key, value in data.items():
        try:
            moment = Moment(key)
        except ValueError:
            reader.problem(path, "moment", key)
            continue
        here = f"{path}.{key}"
        if _too_large(value):
            reader.problem(here, "out_of_range", value)
            continue
        number = isinstance(value, int | float) and not isinstance(value, bool)
        problem = units_problem(value) if number else "not_whole"  # the schedule fields' rule
        if problem is None:
            schedule[moment] = int(value)
        else:
            reader.problem(here, _UNITS_CODES[problem], value)
    return schedule


def items_from_data(data: object, stored: bool = False) -> list[PlanItem]:
    """Items stored as plan-file JSON (templates, saved plans); raise PlanFileError if bad.

    *stored*: the app's own saved data, read without the text limits (checked on saving).
    """
    reader = _Reader(stored)
    items: list[PlanItem] = []
    if not isinstance(data, list):
        reader.problem("items", "not_list", data)
    else:
        for index, raw in enumerate(data):
            item = _item(reader, raw, f"items[{index}]")
            if item is not None:
                items.append(item)
    if reader.problems:
        raise PlanFileError(reader.problems)
    return items


def nutrients_to_data(nutrients: tuple[NutrientAmount, ...]) -> list[dict[str, object]]:
    """A composition as plan-file JSON."""
    return [
        {"nutrient": n.nutrient.value, "amount": n.amount, "unit": n.unit.value} for n in nutrients
    ]


def nutrients_from_data(data: object) -> tuple[NutrientAmount, ...]:
    """A composition from plan-file JSON; raise PlanFileError if bad."""
    reader = _Reader()
    amounts = _nutrients(reader, {"nutrients": data}, "product")
    if reader.problems:
        raise PlanFileError(reader.problems)
    return tuple(amounts)


def item_to_data(item: PlanItem) -> dict[str, object]:
    """One item as plan-file JSON."""
    return {
        "product": item.product,
        "nutrients": nutrients_to_data(item.nutrients),
        "schedule": {m.value: item.schedule.get(m, 0) for m in Moment},
        "taken_with": item.taken_with.value,
        "long_term": item.long_term,
        "note": item.note,
    }


def plan_to_data(plan: Plan) -> dict[str, object]:
    """The plan as `supplan-plan/1` JSON data (birth date if known, else age)."""
    client = plan.client
    client_data: dict[str, object] = {}
    if client.name:
        client_data["name"] = client.name
    if client.birth_date is not None:
        client_data["birth_date"] = client.birth_date.isoformat()
    else:
        client_data["age"] = client.age
    client_data.update(
        {
            "sex": client.sex.value,
            "menopausal_status": client.menopausal_status.value,
            "diet": client.diet.value,
            "medicines": list(client.medicines),
        }
    )
    if client.dietary_calcium_mg is not None:
        client_data["dietary_calcium_mg"] = client.dietary_calcium_mg
    return {
        "format": FORMAT,
        "plan_date": plan.plan_date.isoformat(),
        "client": client_data,
        "items": [item_to_data(item) for item in plan.items],
    }


def dump_plan(plan: Plan) -> str:
    """The plan as a UTF-8 JSON document (pretty, with accents kept readable)."""
    return json.dumps(plan_to_data(plan), ensure_ascii=False, indent=2) + "\n"
