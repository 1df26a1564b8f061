"""What a rule is, what the checks look at, and what a finding says.

A :class:`Rule` is one declaration (in ``declarations.py``): id, severity, the thresholds as
data, the texts that show them, source, review date, the handout sentence it produces and the
limit it shows in the totals. Its check (in ``checks.py``) receives the rule and reads the
thresholds from it, so a number is written once and the texts say what the check does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.clients import Condition, MenopausalStatus, Sex
from app.domain.medicines import Medicine, MedicineClass
from app.domain.nutrients import ORDER, Nutrient, sentence_start
from app.domain.plan import Plan, PlanItem
from app.domain.readings import read_as_note
from app.domain.rules.values import Quantity, Text, render_value
from app.domain.severity import Severity
from app.i18n import Plural


class Facts:
    """The plan seen the way the rules ask about it, computed once per evaluation."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.client = plan.client
        self.age = plan.client.age
        self.totals = plan.daily_totals()
        self.long_term: dict[Nutrient, float] = {}
        self.items_with: dict[Nutrient, list[int]] = {}
        for index, item in enumerate(plan.items):
            for nutrient, amount in item.daily().items():
                if amount > 0:
                    self.items_with.setdefault(nutrient, []).append(index)
                    if item.long_term:
                        self.long_term[nutrient] = self.long_term.get(nutrient, 0.0) + amount
        recognised = plan.client.recognised_medicines  # once per client context
        self.medicines: dict[MedicineClass, list[tuple[str, Medicine]]] = {}
        self.unrecognised: list[str] = list(recognised.unrecognised)
        for typed, medicine in recognised.found:
            self.medicines.setdefault(medicine.kind, []).append((typed, medicine))
        #: Nutrients no rule may suggest adding: set by the engine from the withholding rules.
        self.withheld: frozenset[Nutrient] = frozenset()

    @property
    def postmenopausal(self) -> bool:
        """Whether the client is postmenopausal."""
        return self.client.menopausal_status is MenopausalStatus.POSTMENOPAUSAL

    @property
    def woman(self) -> bool:
        """'Woman' in the rules means sex: female."""
        return self.client.sex is Sex.FEMALE

    def has(self, nutrient: Nutrient) -> bool:
        """A nutrient is in the plan when its daily total is above zero."""
        return self.totals.get(nutrient, 0.0) > 0

    def total(self, nutrient: Nutrient) -> float:
        """Daily total of *nutrient* (0 when absent)."""
        return self.totals.get(nutrient, 0.0)

    def present(self, nutrients: Iterable[Nutrient]) -> tuple[Nutrient, ...]:
        """Those of *nutrients* that are in the plan, in the standard order."""
        return tuple(sorted((n for n in nutrients if self.has(n)), key=ORDER.__getitem__))

    def items_for(self, nutrients: Iterable[Nutrient]) -> tuple[int, ...]:
        """Indexes of the items that supply any of *nutrients*."""
        return tuple(sorted({i for n in nutrients for i in self.items_with.get(n, ())}))

    def taking(self, kind: MedicineClass) -> list[tuple[str, Medicine]]:
        """The client's medicines of *kind*: (name as typed, recognised medicine)."""
        return self.medicines.get(kind, [])

    def taking_any(self, kinds: Iterable[MedicineClass]) -> list[tuple[str, Medicine]]:
        """The client's medicines of any of *kinds*, in the order the classes are given."""
        return [taken for kind in kinds for taken in self.taking(kind)]

    def on_vka(self) -> bool:
        """Whether the client takes a vitamin K antagonist."""
        return bool(self.taking(MedicineClass.VITAMIN_K_ANTAGONIST))

    def items_taken(self, nutrient: Nutrient) -> list[PlanItem]:
        """The items that contain *nutrient* and are scheduled at least once a day."""
        return [i for i in self.plan.items if i.units_per_day and i.contains(nutrient)]


@dataclass(frozen=True)
class Hit:
    """What a check returns when its rule applies."""

    nutrients: tuple[Nutrient, ...] = ()
    items: tuple[int, ...] = ()
    values: Mapping[str, object] = field(default_factory=dict)
    #: Use the rule's alternative severity, message and action (e.g. copper already present).
    alternative: bool = False


@dataclass(frozen=True)
class Advice:
    """What an instruction chooser returns: which of the rule's sentences, with what values."""

    sentence: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Situation:
    """What a handout sentence is chosen from: the plan, the rule and its finding, if any."""

    facts: Facts
    rule: Rule
    finding: Finding | None
    #: The dietician kept the plan despite the finding, with a written reason.
    overridden: bool


