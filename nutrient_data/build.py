"""Regenerate the committed artefacts from their single sources.

``python -m nutrient_data.build`` rewrites ``schema/*.json`` from the models and
the JSON bundle from the per-record files. Tests fail when either is stale.
"""

from __future__ import annotations

import sys

from nutrient_data.export import render_bundle
from nutrient_data.loader import load
from nutrient_data.paths import PACKAGE, bundle_path
from nutrient_data.schema import write_all


def main() -> int:
    for path in write_all(PACKAGE.parent / "schema"):
        print(f"wrote {path}")
    bundle_path().write_text(render_bundle(load()), encoding="utf-8")
    print(f"wrote {bundle_path()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
