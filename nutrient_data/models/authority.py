"""An authority and its reference tables: one shape for every authority.

An authority (the US Food and Nutrition Board, EFSA, a labelling rule) is a
folder of data files, ``data/reference-values/<id>/``: ``authority.json``
describes it (its population groups, the kinds of value it sets, each mapped
to a shared role, and the documents cited) and one file per nutrient holds its
table (``omega-3.json`` and ``omega-3-epa-plus-dha.json`` where it sets values
for parts of a nutrient). The loader gathers each folder into one
:class:`Authority` with its tables. Which group ids and kind codes a table may
use is the authority's own business, so the lint rules check them against
``authority.json``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from nutrient_data.models.base import Amount, Record, Slug, Text
from nutrient_data.models.history import History
from nutrient_data.vocab import (
    NOT_SET,
    Bioavailability,
    KindRole,
    PhytateLevel,
    ReferenceUnit,
    Sex,
    UlAppliesTo,
)

Age = float
Condition = Literal["pregnancy", "lactation"]


class Group(Record):
    """One of the authority's population groups: who falls in it."""

    id: Slug
    """The authority's id for the group."""
    label: Text
    """How the group is named in tables and messages."""
    min_age: Age = Field(ge=0, le=130, allow_inf_nan=False)
    """Youngest age in the group, in years (inclusive; 0.5 is 6 months)."""
    max_age: Age = Field(ge=0, le=130, allow_inf_nan=False)
    """Age in years where the group ends (exclusive); 130 is an open top."""
    sex: Sex | None = None
    """The sex the group is for; null where it covers both (rows may still split)."""
    condition: Condition | None = None
    """Pregnancy or lactation; for a condition with no age band of its own, the
    ages give where it is applied."""

    @model_validator(mode="after")
    def _ages_in_order(self) -> Group:
        if self.max_age <= self.min_age:
            raise ValueError("max_age must be above min_age")
        if self.condition is not None and self.sex == "male":
            raise ValueError(f"a {self.condition} group is for females")
        return self


class Kind(Record):
    """A kind of value the authority sets, under its own code, and its role."""

    code: Text
    """The authority's own name for it (RDA, PRI, DV, not-set, ...)."""
    role: KindRole
    """The shared role it plays, so authorities can be set side by side."""
    label: Text | None = None
    """How the code is spelt in words where that differs (``safe level``)."""
    meaning: Text
    """What the value means, in our words."""


class ReferenceValue(Record):
    """The authority's value for one group (and sex, band, phytate or
    bioavailability level, where the authority splits the group by them).

    A row of a kind whose role is ``not-set`` says the authority set no value
    for the group, and why. A value that could not be confirmed keeps
    ``value`` null and says so in ``note``, so a gap is never silent.
    """

    group: Slug
    """A group id of the authority (``authority.json``)."""
    sex: Sex | None = None
    """Set where the authority splits the group by sex; null where one value
    covers the group."""
    age_band: Text | None = Field(
        default=None,
        description="The authority's own age band where it cuts one of its groups "
        "('1-2y' is 1 to under 3, '3y' that year of age, '65y+' 65 and over).",
    )
    kind: Text
    """The authority's own code, declared in its ``kinds``."""
    value: Amount | None = Field(
        description="The recommendation, adequate intake or labelling reference "
        "per day, in the table's unit; null where none is set or confirmed."
    )
    value_range: tuple[Amount, Amount] | None = Field(
        default=None,
        description="[low, high] where the authority gives a range rather than "
        "one value (value is then null).",
    )
    average_requirement: Amount | None = Field(
        default=None,
        description="The requirement-role value beside it (EAR, AR), in the "
        "table's unit; null where none was set or confirmed.",
    )
    lower_reference_intake: Amount | None = Field(
        default=None, description="A lower reference intake (UK LRNI), if set."
    )
    phytate_mg: PhytateLevel | None = Field(
        default=None, description="Zinc: the phytate intake (mg/day) it is for."
    )
    bioavailability: Bioavailability | None = Field(
        default=None, description="Zinc, iron: the diet's bioavailability it is for."
    )
    not_set_reason: Text | None = Field(
        default=None,
        description="With a not-set kind: why the authority set no value.",
    )
    note: Text | None = None
    """Caveat for this row."""
    reference_id: Slug | None = Field(
        description="The document that set the value; null only on a row without "
        "a value whose source could not be confirmed either."
    )
    confirmed_by: Text | None = None
    """Where in the document the value was confirmed."""

    @model_validator(mode="after")
    def _gaps_are_explained(self) -> ReferenceValue:
        if self.value is not None and self.reference_id is None:
            raise ValueError("a value needs the reference_id of its source")
        if self.value is not None and self.value_range is not None:
            raise ValueError("a row has a value or a value_range, not both")
        if self.value_range is not None and not (
            self.value_range[0] < self.value_range[1]
        ):
            raise ValueError("value_range must be [low, high] with low < high")
        if self.value_range is not None and self.reference_id is None:
            raise ValueError("a value needs the reference_id of its source")
        if (self.value, self.value_range, self.note, self.not_set_reason) == (
            None,
            None,
            None,
            None,
        ):
            raise ValueError(
                "a row without a value needs a note or not_set_reason saying why"
            )
        if self.value == 0:
            raise ValueError(
                f"a {self.kind} of 0 is not a reference value: the value must be "
                "above 0 (use a not-set kind with a null value where none was set)"
            )
        return self


