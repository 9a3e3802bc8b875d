"""Check a user's JSON file: a whole dataset, or any one file of the shipped data.

Three layers, each reporting problems by JSON path: the JSON Schema (so that
tools in other languages see the same verdict), the models' own rules, and the
cross-record lint rules. A part of the dataset (a nutrient record, an authority,
a reference table, a profile, a reference file, the metadata or the synthesis)
is checked in place of its
shipped counterpart, so that cross-record rules apply to it too; only problems
inside the part are reported, with paths relative to the file. Input that
cannot be read at all raises :class:`InputError` instead; files are read by
:mod:`nutrient_data.user_input`, as every other user's file is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nutrient_data.loader import build, read_source, with_roll_ups
from nutrient_data.problem import DatasetError, Problem, shorten
from nutrient_data.schema import generate
from nutrient_data.user_input import (
    InputError,
    Parsed,
    read_parsed,
)

Placer = Callable[[dict[str, Any], Any], dict[str, str]]


def _replace_record(field: str, attached: tuple[str, ...] = ()) -> Placer:
    """Put one record where the shipped record with its id is (else at the end).

    ``attached`` names fields the loader fills from other files (a nutrient's
    EFSA tables): a record that leaves them out keeps the shipped ones.
    """

    def place(source: dict[str, Any], record: Any) -> dict[str, str]:
        records = source[field]
        ids = [r.get("id") for r in records]
        at = ids.index(record.get("id")) if record.get("id") in ids else len(ids)
        if at < len(ids):
            shipped = records[at]
            record = {
                **{k: shipped[k] for k in attached if k in shipped},
                **record,
            }
        source[field] = [*records[:at], record, *records[at + 1 :]]
        return {f"$.{field}[{at}]": "$"}

    return place


def _replace_table(source: dict[str, Any], table: Any) -> dict[str, str]:
    """Place a reference table file in the authority whose groups and kinds it
    uses (EFSA and the EU's labelling values share the group ``adults``), in
    place of the shipped table for the same nutrient and part (same ``basis``),
    or after that authority's tables."""
    authorities = list(source["authorities"])
    rows = table.get("values") if isinstance(table, dict) else None
    used = {r.get("group") for r in rows or () if isinstance(r, dict)}
    codes = {r.get("kind") for r in rows or () if isinstance(r, dict)} - {"not-set"}

    def fits(authority: Any) -> bool:
        if not isinstance(authority, dict):
            return False
        groups = {
            g.get("id") for g in authority.get("groups", ()) if isinstance(g, dict)
        }
        kinds = {
            k.get("code") for k in authority.get("kinds", ()) if isinstance(k, dict)
        }
        return used <= groups and codes <= kinds

    at = next((i for i, a in enumerate(authorities) if fits(a)), None)
    if at is None:
        ids = ", ".join(str(a.get("id")) for a in authorities if isinstance(a, dict))
        raise DatasetError(
            [
                Problem(
                    "$.values",
                    "its groups and kinds are those of no authority in the data "
                    f"({ids}); add the authority's authority.json first",
                )
            ]
        )
    authority = dict(authorities[at])
    tables = list(authority.get("tables") or [])
    same = [
        j
        for j, t in enumerate(tables)
        if t.get("nutrient") == table.get("nutrient")
        and t.get("basis") == table.get("basis")
    ]
    j = same[0] if same else len(tables)
    tables[j : j + 1] = [table]
    authority["tables"] = tables
    authorities[at] = authority
    source["authorities"] = authorities
    return {f"$.authorities[{at}].tables[{j}]": "$"}


def _replace_authority(source: dict[str, Any], record: Any) -> dict[str, str]:
    """Place an ``authority.json``; it keeps the shipped authority's tables."""
    authorities = list(source["authorities"])
    ids = [a.get("id") for a in authorities]
    at = ids.index(record.get("id")) if record.get("id") in ids else len(ids)
    tables = authorities[at].get("tables", []) if at < len(ids) else []
    authorities[at : at + 1] = [{**record, "tables": tables}]
    source["authorities"] = authorities
    return {f"$.authorities[{at}]": "$"}


def _replace_references(source: dict[str, Any], listed: Any) -> dict[str, str]:
    ids = {
        r["id"] for r in listed if isinstance(r, dict) and isinstance(r.get("id"), str)
    }
    others = [r for r in source["references"] if r.get("id") not in ids]
    source["references"] = [*others, *listed]
    return {f"$.references[{len(others) + j}]": f"$[{j}]" for j in range(len(listed))}


def _replace_field(field: str) -> Placer:
    def place(source: dict[str, Any], part: Any) -> dict[str, str]:
        source[field] = part
        return {f"$.{field}": "$"}

    return place


def _whole(source: dict[str, Any], document: Any) -> dict[str, str]:
    source.clear()
    source.update(document)
    return {"$": "$"}


@dataclass(frozen=True)
class Kind:
    """A kind of file ``validate`` checks, and where it fits in the dataset.

    ``code`` is what ``--kind`` takes; ``place`` is ``None`` for a file that is
    no part of the dataset (an intake-check file). ``definition`` names the
    part's model in the dataset schema's ``$defs`` (``None`` for the whole
    dataset); ``many`` means a list of them; ``complete`` fills in what the
    loader computes for the shipped file; ``shipped`` are the places of the
    shipped files of this kind, as patterns under the data folder.
    """

    code: str
    name: str
    place: Placer | None
    definition: str | None
    shipped: tuple[str, ...] = ()
    many: bool = False
    complete: Callable[[Any], Any] | None = None


KINDS = (
    Kind("dataset", "a whole dataset", _whole, None, ("nutrient-data.json",)),
    Kind(
        "nutrient",
        "a nutrient record",
        _replace_record("nutrients"),
        "Nutrient",
        ("nutrients/*.json",),
    ),
    Kind(
        "authority",
        "an authority",
        _replace_authority,
        "Authority",
        ("reference-values/*/authority.json",),
    ),
    Kind(
        "reference-table",
        "a reference table",
        _replace_table,
        "ReferenceTable",
        ("reference-values/*/*.json",),
    ),
    Kind(
        "profile",
        "a profile",
        _replace_record("profiles"),
        "Profile",
        ("profiles/*.json",),
    ),
    Kind(
        "reference",
        "a reference file (a list of references)",
        _replace_references,
        "Reference",
        ("references/*.json",),
        many=True,
    ),
    Kind(
        "metadata",
        "the dataset metadata",
        _replace_field("metadata"),
        "Metadata",
        ("dataset.json",),
    ),
    Kind(
        "fdc-nutrients",
        "the FDC nutrient table",
        _replace_field("fdc_nutrients"),
        "FdcNutrientTable",
        ("fdc-nutrients.json",),
    ),
    Kind(
        "synthesis",
        "the synthesis",
        _replace_field("synthesis"),
        "Synthesis",
        ("synthesis.json",),
        complete=lambda part: with_roll_ups(part, read_source()["nutrients"]),
    ),
    Kind("intake-check", "an intake-check file (check --file)", None, None),
)
KIND_BY_CODE = {kind.code: kind for kind in KINDS}
KIND_CODES = tuple(KIND_BY_CODE)


def _asked_for_kind(why: str) -> InputError:
    return InputError(
        f"{why}; give --kind {'|'.join(KIND_CODES)} (it is not guessed from the "
        "file's shape)"
    )


def _shipped_kind(path: Path | str) -> Kind | None:
    """The kind of the shipped files at ``path``'s place, if it is one of them."""
    from pathlib import PurePosixPath

    from nutrient_data.paths import DATA_ROOT

    try:
        inside = Path(path).resolve().relative_to(Path(str(DATA_ROOT)).resolve())
    except (ValueError, OSError):
        return None
    where = PurePosixPath(inside.as_posix())
    for kind in KINDS:
        for pattern in kind.shipped:
            if len(PurePosixPath(pattern).parts) == len(where.parts) and where.match(
                pattern
            ):
                return kind
    return None


def kind_of(document: Any, path: Path | str | None = None) -> Kind:
    """The kind a file declares in ``$schema`` (a schema's file name or ``$id``),
    else the kind of the shipped files at ``path``; InputError otherwise."""
    declared = document.get("$schema") if isinstance(document, dict) else None
    if isinstance(declared, str):
        for code in KIND_CODES:
            if declared.endswith((f"/{code}.schema.json", f":schema:{code}")) or (
                declared == f"{code}.schema.json" or f":schema:{code}:" in declared
            ):
                return KIND_BY_CODE[code]
        raise _asked_for_kind(f"$schema {shorten(declared, 80)!r} names no kind")
    found = None if path is None else _shipped_kind(path)
    if found is None:
        raise _asked_for_kind("the file has no $schema and is not a shipped file")
    return found


@cache
def _validator(kind: Kind) -> Any:
    """A JSON Schema validator for one kind: the dataset schema, or a part of it."""
    from jsonschema import Draft202012Validator

    dataset = generate("dataset")
    if kind.definition is None:
        return Draft202012Validator(dataset)
    part = {"$ref": f"#/$defs/{kind.definition}"}
    body = {"type": "array", "items": part} if kind.many else part
    return Draft202012Validator({"$defs": dataset["$defs"], **body})


def schema_problems(document: Any, kind: Kind) -> list[Problem]:
    """Problems the JSON Schema finds in a document of ``kind``, sorted by path."""
    found = [
        Problem(error.json_path, shorten(error.message, 300))
        for error in _validator(kind).iter_errors(document)
    ]
    return sorted(found)


def _relative(problems: list[Problem], places: dict[str, str]) -> list[Problem]:
    """Problems inside the placed part, with paths relative to its file."""
    found = []
    for problem in problems:
        for prefix, root in places.items():
            rest = problem.path[len(prefix) :]
            if problem.path.startswith(prefix) and rest[:1] in ("", ".", "["):
                found.append(Problem(root + rest, problem.message))
                break
    return found


def problems_in(document: Any, kind: str | Kind | None = None) -> list[Problem]:
    """Every problem in a parsed document of ``kind`` (a code such as
    ``"nutrient"``; by default the kind its ``$schema`` names); empty when valid."""
    if kind is None:
        kind = kind_of(document)
    elif isinstance(kind, str):
        if kind not in KIND_BY_CODE:
            raise _asked_for_kind(f"unknown kind {shorten(kind, 40)!r}")
        kind = KIND_BY_CODE[kind]
    if kind.place is None:
        return _intake_check_problems(document)
    if isinstance(document, dict) and "$schema" in document:
        # a pointer to the schema (for editors and for validate), not data
        document = {k: v for k, v in document.items() if k != "$schema"}
    if kind.many and isinstance(document, list) and not document:
        return [Problem("$", "a reference file lists at least one reference")]
    if kind.complete is not None and isinstance(document, dict):
        document = kind.complete(document)
    found = schema_problems(document, kind)
    if found:
        return found
    combined = read_source() if kind.place is not _whole else {}
    try:
        places = kind.place(combined, document)
    except DatasetError as error:
        return list(error.problems)
    try:
        build(combined)
    except DatasetError as error:
        return _relative(list(error.problems), places)
    return []


def _intake_check_problems(document: Any) -> list[Problem]:
    """An intake-check file's problems: its schema's, then the reader's."""
    from jsonschema import Draft202012Validator

    from nutrient_data.intake_check.amounts import AmountError
    from nutrient_data.intake_check.files import entries_from_document
    from nutrient_data.paths import read_shipped_json, schema_path

    validator = Draft202012Validator(read_shipped_json(schema_path("intake-check")))
    found = sorted(
        Problem(error.json_path, shorten(error.message, 300))
        for error in validator.iter_errors(document)
    )
    if found:
        return found
    try:
        entries_from_document(document, None)
    except AmountError as error:
        where, _, why = str(error).partition(": ")
        return [Problem(where, why) if where.startswith("$") else Problem("$", why)]
    return []


def validate_parsed(
    parsed: Parsed, kind: str | None = None, path: Path | str | None = None
) -> list[Problem]:
    """Repeated keys and control characters, then every other problem, of a
    document of ``kind`` (by default declared, or known by its ``path``)."""
    chosen = kind or kind_of(parsed.document, path)
    return parsed.problems + problems_in(parsed.document, chosen)


def validate_file(path: Path | str, kind: str | None = None) -> list[Problem]:
    """Problems in the JSON file at ``path``; raises InputError if unreadable."""
    return validate_parsed(read_parsed(path), kind, path)
