"""Rule: ids are unique, and no name points at two nutrients."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from nutrient_data.lint.claims import claims_with_paths
from nutrient_data.lookup import normalize
from nutrient_data.models import Dataset
from nutrient_data.problem import Problem


def _repeats(kind: str, ids: Iterable[tuple[str, str]]) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for path, record_id in ids:
        if record_id in seen:
            yield Problem(path, f"{kind} id {record_id!r} repeats {seen[record_id]}")
        else:
            seen[record_id] = path


def check(dataset: Dataset) -> Iterator[Problem]:
    yield from _repeats(
        "nutrient",
        ((f"$.nutrients[{i}].id", n.id) for i, n in enumerate(dataset.nutrients)),
    )
    yield from _repeats(
        "profile",
        ((f"$.profiles[{i}].id", p.id) for i, p in enumerate(dataset.profiles)),
    )
    yield from _repeats(
        "reference",
        ((f"$.references[{i}].id", r.id) for i, r in enumerate(dataset.references)),
    )
    yield from _repeats(
        "claim",
        ((f"{path}.id", c.id) for path, c in claims_with_paths(dataset)),
    )
    owner: dict[str, str] = {}
    for i, nutrient in enumerate(dataset.nutrients):
        for j, name in enumerate((nutrient.id, nutrient.name, *nutrient.synonyms)):
            key = normalize(name)
            other = owner.setdefault(key, nutrient.id)
            if other != nutrient.id:
                path = (
                    f"$.nutrients[{i}].synonyms[{j - 2}]"
                    if j >= 2
                    else f"$.nutrients[{i}]"
                )
                yield Problem(path, f"name {name!r} also names nutrient {other!r}")
