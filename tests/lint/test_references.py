from __future__ import annotations

import copy
from typing import Any

from nutrient_data.lint import references
from tests.lint import findings


def messages(document: dict[str, Any]) -> list[str]:
    return findings(references.check, document)


def test_valid_document_passes(document: dict[str, Any]) -> None:
    assert messages(document) == []


def test_dangling_reference_is_named_by_path(document: dict[str, Any]) -> None:
    document["nutrients"][1]["claims"][0]["reference_ids"] = ["nowhere-2020"]
    assert messages(document) == [
        "$.nutrients[1].claims[0].reference_ids[0]: cites unknown reference "
        "'nowhere-2020'"
    ]


def test_uncited_reference_is_reported(document: dict[str, Any]) -> None:
    extra = copy.deepcopy(document["references"][0])
    extra.update(id="unused", url="https://example.org/other")
    document["references"].append(extra)
    assert messages(document) == ["$.references[1]: reference 'unused' is never cited"]


def test_same_doi_twice_is_reported(document: dict[str, Any]) -> None:
    document["references"][0]["doi"] = "10.1000/ABC"
    twin = copy.deepcopy(document["references"][0])
    twin.update(id="twin", doi="10.1000/abc")
    document["references"].append(twin)
    document["nutrients"][1]["claims"][0]["reference_ids"] = ["twin"]
    assert messages(document) == [
        "$.references[1]: DOI 10.1000/abc is already entered as 'test-report'"
    ]