class UpperLimit(Record):
    """An upper level for one group, or (``value`` null) why it has none."""

    group: Slug
    """A group id of the authority."""
    sex: Sex | None = None
    """Set where the level differs by sex."""
    age_band: Text | None = Field(
        default=None,
        description="The authority's own age band where it cuts the group "
        "('1-2y', '3y'): EFSA's 2023 manganese safe levels use other bands.",
    )
    value: Amount | None
    """The level per day, in the table's unit; null where none was set for the
    group (``not_set_reason`` says so)."""
    not_set_reason: Text | None = None
    """Where ``value`` is null: why the group has none."""
    note: Text | None = None
    """Caveat for this group."""
    reference_id: Slug | None = None
    """The document that set it."""
    confirmed_by: Text | None = None
    """Where in the document the level was confirmed."""

    @model_validator(mode="after")
    def _cited_or_explained(self) -> UpperLimit:
        if self.value is not None and self.reference_id is None:
            raise ValueError("an upper level needs the reference_id of its source")
        if self.value is None and self.not_set_reason is None:
            raise ValueError("a group without a level needs its not_set_reason")
        return self


class UpperLimits(Record):
    """The authority's upper levels for a nutrient, their scope and history."""

    kind: Text
    """The authority's upper-limit code (UL, safe-level), or ``none`` where it
    set none for any group."""
    applies_to: UlAppliesTo | None = None
    """Whether the level limits total intake or supplemental forms only; may be
    null only where the kind is ``none``."""
    scope: Text | None = None
    """Which forms and groups the level covers, in words."""
    counts_all_forms: bool = False
    """Whether the level counts more forms than the values do (US vitamin E:
    every form of supplemental alpha-tocopherol), so an amount in IU is
    converted for it by the factor for the level."""
    values: tuple[UpperLimit, ...] = ()
    """One row per group with a level, or with the reason it has none."""
    reference_id: Slug | None = None
    """The source of the scope text (where no level is set, the finding itself)."""
    reference_ids: tuple[Slug, ...] = ()
    """Further sources the scope text draws on."""
    confirmed_by: Text | None = None
    """What confirmed the scope, where no row carries it."""
    history: History = ()
    """Levels these replaced, with the years each was in force."""

    @model_validator(mode="after")
    def _none_has_no_values(self) -> UpperLimits:
        if self.kind == "none" and any(v.value is not None for v in self.values):
            raise ValueError("kind 'none' lists no values")
        if self.kind != "none" and self.applies_to is None:
            raise ValueError("an upper level needs applies_to")
        return self


