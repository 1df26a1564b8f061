"""The checks that apply the rules, and the choosers of their handout sentences.

No clinical number is written here: every threshold, nutrient list and medicine group comes
from the rule passed in (its declaration), so changing a number in ``declarations.py``
changes the check and every text that states it together.

Over 400 lines on purpose: one short function per kind of check, side by side, so a reviewer
compares how each rule decides; they share the small helpers at their top.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.clients import DIET_NAMES, Diet, Sex
from app.domain.medicines import Medicine
from app.domain.nutrients import ORDER, Nutrient
from app.domain.plan import Moment, TakenWith
from app.domain.rules.model import Advice, Facts, Hit, Rule, Situation
from app.domain.rules.values import (
    Clauses,
    Moments,
    Names,
    Nutrients,
    ProductNames,
    Quantity,
    Supplies,
    Text,
    Typed,
)


def _medicine_values(
    taking: list[tuple[str, Medicine]], present: tuple[Nutrient, ...]
) -> dict[str, object]:
    return {
        "medicines": Names(tuple(dict.fromkeys(typed for typed, _ in taking))),
        "present": Nutrients(present),
    }


# --- checks ---------------------------------------------------------------------------------
def above(f: Facts, rule: Rule) -> Hit | None:
    """The nutrient of the rule's "limit" is above it (upper limits, the calcium maximum)."""
    limit = rule.thresholds["limit"]
    assert isinstance(limit, Quantity)
    nutrient = limit.nutrient
    if f.total(nutrient) > limit.amount:
        return Hit(
            (nutrient,),
            f.items_for([nutrient]),
            {"nutrient": Nutrients((nutrient,)), "total": Quantity(nutrient, f.total(nutrient))},
        )
    return None


def missing_from_age(f: Facts, rule: Rule) -> Hit | None:
    """The client is older than "age" and the plan lacks the rule's nutrient.

    No vitamin K is asked of someone on a vitamin K antagonist.
    """
    (nutrient,) = rule.nutrients
    if nutrient in (Nutrient.VITAMIN_K1, Nutrient.VITAMIN_K2) and f.on_vka():
        return None
    if nutrient in f.withheld:
        return None
    if f.age > rule.amount("age") and not f.has(nutrient):
        return Hit((nutrient,), (), {"client_age": f.age})
    return None


def missing_in_older_women(f: Facts, rule: Rule) -> Hit | None:
    """As missing_from_age, for women only."""
    return missing_from_age(f, rule) if f.woman else None


def recommended_calcium_mg_for(rule: Rule, age: int, women: bool) -> float | None:
    """The recommended calcium intake of the rule's age bands (None below the first band)."""
    if age < rule.amount("from_age"):
        return None
    if age >= rule.amount("old_age"):
        return rule.amount("old")
    if women and age > rule.amount("women_higher_after"):
        return rule.amount("women_older")
    return rule.amount("adults")


def calcium_if_low(f: Facts, rule: Rule) -> Hit | None:
    """Dietary calcium below the recommended intake and no calcium in the plan."""
    dietary = f.client.dietary_calcium_mg
    recommended = recommended_calcium_mg_for(rule, f.age, f.client.sex is not Sex.MALE)
    if dietary is None or recommended is None or f.has(Nutrient.CALCIUM):
        return None
    if Nutrient.CALCIUM in f.withheld:
        return None
    if dietary < recommended:
        return Hit(
            (Nutrient.CALCIUM,),
            (),
            {
                "dietary": Quantity(Nutrient.CALCIUM, dietary),
                "recommended": Quantity(Nutrient.CALCIUM, recommended),
            },
        )
    return None


def cofactor(f: Facts, rule: Rule) -> Hit | None:
    """The plan has any of the rule's nutrients but not the cofactor (the last one listed)."""
    *partners, needed = rule.nutrients
    present = f.present(partners)
    if present and not f.has(needed) and needed not in f.withheld:
        return Hit((needed,), f.items_for(present), {"present": Nutrients(present)})
    return None


def cofactor_after_menopause(f: Facts, rule: Rule) -> Hit | None:
    """As cofactor, for postmenopausal clients only."""
    return cofactor(f, rule) if f.postmenopausal else None


