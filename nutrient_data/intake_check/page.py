"""The site's intake-check page, which runs in the browser from the bundle.

:func:`pages` yields the page, the script, a copy of the shipped bundle and the
package's constants (life stages, unit factors, words) as ``config.json``, so
the script computes the same answers as ``nutrient-data check`` without a
server. ``docs/gen_pages.py`` writes them into the build.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import Any

from nutrient_data import bundle
from nutrient_data.dri.tables import DEFAULT_PHYTATE
from nutrient_data.intake_check.amounts import LARGEST, UG_PER_UNIT, UNIT_ALIASES
from nutrient_data.intake_check.files import SCHEMA_NAME
from nutrient_data.intake_check.medicines import STOPWORDS
from nutrient_data.intake_check.result import DISCLAIMER, WORDS
from nutrient_data.lifestages import MAX_AGE, groups
from nutrient_data.paths import PACKAGE, bundle_path, json_text
from nutrient_data.units import FACTORS, UL_FACTORS, Factor

FOLDER = "intake-check"
SCRIPTS = ("intake-check-core.js", "intake-check.js")
FORM = "intake-check.html"
"""The form, as raw HTML the Markdown page carries."""


def _factor(f: Factor) -> dict[str, Any]:
    ratio = f.mass_per_iu
    return {
        "nutrient": f.nutrient,
        "unit": f.unit,
        "mass_per_iu": [ratio.numerator, ratio.denominator],
        "form": f.form,
        "reference_id": f.reference_id,
    }


def config() -> dict[str, Any]:
    """The constants the script needs, from the modules that own them."""
    return {
        "max_age": MAX_AGE,
        "groups": {
            authority: [
                {
                    "id": s.id,
                    "label": s.label,
                    "min_age": s.min_age,
                    "max_age": s.max_age,
                    "sex": s.sex,
                    "condition": s.condition,
                    "authority": s.authority,
                }
                for s in stages
            ]
            for authority, stages in ((a, groups(a)) for a in bundle.authority_ids())
        },
        "authority_names": {
            a: bundle.authority(a)["name"] for a in bundle.authority_ids()
        },
        "default_phytate": DEFAULT_PHYTATE,
        "unit_aliases": UNIT_ALIASES,
        "ug_per_unit": UG_PER_UNIT,
        "factors": [_factor(f) for f in FACTORS],
        "ul_factors": [_factor(f) for f in UL_FACTORS],
        "largest": LARGEST,
        "stopwords": sorted(STOPWORDS),
        "words": WORDS,
        "disclaimer": DISCLAIMER,
    }


def page() -> str:
    """The page's Markdown (with the form as raw HTML)."""
    form = (resources.files("nutrient_data.intake_check") / FORM).read_text("utf-8")
    return f"""# Intake check

!!! warning "Not medical advice"
    {DISCLAIMER} It does not replace a clinician's judgement; do not start,
    stop or change a supplement or medicine because of it.

Enter what a person takes per day and see, nutrient by nutrient, whether it
reaches the reference intake and whether it goes over the upper limit. The page
runs in your browser from the dataset's JSON bundle: nothing is sent anywhere.
Choose the US values (Food and Nutrition Board) or EFSA's; the command line,
`nutrient-data check`, gives the same answers. EFSA's zinc values are those
for a phytate intake of 300 mg/day, and EFSA records no CV of the
requirement, so its answers carry no probability.

{form}
## How it judges

- **Amounts** are a number and a unit: `mg`, `ug` (also `µg`, `mcg`), `g`, or
  `IU` for vitamins D and E. Vitamin E in IU needs its form, natural or
  synthetic; it is never guessed. Amounts convert exactly to the unit of the
  nutrient's table, so an intake equal to a limit is not counted as over it.
- **Against the average requirement (EAR)**, where the data record the EAR and
  the CV of the requirement, the probability that the intake is adequate is the
  normal CDF of z = (intake - EAR) / (CV x EAR): the National Academies' method
  for individuals ([Institute of Medicine 2000, *Dietary Reference Intakes:
  Applications in Dietary
  Assessment*](https://nap.nationalacademies.org/catalog/9956)). It assumes the
  amounts are usual, long-term intake, not one day's.
- **Against an AI**: at or above it, intake is likely adequate; below it,
  adequacy cannot be judged.
- **Against the UL**, only what the UL counts: for magnesium, supplements and
  medicines only (enter magnesium from antacids or laxatives as a supplement);
  for vitamin E, supplemental alpha-tocopherol only, IU counted as all its
  forms; otherwise food and supplements together. Where no UL was set, none
  applies.
- **Medicines** are matched by name against the dataset's interaction records,
  each with its sources. A medicine with no record may still interact.

The same check from a file: `nutrient-data check --age 45 --sex female --file
intakes.json`, with the file described by
[intake-check.schema.json](schema/{SCHEMA_NAME}) (or a CSV file with the columns
nutrient, amount, unit, source).
"""


def pages() -> Iterator[tuple[str, str]]:
    """The page and the files it loads, as ``(path under docs/, content)``."""
    here = resources.files("nutrient_data.intake_check")
    yield f"{FOLDER}.md", page()
    for script in SCRIPTS:
        yield f"{FOLDER}/{script}", (here / script).read_text(encoding="utf-8")
    yield f"{FOLDER}/nutrient-data.json", bundle_path().read_text(encoding="utf-8")
    yield f"{FOLDER}/config.json", json_text(config())
    schema = PACKAGE / "schema" / SCHEMA_NAME
    if not schema.is_file():
        schema = PACKAGE.parent / "schema" / SCHEMA_NAME
    yield f"schema/{SCHEMA_NAME}", schema.read_text(encoding="utf-8")
