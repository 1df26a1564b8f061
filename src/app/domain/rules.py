"""The clinical rules, all in this one reviewable place, and the engine that applies them.

Every rule has a stable id, a severity, a title, a message and an action in Dutch and English,
its source and the date it was last reviewed. Thresholds are written out literally in the
check functions right beside the texts that state them. `RULES_VERSION` changes whenever
any rule's text, severity, source or review date does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from app.domain.catalogue import in_language
from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.medicines import Medicine, MedicineClass
from app.domain.nutrients import (
    CANONICAL_UNIT,
    ORDER,
    Nutrient,
    format_amount,
    format_quantity,
    nutrient_name,
    nutrient_title,
    sentence_start,
)
from app.domain.plan import Moment, Plan, TakenWith
from app.domain.severity import SEVERITY_RANK, Severity

N = Nutrient


@dataclass(frozen=True)
class Text:
    """A sentence in English and Dutch."""

    en: str
    nl: str

    def __call__(self, language: str) -> str:
        """The sentence in *language* ("nl" or anything else for English)."""
        return self.nl if language == "nl" else self.en

    def __add__(self, other: Text) -> Text:
        """Both languages joined, e.g. two sources: ``a + Text("; ", "; ") + b``."""
        return Text(self.en + other.en, self.nl + other.nl)


# --- values that findings carry and render in either language ------------------------------
@dataclass(frozen=True)
class Quantity:
    """An amount of a nutrient per day, in its canonical unit."""

    nutrient: Nutrient
    amount: float

    def render(self, language: str) -> str:
        """The amount with its unit, e.g. "600 mg"."""
        return format_quantity(self.amount, self.nutrient, language)


@dataclass(frozen=True)
class Nutrients:
    """A list of nutrients: "calcium, vitamin D and zinc"."""

    nutrients: tuple[Nutrient, ...]

    def render(self, language: str) -> str:
        """Joined names with "and" / "en"."""
        return _join([nutrient_name(n, language) for n in self.nutrients], language)


@dataclass(frozen=True)
class Names:
    """Names as the dietician typed them (medicines, products)."""

    names: tuple[str, ...]

    def render(self, language: str) -> str:
        """Joined, quoted names."""
        return _join([f"“{name}”" for name in self.names], language)


@dataclass(frozen=True)
class ProductNames:
    """Product names of the plan: shipped ones in the reader's language, typed ones as typed."""

    names: tuple[str, ...]

    def render(self, language: str) -> str:
        """Joined, quoted names."""
        return _join([f"“{in_language(name, language)}”" for name in self.names], language)


@dataclass(frozen=True)
class Moments:
    """Moments of the day."""

    moments: tuple[Moment, ...]

    def render(self, language: str) -> str:
        """Translated moments."""
        return _join([MOMENT_NAMES[m](language) for m in self.moments], language)


MOMENT_NAMES = {
    Moment.MORNING: Text("morning", "ochtend"),
    Moment.MIDDAY: Text("midday", "middag"),
    Moment.EVENING: Text("evening", "avond"),
    Moment.BEDTIME: Text("bedtime", "voor het slapen"),
}
DIET_NAMES = {
    Diet.OMNIVORE: Text("meat", "vlees"),
    Diet.LITTLE_MEAT: Text("little meat", "weinig vlees"),
    Diet.VEGETARIAN: Text("a vegetarian diet", "vegetarisch"),
    Diet.VEGAN: Text("a vegan diet", "veganistisch"),
}