def bundle(f: Facts, rule: Rule) -> Hit | None:
    """Postmenopausal and the plan lacks some of the rule's nutrients (no K2 on a VKA)."""
    if not f.postmenopausal:
        return None
    missing = tuple(sorted((n for n in rule.nutrients if not f.has(n)), key=ORDER.__getitem__))
    if f.on_vka():
        missing = tuple(n for n in missing if n is not Nutrient.VITAMIN_K2)
    missing = tuple(n for n in missing if n not in f.withheld)
    if missing:
        return Hit(missing, (), {"missing": Nutrients(missing)})
    return None


def low_meat_zinc(f: Facts, rule: Rule) -> Hit | None:
    """Postmenopausal, eating little or no meat, and no zinc in the plan."""
    diet = f.client.diet
    if Nutrient.ZINC in f.withheld:
        return None
    if f.postmenopausal and diet is not Diet.OMNIVORE and not f.has(Nutrient.ZINC):
        return Hit((Nutrient.ZINC,), (), {"diet": Text(DIET_NAMES[diet])})
    return None


def zinc_copper(f: Facts, rule: Rule) -> Hit | None:
    """Zinc above the rule's "limit": copper deficiency (advice only when copper is given)."""
    zinc = f.total(Nutrient.ZINC)
    if zinc > rule.amount("limit"):
        return Hit(
            (Nutrient.ZINC, Nutrient.COPPER),
            f.items_for([Nutrient.ZINC]),
            {
                "total": Quantity(Nutrient.ZINC, zinc),
                "copper": Quantity(Nutrient.COPPER, f.total(Nutrient.COPPER)),
            },
            alternative=f.has(Nutrient.COPPER),
        )
    return None


def zinc_magnesium(f: Facts, rule: Rule) -> Hit | None:
    """Long-term zinc at or above the rule's "limit": magnesium loss."""
    long_term_zinc = f.long_term.get(Nutrient.ZINC, 0.0)
    if long_term_zinc >= rule.amount("limit"):
        items = tuple(i for i in f.items_with.get(Nutrient.ZINC, ()) if f.plan.items[i].long_term)
        return Hit(
            (Nutrient.ZINC, Nutrient.MAGNESIUM),
            items,
            {
                "total": Quantity(Nutrient.ZINC, long_term_zinc),
                "magnesium": Quantity(Nutrient.MAGNESIUM, f.total(Nutrient.MAGNESIUM)),
            },
            alternative=f.has(Nutrient.MAGNESIUM),
        )
    return None


def zinc_with_milk(f: Facts, rule: Rule) -> Hit | None:
    """Literally "a zinc-containing item taken with milk", scheduled yet or not."""
    items = tuple(
        i
        for i, item in enumerate(f.plan.items)
        if item.taken_with is TakenWith.MILK and item.contains(Nutrient.ZINC)
    )
    if items:
        names = tuple(dict.fromkeys(f.plan.items[i].product for i in items))
        return Hit((Nutrient.ZINC,), items, {"products": ProductNames(names)})
    return None


def vitamin_d_advice(f: Facts, rule: Rule) -> Hit | None:
    """Vitamin D below the Health Council's advice for the client's group."""
    if Nutrient.VITAMIN_D in f.withheld:
        return None
    if f.age >= rule.amount("old_age"):
        advised, group = rule.thresholds["old_advised"], rule.thresholds["old_group"]
    elif f.woman and rule.amount("women_from") <= f.age <= rule.amount("women_to"):
        advised, group = rule.thresholds["women_advised"], rule.thresholds["women_group"]
    else:
        return None
    assert isinstance(advised, Quantity)
    total = f.total(Nutrient.VITAMIN_D)
    if total < advised.amount:
        return Hit(
            (Nutrient.VITAMIN_D,),
            f.items_for([Nutrient.VITAMIN_D]),
            {"total": Quantity(Nutrient.VITAMIN_D, total), "advised": advised, "group": group},
        )
    return None