@dataclass(frozen=True)
class Instruction:
    """The plain-language sentences a rule may put on the client's handout, and the chooser.

    *sentences* are catalogue texts keyed by a name; *choose* picks one (or none) for a plan.
    """

    sentences: Mapping[str, str]
    choose: Callable[[Situation], Advice | None] = field(compare=False, repr=False)

    def render(self, rule: Rule, advice: Advice, language: str) -> str:
        """The chosen sentence in *language*, with the rule's thresholds and the values."""
        sentence = Text(self.sentences[advice.sentence], rule.thresholds)
        return sentence_start(sentence(language, **advice.values))


Check = Callable[[Facts, "Rule"], Hit | None]
#: A threshold: an amount of a nutrient, or a plain number (an age, hours, minutes).
Threshold = Quantity | int | float | Text


_TEXTS = ("title", "message", "action", "alternative_message", "alternative_action")


@dataclass(frozen=True)
class Rule:
    """One clinical rule, declared once: everything about it, and the check that applies it."""

    id: str
    severity: Severity
    title: Text
    message: Text
    action: Text
    source: Text
    reviewed: date
    check: Check = field(compare=False, repr=False)
    #: The numbers the check compares against, by the names its texts use.
    thresholds: Mapping[str, Threshold] = field(default_factory=dict)
    #: The medicines and nutrients the rule is about (interaction rules).
    medicine: MedicineClass | None = None
    nutrients: tuple[Nutrient, ...] = ()
    #: The client's condition the rule is about (condition rules).
    condition: Condition | None = None
    #: When the client's side of the rule holds (her condition, kidney function or medicine),
    #: no other rule suggests adding its nutrients: advice must not contradict a warning.
    withholds: bool = False
    #: Generic names of the rule's medicines that use its "slower_" thresholds.
    slower: tuple[str, ...] = ()
    alternative_severity: Severity | None = None
    alternative_message: Text | None = None
    alternative_action: Text | None = None
    #: The threshold the totals table shows as the nutrient's limit (its name in *thresholds*).
    shows_limit: str | None = None
    #: The sentence the rule puts on the client's handout, if any.
    instruction: Instruction | None = None
    #: Further medicine classes the rule is about, besides *medicine* (all bleeding risks).
    more_medicines: tuple[MedicineClass, ...] = ()
    #: Clauses a message joins to say which of several conditions fired, by name.
    reasons: Mapping[str, Text] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The texts show the thresholds: bind them here, so a rule and its texts never differ.
        for name in _TEXTS:
            text = getattr(self, name)
            if text is not None:
                bound = replace(text, values={**text.values, **self.thresholds})
                object.__setattr__(self, name, bound)
        reasons = {
            k: replace(t, values={**t.values, **self.thresholds}) for k, t in self.reasons.items()
        }
        object.__setattr__(self, "reasons", reasons)

    @property
    def medicine_classes(self) -> tuple[MedicineClass, ...]:
        """Every medicine class the rule is about."""
        return (self.medicine, *self.more_medicines) if self.medicine else self.more_medicines

    def reason(self, name: str, **values: object) -> Text:
        """The declared clause *name* with the values of this finding."""
        text = self.reasons[name]
        return replace(text, values={**text.values, **values})

    def amount(self, name: str) -> float:
        """The number of threshold *name* (a quantity's amount, in its canonical unit)."""
        value = self.thresholds[name]
        if isinstance(value, Quantity):
            return value.amount
        assert not isinstance(value, Text), name
        return value

    @property
    def limit(self) -> tuple[Nutrient, float] | None:
        """For a rule shown in the totals: the nutrient and the daily amount it may not exceed."""
        if self.shows_limit is None:
            return None
        value = self.thresholds[self.shows_limit]
        assert isinstance(value, Quantity)
        return value.nutrient, value.amount

    def thresholds_text(self, language: str) -> str:
        """Its thresholds as "name value" pairs, as `supplan rules` prints them."""
        return ", ".join(
            f"{name} {render_value(value, language)}" for name, value in self.thresholds.items()
        )

    def describe(self) -> dict[str, object]:
        """Everything reviewable about the rule, for its version hash."""
        texts = {
            "title": self.title,
            "message": self.message,
            "action": self.action,
            "alternative_message": self.alternative_message,
            "alternative_action": self.alternative_action,
            "source": self.source,
        }
        described: dict[str, object] = {
            "id": self.id,
            "severity": self.severity.value,
            "alternative_severity": self.alternative_severity,
            "thresholds": self.thresholds_text("en"),
            "reviewed": self.reviewed.isoformat(),
            "instruction": sorted(self.instruction.sentences.values()) if self.instruction else [],
            "reasons": {name: text.english for name, text in sorted(self.reasons.items())},
        }
        for name, text in texts.items():
            described[name] = text.english if text else None
        return described


