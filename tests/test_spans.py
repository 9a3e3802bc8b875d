"""The bundle's span index: the bundle text is unchanged by it, every span
holds the part it names, the shipped index is current, and a stale one is
reported as a problem with the installed data rather than giving wrong
answers."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nutrient_data import bundle
from nutrient_data.export import bundle as bundle_document
from nutrient_data.loader import load
from nutrient_data.paths import INDEX_NAME, PACKAGE, bundle_path, json_text
from nutrient_data.spans import render

ODD_DOCUMENTS = [
    {},
    {"nutrients": []},
    {"a": {}, "nutrients": [{"id": "x"}], "b": [1, {"c": "\u00b5 \u03b1\n"}]},
    {"nutrients": [{"id": "x", "empty": {}, "list": [], "deep": {"k": [1, 2]}}]},
]


def slices(text: str, index: dict[str, Any]) -> Iterator[tuple[Any, list[int]]]:
    """Each part the index names, with its span."""
    for name, span in index["sections"].items():
        yield ("section", name), span
    for entry in index["nutrients"]:
        yield ("record", entry["id"]), entry["span"]
        for field, span in entry["fields"].items():
            yield ("field", entry["id"], field), span


def part(document: dict[str, Any], key: tuple[str, ...]) -> Any:
    if key[0] == "section":
        return document[key[1]]
    record = next(n for n in document["nutrients"] if n["id"] == key[1])
    return record if key[0] == "record" else record[key[2]]


@pytest.mark.parametrize("document", ODD_DOCUMENTS)
def test_the_text_is_the_packages_json_and_every_span_holds_its_part(
    document: dict[str, Any],
) -> None:
    text, index = render(document)
    assert text == json_text(document)
    data = text.encode("utf-8")
    assert index["bundle_bytes"] == len(data)
    for key, (start, end) in slices(text, index):
        assert json.loads(data[start:end]) == part(document, key), key


def test_the_shipped_index_describes_the_shipped_bundle() -> None:
    document = bundle_document(load())
    text, index = render(document)
    shipped = (PACKAGE / INDEX_NAME).read_text(encoding="utf-8")
    assert shipped == json_text(index), "stale: run python -m nutrient_data.build"
    data = text.encode("utf-8")
    keys = list(slices(text, index))
    assert len(keys) == len(document) + sum(len(n) + 1 for n in document["nutrients"])
    for key, (start, end) in keys:
        assert json.loads(data[start:end]) == part(document, key), key


def test_partial_reads_equal_the_whole_bundle() -> None:
    whole = json.loads(bundle_path().read_text("utf-8"))
    assert bundle.section("profiles") == whole["profiles"]
    assert bundle.nutrients("id", "claims") == [
        {"id": n["id"], "claims": n["claims"]} for n in whole["nutrients"]
    ]
    assert bundle.nutrient("Vitamin B12") == whole["nutrients"][8]
    assert whole["nutrients"][8]["id"] == "vitamin-b12"


def test_a_stale_index_is_a_data_problem_not_a_wrong_answer(tmp_path: Path) -> None:
    copy = tmp_path / "nutrient-data.json"
    copy.write_bytes(bundle_path().read_bytes() + b" ")
    program = (
        "import sys; from nutrient_data import bundle, cli; "
        f"bundle.bundle_file = lambda: {str(copy)!r}; sys.exit(cli.main(['list']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert f"{INDEX_NAME} does not describe this nutrient-data.json" in done.stderr
    assert "Traceback" not in done.stderr
