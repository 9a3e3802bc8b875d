"""Check a user's JSON file: a whole dataset, or any one file of the shipped data.

Three layers, each reporting problems by JSON path: the JSON Schema (so that
tools in other languages see the same verdict), the models' own rules, and the
cross-record lint rules. A part of the dataset (a nutrient record, a profile, a
reference file, an EFSA table, the metadata or the synthesis) is checked in place of its
shipped counterpart, so that cross-record rules apply to it too; only problems
inside the part are reported, with paths relative to the file. Input that
cannot be read at all raises :class:`InputError` instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from nutrient_data.loader import build, read_source, with_roll_ups
from nutrient_data.problem import DatasetError, Problem, json_path, shorten
from nutrient_data.schema import generate

MAX_BYTES = 20 * 1024 * 1024
# Python's own default limit; longer integers cannot be a value here, and
# converting them costs quadratic time.
MAX_DIGITS = 4300


class InputError(ValueError):
    """The file cannot be read as JSON at all (missing, too large, not UTF-8, ...)."""


def _reject_constant(name: str) -> Any:
    raise InputError(f"not valid JSON: {name} is not a JSON number")


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise InputError(
            f"not usable JSON: an integer with {digits:,} digits "
            f"(at most {MAX_DIGITS} are read)"
        )
    return int(text)


@dataclass(frozen=True)
class Parsed:
    """A parsed JSON document and the keys that appear twice in one of its objects."""

    document: Any
    repeated_keys: list[Problem]


def parse_json(raw: bytes) -> Parsed:
    """Parse ``raw`` as strict UTF-8 JSON (no NaN or Infinity) or raise InputError."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})") from None
    repeats: dict[int, list[str]] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) < len(items):
            seen: set[str] = set()
            twice = repeats.setdefault(id(obj), [])
            for key, _ in items:
                if key in seen:
                    twice.append(key)
                seen.add(key)
        return obj

    try:
        document = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InputError("not usable JSON: nested too deeply") from None
    return Parsed(document, _repeated_key_problems(document, repeats))


def _repeated_key_problems(
    document: Any, repeats: dict[int, list[str]]
) -> list[Problem]:
    """Name each repeated key by its path (JSON keeps only the last value)."""
    found: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while repeats and stack:
        parts, node = stack.pop()
        if isinstance(node, dict):
            for key in dict.fromkeys(repeats.pop(id(node), [])):
                found.append(
                    Problem(
                        json_path((*parts, key)),
                        "key appears more than once; only the last value would count",
                    )
                )
            stack.extend(((*parts, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in enumerate(node))
    return sorted(found)


def read_stream(handle: BinaryIO, max_bytes: int = MAX_BYTES) -> Parsed:
    """Read and parse a binary stream of at most ``max_bytes``."""
    try:
        raw = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(raw) > max_bytes:
        raise InputError(
            f"file is larger than the {max_bytes // (1024 * 1024)} MiB limit"
        )
    return parse_json(raw)


def read_parsed(path: Path, max_bytes: int = MAX_BYTES) -> Parsed:
    """Read and parse the file at ``path``."""
    try:
        with path.open("rb") as handle:
            return read_stream(handle, max_bytes)
    except OSError as error:
        raise InputError(f"cannot read file: {error.strerror or error}") from None


def read_json(path: Path, max_bytes: int = MAX_BYTES) -> Any:
    """Parse ``path`` as strict JSON (no NaN or Infinity) or raise InputError."""
    return read_parsed(path, max_bytes).document


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


def _has(*keys: str) -> Callable[[Any], bool]:
    return lambda document: (
        isinstance(document, dict) and any(key in document for key in keys)
    )


@dataclass(frozen=True)
class Kind:
    """A kind of file ``validate`` checks: how to recognise it and where it fits.

    ``definition`` names the part's model in the dataset schema's ``$defs``
    (``None`` for the whole dataset); ``many`` means a list of them;
    ``complete`` fills in what the loader computes for the shipped file.
    """

    name: str
    looks_like: Callable[[Any], bool]
    place: Placer
    definition: str | None
    many: bool = False
    complete: Callable[[Any], Any] | None = None


KINDS = (
    Kind("a dataset (an object with 'nutrients')", _has("nutrients"), _whole, None),
    Kind(
        "a nutrient record ('claims')",
        _has("claims"),
        _replace_record("nutrients"),
        "Nutrient",
    ),
    Kind(
        "an authority ('short_name' and 'groups')",
        lambda document: _has("short_name")(document) and _has("groups")(document),
        _replace_authority,
        "Authority",
    ),
    Kind(
        "a reference table ('nutrient' and 'status')",
        lambda document: _has("nutrient")(document) and _has("status")(document),
        _replace_table,
        "ReferenceTable",
    ),
    Kind(
        "a profile ('nutrient_ids' or 'audit')",
        _has("nutrient_ids", "audit"),
        _replace_record("profiles"),
        "Profile",
    ),
    Kind(
        "a reference file (a list of references)",
        lambda document: isinstance(document, list),
        _replace_references,
        "Reference",
        many=True,
    ),
    Kind(
        "the dataset metadata ('license_data')",
        _has("license_data"),
        _replace_field("metadata"),
        "Metadata",
    ),
    Kind(
        "the FDC nutrient table ('rows')",
        _has("rows"),
        _replace_field("fdc_nutrients"),
        "FdcNutrientTable",
    ),
    Kind(
        "the synthesis ('interventions')",
        _has("interventions"),
        _replace_field("synthesis"),
        "Synthesis",
        complete=lambda part: with_roll_ups(part, read_source()["nutrients"]),
    ),
)
ACCEPTED = "expected " + ", ".join(kind.name for kind in KINDS[:-1])
ACCEPTED += f" or {KINDS[-1].name}"


def kind_of(document: Any) -> Kind | None:
    """The kind of file ``document`` is, judged by its top-level shape."""
    return next((kind for kind in KINDS if kind.looks_like(document)), None)


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


def problems_in(document: Any) -> list[Problem]:
    """Every problem in a parsed document; empty when it is valid."""
    kind = kind_of(document)
    if kind is None:
        return [Problem("$", f"not a kind of file this command checks: {ACCEPTED}")]
    if isinstance(document, list) and not document:
        return [Problem("$", "a reference file lists at least one reference")]
    if kind.complete is not None:
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


def validate_parsed(parsed: Parsed) -> list[Problem]:
    """Repeated keys, then every other problem, of a parsed document."""
    return parsed.repeated_keys + problems_in(parsed.document)


def validate_file(path: Path) -> list[Problem]:
    """Problems in the JSON file at ``path``; raises InputError if unreadable."""
    return validate_parsed(read_parsed(path))
