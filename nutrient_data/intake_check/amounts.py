"""Amounts a person gives (a number and a unit) and their exact conversion.

Amounts are kept as exact fractions from the digits typed to the nutrient's
table unit, so that an intake equal to a limit compares as equal (1.1 mg is
exactly 1,100 ug). IU factors come from :mod:`nutrient_data.units`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import shorten
from nutrient_data.user_input import LARGEST, UNIT_ALIASES, exact_number
from nutrient_data.user_input import unit_named as _unit_named

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nutrient_data.user_input import Unit
    from nutrient_data.vocab import VitaminEForm

__all__ = [
    "LARGEST",
    "UG_PER_UNIT",
    "UNIT_ALIASES",
    "Amount",
    "AmountError",
    "in_table_unit",
    "number",
    "parse_amount",
    "unit_named",
]
UG_PER_UNIT: dict[str, int] = {"ug": 1, "mg": 1_000, "g": 1_000_000}
_AMOUNT = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$")
"""A number, then the rest (a number alone leaves the rest empty)."""


class AmountError(ValueError):
    """An amount, unit or entry that cannot be used; the message says why."""


class Amount(NamedTuple):
    """A non-negative finite amount per day in ``unit``; ``form`` for vitamin E IU."""

    value: Fraction
    unit: Unit
    form: VitaminEForm | None = None

    def __str__(self) -> str:
        return f"{float(self.value):g} {self.unit}"


def unit_named(text: str) -> Unit:
    """The unit spelled ``text``; an :class:`AmountError` for any other."""
    return _unit_named(text, AmountError)


def number(value: object) -> Fraction:
    """An exact, finite, non-negative number below :data:`LARGEST`, from text
    or any kind of number (:func:`nutrient_data.user_input.exact_number`)."""
    return exact_number(value, "amount", below=LARGEST, error=AmountError)


def parse_amount(text: str, form: VitaminEForm | None = None) -> Amount:
    """Read an amount such as ``400mg``, ``2.5 g`` or ``4000IU``."""
    spelled = text.strip()
    if spelled[spelled[:1] in "+-" :][:3].casefold() in ("inf", "nan"):
        raise AmountError(f"amount must be a finite number, got {shorten(spelled)!r}")
    match = _AMOUNT.match(spelled)
    if match is None:
        raise AmountError(
            f"missing amount in {shorten(spelled)!r}: "
            "give a number and a unit, such as 400mg"
        )
    if not match[2]:
        raise AmountError(
            f"missing unit in {shorten(spelled)!r}: add mg, ug (also µg, mcg), g or IU"
        )
    return Amount(number(match[1]), unit_named(match[2]), form)


def in_table_unit(
    amount: Amount, nutrient: str, table_unit: str, *, for_ul: bool = False
) -> Fraction:
    """``amount`` exactly in ``table_unit`` (a mass unit) for ``nutrient``.

    IU convert by the nutrient's published factor; ``for_ul`` uses the factor
    that counts vitamin E against its UL (all forms of alpha-tocopherol).
    """
    if table_unit not in UG_PER_UNIT:
        raise AmountError(f"{nutrient}'s values are in {table_unit}, not a mass")
    value, unit = amount.value, amount.unit
    if unit == "IU":
        from nutrient_data.units import ConversionError, factor_for  # IU only

        try:
            factor = factor_for(nutrient, amount.form, for_ul=for_ul)
        except ConversionError as error:
            if "needs a form" in str(error):
                raise AmountError(
                    f"{nutrient} in IU needs its form, natural (d-, RRR-) or "
                    "synthetic (dl-, all-rac-): it is not guessed"
                ) from None
            raise AmountError(
                f"unit IU does not fit {nutrient}: IU is used for vitamin-d and "
                "vitamin-e only; give mg, ug or g"
            ) from None
        value, unit = value * factor.mass_per_iu, factor.unit
    return value * UG_PER_UNIT[unit] / UG_PER_UNIT[table_unit]