def interaction(f: Facts, rule: Rule) -> Hit | None:
    """The client takes the rule's medicine and the plan has any of its nutrients."""
    assert rule.medicine is not None
    taking = f.taking(rule.medicine)
    present = f.present(rule.nutrients)
    if not taking or not present:
        return None
    values = _medicine_values(taking, present)
    if "minutes" in rule.thresholds:  # bisphosphonates: longer for the slower ones
        slower = any(m.generic in rule.slower for _, m in taking)
        values["minutes"] = rule.amount("slower_minutes" if slower else "minutes")
    return Hit(present, f.items_for(present), values)


def vitamin_k_interaction(f: Facts, rule: Rule) -> Hit | None:
    """As interaction; the alternative message when the plan's vitamin K is only K1.

    The evidence the usual message cites is about vitamin K2 (MK-7): a multivitamin's K1 gets
    a message about K1.
    """
    hit = interaction(f, rule)
    if hit is None or Nutrient.VITAMIN_K2 in hit.nutrients:
        return hit
    (form,) = hit.nutrients
    values = {**hit.values, "total": Quantity(form, f.total(form))}
    return replace(hit, values=values, alternative=True)


def _taking_values(taking: list[tuple[str, Medicine]]) -> dict[str, object]:
    return {"medicines": Names(tuple(dict.fromkeys(typed for typed, _ in taking)))}


def above_with_medicine(f: Facts, rule: Rule) -> Hit | None:
    """The client takes one of the rule's medicines and the plan is above the rule's "limit"."""
    taking = f.taking_any(rule.medicine_classes)
    hit = above(f, rule) if taking else None
    if hit is None:
        return None
    return replace(hit, values={**hit.values, **_taking_values(taking)})


def below_with_medicine(f: Facts, rule: Rule) -> Hit | None:
    """The client takes the rule's medicine and the plan gives less than the "advised" amount."""
    taking = f.taking_any(rule.medicine_classes)
    advised = rule.thresholds["advised"]
    assert isinstance(advised, Quantity)
    nutrient, total = advised.nutrient, f.total(advised.nutrient)
    if not taking or total >= advised.amount or nutrient in f.withheld:
        return None
    values = {**_taking_values(taking), "total": Quantity(nutrient, total)}
    return Hit((nutrient,), f.items_for([nutrient]), values)


def _vitamin_d_short(f: Facts, rule: Rule) -> list[Text]:
    """The "vitamin_d_low" reason when the plan gives less vitamin D than "vitamin_d".

    "vitamin_d_none" when it gives none: "0 µg/day of vitamin D" is no way to say it.
    """
    total = f.total(Nutrient.VITAMIN_D)
    if Nutrient.VITAMIN_D in f.withheld:
        return []
    if not f.has(Nutrient.VITAMIN_D):
        return [rule.reason("vitamin_d_none")]
    if total < rule.amount("vitamin_d"):
        return [rule.reason("vitamin_d_low", total=Quantity(Nutrient.VITAMIN_D, total))]
    return []


def _bone_hit(f: Facts, rule: Rule, reasons: list[Text], alternative: bool = False) -> Hit:
    taking = f.taking_any(rule.medicine_classes)
    bone = (Nutrient.CALCIUM, Nutrient.VITAMIN_D)
    values = {**_taking_values(taking), "reasons": Clauses(tuple(reasons))}
    return Hit(bone, f.items_for(bone), values, alternative=alternative)


def glucocorticoid_bone(f: Facts, rule: Rule) -> Hit | None:
    """A systemic glucocorticoid with too little vitamin D, or no calcium and too little in food.

    Food counts only when the plan has no calcium: dietary calcium unknown or below "calcium".
    """
    if not f.taking_any(rule.medicine_classes):
        return None
    reasons = _vitamin_d_short(f, rule)
    dietary = f.client.dietary_calcium_mg
    if not f.has(Nutrient.CALCIUM) and Nutrient.CALCIUM not in f.withheld:
        if dietary is None:
            reasons.append(rule.reason("calcium_unknown"))
        elif dietary < rule.amount("calcium"):
            reasons.append(rule.reason("calcium_low", dietary=Quantity(Nutrient.CALCIUM, dietary)))
    return _bone_hit(f, rule, reasons) if reasons else None


