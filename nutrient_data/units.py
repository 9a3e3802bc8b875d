"""International Units (IU) to mass and back, for vitamins D and E, and percent
of energy to grams, for fatty acids.

Supplement labels still give these two vitamins in IU; the DRIs use mass.
EFSA gives alpha-linolenic acid as a percentage of energy intake (E%).

Factors, with the reference in the dataset that publishes each:

* vitamin D: 1 ug cholecalciferol = 40 IU (``iom-2011-dri-calcium-vitamin-d``);
* vitamin E: 1 IU = 0.67 mg alpha-tocopherol for the natural form (RRR-, "d-")
  and 0.45 mg for the synthetic form (all-rac-, "dl-")
  (``ods-vitamin-e-fact-sheet``);
* vitamin E against its UL: the UL counts every form of supplemental
  alpha-tocopherol, so IU convert by the report's own table of IU equal to the
  adult UL of 1,000 mg: 1,100 IU synthetic or 1,500 IU natural
  (``iom-2000-dri-antioxidants``, Table 9-1; its footnote says the requirement
  factors above do not apply to the UL);
* fat (so a fatty acid): 9 kcal (37 kJ) per gram, the energy conversion factor
  for fat in EU food labelling (Regulation (EU) No 1169/2011, Annex XIV). It
  is stated here as the factor this package uses; EFSA's opinion gives the
  ALA value in E% only.
"""

from __future__ import annotations

import math
from fractions import Fraction

from nutrient_data.named_tuple import NamedTuple
from nutrient_data.problem import shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    from nutrient_data.vocab import VitaminEForm


class Factor(NamedTuple):
    """``mass_per_iu`` of ``unit`` in one IU, as published in ``reference_id``.

    The factor is an exact fraction, so that an amount converts without
    rounding (4,000 IU of vitamin D is exactly the 100 ug UL).
    """

    nutrient: str
    unit: Literal["ug", "mg"]
    mass_per_iu: Fraction
    reference_id: str
    form: VitaminEForm | None = None

    def to_mass(self, iu: float | Fraction) -> float:
        """Mass, in ``unit``, of ``iu`` IU (a ``float``, rounded once at the end)."""
        return _finite(_checked(iu, "IU") * self.mass_per_iu, iu, "IU")

    def to_iu(self, mass: float | Fraction) -> float:
        """IU of ``mass``, given in ``unit``."""
        return _finite(_checked(mass, self.unit) / self.mass_per_iu, mass, self.unit)


def _shown(amount: object) -> str:
    if isinstance(amount, float):
        return f"{amount:g}"
    return shorten(str(amount).strip(), 40)


def _checked(amount: object, unit: str) -> Fraction:
    """``amount`` exactly, if it is a finite amount of 0 or more (any kind of
    number, read as every input is; text is not a number), else ConversionError."""
    from nutrient_data.user_input import exact_number

    try:
        if isinstance(amount, str):
            raise ValueError("must be a number")
        return exact_number(amount, "an amount", below=math.inf)
    except ValueError as error:
        if "must be a number" in str(error):
            raise ConversionError(
                f"an amount must be a number, got {type(amount).__name__}"
            ) from None
        raise ConversionError(
            "an amount must be a finite number of 0 or more, got "
            f"{_shown(amount)} {unit}"
        ) from None


def _finite(result: Fraction, amount: object, unit: str) -> float:
    try:
        return float(result)
    except OverflowError:
        raise ConversionError(
            f"{_shown(amount)} {unit} is too large to convert"
        ) from None


FACTORS: tuple[Factor, ...] = (
    Factor("vitamin-d", "ug", Fraction(1, 40), "iom-2011-dri-calcium-vitamin-d"),
    Factor("vitamin-e", "mg", Fraction("0.67"), "ods-vitamin-e-fact-sheet", "natural"),
    Factor(
        "vitamin-e", "mg", Fraction("0.45"), "ods-vitamin-e-fact-sheet", "synthetic"
    ),
)
UL_FACTORS: tuple[Factor, ...] = (
    Factor(
        "vitamin-e", "mg", Fraction(1000, 1500), "iom-2000-dri-antioxidants", "natural"
    ),
    Factor(
        "vitamin-e",
        "mg",
        Fraction(1000, 1100),
        "iom-2000-dri-antioxidants",
        "synthetic",
    ),
)
"""Vitamin E IU as mass of all forms of alpha-tocopherol, for its UL only."""


class ConversionError(ValueError):
    """No published IU factor fits the request."""


def factor_for(
    nutrient: str, form: VitaminEForm | None = None, *, for_ul: bool = False
) -> Factor:
    """The IU factor of ``nutrient`` (vitamin E needs ``form``).

    ``for_ul`` picks the factor that counts an amount against the UL where the
    UL counts more forms than the requirement does (vitamin E).
    """
    ul_matches = [f for f in UL_FACTORS if f.nutrient == nutrient] if for_ul else []
    matches = ul_matches or [f for f in FACTORS if f.nutrient == nutrient]
    if not matches:
        known = ", ".join(sorted({f.nutrient for f in FACTORS}))
        raise ConversionError(
            f"no IU conversion for {nutrient!r}; IU applies to {known}"
        )
    if len(matches) > 1:
        if form is None:
            raise ConversionError(
                f"{nutrient} needs a form: 'natural' (RRR-, d-) "
                "or 'synthetic' (all-rac-, dl-)"
            )
        matches = [f for f in matches if f.form == form]
        if not matches:
            raise ConversionError(
                f"form must be 'natural' or 'synthetic', got {shorten(repr(form))}"
            )
    return matches[0]


def iu_to_mass(iu: float, nutrient: str, form: VitaminEForm | None = None) -> float:
    """Mass (in the factor's unit: ug for vitamin D, mg for vitamin E) of ``iu`` IU."""
    return factor_for(nutrient, form).to_mass(iu)


def mass_to_iu(mass: float, nutrient: str, form: VitaminEForm | None = None) -> float:
    """IU of ``mass`` (ug for vitamin D, mg for vitamin E)."""
    return factor_for(nutrient, form).to_iu(mass)


KCAL_PER_GRAM_FAT = 9.0
MAX_KCAL = 20_000
"""An energy intake per day is below this (kcal)."""


def percent_energy_to_grams(
    percent: float, energy_kcal: float, kcal_per_gram: float = KCAL_PER_GRAM_FAT
) -> float:
    """Grams per day that supply ``percent`` of ``energy_kcal`` kcal per day.

    >>> percent_energy_to_grams(0.5, 2000)  # EFSA's ALA AI at 2,000 kcal/day
    1.1111111111111112
    """
    from nutrient_data.user_input import exact_number

    given = {"percent": (percent, math.inf), "energy_kcal": (energy_kcal, MAX_KCAL)}
    given["kcal_per_gram"] = (kcal_per_gram, 100)
    exact = {}
    for name, (value, below) in given.items():
        if isinstance(value, str):
            shown = shorten(repr(value))
            raise ConversionError(f"{name} must be a number, got {shown}")
        exact[name] = exact_number(value, name, below=below, error=ConversionError)
    if exact["percent"] > 100:
        raise ConversionError(
            f"percent must be at most 100, got {shorten(repr(percent))}"
        )
    if exact["kcal_per_gram"] == 0:
        raise ConversionError("kcal_per_gram must be above 0")
    grams = exact["energy_kcal"] * exact["percent"] / 100 / exact["kcal_per_gram"]
    return float(grams)
