"""The tidy tables: every fact of the bundle in one row of one table.

Each table is declared once in :data:`TABLES` (columns, keys, and the path in
the bundle its rows come from; see :mod:`~nutrient_data.export.tabular`). The
CSV, data package, SQLite and Datasette writers all read these declarations,
so they cannot disagree.
"""

from __future__ import annotations

import importlib
from typing import Any

from nutrient_data.export.reference_tables import REFERENCE_VALUE_TABLES
from nutrient_data.export.tabular import (
    ITEM,
    Column,
    Row,
    Table,
)
from nutrient_data.export.tabular import column as _c
from nutrient_data.export.tabular import foreign_key as _fk
from nutrient_data.export.tabular import key_column as _key
from nutrient_data.export.tabular import position_column as _position
from nutrient_data.export.tabular import rank_column as _rank
from nutrient_data.export.tabular import refs_column as _refs
from nutrient_data.models import Dataset

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


def _gaps(name: str, field: str, description: str, scheme: str, reason: str) -> Table:
    """A table of the schemes a nutrient or component lacks an id in, with why."""
    return Table(
        name,
        description,
        (
            NUTRIENT,
            _key(
                "component_id",
                "Component id; empty for the nutrient as a whole.",
                required=False,
            ),
            _rank("Position in its record's list."),
            _c("scheme", "string", scheme),
            _c("reason", "string", reason),
        ),
        ("nutrient_id", "component_id", "rank"),
        f"{N}.components[{{component_id}}].{field}[{{rank}}]",
        (NUTRIENT_FK,),
        also=(f"{N}.{field}[{{rank}}]",),
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
        "One row per nutrient (its reference values are in reference_tables).",
        (
            NUTRIENT,
            _position("Position in the dataset's canonical order."),
            _c("name", "string", "Preferred name."),
            _c("nutrient_class", "string", "Kind of nutrient."),
            _c("summary", "string", "Short description."),
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
    _gaps(
        "no_records",
        "no_record",
        "Schemes stated to have no record for a nutrient as a whole (empty "
        "component_id) or for a component, each with the reason: a join that "
        "finds nothing there is expected, not a curation gap.",
        "Identifier scheme with no record.",
        "Why the scheme has none, and what showed it.",
    ),
    _gaps(
        "unconfirmed_identifiers",
        "unconfirmed",
        "Schemes whose identifier for a nutrient as a whole (empty component_id) "
        "or for a component could not be confirmed, each with what was seen: "
        "the id is left out until a registry's own record shows it.",
        "Identifier scheme whose identifier is not confirmed.",
        "What was seen, and why it does not confirm an identifier.",
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
