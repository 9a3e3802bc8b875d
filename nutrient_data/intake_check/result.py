"""What an intake check answers for one nutrient, and the words it uses.

The words live in :data:`WORDS` so that the command line and the site's page
(which reads them from the published configuration) say exactly the same.
"""

from __future__ import annotations

from nutrient_data.named_tuple import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


WORDS: dict[str, str] = {
    "no_intake": "no intake given",
    "no_value": "no reference value for this group",
    "ai_met": "at or above the AI: likely adequate",
    "ai_below": "below the AI: adequacy cannot be judged",
    "below_ear": "below the average requirement",
    "between": "between the average requirement and the {kind}",
    "at_or_above": "at or above the {kind}",
    "below_value": "below the {kind}",
    "no_ul": "no UL set",
    "no_ul_group": "no UL for this group",
    "over": "above the {limit} of {ul} {unit}",
    "not_over": "at or below the {limit} of {ul} {unit}",
    "limit_total": "UL",
    "limit_supplemental": "UL for supplements",
    "limit_safe": "safe level",
    "usual_intake": "The probability assumes the amounts are usual (long-term "
    "average) intake, not one day's (National Academies' method for individuals).",
    "no_ear": "No average requirement is recorded for this group, so no "
    "probability of adequacy is given.",
    "no_cv": "No CV of the requirement is recorded, so no probability of adequacy "
    "is given.",
    "flagged_only": "Listed because of a medicine; no amount was given.",
    "not_mass": "The {authority} value is in {unit}, which an amount in mass does "
    "not convert to; it is not compared.",
    "no_authority": "No {authority} values are recorded for this nutrient yet.",
    "ul_basis_vitamin_e": "Against the UL, supplemental vitamin E in IU counts as "
    "all forms of alpha-tocopherol: {amount} mg (IOM 2000, Table 9-1).",
}
"""Every phrase of an answer; ``{...}`` are filled in per nutrient."""
DISCLAIMER = (
    "Not medical advice: this compares amounts with published reference values; "
    "it does not know your health, and a clinician should judge any change."
)


def show(value: float) -> str:
    """A number in words: up to six significant digits, no trailing zeros."""
    text = f"{value:.6g}"
    return text if "e" not in text else f"{value:.0f}"


class Interaction(NamedTuple):
    """A recorded interaction of a nutrient with a medicine the person takes."""

    medicine: str
    agent: str
    effect: str
    reference_ids: tuple[str, ...]
    via: str | None
    """The class the medicine was matched as, where a record names it as an example."""

    def as_json(self) -> dict[str, Any]:
        return {
            "medicine": self.medicine,
            "agent": self.agent,
            "effect": self.effect,
            "reference_ids": list(self.reference_ids),
            "via": self.via,
        }


class NutrientCheck(NamedTuple):
    """One nutrient's intake against its reference values, for one person.

    Amounts are per day in ``unit`` (the nutrient's table unit); ``food``,
    ``supplement`` and ``total`` are ``None`` for a nutrient listed only because
    a medicine interacts with it. ``ul_intake`` is the part of the intake the
    UL counts (supplements only where its scope says so). ``over_ul`` is
    ``None`` where no UL applies; an intake equal to the UL is not over it.
    """

    nutrient: str
    name: str
    food: float | None
    supplement: float | None
    total: float | None
    unit: str
    kind: str
    value: float | None
    average_requirement: float | None
    requirement_cv: float | None
    probability_adequate: float | None
    adequacy: str
    ul: float | None
    ul_kind: str | None
    ul_applies_to: str
    ul_intake: float | None
    over_ul: bool | None
    ul_status: str
    interactions: tuple[Interaction, ...]
    note: str | None
    reference_id: str | None
    ul_reference_id: str | None

    def as_json(self) -> dict[str, Any]:
        """The result as the CLI's ``--json`` prints it (probability to 3 places)."""
        p = self.probability_adequate
        return {
            "nutrient": self.nutrient,
            "name": self.name,
            "food": self.food,
            "supplement": self.supplement,
            "total": self.total,
            "unit": self.unit,
            "kind": self.kind,
            "value": self.value,
            "average_requirement": self.average_requirement,
            "requirement_cv": self.requirement_cv,
            "probability_adequate": None if p is None else round(p, 3),
            "adequacy": self.adequacy,
            "ul": self.ul,
            "ul_kind": self.ul_kind,
            "ul_applies_to": self.ul_applies_to,
            "ul_intake": self.ul_intake,
            "over_ul": self.over_ul,
            "ul_status": self.ul_status,
            "interactions": [i.as_json() for i in self.interactions],
            "note": self.note,
            "reference_id": self.reference_id,
            "ul_reference_id": self.ul_reference_id,
        }


class Assessment:
    """Every nutrient checked for one person, in the dataset's order.

    Read-only. Not a named tuple, because iterating it gives its results.
    """

    __slots__ = (
        "authority",
        "life_stage",
        "life_stage_label",
        "results",
        "unmatched_medicines",
    )
    authority: str
    life_stage: str
    life_stage_label: str
    results: tuple[NutrientCheck, ...]
    unmatched_medicines: tuple[str, ...]
    """Medicines given that match no interaction recorded in the dataset."""

    def __init__(
        self,
        authority: str,
        life_stage: str,
        life_stage_label: str,
        results: tuple[NutrientCheck, ...],
        unmatched_medicines: tuple[str, ...],
    ) -> None:
        init = object.__setattr__  # past the read-only __setattr__ below
        init(self, "authority", authority)
        init(self, "life_stage", life_stage)
        init(self, "life_stage_label", life_stage_label)
        init(self, "results", results)
        init(self, "unmatched_medicines", unmatched_medicines)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Assessment is read-only; cannot set {name!r}")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Assessment) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"Assessment({fields})"

    def __iter__(self) -> Iterator[NutrientCheck]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def result(self, nutrient: str) -> NutrientCheck:
        """The result for a nutrient id; ``KeyError`` if it was not checked."""
        for r in self.results:
            if r.nutrient == nutrient:
                return r
        raise KeyError(nutrient)

    def as_json(self) -> list[dict[str, Any]]:
        return [r.as_json() for r in self.results]
