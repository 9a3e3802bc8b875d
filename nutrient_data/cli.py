"""The ``nutrient-data`` command: browse, look up intakes, and validate files.

Exit codes: 0 success; 1 a validated file has problems; 2 bad usage or input
(unknown id, unreadable file, impossible person). Errors go to stderr as one
line each, never as a traceback.

``show`` reads the prebuilt JSON bundle directly, so a lookup starts without
building the validators; the test suite checks that the bundle equals the
validated source. Every other command works on the validated dataset.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nutrient_data.lookup import NameIndex, UnknownNameError
from nutrient_data.paths import (
    bundle_path,
    json_text,
    read_shipped_json,
    schema_path,
)
from nutrient_data.problem import DatasetError, PersonError, Problem

if TYPE_CHECKING:
    from nutrient_data.models import Dataset

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A user mistake to report on stderr with exit code 2."""


def _print_json(data: Any) -> None:
    sys.stdout.write(json_text(data))


def _table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(
                cell.ljust(w) for cell, w in zip(row, widths, strict=True)
            ).rstrip()
        )


def _amount(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{value:g} {unit}"


def cmd_list(args: argparse.Namespace, data: Dataset) -> int:
    if args.json:
        _print_json(
            [
                {"id": n.id, "name": n.name, "class": n.nutrient_class}
                for n in data.nutrients
            ]
        )
    else:
        _table(
            [("ID", "NAME", "CLASS")]
            + [(n.id, n.name, n.nutrient_class) for n in data.nutrients]
        )
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace, data: Dataset) -> int:
    if args.json:
        _print_json([p.model_dump(mode="json") for p in data.profiles])
    else:
        _table(
            [("ID", "TITLE", "NUTRIENTS")]
            + [(p.id, p.title, ", ".join(p.nutrient_ids)) for p in data.profiles]
        )
    return EXIT_OK


def _shipped_nutrients() -> NameIndex[dict[str, Any]]:
    """The bundle's nutrient records (as JSON), found by id, name or synonym."""
    path = bundle_path()
    bundle = read_shipped_json(path)
    try:
        return NameIndex(
            "nutrient",
            ((n["id"], (n["name"], *n["synonyms"]), n) for n in bundle["nutrients"]),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise DatasetError(
            [Problem("$", f"cannot read {path.name}: {error}")]
        ) from None


def _show_text(nutrient: dict[str, Any]) -> None:
    intakes = nutrient["intakes"]
    unit = intakes["unit"]
    print(f"{nutrient['name']} ({nutrient['id']}) - {nutrient['nutrient_class']}")
    print(nutrient["summary"])
    if nutrient["synonyms"]:
        print(f"Also known as: {', '.join(nutrient['synonyms'])}")
    for ident in nutrient["identifiers"]:
        print(f"  {ident['scheme']}: {ident['value']}")
    print(f"\nDietary Reference Intakes ({unit}/day):")
    _table(
        [("GROUP", "KIND", "VALUE", "UL")]
        + [
            (
                v["life_stage"],
                v["kind"],
                _amount(v["value"], unit),
                _amount(v["ul"], unit),
            )
            for v in intakes["values"]
        ]
    )
    if intakes["ul_scope"]:
        print(f"UL: {intakes['ul_scope']}")
    print("\nClaims about insulin sensitivity:")
    for claim in nutrient["claims"]:
        print(f"  [{claim['grade']}] {claim['statement']}")


def cmd_show(args: argparse.Namespace, data: Dataset | None) -> int:
    nutrient = _shipped_nutrients().get(args.id)
    if args.json:
        _print_json(nutrient)
    else:
        _show_text(nutrient)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, data: Dataset) -> int:
    from nutrient_data.schema import render

    sys.stdout.write(render(args.kind))
    return EXIT_OK


def cmd_dri(args: argparse.Namespace, data: Dataset) -> int:
    from nutrient_data.dri import intake_for, life_stage_for

    stage = life_stage_for(
        args.age, args.sex, pregnant=args.pregnant, lactating=args.lactating
    )
    nutrients = [data.nutrient(args.id)] if args.id else list(data.nutrients)
    rows = [intake_for(n, stage) for n in nutrients]
    if args.json:
        dumped = [r.model_dump(mode="json") for r in rows]
        _print_json(dumped[0] if args.id else dumped)
        return EXIT_OK
    print(f"Life-stage group: {stage.label} ({stage.id})")
    _table(
        [("NUTRIENT", "KIND", "VALUE", "UL")]
        + [
            (r.nutrient, r.kind, _amount(r.value, r.unit), _amount(r.ul, r.unit))
            for r in rows
        ]
    )
    for r in rows:
        if r.ul_note:
            print(f"  {r.nutrient}: {r.ul_note}")
    return EXIT_OK