def aromatase_bone(f: Facts, rule: Rule) -> Hit | None:
    """An aromatase inhibitor with too little vitamin D, or too little calcium in all.

    Calcium counts food and supplements together, so only when dietary calcium is recorded;
    unknown with no calcium in the plan asks (the alternative, milder) to assess the intake.
    """
    if not f.taking_any(rule.medicine_classes):
        return None
    reasons = _vitamin_d_short(f, rule)
    if Nutrient.CALCIUM in f.withheld:
        return _bone_hit(f, rule, reasons) if reasons else None
    dietary = f.client.dietary_calcium_mg
    calcium = f.total(Nutrient.CALCIUM)
    if dietary is not None and dietary + calcium < rule.amount("calcium"):
        reasons.append(
            rule.reason(
                "calcium_low",
                dietary=Quantity(Nutrient.CALCIUM, dietary),
                total=Quantity(Nutrient.CALCIUM, dietary + calcium),
            )
        )
    unknown = dietary is None and not f.has(Nutrient.CALCIUM)
    if unknown:
        reasons.append(rule.reason("calcium_unknown"))
    if not reasons:
        return None
    return _bone_hit(f, rule, reasons, alternative=unknown and len(reasons) == 1)


def missing_with_medicine(f: Facts, rule: Rule) -> Hit | None:
    """The client takes the rule's medicine and the plan lacks its nutrient."""
    assert rule.medicine is not None
    taking = f.taking(rule.medicine)
    (nutrient,) = rule.nutrients
    if taking and not f.has(nutrient) and nutrient not in f.withheld:
        return Hit((nutrient,), (), _medicine_values(taking, ()))
    return None


def same_moment(f: Facts, rule: Rule) -> Hit | None:
    """The rule's nutrients are taken at the same moment of the day."""
    moments: list[Moment] = []
    items: set[int] = set()
    for moment in Moment:
        at_moment = [i for i, item in enumerate(f.plan.items) if item.schedule.get(moment, 0) > 0]
        groups = [[i for i in at_moment if f.plan.items[i].per_unit(n) > 0] for n in rule.nutrients]
        if all(groups):
            moments.append(moment)
            items.update(i for group in groups for i in group)
    if moments:
        return Hit(rule.nutrients, tuple(sorted(items)), {"moments": Moments(tuple(moments))})
    return None


def client_side_holds(f: Facts, rule: Rule) -> bool:
    """Whether the client's side of a withholding rule holds, whatever the plan contains.

    Her condition, a recorded eGFR below the rule's "egfr_below", or the rule's medicine.
    """
    if rule.condition is not None:
        return rule.condition in f.client.conditions
    if "egfr_below" in rule.thresholds:
        return f.client.egfr is not None and f.client.egfr < rule.amount("egfr_below")
    return bool(f.taking_any(rule.medicine_classes))


def withheld(f: Facts, rules: tuple[Rule, ...]) -> frozenset[Nutrient]:
    """The nutrients of every withholding rule whose client side holds: none is suggested."""
    return frozenset(
        n for rule in rules if rule.withholds and client_side_holds(f, rule) for n in rule.nutrients
    )


def with_condition(f: Facts, rule: Rule) -> Hit | None:
    """The client has the rule's condition and the plan has any of its nutrients."""
    assert rule.condition is not None
    present = f.present(rule.nutrients)
    if client_side_holds(f, rule) and present:
        return Hit(present, f.items_for(present), {"present": Nutrients(present)})
    return None


def low_kidney_function(f: Facts, rule: Rule) -> Hit | None:
    """The client's eGFR is below the rule's "egfr_below" and the plan has any of its nutrients.

    An unknown eGFR is no finding: the rule asks about a recorded kidney function only.
    """
    egfr = f.client.egfr
    present = f.present(rule.nutrients)
    if not client_side_holds(f, rule) or not present:
        return None
    return Hit(present, f.items_for(present), {"present": Nutrients(present), "egfr": egfr})


