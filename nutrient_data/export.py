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

from nutrient_data.models import Dataset
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
