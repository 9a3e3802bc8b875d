"""The compare command: one block per authority, then the sources by number,
what is missing and where the authorities differ, so that the text keeps
within 80 columns however many authorities cover the person."""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    UsageError,
    print_json,
    print_notes,
    terminal_columns,
    wrapped,
    years,
)
from nutrient_data.vocab import UL_APPLIES_TO

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace

    from nutrient_data.dri import Comparison, PersonIntake

WIDTH = 80
"""The widest line compare prints (narrower where the terminal is)."""
LABEL = 15
"""The indent of a block's values, past labels such as ``requirement``."""


def _authority_ids(text: str | None) -> tuple[str, ...] | None:
    """``--authorities a,b``: known ids, each once (default: ``None``)."""
    if text is None:
        return None
    ids = tuple(dict.fromkeys(part.strip() for part in text.split(",")))
    known = bundle.authority_ids()
    unknown = [i for i in ids if i not in known]
    if unknown or not ids or "" in ids:
        raise UsageError(
            f"--authorities takes ids from {', '.join(known)}, separated by commas; "
            f"got {text!r}"
        )
    return ids


def _person(args: SimpleNamespace, age: float) -> str:
    state = ", pregnant" if args.pregnant else ", lactating" if args.lactating else ""
    return f"{args.sex}, age {age:g}{state}"


def _block(row: PersonIntake, key: dict[str, int], width: int) -> list[str]:
    """The authority's group, then its value, requirement and upper level, each
    followed by the number of its source in the list below."""
    from nutrient_data.dri.comparison import (
        intake_words,
        limit_words,
        requirement_words,
    )
    from nutrient_data.dri.tables import kinds

    def cite(text: str, reference_id: str | None) -> str:
        if not reference_id:
            return text
        number = key.setdefault(reference_id, len(key) + 1)
        return f"{text} [{number}]"

    intake = cite(intake_words(row), row.reference_id)  # numbered first
    limit = cite(limit_words(row), row.ul_reference_id)
    if row.ul is not None and row.ul_applies_to in UL_APPLIES_TO:
        limit += f", counting {UL_APPLIES_TO[row.ul_applies_to]}"
    lines = [f"{kinds(row.authority).short_name}: {row.life_stage_label}"]
    for label, text in (
        ("intake", intake),
        ("requirement", requirement_words(row)),
        ("upper level", limit),
    ):
        lines += wrapped(text, f"  {label}".ljust(LABEL), " " * LABEL, width)
    return lines


def _not_in_data(result: Comparison) -> list[tuple[str, str]]:
    """Each authority asked that has no table of the nutrient, and why."""
    from nutrient_data.dri.tables import kinds, not_confirmed, not_confirmed_note

    return [
        (
            kinds(authority).short_name,
            not_confirmed_note([result.nutrient])
            if result.nutrient in not_confirmed(authority)
            else "no values are recorded for this nutrient yet.",
        )
        for authority, value in result.values.items()
        if value is None
    ]


def compare_command(args: SimpleNamespace, not_advice: str) -> int:
    from nutrient_data.dri import compare
    from nutrient_data.dri.comparison import differences
    from nutrient_data.dri.tables import kinds

    age = years(args.age)
    result = compare(
        args.id,
        age=age,
        sex=args.sex,
        pregnant=args.pregnant,
        lactating=args.lactating,
        authorities=_authority_ids(args.authorities),
    )
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    width = max(40, min(terminal_columns(), WIDTH))
    sides = [r for r in result.values.values() if r is not None]
    key: dict[str, int] = {}
    print(f"{result.nutrient.upper()} for {_person(args, age)}")
    for row in sides:
        print("\n" + "\n".join(_block(row, key, width)))
    if key:
        print("\nSources:")
        for reference_id, number in key.items():
            print(f"  [{number}] {reference_id}")
    zinc = [
        (
            kinds(r.authority).short_name,
            f"zinc shown at phytate {r.phytate_mg} mg/day; every level: "
            f"nutrient-data dri zinc --authority {r.authority}",
        )
        for r in sides
        if r.phytate_mg is not None
    ]
    print_notes("Phytate:", zinc, width)
    print_notes("Not in the data:", _not_in_data(result), width)
    said = differences(*sides, words=True) if len(sides) > 1 else ()
    if said:
        print("\nWhere they differ:")
        for text in said:
            print("\n".join(wrapped(text, "  - ", "    ", width)))
    elif len(sides) > 1:
        count = "two" if len(sides) == 2 else str(len(sides))
        print(f"\nThe {count} authorities give the same values for this person.")
    if result.why:
        print()
        print("\n".join(wrapped(result.why, "Why: ", "  ", width)))
    print(f"\n{not_advice}")
    return EXIT_OK