def cmd_claims(args: argparse.Namespace, data: Dataset) -> int:
    from nutrient_data.models import EVIDENCE_GRADES

    if args.grade is not None and args.grade not in EVIDENCE_GRADES:
        raise UsageError(
            f"unknown grade {args.grade!r}; choose from {', '.join(EVIDENCE_GRADES)}"
        )
    found = data.claims(nutrient=args.nutrient, grade=args.grade)
    if args.json:
        _print_json([{"nutrient": n, **c.model_dump(mode="json")} for n, c in found])
    else:
        _table(
            [("NUTRIENT", "GRADE", "CLAIM")] + [(n, c.grade, c.id) for n, c in found]
        )
    return EXIT_OK


def cmd_convert(args: argparse.Namespace, data: Dataset) -> int:
    from nutrient_data.units import ConversionError, factor_for

    nutrient = data.nutrient(args.nutrient)
    try:
        factor = factor_for(nutrient.id, args.form)
    except ConversionError as error:
        raise UsageError(str(error)) from None
    unit: str
    if args.unit == "IU":
        result, unit = factor.to_mass(args.amount), factor.unit
    elif args.unit == factor.unit:
        result, unit = factor.to_iu(args.amount), "IU"
    else:
        raise UsageError(f"{nutrient.id} converts between IU and {factor.unit}")
    if args.json:
        _print_json(
            {
                "nutrient": nutrient.id,
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


def cmd_export(args: argparse.Namespace, data: Dataset) -> int:
    from nutrient_data.export import export

    try:
        written = export(data, args.format, Path(args.out))
    except OSError as error:
        raise UsageError(
            f"cannot write to {args.out}: {error.strerror or error}"
        ) from None
    for path in written:
        print(path)
    return EXIT_OK


def cmd_paths(args: argparse.Namespace, data: Dataset | None) -> int:
    _print_json(
        {
            "bundle": str(bundle_path()),
            "dataset_schema": str(schema_path("dataset")),
            "nutrient_schema": str(schema_path("nutrient")),
        }
    )
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, data: Dataset | None) -> int:
    from nutrient_data.validate import InputError, validate_file

    status = EXIT_OK
    for name in args.files:
        try:
            problems = validate_file(Path(name))
        except InputError as error:
            print(f"{name}: {error}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        for problem in problems:
            print(f"{name}: {problem}")
        if problems:
            status = max(status, EXIT_PROBLEMS)
        else:
            print(f"{name}: valid")
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nutrient-data",
        description="Micronutrients and insulin resistance: a cited dataset. "
        "Not medical advice.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, help_text: str, *, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    command("list", "list the nutrients").set_defaults(func=cmd_list)
    command("profiles", "list the essay's ten topics").set_defaults(func=cmd_profiles)
    show = command("show", "show one nutrient by id or synonym")
    show.add_argument("id")
    show.set_defaults(func=cmd_show, needs_data=False)
    schema = command("schema", "print the JSON Schema", json_flag=False)
    schema.add_argument("--kind", choices=("dataset", "nutrient"), default="dataset")
    schema.set_defaults(func=cmd_schema)
    dri = command("dri", "reference intakes for a person")
    dri.add_argument("id", nargs="?", help="nutrient id or synonym (default: all)")
    dri.add_argument(
        "--age", type=float, required=True, help="age in years (0.5 = 6 months)"
    )
    dri.add_argument("--sex", choices=("female", "male"), required=True)
    state = dri.add_mutually_exclusive_group()
    state.add_argument("--pregnant", action="store_true")
    state.add_argument("--lactating", action="store_true")
    dri.set_defaults(func=cmd_dri)
    claims = command("claims", "list claims about insulin sensitivity")
    claims.add_argument("--nutrient", help="only claims about this nutrient")
    claims.add_argument("--grade", help="only claims with this evidence grade")
    claims.set_defaults(func=cmd_claims)
    convert = command("convert", "convert IU to ug/mg and back (vitamins D and E)")
    convert.add_argument("nutrient", help="vitamin-d or vitamin-e (or a synonym)")
    convert.add_argument("amount", type=float)
    convert.add_argument("unit", choices=("IU", "ug", "mg"))
    convert.add_argument(
        "--form", choices=("natural", "synthetic"), help="vitamin E: RRR or all-rac"
    )
    convert.set_defaults(func=cmd_convert)
    export = command(
        "export", "write the data as JSON, CSV or a data package", json_flag=False
    )
    export.add_argument(
        "--format", choices=("json", "csv", "datapackage"), required=True
    )
    export.add_argument("--out", required=True, metavar="DIR", help="output folder")
    export.set_defaults(func=cmd_export)
    paths = command(
        "paths", "print where the raw JSON bundle and schemas are", json_flag=False
    )
    paths.set_defaults(func=cmd_paths, needs_data=False)
    validate = command(
        "validate", "check JSON files against the schema and rules", json_flag=False
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(func=cmd_validate, needs_data=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "needs_data", True):
            from nutrient_data.loader import load

            data = load()
        else:
            data = None
        return int(args.func(args, data))
    except (UnknownNameError, PersonError, UsageError) as error:
        print(f"nutrient-data: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DatasetError as error:
        print(f"nutrient-data: the installed data is invalid: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
