"""Today's answers for the US and EFSA, recorded once, replayed by a test.

The fixture ``tests/fixtures/golden-answers.json`` holds command lines (and
``intake(..., as_of=...)`` calls) with what they answered when it was made,
before the authorities became data; ``test_golden`` replays them. Regenerate
it only from code whose answers are known good:
``python -m tests.golden.answers``.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from nutrient_data.cli import main
from nutrient_data.vocab import NUTRIENT_ORDER

FIXTURE = Path(__file__).parent.parent / "fixtures" / "golden-answers.json"

# The persons asked about: every group of both authorities, at its lower bound
# and its middle, both sexes where the group does not fix one (recorded here as
# plain command-line words, so the fixture does not depend on lifestages.py).
US_PERSONS = [
    *[
        (age, sex, None)
        for age in (0, 0.25, 0.5, 0.75, 1, 2.5, 4, 6.5)
        for sex in ("female", "male")
    ],
    *[
        (age, sex, None)
        for age in (9, 11, 14, 16, 19, 25, 31, 40, 51, 60, 71, 85)
        for sex in ("female", "male")
    ],
    *[
        (age, "female", cond)
        for age in (14, 16, 19, 25, 31, 40)
        for cond in ("pregnant", "lactating")
    ],
]
EFSA_PERSONS = [
    *[
        (age, sex, None)
        for age in (
            0.5,
            0.75,
            1,
            2.5,
            4,
            5.5,
            7,
            9,
            11,
            13,
            15,
            16.5,
            18,
            40,
            64,
            65,
            80,
        )
        for sex in ("female", "male")
    ],
    *[
        (age, "female", cond)
        for age in (14, 30, 50)
        for cond in ("pregnant", "lactating")
    ],
]
CHECK_PERSONS = [
    (45, "female", None),
    (30, "male", None),
    (25, "female", "pregnant"),
    (70, "male", None),
    (3, "female", None),
]
CHECK_INTAKES = [
    "--food",
    "magnesium=300mg",
    "--supplement",
    "magnesium=400mg",
    "--food",
    "zinc=9mg",
    "--supplement",
    "vitamin-d=4000IU",
    "--food",
    "vitamin-c=60mg",
    "--supplement",
    "selenium=200ug",
    "--food",
    "copper=1mg",
    "--food",
    "manganese=2mg",
    "--supplement",
    "vitamin-b6=50mg",
    "--food",
    "vitamin-b12=2ug",
    "--food",
    "biotin=30ug",
    "--supplement",
    "chromium=200ug",
    "--food",
    "omega-3=1.2g",
    "--medicine",
    "metformin",
]


def _person(age: float, sex: str, cond: str | None) -> list[str]:
    return ["--age", f"{age:g}", "--sex", sex] + ([f"--{cond}"] if cond else [])


def command_lines() -> list[list[str]]:
    lines = []
    for authority, persons in (("us", US_PERSONS), ("efsa", EFSA_PERSONS)):
        for person in persons:
            lines.append(["dri", *_person(*person), "--authority", authority, "--json"])
            for phytate in (300, 600, 900, 1200) if authority == "efsa" else ():
                lines.append(
                    [
                        "dri",
                        "zinc",
                        *_person(*person),
                        "--authority",
                        "efsa",
                        "--phytate",
                        str(phytate),
                        "--json",
                    ]
                )
    for nutrient in NUTRIENT_ORDER:
        for person in [*US_PERSONS[::5], *EFSA_PERSONS[::4]]:
            lines.append(["compare", nutrient, *_person(*person), "--json"])
    for person in CHECK_PERSONS:
        for authority in ("us", "efsa"):
            lines.append(
                [
                    "check",
                    *_person(*person),
                    *CHECK_INTAKES,
                    "--authority",
                    authority,
                    "--json",
                ]
            )
    return lines


def as_of_calls() -> list[dict[str, Any]]:
    """``intake`` as of each year a recorded history entry starts or ends,
    for the groups it names."""
    from nutrient_data import bundle

    years = set()
    for n in bundle.nutrients("id", "intakes", "efsa"):
        entries = list(n["intakes"].get("history", ()))
        for t in n.get("efsa") or ():
            entries += t.get("history", []) + t["ul"].get("history", [])
        for e in entries:
            years |= {e["in_force_from"], e["in_force_until"] - 1, e["in_force_until"]}
    with_history = ["vitamin-d", "vitamin-e", "vitamin-b6", "selenium"]
    calls = []
    for year in sorted(years):
        for nutrient in with_history:
            for authority, persons in (
                ("us", US_PERSONS[::3]),
                ("efsa", EFSA_PERSONS[::3]),
            ):
                for age, sex, cond in persons:
                    calls.append(
                        {
                            "nutrient": nutrient,
                            "age": age,
                            "sex": sex,
                            "pregnant": cond == "pregnant",
                            "lactating": cond == "lactating",
                            "authority": authority,
                            "as_of": year,
                        }
                    )
    return calls


def run(argv: list[str]) -> Any:
    """The JSON answer of a command line, or its exit code where it refused
    (the wording of refusals is not recorded: issue 28 rewords some)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    return json.loads(out.getvalue()) if code == 0 else {"exit": code}


def call(kwargs: dict[str, Any]) -> Any:
    from nutrient_data import intake
    from nutrient_data.problem import NoValuesError, PersonError

    args = dict(kwargs)
    try:
        return intake(args.pop("nutrient"), **args).as_json()
    except (PersonError, NoValuesError):
        return {"refused": True}


def answers() -> dict[str, Any]:
    """Every recorded question with its answer, answers pooled: an answer (or,
    in a list, each item) is kept once and named by its place in ``pool``."""
    pool: dict[str, int] = {}

    def ref(value: Any) -> int:
        return pool.setdefault(json.dumps(value, sort_keys=True), len(pool))

    def pooled(answer: Any) -> Any:
        return [ref(a) for a in answer] if isinstance(answer, list) else ref(answer)

    commands = [{"argv": a, "answer": pooled(run(a))} for a in command_lines()]
    as_of = [{"call": c, "answer": ref(call(c))} for c in as_of_calls()]
    return {
        "commands": commands,
        "as_of": as_of,
        "pool": [json.loads(text) for text in pool],
    }


def unpooled(answer: Any, pool: list[Any]) -> Any:
    return [pool[i] for i in answer] if isinstance(answer, list) else pool[answer]


if __name__ == "__main__":
    document = answers()
    lines = ["{"]
    for n, key in enumerate(("commands", "as_of", "pool")):
        lines.append(f'"{key}": [')
        items = [json.dumps(x, sort_keys=True) for x in document[key]]
        lines.append(",\n".join(items))
        lines.append("]" + ("," if n < 2 else ""))
    lines.append("}")
    FIXTURE.write_text("\n".join(lines) + "\n")
