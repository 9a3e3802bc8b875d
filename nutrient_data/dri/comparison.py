"""Several authorities' values for one person, side by side, with where they differ."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.dri.lookup import intake_for
from nutrient_data.dri.tables import kinds, tables_of
from nutrient_data.lifestages import life_stage_for
from nutrient_data.problem import NoValuesError, PersonError
from nutrient_data.vocab import PERCENT_ENERGY, UL_APPLIES_TO

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from nutrient_data.dri.result import PersonIntake
    from nutrient_data.vocab import Sex


class Comparison:
    """One nutrient's values for one person from each authority compared.

    ``values`` maps each authority id, in order, to its answer, or to ``None``
    where the dataset records no table of it for the nutrient yet; where an
    authority splits a nutrient (EFSA omega-3), it is its main part (ALA).
    Each answer is also an attribute (``comparison.us``, ``comparison.efsa``).
    ``differences`` says in words where they disagree, and ``why`` gives the
    reason the dataset records (for example a different criterion of adequacy).
    """

    __slots__ = ("differences", "nutrient", "values", "why")

    def __init__(
        self,
        nutrient: str,
        values: dict[str, PersonIntake | None],
        differences: tuple[str, ...],
        why: str | None,
    ) -> None:
        self.nutrient = nutrient
        self.values = values
        self.differences = differences
        self.why = why

    def __getattr__(self, name: str) -> PersonIntake | None:
        values: dict[str, PersonIntake | None] = object.__getattribute__(self, "values")
        for authority, value in values.items():
            if authority.replace("-", "_") == name:
                return value
        raise AttributeError(name)

    def __repr__(self) -> str:
        return (
            f"Comparison(nutrient={self.nutrient!r}, values={self.values!r}, "
            f"differences={self.differences!r}, why={self.why!r})"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "nutrient": self.nutrient,
            **{a: v.as_json() if v else None for a, v in self.values.items()},
            "differences": list(self.differences),
            "why": self.why,
        }


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "none"
    return f"{value:g}% of energy" if unit == PERCENT_ENERGY else f"{value:g} {unit}"


def intake_words(row: PersonIntake) -> str:
    """The value to aim for with its kind, or why there is none."""
    if row.value is None and kinds(row.authority).role.get(row.kind or "") == "not-set":
        return "sets no value"
    if row.value is None and row.value_range is not None:
        low, high = row.value_range
        return f"{row.kind} {low:g}-{_amount(high, row.unit)} (a range)"
    if row.value is None and kinds(row.authority).role.get(row.kind or "") == (
        "requirement"
    ):
        return "a requirement only (no intake to aim for)"
    if row.value is None:
        return f"{row.kind or 'value'} not recorded here"
    return f"{row.kind} {_amount(row.value, row.unit)}"


def _unit(row: PersonIntake) -> str:
    return (
        "percent of energy intake" if row.unit == PERCENT_ENERGY else f"{row.unit}/day"
    )


def _limit(row: PersonIntake) -> str:
    """The upper level, named by its kind where the authority sets more than one."""
    codes = sorted(kinds(row.authority).codes("upper-limit"))
    if len(codes) < 2:
        return _amount(row.ul, row.unit)
    return f"{row.ul_kind or kinds(row.authority).first('upper-limit')} " + _amount(
        row.ul, row.unit
    )


def _requirement(row: PersonIntake) -> str:
    code = kinds(row.authority).first("requirement") or "requirement"
    return f"{code} {_amount(row.average_requirement, row.unit)}"


def requirement_words(row: PersonIntake) -> str:
    """The average requirement, or whether the authority sets none at all
    (no kind of that role) or none for this group."""
    code = kinds(row.authority).first("requirement")
    if code is None:
        return "sets no average requirement"
    if row.average_requirement is None:
        return f"no {code} for this group"
    return _requirement(row)


def limit_words(row: PersonIntake) -> str:
    """The upper level with its kind; where there is none, "none set", or "not
    confirmed" for a dietary-reference authority the data records no kind of
    upper level for (its levels could not be read)."""
    kind = kinds(row.authority)
    if row.ul is not None:
        label = kind.label.get(row.ul_kind or "", row.ul_kind or "upper level")
        return f"{label} {_amount(row.ul, row.unit)}"
    dietary = bundle.authority(row.authority)["purpose"] == "dietary-reference"
    return "not confirmed" if dietary and not kind.codes("upper-limit") else "none set"


def differences(*rows: PersonIntake, words: bool = False) -> tuple[str, ...]:
    """Where the answers disagree, one sentence each: as the API has always
    given them, or (``words``) as the command prints them, with an absent
    value or level explained and what the levels limit in words."""

    def line(head: str, part: Any, among: Sequence[PersonIntake] = rows) -> str:
        return (
            f"{head}"
            + ", ".join(f"{kinds(r.authority).short_name} {part(r)}" for r in among)
            + "."
        )

    def differ(key: Any) -> bool:
        return len({key(r) for r in rows}) > 1

    found = []
    if differ(lambda r: r.unit):
        found.append(line("The units differ: ", _unit))
    if differ(lambda r: (r.kind, r.value)):
        found.append(line("Intake: ", intake_words))
    if differ(lambda r: r.average_requirement):
        found.append(
            line("Average requirement: ", requirement_words if words else _requirement)
        )
    if differ(lambda r: r.ul):
        found.append(line("Upper level: ", limit_words if words else _limit))
    limited = [r for r in rows if r.ul is not None] if words else rows
    if len({r.ul_applies_to for r in limited}) > 1:
        head = "The upper levels limit different intakes"
        found.append(
            _scopes(f"{head}. ", limited)
            if words
            else line(f"{head}: ", lambda r: r.ul_applies_to)
        )
    return tuple(found)


def _scopes(head: str, rows: Sequence[PersonIntake]) -> str:
    """``head``, then the authorities whose levels limit each intake, in words."""
    by_scope: dict[str, list[str]] = {}
    for row in rows:
        scope = row.ul_applies_to
        shown = UL_APPLIES_TO[scope] if scope != "no-ul-set" else scope
        by_scope.setdefault(shown, []).append(kinds(row.authority).short_name)
    return head + "; ".join(f"{', '.join(a)}: {s}" for s, a in by_scope.items()) + "."


def covering(
    age: float, sex: Sex, *, pregnant: bool = False, lactating: bool = False
) -> tuple[str, ...]:
    """The dietary-reference authorities that have a group for the person."""
    found = []
    for authority in bundle.authority_ids():
        if bundle.authority(authority)["purpose"] != "dietary-reference":
            continue
        try:
            life_stage_for(
                age, sex, pregnant=pregnant, lactating=lactating, authority=authority
            )
        except PersonError:
            continue
        found.append(authority)
    return tuple(found)


def compare(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    phytate: int | None = None,
    authorities: Sequence[str] | None = None,
) -> Comparison:
    """One nutrient's values for a person from several authorities, side by side.

    ``authorities`` are ids (default: every dietary-reference authority with a
    group for the person, in the data's order); each must have a group for the
    person. ``phytate`` applies to the authorities whose zinc values depend
    on it.
    """
    nutrient_id = bundle.nutrient_id(nutrient)
    if authorities is None:
        authorities = covering(age, sex, pregnant=pregnant, lactating=lactating)
        if not authorities:  # say why the default authority refuses
            life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    values: dict[str, PersonIntake | None] = {}
    for authority in authorities:
        stage = life_stage_for(
            age, sex, pregnant=pregnant, lactating=lactating, authority=authority
        )
        try:
            main = tables_of(nutrient_id, authority)[0]
        except NoValuesError:
            values[authority] = None
            continue
        depends = any(r.get("phytate_mg") for r in main.get("values", ()))
        values[authority] = intake_for(
            nutrient_id, stage, sex=sex, age=age, phytate=phytate if depends else None
        )
    answered = [v for v in values.values() if v is not None]
    found = differences(*answered) if len(answered) > 1 else ()
    whys = [
        (authority, why)
        for authority in list(values)[1:]
        if values[authority] is not None
        and (
            why := bundle.tables(authority, nutrient_id)[0].get(
                "why_it_differs_from_us"
            )
        )
    ]
    why = (
        whys[0][1]
        if len(whys) == 1
        else " ".join(f"{kinds(a).short_name}: {w}" for a, w in whys) or None
    )
    return Comparison(nutrient_id, values, found, why)
