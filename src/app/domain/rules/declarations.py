"""Every clinical rule, declared once: the one place a reviewer reads and signs off.

Over 400 lines on purpose: all clinical content (thresholds, texts, sources, review dates,
handout sentences) stays in one reviewable file. Each rule names its thresholds by the names
its texts use, so ``{limit}`` in a sentence is the number the check compares against; a
number shared by rules (the 500 mg calcium maximum) is one constant here. Texts are English
catalogue texts (``N_``); the Dutch ones are in resources/locale/nl (tools/catalogue.py).
Tests fail when a rule id, a threshold or a handout sentence appears anywhere else.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.clients import EGFR_UNIT, Condition
from app.domain.medicines import MedicineClass as M
from app.domain.nutrients import Nutrient as N
from app.domain.plan import Moment, TakenWith
from app.domain.rules import checks
from app.domain.rules.model import Check, Instruction, Rule, declare
from app.domain.rules.values import Nutrients, Quantity, Text
from app.domain.severity import Severity
from app.i18n import N_, N_plural, Plural

REVIEWED = date(2026, 11, 24)

# --- numbers more than one rule states ------------------------------------------------------
#: The article's maximum of supplemental calcium (stricter than the 2,500 mg upper level).
CALCIUM_SUPPLEMENT_MAX = Quantity(N.CALCIUM, 500)
#: Supplemental magnesium's upper level, also named by the magnesium cofactor advice.
MAGNESIUM_UPPER = Quantity(N.MAGNESIUM, 250)
#: Vitamin D advice of the Health Council, by group.
VITD_OLD_AGE, VITD_WOMEN_FROM, VITD_WOMEN_TO = 70, 50, 69
#: The nutrients for bone that work together after menopause.
BONE_BUNDLE = (N.CALCIUM, N.VITAMIN_D, N.MAGNESIUM, N.ZINC, N.VITAMIN_K2)
#: Minerals that bind to or block the interacting medicines, in the order sentences name them.
MINERALS = (N.CALCIUM, N.MAGNESIUM, N.IRON, N.ZINC)


# --- sources --------------------------------------------------------------------------------
def article(reference: str | Text) -> Text:
    """Citation of the seed article with its reference number (or section)."""
    return Text(
        N_(
            "Vakblad Voedingswaarde (Dutch journal), supplementation column: micronutrients "
            "for postmenopausal women, {reference}"
        ),
        {"reference": reference},
    )


def kompas(medicines: str, more: str = "") -> Text:
    """The Dutch drug formulary's interaction texts for a group of medicines, and the SmPC."""
    return Text(
        N_(
            "Farmacotherapeutisch Kompas (National Health Care Institute, the Netherlands), "
            "interactions; SmPC ({medicines}){more}"
        ),
        {"medicines": Text(medicines), "more": more},
    )


def efsa(topic: str) -> Text:
    """EFSA's (or its Scientific Committee's) tolerable upper intake level."""
    return Text(
        N_("EFSA, tolerable upper intake level for adults ({topic})"), {"topic": Text(topic)}
    )


def both(first: Text, second: Text) -> Text:
    """Two sources."""
    return Text(N_("{first}; {second}"), {"first": first, "second": second})


HEALTH_COUNCIL_VITD = Text(
    N_(
        "Health Council of the Netherlands (Gezondheidsraad), Evaluation of the dietary "
        "reference values for vitamin D, 2012/15"
    )
)
HEALTH_COUNCIL_CALCIUM = Text(
    N_(
        "Health Council of the Netherlands (Gezondheidsraad), Dietary reference intakes: "
        "calcium, vitamin D, thiamin, riboflavin, niacin, pantothenic acid and biotin, 2000; "
        "Netherlands Nutrition Centre (Voedingscentrum), recommended daily amounts of calcium"
    )
)
CONSIDER_ZINC = N_("Consider a zinc supplement (e.g. 10-15 mg a day).")


def upper_limit(nutrient: N, limit: float, source: Text) -> Rule:
    """A tolerable upper intake level: warn above it, show it in the totals."""
    return declare(
        id=f"UL-{nutrient.value.upper()}",
        severity=Severity.WARNING,
        title=N_("{nutrient} above the safe upper limit ({limit})"),
        message=N_(
            "{nutrient} from supplements {total}/day, more than the tolerable upper intake "
            "level of {limit}/day for adults."
        ),
        action=N_(
            "Lower the dose to at most {limit} a day, unless a doctor prescribes more and "
            "monitors it."
        ),
        source=source,
        reviewed=REVIEWED,
        check=checks.above,
        thresholds={"limit": Quantity(nutrient, limit)},
        shows_limit="limit",
        shows={"nutrient": Nutrients((nutrient,))},
    )


def medicine_rule(
    id: str,
    severity: Severity,
    medicine: M,
    nutrients: tuple[N, ...],
    title: str,
    message: str | Plural,
    action: str,
    source: Text,
    check: Check = checks.interaction,
    **more: object,
) -> Rule:
    """A medicine that interacts with nutrients of the plan."""
    return declare(
        id=id,
        severity=severity,
        title=title,
        message=message,
        action=action,
        source=source,
        reviewed=REVIEWED,
        check=check,
        medicine=medicine,
        nutrients=nutrients,
        **more,  # type: ignore[arg-type]  # the optional fields of declare()
    )


