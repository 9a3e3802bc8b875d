"""Rule: every cited reference exists, each is cited, and none is entered twice."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, cast, get_args

from pydantic import BaseModel

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem, json_path

Path = tuple[str | int, ...]
CITING = ("reference_id", "replaced_by")
"""Fields that cite one reference (or none)."""
CITING_MANY = "reference_ids"
"""The field that cites a list of references."""


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The model classes an annotation may hold (``X | None``, ``tuple[X, ...]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for inner in get_args(annotation):
        yield from _models_in(inner)


def _cites(model: type[BaseModel], seen: frozenset[type[BaseModel]]) -> bool:
    """Whether ``model``, or a model it may hold, has a citing field."""
    names = model.model_fields
    if CITING_MANY in names or any(n in names for n in CITING):
        return True
    return any(
        inner not in seen and _cites(inner, seen | {model})
        for field in names.values()
        for inner in _models_in(field.annotation)
    )


@cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """A model's citing fields, whether it has the list one, and the fields
    that may hold models that cite: found once per class, so the walk skips
    the rest (groups, kinds, identifiers)."""
    names = model.model_fields
    branches = tuple(
        name
        for name, field in names.items()
        if name not in (*CITING, CITING_MANY)
        and any(_cites(m, frozenset()) for m in _models_in(field.annotation))
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
    """Every reference id cited below ``roots``: what :func:`citations` finds,
    without paths, for the common case of valid data.

    The walk goes level by level, and reads each level's records class by
    class, so that each field is read for all records of a class at once
    (the 1,500 rows of the authorities' tables in one pass per field).
    """
    found: set[str | None] = set()
    level: list[Any] = list(roots)
    while level:
        by_class: dict[type[BaseModel], list[dict[str, Any]]] = {}
        while level:
            node = level.pop()
            if isinstance(node, tuple):
                level.extend(node)
            elif isinstance(node, BaseModel):
                by_class.setdefault(type(node), []).append(node.__dict__)
        for model, records in by_class.items():
            citing, many, branches = _fields(model)
            for key in citing:
                found.update([values.get(key) for values in records])
            if many:
                for values in records:
                    found.update(values.get(CITING_MANY) or ())
            for key in branches:
                level.extend([values.get(key) for values in records])
    found.discard(None)
    return cast(set[str], found)


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
