"""Where each part of the JSON bundle sits in its bytes.

A read-only command needs a few fields of a few records, yet parsing the whole
bundle would cost it about a fifth of its run time. So the build writes the
bundle part by part and records the byte span of every top-level section, of
every nutrient record and of each of its fields in a small index shipped with
the package code (``bundle-spans.json``; it is not data, so it lives outside
``data/``). A reader then parses only the spans it needs. The bundle's text
stays exactly ``json_text(document)``, the format every other tool reads; a
test checks both that and the index.
"""

from __future__ import annotations

import json

from nutrient_data.paths import INDEX_FORMAT

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


SPLIT = "nutrients"
"""The list of records whose fields get spans of their own."""
AUTHORITIES = "authorities"
"""The list of authorities: each gets spans for its fields, and each of its
tables one of its own, so a lookup parses one authority's groups and one
nutrient's tables, not every authority's values."""
TABLES = "tables"
_STEP = "  "  # the indent of ``paths.json_text``

Span = list[int]
"""``[start, end)``: byte offsets into the bundle."""


class _Writer:
    """Collects text and knows the byte offset it has reached."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.offset = 0

    def write(self, text: str) -> None:
        self.pieces.append(text)
        self.offset += len(text.encode("utf-8"))

    def value(self, value: Any, level: int) -> Span:
        """Write one value as it appears nested ``level`` deep; its span."""
        text = json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)
        start = self.offset
        self.write(text.replace("\n", "\n" + _STEP * level))
        return [start, self.offset]

    def members(
        self, items: dict[str, Any], level: int, each: Callable[[str, Any], Span]
    ) -> dict[str, Span]:
        """Write an object's members ``level`` deep, each value through ``each``."""
        spans = {}
        self.write("{")
        for number, (key, item) in enumerate(items.items()):
            key_text = json.dumps(key, ensure_ascii=False)
            self.write(f"{',' if number else ''}\n{_STEP * level}{key_text}: ")
            spans[key] = each(key, item)
        self.write(f"\n{_STEP * (level - 1)}}}" if items else "}")
        return spans

    def items(self, items: list[Any], level: int, each: Callable[[Any], None]) -> Span:
        """Write a list's items ``level`` deep, each through ``each``; its span."""
        start = self.offset
        self.write("[")
        for number, item in enumerate(items):
            self.write(f"{',' if number else ''}\n{_STEP * level}")
            each(item)
        self.write(f"\n{_STEP * (level - 1)}]")
        return [start, self.offset]


def render(document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The bundle's text (as ``json_text`` writes it) and its index of spans.

    ``document`` is a validated bundle: its nutrients are objects with an id.
    """
    out = _Writer()
    records: list[dict[str, Any]] = []

    def record(item: dict[str, Any]) -> None:
        start = out.offset
        fields = out.members(item, 3, lambda _key, field: out.value(field, 3))
        records.append(
            {"id": item["id"], "span": [start, out.offset], "fields": fields}
        )

    authorities: list[dict[str, Any]] = []

    def authority(item: dict[str, Any]) -> None:
        start = out.offset
        tables: list[dict[str, Any]] = []

        def field(key: str, value: Any) -> Span:
            if key != TABLES or not value:
                return out.value(value, 3)
            return out.items(
                value,
                4,
                lambda t: tables.append(
                    {"nutrient": t["nutrient"], "span": out.value(t, 4)}
                ),
            )

        fields = out.members(item, 3, field)
        authorities.append(
            {
                "id": item["id"],
                "span": [start, out.offset],
                "fields": fields,
                TABLES: tables,
            }
        )

    split = {SPLIT: record, AUTHORITIES: authority}

    def section(key: str, value: Any) -> Span:
        if key not in split or not value:
            return out.value(value, 1)
        return out.items(value, 2, split[key])

    sections = out.members(document, 1, section)
    out.write("\n")
    index = {
        "format": INDEX_FORMAT,
        "bundle_bytes": out.offset,
        "sections": sections,
        SPLIT: records,
        AUTHORITIES: authorities,
    }
    return "".join(out.pieces), index
