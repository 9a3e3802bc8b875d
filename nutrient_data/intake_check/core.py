"""Check a person's intake of each nutrient against the reference values.

Adequacy follows the National Academies' method for individuals (Institute of
Medicine, *Dietary Reference Intakes: Applications in Dietary Assessment*,
2000, doi:10.17226/9956): with an EAR and the CV of the requirement, the
probability that an intake is adequate is the normal CDF of
z = (intake - EAR) / (CV x EAR); at or above an AI the intake is likely
adequate, below it adequacy cannot be judged. Both assume usual intake. The
UL is compared with the part of the intake its scope counts. Everything is
read from the shipped bundle; no validators are built.
"""

from __future__ import annotations

import math
from fractions import Fraction

from nutrient_data import bundle
from nutrient_data.dri.lookup import intake_for, phytate_level
from nutrient_data.dri.tables import DEFAULT_PHYTATE, kinds, phytate_levels
from nutrient_data.intake_check.amounts import (
    UG_PER_UNIT,
    Amount,
    AmountError,
    in_table_unit,
    number,
    parse_amount,
    unit_named,
)
from nutrient_data.intake_check.result import (
    WORDS,
    Assessment,
    Interaction,
    NutrientCheck,
    Person,
    show,
)
from nutrient_data.lifestages import DEFAULT_AUTHORITY, life_stage_for
from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import NoValuesError, PersonError, UnknownNameError, shorten
from nutrient_data.user_input import exact_number
from nutrient_data.vocab import PERCENT_ENERGY, REFERENCE_UNITS, VITAMIN_E_FORMS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any, Literal

    from nutrient_data.dri.result import PersonIntake

    # matching medicine names is imported only when some are given
    from nutrient_data.intake_check.medicines import Match
    from nutrient_data.lifestages import LifeStage
    from nutrient_data.vocab import Sex, VitaminEForm

    Source = Literal["food", "supplement"]
    AmountLike = str | Amount | tuple[float | int | str, str]
    """``"400mg"``, ``(400, "mg")`` or an :class:`Amount`."""
    JSON = Mapping[str, Any]

CHECK_FIELDS = ("id", "name")
"""The fields of a nutrient record that a check reads (the values come from
the authority's tables)."""


def sum_unit(nutrient_id: str, authority: str) -> tuple[str, bool]:
    """The mass unit a nutrient's amounts are summed in, and whether an amount
    in IU counts against the upper level by the factor for the level.

    The unit is that of the authority's main table, where it is a mass; else
    (a table in percent of energy, or none) that of the first authority whose
    main table is in mass, so amounts can still be shown.
    """
    own = bundle.tables(authority, nutrient_id)
    counts_all = bool(own and own[0]["ul"].get("counts_all_forms"))
    for candidate in (authority, *bundle.authority_ids()):
        found = bundle.tables(candidate, nutrient_id)
        if found and found[0]["unit"] in UG_PER_UNIT:
            return found[0]["unit"], counts_all
    raise NoValuesError(f"no values in mass are recorded for {nutrient_id}")


class Entry(NamedTuple):
    """One amount of one nutrient from food or a supplement; ``where`` names
    its place in the input (a row or JSON path) for error messages."""

    nutrient: str
    amount: Amount
    source: Source
    where: str | None = None


def to_amount(value: AmountLike, form: VitaminEForm | None = None) -> Amount:
    """An :class:`Amount` from any accepted spelling; ``form`` for vitamin E IU."""
    if isinstance(value, Amount):
        return (
            value if value.form or not form else Amount(value.value, value.unit, form)
        )
    if isinstance(value, str):
        return parse_amount(value, form)
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], str):
        return Amount(number(value[0]), unit_named(value[1]), form)
    raise AmountError(
        f"an amount is a number and a unit, such as '400mg' or (400, 'mg'); "
        f"got {value!r}"
    )


def _entries(
    amounts: Mapping[str, AmountLike | list[AmountLike]] | None,
    source: Source,
    form: VitaminEForm | None,
) -> Iterable[Entry]:
    if amounts is not None and not hasattr(amounts, "items"):
        argument = "food" if source == "food" else "supplements"
        raise AmountError(
            f"{argument} maps a nutrient to an amount, such as "
            f"{{'magnesium': '400mg'}}; got {shorten(repr(amounts))}"
        )
    for name, given in (amounts or {}).items():
        if not isinstance(name, str):
            raise AmountError(f"a nutrient is named by text, got {shorten(repr(name))}")
        values = given if isinstance(given, list) else [given]
        if not values:
            raise AmountError(f"missing amount for {name!r}")
        for value in values:
            yield Entry(name, to_amount(value, form), source)


