"""The shipped JSON bundle as plain data, for answers that need no validation.

The bundle is built from the validated source at build time, and a test checks
that it still equals it; so read-only commands and lookups can answer from it
without building the pydantic validators. ``load()`` remains the validated,
typed entry point.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from nutrient_data.paths import BUNDLE_NAME, bundle_file, read_shipped_json
from nutrient_data.problem import DatasetError, Problem

if TYPE_CHECKING:
    from nutrient_data.crosswalk import IdentifierIndex
    from nutrient_data.lookup import NameIndex

JSON = dict[str, Any]


@cache
def read_bundle() -> JSON:
    """The whole bundle, parsed once per process."""
    document = read_shipped_json(bundle_file())
    if not isinstance(document, dict):
        raise DatasetError([Problem("$", f"{BUNDLE_NAME} is not an object")])
    return document


@cache
def nutrient_index() -> NameIndex[JSON]:
    """The bundle's nutrient records, found by id, name or synonym."""
    from nutrient_data.lookup import NameIndex

    try:
        return NameIndex(
            "nutrient",
            (
                (n["id"], (n["name"], *n["synonyms"]), n)
                for n in read_bundle()["nutrients"]
            ),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise DatasetError(
            [Problem("$", f"cannot read {BUNDLE_NAME}: {error}")]
        ) from None


@cache
def _by_id() -> dict[str, JSON]:
    try:
        return {n["id"]: n for n in read_bundle()["nutrients"]}
    except (KeyError, TypeError) as error:
        raise DatasetError(
            [Problem("$", f"cannot read {BUNDLE_NAME}: {error}")]
        ) from None


def nutrient(name: str) -> JSON:
    """One nutrient record (as JSON) by id, name or synonym.

    An exact id is found without building the name index (or importing it).
    """
    found = _by_id().get(name)
    return found if found is not None else nutrient_index().get(name)


@cache
def reference_years() -> dict[str, int]:
    """The year of every reference in the bundle, by id (for "as of" answers)."""
    return {r["id"]: r["year"] for r in read_bundle()["references"]}


Owner = tuple[JSON, JSON | None]
"""A nutrient record and, for a component's identifier, the component."""


@cache
def identifier_index() -> IdentifierIndex[Owner]:
    """The bundle's records, found by ``(scheme, value)``."""
    from nutrient_data.crosswalk import IdentifierIndex

    try:
        return IdentifierIndex(
            (ident["scheme"], ident["value"], (n, component))
            for n in read_bundle()["nutrients"]
            for component, idents in (
                (None, n["identifiers"]),
                *((c, c["identifiers"]) for c in n["components"]),
            )
            for ident in idents
        )
    except (KeyError, TypeError) as error:
        raise DatasetError(
            [Problem("$", f"cannot read {BUNDLE_NAME}: {error}")]
        ) from None


def by_identifier(scheme: str, value: str) -> Owner:
    """The nutrient record, and the component if it is a component's identifier."""
    return identifier_index().get(scheme, value)
