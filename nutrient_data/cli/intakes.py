"""Intake commands: a person's reference intakes (dri), authorities side by side
(compare), the authorities themselves (authorities), and IU conversion (convert).

Each handler imports what only it needs, so that other commands start faster.
"""

from __future__ import annotations

from fractions import Fraction

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    UsageError,
    amount,
    print_json,
    print_notes,
    table,
    years,
)
from nutrient_data.lifestages import DEFAULT_AUTHORITY
from nutrient_data.problem import shorten, significant
from nutrient_data.vocab import PERCENT_ENERGY, PHYTATE_LEVELS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace
    from typing import Any

    from nutrient_data.cli.arguments import Arguments, Commands
    from nutrient_data.dri import PersonIntake
    from nutrient_data.lifestages import LifeStage

NOT_ADVICE = "Reference values for populations, not medical advice."
DEFAULT_PHYTATE = 300  # nutrient_data.dri.tables.DEFAULT_PHYTATE, checked by a test


def _phytate(text: str | None) -> int | None:
    if text is None:
        return None
    from nutrient_data.user_input import exact_number

    allowed = ", ".join(str(p) for p in PHYTATE_LEVELS)
    try:  # read as the API reads it: 300 and 300.0 are one level
        level = exact_number(text, "--phytate", below=float("inf"))
    except ValueError:
        level = Fraction(-1)
    if level not in PHYTATE_LEVELS:
        shown = shorten(repr(text), 40)
        raise UsageError(f"--phytate must be one of {allowed} (mg/day), got {shown}")
    return int(level)


def _rows_for(
    nutrient: dict[str, Any], stage: LifeStage, args: SimpleNamespace
) -> list[PersonIntake]:
    """One row per part where the authority splits the nutrient (EFSA omega-3),
    and one per phytate level where its values depend on phytate (EFSA zinc)
    and none was chosen."""
    from nutrient_data.dri import intake_for
    from nutrient_data.dri.tables import table_phytate_levels, tables_of

    tables = tables_of(nutrient["id"], stage.authority)
    depends = table_phytate_levels(tables)
    levels: tuple[int | None, ...] = (args.phytate_level if depends else None,)
    if levels == (None,) and depends:
        levels = depends
    parts = range(len(tables))
    rows = [
        intake_for(
            nutrient, stage, sex=args.sex, age=args.age, phytate=level, part=part
        )
        for part in parts
        for level in levels
    ]
    return list({(r.basis, r.phytate_mg): r for r in rows}.values())


def _amount(value: float | None, unit: str) -> str:
    if value is not None and unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    return amount(value, unit)


def _value(row: PersonIntake) -> str:
    """The value, or why there is none: a gap in the data is not a zero."""
    from nutrient_data.dri.tables import kinds
    from nutrient_data.vocab import VALUE_ROLES

    if row.value is None and row.value_range is not None:
        low, high = row.value_range
        return f"{low:g}-{_amount(high, row.unit)} (range)"
    if (
        row.value is None
        and kinds(row.authority).role.get(row.kind or "") in VALUE_ROLES
    ):
        return "not confirmed"
    return _amount(row.value, row.unit)


def _name(row: PersonIntake, parts: int) -> str:
    if row.phytate_mg is not None:
        return f"{row.nutrient} (phytate {row.phytate_mg} mg)"
    if parts > 1 and row.basis:
        return f"{row.nutrient} ({row.basis})"
    return row.nutrient


def cmd_dri(args: SimpleNamespace) -> int:
    from nutrient_data.dri import covered, intake_for, phytate_levels
    from nutrient_data.dri.tables import kinds, not_confirmed, not_confirmed_note
    from nutrient_data.lifestages import life_stage_for

    args.age = years(args.age)
    args.phytate_level = _phytate(args.phytate)
    kind = kinds(args.authority)
    if args.phytate_level is not None and not any(
        phytate_levels(n["id"], args.authority) for n in covered(args.authority)
    ):
        raise UsageError(
            f"--phytate applies to values that depend on phytate; "
            f"{kind.short_name}'s do not"
        )
    stage = life_stage_for(
        args.age,
        args.sex,
        pregnant=args.pregnant,
        lactating=args.lactating,
        authority=args.authority,
    )
    if args.id is not None:
        nutrients = [{"id": bundle.nutrient_id(args.id)}]
        if args.phytate_level is not None and not phytate_levels(
            nutrients[0]["id"], args.authority
        ):
            raise UsageError(f"--phytate applies to zinc, not {nutrients[0]['id']}")
    else:
        nutrients = covered(args.authority)
    if args.json:
        dumped = [
            intake_for(
                n,
                stage,
                sex=args.sex,
                age=args.age,
                phytate=args.phytate_level
                if phytate_levels(n["id"], args.authority)
                else None,
            ).as_json()
            for n in nutrients
        ]
        print_json(dumped[0] if args.id is not None else dumped)
        return EXIT_OK
    rows = [r for n in nutrients for r in _rows_for(n, stage, args)]
    parts = {r.nutrient: sum(x.nutrient == r.nutrient for x in rows) for r in rows}
    order = list(parts)
    ear = kind.first("requirement") or "REQUIREMENT"
    print(bundle.authority(args.authority)["name"])
    print(f"Life-stage group: {stage.label} ({stage.id})")
    table(
        [("NUTRIENT", "KIND", "VALUE", ear, "UL")]
        + [
            (
                _name(r, parts[r.nutrient]),
                r.kind or "-",
                _value(r),
                _amount(r.average_requirement, r.unit),
                _amount(r.ul, r.unit)
                + (
                    f" ({kind.label[r.ul_kind]})"
                    if r.ul_kind and kind.label[r.ul_kind] != r.ul_kind
                    else ""
                ),
            )
            for r in rows
        ]
    )
    notes = {(r.nutrient, r.ul_note) for r in rows if r.ul_note}
    limits = kind.codes("upper-limit")
    title = (
        f"About the {next(iter(limits))}s:"
        if len(limits) == 1
        else "About the upper levels:"
    )
    print_notes(title, sorted(notes, key=lambda n: order.index(n[0])))
    if any(r.phytate_mg for r in rows):
        print_notes(
            "About zinc:",
            [
                (
                    "zinc",
                    f"{kind.short_name}'s values depend on phytate intake; --json "
                    "returns the "
                    f"{DEFAULT_PHYTATE} mg/day values unless --phytate is given.",
                )
            ],
        )
    unconfirmed = not_confirmed(args.authority)
    if args.id is None and unconfirmed:
        print_notes(
            "Not in the data:", [(kind.short_name, not_confirmed_note(unconfirmed))]
        )
    print(f"\n{NOT_ADVICE}")
    return EXIT_OK