# --- the rules: critical, then warnings, then advice (findings are listed in this order) ----
INT_VKA_K = medicine_rule(
    "INT-VKA-K",
    Severity.CRITICAL,
    M.VITAMIN_K_ANTAGONIST,
    (N.VITAMIN_K1, N.VITAMIN_K2),
    title=N_("Vitamin K with a vitamin K antagonist"),
    message=N_plural(
        "{medicines} is a vitamin K antagonist and the plan contains {present}: even 10 µg a "
        "day of vitamin K2 (MK-7) shifts the INR.",
        "{medicines} are vitamin K antagonists and the plan contains {present}: even 10 µg a "
        "day of vitamin K2 (MK-7) shifts the INR.",
    ),
    # Only vitamin K1 (a multivitamin's): the K2 study is not what fired.
    alternative_message=N_plural(
        "{medicines} is a vitamin K antagonist and the plan contains {present} ({total}/day): "
        "vitamin K1 works directly against the antagonist, so any change in intake shifts the "
        "INR.",
        "{medicines} are vitamin K antagonists and the plan contains {present} ({total}/day): "
        "vitamin K1 works directly against the antagonists, so any change in intake shifts "
        "the INR.",
    ),
    check=checks.vitamin_k_interaction,
    action=N_(
        "Remove vitamin K from the plan; use it only in agreement with the "
        "anticoagulation clinic (trombosedienst)."
    ),
    source=Text(
        N_(
            "Theuwissen et al., J Thromb Haemost 2013;11:1085-92 (low-dose MK-7 and oral "
            "anticoagulation); Federation of Dutch Anticoagulation Clinics (FNT)"
        )
    ),
    instruction=Instruction(
        {
            "agreed": N_(
                "Take {nutrients} every day in the same amount, as the schedule shows: this "
                "was agreed with the anticoagulation clinic. Tell the anticoagulation clinic "
                "before you change the amount or stop: it changes how {medicines} works."
            ),
            "ask_first": N_(
                "Do not start vitamin K (also not in a multivitamin) without talking to the "
                "anticoagulation clinic first: it changes how {medicines} works."
            ),
        },
        checks.vitamin_k_agreed,
    ),
)
CA_SUPPL_MAX = declare(
    id="CA-SUPPL-MAX",
    severity=Severity.WARNING,
    title=N_("Calcium supplement above {limit} a day"),
    message=N_(
        "Calcium from supplements {total}/day, more than {limit}: supplementing more than "
        "{limit} a day raises the risk of cardiovascular disease by about 30%."
    ),
    action=N_("Lower supplemental calcium to at most {limit} a day; cover the rest with food."),
    source=article("ref. 3"),
    reviewed=REVIEWED,
    check=checks.above,
    thresholds={"limit": CALCIUM_SUPPLEMENT_MAX},
    shows_limit="limit",
)
ZN_CU_40 = declare(
    id="ZN-CU-40",
    severity=Severity.WARNING,
    alternative_severity=Severity.ADVICE,
    title=N_("Zinc above {limit} a day: copper"),
    message=N_(
        "Zinc from supplements {total}/day, more than {limit}: this can cause copper "
        "deficiency, and the plan has no copper."
    ),
    action=N_(
        "Lower the zinc dose, or make sure copper intake is sufficient (e.g. add 1-2 mg copper)."
    ),
    alternative_message=N_(
        "Zinc from supplements {total}/day, more than {limit}: this can cause copper "
        "deficiency; the plan includes copper ({copper}/day)."
    ),
    alternative_action=N_("Keep copper in the plan while zinc stays this high."),
    source=article("ref. 4"),
    reviewed=REVIEWED,
    check=checks.zinc_copper,
    thresholds={"limit": Quantity(N.ZINC, 40)},
)
ZN_MG_LOSS = declare(
    id="ZN-MG-LOSS",
    severity=Severity.WARNING,
    alternative_severity=Severity.ADVICE,
    title=N_("Long-term zinc of {limit} a day or more: magnesium"),
    message=N_(
        "Zinc from long-term supplements {total}/day, {limit} or more: over time this raises "
        "magnesium loss in urine and faeces, and the plan has no magnesium."
    ),
    action=N_("Lower the zinc dose, or make sure magnesium intake is sufficient."),
    alternative_message=N_(
        "Zinc from long-term supplements {total}/day, {limit} or more: over time this raises "
        "magnesium loss; the plan includes magnesium ({magnesium}/day)."
    ),
    alternative_action=N_("Keep magnesium in the plan while zinc stays this high."),
    source=article("ref. 9"),
    reviewed=REVIEWED,
    check=checks.zinc_magnesium,
    thresholds={"limit": Quantity(N.ZINC, 50)},
)
ZN_WITH_MILK = declare(
    id="ZN-WITH-MILK",
    severity=Severity.WARNING,
    title=N_("Zinc taken with milk"),
    message=N_(
        "{products} contains zinc and is taken with milk: milk roughly halves the absorption "
        "of zinc."
    ),
    action=N_("Take zinc with water, not with milk."),
    source=article("ref. 11"),
    reviewed=REVIEWED,
    check=checks.zinc_with_milk,
    nutrients=(N.ZINC,),
    instruction=Instruction(
        {
            "water": N_(
                "Take zinc with water, not with milk: milk halves how much zinc you absorb."
            ),
            "as_scheduled": N_(
                "Take zinc as the schedule shows, but not with a glass of milk: milk halves "
                "how much zinc you absorb."
            ),
        },
        checks.zinc_not_with_milk,
    ),
)
INT_BISPH = medicine_rule(
    "INT-BISPH",
    Severity.WARNING,
    M.BISPHOSPHONATE,
    MINERALS,
    title=N_("Minerals with a bisphosphonate"),
    message=N_plural(
        "{medicines} is a bisphosphonate and the plan contains {present}: these minerals "
        "block the absorption of the bisphosphonate.",
        "{medicines} are bisphosphonates and the plan contains {present}: these minerals "
        "block the absorption of the bisphosphonates.",
    ),
    action=N_(
        "Take the bisphosphonate fasting with plain water; take the minerals at least "
        "{minutes} minutes later, preferably later in the day."
    ),
    source=kompas(N_("alendronic acid, risedronic acid, ibandronic acid")),
    thresholds={"minutes": 30, "slower_minutes": 60},
    slower=("ibandronate",),
    instruction=Instruction(
        {
            "morning": N_(
                "Take {medicines} on an empty stomach with a glass of plain water. On the "
                "morning you take {medicines}, wait at least {minutes} minutes before you "
                "take {minerals}."
            ),
            "later": N_(
                "Take {medicines} on an empty stomach with a glass of plain water. Take "
                "{minerals} at least {minutes} minutes later, preferably later in the day."
            ),
        },
        checks.bisphosphonate_first,
    ),
)
INT_LT4 = medicine_rule(
    "INT-LT4",
    Severity.WARNING,
    M.LEVOTHYROXINE,
    (N.CALCIUM, N.IRON, N.MAGNESIUM),
    title=N_("Minerals with levothyroxine"),
    message=N_plural(
        "{medicines} is levothyroxine and the plan contains {present}: these minerals reduce "
        "the absorption of levothyroxine.",
        "{medicines} contain levothyroxine and the plan contains {present}: these minerals "
        "reduce the absorption of levothyroxine.",
    ),
    action=N_("Take them at least {hours} hours apart from levothyroxine."),
    source=kompas(N_("levothyroxine")),
    thresholds={"hours": 4},
    instruction=Instruction(
        {"apart": N_("Keep at least {hours} hours between {medicines} and {minerals}.")},
        checks.keep_apart,
    ),
)
INT_THIAZIDE = medicine_rule(
    "INT-THIAZIDE",
    Severity.WARNING,
    M.THIAZIDE,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Calcium or vitamin D with a thiazide diuretic"),
    message=N_plural(
        "{medicines} is a thiazide(-like) diuretic and the plan contains {present}: thiazides "
        "lower calcium excretion, so there is a risk of hypercalcaemia.",
        "{medicines} are thiazide(-like) diuretics and the plan contains {present}: thiazides "
        "lower calcium excretion, so there is a risk of hypercalcaemia.",
    ),
    action=N_("Monitor serum calcium; avoid high doses."),
    source=kompas(N_("hydrochlorothiazide, chlortalidone, indapamide")),
    instruction=Instruction(
        {
            "fired": N_(
                "While you use {medicines}, ask your doctor to check the calcium level in your "
                "blood now and then."
            )
        },
        checks.when_fired,
    ),
)
INT_QUINOLONE = medicine_rule(
    "INT-QUINOLONE",
    Severity.WARNING,
    M.QUINOLONE,
    MINERALS,
    title=N_("Minerals with a quinolone antibiotic"),
    message=N_plural(
        "{medicines} is a quinolone antibiotic and the plan contains {present}: the minerals "
        "bind the antibiotic and make it less effective.",
        "{medicines} are quinolone antibiotics and the plan contains {present}: the minerals "
        "bind the antibiotics and make them less effective.",
    ),
    action=N_("Take the antibiotic {before} hours before or {after} hours after the minerals."),
    source=kompas(N_("fluoroquinolones")),
    thresholds={"before": 2, "after": 6},
    instruction=Instruction(
        {
            "apart": N_(
                "Take the antibiotic {medicines} {before} hours before or {after} hours after "
                "{minerals}."
            )
        },
        checks.keep_apart,
    ),
)
INT_TETRA = medicine_rule(
    "INT-TETRA",
    Severity.WARNING,
    M.TETRACYCLINE,
    MINERALS,
    title=N_("Minerals with a tetracycline"),
    message=N_plural(
        "{medicines} is a tetracycline antibiotic and the plan contains {present}: the "
        "minerals bind the antibiotic and make it less effective.",
        "{medicines} are tetracycline antibiotics and the plan contains {present}: the "
        "minerals bind the antibiotics and make them less effective.",
    ),
    action=N_("Take them {from_hours} to {to_hours} hours apart from the antibiotic."),
    source=kompas(N_("doxycycline, minocycline, tetracycline")),
    thresholds={"from_hours": 2, "to_hours": 3},
    instruction=Instruction(
        {
            "apart": N_(
                "Keep {from_hours} to {to_hours} hours between the antibiotic {medicines} and "
                "{minerals}."
            )
        },
        checks.keep_apart,
    ),
)
# --- issue 14: medicines that need bone nutrients, or limit them ----------------------------
#: Vitamin D and calcium a day for bone protection (NHG Fractuurpreventie; NIV Osteoporose).
BONE_VITD = Quantity(N.VITAMIN_D, 20)
BONE_CALCIUM, BONE_CALCIUM_HIGH = Quantity(N.CALCIUM, 1000), Quantity(N.CALCIUM, 1100)
#: Every medicine that raises the bleeding tendency (vitamin K antagonists have their own class).
BLEEDING = (M.ANTICOAGULANT, M.VITAMIN_K_ANTAGONIST, M.ANTIPLATELET)
GC_BONE = medicine_rule(
    "GC-BONE",
    Severity.WARNING,
    M.SYSTEMIC_GLUCOCORTICOID,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Vitamin D and calcium with a glucocorticoid"),
    message=N_plural(
        "{medicines} is a systemic glucocorticoid and {reasons}: long-term use raises the "
        "risk of fractures; {vitamin_d} of vitamin D and {calcium} to {calcium_high} of "
        "calcium a day are advised.",
        "{medicines} are systemic glucocorticoids and {reasons}: long-term use raises the "
        "risk of fractures; {vitamin_d} of vitamin D and {calcium} to {calcium_high} of "
        "calcium a day are advised.",
    ),
    action=N_(
        "Advise {vitamin_d} of vitamin D a day; add calcium to reach {calcium} to "
        "{calcium_high} a day with food; let the GP know."
    ),
    reasons={
        "vitamin_d_low": N_("the plan gives {total}/day of vitamin D, less than {vitamin_d}"),
        "vitamin_d_none": N_("the plan has no vitamin D"),
        "calcium_unknown": N_("the plan has no calcium while dietary calcium is not recorded"),
        "calcium_low": N_(
            "the plan has no calcium while dietary calcium is {dietary}/day, less than {calcium}"
        ),
    },
    source=Text(
        N_(
            "NHG-Standaard Fractuurpreventie (Dutch College of General Practitioners, fracture "
            "prevention: glucocorticoids as a risk group); NIV-richtlijn Osteoporose en "
            "fractuurpreventie (module calcium and vitamin D)"
        )
    ),
    check=checks.glucocorticoid_bone,
    thresholds={"vitamin_d": BONE_VITD, "calcium": BONE_CALCIUM, "calcium_high": BONE_CALCIUM_HIGH},
)
AI_BONE = medicine_rule(
    "AI-BONE",
    Severity.WARNING,
    M.AROMATASE_INHIBITOR,
    (N.CALCIUM, N.VITAMIN_D),
    alternative_severity=Severity.ADVICE,
    title=N_("Bone protection with an aromatase inhibitor"),
    message=N_plural(
        "{medicines} is an aromatase inhibitor, which speeds up bone loss, and {reasons}.",
        "{medicines} are aromatase inhibitors, which speed up bone loss, and {reasons}.",
    ),
    action=N_(
        "Aim for {calcium} to {calcium_high} of calcium a day (food first) and at least "
        "{vitamin_d} of vitamin D; check that a DXA scan was made at the start."
    ),
    alternative_action=N_(
        "Assess her calcium intake: aim for {calcium} to {calcium_high} a day (food first), "
        "with at least {vitamin_d} of vitamin D."
    ),
    reasons={
        "vitamin_d_low": N_("the plan gives {total}/day of vitamin D, less than {vitamin_d}"),
        "vitamin_d_none": N_("the plan has no vitamin D"),
        "calcium_low": N_(
            "calcium from food ({dietary}/day) and supplements together is {total}/day, less "
            "than {calcium}"
        ),
        "calcium_unknown": N_("dietary calcium is not recorded and the plan has no calcium"),
    },
    source=Text(
        N_(
            "NABON/NIV-richtlijn Borstkanker (Dutch breast cancer guideline), aftercare: "
            "consequences of early menopause"
        )
    ),
    check=checks.aromatase_bone,
    thresholds={
        "vitamin_d": Quantity(N.VITAMIN_D, 10),
        "calcium": BONE_CALCIUM,
        "calcium_high": Quantity(N.CALCIUM, 1200),
    },
)
INT_ACTIVE_D = medicine_rule(
    "INT-ACTIVE-D",
    Severity.WARNING,
    M.ACTIVE_VITAMIN_D,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Vitamin D or calcium with active vitamin D"),
    message=N_plural(
        "{medicines} is an active form of vitamin D and the plan contains {present}: together "
        "they risk hypercalcaemia.",
        "{medicines} are active forms of vitamin D and the plan contains {present}: together "
        "they risk hypercalcaemia.",
    ),
    action=N_(
        "Give vitamin D or calcium only as agreed with the prescriber, who monitors serum calcium."
    ),
    source=kompas(N_("alfacalcidol, calcitriol")),
    withholds=True,
    instruction=Instruction(
        {
            "fired": N_(
                "{medicines} is already a strong form of vitamin D: take extra vitamin D or "
                "calcium only as agreed with your doctor."
            )
        },
        checks.when_fired,
    ),
)
FISHOIL_5G = declare(
    id="FISHOIL-5G",
    severity=Severity.WARNING,
    title=N_("EPA+DHA above {limit} a day"),
    message=N_(
        "EPA+DHA from supplements {total}/day, more than {limit}: EFSA found no safety concern "
        "up to {limit} a day; above it, safety has not been established."
    ),
    action=N_("Lower EPA+DHA to at most {limit} a day, unless a doctor prescribes more."),
    source=Text(
        N_(
            "EFSA NDA Panel, scientific opinion on the tolerable upper intake level of EPA, DHA "
            "and DPA, EFSA Journal 2012;10(7):2815"
        )
    ),
    reviewed=REVIEWED,
    check=checks.above,
    thresholds={"limit": Quantity(N.EPA_DHA, 5000)},
    shows_limit="limit",
)
UPPER_LIMITS = (
    upper_limit(N.CALCIUM, 2500, efsa(N_("calcium, 2012"))),
    upper_limit(N.VITAMIN_D, 100, efsa(N_("vitamin D, 2012, confirmed 2023"))),
    upper_limit(
        N.MAGNESIUM,
        MAGNESIUM_UPPER.amount,
        efsa(N_("SCF 2001, supplemental magnesium only")),
    ),
    upper_limit(N.ZINC, 25, efsa(N_("SCF 2003"))),
    upper_limit(N.COPPER, 5, efsa(N_("SCF 2003; EFSA 2022"))),
    upper_limit(N.SELENIUM, 255, efsa(N_("selenium, 2023"))),
    upper_limit(N.VITAMIN_B6, 12, efsa(N_("vitamin B6, 2023"))),
    upper_limit(N.VITAMIN_A, 3000, efsa(N_("preformed vitamin A, SCF 2002"))),
    upper_limit(N.FOLIC_ACID, 1000, efsa(N_("folic acid, SCF 2000"))),
    upper_limit(N.IODINE, 600, efsa(N_("iodine, SCF 2002"))),
    upper_limit(N.VITAMIN_E, 300, efsa(N_("vitamin E, SCF 2003"))),
)
IRON_SAFE_40 = declare(
    id="IRON-SAFE-40",
    severity=Severity.WARNING,
    title=N_("Iron above the safe level of {limit}"),
    message=N_(
        "Iron from supplements {total}/day, more than the safe level of intake of {limit} a day."
    ),
    action=N_(
        "Lower the iron dose, unless it treats a diagnosed deficiency under medical supervision."
    ),
    source=Text(N_("EFSA, scientific opinion on the tolerable upper intake level for iron, 2024")),
    reviewed=REVIEWED,
    check=checks.above,
    thresholds={"limit": Quantity(N.IRON, 40)},
    shows_limit="limit",
)
ZN_RISK_65 = declare(
    id="ZN-RISK-65",
    severity=Severity.ADVICE,
    title=N_("Zinc for people over {age}"),
    message=N_(
        "Client aged {client_age}: people over {age} are at risk of zinc deficiency, and the "
        "plan has no zinc."
    ),
    action=CONSIDER_ZINC,
    source=article("ref. 4"),
    reviewed=REVIEWED,
    check=checks.missing_from_age,
    nutrients=(N.ZINC,),
    thresholds={"age": 65},
)
ZN_RISK_LOWMEAT = declare(
    id="ZN-RISK-LOWMEAT",
    severity=Severity.ADVICE,
    title=N_("Zinc for postmenopausal women who eat little meat"),
    message=N_(
        "Postmenopausal client, diet pattern {diet}: postmenopausal women who eat little or "
        "no meat are at greater risk of zinc deficiency, and the plan has no zinc."
    ),
    action=CONSIDER_ZINC,
    source=article("ref. 10"),
    reviewed=REVIEWED,
    check=checks.low_meat_zinc,
)
CA_INTAKE_F65 = declare(
    id="CA-INTAKE-F65",
    severity=Severity.ADVICE,
    title=N_("Calcium intake of women over {age}"),
    message=N_(
        "Woman aged {client_age} and no calcium in the plan: women over {age} often have an "
        "inadequate calcium intake."
    ),
    action=N_("Assess her dietary calcium; if it falls short, supplement at most {limit} a day."),
    source=article("ref. 2"),
    reviewed=REVIEWED,
    check=checks.missing_in_older_women,
    nutrients=(N.CALCIUM,),
    thresholds={"age": 65, "limit": CALCIUM_SUPPLEMENT_MAX},
)
CA_SUPPL_IF_LOW = declare(
    id="CA-SUPPL-IF-LOW",
    severity=Severity.ADVICE,
    title=N_("Dietary calcium below the recommended intake"),
    message=N_(
        "Calcium from food {dietary}/day is below the recommended {recommended}/day for this "
        "age and sex, and the plan has no calcium."
    ),
    action=N_("A calcium supplement of at most {limit} a day is warranted."),
    source=both(HEALTH_COUNCIL_CALCIUM, article("ref. 3")),
    reviewed=REVIEWED,
    check=checks.calcium_if_low,
    # The Dutch recommended intake: none below from_age; women (and sex "other") need more
    # after women_higher_after; everyone from old_age on.
    thresholds={
        "from_age": 25,
        "adults": Quantity(N.CALCIUM, 950),
        "women_higher_after": 50,
        "women_older": Quantity(N.CALCIUM, 1100),
        "old_age": 70,
        "old": Quantity(N.CALCIUM, 1200),
        "limit": CALCIUM_SUPPLEMENT_MAX,
    },
)
VITD_NL_ADVICE = declare(
    id="VITD-NL-ADVICE",
    severity=Severity.ADVICE,
    title=N_("Dutch vitamin D advice"),
    message=N_(
        "Vitamin D in the plan {total}/day; the Health Council advises {advised} a day for {group}."
    ),
    action=N_("Raise vitamin D to at least {advised} a day."),
    source=HEALTH_COUNCIL_VITD,
    reviewed=REVIEWED,
    check=checks.vitamin_d_advice,
    thresholds={
        "old_age": VITD_OLD_AGE,
        "old_advised": Quantity(N.VITAMIN_D, 20),
        "old_group": Text(N_("people aged {age} and over"), {"age": VITD_OLD_AGE}),
        "women_from": VITD_WOMEN_FROM,
        "women_to": VITD_WOMEN_TO,
        "women_advised": Quantity(N.VITAMIN_D, 10),
        "women_group": Text(
            N_("women aged {start} to {end}"), {"start": VITD_WOMEN_FROM, "end": VITD_WOMEN_TO}
        ),
    },
)
MG_COFACTOR = declare(
    id="MG-COFACTOR",
    severity=Severity.ADVICE,
    title=N_("Magnesium with calcium and vitamin D"),
    message=N_(
        "The plan has {present} but no magnesium: magnesium deficiency lowers serum calcium "
        "and blunts the response to parathyroid hormone and vitamin D."
    ),
    action=N_("Consider adding magnesium (at most {limit} a day from supplements)."),
    source=article("ref. 4"),
    reviewed=REVIEWED,
    check=checks.cofactor,
    nutrients=(N.CALCIUM, N.VITAMIN_D, N.MAGNESIUM),
    thresholds={"limit": MAGNESIUM_UPPER},
)
PMW_BONE_BUNDLE = declare(
    id="PMW-BONE-BUNDLE",
    severity=Severity.ADVICE,
    title=N_("Bone nutrients together after menopause"),
    message=N_(
        "Postmenopausal client; the plan lacks {missing}: the nutrients for bone work closely "
        "together and are best supplemented in combination."
    ),
    action=N_("Consider adding {missing}."),
    source=article(Text(N_("conclusion"))),
    reviewed=REVIEWED,
    check=checks.bundle,
    nutrients=BONE_BUNDLE,
)
K2_RISK_40 = declare(
    id="K2-RISK-40",
    severity=Severity.ADVICE,
    title=N_("Vitamin K2 over {age}"),
    message=N_(
        "Client aged {client_age}: people over {age} are at risk of vitamin K2 deficiency, "
        "which matters for bone building, and the plan has no vitamin K2."
    ),
    action=N_("Consider vitamin K2 (MK-7), e.g. 45-100 µg a day."),
    source=article("ref. 13"),
    reviewed=REVIEWED,
    check=checks.missing_from_age,
    nutrients=(N.VITAMIN_K2,),
    thresholds={"age": 40},
)
PREBIOTIC_CA_MG = declare(
    id="PREBIOTIC-CA-MG",
    severity=Severity.ADVICE,
    title=N_("Prebiotics for calcium and magnesium uptake"),
    message=N_(
        "Postmenopausal client taking {present} without prebiotic fibre: inulin and "
        "oligofructose may improve the uptake of calcium and magnesium."
    ),
    action=N_("Consider a prebiotic such as inulin or oligofructose."),
    source=article("ref. 8"),
    reviewed=REVIEWED,
    check=checks.cofactor_after_menopause,
    nutrients=(N.CALCIUM, N.MAGNESIUM, N.PREBIOTIC_FIBRE),
)
INT_FE_CA = declare(
    id="INT-FE-CA",
    severity=Severity.ADVICE,
    title=N_("Iron and calcium at the same time"),
    message=N_(
        "Iron and calcium are taken at the same moment ({moments}): calcium reduces the "
        "absorption of iron."
    ),
    action=N_("Take iron and calcium at least {hours} hours apart."),
    source=kompas(N_("iron salts")),
    reviewed=REVIEWED,
    check=checks.same_moment,
    nutrients=(N.CALCIUM, N.IRON),
    thresholds={"hours": 2},
    instruction=Instruction(
        {
            "scheduled": N_(
                "Take iron and calcium at least {hours} hours apart, as the schedule shows."
            )
        },
        checks.apart_as_scheduled,
    ),
)
INT_PPI_MG = medicine_rule(
    "INT-PPI-MG",
    Severity.ADVICE,
    M.PROTON_PUMP_INHIBITOR,
    (N.MAGNESIUM,),
    title=N_("Magnesium with a proton pump inhibitor"),
    message=N_plural(
        "{medicines} is a proton pump inhibitor and the plan has no magnesium: long-term use "
        "lowers magnesium levels.",
        "{medicines} are proton pump inhibitors and the plan has no magnesium: long-term use "
        "lowers magnesium levels.",
    ),
    action=N_("Check magnesium status."),
    source=kompas(N_("proton pump inhibitors"), "; FDA Drug Safety Communication 2011"),
    check=checks.missing_with_medicine,
    instruction=Instruction(
        {
            "fired": N_(
                "Your stomach medicine can lower magnesium and vitamin B12: ask your doctor to "
                "check them."
            )
        },
        checks.when_fired,
    ),
)
INT_PPI_B12 = medicine_rule(
    "INT-PPI-B12",
    Severity.ADVICE,
    M.PROTON_PUMP_INHIBITOR,
    (N.VITAMIN_B12,),
    title=N_("Vitamin B12 with a proton pump inhibitor"),
    message=N_plural(
        "{medicines} is a proton pump inhibitor and the plan has no vitamin B12: use for "
        "{years} years or more is associated with vitamin B12 deficiency.",
        "{medicines} are proton pump inhibitors and the plan has no vitamin B12: use for "
        "{years} years or more is associated with vitamin B12 deficiency.",
    ),
    action=N_(
        "If it has been used for {years} years or more, ask for a vitamin B12 test; consider "
        "vitamin B12."
    ),
    source=Text(
        N_(
            "Lam et al., JAMA 2013;310:2435-42 (acid-suppressing medicines and vitamin B12 "
            "deficiency)"
        )
    ),
    check=checks.missing_with_medicine,
    thresholds={"years": 2},
)
INT_METF_B12 = medicine_rule(
    "INT-METF-B12",
    Severity.ADVICE,
    M.METFORMIN,
    (N.VITAMIN_B12,),
    title=N_("Vitamin B12 with metformin"),
    message=N_plural(
        "{medicines} contains metformin and the plan has no vitamin B12: metformin lowers "
        "vitamin B12 more with a higher dose and longer use.",
        "{medicines} contain metformin and the plan has no vitamin B12: metformin lowers "
        "vitamin B12 more with a higher dose and longer use.",
    ),
    action=N_(
        "Ask the GP for a vitamin B12 test if there is neuropathy, anaemia or cognitive "
        "decline, or after years of use; consider vitamin B12. Routine screening is not "
        "advised."
    ),
    source=Text(
        N_(
            "NHG-Standaard Diabetes mellitus type 2 (M01), knowledge gap: screening for vitamin "
            "B12 deficiency in metformin use"
        )
    ),
    check=checks.missing_with_medicine,
    instruction=Instruction(
        {
            "fired": N_(
                "{medicines} can lower vitamin B12 over the years: ask your doctor for a B12 "
                "test if your hands or feet tingle or you feel very tired."
            )
        },
        checks.when_fired,
    ),
)
INT_LOOP_MG = medicine_rule(
    "INT-LOOP-MG",
    Severity.ADVICE,
    M.LOOP_DIURETIC,
    (N.MAGNESIUM,),
    title=N_("Magnesium with a loop diuretic"),
    message=N_plural(
        "{medicines} is a loop diuretic and the plan has no magnesium: loop diuretics "
        "increase the loss of magnesium (and calcium) in the urine.",
        "{medicines} are loop diuretics and the plan has no magnesium: loop diuretics "
        "increase the loss of magnesium (and calcium) in the urine.",
    ),
    action=N_(
        "Ask the GP for a serum magnesium test; add magnesium only when kidney function allows it."
    ),
    source=Text(
        N_(
            "Farmacotherapeutisch Kompas (National Health Care Institute, the Netherlands), "
            "furosemide and bumetanide: adverse effects; SmPC"
        )
    ),
    check=checks.missing_with_medicine,
    instruction=Instruction(
        {
            "fired": N_(
                "With {medicines} you lose more magnesium in your urine: ask your doctor to "
                "check the magnesium level in your blood."
            )
        },
        checks.when_fired,
    ),
)
AED_VITD = medicine_rule(
    "AED-VITD",
    Severity.ADVICE,
    M.ENZYME_INDUCING_ANTIEPILEPTIC,
    (N.VITAMIN_D,),
    title=N_("Vitamin D with an enzyme-inducing anti-epileptic"),
    message=N_plural(
        "{medicines} speeds up the breakdown of vitamin D (risk of osteomalacia), and the "
        "plan gives {total}/day of vitamin D, less than {advised}.",
        "{medicines} speed up the breakdown of vitamin D (risk of osteomalacia), and the plan "
        "gives {total}/day of vitamin D, less than {advised}.",
    ),
    action=N_(
        "Consider {advised} of vitamin D a day; ask the neurologist or GP about a 25(OH)D test."
    ),
    source=both(
        kompas(N_("carbamazepine, phenytoin, phenobarbital, primidone")),
        Text(N_("Q J Med 1986;59:569 (lower 25(OH)D with enzyme-inducing anti-epileptics)")),
    ),
    check=checks.below_with_medicine,
    thresholds={"advised": BONE_VITD},
)
INT_DIGOXIN_CA = medicine_rule(
    "INT-DIGOXIN-CA",
    Severity.ADVICE,
    M.DIGOXIN,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Calcium or vitamin D with digoxin"),
    message=N_plural(
        "{medicines} is digoxin and the plan contains {present}: a high serum calcium makes "
        "digoxin more toxic (arrhythmias).",
        "{medicines} contain digoxin and the plan contains {present}: a high serum calcium "
        "makes digoxin more toxic (arrhythmias).",
    ),
    action=N_("Ask the GP to monitor serum calcium; avoid high doses of vitamin D."),
    source=kompas(N_("digoxin; calcium/colecalciferol")),
    instruction=Instruction(
        {
            "fired": N_(
                "You use {medicines}: ask your doctor to check the calcium level in your blood "
                "regularly, and do not take extra vitamin D on your own."
            )
        },
        checks.when_fired,
    ),
)
INT_ANTICOAG_FISHOIL = declare(
    id="INT-ANTICOAG-FISHOIL",
    severity=Severity.ADVICE,
    title=N_("High-dose fish oil with a blood thinner"),
    message=N_plural(
        "{medicines} raises the bleeding tendency and the plan gives {total}/day of EPA+DHA, "
        "more than {limit}: high-dose fish oil may add to it.",
        "{medicines} raise the bleeding tendency and the plan gives {total}/day of EPA+DHA, "
        "more than {limit}: high-dose fish oil may add to it.",
    ),
    action=N_(
        "Limit EPA+DHA to at most {limit} a day, or agree the dose with the prescriber or the "
        "anticoagulation clinic (trombosedienst)."
    ),
    source=both(
        Text(
            N_(
                "EFSA NDA Panel, scientific opinion on the tolerable upper intake level of EPA, "
                "DHA and DPA, EFSA Journal 2012;10(7):2815"
            )
        ),
        Text(N_("US FDA, GRAS notices for fish oil (EPA+DHA with anticoagulants)")),
    ),
    reviewed=REVIEWED,
    check=checks.above_with_medicine,
    medicine=BLEEDING[0],
    more_medicines=BLEEDING[1:],
    thresholds={"limit": Quantity(N.EPA_DHA, 3000)},
    instruction=Instruction(
        {
            "fired": N_(
                "High-dose fish oil can make you bleed more easily while you use {medicines}: "
                "take no more than the schedule shows, and tell your doctor you take it."
            )
        },
        checks.when_fired,
    ),
)
# --- client conditions and kidney function (issue 14) ----------------------------------------
#: Below this eGFR (mL/min/1.73 m²) kidney function is severely impaired (CKD stage 4-5): the
#: calcium/colecalciferol SmPC's contraindication, and the point where magnesium accumulates.
#: [U] for magnesium: the Kompas threshold is not confirmed; verify before release.
SEVERE_RENAL_EGFR = 30
#: A calcium supplement with calcium kidney stones: at most this much at one time, with meals.
CALCIUM_PER_DOSE_WITH_STONES = Quantity(N.CALCIUM, 500)
EGFR_SHOWN = {"unit": Text(EGFR_UNIT)}