class _Sums:
    """Running totals of one nutrient, exact."""

    __slots__ = ("food", "supplement", "supplement_for_ul")

    def __init__(self) -> None:
        self.food = self.supplement = self.supplement_for_ul = Fraction(0)


def _exact(value: float) -> Fraction:
    """A published value as the decimal it was written as (2.4 is 12/5)."""
    return Fraction(repr(float(value)))


def probability_adequate(intake: float, ear: float, cv: float) -> float:
    """P(requirement <= intake) for a normal requirement with mean EAR, SD CV x EAR."""
    z = (intake - ear) / (cv * ear)
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def _locate(entry: Entry, error: Exception) -> AmountError:
    message = str(error)
    return AmountError(f"{entry.where}: {message}" if entry.where else message)


def _sum_entries(
    entries: Iterable[Entry], authority: str
) -> dict[str, tuple[JSON, _Sums]]:
    sums: dict[str, tuple[JSON, _Sums]] = {}
    for entry in entries:
        try:
            record = bundle.nutrient(entry.nutrient, *CHECK_FIELDS)
        except UnknownNameError as error:
            if entry.where is None:
                raise
            raise _locate(entry, error) from None
        unit, counts_all = sum_unit(record["id"], authority)
        try:
            mass = in_table_unit(entry.amount, record["id"], unit)
            for_ul = in_table_unit(entry.amount, record["id"], unit, for_ul=counts_all)
        except AmountError as error:
            raise _locate(entry, error) from None
        _, sum_ = sums.setdefault(record["id"], (record, _Sums()))
        if entry.source == "food":
            sum_.food += mass
        else:
            sum_.supplement += mass
            sum_.supplement_for_ul += for_ul
    return sums


def _reference(
    record: JSON, stage: LifeStage, person: Person
) -> tuple[PersonIntake | None, list[str], str | None]:
    """The person's values, or none with the reason in words (and, where the
    value cannot be judged without more from the person, the words that say so)."""
    name = bundle.authority(stage.authority)["name"]
    depends = phytate_levels(record["id"], stage.authority)
    phytate = person.phytate_mg if depends else None
    try:
        found = intake_for(
            record, stage, sex=person.sex, age=person.age, phytate=phytate
        )
    except NoValuesError:
        return None, [WORDS["no_authority"].format(authority=name)], None
    if found.unit == PERCENT_ENERGY and found.value is not None:
        share = {"kind": found.kind, "value": show(found.value)}
        if person.energy_kcal is None:
            return None, [], WORDS["needs_energy"].format(**share)
        grams = found.grams_for_energy(person.energy_kcal) or 0.0
        summed, _ = sum_unit(record["id"], stage.authority)
        unit = next(u for u in REFERENCE_UNITS if u == summed)  # typed as a unit
        value = float(Fraction(repr(grams)) * UG_PER_UNIT["g"] / UG_PER_UNIT[unit])
        note = WORDS["energy_basis"].format(
            authority=name, grams=show(grams), energy=show(person.energy_kcal), **share
        )
        return found._replace(value=value, unit=unit), [note], None
    if found.unit not in UG_PER_UNIT:
        return None, [WORDS["not_mass"].format(authority=name, unit=found.unit)], None
    return found, [], None


_JUDGED = ("recommendation", "adequate-intake")
"""The roles of the values an intake is judged against."""


def _adequacy(
    ref: PersonIntake | None, total: Fraction | None
) -> tuple[str, float | None, list[str]]:
    """Words, probability and notes for the intake against the RDA, AI or EAR."""
    if total is None:
        return WORDS["no_intake"], None, []
    role = kinds(ref.authority).role.get(ref.kind or "") if ref else None
    if ref is None or ref.value is None or role not in _JUDGED:
        return WORDS["no_value"], None, []
    value = _exact(ref.value)
    if role == "adequate-intake":
        return WORDS["ai_met" if total >= value else "ai_below"], None, []
    kind = {"kind": ref.kind}
    ear = ref.average_requirement
    if ear is None:
        words = WORDS["below_value" if total < value else "at_or_above"]
        return words.format(**kind), None, [WORDS["no_ear"]]
    if total < _exact(ear):
        words = WORDS["below_ear"]
    elif total < value:
        words = WORDS["between"].format(**kind)
    else:
        words = WORDS["at_or_above"].format(**kind)
    cv = ref.requirement_cv
    if not cv or not ear:
        return words, None, [WORDS["no_cv"]]
    p = probability_adequate(float(total), ear, cv)
    return words, p, [WORDS["usual_intake"]]


