"""The data-schema page, generated from the JSON Schema the models produce.

It starts at the top-level object and walks down, each definition once, in
the order a reader meets it, with one small real record as an example.
"""

from __future__ import annotations

import json
from typing import Any

from nutrient_data.models import Dataset
from nutrient_data.schema import generate
from nutrient_data.site.markdown import table


def _type_of(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "enum" in spec:
        return "one of " + ", ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    for union in ("anyOf", "oneOf"):
        if union in spec:
            return " or ".join(_type_of(s) for s in spec[union])
    if spec.get("type") == "array":
        return f"array of {_type_of(spec.get('items', {}))}"
    kind = str(spec.get("type", "any"))
    limits = [
        f"{k} `{spec[k]}`" for k in ("minimum", "maximum", "pattern") if k in spec
    ]
    return kind + (f" ({'; '.join(limits)})" if limits else "")


def _refs(spec: Any) -> list[str]:
    """Names of the definitions ``spec`` points at, in order of appearance."""
    if isinstance(spec, dict):
        found = [spec["$ref"].rsplit("/", 1)[-1]] if "$ref" in spec else []
        return found + [n for v in spec.values() for n in _refs(v)]
    if isinstance(spec, list):
        return [n for v in spec for n in _refs(v)]
    return []


def _fields(definition: dict[str, Any]) -> str:
    required = set(definition.get("required", []))
    return table(
        ("Field", "Type", "Required", "Description"),
        [
            (
                f"`{field}`",
                _type_of(spec),
                "yes" if field in required else "no",
                spec.get("description", ""),
            )
            for field, spec in definition.get("properties", {}).items()
        ],
    )


def reading_order(schema: dict[str, Any]) -> list[str]:
    """Definitions breadth-first from the top-level object, each once."""
    order: list[str] = []
    queue = _refs(schema.get("properties", {}))
    while queue:
        name = queue.pop(0)
        if name not in order:
            order.append(name)
            queue += _refs(schema["$defs"][name])
    return order + sorted(set(schema["$defs"]) - set(order))


def schema_page(data: Dataset) -> str:
    schema = generate("dataset")
    example = next(r for r in data.references if r.pmid and r.doi)
    parts = [
        "# Data schema\n",
        "Generated from the pydantic models. The raw JSON Schemas (draft 2020-12) "
        "can be downloaded: [dataset.schema.json](schema/dataset.schema.json), "
        "[nutrient.schema.json](schema/nutrient.schema.json).\n",
        "## The top-level object {#dataset}\n",
        f"{schema.get('description', '')}\n",
        _fields(schema),
        "## A small example\n",
        "One real entry of `references`, as the JSON bundle holds it:\n",
        "```json\n"
        + json.dumps(example.model_dump(mode="json"), indent=2, ensure_ascii=False)
        + "\n```\n",
    ]
    for name in reading_order(schema):
        definition = schema["$defs"][name]
        parts.append(f"## {name} {{#{name.lower()}}}\n")
        parts.append(f"{definition.get('description', '')}\n")
        parts.append(_fields(definition))
    return "\n".join(parts)
