"""The shipped JSON bundle as plain data, for answers that need no validation.

The bundle is built from the validated source at build time, and a test checks
that it still equals it; so read-only commands and lookups can answer from it
without building the pydantic validators. ``load()`` remains the validated,
typed entry point.

A quick answer parses only the parts it reads: the build records where each
section, each nutrient record and each of its fields sits in the bundle's
bytes (see :mod:`nutrient_data.spans`), and the functions here parse those
spans on demand, each at most once per process.
"""

from __future__ import annotations

import json
import os
from functools import cache

from nutrient_data.paths import (
    BUNDLE_NAME,
    INDEX_FORMAT,
    INDEX_NAME,
    PACKAGE_DIR,
    bundle_file,
    read_shipped_json,
)
from nutrient_data.problem import DatasetError, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from nutrient_data.lookup import IdentifierIndex, NameIndex

    JSON = dict[str, Any]
    Owner = tuple[JSON, JSON | None]
    """A nutrient record and, for a component's identifier, the component."""


def _unreadable(error: object) -> DatasetError:
    return DatasetError([Problem("$", f"cannot read {BUNDLE_NAME}: {error}")])


@cache
def _sliced() -> tuple[int, JSON]:
    """The bundle, open for reading only the parts asked for, and the index of
    where its parts sit. (The descriptor stays open while the process runs.)"""
    path = bundle_file()
    index = read_shipped_json(os.path.join(PACKAGE_DIR, INDEX_NAME))
    try:
        descriptor = os.open(path, os.O_RDONLY)
        size = os.fstat(descriptor).st_size
    except OSError as error:
        raise _unreadable(error.strerror or error) from None
    if (
        not isinstance(index, dict)
        or index.get("format") != INDEX_FORMAT
        or index.get("bundle_bytes") != size
    ):
        raise DatasetError(
            [Problem("$", f"{INDEX_NAME} does not describe this {BUNDLE_NAME}")]
        )
    return descriptor, index


def _parse(span: list[int]) -> Any:
    descriptor = _sliced()[0]
    try:
        return json.loads(os.pread(descriptor, span[1] - span[0], span[0]))
    except (OSError, ValueError, TypeError, IndexError) as error:
        raise _unreadable(error) from None


@cache
def section(name: str) -> Any:
    """One top-level section of the bundle (``metadata``, ``profiles``, ...)."""
    try:
        return _parse(_sliced()[1]["sections"][name])
    except (KeyError, TypeError) as error:
        raise _unreadable(f"no section {error}") from None


@cache
def _records() -> dict[str, JSON]:
    """Each nutrient's entry in the index (its spans and its fields'), by id."""
    try:
        return {entry["id"]: entry for entry in _sliced()[1]["nutrients"]}
    except (KeyError, TypeError) as error:
        raise _unreadable(error) from None


@cache
def _field(nutrient_id: str, field: str) -> Any:
    try:
        return _parse(_records()[nutrient_id]["fields"][field])
    except (KeyError, TypeError) as error:
        raise _unreadable(f"no field {error} in nutrient {nutrient_id!r}") from None


def _fields(nutrient_id: str, fields: tuple[str, ...]) -> JSON:
    """A record with only ``fields`` parsed; a field it lacks is left out, as
    in the full record."""
    present = _records()[nutrient_id]["fields"]
    return {f: _field(nutrient_id, f) for f in fields if f in present}


def nutrients(*fields: str) -> list[JSON]:
    """Every nutrient record in dataset order, with only ``fields`` parsed."""
    return [_fields(i, fields) for i in _records()]


@cache
def _record(nutrient_id: str) -> JSON:
    record = _parse(_records()[nutrient_id]["span"])
    if not isinstance(record, dict):
        raise _unreadable(f"nutrient {nutrient_id!r} is not an object")
    return record


@cache
def nutrient_index() -> NameIndex[str]:
    """The bundle's nutrient ids, found by id, name or synonym."""
    from nutrient_data.lookup import NameIndex

    try:
        return NameIndex(
            "nutrient",
            (
                (n["id"], (n["name"], *n["synonyms"]), n["id"])
                for n in nutrients("id", "name", "synonyms")
            ),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise _unreadable(error) from None


def nutrient_id(name: str) -> str:
    """The id of the nutrient with this id, name or synonym.

    An exact id is found without building the name index (or importing it).
    """
    return name if name in _records() else nutrient_index().get(name)


def nutrient(name: str, *fields: str) -> JSON:
    """One nutrient record (as JSON) by id, name or synonym: whole, or with
    only ``fields`` parsed."""
    found = nutrient_id(name)
    return _fields(found, fields) if fields else _record(found)


@cache
def _authorities() -> dict[str, JSON]:
    """Each authority's entry in the index (its fields' and tables' spans), by id."""
    try:
        return {entry["id"]: entry for entry in _sliced()[1]["authorities"]}
    except (KeyError, TypeError) as error:
        raise _unreadable(error) from None


def authority_ids() -> tuple[str, ...]:
    """The ids of the authorities in the bundle, in their order."""
    return tuple(_authorities())


@cache
def authority(authority_id: str) -> JSON:
    """One authority's record without its tables: id, names, groups, kinds...

    An unknown id raises :class:`~nutrient_data.problem.PersonError` naming
    the known ones.
    """
    try:
        entry = _authorities()[authority_id]
    except (KeyError, TypeError):
        from nutrient_data.problem import PersonError, shorten

        known = ", ".join(_authorities())
        raise PersonError(
            f"authority must be one of {known}, got {shorten(repr(authority_id))}"
        ) from None
    try:
        return {k: _parse(span) for k, span in entry["fields"].items() if k != "tables"}
    except (KeyError, TypeError) as error:
        raise _unreadable(error) from None


@cache
def tables(authority_id: str, nutrient_id: str) -> tuple[JSON, ...]:
    """One authority's tables for a nutrient id (its main one first); none
    where it has none."""
    authority(authority_id)  # an unknown authority is named
    entries = _authorities()[authority_id].get("tables", ())
    return tuple(_parse(t["span"]) for t in entries if t["nutrient"] == nutrient_id)


def covers(authority_id: str, nutrient_id: str) -> bool:
    """Whether the authority has a table for the nutrient (without parsing it)."""
    authority(authority_id)
    entries = _authorities()[authority_id].get("tables", ())
    return any(t["nutrient"] == nutrient_id for t in entries)


@cache
def reference_years() -> dict[str, int]:
    """The year of every reference in the bundle, by id (for "as of" answers)."""
    return {r["id"]: r["year"] for r in section("references")}


@cache
def identifier_index() -> IdentifierIndex[tuple[str, JSON | None]]:
    """The bundle's nutrient ids (and components), found by ``(scheme, value)``."""
    from nutrient_data.lookup import IdentifierIndex

    try:
        return IdentifierIndex(
            (ident["scheme"], ident["value"], (n["id"], component))
            for n in nutrients("id", "identifiers", "components")
            for component, idents in (
                (None, n["identifiers"]),
                *((c, c["identifiers"]) for c in n["components"]),
            )
            for ident in idents
        )
    except (KeyError, TypeError) as error:
        raise _unreadable(error) from None


def by_identifier(scheme: str, value: str) -> Owner:
    """The nutrient record, and the component if it is a component's identifier."""
    nutrient_id, component = identifier_index().get(scheme, value)
    return _record(nutrient_id), component