class ReferenceTable(Record):
    """One authority's reference values for one nutrient (or one part of it).

    Where the authority sets values for parts of a nutrient separately
    (omega-3: ALA in percent of energy, EPA plus DHA in mg), each part has its
    own table and ``basis`` says which; the first is the nutrient's main one.
    """

    nutrient: Slug
    """The id of the nutrient the table belongs to."""
    status: Literal["values-set", "no-value-set"]
    """Whether the authority set any value; no-value-set comes with a note."""
    status_note: Text | None = None
    """Why the authority set no value, where it set none."""
    unit: ReferenceUnit
    """Unit of every value per day; percent-energy is percent of energy intake."""
    basis: Text | None = None
    """What the values count, where narrower than the nutrient."""
    form: Text | None = None
    """The chemical form the values mean, where the nutrient needs it
    (alpha-tocopherol, EPA+DHA, ...); forms are never equated."""
    notes: tuple[Text, ...] = ()
    """Caveats that apply to the whole table."""
    reference_ids: tuple[Slug, ...] = ()
    """Documents that print the values (EFSA's DRV summary tables and summary
    report), besides the document each row cites."""
    values: tuple[ReferenceValue, ...] = ()
    """One row per group (and sex, band and level where they apply)."""
    ul: UpperLimits
    """Upper levels (kind ``none`` where none was set), their scope and history."""
    history: History = ()
    """Values these replaced, with the years each was in force."""
    requirement_cv: float | None = Field(
        default=None,
        ge=0,
        le=1,
        allow_inf_nan=False,
        description="Coefficient of variation of the requirement (0.1 is 10%) the "
        "authority used to set each recommendation from its requirement "
        "(US: RDA = EAR x (1 + 2 CV)); null where none was used or confirmed.",
    )
    requirement_cv_note: Text | None = None
    """How the authority chose the CV, and any group where it differs."""
    requirement_cv_reference_id: Slug | None = None
    """The document that states the CV."""
    requirement_cv_confirmed_by: Text | None = None
    """What confirmed the CV."""
    average_requirement_note: Text | None = None
    """Why no requirement was set, or which could not be confirmed."""
    why_it_differs_from_us: Text | None = None
    """Why the values differ from the US ones, in a sentence or two."""

    @model_validator(mode="after")
    def _status_matches_values(self) -> ReferenceTable:
        if self.status == "no-value-set":
            if self.status_note is None or any(v.value for v in self.values):
                raise ValueError("no-value-set has no values and needs status_note")
        elif not self.values:
            raise ValueError("values-set needs at least one value")
        cited = (self.requirement_cv_note, self.requirement_cv_reference_id)
        if self.requirement_cv is not None and None in cited:
            raise ValueError("a requirement_cv needs its note and reference_id")
        if (cited[0] is None) != (cited[1] is None):
            raise ValueError("requirement_cv_note and its reference_id go together")
        return self


class RoundingStep(Record):
    """One band of a label's rounding rule: percentages up to ``up_to`` (and
    above the band before) are rounded to the nearest multiple of ``step``."""

    up_to: float | None = Field(ge=0, allow_inf_nan=False)
    """The band's top, in percent, inclusive; null for no top."""
    step: float = Field(gt=0, allow_inf_nan=False)
    """The increment, in percent."""


class SignificantAmount(Record):
    """The share of the reference an amount must reach to count as significant."""

    basis: Literal["per-100g", "per-100ml-beverage", "per-portion"]
    """What the amount is given per: 100 g or 100 ml of a food that is not a
    beverage, 100 ml of a beverage, or the portion of a single-portion pack."""
    percent: float = Field(gt=0, le=100, allow_inf_nan=False)
    """The share of the reference value, in percent."""


