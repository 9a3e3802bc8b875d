"""The tidy tables: every fact of the bundle in one row of one table.

Each table is declared once in :data:`TABLES` (columns, keys, and the path in
the bundle its rows come from; see :mod:`~nutrient_data.export.tabular`). The
CSV, data package, SQLite and Datasette writers all read these declarations,
so they cannot disagree.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from nutrient_data.export.tabular import (
    ITEM,
    KEY,
    POSITION,
    Column,
    FieldType,
    ForeignKey,
    Row,
    Table,
)
from nutrient_data.lifestages import EFSA_GROUPS, LIFE_STAGES
from nutrient_data.models import Dataset


def _c(
    name: str,
    type_: FieldType,
    description: str,
    *,
    required: bool = True,
    source: str = "",
    join: str | None = None,
) -> Column:
    return Column(name, type_, description, required, source, join)


def _key(name: str, description: str, required: bool = True) -> Column:
    return Column(name, "string", description, required, KEY)


def _rank(description: str = "Position in the list it belongs to.") -> Column:
    return Column("rank", "integer", description, True, KEY)


def _position(description: str) -> Column:
    return Column("rank", "integer", description, True, POSITION)


def _refs(name: str = "reference_ids", source: str = "reference_ids") -> Column:
    return _c(name, "string", "Space-separated reference ids.", source=source, join=" ")


def _fk(columns: str, table: str) -> ForeignKey:
    """A foreign key to the columns of the same names in ``table``."""
    return ForeignKey(tuple(columns.split()), table, tuple(columns.split()))


def _life_stage_rows() -> Iterator[Row]:
    for rank, s in enumerate(LIFE_STAGES, start=1):
        yield {
            "life_stage": s.id,
            "rank": rank,
            "label": s.label,
            "min_age": s.min_age,
            "max_age": s.max_age,
            "sex": s.sex,
            "condition": s.condition,
        }


NUTRIENT = _key("nutrient_id", "Nutrient id.")
NUTRIENT_FK = _fk("nutrient_id", "nutrients")
REFERENCE_FK = _fk("reference_id", "references")
CLAIM_FK = _fk("claim_id", "claims")
PROFILE_FK = _fk("profile_id", "profiles")
N = "nutrients[{nutrient_id}]"
FRAMING = "synthesis.framing[{part}]"


def _nutrient_list(
    name: str, field: str, description: str, column: Column, key: str = "rank"
) -> Table:
    """A table of one list of names or sentences under each nutrient."""
    return Table(
        name,
        description,
        (NUTRIENT, _rank(), column),
        ("nutrient_id", key),
        f"{N}.{field}[{{rank}}]",
        (NUTRIENT_FK,),
    )


TABLES: tuple[Table, ...] = (
    Table(
        "dataset",
        "What the dataset is: one row with its version, licences and citation.",
        (
            _c("name", "string", "Machine name of the dataset."),
            _c("title", "string", "Title."),
            _c("description", "string", "What the dataset holds."),
            _c("version", "string", "Data version (semantic versioning)."),
            _c("released", "date", "Release date of this data version."),
            _c("license_data", "string", "SPDX id of the data licence."),
            _c("license_code", "string", "SPDX id of the code licence."),
            _c("disclaimer", "string", "The medical disclaimer."),
            _c("creators", "string", "Who made it, separated by '; '.", join="; "),
            _c("citation", "string", "How to cite this data version."),
        ),
        ("name",),
        "metadata",
    ),
    Table(
        "nutrients",
        "One row per nutrient, with how its DRI table is expressed.",
        (
            NUTRIENT,
            _position("Position in the dataset's canonical order."),
            _c("name", "string", "Preferred name."),
            _c("nutrient_class", "string", "Kind of nutrient."),
            _c("summary", "string", "Short description."),
            _c(
                "dri_unit",
                "string",
                "UCUM unit of the DRI values (per day).",
                source="intakes.unit",
            ),
            _c(
                "dri_basis",
                "string",
                "What the DRI values count.",
                required=False,
                source="intakes.basis",
            ),
            _c(
                "ul_applies_to",
                "string",
                "Which intake the UL limits.",
                source="intakes.ul_applies_to",
            ),
            _c(
                "ul_scope",
                "string",
                "The UL's caveat.",
                required=False,
                source="intakes.ul_scope",
            ),
            _refs("deficiency_reference_ids", "deficiency.reference_ids"),
            _refs("excess_reference_ids", "excess.reference_ids"),
        ),
        ("nutrient_id",),
        N,
        order_by=("rank",),
        lookups=(("name",),),
    ),
    _nutrient_list(
        "synonyms",
        "synonyms",
        "Other names of each nutrient.",
        _c("synonym", "string", "Another name.", source=ITEM),
        key="synonym",
    ),
    Table(
        "forms",
        "Chemical forms of each nutrient in food and supplements.",
        (
            NUTRIENT,
            _rank(),
            _c("name", "string", "Name of the form."),
            _c("found_in", "string", "food, supplements or food-and-supplements."),
            _c("note", "string", "What sets the form apart.", required=False),
        ),
        ("nutrient_id", "rank"),
        f"{N}.forms[{{rank}}]",
        (NUTRIENT_FK,),
    ),
    Table(
        "components",
        "Distinct substances counted under one nutrient (e.g. ALA, EPA, DHA).",
        (
            NUTRIENT,
            _key("component_id", "Component id, unique within the nutrient."),
            _position("Position in the nutrient's list."),
            _c("name", "string", "Preferred name."),
            _c(
                "same_substance_as",
                "string",
                "The record that denotes the same substance "
                "('nutrient-id' or 'nutrient-id/component-id'), if any.",
                required=False,
            ),
        ),
        ("nutrient_id", "component_id"),
        f"{N}.components[{{component_id}}]",
        (NUTRIENT_FK,),
        order_by=("rank",),
    ),
    Table(
        "component_synonyms",
        "Other names of each component.",
        (
            NUTRIENT,
            _key("component_id", "Component id."),
            _rank(),
            _c("synonym", "string", "Another name.", source=ITEM),
        ),
        ("nutrient_id", "component_id", "rank"),
        f"{N}.components[{{component_id}}].synonyms[{{rank}}]",
        (_fk("nutrient_id component_id", "components"),),
    ),
    Table(
        "identifiers",
        "The identifier crosswalk: every confirmed database identifier of a "
        "nutrient as a whole (empty component_id) or of a component.",
        (
            NUTRIENT,
            _key(
                "component_id",
                "Component id; empty for the nutrient's own identifier.",
                required=False,
            ),
            _rank("Position in its record's list."),
            _c("scheme", "string", "Identifier scheme."),
            _c("value", "string", "Identifier."),
            _c(
                "unit",
                "string",
                "UCUM unit of a food-composition row (FoodData Central, INFOODS) "
                "where the scheme keeps rows per unit: join values in this unit "
                "only.",
                required=False,
            ),
            _c("confirmed_by", "string", "What confirmed it."),
        ),
        ("nutrient_id", "component_id", "rank"),
        f"{N}.components[{{component_id}}].identifiers[{{rank}}]",
        (NUTRIENT_FK,),
        lookups=(("scheme", "value"),),
        also=(f"{N}.identifiers[{{rank}}]",),
    ),
    Table(
        "no_records",
        "Schemes stated to have no record for a nutrient as a whole (empty "
        "component_id) or for a component, each with the reason: a join that "
        "finds nothing there is expected, not a curation gap.",
        (
            NUTRIENT,
            _key(
                "component_id",
                "Component id; empty for the nutrient as a whole.",
                required=False,
            ),
            _rank("Position in its record's list."),
            _c("scheme", "string", "Identifier scheme with no record."),
            _c("reason", "string", "Why the scheme has none, and what showed it."),
        ),
        ("nutrient_id", "component_id", "rank"),
        f"{N}.components[{{component_id}}].no_record[{{rank}}]",
        (NUTRIENT_FK,),
        also=(f"{N}.no_record[{{rank}}]",),
    ),
    Table(
        "fdc_nutrients",
        "The USDA FoodData Central nutrient rows that identifiers point at: "
        "each FDC nutrient id with its number and unit.",
        (
            _key("fdc_nutrient_id", "FDC nutrient id (the API's nutrient.id)."),
            _position("Position in the table."),
            _c(
                "fdc_nutrient_number",
                "string",
                "USDA nutrient number.",
                source="number",
            ),
            _c("name", "string", "The row's name in FDC."),
            _c("unit", "string", "UCUM unit of the row."),
            _c("confirmed_by", "string", "What confirmed the row."),
            _c("source", "string", "Where the rows come from.", source="../source"),
        ),
        ("fdc_nutrient_id",),
        "fdc_nutrients.rows[{fdc_nutrient_id}]",
        order_by=("rank",),
        lookups=(("fdc_nutrient_number",),),
    ),
    Table(
        "intakes",
        "US Dietary Reference Intakes: one row per nutrient and life-stage group.",
        (
            NUTRIENT,
            _rank("Position in the DRI table (life-stage order)."),
            _c("life_stage", "string", "DRI life-stage group."),
            _c("kind", "string", "RDA, AI, or ND (not determined)."),
            _c("value", "number", "RDA or AI per day.", required=False),
            _c(
                "average_requirement",
                "number",
                "Estimated Average Requirement (EAR) per day; empty where none.",
                required=False,
            ),
            _c("ul", "number", "Tolerable Upper Intake Level per day.", required=False),
            _c("unit", "string", "UCUM unit of value and ul.", source="../unit"),
            _c("note", "string", "Caveat for this group.", required=False),
            _c("reference_id", "string", "Report the values come from."),
        ),
        ("nutrient_id", "life_stage"),
        f"{N}.intakes.values[{{rank}}]",
        (NUTRIENT_FK, _fk("life_stage", "life_stages"), REFERENCE_FK),
    ),
    _nutrient_list(
        "intake_notes",
        "intakes.notes",
        "Caveats that apply to a nutrient's whole DRI table.",
        _c("note", "string", "The caveat.", source=ITEM),
    ),
    Table(
        "food_sources",
        "Foods and the amount of the nutrient in one serving.",
        (
            NUTRIENT,
            _rank("Position in the nutrient's list."),
            _c("food", "string", "Food."),
            _c("serving", "string", "Serving size."),
            _c("amount", "number", "Amount in one serving."),
            _c("unit", "string", "UCUM unit of the amount."),
            _c("reference_id", "string", "Source of the amount."),
            _c(
                "confirmed_by",
                "string",
                "Food-composition entry and arithmetic that confirm the amount.",
            ),
            _c(
                "ndb_number",
                "string",
                "USDA NDB number of the food-composition entry.",
                required=False,
            ),
        ),
        ("nutrient_id", "rank"),
        f"{N}.food_sources[{{rank}}]",
        (NUTRIENT_FK, REFERENCE_FK),
    ),
    Table(
        "biomarkers",
        "How the status of each nutrient is measured.",
        (
            NUTRIENT,
            _rank(),
            _c("name", "string", "What is measured."),
            _c("specimen", "string", "Where it is measured."),
            _c("interpretation", "string", "Cut-offs and limits, with units."),
            _refs(),
        ),
        ("nutrient_id", "rank"),
        f"{N}.biomarkers[{{rank}}]",
        (NUTRIENT_FK,),
    ),
    _nutrient_list(
        "deficiency_signs",
        "deficiency.signs",
        "Signs and symptoms of deficiency "
        "(their sources: nutrients.deficiency_reference_ids).",
        _c("sign", "string", "A sign or symptom.", source=ITEM),
    ),
    _nutrient_list(
        "deficiency_risk_groups",
        "deficiency.groups_at_risk",
        "Groups more likely to be deficient, and why.",
        _c("group_at_risk", "string", "A group at risk.", source=ITEM),
    ),
    _nutrient_list(
        "excess_effects",
        "excess.effects",
        "Effects of too much (sources: nutrients.excess_reference_ids).",
        _c("effect", "string", "An effect of excess.", source=ITEM),
    ),
    Table(
        "interactions",
        "Interactions with medicines, nutrients and laboratory tests.",
        (
            NUTRIENT,
            _rank("Position in the nutrient's list."),
            _c("agent", "string", "Medicine, nutrient or test."),
            _c("agent_type", "string", "medicine, nutrient or laboratory-test."),
            _c("effect", "string", "What happens."),
            _c("relevance", "string", "Why it matters here.", required=False),
            _refs(),
        ),
        ("nutrient_id", "rank"),
        f"{N}.interactions[{{rank}}]",
        (NUTRIENT_FK,),
        lookups=(("agent",),),
    ),
    Table(
        "claims",
        "Hypotheses about insulin sensitivity, each with the verdict of the "
        "evidence and its certainty: claims about one nutrient, and the claims "
        "that audit the essay's framing.",
        (
            _key("claim_id", "Claim id."),
            _key(
                "nutrient_id",
                "Nutrient the claim is about; empty for a framing claim.",
                required=False,
            ),
            _key(
                "part",
                "Essay part a framing claim audits; empty for a nutrient's claim.",
                required=False,
            ),
            _position("Position in its nutrient's (or essay part's) list."),
            _c("statement", "string", "The hypothesis, stated affirmatively."),
            _c("mechanism", "string", "Pathway or outcome."),
            _c("verdict", "string", "What the evidence says about the statement."),
            _c("certainty", "string", "GRADE certainty of the verdict."),
            _c(
                "rated_down_for",
                "string",
                "GRADE reasons for rating down, space-separated.",
                required=False,
                join=" ",
            ),
            _c("evidence_base", "string", "Strongest kind of evidence behind it."),
            _c(
                "supplement_efficacy",
                "boolean",
                "True when the claim feeds the nutrient's roll-up.",
            ),
            _c("evidence", "string", "What the evidence shows."),
        ),
        ("claim_id",),
        f"{N}.claims[{{claim_id}}]",
        (NUTRIENT_FK, _fk("part", "essay_parts")),
        order_by=("rank",),
        lookups=(("verdict",), ("certainty",), ("mechanism",)),
        also=(f"{FRAMING}.claims[{{claim_id}}]",),
    ),
    Table(
        "claim_references",
        "Which references each claim cites, in order.",
        (
            _key("claim_id", "Claim id."),
            _rank(),
            _c("reference_id", "string", "Reference id.", source=ITEM),
        ),
        ("claim_id", "reference_id"),
        f"{N}.claims[{{claim_id}}].reference_ids[{{rank}}]",
        (CLAIM_FK, REFERENCE_FK),
        also=(f"{FRAMING}.claims[{{claim_id}}].reference_ids[{{rank}}]",),
    ),
    Table(
        "references",
        "The reference registry.",
        (
            _key("reference_id", "Reference id."),
            _c("type", "string", "Kind of source."),
            _c("title", "string", "Title."),
            _c(
                "authors",
                "string",
                "Authors, separated by '; '; empty where no record showed them.",
                join="; ",
                required=False,
            ),
            _c("year", "integer", "Year."),
            _c("container", "string", "Journal or publisher.", required=False),
            _c("pmid", "string", "PubMed id.", required=False),
            _c("doi", "string", "DOI.", required=False),
            _c("url", "string", "URL.", required=False),
            _c(
                "no_identifier_reason",
                "string",
                "Why a study has no PMID or DOI.",
                required=False,
            ),
            _c("confirmed_by", "string", "What confirmed it."),
            _c("confirmed_on", "date", "When it was confirmed."),
        ),
        ("reference_id",),
        "references[{reference_id}]",
        order_by=("reference_id",),
        lookups=(("pmid",), ("doi",)),
    ),
    Table(
        "profiles",
        "The source essay's ten topics and their audit.",
        (
            _key("profile_id", "Profile id."),
            _c("order", "integer", "Position in the essay."),
            _c("source_heading", "string", "Heading in the essay."),
            _c("title", "string", "Plain title."),
            _c("role", "string", "Role the essay gives."),
            _c(
                "essay_says",
                "string",
                "What the essay asserts.",
                source="audit.essay_says",
            ),
            _c(
                "evidence_says",
                "string",
                "What the evidence shows.",
                source="audit.evidence_says",
            ),
            _c(
                "differences",
                "string",
                "Where they differ.",
                source="audit.differences",
            ),
        ),
        ("profile_id",),
        "profiles[{profile_id}]",
        order_by=("order",),
    ),
    Table(
        "profile_nutrients",
        "Which nutrients each profile covers.",
        (
            _key("profile_id", "Profile id."),
            _rank(),
            _c("nutrient_id", "string", "Nutrient id.", source=ITEM),
        ),
        ("profile_id", "nutrient_id"),
        "profiles[{profile_id}].nutrient_ids[{rank}]",
        (PROFILE_FK, NUTRIENT_FK),
    ),
    Table(
        "profile_claims",
        "The claims that restate each essay topic, in order.",
        (
            _key("profile_id", "Profile id."),
            _rank(),
            _c("claim_id", "string", "Claim id.", source=ITEM),
        ),
        ("profile_id", "claim_id"),
        "profiles[{profile_id}].claim_ids[{rank}]",
        (PROFILE_FK, CLAIM_FK),
    ),
    Table(
        "essay_parts",
        "The essay's opening thesis and closing conclusion, set against the "
        "evidence (the claims that audit them are in claims, by part).",
        (
            _key("part", "opening or closing."),
            _position("Position in the essay."),
            _c("essay_says", "string", "What that part asserts, in our words."),
            _c("evidence_says", "string", "What the evidence as a whole supports."),
        ),
        ("part",),
        FRAMING,
        order_by=("rank",),
    ),
    Table(
        "interventions",
        "Whether supplementing each nutrient improves insulin sensitivity or "
        "glycaemic outcomes: the roll-up of its supplement-efficacy claims.",
        (
            _key("nutrient_id", "The nutrient supplemented."),
            _position("Position in the canonical nutrient order."),
            _c("verdict", "string", "Verdict computed from the claims."),
            _c("certainty", "string", "Certainty computed from the claims."),
            _c("summary", "string", "What the trials show."),
        ),
        ("nutrient_id",),
        "synthesis.interventions[{nutrient_id}]",
        (NUTRIENT_FK,),
        order_by=("rank",),
    ),
    Table(
        "intervention_claims",
        "The claims each intervention verdict rests on.",
        (
            _key("nutrient_id", "The nutrient supplemented."),
            _rank(),
            _c("claim_id", "string", "Claim id.", source=ITEM),
        ),
        ("nutrient_id", "claim_id"),
        "synthesis.interventions[{nutrient_id}].claim_ids[{rank}]",
        (_fk("nutrient_id", "interventions"), CLAIM_FK),
    ),
    Table(
        "life_stages",
        "The DRI life-stage groups (fixed codes): who falls in each.",
        (
            _c("life_stage", "string", "Life-stage group id."),
            _c("rank", "integer", "Position in the DRI table."),
            _c("label", "string", "Label."),
            _c("min_age", "number", "Youngest age in years (inclusive)."),
            _c("max_age", "number", "Age in years where the group ends (exclusive)."),
            _c("sex", "string", "female or male; empty for both.", required=False),
            _c(
                "condition",
                "string",
                "pregnancy or lactation; empty otherwise.",
                required=False,
            ),
        ),
        ("life_stage",),
        None,
        vocabulary=_life_stage_rows,
    ),
)

# Reference values across authorities: the US EAR basis, EFSA's tables, upper
# levels and groups, and the values each authority replaced (with their years).


def _efsa_group_rows() -> Iterator[Row]:
    for rank, g in enumerate(EFSA_GROUPS, start=1):
        yield {
            "group": g.id,
            "rank": rank,
            "label": g.label,
            "min_age": g.min_age,
            "max_age": g.max_age,
            "condition": g.condition,
        }


E = f"{N}.efsa[{{part}}]"
PART = Column(
    "part", "integer", "Which EFSA table of the nutrient (1 first).", True, KEY
)
EFSA_TABLE_FK = _fk("nutrient_id part", "efsa_tables")
HISTORY_COLUMNS = (
    _rank("Position in the history."),
    _c("group", "string", "Life-stage group, in the authority's ids."),
    _c("sex", "string", "female or male where split.", required=False),
    _c("phytate_mg", "integer", "Zinc: phytate intake, mg/day.", required=False),
    _c("kind", "string", "RDA, AI, EAR, PRI, AR, UL or safe-level."),
    _c("value", "number", "The replaced value per day."),
    _c("in_force_from", "integer", "Year it took effect."),
    _c("in_force_until", "integer", "Year the value that replaced it took effect."),
    _c("reference_id", "string", "Where it was set."),
    _c("replaced_by", "string", "The reference that replaced it."),
    _c("note", "string", "Caveat.", required=False),
    _c("confirmed_by", "string", "What confirmed it."),
)
REFERENCE_VALUE_TABLES: tuple[Table, ...] = (
    Table(
        "us_requirements",
        "How each US RDA rests on its EAR: the coefficient of variation (CV) of "
        "the requirement (RDA = EAR x (1 + 2 CV)), or why there is no EAR.",
        (
            NUTRIENT,
            _c(
                "requirement_cv",
                "number",
                "CV of the requirement (0.1 is 10%).",
                required=False,
                source="intakes.requirement_cv",
            ),
            _c(
                "requirement_cv_note",
                "string",
                "How the report chose the CV.",
                required=False,
                source="intakes.requirement_cv_note",
            ),
            _c(
                "requirement_cv_reference_id",
                "string",
                "The report that states it.",
                required=False,
                source="intakes.requirement_cv_reference_id",
            ),
            _c(
                "requirement_cv_confirmed_by",
                "string",
                "What confirmed it.",
                required=False,
                source="intakes.requirement_cv_confirmed_by",
            ),
            _c(
                "average_requirement_note",
                "string",
                "Why no EAR was set, or which EARs could not be confirmed.",
                required=False,
                source="intakes.average_requirement_note",
            ),
        ),
        ("nutrient_id",),
        N,
        (NUTRIENT_FK,),
    ),
    Table(
        "intake_history",
        "US values that were replaced, with the years each was in force.",
        (NUTRIENT, *HISTORY_COLUMNS),
        ("nutrient_id", "rank"),
        f"{N}.intakes.history[{{rank}}]",
        (NUTRIENT_FK,),
    ),
    Table(
        "efsa_tables",
        "EFSA Dietary Reference Values: one row per nutrient (or part of one: "
        "omega-3 has ALA and EPA plus DHA), with its upper level's kind and scope.",
        (
            NUTRIENT,
            PART,
            _c("nutrient", "string", "The nutrient id the table names."),
            _c("status", "string", "values-set or no-value-set."),
            _c("status_note", "string", "Why no value, or a caveat.", required=False),
            _c("unit", "string", "UCUM unit per day, or percent-energy."),
            _c("basis", "string", "What the values count.", required=False),
            _c(
                "reference_ids",
                "string",
                "EFSA documents that print the values, space-separated.",
                required=False,
                join=" ",
            ),
            _c("ul_kind", "string", "UL, safe-level or none.", source="ul.kind"),
            _c(
                "ul_applies_to",
                "string",
                "total-intake or supplemental-only.",
                source="ul.applies_to",
            ),
            _c("ul_scope", "string", "What the upper level covers.", source="ul.scope"),
            _c(
                "ul_reference_id",
                "string",
                "Source of the scope.",
                required=False,
                source="ul.reference_id",
            ),
            _c(
                "ul_reference_ids",
                "string",
                "Further sources of the scope, space-separated.",
                required=False,
                source="ul.reference_ids",
                join=" ",
            ),
            _c(
                "ul_confirmed_by",
                "string",
                "What confirmed the scope.",
                required=False,
                source="ul.confirmed_by",
            ),
            _c(
                "why_it_differs_from_us",
                "string",
                "Why EFSA's values differ from the US ones.",
                required=False,
            ),
        ),
        ("nutrient_id", "part"),
        E,
        (NUTRIENT_FK,),
    ),
    Table(
        "efsa_values",
        "EFSA's AR and PRI or AI: one row per group (and sex, and zinc phytate "
        "level, where they apply); a row without a value is an explicit gap.",
        (
            NUTRIENT,
            PART,
            _rank("Position in the table."),
            _c("group", "string", "EFSA group."),
            _c("sex", "string", "female or male where EFSA splits.", required=False),
            _c("age_band", "string", "EFSA's own age band.", required=False),
            _c("kind", "string", "PRI, AI or not-set."),
            _c("average_requirement", "number", "EFSA AR per day.", required=False),
            _c("value", "number", "PRI or AI per day.", required=False),
            _c(
                "value_range_low",
                "number",
                "Low end, where EFSA sets a range instead of one value.",
                required=False,
                source="value_range[1]",
            ),
            _c(
                "value_range_high",
                "number",
                "High end of that range.",
                required=False,
                source="value_range[2]",
            ),
            _c(
                "phytate_mg", "integer", "Zinc: phytate intake, mg/day.", required=False
            ),
            _c(
                "not_set_reason",
                "string",
                "Why EFSA set no value (kind not-set).",
                required=False,
            ),
            _c("note", "string", "Caveat for this row.", required=False),
            _c("reference_id", "string", "EFSA opinion.", required=False),
            _c("confirmed_by", "string", "What confirmed the value."),
        ),
        ("nutrient_id", "part", "rank"),
        f"{E}.values[{{rank}}]",
        (EFSA_TABLE_FK, _fk("group", "efsa_groups")),
    ),
    Table(
        "efsa_upper_levels",
        "EFSA (and SCF) upper levels in force: one row per group with one.",
        (
            NUTRIENT,
            PART,
            _rank("Position in the list."),
            _c("group", "string", "EFSA group."),
            _c("sex", "string", "female or male where it differs.", required=False),
            _c("age_band", "string", "EFSA's own age band.", required=False),
            _c("value", "number", "The level per day (kind in efsa_tables)."),
            _c("note", "string", "Caveat for this group.", required=False),
            _c("reference_id", "string", "Opinion that set it."),
            _c("confirmed_by", "string", "What confirmed the value."),
        ),
        ("nutrient_id", "part", "rank"),
        f"{E}.ul.values[{{rank}}]",
        (EFSA_TABLE_FK, _fk("group", "efsa_groups"), REFERENCE_FK),
    ),
    Table(
        "efsa_history",
        "EFSA PRI, AI and AR values that were replaced, with their years.",
        (NUTRIENT, PART, *HISTORY_COLUMNS),
        ("nutrient_id", "part", "rank"),
        f"{E}.history[{{rank}}]",
        (EFSA_TABLE_FK,),
    ),
    Table(
        "efsa_upper_level_history",
        "EFSA and SCF upper levels that were replaced, with their years.",
        (NUTRIENT, PART, *HISTORY_COLUMNS),
        ("nutrient_id", "part", "rank"),
        f"{E}.ul.history[{{rank}}]",
        (EFSA_TABLE_FK,),
    ),
    Table(
        "efsa_groups",
        "EFSA's life-stage groups (fixed codes): who falls in each.",
        (
            _c("group", "string", "EFSA group id."),
            _c("rank", "integer", "Position in EFSA's tables."),
            _c("label", "string", "Label."),
            _c("min_age", "number", "Youngest age in years (inclusive)."),
            _c("max_age", "number", "Age in years where the group ends (exclusive)."),
            _c(
                "condition",
                "string",
                "pregnancy or lactation; empty otherwise.",
                required=False,
            ),
        ),
        ("group",),
        None,
        vocabulary=_efsa_group_rows,
    ),
)
TABLES = (*TABLES, *REFERENCE_VALUE_TABLES)
TABLE_BY_NAME = {t.name: t for t in TABLES}


def table_rows(data: Dataset) -> dict[str, list[Row]]:
    """Every table's rows, keyed by table name."""
    document = data.model_dump(mode="json")
    return {t.name: list(t.rows(document)) for t in TABLES}


def to_dataframes(data: Dataset) -> dict[str, Any]:
    """The tidy tables as pandas DataFrames (needs the ``pandas`` extra)."""
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        raise ImportError(
            "to_dataframes needs pandas: pip install 'nutrient-data[pandas]'"
        ) from None
    return {
        t.name: pandas.DataFrame(rows, columns=[c.name for c in t.columns])
        for t, rows in zip(TABLES, table_rows(data).values(), strict=True)
    }
