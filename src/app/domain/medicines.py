"""Recognising a client's medicines as clinicians write them.

The vocabulary is data: resources/medicines holds one reviewed TOML file per class, with its
source and review date, plus word lists (routes.toml: route words; words.toml: salt words and
ordinary words that are never read as a slip of the pen).

Names are matched case- and accent-insensitively as whole words anywhere in what was typed, so
strengths, units, forms and frequencies around them do not matter ("Fosamax 70 mg 1x per week",
"Thyrax Duotab 0,1 mg", "losartan/HCT", "Janumet 50/1000"). Salt words are part of the name they
stand beside or are glued to ("esomeprazol magnesium", "natriumlevothyroxine"), never a nutrient
of their own. A route word ("oogdruppels", "zalf", ...) or an entry marked topical makes a line
topical: no oral interaction. A word that is no known word may be a slip of the pen: within one
edit (Damerau-Levenshtein) of a vocabulary word of 5-8 letters, two of a longer one, and closer to
one medicine than to any other, it is read as that word (Match.FUZZY, with read_as).

A spelling names one medicine per class: a combination brand is in each of its classes
(Fosavance: a bisphosphonate and a vitamin D medicine), and where a class lists several strengths
of a brand the numbers typed choose among them (choose()). The words of a name are used up by it:
"calcium/vitamine D3" is one medicine, not also "vitamine D3".

Over 400 lines on purpose: loading, words, salts, routes, slips and strengths are one reading
whose steps only make sense together; split, each part would need the others' internals.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from importlib.resources import files

from app.domain.nutrients import Nutrient, Unit
from app.domain.text import fold


class MedicineClass(StrEnum):
    """Groups of medicines that interact with supplements in the same way.

    Each value names its vocabulary file, resources/medicines/<value>.toml.
    """

    VITAMIN_K_ANTAGONIST = "vitamin_k_antagonist"
    BISPHOSPHONATE = "bisphosphonate"
    LEVOTHYROXINE = "levothyroxine"
    THIAZIDE = "thiazide"
    QUINOLONE = "quinolone"
    TETRACYCLINE = "tetracycline"
    PROTON_PUMP_INHIBITOR = "proton_pump_inhibitor"
    METFORMIN = "metformin"
    LOOP_DIURETIC = "loop_diuretic"
    SYSTEMIC_GLUCOCORTICOID = "systemic_glucocorticoid"
    ENZYME_INDUCING_ANTIEPILEPTIC = "enzyme_inducing_antiepileptic"
    AROMATASE_INHIBITOR = "aromatase_inhibitor"
    DIGOXIN = "digoxin"
    ACTIVE_VITAMIN_D = "active_vitamin_d"
    #: Anticoagulants other than the vitamin K antagonists: DOACs and heparins.
    ANTICOAGULANT = "anticoagulant"
    ANTIPLATELET = "antiplatelet"
    #: Medicines that supply iron (they carry what they supply per unit).
    IRON_MEDICINE = "iron_medicine"
    #: Calcium and/or vitamin D on prescription (they carry what they supply per unit).
    CALCIUM_VITAMIN_D_MEDICINE = "calcium_vitamin_d_medicine"
    #: Known medicines with no interaction with the supplements Supplan checks.
    NO_SUPPLEMENT_INTERACTION = "no_supplement_interaction"


class Match(StrEnum):
    """How a typed name was read."""

    EXACT = "exact"
    #: Read despite a slip of the pen ("acenocoumerol" as acenocoumarol); see read_as.
    FUZZY = "fuzzy"
    #: A known medicine used on the skin, eye, ear, nose, lungs...: no oral interaction.
    TOPICAL = "topical"
    NONE = "none"


@dataclass(frozen=True)
class Supply:
    """An amount of a nutrient that one unit (tablet, sachet, drop...) of a medicine supplies."""

    nutrient: Nutrient
    amount: float
    unit: Unit


@dataclass(frozen=True)
class Medicine:
    """A recognised medicine: its generic name (English), class, ATC code and what it supplies."""

    generic: str
    kind: MedicineClass
    atc: str = ""
    supplies: tuple[Supply, ...] = ()
    #: A form that is never taken by mouth (an eye drop brand such as Ciloxan): no oral interaction.
    topical: bool = False
    #: The label's numbers, in order, per way of writing them ((500, 800), (500, 20)): which of
    #: the entries sharing a spelling in one class was meant (see choose()).
    strengths: tuple[tuple[float, ...], ...] = ()
    #: The entry read when the numbers typed name none of the strengths of its spelling.
    default: bool = False
    #: Taken once in this many days (7 weekly, 30 monthly): not a daily plan item (yet).
    interval_days: int = 1


@dataclass(frozen=True)
class MedicineReading:
    """How one line of the client's medicines was read."""

    as_typed: str
    #: The medicines found (a combination product may name two); empty when match is NONE.
    medicines: tuple[Medicine, ...]
    match: Match
    #: For a FUZZY match: the known spelling the typed text was read as.
    read_as: str = ""
    #: For a FUZZY match: the line as typed with each slip replaced by its known spelling, for
    #: the editor to offer ("Acenocoumerol 1 mg" -> "Acenocoumarol 1 mg").
    corrected: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """Every known spelling and the word lists, read once from resources/medicines."""

    #: Every entry behind a spelling, in file order: one or more per class (a combination brand
    #: such as Fosavance is in two classes; one class may list several strengths of a brand).
    by_words: dict[tuple[str, ...], tuple[Medicine, ...]]
    route_words: frozenset[str]
    #: (class, source, review date) per file, for `supplan rules` and the review.
    sources: tuple[tuple[str, str, str], ...]
    #: Salt and hydrate words ("natrium", "magnesium", "monohydraat"): part of a name, never a name.
    salts: frozenset[str] = frozenset()
    #: Ordinary words (forms, units, frequencies, common Dutch words): never read as a slip.
    ordinary: frozenset[str] = frozenset()
    #: The spelling as written in the vocabulary, per folded name ("marevan" -> "Marevan").
    spellings: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: The words a slip may be read as (words of names, 5 letters or more) and, for each, what
    #: the names holding it name (each as the set of its generics).
    targets: dict[str, frozenset[frozenset[str]]] = field(default_factory=dict)
    #: The longest name, in words.
    longest: int = 1
    #: Unit and frequency words ("mg", "ie", "dd"): left out of names and of what was typed.
    units: frozenset[str] = frozenset()