def _join(parts: list[str], language: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = " en " if language == "nl" else " and "
    return ", ".join(parts[:-1]) + word + parts[-1]


def render_value(value: object, language: str) -> str:
    """Any finding value as text in *language*."""
    if isinstance(value, Text):
        return value(language)
    if hasattr(value, "render"):
        return str(value.render(language))
    if isinstance(value, float | int):
        return format_amount(float(value), language)
    return str(value)


# --- what the checks look at, computed once per evaluation ---------------------------------
class Facts:
    """The plan seen the way the rules ask about it."""

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

    def on_vka(self) -> bool:
        """Whether the client takes a vitamin K antagonist."""
        return bool(self.taking(MedicineClass.VITAMIN_K_ANTAGONIST))


@dataclass(frozen=True)
class Hit:
    """What a check returns when its rule applies."""

    nutrients: tuple[Nutrient, ...] = ()
    items: tuple[int, ...] = ()
    values: Mapping[str, object] = field(default_factory=dict)
    #: Use the rule's alternative severity, message and action (e.g. copper already present).
    alternative: bool = False


Check = Callable[[Facts], Hit | None]


@dataclass(frozen=True)
class Rule:
    """One clinical rule: its texts, source and review date, and the check that applies it."""

    id: str
    severity: Severity
    title: Text
    message: Text
    action: Text
    source: Text
    reviewed: date
    check: Check = field(compare=False, repr=False)
    alternative_severity: Severity | None = None
    alternative_message: Text | None = None
    alternative_action: Text | None = None
    #: For limit rules: the nutrient and the daily amount it may not exceed.
    limit: tuple[Nutrient, float] | None = None

    def describe(self) -> dict[str, object]:
        """Everything reviewable about the rule, for its version hash."""
        return {
            "id": self.id,
            "severity": self.severity.value,
            "title": [self.title.en, self.title.nl],
            "message": [self.message.en, self.message.nl],
            "action": [self.action.en, self.action.nl],
            "alternative": [
                self.alternative_severity.value if self.alternative_severity else None,
                [self.alternative_message.en, self.alternative_message.nl]
                if self.alternative_message
                else None,
                [self.alternative_action.en, self.alternative_action.nl]
                if self.alternative_action
                else None,
            ],
            "source": [self.source.en, self.source.nl],
            "reviewed": self.reviewed.isoformat(),
        }


@dataclass(frozen=True)
class Finding:
    """A rule that applies to a plan: what, how serious, why, what to do, and the source."""

    rule: Rule
    severity: Severity
    nutrients: tuple[Nutrient, ...]
    items: tuple[int, ...]
    values: Mapping[str, object]
    alternative: bool = False

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
        return self._fill(template or self.rule.message, language)

    def action(self, language: str) -> str:
        """What to do."""
        template = self.rule.alternative_action if self.alternative else None
        return self._fill(template or self.rule.action, language)

    def source(self, language: str) -> str:
        """Where the rule comes from, in *language* (titles of Dutch publications stay Dutch)."""
        return self.rule.source(language)

    def _fill(self, template: Text, language: str) -> str:
        values = {key: render_value(value, language) for key, value in self.values.items()}
        return sentence_start(template(language).format(**values))

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


# --- sources -------------------------------------------------------------------------------
ARTICLE = Text(
    "Vakblad Voedingswaarde (Dutch journal), supplementation column: micronutrients for "
    "postmenopausal women",
    "Vakblad Voedingswaarde, rubriek suppletie: micronutriënten bij postmenopauzale vrouwen",
)


def article(reference: str, reference_nl: str | None = None) -> Text:
    """Citation of the seed article with its reference number (or section)."""
    return ARTICLE + Text(f", {reference}", f", {reference_nl or reference}")


HEALTH_COUNCIL_VITD = Text(
    "Health Council of the Netherlands (Gezondheidsraad), Evaluation of the dietary reference "
    "values for vitamin D, 2012/15",
    "Gezondheidsraad, Evaluatie van de voedingsnormen voor vitamine D, 2012/15",
)
HEALTH_COUNCIL_CALCIUM = Text(
    "Health Council of the Netherlands (Gezondheidsraad), Dietary reference intakes: calcium, "
    "vitamin D, thiamin, riboflavin, niacin, pantothenic acid and biotin, 2000; Netherlands "
    "Nutrition Centre (Voedingscentrum), recommended daily amounts of calcium",
    "Gezondheidsraad, Voedingsnormen calcium, vitamine D, thiamine, riboflavine, niacine, "
    "pantotheenzuur en biotine, 2000; Voedingscentrum, aanbevolen dagelijkse hoeveelheden "
    "calcium",
)


def kompas(medicines_en: str, medicines_nl: str, more: str = "") -> Text:
    """The Dutch drug formulary's interaction texts for a group of medicines, and the SmPC."""
    return Text(
        "Farmacotherapeutisch Kompas (National Health Care Institute, the Netherlands), "
        f"interactions; SmPC ({medicines_en}){more}",
        f"Farmacotherapeutisch Kompas (Zorginstituut Nederland), interacties; SmPC "
        f"({medicines_nl}){more}",
    )


REVIEWED = date(2026, 11, 24)


# --- the rules from the article ------------------------------------------------------------
def _ca_suppl_max(f: Facts) -> Hit | None:
    if f.total(N.CALCIUM) > 500:
        return Hit(
            (N.CALCIUM,),
            f.items_for([N.CALCIUM]),
            {"total": Quantity(N.CALCIUM, f.total(N.CALCIUM)), "limit": "500 mg"},
        )
    return None


def _ca_intake_f65(f: Facts) -> Hit | None:
    if f.woman and f.age > 65 and not f.has(N.CALCIUM):
        return Hit((N.CALCIUM,), (), {"age": f.age})
    return None


def recommended_calcium_mg(age: int, sex: Sex) -> int | None:
    """Dutch recommended calcium intake for age and sex (None below 25, where none is set).

    Sex 'other' gets the higher of the two (the women's figure).
    """
    if age < 25:
        return None
    if age >= 70:
        return 1200
    if sex is Sex.MALE:
        return 950
    return 950 if age <= 50 else 1100


def _ca_suppl_if_low(f: Facts) -> Hit | None:
    dietary = f.client.dietary_calcium_mg
    recommended = recommended_calcium_mg(f.age, f.client.sex)
    if dietary is None or recommended is None or f.has(N.CALCIUM):
        return None
    if dietary < recommended:
        return Hit(
            (N.CALCIUM,),
            (),
            {
                "dietary": Quantity(N.CALCIUM, dietary),
                "recommended": Quantity(N.CALCIUM, recommended),
            },
        )
    return None


def _mg_cofactor(f: Facts) -> Hit | None:
    present = f.present([N.CALCIUM, N.VITAMIN_D])
    if present and not f.has(N.MAGNESIUM):
        return Hit((N.MAGNESIUM,), f.items_for(present), {"present": Nutrients(present)})
    return None


BONE_BUNDLE = (N.CALCIUM, N.VITAMIN_D, N.MAGNESIUM, N.ZINC, N.VITAMIN_K2)


def _pmw_bone_bundle(f: Facts) -> Hit | None:
    if not f.postmenopausal:
        return None
    missing = tuple(sorted((n for n in BONE_BUNDLE if not f.has(n)), key=ORDER.__getitem__))
    if f.on_vka():
        missing = tuple(n for n in missing if n is not N.VITAMIN_K2)
    if missing:
        return Hit(missing, (), {"missing": Nutrients(missing)})
    return None


def _zn_risk_65(f: Facts) -> Hit | None:
    if f.age > 65 and not f.has(N.ZINC):
        return Hit((N.ZINC,), (), {"age": f.age})
    return None


def _zn_risk_lowmeat(f: Facts) -> Hit | None:
    low_meat = (Diet.LITTLE_MEAT, Diet.VEGETARIAN, Diet.VEGAN)
    if f.postmenopausal and f.client.diet in low_meat and not f.has(N.ZINC):
        return Hit((N.ZINC,), (), {"diet": DIET_NAMES[f.client.diet]})
    return None


def _zn_cu_40(f: Facts) -> Hit | None:
    if f.total(N.ZINC) > 40:
        copper = f.has(N.COPPER)
        return Hit(
            (N.ZINC, N.COPPER),
            f.items_for([N.ZINC]),
            {
                "total": Quantity(N.ZINC, f.total(N.ZINC)),
                "copper": Quantity(N.COPPER, f.total(N.COPPER)),
            },
            alternative=copper,
        )
    return None


def _zn_mg_loss(f: Facts) -> Hit | None:
    long_term_zinc = f.long_term.get(N.ZINC, 0.0)
    if long_term_zinc >= 50:
        long_term_items = tuple(
            i for i in f.items_with.get(N.ZINC, ()) if f.plan.items[i].long_term
        )
        return Hit(
            (N.ZINC, N.MAGNESIUM),
            long_term_items,
            {
                "total": Quantity(N.ZINC, long_term_zinc),
                "magnesium": Quantity(N.MAGNESIUM, f.total(N.MAGNESIUM)),
            },
            alternative=f.has(N.MAGNESIUM),
        )
    return None


def _zn_with_milk(f: Facts) -> Hit | None:
    # Literally "a zinc-containing item taken with milk", scheduled yet or not.
    items = tuple(
        i
        for i, item in enumerate(f.plan.items)
        if item.taken_with is TakenWith.MILK and item.contains(N.ZINC)
    )
    if items:
        names = tuple(dict.fromkeys(f.plan.items[i].product for i in items))
        return Hit((N.ZINC,), items, {"products": ProductNames(names)})
    return None


def _k2_risk_40(f: Facts) -> Hit | None:
    if f.age > 40 and not f.has(N.VITAMIN_K2) and not f.on_vka():
        return Hit((N.VITAMIN_K2,), (), {"age": f.age})
    return None


def _prebiotic_ca_mg(f: Facts) -> Hit | None:
    present = f.present([N.CALCIUM, N.MAGNESIUM])
    if f.postmenopausal and present and not f.has(N.PREBIOTIC_FIBRE):
        return Hit((N.PREBIOTIC_FIBRE,), f.items_for(present), {"present": Nutrients(present)})
    return None


# --- safety limits -------------------------------------------------------------------------
def _above(nutrient: Nutrient, limit: float) -> Check:
    def check(f: Facts) -> Hit | None:
        if f.total(nutrient) > limit:
            return Hit(
                (nutrient,),
                f.items_for([nutrient]),
                {
                    "nutrient": Nutrients((nutrient,)),
                    "total": Quantity(nutrient, f.total(nutrient)),
                    "limit": Quantity(nutrient, limit),
                },
            )
        return None

    return check


def _vitd_nl_advice(f: Facts) -> Hit | None:
    if f.age >= 70:
        advised, group = 20, Text("people aged 70 and over", "mensen van 70 jaar en ouder")
    elif f.woman and 50 <= f.age <= 69:
        advised, group = 10, Text("women aged 50 to 69", "vrouwen van 50 tot en met 69 jaar")
    else:
        return None
    total = f.total(N.VITAMIN_D)
    if total < advised:
        return Hit(
            (N.VITAMIN_D,),
            f.items_for([N.VITAMIN_D]),
            {
                "total": Quantity(N.VITAMIN_D, total),
                "advised": Quantity(N.VITAMIN_D, advised),
                "group": group,
            },
        )
    return None


# --- medicine interactions -----------------------------------------------------------------
def _interaction(kind: MedicineClass, nutrients: tuple[Nutrient, ...]) -> Check:
    def check(f: Facts) -> Hit | None:
        taking = f.taking(kind)
        present = f.present(nutrients)
        if not taking or not present:
            return None
        return Hit(present, f.items_for(present), _medicine_values(taking, present))

    return check


def _medicine_values(
    taking: list[tuple[str, Medicine]], present: tuple[Nutrient, ...]
) -> dict[str, object]:
    return {
        "medicines": Names(tuple(dict.fromkeys(typed for typed, _ in taking))),
        "present": Nutrients(present),
    }


def _int_bisph(f: Facts) -> Hit | None:
    hit = _interaction(MedicineClass.BISPHOSPHONATE, (N.CALCIUM, N.MAGNESIUM, N.IRON, N.ZINC))(f)
    if hit is None:
        return None
    ibandronate = any(m.generic == "ibandronate" for _, m in f.taking(MedicineClass.BISPHOSPHONATE))
    return Hit(hit.nutrients, hit.items, {**hit.values, "minutes": 60 if ibandronate else 30})


def _int_fe_ca(f: Facts) -> Hit | None:
    moments: list[Moment] = []
    items: set[int] = set()
    for moment in Moment:
        at_moment = [i for i, item in enumerate(f.plan.items) if item.schedule.get(moment, 0) > 0]
        iron = [i for i in at_moment if f.plan.items[i].per_unit(N.IRON) > 0]
        calcium = [i for i in at_moment if f.plan.items[i].per_unit(N.CALCIUM) > 0]
        if iron and calcium:
            moments.append(moment)
            items.update(iron + calcium)
    if moments:
        return Hit((N.CALCIUM, N.IRON), tuple(sorted(items)), {"moments": Moments(tuple(moments))})
    return None


def _int_ppi_mg(f: Facts) -> Hit | None:
    taking = f.taking(MedicineClass.PROTON_PUMP_INHIBITOR)
    if taking and not f.has(N.MAGNESIUM):
        return Hit((N.MAGNESIUM,), (), _medicine_values(taking, ()))
    return None


def _med_unrecognised(f: Facts) -> Hit | None:
    if f.unrecognised:
        return Hit((), (), {"medicines": Names(tuple(dict.fromkeys(f.unrecognised)))})
    return None


def _upper_limit_rule(nutrient: Nutrient, limit: float, source: Text) -> Rule:
    en, nl = nutrient_title(nutrient, "en"), nutrient_title(nutrient, "nl")
    quantity = format_quantity(limit, nutrient, "en")
    quantity_nl = format_quantity(limit, nutrient, "nl")
    return Rule(
        id=f"UL-{nutrient.value.upper()}",
        severity=Severity.WARNING,
        title=Text(
            f"{en} above the safe upper limit ({quantity})",
            f"{nl} boven de aanvaardbare bovengrens ({quantity_nl})",
        ),
        message=Text(
            "{nutrient} from supplements {total}/day, more than the tolerable upper intake "
            "level of {limit}/day for adults.",
            "{nutrient} uit supplementen {total}/dag, meer dan de aanvaardbare bovengrens van "
            "{limit}/dag voor volwassenen.",
        ),
        action=Text(
            "Lower the dose to at most {limit} a day, unless a doctor prescribes more and "
            "monitors it.",
            "Verlaag de dosis tot hoogstens {limit} per dag, tenzij een arts meer voorschrijft "
            "en dit controleert.",
        ),
        source=source,
        reviewed=REVIEWED,
        check=_above(nutrient, limit),
        limit=(nutrient, limit),
    )


def _efsa(year_and_topic: str, year_and_topic_nl: str | None = None) -> Text:
    return Text(
        f"EFSA, tolerable upper intake level for adults ({year_and_topic})",
        f"EFSA, aanvaardbare bovengrens van inname voor volwassenen "
        f"({year_and_topic_nl or year_and_topic})",
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="INT-VKA-K",
        severity=Severity.CRITICAL,
        title=Text(
            "Vitamin K with a vitamin K antagonist", "Vitamine K bij een vitamine K-antagonist"
        ),
        message=Text(
            "{medicines} is a vitamin K antagonist and the plan contains {present}: even "
            "10 µg a day of vitamin K2 (MK-7) shifts the INR.",
            "{medicines} is een vitamine K-antagonist en het plan bevat {present}: zelfs "
            "10 µg vitamine K2 (MK-7) per dag verschuift de INR.",
        ),
        action=Text(
            "Remove vitamin K from the plan; use it only in agreement with the "
            "anticoagulation clinic (trombosedienst).",
            "Haal vitamine K uit het plan; alleen in overleg met de trombosedienst.",
        ),
        source=Text(
            "Theuwissen et al., J Thromb Haemost 2013;11:1085-92 (low-dose MK-7 and oral "
            "anticoagulation); Federation of Dutch Anticoagulation Clinics (FNT)",
            "Theuwissen e.a., J Thromb Haemost 2013;11:1085-92 (lage dosis MK-7 en orale "
            "antistolling); Federatie van Nederlandse Trombosediensten",
        ),
        reviewed=REVIEWED,
        check=_interaction(MedicineClass.VITAMIN_K_ANTAGONIST, (N.VITAMIN_K1, N.VITAMIN_K2)),
    ),
    Rule(
        id="CA-SUPPL-MAX",
        severity=Severity.WARNING,
        title=Text(
            "Calcium supplement above 500 mg a day", "Calciumsupplement boven 500 mg per dag"
        ),
        message=Text(
            "Calcium from supplements {total}/day, more than {limit}: supplementing more "
            "than 500 mg a day raises the risk of cardiovascular disease by about 30%.",
            "Calcium uit supplementen {total}/dag, meer dan {limit}: suppletie van meer dan "
            "500 mg per dag verhoogt het risico op hart- en vaatziekten met ongeveer 30%.",
        ),
        action=Text(
            "Lower supplemental calcium to at most 500 mg a day; cover the rest with food.",
            "Verlaag de calciumsuppletie tot hoogstens 500 mg per dag; vul de rest aan met "
            "voeding.",
        ),
        source=article("ref. 3"),
        reviewed=REVIEWED,
        check=_ca_suppl_max,
    ),
    Rule(
        id="ZN-CU-40",
        severity=Severity.WARNING,
        alternative_severity=Severity.ADVICE,
        title=Text("Zinc above 40 mg a day: copper", "Zink boven 40 mg per dag: koper"),
        message=Text(
            "Zinc from supplements {total}/day, more than 40 mg: this can cause copper "
            "deficiency, and the plan has no copper.",
            "Zink uit supplementen {total}/dag, meer dan 40 mg: dit kan een kopertekort "
            "veroorzaken, en het plan bevat geen koper.",
        ),
        action=Text(
            "Lower the zinc dose, or make sure copper intake is sufficient (e.g. add 1-2 mg "
            "copper).",
            "Verlaag de zinkdosis, of zorg voor voldoende koper (bijv. 1-2 mg koper toevoegen).",
        ),
        alternative_message=Text(
            "Zinc from supplements {total}/day, more than 40 mg: this can cause copper "
            "deficiency; the plan includes copper ({copper}/day).",
            "Zink uit supplementen {total}/dag, meer dan 40 mg: dit kan een kopertekort "
            "veroorzaken; het plan bevat koper ({copper}/dag).",
        ),
        alternative_action=Text(
            "Keep copper in the plan while zinc stays this high.",
            "Houd koper in het plan zolang de zinkdosis zo hoog is.",
        ),
        source=article("ref. 4"),
        reviewed=REVIEWED,
        check=_zn_cu_40,
    ),
    Rule(
        id="ZN-MG-LOSS",
        severity=Severity.WARNING,
        alternative_severity=Severity.ADVICE,
        title=Text(
            "Long-term zinc of 50 mg a day or more: magnesium",
            "Langdurig 50 mg zink per dag of meer: magnesium",
        ),
        message=Text(
            "Zinc from long-term supplements {total}/day, 50 mg or more: over time this "
            "raises magnesium loss in urine and faeces, and the plan has no magnesium.",
            "Zink uit langdurige suppletie {total}/dag, 50 mg of meer: op termijn verhoogt "
            "dit het verlies van magnesium via urine en feces, en het plan bevat geen "
            "magnesium.",
        ),
        action=Text(
            "Lower the zinc dose, or make sure magnesium intake is sufficient.",
            "Verlaag de zinkdosis, of zorg voor voldoende magnesium.",
        ),
        alternative_message=Text(
            "Zinc from long-term supplements {total}/day, 50 mg or more: over time this "
            "raises magnesium loss; the plan includes magnesium ({magnesium}/day).",
            "Zink uit langdurige suppletie {total}/dag, 50 mg of meer: op termijn verhoogt "
            "dit het magnesiumverlies; het plan bevat magnesium ({magnesium}/dag).",
        ),
        alternative_action=Text(
            "Keep magnesium in the plan while zinc stays this high.",
            "Houd magnesium in het plan zolang de zinkdosis zo hoog is.",
        ),
        source=article("ref. 9"),
        reviewed=REVIEWED,
        check=_zn_mg_loss,
    ),
    Rule(
        id="ZN-WITH-MILK",
        severity=Severity.WARNING,
        title=Text("Zinc taken with milk", "Zink ingenomen met melk"),
        message=Text(
            "{products} contains zinc and is taken with milk: milk roughly halves the "
            "absorption of zinc.",
            "{products} bevat zink en wordt met melk ingenomen: melk halveert ongeveer de "
            "opname van zink.",
        ),
        action=Text(
            "Take zinc with water, not with milk.", "Neem zink in met water, niet met melk."
        ),
        source=article("ref. 11"),
        reviewed=REVIEWED,
        check=_zn_with_milk,
    ),
    Rule(
        id="INT-BISPH",
        severity=Severity.WARNING,
        title=Text("Minerals with a bisphosphonate", "Mineralen bij een bisfosfonaat"),
        message=Text(
            "{medicines} is a bisphosphonate and the plan contains {present}: these minerals "
            "block the absorption of the bisphosphonate.",
            "{medicines} is een bisfosfonaat en het plan bevat {present}: deze mineralen "
            "verhinderen de opname van het bisfosfonaat.",
        ),
        action=Text(
            "Take the bisphosphonate fasting with plain water; take the minerals at least "
            "{minutes} minutes later, preferably later in the day.",
            "Neem het bisfosfonaat nuchter in met alleen water; neem de mineralen minstens "
            "{minutes} minuten later, bij voorkeur later op de dag.",
        ),
        source=kompas(
            "alendronic acid, risedronic acid, ibandronic acid",
            "alendroninezuur, risedroninezuur, ibandroninezuur",
        ),
        reviewed=REVIEWED,
        check=_int_bisph,
    ),
    Rule(
        id="INT-LT4",
        severity=Severity.WARNING,
        title=Text("Minerals with levothyroxine", "Mineralen bij levothyroxine"),
        message=Text(
            "{medicines} is levothyroxine and the plan contains {present}: these minerals "
            "reduce the absorption of levothyroxine.",
            "{medicines} is levothyroxine en het plan bevat {present}: deze mineralen "
            "verminderen de opname van levothyroxine.",
        ),
        action=Text(
            "Take them at least 4 hours apart from levothyroxine.",
            "Neem ze minstens 4 uur gescheiden van levothyroxine in.",
        ),
        source=kompas("levothyroxine", "levothyroxine"),
        reviewed=REVIEWED,
        check=_interaction(MedicineClass.LEVOTHYROXINE, (N.CALCIUM, N.IRON, N.MAGNESIUM)),
    ),
    Rule(
        id="INT-THIAZIDE",
        severity=Severity.WARNING,
        title=Text(
            "Calcium or vitamin D with a thiazide diuretic",
            "Calcium of vitamine D bij een thiazidediureticum",
        ),
        message=Text(
            "{medicines} is a thiazide(-like) diuretic and the plan contains {present}: "
            "thiazides lower calcium excretion, so there is a risk of hypercalcaemia.",
            "{medicines} is een thiazide(-achtig) diureticum en het plan bevat {present}: "
            "thiaziden verminderen de calciumuitscheiding, met risico op hypercalciëmie.",
        ),
        action=Text(
            "Monitor serum calcium; avoid high doses.",
            "Laat het serumcalcium controleren; vermijd hoge doseringen.",
        ),
        source=kompas(
            "hydrochlorothiazide, chlortalidone, indapamide",
            "hydrochloorthiazide, chloortalidon, indapamide",
        ),
        reviewed=REVIEWED,
        check=_interaction(MedicineClass.THIAZIDE, (N.CALCIUM, N.VITAMIN_D)),
    ),
    Rule(
        id="INT-QUINOLONE",
        severity=Severity.WARNING,
        title=Text("Minerals with a quinolone antibiotic", "Mineralen bij een chinolon"),
        message=Text(
            "{medicines} is a quinolone antibiotic and the plan contains {present}: the "
            "minerals bind the antibiotic and make it less effective.",
            "{medicines} is een chinolonantibioticum en het plan bevat {present}: de "
            "mineralen binden het antibioticum en maken het minder werkzaam.",
        ),
        action=Text(
            "Take the antibiotic 2 hours before or 6 hours after the minerals.",
            "Neem het antibioticum 2 uur vóór of 6 uur na de mineralen in.",
        ),
        source=kompas("fluoroquinolones", "fluorochinolonen"),
        reviewed=REVIEWED,
        check=_interaction(MedicineClass.QUINOLONE, (N.CALCIUM, N.MAGNESIUM, N.ZINC, N.IRON)),
    ),
    Rule(
        id="INT-TETRA",
        severity=Severity.WARNING,
        title=Text("Minerals with a tetracycline", "Mineralen bij een tetracycline"),
        message=Text(
            "{medicines} is a tetracycline antibiotic and the plan contains {present}: the "
            "minerals bind the antibiotic and make it less effective.",
            "{medicines} is een tetracycline-antibioticum en het plan bevat {present}: de "
            "mineralen binden het antibioticum en maken het minder werkzaam.",
        ),
        action=Text(
            "Take them 2 to 3 hours apart from the antibiotic.",
            "Neem ze 2 tot 3 uur gescheiden van het antibioticum in.",
        ),
        source=kompas(
            "doxycycline, minocycline, tetracycline", "doxycycline, minocycline, tetracycline"
        ),
        reviewed=REVIEWED,
        check=_interaction(MedicineClass.TETRACYCLINE, (N.CALCIUM, N.MAGNESIUM, N.ZINC, N.IRON)),
    ),
    _upper_limit_rule(N.CALCIUM, 2500, _efsa("calcium, 2012")),
    _upper_limit_rule(
        N.VITAMIN_D,
        100,
        _efsa("vitamin D, 2012, confirmed 2023", "vitamine D, 2012, bevestigd 2023"),
    ),
    _upper_limit_rule(
        N.MAGNESIUM,
        250,
        _efsa(
            "SCF 2001, supplemental magnesium only", "SCF 2001, alleen magnesium uit supplementen"
        ),
    ),
    _upper_limit_rule(N.ZINC, 25, _efsa("SCF 2003")),
    _upper_limit_rule(N.COPPER, 5, _efsa("SCF 2003; EFSA 2022")),
    _upper_limit_rule(N.SELENIUM, 255, _efsa("selenium, 2023")),
    _upper_limit_rule(N.VITAMIN_B6, 12, _efsa("vitamin B6, 2023", "vitamine B6, 2023")),
    _upper_limit_rule(
        N.VITAMIN_A,
        3000,
        _efsa("preformed vitamin A, SCF 2002", "voorgevormd vitamine A, SCF 2002"),
    ),
    _upper_limit_rule(N.FOLIC_ACID, 1000, _efsa("folic acid, SCF 2000", "foliumzuur, SCF 2000")),
    _upper_limit_rule(N.IODINE, 600, _efsa("iodine, SCF 2002", "jodium, SCF 2002")),
    _upper_limit_rule(N.VITAMIN_E, 300, _efsa("vitamin E, SCF 2003", "vitamine E, SCF 2003")),
    Rule(
        id="IRON-SAFE-40",
        severity=Severity.WARNING,
        title=Text(
            "Iron above the safe level of 40 mg", "IJzer boven het veilige niveau van 40 mg"
        ),
        message=Text(
            "Iron from supplements {total}/day, more than the safe level of intake of 40 mg a day.",
            "IJzer uit supplementen {total}/dag, meer dan het veilige innameniveau van 40 mg "
            "per dag.",
        ),
        action=Text(
            "Lower the iron dose, unless it treats a diagnosed deficiency under medical "
            "supervision.",
            "Verlaag de ijzerdosis, tenzij het een vastgesteld tekort behandelt onder "
            "medische begeleiding.",
        ),
        source=Text(
            "EFSA, scientific opinion on the tolerable upper intake level for iron, 2024",
            "EFSA, wetenschappelijk advies over de aanvaardbare bovengrens van inname voor ijzer, "
            "2024",
        ),
        reviewed=REVIEWED,
        check=_above(N.IRON, 40),
        limit=(N.IRON, 40),
    ),
    Rule(
        id="ZN-RISK-65",
        severity=Severity.ADVICE,
        title=Text("Zinc for people over 65", "Zink bij 65-plussers"),
        message=Text(
            "Client aged {age}: people over 65 are at risk of zinc deficiency, and the plan "
            "has no zinc.",
            "Cliënt van {age} jaar: mensen boven de 65 lopen risico op een zinktekort, en het "
            "plan bevat geen zink.",
        ),
        action=Text(
            "Consider a zinc supplement (e.g. 10-15 mg a day).",
            "Overweeg een zinksupplement (bijv. 10-15 mg per dag).",
        ),
        source=article("ref. 4"),
        reviewed=REVIEWED,
        check=_zn_risk_65,
    ),
    Rule(
        id="ZN-RISK-LOWMEAT",
        severity=Severity.ADVICE,
        title=Text(
            "Zinc for postmenopausal women who eat little meat",
            "Zink bij postmenopauzale vrouwen die weinig vlees eten",
        ),
        message=Text(
            "Postmenopausal client on {diet}: postmenopausal women who eat little or no meat "
            "are at greater risk of zinc deficiency, and the plan has no zinc.",
            "Postmenopauzale cliënt, voedingspatroon {diet}: postmenopauzale vrouwen die "
            "weinig of geen vlees eten lopen meer risico op een zinktekort, en het plan bevat "
            "geen zink.",
        ),
        action=Text(
            "Consider a zinc supplement (e.g. 10-15 mg a day).",
            "Overweeg een zinksupplement (bijv. 10-15 mg per dag).",
        ),
        source=article("ref. 10"),
        reviewed=REVIEWED,
        check=_zn_risk_lowmeat,
    ),
    Rule(
        id="CA-INTAKE-F65",
        severity=Severity.ADVICE,
        title=Text("Calcium intake of women over 65", "Calciuminname van vrouwen boven 65"),
        message=Text(
            "Woman aged {age} and no calcium in the plan: women over 65 often have an "
            "inadequate calcium intake.",
            "Vrouw van {age} jaar en geen calcium in het plan: vrouwen boven de 65 hebben "
            "vaak een onvoldoende calciuminname.",
        ),
        action=Text(
            "Assess her dietary calcium; if it falls short, supplement at most 500 mg a day.",
            "Beoordeel de calciuminname uit voeding; vul bij een tekort aan met hoogstens "
            "500 mg per dag.",
        ),
        source=article("ref. 2"),
        reviewed=REVIEWED,
        check=_ca_intake_f65,
    ),
    Rule(
        id="CA-SUPPL-IF-LOW",
        severity=Severity.ADVICE,
        title=Text(
            "Dietary calcium below the recommended intake",
            "Calcium uit voeding onder de aanbevolen hoeveelheid",
        ),
        message=Text(
            "Calcium from food {dietary}/day is below the recommended {recommended}/day for "
            "this age and sex, and the plan has no calcium.",
            "Calcium uit voeding {dietary}/dag is lager dan de aanbevolen {recommended}/dag "
            "voor deze leeftijd en dit geslacht, en het plan bevat geen calcium.",
        ),
        action=Text(
            "A calcium supplement of at most 500 mg a day is warranted.",
            "Een calciumsupplement van hoogstens 500 mg per dag is op zijn plaats.",
        ),
        source=HEALTH_COUNCIL_CALCIUM + Text("; ", "; ") + article("ref. 3"),
        reviewed=REVIEWED,
        check=_ca_suppl_if_low,
    ),
    Rule(
        id="VITD-NL-ADVICE",
        severity=Severity.ADVICE,
        title=Text("Dutch vitamin D advice", "Nederlands vitamine D-advies"),
        message=Text(
            "Vitamin D in the plan {total}/day; the Health Council advises {advised} a day "
            "for {group}.",
            "Vitamine D in het plan {total}/dag; de Gezondheidsraad adviseert {advised} per "
            "dag voor {group}.",
        ),
        action=Text(
            "Raise vitamin D to at least {advised} a day.",
            "Verhoog vitamine D tot minstens {advised} per dag.",
        ),
        source=HEALTH_COUNCIL_VITD,
        reviewed=REVIEWED,
        check=_vitd_nl_advice,
    ),
    Rule(
        id="MG-COFACTOR",
        severity=Severity.ADVICE,
        title=Text("Magnesium with calcium and vitamin D", "Magnesium bij calcium en vitamine D"),
        message=Text(
            "The plan has {present} but no magnesium: magnesium deficiency lowers serum "
            "calcium and blunts the response to parathyroid hormone and vitamin D.",
            "Het plan bevat {present} maar geen magnesium: een magnesiumtekort verlaagt het "
            "serumcalcium en remt de reactie op parathormoon en vitamine D.",
        ),
        action=Text(
            "Consider adding magnesium (at most 250 mg a day from supplements).",
            "Overweeg magnesium toe te voegen (hoogstens 250 mg per dag uit supplementen).",
        ),
        source=article("ref. 4"),
        reviewed=REVIEWED,
        check=_mg_cofactor,
    ),
    Rule(
        id="PMW-BONE-BUNDLE",
        severity=Severity.ADVICE,
        title=Text(
            "Bone nutrients together after menopause",
            "Botnutriënten samen na de overgang",
        ),
        message=Text(
            "Postmenopausal client; the plan lacks {missing}: the nutrients for bone work "
            "closely together and are best supplemented in combination.",
            "Postmenopauzale cliënt; het plan mist {missing}: de nutriënten voor het bot "
            "werken nauw samen en worden het best in combinatie gesuppleerd.",
        ),
        action=Text("Consider adding {missing}.", "Overweeg {missing} toe te voegen."),
        source=article("conclusion", "conclusie"),
        reviewed=REVIEWED,
        check=_pmw_bone_bundle,
    ),
    Rule(
        id="K2-RISK-40",
        severity=Severity.ADVICE,
        title=Text("Vitamin K2 over 40", "Vitamine K2 boven 40 jaar"),
        message=Text(
            "Client aged {age}: people over 40 are at risk of vitamin K2 deficiency, which "
            "matters for bone building, and the plan has no vitamin K2.",
            "Cliënt van {age} jaar: mensen boven de 40 lopen risico op een tekort aan "
            "vitamine K2, dat belangrijk is voor de botopbouw, en het plan bevat geen "
            "vitamine K2.",
        ),
        action=Text(
            "Consider vitamin K2 (MK-7), e.g. 45-100 µg a day.",
            "Overweeg vitamine K2 (MK-7), bijv. 45-100 µg per dag.",
        ),
        source=article("ref. 13"),
        reviewed=REVIEWED,
        check=_k2_risk_40,
    ),
    Rule(
        id="PREBIOTIC-CA-MG",
        severity=Severity.ADVICE,
        title=Text(
            "Prebiotics for calcium and magnesium uptake",
            "Prebiotica voor de opname van calcium en magnesium",
        ),
        message=Text(
            "Postmenopausal client taking {present} without prebiotic fibre: inulin and "
            "oligofructose may improve the uptake of calcium and magnesium.",
            "Postmenopauzale cliënt die {present} gebruikt zonder prebiotische vezels: inuline "
            "en oligofructose kunnen de opname van calcium en magnesium verbeteren.",
        ),
        action=Text(
            "Consider a prebiotic such as inulin or oligofructose.",
            "Overweeg een prebioticum zoals inuline of oligofructose.",
        ),
        source=article("ref. 8"),
        reviewed=REVIEWED,
        check=_prebiotic_ca_mg,
    ),
    Rule(
        id="INT-FE-CA",
        severity=Severity.ADVICE,
        title=Text("Iron and calcium at the same time", "IJzer en calcium tegelijk"),
        message=Text(
            "Iron and calcium are taken at the same moment ({moments}): calcium reduces the "
            "absorption of iron.",
            "IJzer en calcium worden op hetzelfde moment ingenomen ({moments}): calcium "
            "vermindert de opname van ijzer.",
        ),
        action=Text(
            "Take iron and calcium at least 2 hours apart.",
            "Neem ijzer en calcium minstens 2 uur na elkaar in.",
        ),
        source=kompas("iron salts", "ijzerzouten"),
        reviewed=REVIEWED,
        check=_int_fe_ca,
    ),
    Rule(
        id="INT-PPI-MG",
        severity=Severity.ADVICE,
        title=Text("Magnesium with a proton pump inhibitor", "Magnesium bij een maagzuurremmer"),
        message=Text(
            "{medicines} is a proton pump inhibitor and the plan has no magnesium: long-term "
            "use lowers magnesium (and vitamin B12) levels.",
            "{medicines} is een protonpompremmer en het plan bevat geen magnesium: langdurig "
            "gebruik verlaagt de magnesiumspiegel (en vitamine B12).",
        ),
        action=Text(
            "Check magnesium (and vitamin B12) status.",
            "Laat de magnesiumstatus (en vitamine B12) controleren.",
        ),
        source=kompas(
            "proton pump inhibitors", "protonpompremmers", "; FDA Drug Safety Communication 2011"
        ),
        reviewed=REVIEWED,
        check=_int_ppi_mg,
    ),
    Rule(
        id="MED-UNRECOGNISED",
        severity=Severity.ADVICE,
        title=Text("Medicine not recognised", "Geneesmiddel niet herkend"),
        message=Text(
            "Not recognised: {medicines}. Interactions of this medicine with supplements were "
            "not checked.",
            "Niet herkend: {medicines}. Interacties van dit geneesmiddel met supplementen zijn "
            "niet gecontroleerd.",
        ),
        action=Text(
            "Check its interactions yourself, e.g. in the Farmacotherapeutisch Kompas.",
            "Controleer de interacties zelf, bijv. in het Farmacotherapeutisch Kompas.",
        ),
        source=Text(
            "Supplan medicine list (generic names and common Dutch brands)",
            "Geneesmiddelenlijst van Supplan (generieke namen en gangbare Nederlandse merken)",
        ),
        reviewed=REVIEWED,
        check=_med_unrecognised,
    ),
)

