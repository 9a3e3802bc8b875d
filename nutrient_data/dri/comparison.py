"""Both authorities' values for one person, side by side, with where they differ."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.dri.lookup import INTAKE_FIELDS, intake_for
from nutrient_data.lifestages import life_stage_for
from nutrient_data.named_tuple import NamedTuple
from nutrient_data.vocab import PERCENT_ENERGY

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from nutrient_data.dri.result import PersonIntake
    from nutrient_data.vocab import Sex


class Comparison(NamedTuple):
    """One nutrient's US and EFSA values for one person.

    ``efsa`` is ``None`` where the dataset records no EFSA table for the
    nutrient yet; where EFSA splits a nutrient (omega-3), it is the part the
    US values count (ALA). ``differences`` says in words where the two disagree, and
    ``why`` gives the reason the dataset records (for example a different
    criterion of adequacy).
    """

    nutrient: str
    us: PersonIntake
    efsa: PersonIntake | None
    differences: tuple[str, ...]
    why: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "nutrient": self.nutrient,
            "us": self.us.as_json(),
            "efsa": self.efsa.as_json() if self.efsa else None,
            "differences": list(self.differences),
            "why": self.why,
        }


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "none"
    return f"{value:g}% of energy" if unit == PERCENT_ENERGY else f"{value:g} {unit}"


def _intake(row: PersonIntake) -> str:
    if row.kind in ("ND", "not-set"):
        return "sets no value"
    if row.value is None and row.value_range is not None:
        low, high = row.value_range
        return f"{row.kind} {low:g}-{_amount(high, row.unit)} (a range)"
    if row.value is None:
        return f"{row.kind or 'value'} not recorded here"
    return f"{row.kind} {_amount(row.value, row.unit)}"


def differences(us: PersonIntake, efsa: PersonIntake) -> tuple[str, ...]:
    """Where the two answers disagree, one sentence each."""
    found = []
    if us.unit != efsa.unit:
        found.append(
            f"The units differ: US {us.unit}/day, EFSA "
            + (
                "percent of energy intake."
                if efsa.unit == PERCENT_ENERGY
                else f"{efsa.unit}/day."
            )
        )
    if (us.kind, us.value) != (efsa.kind, efsa.value):
        found.append(f"Intake: US {_intake(us)}, EFSA {_intake(efsa)}.")
    if us.average_requirement != efsa.average_requirement:
        found.append(
            f"Average requirement: US EAR {_amount(us.average_requirement, us.unit)}, "
            f"EFSA AR {_amount(efsa.average_requirement, efsa.unit)}."
        )
    if us.ul != efsa.ul:
        found.append(
            f"Upper level: US {_amount(us.ul, us.unit)}, EFSA "
            f"{efsa.ul_kind or 'UL'} {_amount(efsa.ul, efsa.unit)}."
        )
    if us.ul_applies_to != efsa.ul_applies_to:
        found.append(
            f"The upper levels limit different intakes: US {us.ul_applies_to}, "
            f"EFSA {efsa.ul_applies_to}."
        )
    return tuple(found)


def compare(
    nutrient: str,
    *,
    age: float,
    sex: Sex,
    pregnant: bool = False,
    lactating: bool = False,
    phytate: int | None = None,
) -> Comparison:
    """The US and EFSA values of one nutrient for a person, side by side."""
    record = bundle.nutrient(nutrient, *INTAKE_FIELDS["us"], "efsa")
    us_stage = life_stage_for(age, sex, pregnant=pregnant, lactating=lactating)
    us = intake_for(record, us_stage, sex=sex, age=age)
    if not record.get("efsa"):
        return Comparison(record["id"], us, None, (), None)
    efsa_stage = life_stage_for(
        age, sex, pregnant=pregnant, lactating=lactating, authority="efsa"
    )
    efsa = intake_for(record, efsa_stage, sex=sex, age=age, phytate=phytate)
    why = record["efsa"][0].get("why_it_differs_from_us")
    return Comparison(record["id"], us, efsa, differences(us, efsa), why)
