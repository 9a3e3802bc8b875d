"""A nutrient amount as a food label states it: percent of a labelling reference.

A labelling authority (the FDA's Daily Values, the EU's Nutrient Reference
Values) is data like any other: its table gives the reference amount for each
population, and its ``labelling`` block says how its rule rounds the
percentage for a label and which share of the reference makes a "significant
amount". Nothing here knows one authority from another.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from nutrient_data import bundle
from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import NoValuesError, PersonError, shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    JSON = Mapping[str, Any]

DEFAULT_LABEL_AUTHORITY = "fda-dv"
BASES = ("per-100g", "per-100ml-beverage", "per-portion")
"""What an amount may be given per, for the significant-amount test."""


class LabelValue(NamedTuple):
    """An amount as a percentage of a labelling reference.

    ``percent`` is the exact share; ``label_percent`` is it rounded as the
    rule rounds it for a label (``None`` where the data records no rounding
    rule), and ``label`` the text a label shows (``"<2%"`` below the rule's
    floor). ``significant`` says whether the amount is a significant amount
    for its ``basis`` (``None`` where no basis was given or the rule sets no
    threshold for it), against ``significant_percent``.
    """

    nutrient: str
    authority: str
    population: str
    population_label: str
    amount: float
    unit: str
    reference: float
    kind: str
    reference_id: str | None
    percent: float
    label_percent: float | None
    label: str
    basis: str | None
    significant: bool | None
    significant_percent: float | None
    note: str | None

    def as_json(self) -> dict[str, Any]:
        """The answer as a JSON object (the CLI's ``--json`` form)."""
        return self._asdict()


def labelling_authorities() -> tuple[str, ...]:
    """The ids of the authorities whose purpose is labelling."""
    return tuple(
        a
        for a in bundle.authority_ids()
        if bundle.authority(a)["purpose"] == "labelling"
    )


def _group(authority: JSON, population: str) -> JSON:
    """The group named by ``population``: its id, or the one group whose id
    starts with it (``adults`` for ``adults-and-children-4y-plus``)."""
    groups = authority["groups"]
    exact = [g for g in groups if g["id"] == population]
    found = exact or [g for g in groups if g["id"].startswith(f"{population}-")]
    if len(found) != 1:
        ids = ", ".join(g["id"] for g in groups)
        raise PersonError(
            f"population must be one of {ids} ({authority['short_name']}), "
            f"got {shorten(repr(population))}"
        )
    chosen: JSON = found[0]
    return chosen


def _rounded(percent: Fraction, steps: Sequence[JSON]) -> Fraction | None:
    for band in steps:
        top = band["up_to"]
        if top is None or percent <= Fraction(repr(float(top))):
            step = Fraction(repr(float(band["step"])))
            multiple = Decimal(percent.numerator) / Decimal(percent.denominator)
            multiple /= Decimal(step.numerator) / Decimal(step.denominator)
            whole = multiple.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            return Fraction(int(whole)) * step
    return None


def _text(value: float) -> str:
    return f"{value:g}%"


def percent_of_reference(
    nutrient: str,
    amount: float | str,
    authority: str = DEFAULT_LABEL_AUTHORITY,
    population: str = "adults",
    *,
    basis: str | None = None,
) -> LabelValue:
    """``amount`` of ``nutrient`` as a label states it against ``authority``'s
    reference for ``population`` (a group id of the authority, or the start
    of one: ``"adults"``).

    ``amount`` is a number in the reference's unit, or text with its unit
    (``"400mg"``, ``"25ug"``, ``"1000IU"`` for vitamin D). ``basis``
    (``"per-100g"``, ``"per-100ml-beverage"`` or ``"per-portion"``) asks
    whether the amount is a significant amount where the rule sets one.
    Raises :class:`~nutrient_data.problem.PersonError` for an unknown
    authority or population, :class:`~nutrient_data.problem.NoValuesError`
    where the authority sets no reference for the nutrient.

    Not medical advice: a labelling reference is not a person's requirement.
    """
    record = bundle.authority(authority)
    nutrient_id = bundle.nutrient_id(nutrient)
    group = _group(record, population)
    if basis is not None and basis not in BASES:
        raise PersonError(f"basis must be one of {', '.join(BASES)}, got {basis!r}")
    tables = bundle.tables(authority, nutrient_id)
    rows = [
        r
        for t in tables[:1]
        for r in t.get("values", ())
        if r["group"] == group["id"] and r.get("value") is not None
    ]
    short = record["short_name"]
    if not tables or not rows:
        why = tables[0].get("status_note") if tables else None
        raise NoValuesError(
            f"no {short} reference for {nutrient_id} ({group['label']})"
            + (f": {why}" if why else "")
        )
    table, row = tables[0], rows[0]
    exact = _amount(amount, nutrient_id, table["unit"])
    reference = Fraction(repr(float(row["value"])))
    percent = exact * 100 / reference
    rules = record.get("labelling") or {}
    rounded = _rounded(percent, rules.get("rounding", ()))
    below = rules.get("below")
    notes = [row["note"]] if row.get("note") else []
    if below is not None and percent < Fraction(repr(float(below))):
        label = f"<{below:g}%"
    elif rounded is not None:
        label = _text(float(rounded))
    else:
        label = _text(round(float(percent), 1))
        notes.append(f"No rounding rule of {short} is recorded; shown to 0.1%.")
    threshold = next(
        (
            s["percent"]
            for s in rules.get("significant_amounts", ())
            if s["basis"] == basis
        ),
        None,
    )
    if basis is not None and threshold is None:
        notes.append(f"{short} sets no significant amount {basis}.")
    return LabelValue(
        nutrient=nutrient_id,
        authority=authority,
        population=group["id"],
        population_label=group["label"],
        amount=float(exact),
        unit=table["unit"],
        reference=float(reference),
        kind=row["kind"],
        reference_id=row.get("reference_id"),
        percent=float(percent),
        label_percent=float(rounded) if rounded is not None else None,
        label=label,
        basis=basis,
        significant=percent >= Fraction(repr(float(threshold)))
        if threshold is not None
        else None,
        significant_percent=threshold,
        note=" ".join(notes) or None,
    )


def _amount(amount: float | str, nutrient_id: str, unit: str) -> Fraction:
    """``amount`` exactly, in ``unit``: a number already in it, or text with a
    unit of its own (converted, IU by the nutrient's factor)."""
    from nutrient_data.intake_check.amounts import (
        AmountError,
        in_table_unit,
        number,
        parse_amount,
    )

    try:
        if isinstance(amount, str):
            return in_table_unit(parse_amount(amount), nutrient_id, unit)
        return number(amount)
    except AmountError as error:
        raise PersonError(str(error)) from None