RULES_BY_ID = {rule.id: rule for rule in RULES}
_RULE_ORDER = {rule.id: position for position, rule in enumerate(RULES)}


def _version() -> str:
    described = json.dumps([rule.describe() for rule in RULES], sort_keys=True)
    digest = hashlib.sha256(described.encode("utf-8")).hexdigest()[:10]
    latest = max(rule.reviewed for rule in RULES)
    return f"{latest.isoformat()}+{digest}"


#: Changes whenever any rule does (texts, severity, source or review date).
RULES_VERSION = _version()


def evaluate(plan: Plan) -> list[Finding]:
    """Every finding for *plan*, most serious first (then in the order of RULES)."""
    facts = Facts(plan)
    findings: list[Finding] = []
    for rule in RULES:
        hit = rule.check(facts)
        if hit is None:
            continue
        severity = rule.severity
        if hit.alternative and rule.alternative_severity is not None:
            severity = rule.alternative_severity
        findings.append(
            Finding(
                rule=rule,
                severity=severity,
                nutrients=tuple(sorted(hit.nutrients, key=ORDER.__getitem__)),
                items=hit.items,
                values=hit.values,
                alternative=hit.alternative,
            )
        )
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], _RULE_ORDER[f.rule.id]))
    return findings


def totals_as_json(plan: Plan) -> dict[str, dict[str, object]]:
    """Daily totals keyed by nutrient, in canonical units, as `supplan check` prints them."""
    return {
        nutrient.value: {"amount": amount, "unit": CANONICAL_UNIT[nutrient].value}
        for nutrient, amount in plan.daily_totals().items()
    }


def open_findings(findings: list[Finding], overrides: Mapping[str, object]) -> list[Finding]:
    """Findings without an override or acknowledgement."""
    return [f for f in findings if f.rule_id not in overrides]


def blocking_findings(findings: list[Finding], overrides: Mapping[str, object]) -> list[Finding]:
    """Critical findings without an override: the plan may not be made final while any exist."""
    return [f for f in findings if f.severity is Severity.CRITICAL and f.rule_id not in overrides]


def limits() -> dict[Nutrient, tuple[float, str]]:
    """The limit that applies to each nutrient's daily supplement total, and its rule id.

    Calcium's is the article's 500 mg (stricter than the 2,500 mg upper level).
    """
    found: dict[Nutrient, tuple[float, str]] = {N.CALCIUM: (500, "CA-SUPPL-MAX")}
    for rule in RULES:
        if rule.id.startswith("UL-") or rule.id == "IRON-SAFE-40":
            limit = rule.limit
            if limit is not None and limit[0] not in found:
                found[limit[0]] = (limit[1], rule.id)
    return found
