"""Rule: identifiers are well-formed, name one record each, and FDC id and number agree.

An identifier value may appear once per scheme in the whole dataset, unless the
two records say they denote one substance (a component's ``same_substance_as``).
A record's FoodData Central ids and numbers must be the same rows of the
dataset's FDC nutrient table (``fdc_nutrients``, shipped as
``data/fdc-nutrients.json``) in the row's unit: taking the id for the number is
the classic way a join comes back empty. Each row appears once. A scheme stated
as having no record (``no_record``), or as having an identifier that could not
be confirmed (``unconfirmed``), is stated once and carries no identifier of the
same record.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pydantic import ValidationError

from nutrient_data.models import (
    Carrier,
    Dataset,
    FdcNutrientRow,
    FdcNutrientTable,
    IdentifierMatch,
    NoRecord,
    Unconfirmed,
)
from nutrient_data.problem import Problem

ID, NUMBER = "fdc-nutrient-id", "fdc-nutrient-number"
Located = tuple[str, IdentifierMatch]


def _carriers(dataset: Dataset) -> Iterator[tuple[str, Carrier]]:
    """Each nutrient and component with its JSON path."""
    for i, n in enumerate(dataset.nutrients):
        for j, carrier in enumerate(Carrier.of(n)):
            inner = "" if carrier.component is None else f".components[{j - 1}]"
            yield f"$.nutrients[{i}]{inner}", carrier


def _located(dataset: Dataset) -> Iterator[Located]:
    """Each identifier with its JSON path."""
    for path, c in _carriers(dataset):
        for k, ident in enumerate(c.record.identifiers):
            yield (
                f"{path}.identifiers[{k}]",
                IdentifierMatch(c.nutrient, c.component, ident),
            )


def _well_formed(path: str, match: IdentifierMatch) -> Iterator[Problem]:
    """Pattern and check digit, checked again for records built without validation."""
    ident = match.identifier
    try:
        type(ident).model_validate(ident.__dict__)  # its fields, as given
    except ValidationError as error:
        for e in error.errors(include_url=False):
            yield Problem(path, f"{ident.scheme} {ident.value!r}: {e['msg']}")


def _unique(dataset: Dataset, located: list[Located]) -> Iterator[Problem]:
    same = {
        frozenset((f"{n.id}/{c.id}", c.same_substance_as))
        for n in dataset.nutrients
        for c in n.components
        if c.same_substance_as is not None
    }
    records = {n.id for n in dataset.nutrients} | {
        f"{n.id}/{c.id}" for n in dataset.nutrients for c in n.components
    }
    for i, n in enumerate(dataset.nutrients):
        for j, c in enumerate(n.components):
            if c.same_substance_as is not None and c.same_substance_as not in records:
                yield Problem(
                    f"$.nutrients[{i}].components[{j}].same_substance_as",
                    f"no record {c.same_substance_as!r}",
                )
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for path, m in located:
        key = (m.identifier.scheme, m.identifier.value)
        if key not in first:
            first[key] = (path, m.owner)
            continue
        other_path, other = first[key]
        if other != m.owner and frozenset((other, m.owner)) not in same:
            yield Problem(
                path,
                f"{key[0]} {key[1]} already identifies {other} ({other_path}); "
                "state same_substance_as if both denote one substance",
            )
        elif other == m.owner:
            yield Problem(path, f"{key[0]} {key[1]} is listed twice for {other}")


def _pair(row: FdcNutrientRow, scheme: str) -> str:
    """The row's value in ``scheme``."""
    return row.id if scheme == ID else row.number


def _fdc(path: str, m: IdentifierMatch, table: FdcNutrientTable) -> Iterator[Problem]:
    """An FDC id or number is a row of the table, in its unit, paired with its twin."""
    ident = m.identifier
    if ident.scheme not in (ID, NUMBER):
        return
    mine, twin = (ID, NUMBER) if ident.scheme == ID else (NUMBER, ID)
    own = table.by_id if mine == ID else table.by_number
    row = own.get(ident.value)
    if row is None:
        other = (table.by_number if mine == ID else table.by_id).get(ident.value)
        hint = f"; it is the {twin} of '{other.name}'" if other else ""
        yield Problem(path, f"{mine} {ident.value} is not in fdc_nutrients{hint}")
        return
    siblings = (m.component or m.nutrient).identifiers
    unit = ident.unit
    if unit is None and sum(i.scheme == mine for i in siblings) > 1:
        yield Problem(
            path, f"{mine} {ident.value}: {m.owner} has several FDC rows; give the unit"
        )
    if unit is not None and unit != row.unit:
        yield Problem(
            path, f"{mine} {ident.value} is FDC's row in {row.unit}, not {unit}"
        )
    twins = [i.value for i in siblings if i.scheme == twin]
    if twins and _pair(row, twin) not in twins:
        yield Problem(
            path,
            f"{mine} {ident.value} is FDC's row '{row.name}' with {twin} "
            f"{_pair(row, twin)}, but {m.owner} has {twin} {', '.join(twins)}",
        )


def _rows_once(table: FdcNutrientTable) -> Iterator[Problem]:
    seen: set[tuple[str, str]] = set()
    for k, row in enumerate(table.rows):
        for field, value in (("id", row.id), ("number", row.number)):
            if (field, value) in seen:
                yield Problem(
                    f"$.fdc_nutrients.rows[{k}].{field}",
                    f"FDC {field} {value} is listed twice",
                )
            seen.add((field, value))


def _gaps(dataset: Dataset) -> Iterator[Problem]:
    """A scheme said to have no record, or no confirmed id, has no identifier
    there, and is said once (in one of the two lists)."""
    for path, carrier in _carriers(dataset):
        owner = carrier.record
        have = {ident.scheme for ident in owner.identifiers}
        seen: set[str] = set()
        lists: tuple[tuple[str, Sequence[NoRecord | Unconfirmed], str], ...] = (
            ("no_record", owner.no_record, "has no record here"),
            ("unconfirmed", owner.unconfirmed, "is not confirmed here"),
        )
        for field, gaps, said in lists:
            for k, gap in enumerate(gaps):
                where = f"{path}.{field}[{k}]"
                if gap.scheme in have:
                    yield Problem(where, f"{gap.scheme} {said}, yet an id is given")
                if gap.scheme in seen:
                    yield Problem(where, f"{gap.scheme} is stated twice")
                seen.add(gap.scheme)


def check(dataset: Dataset) -> Iterator[Problem]:
    located = list(_located(dataset))
    yield from _gaps(dataset)
    for path, m in located:
        yield from _well_formed(path, m)
    yield from _unique(dataset, located)
    yield from _rows_once(dataset.fdc_nutrients)
    for path, m in located:
        yield from _fdc(path, m, dataset.fdc_nutrients)
