"""File commands: the JSON Schema, where the raw files are, export and validate."""

from __future__ import annotations

import sys

from nutrient_data.cli.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    print_json,
    quiet_broken_pipe,
)
from nutrient_data.problem import shorten

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import SimpleNamespace

    from nutrient_data.cli.arguments import Commands

FORMAT_NAMES = ("json", "csv", "datapackage", "sqlite")
"""The export formats (``nutrient_data.export.FORMAT_NAMES``, which a test
checks), named here so that the parser does not import the exporters."""
MODEL_SCHEMAS = ("dataset", "nutrient", "authority", "reference-table")
"""The schemas generated from the models (``nutrient_data.schema.MODELS``)."""
SCHEMA_KINDS = (*MODEL_SCHEMAS, "intake-check", "survey")
"""Every schema shipped in ``schema/`` (a test checks the folder); the last two
are printed as shipped."""
VALIDATE_KINDS = (
    "dataset",
    "nutrient",
    "authority",
    "reference-table",
    "profile",
    "reference",
    "metadata",
    "fdc-nutrients",
    "synthesis",
    "intake-check",
)
"""The kinds ``validate`` checks (``nutrient_data.validate.KIND_CODES``)."""


def cmd_schema(args: SimpleNamespace) -> int:
    if args.kind in MODEL_SCHEMAS:
        from nutrient_data.schema import render

        sys.stdout.write(render(args.kind))
    else:  # written by hand, shipped as it is
        from nutrient_data.paths import schema_path

        sys.stdout.write(schema_path(args.kind).read_text(encoding="utf-8"))
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
    from pathlib import Path

    from nutrient_data.export import ExportError, export
    from nutrient_data.loader import load

    def listed(written: list[Path]) -> None:
        """Print the files before they are kept: output that cannot be written
        (``> /dev/full``) undoes the export."""
        try:
            sys.stdout.write("".join(f"{path}\n" for path in written))
            sys.stdout.flush()
        except BrokenPipeError:  # the reader took what it wanted (| head)
            quiet_broken_pipe()
        except OSError as error:
            quiet_broken_pipe()  # drop what is buffered, so exit says nothing more
            raise UsageError(
                f"cannot write output: {error.strerror or error}; the export was "
                "undone, so the folder is as it was"
            ) from None

    try:
        export(load(), args.format, args.out, force=args.force, confirm=listed)
    except ExportError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(
            f"cannot write to {shorten(str(args.out), 80)}: {error.strerror or error}"
            "; nothing was changed"
        ) from None
    return EXIT_OK


def cmd_validate(args: SimpleNamespace) -> int:
    from nutrient_data.user_input import InputError, read_parsed, shown_name
    from nutrient_data.validate import validate_parsed

    status = EXIT_OK
    for name in args.files:
        shown = shown_name(name)
        try:
            problems = validate_parsed(read_parsed(name), args.kind, name)
        except InputError as error:
            print(f"{shown}: {error}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        for problem in problems:
            print(f"{shown}: {problem}")
        if problems:
            status = max(status, EXIT_PROBLEMS)
        else:
            print(f"{shown}: valid")
    return status


def register(command: Commands) -> None:
    schema = command("schema", "print the JSON Schema", cmd_schema, json_flag=False)
    schema.add_argument(
        "--kind",
        choices=SCHEMA_KINDS,
        default="dataset",
        help="which schema: " + ", ".join(SCHEMA_KINDS) + " (default: dataset)",
    )
    export = command(
        "export",
        "write the data as JSON, CSV tables, a data package or a SQLite database",
        cmd_export,
        json_flag=False,
    )
    export.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        required=True,
        help="json (the bundle), csv (tidy tables), datapackage (the tables with "
        "a Frictionless descriptor) or sqlite (a database, with Datasette metadata)",
    )
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
    validate.add_argument(
        "--kind",
        choices=VALIDATE_KINDS,
        metavar="KIND",
        help="what the files are: " + ", ".join(VALIDATE_KINDS) + "; by default "
        "the kind a file's $schema names, or a shipped file's by its place "
        "(never guessed from its shape)",
    )
