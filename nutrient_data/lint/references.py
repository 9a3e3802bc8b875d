"""Rule: every cited reference exists, each is cited, and none is entered twice."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem, json_path

Path = tuple[str | int, ...]
CITING = ("reference_id", "replaced_by")
"""Fields that cite one reference (or none)."""
CITING_MANY = "reference_ids"
"""The field that cites a list of references."""


def _holds_models(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(inner) for inner in get_args(annotation))


@cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """A model's citing fields, whether it has the list one, and the fields
    that may hold models: found once per class, so the walk skips the rest."""
    names = model.model_fields
    branches = tuple(
        name
        for name, field in names.items()
        if name not in (*CITING, CITING_MANY) and _holds_models(field.annotation)
    )
    return tuple(n for n in CITING if n in names), CITING_MANY in names, branches


def citations(node: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Yield ``(path parts, reference id)`` for every citation below ``node``.

    Paths stay tuples; only a problem renders one as text, which keeps the
    walk cheap on valid data.
    """
    if isinstance(node, tuple):
        for k, value in enumerate(node):
            yield from citations(value, (*path, k))
    elif isinstance(node, BaseModel):
        citing, many, branches = _fields(type(node))
        values = node.__dict__
        for key in citing:
            if values.get(key) is not None:
                yield (*path, key), values[key]
        if many:
            for k, ref in enumerate(values.get(CITING_MANY) or ()):
                yield (*path, CITING_MANY, k), ref
        for key in branches:
            yield from citations(values.get(key), (*path, key))


def cited_ids(*roots: Any) -> set[str]:
    """Every reference id cited below ``roots``: the same walk as
    :func:`citations` without paths, for the common case of valid data."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(node)
        elif isinstance(node, BaseModel):
            citing, many, branches = _fields(type(node))
            values = node.__dict__
            for key in citing:
                if values.get(key) is not None:
                    found.add(values[key])
            if many:
                found.update(values.get(CITING_MANY) or ())
            for key in branches:
                stack.append(values.get(key))
    return found


def check(dataset: Dataset) -> Iterator[Problem]:
    known = {r.id for r in dataset.references}
    roots = {
        "nutrients": dataset.nutrients,
        "profiles": dataset.profiles,
        "synthesis": dataset.synthesis,
        "authorities": dataset.authorities,
    }
    cited = cited_ids(*roots.values())
    if not cited <= known:  # only then find where each unknown one is cited
        for name, root in roots.items():
            for parts, ref in citations(root, (name,)):
                if ref not in known:
                    yield Problem(json_path(parts), f"cites unknown reference {ref!r}")
    first_seen: dict[str, str] = {}
    for i, reference in enumerate(dataset.references):
        path = f"$.references[{i}]"
        if reference.id not in cited:
            yield Problem(path, f"reference {reference.id!r} is never cited")
        for label, value in (("DOI", reference.doi), ("PMID", reference.pmid)):
            if value is None:
                continue
            key = f"{label} {value.lower()}"
            if key in first_seen:
                yield Problem(path, f"{key} is already entered as {first_seen[key]!r}")
            else:
                first_seen[key] = reference.id
