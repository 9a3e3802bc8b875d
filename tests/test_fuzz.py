"""Fuzzing the user-facing entry points: every bad input ends in a clear error.

``nutrient-data validate`` is where untrusted input enters. Whatever it is fed,
it must exit 0, 1 or 2 with one line per problem (naming a JSON path) or one
line saying why the file is unreadable: never a traceback, never a hang.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutrient_data.cli import main
from nutrient_data.paths import DATA_ROOT

RECORD: dict[str, Any] = json.loads(
    (DATA_ROOT / "nutrients" / "magnesium.json").read_text(encoding="utf-8")
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([-1, -0.5, 1e308, 10**400, "mg", "IU", "kg", "", "RDA", "ND"])
    | st.text(max_size=20)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)


def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``node``."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths_of(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths_of(value, (*prefix, index))
    return found


ALL_PATHS = paths_of(RECORD)[1:]


@st.composite
def mutated_records(draw: st.DrawFn) -> Any:
    record = copy.deepcopy(RECORD)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent: Any = record
        try:
            for step in path[:-1]:
                parent = parent[step]
            action = draw(st.sampled_from(["replace", "delete", "extra"]))
            if action == "replace":
                parent[path[-1]] = draw(JSON)
            elif action == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=8))] = draw(JSON)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    return record


LINE = re.compile(r"^.+: (valid|\$\S*: .+)$")


def check_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> int:
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1, 2)
    if code == 2:
        assert err.startswith(f"{path}: ") and err.count("\n") == 1
    else:
        assert out and all(LINE.match(line) for line in out.splitlines()), out
    return code


def dump(document: Any) -> bytes:
    return json.dumps(document, allow_nan=False).encode()


@given(mutated_records())
def test_mutated_real_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: Any
) -> None:
    try:
        content = dump(record)
    except (ValueError, OverflowError):
        return
    check_validate(tmp_path, capsys, content)


@given(JSON)
def test_random_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: Any
) -> None:
    assert check_validate(tmp_path, capsys, dump(doc)) == 1


@given(st.binary(max_size=300))
def test_random_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes
) -> None:
    check_validate(tmp_path, capsys, raw)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r["food_sources"][0].update(amount=-420),
        lambda r: r["food_sources"][0].update(amount=10**400),
        lambda r: r.update(intakes={"unit": "mg"}),
        lambda r: r["food_sources"][0].update(unit="kg"),
        lambda r: r.update(colour="green"),
        lambda r: r.pop("claims"),
        lambda r: r["claims"][0].update(verdict="proven"),
        lambda r: r["claims"][0].update(certainty="certain"),
    ],
)
def test_targeted_mutations_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any
) -> None:
    record = copy.deepcopy(RECORD)
    change(record)
    assert check_validate(tmp_path, capsys, dump(record)) == 1


@pytest.mark.parametrize(
    "content",
    [
        b'{"intakes": NaN}',
        b'{"intakes": Infinity}',
        b"[" * 200_000,
        b"\xc3\x28 not utf-8",
        json.dumps(RECORD).encode()[:-7],
    ],
)
def test_unreadable_files_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    assert check_validate(tmp_path, capsys, content) == 2


def test_fifty_megabyte_file_is_refused_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.write(b'{"nutrients": ["')
        handle.seek(50 * 1024 * 1024)
        handle.write(b'"]}')
    assert main(["validate", str(path)]) == 2
    assert "larger than the 20 MiB limit" in capsys.readouterr().err