#: A name shorter than this is never read as a slip (too many ordinary words lie one edit away).
FUZZY_MIN_LETTERS = 5
#: Names up to this many letters allow one slip; longer names two.
FUZZY_ONE_SLIP_UP_TO = 8

_WORD = re.compile(r"[a-z]+")
#: A number typed on its own: not glued after a letter ("D3"), "25.000" or "0,5" whole.
_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)*")
#: Dots that group thousands ("25.000", "1.000.000"), not a decimal point.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_LETTERS = re.compile(r"[^\W\d_]+")
#: What may stand between a salt word and its medicine ("esomeprazol magnesium", "-natrium").
_SALT_GAP = re.compile(r"[\s\-]*")


def words_of(text: str) -> list[str]:
    """The words of *text*, folded (case and accents ignored), digits and signs dropped."""
    return _WORD.findall(fold(text))


def numbers_of(text: str) -> tuple[float, ...]:
    """The numbers typed in *text*, in order ("Calci-Chew D3 500 mg/1000 IE" -> 500, 1000).

    "25.000" is 25000 and "0,5" is 0.5; a digit glued after a letter ("D3", "K2") is part of a
    name, not a strength.
    """
    found: list[float] = []
    for number in _NUMBER.findall(text):
        if _THOUSANDS.fullmatch(number):
            number = number.replace(".", "")
        try:
            found.append(float(number.replace(",", ".")))
        except ValueError:  # "1.2.3": no strength
            continue
    return tuple(found)


def _run_length(strength: tuple[float, ...], typed: tuple[float, ...]) -> int:
    """len(*strength*) if it stands as a consecutive run in *typed*, else 0."""
    size = len(strength)
    if any(typed[i : i + size] == strength for i in range(len(typed) - size + 1)):
        return size
    return 0


