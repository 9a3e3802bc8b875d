"""The tidy tables as UTF-8 CSV files, one per table; an empty cell is null."""

from __future__ import annotations

import csv
from pathlib import Path

from nutrient_data.export.tables import TABLES, table_rows
from nutrient_data.models import Dataset

FILES = tuple(f"{t.name}.csv" for t in TABLES)


def write_csv(data: Dataset, folder: Path) -> None:
    rows = table_rows(data)
    for table in TABLES:
        with (folder / f"{table.name}.csv").open(
            "w", encoding="utf-8", newline=""
        ) as handle:
            writer = csv.DictWriter(
                handle, fieldnames=[c.name for c in table.columns], lineterminator="\n"
            )
            writer.writeheader()
            writer.writerows(rows[table.name])