def cmd_compare(args: SimpleNamespace) -> int:
    from nutrient_data.cli.comparing import compare_command

    return compare_command(args, NOT_ADVICE)


def cmd_authorities(args: SimpleNamespace) -> int:
    from nutrient_data.authority_info import authorities

    found = authorities()
    if args.json:
        print_json([a.as_json() for a in found])
        return EXIT_OK
    table(
        [("ID", "NAME", "YEAR", "PURPOSE", "KINDS", "GROUPS")]
        + [
            (
                a.id,
                a.name,
                str(a.year),
                a.purpose,
                " ".join(k.code for k in a.kinds),
                str(len(a.groups)),
            )
            for a in found
        ]
    )
    print("\nDetails: nutrient-data authorities --json")
    return EXIT_OK


def _person(parser: Arguments) -> None:
    parser.add_argument("--age", required=True, help="age in years (0.5 = 6 months)")
    parser.add_argument(
        "--sex", choices=("female", "male"), required=True, help="female or male"
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--pregnant", action="store_true", help="pregnant")
    state.add_argument("--lactating", action="store_true", help="breastfeeding")


def cmd_convert(args: SimpleNamespace) -> int:
    from nutrient_data.units import factor_for
    from nutrient_data.user_input import LARGEST, exact_number, unit_named

    nutrient_id = bundle.nutrient_id(args.nutrient)
    unit: str
    try:  # read as check reads an amount
        given = unit_named(args.unit)
        amount = exact_number(args.amount, "amount", below=LARGEST)
        factor = factor_for(nutrient_id, args.form)
        if given == "IU":
            result, unit = factor.to_mass(amount), factor.unit
        elif given == factor.unit:
            result, unit = factor.to_iu(amount), "IU"
        else:
            raise UsageError(f"{nutrient_id} converts between IU and {factor.unit}")
    except ValueError as error:  # ConversionError, or the amount or unit
        raise UsageError(str(error)) from None
    typed = shorten(args.amount.strip(), 40)
    if args.json:
        print_json(
            {
                "nutrient": nutrient_id,
                "form": factor.form,
                "amount": float(amount),
                "unit": given,
                "result": result,
                "result_unit": unit,
                "reference_id": factor.reference_id,
            }
        )
    else:
        print(f"{typed} {given} = {significant(result, 12)} {unit}")
    return EXIT_OK


def register(command: Commands) -> None:
    dri = command("dri", "reference intakes for a person", cmd_dri)
    dri.add_argument("id", nargs="?", help="nutrient id or synonym (default: all)")
    _person(dri)
    dri.add_argument(
        "--authority",
        choices=bundle.authority_ids(),
        default=DEFAULT_AUTHORITY,
        help=f"whose values (default {DEFAULT_AUTHORITY}; "
        "see `nutrient-data authorities`)",
    )
    dri.add_argument(
        "--phytate",
        metavar="MG",
        help="EFSA zinc: phytate intake, 300, 600, 900 or 1200 mg/day "
        f"(text shows all four; --json uses {DEFAULT_PHYTATE} unless given)",
    )
    side = command(
        "compare", "several authorities' values for a person, side by side", cmd_compare
    )
    side.add_argument("id", help="nutrient id or synonym")
    _person(side)
    side.add_argument(
        "--authorities",
        metavar="ID,ID",
        help="authority ids, separated by commas (default: every authority "
        "with a group for the person)",
    )
    command(
        "authorities", "the authorities whose values the data holds", cmd_authorities
    )
    convert = command(
        "convert", "convert IU to ug/mg and back (vitamins D and E)", cmd_convert
    )
    convert.add_argument("nutrient", help="vitamin-d or vitamin-e (or a synonym)")
    convert.add_argument("amount", help="the amount to convert, e.g. 4000")
    convert.add_argument(
        "unit",
        help="its unit: IU, or the vitamin's mass unit (ug, also µg or mcg, for "
        "vitamin D; mg for vitamin E)",
    )
    convert.add_argument(
        "--form",
        choices=("natural", "synthetic"),
        help="vitamin E: natural (d-, RRR-) or synthetic (dl-, all-rac-)",
    )
