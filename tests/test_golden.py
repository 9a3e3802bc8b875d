"""Today's US and EFSA answers still hold: ``dri --json`` for every group of
both authorities (and every zinc phytate level), ``compare`` and ``check`` for
a range of persons, and ``intake(..., as_of=...)`` for each year a recorded
history starts or ends, compared with the answers recorded in
``tests/fixtures/golden-answers.json`` before the authorities became data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.golden.answers import FIXTURE, call, run, unpooled

RECORDED = json.loads(FIXTURE.read_text())
POOL = RECORDED["pool"]


def _results(answer: Any) -> Any:
    """A check's results, whether ``--json`` prints them as a list or inside
    an object (issue 28 makes it an object)."""
    return (
        answer["results"]
        if isinstance(answer, dict) and "results" in answer
        else answer
    )


@pytest.mark.parametrize(
    "recorded", RECORDED["commands"], ids=lambda r: " ".join(r["argv"][:8])
)
def test_command_answers_unchanged(recorded: dict[str, Any]) -> None:
    expected = unpooled(recorded["answer"], POOL)
    got = run(recorded["argv"])
    if recorded["argv"][0] == "check":
        got = _results(got)
    assert got == expected


def test_as_of_answers_unchanged() -> None:
    changed = [
        (r["call"], unpooled(r["answer"], POOL), got)
        for r in RECORDED["as_of"]
        if (got := call(r["call"])) != unpooled(r["answer"], POOL)
    ]
    assert not changed, changed[:3]
