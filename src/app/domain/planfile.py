"""The plan file, `supplan-plan/1`: reading it with a clear message for every problem, writing it.

Reading collects every problem (field path, offending value, what is wrong) instead of
stopping at the first, so a colleague's file can be fixed in one go.

Over 400 lines because the reader and the writer of one format stay together, so a field is
added to both in one place; the problems and their messages live in planfile_problems.
"""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.domain import clock, limits
from app.domain.clients import Condition, Diet, MenopausalStatus, Sex, age_on, in_condition_order
from app.domain.nutrients import Nutrient, Unit, iu_defined, parse_unit
from app.domain.plan import (
    ClientContext,
    Moment,
    NutrientAmount,
    Plan,
    PlanItem,
    TakenWith,
    amount_problem,
    units_problem,
)
from app.domain.planfile_problems import FORMAT as FORMAT
from app.domain.planfile_problems import MAX_AGE as MAX_AGE
from app.domain.planfile_problems import MAX_DIETARY_CALCIUM_MG as MAX_DIETARY_CALCIUM_MG
from app.domain.planfile_problems import (
    UNITS_CODES,
    choices,
    parse_float,
    parse_int,
    too_large,
)
from app.domain.planfile_problems import PlanFileError as PlanFileError
from app.domain.planfile_problems import Problem as Problem

#: The client's name as written on a letter: given names, prefix and family name.
MAX_CLIENT_NAME = 2 * limits.NAME + limits.NAME_PREFIX + 2


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
            self.problem(f"{path}.{key}" if path else key, "choice", value, choices(enum))
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
        if too_large(value):
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
        data = json.loads(text, parse_int=parse_int, parse_float=parse_float)
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
    elif too_large(data.get("age")):
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
    egfr = _egfr(reader, data.get("egfr"))
    conditions = _conditions(reader, data.get("conditions"))
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
        egfr=egfr,
        conditions=conditions,
    )


def _egfr(reader: _Reader, value: object) -> int | None:
    """The client's eGFR: a whole number within the bounds, or absent (null)."""
    if value is None:
        return None
    number = reader.number(value, "client.egfr")
    if number is None:
        return None
    if number != int(number) or not limits.EGFR_MIN <= number <= limits.EGFR_MAX:
        reader.problem("client.egfr", "egfr", value)
        return None
    return int(number)


def _conditions(reader: _Reader, value: object) -> frozenset[Condition]:
    """The client's conditions: a list of known condition names."""
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        reader.problem("client.conditions", "not_list", value)
        return frozenset()
    found: set[Condition] = set()
    for index, name in enumerate(value):
        try:
            found.add(Condition(name))
        except ValueError:
            reader.problem(f"client.conditions[{index}]", "condition", name, choices(Condition))
    return frozenset(found)


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
    prescribed = data.get("prescribed", False)
    if not isinstance(prescribed, bool):
        reader.problem(f"{path}.prescribed", "boolean", prescribed)
    if len(reader.problems) > before:
        return None
    return PlanItem(
        product=str(product).strip(),
        nutrients=tuple(nutrients),
        schedule=schedule,
        taken_with=taken_with,
        long_term=bool(long_term),
        note=note or "",
        prescribed=bool(prescribed),
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
        if too_large(value):
            reader.problem(here, "out_of_range", value)
            continue
        number = isinstance(value, int | float) and not isinstance(value, bool)
        problem = units_problem(value) if number else "not_whole"  # the schedule fields' rule
        if problem is None:
            schedule[moment] = int(value)
        else:
            reader.problem(here, UNITS_CODES[problem], value)
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
    """One item as plan-file JSON ("prescribed" only when true: files stay as they were)."""
    data: dict[str, object] = {
        "product": item.product,
        "nutrients": nutrients_to_data(item.nutrients),
        "schedule": {m.value: item.schedule.get(m, 0) for m in Moment},
        "taken_with": item.taken_with.value,
        "long_term": item.long_term,
        "note": item.note,
    }
    if item.prescribed:
        data["prescribed"] = True
    return data


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
    if client.egfr is not None:
        client_data["egfr"] = client.egfr
    if client.conditions:
        client_data["conditions"] = [c.value for c in in_condition_order(client.conditions)]
    return {
        "format": FORMAT,
        "plan_date": plan.plan_date.isoformat(),
        "client": client_data,
        "items": [item_to_data(item) for item in plan.items],
    }


def dump_plan(plan: Plan) -> str:
    """The plan as a UTF-8 JSON document (pretty, with accents kept readable)."""
    return json.dumps(plan_to_data(plan), ensure_ascii=False, indent=2) + "\n"