def _upper_limit(
    ref: PersonIntake | None, sums: _Sums | None
) -> tuple[float | None, bool | None, str, list[str]]:
    """The intake the UL counts, whether it is over, the words and notes."""
    applies = ref.ul_applies_to if ref else "no-ul-set"
    if ref is None or applies == "no-ul-set":
        return None, None, WORDS["no_ul"], []
    if ref.ul is None:
        return None, None, WORDS["no_ul_group"], [ref.ul_note] if ref.ul_note else []
    if sums is None:
        return None, None, WORDS["no_intake"], []
    supplemental = applies == "supplemental-only"
    counted = sums.supplement_for_ul + (0 if supplemental else sums.food)
    over = counted > _exact(ref.ul)
    code = ref.ul_kind or ""
    limit = kinds(ref.authority).label.get(code, code)
    if supplemental and limit == code:
        limit = f"{limit} for supplements"
    status = WORDS["over" if over else "not_over"].format(
        limit=limit, ul=show(ref.ul), unit=ref.unit
    )
    notes = []
    if sums.supplement_for_ul != sums.supplement:
        basis = WORDS["ul_basis_vitamin_e"]
        notes.append(basis.format(amount=show(float(sums.supplement_for_ul))))
    if supplemental and ref.ul_note:
        notes.append(ref.ul_note)
    return float(counted), over, status, notes


def _result(
    record: JSON,
    sums: _Sums | None,
    matches: Sequence[Match],
    stage: LifeStage,
    person: Person,
) -> NutrientCheck:
    ref, notes, not_judged = _reference(record, stage, person)
    if sums is None:
        notes.insert(0, WORDS["flagged_only"])
    if ref and ref.note:
        notes.append(ref.note)
    total = sums.food + sums.supplement if sums else None
    adequacy, p, adequacy_notes = _adequacy(ref, total)
    if not_judged and total is not None:
        adequacy = not_judged
    ul_intake, over, ul_status, ul_notes = _upper_limit(ref, sums)
    return NutrientCheck(
        nutrient=record["id"],
        name=record["name"],
        food=float(sums.food) if sums else None,
        supplement=float(sums.supplement) if sums else None,
        total=float(total) if total is not None else None,
        unit=ref.unit if ref else sum_unit(record["id"], stage.authority)[0],
        kind=ref.kind if ref and ref.kind else "not-set",
        value=ref.value if ref else None,
        average_requirement=ref.average_requirement if ref else None,
        requirement_cv=ref.requirement_cv if ref else None,
        probability_adequate=p,
        adequacy=adequacy,
        ul=ref.ul if ref else None,
        ul_kind=ref.ul_kind if ref else None,
        ul_applies_to=ref.ul_applies_to if ref else "no-ul-set",
        ul_intake=ul_intake,
        over_ul=over,
        ul_status=ul_status,
        interactions=tuple(
            Interaction(
                m.medicine, m.entry.agent, m.entry.effect, m.entry.reference_ids, m.via
            )
            for m in matches
        ),
        note=" ".join(notes + adequacy_notes + ul_notes) or None,
        reference_id=ref.reference_id if ref else None,
        ul_reference_id=ref.ul_reference_id if ref else None,
    )


def _phytate(phytate: object, authority: str) -> int | None:
    """The phytate level the person's values are read for: the one given, else
    the default where some of the authority's values depend on it; ``None``
    where none do (and giving one is refused, not ignored)."""
    level = phytate_level(phytate)
    depends = any(phytate_levels(n["id"], authority) for n in bundle.nutrients("id"))
    if level is not None and not depends:
        short = bundle.authority(authority)["short_name"]
        raise PersonError(
            f"phytate applies to values that depend on it; no {short} values do"
        )
    return level if level is not None or not depends else DEFAULT_PHYTATE