def choose(entries: tuple[Medicine, ...], typed: tuple[float, ...]) -> tuple[Medicine, ...]:
    """One medicine per class from the *entries* behind a spelling, by the numbers *typed*.

    Within a class: the entry one of whose strengths stands as a consecutive run in the numbers
    typed, the longest run winning and the earlier entry on a tie; else the default entry; else
    the first. ("Calci-Chew D3 500 mg/1000 IE" -> the 1000 IE tablet; "Calci-Chew D3" -> 800 IE.)
    """
    chosen: dict[MedicineClass, Medicine] = {}
    for kind in dict.fromkeys(entry.kind for entry in entries):
        of_kind = [entry for entry in entries if entry.kind is kind]
        runs = [max((_run_length(s, typed) for s in e.strengths), default=0) for e in of_kind]
        if max(runs) > 0:
            chosen[kind] = of_kind[runs.index(max(runs))]
        else:
            chosen[kind] = next((e for e in of_kind if e.default), of_kind[0])
    return tuple(chosen.values())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """The folded words of *text* with where each stands in *text* (start, end)."""
    found: list[tuple[str, int, int]] = []
    for run in _LETTERS.finditer(text):
        found += [(word, run.start(), run.end()) for word in _WORD.findall(fold(run.group()))]
    return found


def _word_list(data: dict[str, object], table: str) -> list[str]:
    section = data.get(table)
    if not isinstance(section, dict):
        return []
    return [fold(word) for word in section.get("words", [])]


@cache
def vocabulary() -> Vocabulary:
    """The shipped medicine vocabulary (read once)."""
    folder = files("app.resources") / "medicines"
    tables = [
        tomllib.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    ]
    # The word lists first (routes.toml, words.toml): the names are read without unit words.
    lists = [data for data in tables if "class" not in data["vocabulary"]]
    route_words = {word for data in lists for word in _word_list(data, "routes")}
    salts = {word for data in lists for word in _word_list(data, "salts")}
    ordinary = {word for data in lists for word in _word_list(data, "ordinary")}
    units = frozenset(word for data in lists for word in _word_list(data, "units"))
    by_words: dict[tuple[str, ...], list[Medicine]] = {}
    spellings: dict[tuple[str, ...], str] = {}
    sources: list[tuple[str, str, str]] = []
    for data in tables:
        head = data["vocabulary"]
        if "class" not in head:
            continue
        kind = MedicineClass(head["class"])
        sources.append((kind.value, head["source"], str(head["reviewed"])))
        for raw in data.get("medicine", []):
            medicine = Medicine(
                generic=raw["generic"],
                kind=kind,
                atc=raw.get("atc", ""),
                supplies=tuple(
                    Supply(Nutrient(s["nutrient"]), float(s["amount"]), Unit(s["unit"]))
                    for s in raw.get("supplies", ())
                ),
                topical=bool(raw.get("topical", False)),
                strengths=tuple(
                    tuple(float(n) for n in strength) for strength in raw.get("strengths", ())
                ),
                default=bool(raw.get("default", False)),
                interval_days=int(raw.get("usual_interval_days", 1)),
            )
            for spelling in raw["names"]:
                key = tuple(word for word in words_of(spelling) if word not in units)
                if key and medicine not in by_words.setdefault(key, []):
                    by_words[key].append(medicine)
                    spellings.setdefault(key, spelling)
    holders: dict[str, set[frozenset[str]]] = {}
    for key, entries in by_words.items():
        for word in key:
            if len(word) >= FUZZY_MIN_LETTERS and word not in ordinary and word not in salts:
                holders.setdefault(word, set()).add(_names(entries))
    return Vocabulary(
        {key: tuple(entries) for key, entries in by_words.items()},
        frozenset(route_words),
        tuple(sources),
        salts=frozenset(salts),
        ordinary=frozenset(ordinary),
        spellings=spellings,
        targets={word: frozenset(medicines) for word, medicines in holders.items()},
        longest=max(len(key) for key in by_words),
        units=units,
    )


def _names(entries: tuple[Medicine, ...] | list[Medicine]) -> frozenset[str]:
    """What a spelling names, for telling whether a slip is as near to two medicines."""
    return frozenset(entry.generic for entry in entries)


@cache
def _target_words() -> tuple[str, ...]:
    """The words a slip may be read as, for rapidfuzz (built once)."""
    return tuple(vocabulary().targets)


@cache
def _known_words() -> frozenset[str]:
    """Every word of a name, salt, route or ordinary word: read as itself, never as a slip."""
    known = vocabulary()
    return frozenset(
        {word for key in known.by_words for word in key}
        | known.salts
        | known.route_words
        | known.ordinary
    )


