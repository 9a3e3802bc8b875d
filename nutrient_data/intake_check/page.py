"""The site's intake-check page, which runs in the browser.

:func:`pages` yields the page, the scripts, the page's own data file
(``page-data.json``, from :mod:`nutrient_data.intake_check.page_data`: a
fraction of the bundle's size) and the package's constants (unit factors,
words) as ``config.json``, so the script computes the same answers as
``nutrient-data check`` without a server. ``docs/gen_pages.py`` writes them
into the build.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import escape
from importlib import resources
from typing import Any

from nutrient_data.dri.tables import DEFAULT_PHYTATE
from nutrient_data.intake_check.amounts import LARGEST, UG_PER_UNIT, UNIT_ALIASES
from nutrient_data.intake_check.files import SCHEMA_NAME
from nutrient_data.intake_check.medicines import STOPWORDS
from nutrient_data.intake_check.page_data import page_data
from nutrient_data.intake_check.result import DISCLAIMER, WORDS
from nutrient_data.lifestages import MAX_AGE
from nutrient_data.models import Dataset
from nutrient_data.paths import PACKAGE, json_text
from nutrient_data.site.authorities import authority_ids, authority_name, main_unit
from nutrient_data.site.markdown import unit
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
        "authority_names": {a: authority_name(a) for a in authority_ids()},
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


def form(data: Dataset) -> str:
    """The form, with the nutrients and authorities of the data as its choices,
    so it can be filled in before the page's data file has arrived."""
    text = (resources.files("nutrient_data.intake_check") / FORM).read_text("utf-8")
    nutrients = '<option value="">Choose a nutrient</option>' + "".join(
        f'<option value="{n.id}" data-unit="{main_unit(n.id)}">'
        f"{escape(n.name)} ({unit(main_unit(n.id))})</option>"
        for n in data.nutrients
    )
    authorities = "".join(
        f'<option value="{a}">{escape(authority_name(a))}</option>'
        for a in authority_ids()
    )
    return text.replace("<!-- nutrient options -->", nutrients).replace(
        "<!-- authority options -->", authorities
    )


def page(data: Dataset) -> str:
    """The page's Markdown (with the form as raw HTML)."""
    notice = DISCLAIMER.removeprefix("Not medical advice: this ")
    return f"""# Intake check

!!! warning "Not medical advice"
    This check {notice} Do not start, stop or change a supplement or medicine
    because of it.

Enter what a person takes each day, from food and from supplements, and see,
nutrient by nutrient, whether it is likely enough and whether it goes over the
upper limit. Everything runs in your browser: nothing you enter is sent
anywhere.

{form(data)}
## How it judges, and how it is computed {{#how}}

- **Amounts** are converted exactly to the unit of the nutrient's reference
  values, so an intake equal to a limit is not counted as over it. Vitamin E in
  IU needs its form, natural or synthetic; it is never guessed.
- **Against the average requirement (EAR)**, where the data record the EAR and
  the spread of people's requirements (the CV), the chance that the intake
  meets the person's need is the normal CDF of
  z = (intake \u2212 EAR) / (CV \u00d7 EAR): the National Academies' method for one
  person ([Institute of Medicine 2000, *Dietary Reference Intakes:
  Applications in Dietary
  Assessment*](https://nap.nationalacademies.org/catalog/9956)). It assumes the
  amounts are the usual, long-term intake, not one day's. EFSA records no CV,
  so its answers carry no chance figure.
- **Against an Adequate Intake (AI)**: at or above it, intake is likely
  enough; below it, adequacy cannot be judged.
- **Against the upper limit (UL)**, only what the UL counts: for magnesium,
  supplements and medicines only (enter magnesium from antacids or laxatives as
  a supplement); for vitamin E, supplemental alpha-tocopherol only, IU counted
  as all its forms; otherwise food and supplements together. EFSA's zinc
  values are those for a phytate intake of 300 mg a day.
- **Medicines** are matched by name against the dataset's interaction records,
  each with its sources. A medicine with no record may still interact.

The same check runs on the command line (see [the command line
guide](getting-started/cli.md)) and from a file described by
[intake-check.schema.json](schema/{SCHEMA_NAME}).
"""


def pages(data: Dataset) -> Iterator[tuple[str, str]]:
    """The page and the files it loads, as ``(path under docs/, content)``."""
    here = resources.files("nutrient_data.intake_check")
    yield f"{FOLDER}.md", page(data)
    for script in SCRIPTS:
        yield f"{FOLDER}/{script}", (here / script).read_text(encoding="utf-8")
    # Compact: it is read by the page, not by people.
    yield f"{FOLDER}/page-data.json", json.dumps(page_data(data), separators=(",", ":"))
    yield f"{FOLDER}/config.json", json_text(config())
    schema = PACKAGE / "schema" / SCHEMA_NAME
    if not schema.is_file():
        schema = PACKAGE.parent / "schema" / SCHEMA_NAME
    yield f"schema/{SCHEMA_NAME}", schema.read_text(encoding="utf-8")
