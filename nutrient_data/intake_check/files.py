"""Intakes read from a file: JSON (``schema/intake-check.schema.json``) or CSV.

JSON: ``{"intakes": [{"nutrient", "amount", "unit", "source", "form"?}, ...],
"medicines": [...]}``. CSV: a header row naming the columns ``nutrient``,
``amount``, ``unit``, ``source`` (``food`` or ``supplement``) and optionally
``form`` (vitamin E in IU: ``natural`` or ``synthetic``). Problems name the
JSON path or the row (row 1 is the header), so a person can find them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nutrient_data.intake_check.amounts import (
    Amount,
    AmountError,
    number,
    unit_named,
)
from nutrient_data.intake_check.core import Entry
from nutrient_data.problem import shorten
from nutrient_data.vocab import VITAMIN_E_FORMS

if TYPE_CHECKING:
    from nutrient_data.intake_check.core import Source
    from nutrient_data.vocab import VitaminEForm

SOURCES: tuple[Source, ...] = ("food", "supplement")
REQUIRED = ("nutrient", "amount", "unit", "source")
COLUMNS = (*REQUIRED, "form")
TOP_LEVEL = ("$schema", "intakes", "medicines")
SCHEMA_NAME = "intake-check.schema.json"


def _text(value: object, what: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise AmountError(f"missing {what}")
    if not isinstance(value, str):
        raise AmountError(f"{what} must be text, got {value!r}")
    return value.strip()


def _entry(
    row: Mapping[str, Any], where: str, default_form: VitaminEForm | None
) -> Entry:
    """One entry from a JSON object or CSV row; errors say ``where``."""
    try:
        nutrient = _text(row.get("nutrient"), "nutrient")
        amount = row.get("amount")
        if amount is None or amount == "":
            raise AmountError("missing amount")
        value = number(amount)
        unit = unit_named(_text(row.get("unit"), "unit"))
        source = _text(row.get("source"), "source")
        if source not in SOURCES:
            raise AmountError(f"source must be food or supplement, got {source!r}")
        form: VitaminEForm | None = row.get("form") or default_form
        if form is not None and form not in VITAMIN_E_FORMS:
            raise AmountError(f"form must be natural or synthetic, got {form!r}")
    except AmountError as error:
        raise AmountError(f"{where}: {error}") from None
    return Entry(
        nutrient,
        Amount(value, unit, form),
        source,
        where,
    )


def entries_from_document(
    document: Any, form: VitaminEForm | None
) -> tuple[list[Entry], list[str]]:
    """The entries and medicines of a parsed intake-check document; problems
    name the JSON path (``$.intakes[0].amount: ...``)."""
    if not isinstance(document, dict):
        raise AmountError("$: must be an object with 'intakes'")
    for key in document:
        if key not in TOP_LEVEL:
            raise AmountError(
                f"$.{shorten(key, 40)}: unknown key; keys are intakes, medicines"
            )
    intakes = document.get("intakes", [])
    medicines = document.get("medicines", [])
    if not isinstance(intakes, list):
        raise AmountError("$.intakes: must be a list")
    if not isinstance(medicines, list):
        raise AmountError("$.medicines: must be a list")
    entries = []
    for i, row in enumerate(intakes):
        where = f"$.intakes[{i}]"
        if not isinstance(row, dict):
            raise AmountError(f"{where}: must be an object")
        for key in row:
            if key not in COLUMNS:
                raise AmountError(
                    f"{where}.{shorten(key, 40)}: unknown key; keys are "
                    f"{', '.join(COLUMNS)}"
                )
        for key in REQUIRED:
            if key not in row:
                raise AmountError(f"{where}: missing {key}")
        if isinstance(row["amount"], str):
            raise AmountError(f"{where}.amount: must be a number, not text")
        entries.append(_entry(row, where, form))
    for i, medicine in enumerate(medicines):
        if not isinstance(medicine, str) or not medicine.strip():
            raise AmountError(f"$.medicines[{i}]: must be a medicine name")
    return entries, [m.strip() for m in medicines]


def _from_json(
    raw: bytes, name: str, form: VitaminEForm | None
) -> tuple[list[Entry], list[str]]:
    from nutrient_data.user_input import InputError, parse_json

    try:
        parsed = parse_json(raw)
    except InputError as error:
        raise AmountError(f"{name}: {error}") from None
    if parsed.problems:
        raise AmountError(f"{name}: {parsed.problems[0]}")
    try:
        entries, medicines = entries_from_document(parsed.document, form)
    except AmountError as error:
        raise AmountError(f"{name}: {error}") from None
    located = [
        Entry(e.nutrient, e.amount, e.source, f"{name}: {e.where}") for e in entries
    ]
    return located, medicines


def _from_csv(
    raw: bytes, name: str, form: VitaminEForm | None
) -> tuple[list[Entry], list[str]]:
    from nutrient_data.user_input import InputError, text_of

    try:
        text = text_of(raw)
    except InputError as error:
        raise AmountError(f"{name}: {error}") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    if not header:
        raise AmountError(f"{name}: empty CSV; the header names {', '.join(REQUIRED)}")
    reader.fieldnames = header
    for column in header:
        if column not in COLUMNS:
            raise AmountError(
                f"{name}: row 1: unknown column {column!r}; columns are "
                f"{', '.join(COLUMNS)}"
            )
    for column in REQUIRED:
        if column not in header:
            raise AmountError(f"{name}: row 1: missing column {column!r}")
    entries = []
    for row in reader:
        where = f"{name}: row {reader.line_num}"
        if None in row:
            raise AmountError(f"{where}: more cells than columns")
        entries.append(_entry(row, where, form))
    return entries, []


def read_intake_file(
    path: str | Path, vitamin_e_form: VitaminEForm | None = None
) -> tuple[list[Entry], list[str]]:
    """The entries and medicines in a ``.json`` or ``.csv`` file; ``-`` reads
    JSON from standard input. Read by :mod:`nutrient_data.user_input`, with the
    limits and rules ``validate`` applies."""
    from nutrient_data.user_input import InputError, read_bytes, shown_name

    name = shown_name(path)
    if not str(path).strip():
        raise AmountError(f"{name}: the file name is empty")
    suffix = ".json" if str(path) == "-" else Path(path).suffix.casefold()
    if suffix not in (".json", ".csv"):
        raise AmountError(f"{name}: use a .json or .csv file (or - for JSON input)")
    try:
        raw = read_bytes(path)
    except InputError as error:
        raise AmountError(f"{name}: {error}") from None
    reader = _from_json if suffix == ".json" else _from_csv
    try:
        return reader(raw, name, vitamin_e_form)
    except csv.Error as error:
        raise AmountError(f"{name}: not valid CSV: {error}") from None
