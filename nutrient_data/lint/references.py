"""Rule: every cited reference exists, each is cited, and none is entered twice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from nutrient_data.models import Dataset
from nutrient_data.problem import Problem, json_path

Path = tuple[str | int, ...]


def citations(node: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Yield ``(path parts, reference id)`` for every citation below ``node``.

    Paths stay tuples; only a problem renders one as text, which keeps the
    walk cheap on valid data.
    """
    if isinstance(node, BaseModel):
        for key, value in node.__dict__.items():
            if key in ("reference_id", "replaced_by"):
                if value is not None:
                    yield (*path, key), value
            elif key == "reference_ids":
                for k, ref in enumerate(value):
                    yield (*path, key, k), ref
            elif isinstance(value, BaseModel | tuple):
                yield from citations(value, (*path, key))
    elif isinstance(node, tuple):
        for k, value in enumerate(node):
            if isinstance(value, BaseModel | tuple):
                yield from citations(value, (*path, k))


_LEAF = (str, int, float, type(None))
"""What most values are: a cheap test skips them before the costlier one for a
model (pydantic models check instances through ``ABCMeta``)."""
_BRANCH = (BaseModel, tuple)


def cited_ids(*roots: Any) -> set[str]:
    """Every reference id cited below ``roots``: the same walk as
    :func:`citations` without paths, for the common case of valid data."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(
                v for v in node if not isinstance(v, _LEAF) and isinstance(v, _BRANCH)
            )
            continue
        for key, value in node.__dict__.items():
            if key in ("reference_id", "replaced_by"):
                if value is not None:
                    found.add(value)
            elif key == "reference_ids":
                found.update(value)
            elif not isinstance(value, _LEAF) and isinstance(value, _BRANCH):
                stack.append(value)
    return found


def check(dataset: Dataset) -> Iterator[Problem]:
    known = {r.id for r in dataset.references}
    roots = {
        "nutrients": dataset.nutrients,
        "profiles": dataset.profiles,
        "synthesis": dataset.synthesis,
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
