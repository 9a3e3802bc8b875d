"""The ``label`` command: an amount as a food label states it, in percent of a
labelling authority's reference (% Daily Value, % NRV)."""

from __future__ import annotations

from contextlib import suppress

from nutrient_data.cli.output import EXIT_OK, UsageError, print_json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace

    from nutrient_data.cli.arguments import Commands

NOT_ADVICE = "A labelling reference, not a person's requirement; not medical advice."
BASIS_FLAGS = {
    "per_100g": "per-100g",
    "per_100ml_beverage": "per-100ml-beverage",
    "portion": "per-portion",
}


def cmd_label(args: SimpleNamespace) -> int:
    from nutrient_data.labelling import labelling_authorities, percent_of_reference

    known = labelling_authorities()
    if args.authority not in known:
        have = ", ".join(known) if known else "none is in the data yet"
        raise UsageError(
            f"--authority must be a labelling authority ({have}), "
            f"got {args.authority!r}"
        )
    basis = next((b for flag, b in BASIS_FLAGS.items() if getattr(args, flag)), None)
    amount: float | str = args.amount
    with suppress(ValueError):  # else an amount with its unit, such as 400mg
        amount = float(args.amount)
    result = percent_of_reference(
        args.id, amount, args.authority, args.population, basis=basis
    )
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    print(
        f"{result.nutrient}: {result.amount:g} {result.unit} = {result.label} "
        f"(exactly {result.percent:.4g}%) of the {result.kind} {result.reference:g} "
        f"{result.unit} ({result.authority}, {result.population_label})"
    )
    if result.significant is not None:
        words = "is" if result.significant else "is not"
        print(
            f"It {words} a significant amount {result.basis} "
            f"(at least {result.significant_percent:g}% of the reference)."
        )
    if result.note:
        print(f"Note: {result.note}")
    print(f"Source: {result.reference_id or '-'}. {NOT_ADVICE}")
    return EXIT_OK


def register(command: Commands) -> None:
    from nutrient_data.labelling import DEFAULT_LABEL_AUTHORITY

    label = command(
        "label",
        "an amount as a percentage of a labelling reference (DV, NRV)",
        cmd_label,
    )
    label.add_argument("id", help="nutrient id or synonym")
    label.add_argument(
        "amount",
        help="amount in the reference's unit (e.g. 84), or with a unit (84mg, 1000IU)",
    )
    label.add_argument(
        "--authority",
        default=DEFAULT_LABEL_AUTHORITY,
        metavar="ID",
        help=f"a labelling authority, e.g. fda-dv or eu-nrv (default "
        f"{DEFAULT_LABEL_AUTHORITY}; see `nutrient-data authorities`)",
    )
    label.add_argument(
        "--population",
        default="adults",
        metavar="GROUP",
        help="the authority's group id, or its start (default: adults)",
    )
    basis = label.add_mutually_exclusive_group()
    basis.add_argument(
        "--per-100g",
        action="store_true",
        help="the amount is per 100 g or 100 ml of a food (significant-amount test)",
    )
    basis.add_argument(
        "--per-100ml-beverage",
        action="store_true",
        help="the amount is per 100 ml of a beverage",
    )
    basis.add_argument(
        "--portion",
        action="store_true",
        help="the amount is per portion of a single-portion pack",
    )
