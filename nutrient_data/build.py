"""Regenerate the committed artefacts from their single sources, and releases.

``python -m nutrient_data.build`` rewrites ``schema/*.json`` from the models
(and the survey columns' schema from :mod:`nutrient_data.population.columns`),
the JSON bundle (and the index of where its parts sit) from the per-record
files, and ``vocab.pyi`` from the vocabularies. Tests fail when any is stale.
``--release DIR`` instead writes the release artifacts, built from the
validated source (the JSON bundle, a zip of the CSV tables with
``datapackage.json``, the SQLite database and its Datasette metadata, the
schemas) and ``SHA256SUMS`` into DIR, refusing to replace files there unless
``--force`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from nutrient_data.export import ExportError
from nutrient_data.export.json_bundle import render_bundle_and_index
from nutrient_data.export.release import write_release
from nutrient_data.loader import build, read_source
from nutrient_data.paths import INDEX_NAME, PACKAGE, bundle_path, json_text, write_whole
from nutrient_data.population.columns import write_schema as write_survey_schema
from nutrient_data.schema import data_version, write_all
from nutrient_data.stubs import STUB_NAME, render


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nutrient_data.build", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--release", metavar="DIR", help="write a release here")
    parser.add_argument(
        "--force", action="store_true", help="replace release files already in DIR"
    )
    args = parser.parse_args(argv)
    if args.release is not None:
        try:
            written = write_release(
                build(read_source()), args.release, force=args.force
            )
        except (ExportError, OSError) as error:
            print(f"{parser.prog}: error: {error}", file=sys.stderr)
            return 2
    else:
        written = write_all(PACKAGE.parent / "schema")
        written.append(write_survey_schema(PACKAGE.parent / "schema", data_version()))
        text, index = render_bundle_and_index(build(read_source()))
        write_whole(bundle_path(), text)
        index_path = PACKAGE / INDEX_NAME
        write_whole(index_path, json_text(index))
        stub_path = PACKAGE / STUB_NAME
        write_whole(stub_path, render())
        written += [bundle_path(), index_path, stub_path]
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