def unrecognised(f: Facts, rule: Rule) -> Hit | None:
    """Medicines that were typed but not recognised."""
    if f.unrecognised:
        return Hit((), (), {"medicines": Names(tuple(dict.fromkeys(f.unrecognised)))})
    return None


def supplies_unlisted(f: Facts, rule: Rule) -> Hit | None:
    """The client's medicines supply the rule's nutrients and no prescribed item counts them."""
    unlisted = f.plan.unlisted_medicines(rule.nutrients)
    daily = [u for u in unlisted if u[1].interval_days == 1]
    # Those taken weekly or monthly cannot be added yet: said (the alternative) once the
    # daily ones are in the plan, and never hidden by a daily product of the same nutrient.
    shown = daily or unlisted
    if not shown:
        return None
    missing = tuple(
        sorted({n for _t, _m, nutrients in shown for n in nutrients}, key=ORDER.__getitem__)
    )
    values = {
        "medicines": Names(tuple(typed for typed, _m, _n in shown)),
        "supplies": Supplies(tuple((t, n, m.interval_days) for t, m, n in shown)),
    }
    return Hit(missing, (), values, alternative=not daily)


# --- handout sentences ----------------------------------------------------------------------
def _medicine_names(s: Situation) -> Typed:
    taking = s.facts.taking_any(s.rule.medicine_classes)
    return Typed(tuple(dict.fromkeys(typed for typed, _ in taking)))


def _given(s: Situation, among: tuple[Nutrient, ...]) -> list[Nutrient]:
    """The nutrients of *among* the plan gives: a sentence never names one it has not."""
    return [n for n in among if s.facts.has(n)]


def keep_apart(s: Situation) -> Advice | None:
    """Interaction rules that fired: keep the medicine and the plan's minerals apart."""
    minerals = _given(s, s.rule.nutrients)
    if s.finding is None or not minerals:
        return None
    values = {
        "medicines": _medicine_names(s),
        "minerals": Nutrients(tuple(minerals), alternatives=True),
    }
    return Advice("apart", values)


def bisphosphonate_first(s: Situation) -> Advice | None:
    """The bisphosphonate fasting; the minerals after it, without contradicting the schedule."""
    minerals = _given(s, s.rule.nutrients)
    if s.finding is None or not minerals:
        return None
    in_the_morning = any(
        item.schedule.get(Moment.MORNING, 0) and any(p.nutrient in minerals for p in item.nutrients)
        for item in s.facts.plan.items
    )
    values = {
        "medicines": _medicine_names(s),
        "minerals": Nutrients(tuple(minerals)),
        "minutes": s.finding.values.get("minutes", s.rule.amount("minutes")),
    }
    return Advice("morning" if in_the_morning else "later", values)


def vitamin_k_agreed(s: Situation) -> Advice | None:
    """On a vitamin K antagonist: a steady amount if agreed, else not to start vitamin K."""
    if not s.facts.on_vka():
        return None
    medicines = _medicine_names(s)
    vitamin_k = _given(s, s.rule.nutrients)
    if vitamin_k and s.finding is not None and s.overridden:
        return Advice("agreed", {"nutrients": Nutrients(tuple(vitamin_k)), "medicines": medicines})
    return Advice("ask_first", {"medicines": medicines})


def when_fired(s: Situation) -> Advice | None:
    """The rule fired: its one sentence, naming the medicines."""
    if s.finding is None:
        return None
    return Advice("fired", {"medicines": _medicine_names(s)})


def apart_as_scheduled(s: Situation) -> Advice | None:
    """The plan has the rule's nutrients and the schedule already keeps them apart."""
    if s.finding is None and all(s.facts.has(n) for n in s.rule.nutrients):
        return Advice("scheduled")
    return None


def zinc_not_with_milk(s: Situation) -> Advice | None:
    """Zinc is taken and never with milk: how to take it (never contradicting the schedule)."""
    taken_with = {item.taken_with for item in s.facts.items_taken(Nutrient.ZINC)}
    if not taken_with or TakenWith.MILK in taken_with:
        return None
    return Advice("water" if taken_with == {TakenWith.WATER} else "as_scheduled")