def smpc(product: str, section: str) -> Text:
    """A section of a product's summary of product characteristics (SmPC)."""
    return Text(
        N_("SmPC {product}, section {section}"),
        {"product": product, "section": section},
    )


CALCI_CHEW_D3 = "Calci-Chew D3"


def condition_rule(
    id: str, severity: Severity, condition: Condition, nutrients: tuple[N, ...], **texts: Any
) -> Rule:
    """A condition of the client that forbids or limits nutrients of the plan."""
    return declare(
        id=id,
        severity=severity,
        reviewed=REVIEWED,
        check=checks.with_condition,
        condition=condition,
        withholds=True,
        nutrients=nutrients,
        **texts,
    )


def kidney_rule(id: str, nutrients: tuple[N, ...], **texts: Any) -> Rule:
    """Severe renal impairment (recorded eGFR below the threshold) and nutrients of the plan."""
    return declare(
        id=id,
        severity=Severity.WARNING,
        reviewed=REVIEWED,
        check=checks.low_kidney_function,
        withholds=True,
        nutrients=nutrients,
        thresholds={"egfr_below": SEVERE_RENAL_EGFR},
        shows=EGFR_SHOWN,
        **texts,
    )


HYPERCA = condition_rule(
    "HYPERCA",
    Severity.CRITICAL,
    Condition.HYPERCALCAEMIA,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Calcium or vitamin D with hypercalcaemia"),
    message=N_(
        "The client has hypercalcaemia and the plan contains {present}: calcium and vitamin D "
        "are contraindicated with hypercalcaemia."
    ),
    action=N_("Remove calcium and vitamin D from the plan and refer the client to the GP."),
    source=smpc(CALCI_CHEW_D3, "4.3"),
)
SARCOID_D = condition_rule(
    "SARCOID-D",
    Severity.WARNING,
    Condition.SARCOIDOSIS,
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Vitamin D or calcium with sarcoidosis"),
    message=N_(
        "The client has sarcoidosis and the plan contains {present}: in sarcoidosis more "
        "vitamin D is converted to its active form, with a risk of hypercalcaemia."
    ),
    action=N_(
        "Give vitamin D or calcium only in agreement with the treating specialist, with calcium "
        "in blood and urine monitored."
    ),
    source=smpc("calcium/colecalciferol", "4.4"),
)
PHPT_CA = condition_rule(
    "PHPT-CA",
    Severity.WARNING,
    Condition.PRIMARY_HYPERPARATHYROIDISM,
    (N.CALCIUM,),
    title=N_("Calcium supplement with primary hyperparathyroidism"),
    message=N_(
        "The client has primary hyperparathyroidism and the plan contains {present}: calcium "
        "supplements are contraindicated in hyperparathyroidism."
    ),
    action=N_(
        "Remove the calcium supplement and keep calcium from food normal; vitamin D only as "
        "the specialist prescribes."
    ),
    source=Text(
        N_("Package leaflet Calcium/Vitamine D3 Sandoz (contraindication: hyperparathyroidism)")
    ),
)
STONE_CA = condition_rule(
    "STONE-CA",
    Severity.WARNING,
    Condition.CALCIUM_KIDNEY_STONES,
    (N.CALCIUM,),
    title=N_("Calcium supplement with calcium kidney stones"),
    message=N_(
        "The client has had calcium kidney stones and the plan contains {present}: calcium "
        "supplements, especially between meals, raise the risk of new stones."
    ),
    action=N_(
        "Prefer calcium from food (do not restrict it); any supplement only with meals, at "
        "most {per_dose} at a time, and agreed with the GP."
    ),
    source=both(
        smpc(CALCI_CHEW_D3, "4.3"),
        Text(N_("EFSA, Scientific Opinion on the tolerable upper intake level of calcium, 2012")),
    ),
    shows={"per_dose": CALCIUM_PER_DOSE_WITH_STONES},
)
RENAL_MG = kidney_rule(
    "RENAL-MG",
    (N.MAGNESIUM,),
    title=N_("Magnesium with an eGFR below {egfr_below}"),
    message=N_(
        "The client's eGFR is {egfr} {unit}, below {egfr_below}, and the plan contains "
        "{present}: with severe renal impairment magnesium can accumulate."
    ),
    action=N_(
        "Stop the magnesium supplement unless the nephrologist or GP prescribes it; ask for "
        "a serum magnesium check."
    ),
    source=Text(
        N_(
            "Farmacotherapeutisch Kompas (National Health Care Institute, the Netherlands), "
            "contraindications (magnesium oxide, magnesium hydroxide)"
        )
    ),
)
RENAL_CA_D = kidney_rule(
    "RENAL-CA-D",
    (N.CALCIUM, N.VITAMIN_D),
    title=N_("Calcium or vitamin D with an eGFR below {egfr_below}"),
    message=N_(
        "The client's eGFR is {egfr} {unit}, below {egfr_below}, and the plan contains "
        "{present}: calcium and vitamin D preparations are contraindicated in severe renal "
        "impairment, and ordinary vitamin D is poorly activated."
    ),
    action=N_("Agree calcium and vitamin D with the nephrologist or GP."),
    source=smpc(CALCI_CHEW_D3, "4.3"),
)
CONDITION_RULES = (HYPERCA, SARCOID_D, PHPT_CA, STONE_CA, RENAL_MG, RENAL_CA_D)
MED_UNRECOGNISED = declare(
    id="MED-UNRECOGNISED",
    severity=Severity.ADVICE,
    title=N_("Medicine not recognised"),
    message=N_(
        "Not recognised: {medicines}. Interactions of this medicine with supplements were not "
        "checked."
    ),
    action=N_("Check its interactions yourself, e.g. in the Farmacotherapeutisch Kompas."),
    source=Text(N_("Supplan medicine list (generic names and common Dutch brands)")),
    reviewed=REVIEWED,
    check=checks.unrecognised,
)

