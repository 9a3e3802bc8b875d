"""The ``check`` command: a person's intakes against the reference values.

Every input problem (an unknown nutrient, an amount or unit that cannot be
used, an impossible person, a bad file) is one line on stderr with exit code
2, and nothing is printed as a result.
"""

from __future__ import annotations

import math

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    UsageError,
    print_json,
    table,
)
from nutrient_data.lifestages import DEFAULT_AUTHORITY
from nutrient_data.vocab import SEXES, VITAMIN_E_FORMS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace
    from typing import TypeVar

    from nutrient_data.cli.arguments import Commands
    from nutrient_data.vocab import VitaminEForm

    Code = TypeVar("Code", bound=str)
    from nutrient_data.intake_check.core import Entry, Source
    from nutrient_data.intake_check.result import Assessment, NutrientCheck

# The intake-check modules are imported when the command runs, so that the
# other commands do not pay for them.


def _entry(spec: str, source: Source, form: VitaminEForm | None) -> Entry:
    from nutrient_data.intake_check.amounts import AmountError, parse_amount
    from nutrient_data.intake_check.core import Entry

    flag = f"--{source}"
    name, equals, amount = spec.partition("=")
    if not name.strip():
        raise AmountError(f"{flag} {spec!r}: give ID=AMOUNT, such as magnesium=400mg")
    if not equals or not amount.strip():
        raise AmountError(
            f"{flag} {spec!r}: missing amount; give ID=AMOUNT, such as "
            f"{name.strip()}=400mg"
        )
    try:
        return Entry(name.strip(), parse_amount(amount, form), source, f"{flag} {spec}")
    except AmountError as error:
        raise AmountError(f"{flag} {spec}: {error}") from None


def _age(text: str | None) -> float:
    if text is None:
        raise UsageError("check needs --age (years; 0.5 is six months)")
    try:
        age = float(text)
    except ValueError:
        raise UsageError(f"age must be a number of years, got {text!r}") from None
    if not math.isfinite(age):
        raise UsageError(f"age must be a finite number of years, got {text!r}")
    return age


def _choice(value: str | None, flag: str, allowed: tuple[Code, ...]) -> Code:
    for code in allowed:
        if value == code:
            return code
    options = " or ".join(allowed)
    if value is None:
        raise UsageError(f"check needs {flag} {options}")
    raise UsageError(f"{flag} must be {options}, got {value!r}")


def _adequacy(r: NutrientCheck) -> str:
    if r.probability_adequate is None:
        return r.adequacy
    return f"{r.adequacy} (probability adequate {r.probability_adequate:.2f})"


def _amount(value: float | None, unit: str) -> str:
    from nutrient_data.intake_check.result import show

    return "-" if value is None else f"{show(value)} {unit}"


def _print_text(result: Assessment) -> None:
    from nutrient_data.intake_check.result import DISCLAIMER

    print(
        f"Intake check for {result.life_stage_label} ({result.life_stage}); "
        f"{bundle.authority(result.authority)['name']}"
    )
    rows = [
        (
            "NUTRIENT",
            "FOOD",
            "SUPPLEMENT",
            "TOTAL",
            "REFERENCE",
            "INTAKE IS",
            "UPPER LIMIT",
        )
    ]
    for r in result:
        reference = "-" if r.value is None else f"{r.kind} {_amount(r.value, r.unit)}"
        rows.append(
            (
                r.nutrient,
                _amount(r.food, r.unit),
                _amount(r.supplement, r.unit),
                _amount(r.total, r.unit),
                reference,
                _adequacy(r),
                r.ul_status,
            )
        )
    if len(rows) > 1:
        table(rows)
    interactions = [(r.nutrient, i) for r in result for i in r.interactions]
    if interactions:
        print("\nInteractions with the medicines given:")
        for nutrient, i in interactions:
            via = f" (as {i.via})" if i.via else ""
            print(f"- {i.medicine}{via} and {nutrient}: {i.agent}. {i.effect}")
            print(f"  Sources: {', '.join(i.reference_ids)}")
    if result.unmatched_medicines:
        print(
            "\nNo interaction is recorded in this dataset for: "
            f"{', '.join(result.unmatched_medicines)} "
            "(which is not evidence that there is none)."
        )
    notes = [(r.nutrient, r.note) for r in result if r.note]
    if notes:
        print("\nNotes:")
        for nutrient, note in notes:
            print(f"- {nutrient}: {note}")
    print(f"\n{DISCLAIMER}")


def cmd_check(args: SimpleNamespace) -> int:
    from nutrient_data.intake_check.amounts import AmountError
    from nutrient_data.intake_check.core import check

    age = _age(args.age)
    sex = _choice(args.sex, "--sex", SEXES)
    authority = _choice(args.authority, "--authority", bundle.authority_ids())
    form = args.vitamin_e_form
    if form is not None:
        form = _choice(form, "--vitamin-e-form", VITAMIN_E_FORMS)
    try:
        entries = [_entry(s, "food", form) for s in args.food]
        entries += [_entry(s, "supplement", form) for s in args.supplement]
        medicines = [m.strip() for m in args.medicine]
        if any(not m for m in medicines):
            raise AmountError("--medicine needs a name")
        if args.file:
            from nutrient_data.intake_check.files import read_intake_file

            from_file, file_medicines = read_intake_file(args.file, form)
            entries += from_file
            medicines += file_medicines
        result = check(
            entries,
            age=age,
            sex=sex,
            pregnant=args.pregnant,
            lactating=args.lactating,
            medicines=medicines,
            authority=authority,
        )
    except AmountError as error:
        hint = " (add --vitamin-e-form)" if "needs its form" in str(error) else ""
        raise UsageError(f"{error}{hint}") from None
    if not entries and not medicines:
        raise UsageError(
            "nothing to check: give --food, --supplement, --medicine or --file"
        )
    if args.json:
        print_json(result.as_json())
    else:
        _print_text(result)
    return EXIT_OK


def register(command: Commands) -> None:
    p = command(
        "check",
        "check a person's intakes against reference values (not medical advice)",
        cmd_check,
    )
    p.add_argument("--age", metavar="A", help="age in years (0.5 = 6 months)")
    p.add_argument("--sex", metavar="female|male")
    p.add_argument("--pregnant", action="store_true")
    p.add_argument("--lactating", action="store_true")
    p.add_argument(
        "--food",
        action="append",
        default=[],
        metavar="ID=AMOUNT",
        help="amount from food per day, e.g. magnesium=300mg (repeatable)",
    )
    p.add_argument(
        "--supplement",
        action="append",
        default=[],
        metavar="ID=AMOUNT",
        help="amount from supplements or medicines per day, e.g. vitamin-d=4000IU",
    )
    p.add_argument(
        "--medicine",
        action="append",
        default=[],
        metavar="NAME",
        help="a medicine taken, e.g. metformin (repeatable)",
    )
    p.add_argument("--file", metavar="FILE", help="intakes from a .json or .csv file")
    p.add_argument(
        "--authority",
        default=DEFAULT_AUTHORITY,
        metavar="|".join(bundle.authority_ids()),
        help=f"whose values (default {DEFAULT_AUTHORITY})",
    )
    p.add_argument(
        "--vitamin-e-form",
        metavar="natural|synthetic",
        help="form of vitamin E given in IU: natural (d-, RRR-) or synthetic "
        "(dl-, all-rac-); required for vitamin E in IU",
    )