def check(
    entries: Iterable[Entry],
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    medicines: Sequence[str] = (),
    authority: str = DEFAULT_AUTHORITY,
    phytate: float | None = None,
    energy_kcal: float | None = None,
) -> Assessment:
    """Check ``entries`` and ``medicines`` for a person (see :func:`assess`)."""
    stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority=authority
    )
    energy = None
    if energy_kcal is not None:
        from nutrient_data.units import MAX_KCAL  # (units is for IU and energy)

        if isinstance(energy_kcal, str):
            raise AmountError(f"energy_kcal must be a number, got {energy_kcal!r}")
        energy = float(
            exact_number(energy_kcal, "energy_kcal", below=MAX_KCAL, error=AmountError)
        )
    person = Person(
        float(age),
        sex,
        pregnant,
        lactating,
        energy,
        _phytate(phytate, stage.authority),
    )
    sums = _sum_entries(entries, authority)
    if isinstance(medicines, str):
        medicines = [medicines]
    if not isinstance(medicines, list | tuple) or not all(
        isinstance(m, str) for m in medicines
    ):
        raise PersonError(
            f"medicines must be a list of names, got {shorten(repr(medicines))}"
        )
    matches: dict[str, list[Match]] = {}
    unmatched = []
    for medicine in medicines:
        from nutrient_data.intake_check.medicines import shipped_index

        found = shipped_index().match(medicine)
        if not found:
            unmatched.append(medicine)
        for m in found:
            matches.setdefault(m.entry.nutrient, []).append(m)
    results = tuple(
        _result(
            record,
            sums[record["id"]][1] if record["id"] in sums else None,
            matches.get(record["id"], ()),
            stage,
            person,
        )
        for record in (
            sums[n["id"]][0]
            if n["id"] in sums
            else bundle.nutrient(n["id"], *CHECK_FIELDS)
            for n in bundle.nutrients("id")
            if n["id"] in sums or n["id"] in matches
        )
    )
    return Assessment(
        stage.authority, stage.id, stage.label, results, tuple(unmatched), person
    )


def assess(
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    food: Mapping[str, AmountLike | list[AmountLike]] | None = None,
    supplements: Mapping[str, AmountLike | list[AmountLike]] | None = None,
    medicines: Sequence[str] = (),
    authority: str = DEFAULT_AUTHORITY,
    vitamin_e_form: VitaminEForm | None = None,
    phytate: float | None = None,
    energy_kcal: float | None = None,
) -> Assessment:
    """Check what a person takes against the reference values, nutrient by nutrient.

    ``food`` and ``supplements`` map a nutrient (id, name or synonym) to an
    amount per day, such as ``"400mg"``, ``"4000IU"`` or ``(2.5, "g")``, or to
    a list of them. Vitamin E in IU needs ``vitamin_e_form`` (``"natural"`` or
    ``"synthetic"``); it is never guessed. ``medicines`` are names, matched
    against the dataset's interaction records. ``phytate`` (300, 600, 900 or
    1200 mg/day; EFSA only, 300 when not given) picks EFSA's zinc values, and
    the level used is ``person.phytate_mg`` of the result. ``energy_kcal``
    (kcal/day) lets a value set as a share of energy (EFSA's ALA AI) be
    judged; without it such a value is said to need it. Raises
    :class:`~nutrient_data.lookup.UnknownNameError`,
    :class:`~nutrient_data.intake_check.amounts.AmountError` or
    :class:`~nutrient_data.problem.PersonError` for input it cannot use.

    >>> from nutrient_data import assess
    >>> r = assess(age=45, sex="female", supplements={"magnesium": "400mg"})
    >>> r.result("magnesium").over_ul, r.result("magnesium").ul
    (True, 350.0)
    """
    if vitamin_e_form is not None and vitamin_e_form not in VITAMIN_E_FORMS:
        raise AmountError(
            f"vitamin_e_form must be 'natural' or 'synthetic', got {vitamin_e_form!r}"
        )
    entries = [
        *_entries(food, "food", vitamin_e_form),
        *_entries(supplements, "supplement", vitamin_e_form),
    ]
    return check(
        entries,
        age=age,
        sex=sex,
        pregnant=pregnant,
        lactating=lactating,
        medicines=medicines,
        authority=authority,
        phytate=phytate,
        energy_kcal=energy_kcal,
    )
