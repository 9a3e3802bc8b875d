"""The ``check`` command: a person's intakes against the reference values.

Every input problem (an unknown nutrient, an amount or unit that cannot be
used, an impossible person, a bad file) is one line on stderr with exit code
2, and nothing is printed as a result.
"""

from __future__ import annotations

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    UsageError,
    print_json,
    say,
    table,
    years,
)
from nutrient_data.lifestages import DEFAULT_AUTHORITY
from nutrient_data.problem import shorten
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


def _number(text: str | None, flag: str) -> float | None:
    """An optional number option, read as every number is (or a usage error)."""
    if text is None:
        return None
    from nutrient_data.user_input import exact_number

    try:
        return float(exact_number(text, flag, below=float("inf")))
    except ValueError as error:
        raise UsageError(str(error)) from None


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


def _amount(value: float | None, unit: str, *apart: float | None) -> str:
    from nutrient_data.intake_check.result import show

    return "-" if value is None else f"{show(value, *apart)} {unit}"


def _print_text(result: Assessment, phytate_given: bool) -> None:
    from nutrient_data.intake_check.result import DISCLAIMER

    say(
        f"Intake check for {result.life_stage_label} ({result.life_stage}); "
        f"{bundle.authority(result.authority)['name']}"
    )
    person = result.person
    if person is not None and person.phytate_mg is not None:
        how = "given" if phytate_given else "assumed; choose with --phytate"
        say(
            f"Values that depend on phytate intake (zinc) are for "
            f"{person.phytate_mg} mg/day of phytate ({how})"
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
        limits = (r.value, r.ul, r.average_requirement)  # shown apart from these
        rows.append(
            (
                r.nutrient,
                _amount(r.food, r.unit, *limits),
                _amount(r.supplement, r.unit, *limits),
                _amount(r.total, r.unit, *limits),
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
            say(f"{i.medicine}{via} and {nutrient}: {i.agent}. {i.effect}", "- ", "  ")
            say(f"Sources: {', '.join(i.reference_ids)}", "  ", "  ")
    if result.unmatched_medicines:
        named = ", ".join(shorten(m, 60) for m in result.unmatched_medicines)
        print()
        say(
            f"No interaction is recorded in this dataset for: {shorten(named, 300)} "
            "(which is not evidence that there is none)."
        )
    notes = [(r.nutrient, r.note) for r in result if r.note]
    if notes:
        print("\nNotes:")
        for nutrient, note in notes:
            say(f"{nutrient}: {note}", "- ", "  ")
    print()
    say(DISCLAIMER)


def cmd_check(args: SimpleNamespace) -> int:
    from nutrient_data.intake_check.amounts import AmountError
    from nutrient_data.intake_check.core import check

    age = years(args.age)
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
        if args.file is not None:
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
            phytate=_number(args.phytate, "--phytate"),
            energy_kcal=_number(args.energy, "--energy"),
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
        _print_text(result, args.phytate is not None)
    return EXIT_OK


def register(command: Commands) -> None:
    p = command(
        "check",
        "check a person's intakes against reference values (not medical advice)",
        cmd_check,
    )
    p.add_argument(
        "--age", metavar="A", required=True, help="age in years (0.5 = 6 months)"
    )
    p.add_argument("--sex", metavar="female|male", required=True, help="female or male")
    p.add_argument("--pregnant", action="store_true", help="pregnant")
    p.add_argument("--lactating", action="store_true", help="breastfeeding")
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
        help="amount from supplements or medicines per day, e.g. vitamin-d=4000IU "
        "(repeatable)",
    )
    p.add_argument(
        "--medicine",
        action="append",
        default=[],
        metavar="NAME",
        help="a medicine taken, e.g. metformin (repeatable)",
    )
    p.add_argument(
        "--file",
        metavar="FILE",
        help="intakes from a .json or .csv file, or - for JSON on standard input "
        "(schema: nutrient-data schema --kind intake-check)",
    )
    p.add_argument(
        "--phytate",
        metavar="MG",
        help="phytate intake, 300, 600, 900 or 1200 mg/day, for values that "
        "depend on it (EFSA's zinc; 300 is assumed, and said, when not given)",
    )
    p.add_argument(
        "--energy",
        metavar="KCAL",
        help="energy intake in kcal/day, to judge values set as a share of "
        "energy (EFSA's omega-3 AI)",
    )
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