def _without_salts(word: str) -> list[str]:
    """*word* with glued salt words taken off its ends ("esomeprazolmagnesium" -> esomeprazol)."""
    salts = vocabulary().salts
    found: list[str] = []
    todo = [word]
    while todo:
        current = todo.pop()
        for salt in salts:
            for rest in (
                current.removeprefix(salt) if current.startswith(salt) else "",
                current.removesuffix(salt) if current.endswith(salt) else "",
            ):
                if len(rest) >= 3 and rest not in salts and rest not in found:
                    found.append(rest)
                    todo.append(rest)
    return found


@lru_cache(maxsize=8192)
def _reading_of_word(word: str) -> tuple[str, bool]:
    """The vocabulary word *word* stands for and whether that rests on a slip.

    A known word stands for itself; a word with a salt glued to it for the name without the
    salt; an unknown word of 5 letters or more for the one vocabulary word within reach (one
    edit for 5-8 letters, two for longer), if the nearest such words all name one medicine.
    Anything else stands for itself and matches nothing.
    """
    known = vocabulary()
    if word in _known_words():
        return word, False
    stripped = _without_salts(word)
    for rest in stripped:
        if (rest,) in known.by_words:
            return rest, False
    # Imported here: about 20 ms at start-up that only a line with an unknown word needs.
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    best: list[tuple[int, str]] = []
    for candidate in (word, *stripped):
        if len(candidate) < FUZZY_MIN_LETTERS:
            continue
        for target, distance, _index in process.extract(
            candidate,
            _target_words(),
            scorer=DamerauLevenshtein.distance,
            score_cutoff=2,
            limit=None,
        ):
            allowed = 1 if len(target) <= FUZZY_ONE_SLIP_UP_TO else 2
            if distance <= allowed:
                best.append((int(distance), target))
    if not best:
        return word, False
    nearest = min(distance for distance, _target in best)
    targets = sorted({target for distance, target in best if distance == nearest})
    # What each word names: itself if it is a name ("actonel"), else the names it is part of.
    named = set().union(
        *(
            {_names(known.by_words[(target,)])}
            if (target,) in known.by_words
            else known.targets[target]
            for target in targets
        )
    )
    if len(named) != 1:
        return word, False  # as near to two medicines: no guess
    # A word that is a name on its own first, then the one as long as the word typed
    # ("warfarien" -> warfarine, not warfarin).
    targets.sort(key=lambda t: ((t,) not in known.by_words, abs(len(t) - len(word)), t))
    return targets[0], True


@lru_cache(maxsize=4096)
def read(name: str) -> MedicineReading:
    """How *name* (one line as typed) reads against the vocabulary."""
    known = vocabulary()
    tokens = [token for token in _tokens(name) if token[0] not in known.units]
    readings = [_reading_of_word(word) for word, _start, _end in tokens]
    words = [word for word, _slip in readings]
    typed = numbers_of(name)
    # (first token, past-last token, medicines), longest name first at each position; the words
    # of a name are used up by it ("calcium/vitamine D3" is not also "vitamine D3").
    hits: list[tuple[int, int, tuple[Medicine, ...]]] = []
    start = 0
    while start < len(words):
        for size in range(min(known.longest, len(words) - start), 0, -1):
            entries = known.by_words.get(tuple(words[start : start + size]))
            if entries is not None:
                hits.append((start, start + size, choose(entries, typed)))
                start += size
                break
        else:
            start += 1
    hits = [hit for hit in hits if not _is_salt_of_neighbour(hit, hits, words, tokens, name)]
    found = tuple(dict.fromkeys(medicine for _first, _last, named in hits for medicine in named))
    slipped = [hit for hit in hits if any(readings[index][1] for index in range(hit[0], hit[1]))]
    read_as = ", ".join(
        dict.fromkeys(known.spellings[tuple(words[first:last])] for first, last, _m in slipped)
    )
    corrected = _corrected(name, tokens, readings) if slipped else ""
    if known.route_words.intersection(words) or (found and all(m.topical for m in found)):
        return MedicineReading(name, found, Match.TOPICAL, read_as, corrected)
    if not found:
        return MedicineReading(name, (), Match.NONE)
    if slipped:
        return MedicineReading(name, found, Match.FUZZY, read_as, corrected)
    return MedicineReading(name, found, Match.EXACT)


