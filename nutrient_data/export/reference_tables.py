"""The tidy tables of reference values: one set for every authority.

Each authority (``authorities``) has its groups, its kinds of value (each with
the shared role it plays) and one table per nutrient it covers
(``reference_tables``), whose rows, upper levels and replaced values have
tables of their own. An authority added as data files shows up here with no
code change.
"""

from __future__ import annotations

from nutrient_data.export.tabular import ITEM, KEY, Column, Table
from nutrient_data.export.tabular import column as _c
from nutrient_data.export.tabular import foreign_key as _fk
from nutrient_data.export.tabular import key_column as _key
from nutrient_data.export.tabular import position_column as _position
from nutrient_data.export.tabular import rank_column as _rank
from nutrient_data.export.tabular import refs_column as _refs

A = "authorities[{authority_id}]"
T = f"{A}.tables[{{table}}]"
AUTHORITY = _key("authority_id", "Authority id.")
TABLE = Column("table", "integer", "Which table of the authority (1 first).", True, KEY)
AUTHORITY_FK = _fk("authority_id", "authorities")
TABLE_FK = _fk("authority_id table", "reference_tables")
GROUP_FK = _fk("authority_id group", "authority_groups")
REFERENCE_FK = _fk("reference_id", "references")
NUTRIENT_FK = _fk("nutrient_id", "nutrients")
IN_TABLE = _c(
    "nutrient_id", "string", "Nutrient id (of the table).", source="../nutrient"
)
HISTORY_COLUMNS = (
    _rank("Position in the history."),
    _c("group", "string", "Group, in the authority's ids."),
    _c("sex", "string", "female or male where split.", required=False),
    _c("phytate_mg", "integer", "Zinc: phytate intake, mg/day.", required=False),
    _c("kind", "string", "The authority's code for the value."),
    _c("value", "number", "The replaced value per day."),
    _c("in_force_from", "integer", "Year it took effect."),
    _c("in_force_until", "integer", "Year the value that replaced it took effect."),
    _c("reference_id", "string", "Where it was set."),
    _c("replaced_by", "string", "The reference that replaced it."),
    _c("note", "string", "Caveat.", required=False),
    _c("confirmed_by", "string", "What confirmed it."),
)


def _optional(
    name: str, description: str, source: str = "", kind: str = "string"
) -> Column:
    return _c(name, kind, description, required=False, source=source)  # type: ignore[arg-type]


