"""Check a user's JSON file: a whole dataset, or one nutrient record.

Three layers, each reporting problems by JSON path: the JSON Schema (so that
tools in other languages see the same verdict), the models' own rules, and the
cross-record lint rules. Input that cannot be read at all raises
:class:`InputError` instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nutrient_data import lint
from nutrient_data.loader import build, load, validation_problems
from nutrient_data.models import Dataset, EfsaTable, Nutrient
from nutrient_data.paths import SchemaKind
from nutrient_data.problem import DatasetError, Problem
from nutrient_data.schema import generate

MAX_BYTES = 20 * 1024 * 1024


class InputError(ValueError):
    """The file cannot be read as JSON at all (missing, too large, not UTF-8, ...)."""


def _reject_constant(name: str) -> Any:
    raise InputError(f"not valid JSON: {name} is not a JSON number")


def read_json(path: Path, max_bytes: int = MAX_BYTES) -> Any:
    """Parse ``path`` as strict JSON (no NaN or Infinity) or raise InputError."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}") from None
    if len(raw) > max_bytes:
        raise InputError(
            f"file is larger than the {max_bytes // (1024 * 1024)} MiB limit"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError("not usable JSON: nested too deeply") from None


def kind_of(document: Any) -> SchemaKind | None:
    """Tell a dataset bundle from a single nutrient record or EFSA table."""
    if isinstance(document, dict):
        if "nutrients" in document:
            return "dataset"
        if "intakes" in document or "claims" in document:
            return "nutrient"
        if "nutrient_id" in document and "status" in document:
            return "efsa-table"
    return None


def schema_problems(document: Any, kind: SchemaKind) -> list[Problem]:
    """Problems the JSON Schema finds, sorted by path."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(generate(kind))
    found = [
        Problem(error.json_path, error.message)
        for error in validator.iter_errors(document)
    ]
    return sorted(found)


def _nutrient_in_context(document: Any) -> list[Problem]:
    """Lint one nutrient record against the shipped dataset it would join."""
    try:
        nutrient = Nutrient.model_validate(document)
    except ValidationError as error:
        return validation_problems(error)
    shipped = load()
    others = tuple(n for n in shipped.nutrients if n.id != nutrient.id)
    if not nutrient.efsa:  # a nutrient file leaves its EFSA tables to their files
        same = [n.efsa for n in shipped.nutrients if n.id == nutrient.id]
        nutrient = nutrient.model_copy(update={"efsa": same[0] if same else ()})
    dataset = Dataset.model_construct(
        metadata=shipped.metadata,
        nutrients=(*others, nutrient),
        profiles=shipped.profiles,
        references=shipped.references,
        synthesis=shipped.synthesis,
    )
    prefix = f"$.nutrients[{len(others)}]"
    return [
        Problem("$" + p.path[len(prefix) :], p.message)
        for p in lint.run(dataset)
        if p.path.startswith(prefix)
    ]


def _efsa_table_in_context(document: Any) -> list[Problem]:
    """Lint one EFSA table file as part of its nutrient in the shipped dataset."""
    try:
        table = EfsaTable.model_validate(document)
    except ValidationError as error:
        return validation_problems(error)
    shipped = load()
    if table.nutrient_id not in {n.id for n in shipped.nutrients}:
        return [Problem("$.nutrient_id", f"unknown nutrient {table.nutrient_id!r}")]
    nutrient = shipped.nutrient(table.nutrient_id)
    others = tuple(t for t in nutrient.efsa if t.basis != table.basis)
    record = nutrient.model_dump(mode="json") | {
        "efsa": [
            table.model_dump(mode="json"),
            *(t.model_dump(mode="json") for t in others),
        ]
    }
    found = _nutrient_in_context(record)
    return [
        Problem("$" + p.path.removeprefix("$.efsa[0]"), p.message)
        for p in found
        if p.path.startswith("$.efsa[0]")
    ]


def problems_in(document: Any) -> list[Problem]:
    """Every problem in a parsed document; empty when it is valid."""
    kind = kind_of(document)
    if kind is None:
        return [
            Problem("$", "neither a dataset (no 'nutrients') nor a nutrient record")
        ]
    found = schema_problems(document, kind)
    if found:
        return found
    if kind == "nutrient":
        return _nutrient_in_context(document)
    if kind == "efsa-table":
        return _efsa_table_in_context(document)
    try:
        build(document)
    except DatasetError as error:
        return list(error.problems)
    return []


def validate_file(path: Path) -> list[Problem]:
    """Problems in the JSON file at ``path``; raises InputError if unreadable."""
    return problems_in(read_json(path))