class Labelling(Record):
    """How a labelling authority's rule turns an amount into a label's percentage."""

    rounding: tuple[RoundingStep, ...] = ()
    """The rule's rounding bands, lowest first; none where the rule sets none."""
    below: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    """A percentage below which the rule lets a label say "less than" it
    (shown as ``<2%``) instead of a rounded figure."""
    significant_amounts: tuple[SignificantAmount, ...] = ()
    """The rule's thresholds of a significant amount, where it sets them."""
    reference_id: Slug | None = None
    """The document that sets the rule."""
    confirmed_by: Text | None = None
    """Where in the document the rule was confirmed."""

    @model_validator(mode="after")
    def _rules_are_cited(self) -> Labelling:
        rules = self.rounding or self.below is not None or self.significant_amounts
        if rules and None in (self.reference_id, self.confirmed_by):
            raise ValueError("a labelling rule needs its reference_id and confirmed_by")
        return self


class NotConfirmed(Record):
    """A nutrient the authority sets values for that this dataset does not
    give, because none of them could be confirmed in the authority's own text.

    It is a gap in the dataset, not in the authority: a table of status
    ``no-value-set`` says the authority itself set none.
    """

    nutrient: Slug
    """The nutrient's id."""
    reason: Text
    """What could not be confirmed, and where it was looked for."""


class Authority(Record):
    """An authority that sets reference values, and its tables.

    In the source files, ``tables`` is not written in ``authority.json``: the
    loader gathers it from the folder's other files.
    """

    id: Slug
    """The folder name: a lowercase slug."""
    order: int = Field(default=100, ge=0)
    """Where the authority comes in lists (lower first; ties by id)."""
    name: Text
    """The authority's full name."""
    short_name: Text
    """Used in messages and column heads ("no EFSA group for age 0.2")."""
    issuing_body: Text
    """Who issued the values."""
    year: int = Field(ge=1900, le=2100)
    """The year of the values' main document."""
    purpose: Literal["dietary-reference", "labelling"]
    """Reference values for diets, or reference amounts for food labels."""
    summary: Text
    """What it is, for whom, and how its groups are cut (our words)."""
    groups: tuple[Group, ...] = Field(min_length=1)
    """Its population groups, in its own order."""
    kinds: tuple[Kind, ...] = Field(min_length=1)
    """The kinds of value it sets, under its own codes."""
    reference_ids: tuple[Slug, ...] = Field(min_length=1)
    """The documents cited for the authority as a whole."""
    notes: tuple[Text, ...] = ()
    """Anything a reader needs about the authority as a whole."""
    labelling: Labelling = Labelling()
    """For a labelling authority: how its rule rounds a label's percentage and
    what it counts as a significant amount (empty for the others)."""
    not_confirmed: tuple[NotConfirmed, ...] = ()
    """Nutrients it sets values for that the dataset leaves out, unconfirmed."""
    tables: tuple[ReferenceTable, ...] = ()
    """One table per nutrient it covers (more where it splits one), in the
    dataset's nutrient order."""

    def group(self, group_id: str) -> Group:
        """The group with this id (``KeyError`` if none)."""
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def kind(self, code: str) -> Kind | None:
        """The declared kind with this code, if any."""
        return next((k for k in self.kinds if k.code == code), None)

    def roles(self) -> dict[str, KindRole]:
        """Each code's role: the declared kinds', and ``not-set`` for the
        shared code of that name, which needs no declaring."""
        return {NOT_SET: "not-set", **{k.code: k.role for k in self.kinds}}

    def tables_for(self, nutrient_id: str) -> tuple[ReferenceTable, ...]:
        """The nutrient's tables (none where the authority has no file for it)."""
        return tuple(t for t in self.tables if t.nutrient == nutrient_id)

    @model_validator(mode="after")
    def _unique_ids(self) -> Authority:
        for name, ids in (
            ("group", [g.id for g in self.groups]),
            ("kind", [k.code for k in self.kinds]),
        ):
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            if repeated:
                raise ValueError(f"repeated {name} ids: {', '.join(repeated)}")
        return self
