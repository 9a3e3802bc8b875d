"""Exports for users who never import Python: one JSON bundle, tidy CSV tables,
and a Frictionless data package that describes them.

Each table is declared once in :data:`TABLES` (columns, types, keys and how its
rows are drawn from the dataset); the CSV writer and the data package
descriptor both read that declaration, so they cannot disagree.
"""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from nutrient_data.models import Dataset, ValueChange
from nutrient_data.paths import BUNDLE_NAME, json_text

Format = Literal["json", "csv", "datapackage"]
FieldType = Literal["string", "number", "integer", "boolean", "date"]
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    name: str
    type: FieldType
    description: str
    required: bool = True


@dataclass(frozen=True)
class Table:
    """One tidy table: one row per fact, with its keys."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[Dataset], Iterator[Row]]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = field(
        default=()
    )


def _c(name: str, type_: FieldType, description: str, required: bool = True) -> Column:
    return Column(name, type_, description, required)


def _nutrient_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        yield {
            "nutrient_id": n.id,
            "name": n.name,
            "nutrient_class": n.nutrient_class,
            "summary": n.summary,
            "dri_unit": n.intakes.unit,
            "dri_basis": n.intakes.basis,
            "ul_applies_to": n.intakes.ul_applies_to,
            "ul_scope": n.intakes.ul_scope,
        }


def _synonym_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for synonym in n.synonyms:
            yield {"nutrient_id": n.id, "synonym": synonym}


def _identifier_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        owners = [(None, n.identifiers)] + [(c.id, c.identifiers) for c in n.components]
        for component, identifiers in owners:
            for ident in identifiers:
                yield {
                    "nutrient_id": n.id,
                    "component_id": component or "",
                    "scheme": ident.scheme,
                    "value": ident.value,
                    "confirmed_by": ident.confirmed_by,
                }


def _intake_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for v in n.intakes.values:
            yield {
                "nutrient_id": n.id,
                "life_stage": v.life_stage,
                "kind": v.kind,
                "value": v.value,
                "average_requirement": v.average_requirement,
                "ul": v.ul,
                "unit": n.intakes.unit,
                "note": v.note,
                "reference_id": v.reference_id,
            }


def _food_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for i, f in enumerate(n.food_sources, start=1):
            yield {
                "nutrient_id": n.id,
                "rank": i,
                "food": f.food,
                "serving": f.serving,
                "amount": f.amount,
                "unit": f.unit,
                "reference_id": f.reference_id,
            }


def _interaction_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for i, x in enumerate(n.interactions, start=1):
            yield {
                "nutrient_id": n.id,
                "rank": i,
                "agent": x.agent,
                "agent_type": x.agent_type,
                "effect": x.effect,
                "relevance": x.relevance,
                "reference_ids": " ".join(x.reference_ids),
            }


def _claim_rows(data: Dataset) -> Iterator[Row]:
    placed = {c: p.id for p in data.profiles for c in p.claim_ids}
    for nutrient_id, c in data.claims():
        yield {
            "claim_id": c.id,
            "nutrient_id": nutrient_id,
            "profile_id": placed.get(c.id),
            "statement": c.statement,
            "mechanism": c.mechanism,
            "verdict": c.verdict,
            "certainty": c.certainty,
            "rated_down_for": " ".join(c.rated_down_for),
            "evidence_base": c.evidence_base,
            "supplement_efficacy": c.supplement_efficacy,
            "evidence": c.evidence,
        }


def _claim_reference_rows(data: Dataset) -> Iterator[Row]:
    for _, c in data.claims():
        for ref in c.reference_ids:
            yield {"claim_id": c.id, "reference_id": ref}


def _reference_rows(data: Dataset) -> Iterator[Row]:
    for r in data.references:
        yield {
            "reference_id": r.id,
            "type": r.type,
            "title": r.title,
            "authors": "; ".join(r.authors),
            "year": r.year,
            "container": r.container,
            "pmid": r.pmid,
            "doi": r.doi,
            "url": r.url,
            "confirmed_by": r.confirmed_by,
            "confirmed_on": r.confirmed_on.isoformat(),
        }


def _profile_rows(data: Dataset) -> Iterator[Row]:
    for p in data.profiles:
        yield {
            "profile_id": p.id,
            "order": p.order,
            "source_heading": p.source_heading,
            "title": p.title,
            "role": p.role,
            "essay_says": p.audit.essay_says,
            "evidence_says": p.audit.evidence_says,
            "differences": p.audit.differences,
        }


def _profile_nutrient_rows(data: Dataset) -> Iterator[Row]:
    for p in data.profiles:
        for nutrient_id in p.nutrient_ids:
            yield {"profile_id": p.id, "nutrient_id": nutrient_id}


NUTRIENT_FK = (("nutrient_id",), "nutrients", ("nutrient_id",))
REFERENCE_FK = (("reference_id",), "references", ("reference_id",))

TABLES: tuple[Table, ...] = (
    Table(
        "nutrients",
        "One row per nutrient, with how its DRI table is expressed.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("name", "string", "Preferred name."),
            _c("nutrient_class", "string", "Kind of nutrient."),
            _c("summary", "string", "Short description."),
            _c("dri_unit", "string", "UCUM unit of the DRI values (per day)."),
            _c("dri_basis", "string", "What the DRI values count.", required=False),
            _c("ul_applies_to", "string", "Which intake the UL limits."),
            _c("ul_scope", "string", "The UL's caveat.", required=False),
        ),
        ("nutrient_id",),
        _nutrient_rows,
    ),
    Table(
        "synonyms",
        "Other names of each nutrient.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("synonym", "string", "Another name."),
        ),
        ("nutrient_id", "synonym"),
        _synonym_rows,
        (NUTRIENT_FK,),
    ),
    Table(
        "identifiers",
        "Confirmed database identifiers of nutrients and their components.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c(
                "component_id",
                "string",
                "Component id; empty when the id is the nutrient's own.",
                required=False,
            ),
            _c("scheme", "string", "Identifier scheme."),
            _c("value", "string", "Identifier."),
            _c("confirmed_by", "string", "What confirmed it."),
        ),
        ("scheme", "value"),
        _identifier_rows,
        (NUTRIENT_FK,),
    ),
    Table(
        "intakes",
        "US Dietary Reference Intakes: one row per nutrient and life-stage group.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("life_stage", "string", "DRI life-stage group."),
            _c("kind", "string", "RDA, AI, or ND (not determined)."),
            _c("value", "number", "RDA or AI per day.", required=False),
            _c(
                "average_requirement",
                "number",
                "Estimated Average Requirement (EAR) per day.",
                required=False,
            ),
            _c("ul", "number", "Tolerable Upper Intake Level per day.", required=False),
            _c("unit", "string", "UCUM unit of value and ul."),
            _c("note", "string", "Caveat for this group.", required=False),
            _c("reference_id", "string", "Report the values come from."),
        ),
        ("nutrient_id", "life_stage"),
        _intake_rows,
        (NUTRIENT_FK, REFERENCE_FK),
    ),
    Table(
        "food_sources",
        "Foods and the amount of the nutrient in one serving.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("rank", "integer", "Position in the nutrient's list."),
            _c("food", "string", "Food."),
            _c("serving", "string", "Serving size."),
            _c("amount", "number", "Amount in one serving."),
            _c("unit", "string", "UCUM unit of the amount."),
            _c("reference_id", "string", "Source of the amount."),
        ),
        ("nutrient_id", "rank"),
        _food_rows,
        (NUTRIENT_FK, REFERENCE_FK),
    ),
    Table(
        "interactions",
        "Interactions with medicines, nutrients and laboratory tests.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("rank", "integer", "Position in the nutrient's list."),
            _c("agent", "string", "Medicine, nutrient or test."),
            _c("agent_type", "string", "medicine, nutrient or laboratory-test."),
            _c("effect", "string", "What happens."),
            _c("relevance", "string", "Why it matters here.", required=False),
            _c("reference_ids", "string", "Space-separated reference ids."),
        ),
        ("nutrient_id", "rank"),
        _interaction_rows,
        (NUTRIENT_FK,),
    ),
    Table(
        "claims",
        "Claims about insulin sensitivity, each with its verdict and certainty.",
        (
            _c("claim_id", "string", "Claim id."),
            _c("nutrient_id", "string", "Nutrient the claim is about."),
            _c("profile_id", "string", "Essay topic it restates.", required=False),
            _c("statement", "string", "The hypothesis, stated affirmatively."),
            _c("mechanism", "string", "Pathway or outcome."),
            _c("verdict", "string", "What the evidence says about the statement."),
            _c("certainty", "string", "GRADE certainty of the verdict."),
            _c(
                "rated_down_for",
                "string",
                "GRADE reasons for rating down, space-separated.",
                required=False,
            ),
            _c("evidence_base", "string", "Strongest kind of evidence behind it."),
            _c("supplement_efficacy", "boolean", "Feeds the nutrient's roll-up."),
            _c("evidence", "string", "What the evidence shows."),
        ),
        ("claim_id",),
        _claim_rows,
        (NUTRIENT_FK, (("profile_id",), "profiles", ("profile_id",))),
    ),
    Table(
        "claim_references",
        "Which references each claim cites.",
        (
            _c("claim_id", "string", "Claim id."),
            _c("reference_id", "string", "Reference id."),
        ),
        ("claim_id", "reference_id"),
        _claim_reference_rows,
        ((("claim_id",), "claims", ("claim_id",)), REFERENCE_FK),
    ),
    Table(
        "references",
        "The reference registry.",
        (
            _c("reference_id", "string", "Reference id."),
            _c("type", "string", "Kind of source."),
            _c("title", "string", "Title."),
            _c("authors", "string", "Authors, separated by '; '."),
            _c("year", "integer", "Year."),
            _c("container", "string", "Journal or publisher.", required=False),
            _c("pmid", "string", "PubMed id.", required=False),
            _c("doi", "string", "DOI.", required=False),
            _c("url", "string", "URL.", required=False),
            _c("confirmed_by", "string", "What confirmed it."),
            _c("confirmed_on", "date", "When it was confirmed."),
        ),
        ("reference_id",),
        _reference_rows,
    ),
    Table(
        "profiles",
        "The source essay's ten topics and their audit.",
        (
            _c("profile_id", "string", "Profile id."),
            _c("order", "integer", "Position in the essay."),
            _c("source_heading", "string", "Heading in the essay."),
            _c("title", "string", "Plain title."),
            _c("role", "string", "Role the essay gives."),
            _c("essay_says", "string", "What the essay asserts."),
            _c("evidence_says", "string", "What the evidence shows."),
            _c("differences", "string", "Where they differ."),
        ),
        ("profile_id",),
        _profile_rows,
    ),
    Table(
        "profile_nutrients",
        "Which nutrients each profile covers.",
        (
            _c("profile_id", "string", "Profile id."),
            _c("nutrient_id", "string", "Nutrient id."),
        ),
        ("profile_id", "nutrient_id"),
        _profile_nutrient_rows,
        ((("profile_id",), "profiles", ("profile_id",)), NUTRIENT_FK),
    ),
)


# Reference values across authorities: the US EAR basis, EFSA's tables and
# upper levels, and every superseded value (US and EFSA). Appended to TABLES.


def _us_requirement_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        cv = n.intakes.requirement_cv
        yield {
            "nutrient_id": n.id,
            "requirement_cv": cv.cv if cv else None,
            "cv_note": cv.note if cv else None,
            "cv_reference_id": cv.reference_id if cv else None,
            "average_requirement_note": n.intakes.average_requirement_note,
        }


def _efsa_table_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for part, t in enumerate(n.efsa):
            yield {
                "nutrient_id": n.id,
                "part": part,
                "status": t.status,
                "status_note": t.status_note,
                "unit": t.unit,
                "basis": t.basis,
                "ul_kind": t.ul.kind if t.ul else None,
                "ul_applies_to": t.ul.applies_to if t.ul else None,
                "ul_scope": t.ul.scope if t.ul else None,
                "ul_reference_ids": " ".join(
                    r for r in (t.ul.reference_id, *t.ul.reference_ids) if r
                )
                if t.ul
                else None,
                "why_it_differs_from_us": t.why_it_differs_from_us,
            }


def _efsa_value_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for part, t in enumerate(n.efsa):
            for rank, v in enumerate(t.values, start=1):
                low, high = v.value_range or (None, None)
                yield {
                    "nutrient_id": n.id,
                    "part": part,
                    "rank": rank,
                    "group": v.group,
                    "sex": v.sex,
                    "age_band": v.age_band,
                    "phytate_mg": v.phytate_mg,
                    "kind": v.kind,
                    "average_requirement": v.average_requirement,
                    "value": v.value,
                    "value_low": low,
                    "value_high": high,
                    "unit": t.unit,
                    "note": v.note,
                    "reference_id": v.reference_id,
                    "confirmed_by": v.confirmed_by,
                }


def _efsa_upper_level_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        for part, t in enumerate(n.efsa):
            for rank, u in enumerate(t.ul.values if t.ul else (), start=1):
                yield {
                    "nutrient_id": n.id,
                    "part": part,
                    "rank": rank,
                    "group": u.group,
                    "sex": u.sex,
                    "kind": t.ul.kind if t.ul else None,
                    "value": u.value,
                    "unit": t.unit,
                    "note": u.note,
                    "reference_id": u.reference_id,
                    "confirmed_by": u.confirmed_by,
                }


def _history_rows(data: Dataset) -> Iterator[Row]:
    for n in data.nutrients:
        dated: list[tuple[str, int | None, str, ValueChange]] = [
            ("us", None, n.intakes.unit, c) for c in n.intakes.history
        ]
        for index, t in enumerate(n.efsa):
            changes = (*t.history, *(t.ul.history if t.ul else ()))
            dated += [("efsa", index, t.unit, c) for c in changes]
        for rank, (authority, part, unit, c) in enumerate(dated, start=1):
            yield {
                "authority": authority,
                "nutrient_id": n.id,
                "rank": rank,
                "part": part,
                "group": c.group,
                "sex": c.sex,
                "phytate_mg": c.phytate_mg,
                "kind": c.kind,
                "value": c.value,
                "unit": unit,
                "in_force_from": c.in_force_from,
                "in_force_until": c.in_force_until,
                "reference_id": c.reference_id,
                "replaced_by": c.replaced_by,
                "note": c.note,
                "confirmed_by": c.confirmed_by,
            }


EFSA_PART_FK = (("nutrient_id", "part"), "efsa_tables", ("nutrient_id", "part"))
_OPTIONAL = False  # the column may be empty
REFERENCE_VALUE_TABLES: tuple[Table, ...] = (
    Table(
        "us_requirements",
        "How each US RDA rests on its EAR: the CV of the requirement, or why "
        "there is no EAR.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c(
                "requirement_cv",
                "number",
                "CV of the requirement (0.1 is 10%).",
                _OPTIONAL,
            ),
            _c("cv_note", "string", "How the report chose the CV.", _OPTIONAL),
            _c("cv_reference_id", "string", "Report that states it.", _OPTIONAL),
            _c(
                "average_requirement_note",
                "string",
                "Why no EAR was set, or which could not be confirmed.",
                _OPTIONAL,
            ),
        ),
        ("nutrient_id",),
        _us_requirement_rows,
        (NUTRIENT_FK,),
    ),
    Table(
        "efsa_tables",
        "EFSA Dietary Reference Values: one row per nutrient (or part of one, "
        "such as omega-3's ALA and EPA plus DHA), with its upper level's scope.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("part", "integer", "0 for the main table, 1 and up for further parts."),
            _c("status", "string", "values-set or no-value-set."),
            _c("status_note", "string", "Why no value, or a caveat.", _OPTIONAL),
            _c("unit", "string", "UCUM unit per day, or percent-energy."),
            _c("basis", "string", "What the values count.", _OPTIONAL),
            _c("ul_kind", "string", "UL, safe-level or none.", _OPTIONAL),
            _c(
                "ul_applies_to",
                "string",
                "total-intake or supplemental-only.",
                _OPTIONAL,
            ),
            _c("ul_scope", "string", "What the upper level covers.", _OPTIONAL),
            _c(
                "ul_reference_ids",
                "string",
                "Space-separated sources of the scope.",
                _OPTIONAL,
            ),
            _c(
                "why_it_differs_from_us",
                "string",
                "Why EFSA's values differ from the US ones.",
                _OPTIONAL,
            ),
        ),
        ("nutrient_id", "part"),
        _efsa_table_rows,
        (NUTRIENT_FK,),
    ),
    Table(
        "efsa_values",
        "EFSA's AR and PRI or AI: one row per group (and sex and zinc phytate "
        "level where they apply); a row without a value is an explicit gap.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("part", "integer", "Which EFSA table of the nutrient."),
            _c("rank", "integer", "Position in the table."),
            _c("group", "string", "EFSA group."),
            _c("sex", "string", "female or male where EFSA splits.", _OPTIONAL),
            _c("age_band", "string", "EFSA's own adult band.", _OPTIONAL),
            _c("phytate_mg", "integer", "Zinc: phytate intake, mg/day.", _OPTIONAL),
            _c("kind", "string", "PRI, AI or not-set."),
            _c("average_requirement", "number", "EFSA AR per day.", _OPTIONAL),
            _c("value", "number", "PRI or AI per day.", _OPTIONAL),
            _c("value_low", "number", "Low end, where EFSA gives a range.", _OPTIONAL),
            _c("value_high", "number", "High end of that range.", _OPTIONAL),
            _c("unit", "string", "UCUM unit per day, or percent-energy."),
            _c("note", "string", "Caveat for this row.", _OPTIONAL),
            _c("reference_id", "string", "EFSA opinion.", _OPTIONAL),
            _c("confirmed_by", "string", "What confirmed the value."),
        ),
        ("nutrient_id", "part", "rank"),
        _efsa_value_rows,
        (NUTRIENT_FK, EFSA_PART_FK),
    ),
    Table(
        "efsa_upper_levels",
        "EFSA (and SCF) upper levels in force: one row per group with one.",
        (
            _c("nutrient_id", "string", "Nutrient id."),
            _c("part", "integer", "Which EFSA table of the nutrient."),
            _c("rank", "integer", "Position in the list."),
            _c("group", "string", "EFSA group."),
            _c("sex", "string", "female or male where it differs.", _OPTIONAL),
            _c("kind", "string", "UL or safe-level (not a UL)."),
            _c("value", "number", "Upper level per day."),
            _c("unit", "string", "UCUM unit per day."),
            _c("note", "string", "Caveat for this group.", _OPTIONAL),
            _c("reference_id", "string", "Opinion that set it."),
            _c("confirmed_by", "string", "What confirmed the value."),
        ),
        ("nutrient_id", "part", "rank"),
        _efsa_upper_level_rows,
        (NUTRIENT_FK, EFSA_PART_FK, REFERENCE_FK),
    ),
    Table(
        "value_history",
        "Superseded reference values of both authorities, with the years each "
        "was in force (from, up to the year it was replaced).",
        (
            _c("authority", "string", "us or efsa."),
            _c("nutrient_id", "string", "Nutrient id."),
            _c("rank", "integer", "Position in the nutrient's history."),
            _c("part", "integer", "EFSA: which table of the nutrient.", _OPTIONAL),
            _c("group", "string", "Life-stage group, in the authority's ids."),
            _c("sex", "string", "female or male where split.", _OPTIONAL),
            _c("phytate_mg", "integer", "Zinc: phytate intake, mg/day.", _OPTIONAL),
            _c("kind", "string", "RDA, AI, EAR, PRI, AR, UL or safe-level."),
            _c("value", "number", "The replaced value per day."),
            _c("unit", "string", "Unit of the value."),
            _c("in_force_from", "integer", "Year it took effect."),
            _c("in_force_until", "integer", "Year it was replaced."),
            _c("reference_id", "string", "Where it was set."),
            _c("replaced_by", "string", "What replaced it."),
            _c("note", "string", "Caveat.", _OPTIONAL),
            _c("confirmed_by", "string", "What confirmed it."),
        ),
        ("authority", "nutrient_id", "rank"),
        _history_rows,
        (NUTRIENT_FK, REFERENCE_FK),
    ),
)
TABLES = (*TABLES, *REFERENCE_VALUE_TABLES)


def table_rows(data: Dataset) -> dict[str, list[Row]]:
    """Every table's rows, keyed by table name."""
    return {t.name: list(t.rows(data)) for t in TABLES}


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