REFERENCE_VALUE_TABLES: tuple[Table, ...] = (
    Table(
        "authorities",
        "The authorities that set reference values: one row each.",
        (
            AUTHORITY,
            _position("Position in the data's order of authorities."),
            _c("sort_order", "integer", "Where it comes in lists.", source="order"),
            _c("name", "string", "Full name."),
            _c("short_name", "string", "Short name used in messages."),
            _c("issuing_body", "string", "Who issued the values."),
            _c("year", "integer", "Year of the main document."),
            _c("purpose", "string", "dietary-reference or labelling."),
            _c("summary", "string", "What it is and how its groups are cut."),
            _refs(),
            _optional(
                "label_below",
                "Labelling: the percentage below which a label may say less than it.",
                "labelling.below",
                "number",
            ),
            _optional(
                "label_reference_id",
                "Labelling: the document that sets the rounding rule.",
                "labelling.reference_id",
            ),
            _optional(
                "label_confirmed_by",
                "Labelling: where the rule was confirmed.",
                "labelling.confirmed_by",
            ),
        ),
        ("authority_id",),
        A,
        order_by=("rank",),
    ),
    Table(
        "label_rounding",
        "A labelling authority's rounding bands: percentages up to up_to are "
        "rounded to the nearest step.",
        (
            AUTHORITY,
            _rank("Position: lowest band first."),
            _optional(
                "up_to", "Top of the band, in percent; empty for none.", kind="number"
            ),
            _c("step", "number", "The increment, in percent."),
        ),
        ("authority_id", "rank"),
        f"{A}.labelling.rounding[{{rank}}]",
        (AUTHORITY_FK,),
    ),
    Table(
        "label_significant_amounts",
        "A labelling authority's significant-amount thresholds.",
        (
            AUTHORITY,
            _rank(),
            _c("basis", "string", "per-100g, per-100ml-beverage or per-portion."),
            _c("percent", "number", "Share of the reference, in percent."),
        ),
        ("authority_id", "rank"),
        f"{A}.labelling.significant_amounts[{{rank}}]",
        (AUTHORITY_FK,),
    ),
    Table(
        "authority_notes",
        "Notes about an authority as a whole.",
        (AUTHORITY, _rank(), _c("note", "string", "The note.", source=ITEM)),
        ("authority_id", "rank"),
        f"{A}.notes[{{rank}}]",
        (AUTHORITY_FK,),
    ),
    Table(
        "authority_not_confirmed",
        "Nutrients an authority sets values for that the dataset leaves out, "
        "because none could be confirmed in the authority's own text.",
        (
            AUTHORITY,
            _rank(),
            _c("nutrient_id", "string", "Nutrient id.", source="nutrient"),
            _c("reason", "string", "What could not be confirmed, and why."),
        ),
        ("authority_id", "rank"),
        f"{A}.not_confirmed[{{rank}}]",
        (AUTHORITY_FK, NUTRIENT_FK),
    ),
    Table(
        "authority_groups",
        "Each authority's population groups: who falls in each.",
        (
            AUTHORITY,
            _key("group", "Group id, in the authority's ids."),
            _position("Position in the authority's tables."),
            _c("label", "string", "Label."),
            _c("min_age", "number", "Youngest age in years (inclusive)."),
            _c("max_age", "number", "Age in years where the group ends (exclusive)."),
            _optional("sex", "female or male; empty for both."),
            _optional("condition", "pregnancy or lactation; empty otherwise."),
        ),
        ("authority_id", "group"),
        f"{A}.groups[{{group}}]",
        (AUTHORITY_FK,),
        order_by=("rank",),
    ),
    Table(
        "authority_kinds",
        "The kinds of value each authority sets, under its own codes, with the "
        "shared role each plays (requirement, recommendation, upper-limit ...).",
        (
            AUTHORITY,
            _rank(),
            _c("code", "string", "The authority's code."),
            _c("role", "string", "The shared role."),
            _optional("label", "The code in words, where it differs."),
            _c("meaning", "string", "What the value means."),
        ),
        ("authority_id", "rank"),
        f"{A}.kinds[{{rank}}]",
        (AUTHORITY_FK,),
        lookups=(("authority_id", "code"),),
    ),
    Table(
        "reference_tables",
        "One row per authority and nutrient (or part of one: EFSA omega-3 has ALA "
        "and EPA plus DHA), with its unit and its upper level's kind and scope.",
        (
            AUTHORITY,
            TABLE,
            _c("nutrient_id", "string", "Nutrient id.", source="nutrient"),
            _c("status", "string", "values-set or no-value-set."),
            _optional("status_note", "Why no value, or a caveat."),
            _c("unit", "string", "UCUM unit per day, or percent-energy."),
            _optional("basis", "What the values count."),
            _c(
                "reference_ids",
                "string",
                "Documents that print the values, space-separated.",
                required=False,
                join=" ",
            ),
            _optional("form", "The chemical form the values mean."),
            _c("ul_kind", "string", "Upper-limit code, or none.", source="ul.kind"),
            _optional(
                "ul_applies_to", "total-intake or supplemental-only.", "ul.applies_to"
            ),
            _optional("ul_scope", "What the upper level covers.", "ul.scope"),
            _c(
                "ul_counts_all_forms",
                "boolean",
                "Whether the level counts more forms than the values.",
                source="ul.counts_all_forms",
            ),
            _optional("ul_reference_id", "Source of the scope.", "ul.reference_id"),
            _c(
                "ul_reference_ids",
                "string",
                "Further sources of the scope, space-separated.",
                required=False,
                source="ul.reference_ids",
                join=" ",
            ),
            _optional(
                "ul_confirmed_by", "What confirmed the scope.", "ul.confirmed_by"
            ),
            _optional(
                "requirement_cv", "CV of the requirement (0.1 is 10%).", kind="number"
            ),
            _optional("requirement_cv_note", "How the CV was chosen."),
            _optional("requirement_cv_reference_id", "The document that states it."),
            _optional("requirement_cv_confirmed_by", "What confirmed it."),
            _optional(
                "average_requirement_note",
                "Why no requirement was set, or which could not be confirmed.",
            ),
            _optional(
                "why_it_differs_from_us", "Why the values differ from the US ones."
            ),
        ),
        ("authority_id", "table"),
        T,
        (AUTHORITY_FK, _fk("nutrient_id", "nutrients")),
        lookups=(("nutrient_id",),),
    ),
    Table(
        "reference_table_notes",
        "Caveats that apply to a whole reference table.",
        (AUTHORITY, TABLE, _rank(), _c("note", "string", "The caveat.", source=ITEM)),
        ("authority_id", "table", "rank"),
        f"{T}.notes[{{rank}}]",
        (TABLE_FK,),
    ),
    Table(
        "reference_table_values",
        "Each authority's values: one row per group (and sex, age band, zinc "
        "phytate level where they apply); a row without a value is an explicit gap.",
        (
            AUTHORITY,
            TABLE,
            _rank("Position in the table."),
            IN_TABLE,
            _c("group", "string", "Group, in the authority's ids."),
            _optional("sex", "female or male where the authority splits."),
            _optional("age_band", "The authority's own band within the group."),
            _c("kind", "string", "The authority's code (see authority_kinds)."),
            _optional("value", "The value per day.", kind="number"),
            _optional(
                "value_low",
                "Low end, where a range is given.",
                "value_range[1]",
                "number",
            ),
            _optional(
                "value_high",
                "High end, where a range is given.",
                "value_range[2]",
                "number",
            ),
            _optional(
                "average_requirement", "The requirement beside it.", kind="number"
            ),
            _optional(
                "lower_reference_intake", "Lower reference intake.", kind="number"
            ),
            _optional("phytate_mg", "Zinc: phytate intake, mg/day.", kind="integer"),
            _optional("bioavailability", "Zinc: the diet's bioavailability."),
            _optional("not_set_reason", "Why no value was set."),
            _optional("note", "Caveat for this row."),
            _optional("reference_id", "The document that set it."),
            _optional("confirmed_by", "Where the value was confirmed."),
        ),
        ("authority_id", "table", "rank"),
        f"{T}.values[{{rank}}]",
        (TABLE_FK, GROUP_FK),
    ),
    Table(
        "reference_upper_levels",
        "Upper levels in force: one row per group with one (or with why not).",
        (
            AUTHORITY,
            TABLE,
            _rank("Position in the list."),
            _c("group", "string", "Group, in the authority's ids."),
            _optional("sex", "female or male where it differs."),
            _optional("age_band", "The authority's own band within the group."),
            _optional(
                "value", "The level per day (kind in reference_tables).", kind="number"
            ),
            _optional("not_set_reason", "Why the group has none."),
            _optional("note", "Caveat for this group."),
            _optional("reference_id", "The document that set it."),
            _optional("confirmed_by", "Where it was confirmed."),
        ),
        ("authority_id", "table", "rank"),
        f"{T}.ul.values[{{rank}}]",
        (TABLE_FK, GROUP_FK),
    ),
    Table(
        "reference_history",
        "Values that were replaced, with the years each was in force.",
        (AUTHORITY, TABLE, IN_TABLE, *HISTORY_COLUMNS),
        ("authority_id", "table", "rank"),
        f"{T}.history[{{rank}}]",
        (TABLE_FK,),
    ),
    Table(
        "reference_upper_level_history",
        "Upper levels that were replaced, with the years each was in force.",
        (AUTHORITY, TABLE, *HISTORY_COLUMNS),
        ("authority_id", "table", "rank"),
        f"{T}.ul.history[{{rank}}]",
        (TABLE_FK,),
    ),
)