# --- medicines that supply nutrients (issue 14, point 3) ------------------------------------
#: When a medicine's product added to the plan as prescribed is taken to start with (one unit;
#: the dietician sets it as the doctor prescribed), by the first of its nutrients listed here:
#: calcium and vitamin D with the evening meal (calcium carbonate is absorbed best with food,
#: and stays away from a morning bisphosphonate or levothyroxine), iron in the morning, away
#: from that calcium.
PRESCRIBED_SCHEDULE: dict[N, tuple[Moment, TakenWith]] = {
    N.CALCIUM: (Moment.EVENING, TakenWith.MEAL),
    N.VITAMIN_D: (Moment.EVENING, TakenWith.MEAL),
    N.IRON: (Moment.MORNING, TakenWith.WATER),
}
MED_SUPPLIES_NUTRIENT = declare(
    id="MED-SUPPLIES-NUTRIENT",
    severity=Severity.WARNING,
    title=N_("A medicine supplies nutrients the totals miss"),
    message=N_plural(
        "{supplies}; add it to the plan as a prescribed product so the totals and limits "
        "include it.",
        "{supplies}; add them to the plan as prescribed products so the totals and limits "
        "include them.",
    ),
    action=N_(
        "Add it as a prescribed product (composition from the medicine list) and set the "
        "units as the doctor prescribed."
    ),
    # Taken weekly or monthly: a plan counts daily doses only, so it cannot be added yet.
    alternative_message=N_plural(
        "{supplies}: a plan counts daily doses only, so the totals and limits miss it.",
        "{supplies}: a plan counts daily doses only, so the totals and limits miss them.",
    ),
    alternative_action=N_(
        "Judge the totals with its average per day added (the dose divided by the days), and "
        "give that as the reason of an override."
    ),
    source=Text(
        N_(
            "Farmacotherapeutisch Kompas (National Health Care Institute, the Netherlands), "
            "product compositions; SmPC calcium/colecalciferol (vitamin D from other "
            "preparations counts)"
        )
    ),
    reviewed=REVIEWED,
    check=checks.supplies_unlisted,
    nutrients=tuple(PRESCRIBED_SCHEDULE),
)

RULES: tuple[Rule, ...] = (
    INT_VKA_K,
    CA_SUPPL_MAX,
    ZN_CU_40,
    ZN_MG_LOSS,
    ZN_WITH_MILK,
    INT_BISPH,
    INT_LT4,
    INT_THIAZIDE,
    INT_QUINOLONE,
    INT_TETRA,
    GC_BONE,
    AI_BONE,
    INT_ACTIVE_D,
    FISHOIL_5G,
    *UPPER_LIMITS,
    IRON_SAFE_40,
    ZN_RISK_65,
    ZN_RISK_LOWMEAT,
    CA_INTAKE_F65,
    CA_SUPPL_IF_LOW,
    VITD_NL_ADVICE,
    MG_COFACTOR,
    PMW_BONE_BUNDLE,
    K2_RISK_40,
    PREBIOTIC_CA_MG,
    INT_FE_CA,
    INT_PPI_MG,
    INT_PPI_B12,
    INT_METF_B12,
    INT_LOOP_MG,
    AED_VITD,
    INT_DIGOXIN_CA,
    INT_ANTICOAG_FISHOIL,
    *CONDITION_RULES,
    MED_UNRECOGNISED,
    MED_SUPPLIES_NUTRIENT,
)