def declare(
    *,
    id: str,
    severity: Severity,
    title: str,
    message: str | Plural,
    action: str,
    source: Text,
    reviewed: date,
    check: Check,
    thresholds: Mapping[str, Threshold] | None = None,
    medicine: MedicineClass | None = None,
    nutrients: tuple[Nutrient, ...] = (),
    condition: Condition | None = None,
    withholds: bool = False,
    slower: tuple[str, ...] = (),
    alternative_severity: Severity | None = None,
    alternative_message: str | Plural | None = None,
    alternative_action: str | None = None,
    shows_limit: str | None = None,
    instruction: Instruction | None = None,
    shows: Mapping[str, object] | None = None,
    more_medicines: tuple[MedicineClass, ...] = (),
    reasons: Mapping[str, str] | None = None,
) -> Rule:
    """A rule whose texts show its thresholds (the declarations' one way to make a rule).

    *shows*: values its texts show that are no thresholds (the nutrient of an upper limit).
    """
    values = dict(thresholds or {})
    shown = dict(shows or {})

    def bound(text: str | Plural) -> Text:
        if isinstance(text, Plural):  # chosen by how many medicines the finding names
            return Text(text.singular, shown, plural=text.plural)
        return Text(text, shown)

    return Rule(
        id=id,
        severity=severity,
        title=Text(title, shown, title=True),
        message=bound(message),
        action=bound(action),
        source=source,
        reviewed=reviewed,
        check=check,
        thresholds=values,
        medicine=medicine,
        nutrients=nutrients,
        condition=condition,
        withholds=withholds,
        slower=slower,
        alternative_severity=alternative_severity,
        alternative_message=bound(alternative_message) if alternative_message else None,
        alternative_action=bound(alternative_action) if alternative_action else None,
        shows_limit=shows_limit,
        instruction=instruction,
        more_medicines=more_medicines,
        reasons={name: bound(text) for name, text in (reasons or {}).items()},
    )


@dataclass(frozen=True)
class Finding:
    """A rule that applies to a plan: what, how serious, why, what to do, and the source."""

    rule: Rule
    severity: Severity
    nutrients: tuple[Nutrient, ...]
    items: tuple[int, ...]
    values: Mapping[str, object]
    alternative: bool = False
    #: Lines of the client's medicines it rests on that were read despite a slip of the pen:
    #: (as typed, read as). Its message says so, whatever the rule.
    read_as: tuple[tuple[str, str], ...] = ()

    @property
    def rule_id(self) -> str:
        """The rule's stable id, e.g. CA-SUPPL-MAX."""
        return self.rule.id

    def title(self, language: str) -> str:
        """Short title of the rule."""
        return self.rule.title(language)

    def message(self, language: str) -> str:
        """Why: the message with the values that triggered it."""
        template = self.rule.alternative_message if self.alternative else None
        message = self._fill(template or self.rule.message, language)
        if not self.read_as:
            return message
        notes = "; ".join(read_as_note(typed, known, language) for typed, known in self.read_as)
        return f"{message} {notes}."

    def action(self, language: str) -> str:
        """What to do."""
        template = self.rule.alternative_action if self.alternative else None
        return self._fill(template or self.rule.action, language)

    def source(self, language: str) -> str:
        """Where the rule comes from, in *language* (titles of Dutch publications stay Dutch)."""
        return self.rule.source(language)

    def _fill(self, template: Text, language: str) -> str:
        return sentence_start(template(language, **self.values))

    def as_json(self, language: str) -> dict[str, object]:
        """The finding as in `supplan check --format json`."""
        return {
            "rule": self.rule.id,
            "severity": self.severity.value,
            "nutrients": [n.value for n in self.nutrients],
            "items": list(self.items),
            "title": self.title(language),
            "message": self.message(language),
            "action": self.action(language),
            "source": self.source(language),
        }