def _is_salt_of_neighbour(
    hit: tuple[int, int, tuple[Medicine, ...]],
    hits: list[tuple[int, int, tuple[Medicine, ...]]],
    words: list[str],
    tokens: list[tuple[str, int, int]],
    name: str,
) -> bool:
    """Whether *hit* is a lone salt word that belongs to the word beside it.

    "esomeprazol magnesium", "rosuvastatine calcium", "natrium-levothyroxine": the salt stands
    right beside (space or hyphen) another medicine, or beside a word the vocabulary does not
    know (most likely a medicine it lacks). "calcium 500 mg", "calcium carbonaat" and
    "alendronaat + calcium" keep their calcium.
    """
    first, last, _medicine = hit
    salts = vocabulary().salts
    if last - first != 1 or words[first] not in salts:
        return False
    covered = {
        i for start, end, _m in hits if (start, end) != (first, last) for i in range(start, end)
    }
    for neighbour in (first - 1, last):
        if not 0 <= neighbour < len(words):
            continue
        left, right = sorted((neighbour, first))
        if not _SALT_GAP.fullmatch(name[tokens[left][2] : tokens[right][1]]):
            continue
        word = words[neighbour]
        if neighbour in covered or (word not in _known_words() and len(word) >= 3):
            return True
    return False


def _corrected(
    name: str, tokens: list[tuple[str, int, int]], readings: list[tuple[str, bool]]
) -> str:
    """*name* with each slipped word replaced by the vocabulary word it was read as."""
    text = name
    for (_word, start, end), (target, slip) in reversed(list(zip(tokens, readings, strict=True))):
        if slip:
            spelling = _spelling_of_word(target)
            if name[start:end][:1].isupper():
                spelling = spelling[:1].upper() + spelling[1:]
            text = text[:start] + spelling + text[end:]
    return text


@cache
def _spelling_of_word(word: str) -> str:
    """*word* (folded) as the vocabulary writes it ("coaprovel" -> "CoAprovel")."""
    for spelling in vocabulary().spellings.values():
        for typed, start, end in _tokens(spelling):
            if typed == word:
                return spelling[start:end]
    return word


def recognise(name: str) -> tuple[Medicine, ...]:
    """The medicines named in *name* that act on the whole body (not topical); empty if none."""
    reading = read(name)
    if reading.match not in (Match.EXACT, Match.FUZZY):
        return ()
    return tuple(medicine for medicine in reading.medicines if not medicine.topical)


@dataclass(frozen=True)
class RecognisedMedicines:
    """What a client's list of medicines names: read once per client context, asked often."""

    #: (name as typed, recognised medicine), in the order typed; topical entries left out.
    found: tuple[tuple[str, Medicine], ...] = ()
    #: Names (as typed) in which no known medicine was found (no topical entry among them).
    unrecognised: tuple[str, ...] = ()
    #: How each line was read, in the order typed (blank lines skipped).
    readings: tuple[MedicineReading, ...] = ()

    def of_kind(self, kind: MedicineClass) -> list[tuple[str, Medicine]]:
        """The client's medicines of *kind*: (name as typed, recognised medicine)."""
        return [(typed, medicine) for typed, medicine in self.found if medicine.kind is kind]

    def names_of(self, kind: MedicineClass) -> list[str]:
        """The names as typed that name a medicine of *kind* (each once)."""
        return list(dict.fromkeys(typed for typed, _medicine in self.of_kind(kind)))

    def reading_of(self, typed: str) -> MedicineReading | None:
        """How the line *typed* was read (None if it is not in the list)."""
        return next((r for r in self.readings if r.as_typed == typed), None)


def recognise_all(names: tuple[str, ...] | list[str]) -> RecognisedMedicines:
    """Every medicine in a client's list (blank lines skipped)."""
    found: list[tuple[str, Medicine]] = []
    unrecognised: list[str] = []
    readings: list[MedicineReading] = []
    for typed in names:
        if not typed.strip():
            continue
        reading = read(typed)
        readings.append(reading)
        if reading.match is Match.NONE:
            unrecognised.append(typed)
        elif reading.match is not Match.TOPICAL:
            found += [(typed, medicine) for medicine in reading.medicines if not medicine.topical]
    return RecognisedMedicines(tuple(found), tuple(unrecognised), tuple(readings))
