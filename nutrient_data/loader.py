"""The validated dataset: built from the per-record files, loaded from the bundle.

Curators edit one file per record under ``nutrient_data/data/``;
:func:`read_source` gathers them in canonical order and :func:`build` validates
the result with the models and the lint rules. ``python -m nutrient_data.build``
writes what it builds as the JSON bundle, the one file every consumer reads,
and a test fails when the bundle differs from the validated sources.
:func:`load` validates that bundle in full and caches it, so that the second
``load()`` costs nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any, cast

from pydantic import ValidationError
from pydantic_core import from_json

from nutrient_data import lint
from nutrient_data.models import Dataset
from nutrient_data.paths import (
    DATA_ROOT,
    FDC_FILE,
    bundle_file,
    read_shipped_json,
)
from nutrient_data.problem import DatasetError, Problem, json_path
from nutrient_data.rollup import roll_up
from nutrient_data.vocab import (
    CERTAINTIES,
    NUTRIENT_ORDER,
    VERDICTS,
    Certainty,
    Verdict,
)

AUTHORITY_FOLDER = "reference-values"
AUTHORITY_FILE = "authority.json"


def _read(entry: Traversable) -> Any:
    """One source file, parsed by pydantic's JSON parser (faster than ``json``)."""
    return read_shipped_json(entry, from_json)


def _json_files(folder: Traversable) -> list[Traversable]:
    return sorted(
        (e for e in folder.iterdir() if e.name.endswith(".json")), key=lambda e: e.name
    )


def _authority(folder: Traversable, rank: dict[str, int]) -> Any:
    """One authority folder as one record: ``authority.json`` with ``tables``,
    one per nutrient file, in the dataset's nutrient order (a nutrient's tables
    in the order of their file names: ``omega-3`` before ``omega-3-epa-dha``)."""
    where = f"$.{AUTHORITY_FOLDER}/{folder.name}"
    entry = folder / AUTHORITY_FILE
    if not entry.is_file():
        raise DatasetError([Problem(where, f"no {AUTHORITY_FILE}")])
    authority = _read(entry)
    files = [e for e in _json_files(folder) if e.name != AUTHORITY_FILE]
    tables = [_read(e) for e in sorted(files, key=lambda e: e.name[:-5])]
    unknown = sorted(
        {str(t.get("nutrient") if isinstance(t, dict) else None) for t in tables}
        - set(rank)
    )
    if unknown:
        raise DatasetError(
            [Problem(where, f"tables name no known nutrient: {', '.join(unknown)}")]
        )
    tables.sort(key=lambda t: rank[t["nutrient"]])
    if isinstance(authority, dict):
        authority = {**authority, "tables": tables}
    return authority


def read_authorities(root: Traversable = DATA_ROOT) -> list[Any]:
    """Every folder under ``reference-values/``, each as one authority record,
    in the order their ``order`` (then id) gives."""
    rank: dict[str, int] = {n: i for i, n in enumerate(NUTRIENT_ORDER)}
    folder = root / AUTHORITY_FOLDER
    found = [
        _authority(entry, rank)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.is_dir()
    ]

    def place(authority: Any) -> tuple[int, str]:
        if not isinstance(authority, dict):
            return (0, "")
        order = authority.get("order", 100)
        return (order if isinstance(order, int) else 0, str(authority.get("id")))

    return sorted(found, key=place)


def read_source(root: Traversable = DATA_ROOT) -> dict[str, Any]:
    """Gather the per-record files below ``root`` into one bundle-shaped document."""
    nutrients = [_read(e) for e in _json_files(root / "nutrients")]
    rank = {nutrient_id: i for i, nutrient_id in enumerate(NUTRIENT_ORDER)}
    nutrients.sort(key=lambda n: rank.get(n.get("id"), len(rank)))
    profiles = [_read(e) for e in _json_files(root / "profiles")]
    profiles.sort(key=lambda p: p.get("order", 0))
    references = [r for e in _json_files(root / "references") for r in _read(e)]
    references.sort(key=lambda r: r.get("id", ""))
    return {
        "metadata": _read(root / "dataset.json"),
        "nutrients": nutrients,
        "profiles": profiles,
        "references": references,
        "authorities": read_authorities(root),
        "synthesis": with_roll_ups(_read(root / "synthesis.json"), nutrients),
        "fdc_nutrients": _read(root / FDC_FILE),
    }


def with_roll_ups(synthesis: Any, nutrients: list[Any]) -> Any:
    """Fill each roll-up's claims, verdict and certainty in from the claims.

    Curators write only a roll-up's nutrient and summary; the rest is computed by
    :func:`~nutrient_data.rollup.roll_up`, so it cannot disagree with the claims.
    Malformed input is passed through for validation to report.
    """
    if not isinstance(synthesis, dict) or not isinstance(
        synthesis.get("interventions"), list
    ):
        return synthesis
    efficacy = {
        n.get("id"): [
            (c.get("id"), c.get("verdict"), c.get("certainty"))
            for c in n.get("claims", ())
            if isinstance(c, dict) and c.get("supplement_efficacy") is True
        ]
        for n in nutrients
        if isinstance(n, dict)
    }
    rolled = []
    for item in synthesis["interventions"]:
        claims = (
            efficacy.get(item.get("nutrient_id")) if isinstance(item, dict) else None
        )
        if claims is None or not all(
            isinstance(i, str) and v in VERDICTS and c in CERTAINTIES
            for i, v, c in claims
        ):
            rolled.append(item)
            continue
        result = roll_up(cast(list[tuple[str, Verdict, Certainty]], claims))
        rolled.append(
            {
                "nutrient_id": item["nutrient_id"],
                "claim_ids": list(result.claim_ids),
                "verdict": result.verdict,
                "certainty": result.certainty,
                **{k: v for k, v in item.items() if k != "nutrient_id"},
            }
        )
    return {**synthesis, "interventions": rolled}


def validation_problems(error: ValidationError) -> list[Problem]:
    """Turn pydantic's errors into problems named by JSON path."""
    return [
        Problem(json_path(p for p in e["loc"] if isinstance(p, str | int)), e["msg"])
        for e in error.errors(include_url=False)
    ]


def build(document: Any) -> Dataset:
    """Validate a bundle-shaped document; raise :class:`DatasetError` on any problem.

    The cyclic garbage collector is paused meanwhile (see :func:`gc_paused`).
    """
    with gc_paused():
        return _linted(lambda: Dataset.model_validate(document))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a burst of allocation.

    Reading and validating the dataset creates tens of thousands of objects and
    no garbage cycles; the collections their allocation alone triggers cost
    about a third of the time. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _linted(validate: Callable[[], Dataset]) -> Dataset:
    """The dataset ``validate`` makes, if it and every lint rule find no problem."""
    try:
        dataset = validate()
    except ValidationError as error:
        raise DatasetError(validation_problems(error)) from None
    problems = lint.run(dataset)
    if problems:
        raise DatasetError(problems)
    return dataset


@cache
def load() -> Dataset:
    """The shipped dataset, validated once per process, then shared (it is frozen).

    It is the JSON bundle, validated in full: the models parse and check it in
    one pass, then every lint rule runs. After editing a source file, run
    ``python -m nutrient_data.build`` (``build(read_source())`` validates the
    sources themselves).
    """
    text = read_shipped_json(bundle_file(), parse=bytes)  # pydantic parses the bytes
    with gc_paused():
        return _linted(lambda: Dataset.model_validate_json(text))
