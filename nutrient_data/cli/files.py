"""File commands: the JSON Schema, where the raw files are, export and validate."""

from __future__ import annotations

import sys

from nutrient_data.cli.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    print_json,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace

    from nutrient_data.cli.arguments import Commands

FORMAT_NAMES = ("json", "csv", "datapackage", "sqlite")
"""The export formats (``nutrient_data.export.FORMAT_NAMES``, which a test
checks), named here so that the parser does not import the exporters."""


def cmd_schema(args: SimpleNamespace) -> int:
    from nutrient_data.schema import render

    sys.stdout.write(render(args.kind))
    return EXIT_OK


def cmd_paths(args: SimpleNamespace) -> int:
    from nutrient_data.paths import bundle_path, schema_path

    print_json(
        {
            "bundle": str(bundle_path()),
            "dataset_schema": str(schema_path("dataset")),
            "nutrient_schema": str(schema_path("nutrient")),
        }
    )
    return EXIT_OK


def cmd_export(args: SimpleNamespace) -> int:

    from nutrient_data.export import ExportError, export
    from nutrient_data.loader import load

    try:
        written = export(load(), args.format, args.out, force=args.force)
    except ExportError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(
            f"cannot write to {args.out}: {error.strerror or error}"
        ) from None
    for path in written:
        print(path)
    return EXIT_OK


def cmd_validate(args: SimpleNamespace) -> int:
    from pathlib import Path

    from nutrient_data.validate import (
        InputError,
        read_parsed,
        read_stream,
        validate_parsed,
    )

    status = EXIT_OK
    for name in args.files:
        try:
            if name != "-":
                parsed = read_parsed(Path(name))
            elif sys.stdin is None:
                raise InputError("standard input is closed")
            else:
                parsed = read_stream(sys.stdin.buffer)
            problems = validate_parsed(parsed)
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


def register(command: Commands) -> None:
    schema = command("schema", "print the JSON Schema", cmd_schema, json_flag=False)
    schema.add_argument(
        "--kind",
        choices=("dataset", "nutrient", "authority", "reference-table"),
        default="dataset",
    )
    export = command(
        "export",
        "write the data as JSON, CSV tables, a data package or a SQLite database",
        cmd_export,
        json_flag=False,
    )
    export.add_argument("--format", choices=FORMAT_NAMES, required=True)
    export.add_argument("--out", required=True, metavar="DIR", help="output folder")
    export.add_argument(
        "--force",
        action="store_true",
        help="replace files of the same names in DIR (refused otherwise)",
    )
    command(
        "paths",
        "print where the raw JSON bundle and schemas are",
        cmd_paths,
        json_flag=False,
    )
    validate = command(
        "validate",
        "check JSON files against the schema and rules",
        cmd_validate,
        json_flag=False,
    )
    validate.add_argument(
        "files", nargs="+", metavar="FILE", help="a JSON file, or - for standard input"
    )
