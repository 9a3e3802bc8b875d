"""Intake commands: a person's reference intakes (dri) and IU conversion (convert).

Each handler imports what only it needs, so that other commands start faster.
"""

from __future__ import annotations

import argparse

from nutrient_data import bundle
from nutrient_data.cli.output import (
    EXIT_OK,
    Commands,
    UsageError,
    amount,
    print_json,
    print_notes,
    table,
)


def cmd_dri(args: argparse.Namespace) -> int:
    from nutrient_data.dri import intake_for
    from nutrient_data.lifestages import life_stage_for

    stage = life_stage_for(
        args.age, args.sex, pregnant=args.pregnant, lactating=args.lactating
    )
    nutrients = (
        [bundle.nutrient(args.id)] if args.id else bundle.read_bundle()["nutrients"]
    )
    rows = [intake_for(n, stage) for n in nutrients]
    if args.json:
        dumped = [r.as_json() for r in rows]
        print_json(dumped[0] if args.id else dumped)
        return EXIT_OK
    print(f"Life-stage group: {stage.label} ({stage.id})")
    table(
        [("NUTRIENT", "KIND", "VALUE", "UL")]
        + [
            (r.nutrient, r.kind, amount(r.value, r.unit), amount(r.ul, r.unit))
            for r in rows
        ]
    )
    print_notes("About the ULs:", [(r.nutrient, r.ul_note) for r in rows if r.ul_note])
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from nutrient_data.units import ConversionError, factor_for

    nutrient_id = bundle.nutrient(args.nutrient)["id"]
    unit: str
    try:
        factor = factor_for(nutrient_id, args.form)
        if args.unit == "IU":
            result, unit = factor.to_mass(args.amount), factor.unit
        elif args.unit == factor.unit:
            result, unit = factor.to_iu(args.amount), "IU"
        else:
            raise UsageError(f"{nutrient_id} converts between IU and {factor.unit}")
    except ConversionError as error:
        raise UsageError(str(error)) from None
    if args.json:
        print_json(
            {
                "nutrient": nutrient_id,
                "form": factor.form,
                "amount": args.amount,
                "unit": args.unit,
                "result": round(result, 6),
                "result_unit": unit,
                "reference_id": factor.reference_id,
            }
        )
    else:
        print(f"{args.amount:g} {args.unit} = {round(result, 6):g} {unit}")
    return EXIT_OK


def register(command: Commands) -> None:
    dri = command("dri", "reference intakes for a person", cmd_dri)
    dri.add_argument("id", nargs="?", help="nutrient id or synonym (default: all)")
    dri.add_argument(
        "--age", type=float, required=True, help="age in years (0.5 = 6 months)"
    )
    dri.add_argument("--sex", choices=("female", "male"), required=True)
    state = dri.add_mutually_exclusive_group()
    state.add_argument("--pregnant", action="store_true")
    state.add_argument("--lactating", action="store_true")
    convert = command(
        "convert", "convert IU to ug/mg and back (vitamins D and E)", cmd_convert
    )
    convert.add_argument("nutrient", help="vitamin-d or vitamin-e (or a synonym)")
    convert.add_argument("amount", type=float)
    convert.add_argument("unit", choices=("IU", "ug", "mg"))
    convert.add_argument(
        "--form", choices=("natural", "synthetic"), help="vitamin E: RRR or all-rac"
    )