def bundle(data: Dataset) -> dict[str, Any]:
    """The single self-contained JSON document (valid against the dataset schema)."""
    return data.model_dump(mode="json")


def render_bundle(data: Dataset) -> str:
    return json_text(bundle(data))


def write_json(data: Dataset, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / BUNDLE_NAME
    path.write_text(render_bundle(data), encoding="utf-8")
    return [path]


def write_csv(data: Dataset, out: Path) -> list[Path]:
    """One UTF-8 CSV per table; empty cells stand for null."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(
                handle, fieldnames=[c.name for c in table.columns], lineterminator="\n"
            )
            writer.writeheader()
            writer.writerows(table.rows(data))
        written.append(path)
    return written


def descriptor(data: Dataset) -> dict[str, Any]:
    """The Frictionless ``datapackage.json`` for the CSV tables."""
    meta = data.metadata
    return {
        "name": meta.name,
        "title": meta.title,
        "description": f"{meta.description} {meta.disclaimer}",
        "version": meta.version,
        "created": f"{meta.released.isoformat()}T00:00:00Z",
        "licenses": [
            {
                "name": meta.license_data,
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "resources": [
            {
                "name": table.name.replace("_", "-"),
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": {
                    "fields": [
                        {
                            "name": c.name,
                            "type": c.type,
                            "description": c.description,
                            "constraints": {"required": c.required},
                        }
                        for c in table.columns
                    ],
                    "missingValues": [""],
                    "primaryKey": list(table.primary_key),
                    "foreignKeys": [
                        {
                            "fields": list(fields),
                            "reference": {
                                "resource": target.replace("_", "-"),
                                "fields": list(target_fields),
                            },
                        }
                        for fields, target, target_fields in table.foreign_keys
                    ],
                },
            }
            for table in TABLES
        ],
    }


def write_datapackage(data: Dataset, out: Path) -> list[Path]:
    written = write_csv(data, out)
    path = out / "datapackage.json"
    path.write_text(json_text(descriptor(data)), encoding="utf-8")
    return [*written, path]


WRITERS: dict[Format, Callable[[Dataset, Path], list[Path]]] = {
    "json": write_json,
    "csv": write_csv,
    "datapackage": write_datapackage,
}


def export(data: Dataset, fmt: Format, out: Path) -> list[Path]:
    """Write ``data`` in format ``fmt`` into the folder ``out``; return the files."""
    return WRITERS[fmt](data, out)
