"""Survey files and iterables read into a :class:`~.records.Survey`.

CSV and JSON Lines are streamed line by line; Parquet is read in batches with
``pyarrow`` (the ``parquet`` extra); an iterable of mappings as it comes. For
JSON Lines, Parquet and mappings the first record names the columns, as a CSV
header does: a later record may leave columns out (missing) but not add
nutrient columns.
"""

from __future__ import annotations

import csv
import json

from nutrient_data.population.columns import SurveyError, looks_like_nutrient
from nutrient_data.population.records import Reader, Survey

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from pathlib import Path
    from typing import Any


def _cells(record: Mapping[str, Any], header: Sequence[str]) -> list[Any]:
    """A mapping's values in the order of ``header``, with booleans and other
    non-numbers made text that no amount parses."""
    return [_plain(record.get(h)) for h in header]


def _plain(value: Any) -> Any:
    if value is None or (
        isinstance(value, str | int | float) and not isinstance(value, bool)
    ):
        return value
    return repr(value)


def _new_keys(
    record: Mapping[str, Any], header: Sequence[str], known: set[str]
) -> str | None:
    """Why a record after the first cannot be used because of its keys, if so."""
    extra = record.keys() - known
    for key in sorted(extra):
        if looks_like_nutrient(key):
            nutrient = key.partition("_")[0]
            from nutrient_data.vocab import NUTRIENT_ORDER

            if nutrient not in NUTRIENT_ORDER:
                return f"{key}: unknown nutrient {nutrient!r}"
            return f"{key}: a nutrient column the first record does not have"
    return None


def read_csv(path: Path, **options: Any) -> Survey:
    """A CSV file whose first line names the columns."""
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle)
            try:
                header = next(rows)
            except StopIteration:
                raise SurveyError(
                    f"{name}: empty file; the first line names the columns"
                ) from None
            reader = Reader(header, name=name, **options)
            add = reader.add
            for cells in rows:
                if cells:
                    add(f"line {rows.line_num}", cells)
    except csv.Error as error:
        raise SurveyError(f"{name}: not valid CSV: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SurveyError(f"cannot read {name}: {error}") from None
    return reader.survey


def _records(items: Iterable[tuple[str, Any]], name: str, **options: Any) -> Survey:
    """Mappings (with where each is) whose first names the columns."""
    reader: Reader | None = None
    header: list[str] = []
    known: set[str] = set()
    for where, record in items:
        if not isinstance(record, dict):
            problem = (
                f"not valid JSON: {record}"
                if isinstance(record, _Unparsed)
                else "must be an object of columns"
            )
            if reader is None:
                raise SurveyError(f"{name}: {where}: {problem}")
            reader.bad(where, problem)
            continue
        if reader is None:
            header = [str(k) for k in record]
            known = set(header)
            reader = Reader(header, name=name, **options)
        elif record.keys() != known:
            why = _new_keys(record, header, known)
            if why is not None:
                reader.bad(where, why)
                continue
        reader.add(where, _cells(record, header))
    if reader is None:
        raise SurveyError(f"{name}: no records")
    return reader.survey


def read_jsonl(path: Path, **options: Any) -> Survey:
    """A JSON Lines file: one object per line, the first naming the columns."""
    name = str(path)

    def lines() -> Iterator[tuple[str, Any]]:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield f"line {number}", json.loads(line)
                except json.JSONDecodeError as error:
                    yield f"line {number}", _Unparsed(str(error))

    try:
        return _records(lines(), name, **options)
    except (OSError, UnicodeDecodeError) as error:
        raise SurveyError(f"cannot read {name}: {error}") from None


class _Unparsed(str):
    """A line that is not JSON (reported as a bad row, like any non-object)."""


def read_parquet(path: Path, **options: Any) -> Survey:
    """A Parquet file, in batches (needs ``pyarrow``: the ``parquet`` extra)."""
    try:
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise SurveyError(
            "reading Parquet needs pyarrow: pip install 'nutrient-data[parquet]'"
        ) from None
    name = str(path)

    def rows() -> Iterator[tuple[str, Any]]:
        number = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=65_536):
            for record in batch.to_pylist():
                number += 1
                yield f"row {number}", record

    try:
        return _records(rows(), name, **options)
    except (OSError, ValueError) as error:
        if isinstance(error, SurveyError):
            raise
        raise SurveyError(f"cannot read {name}: {error}") from None


def read_iterable(records: Iterable[Mapping[str, Any]], **options: Any) -> Survey:
    """Mappings from Python (``record 1`` is the first)."""
    return _records(
        ((f"record {i}", r) for i, r in enumerate(records, 1)), "records", **options
    )


READERS = {
    ".csv": read_csv,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".parquet": read_parquet,
}


def read_path(path: Path, **options: Any) -> Survey:
    """A survey file, read by its suffix."""
    reader = READERS.get(path.suffix.casefold())
    if reader is None:
        raise SurveyError(f"{path}: use a .csv, .jsonl (JSON Lines) or .parquet file")
    if not path.is_file():
        raise SurveyError(f"cannot read {path}: no such file")
    return reader(path, **options)
