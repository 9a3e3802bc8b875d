"""The site's "Assessing a population" page, which runs the worked example.

The page assesses the synthetic survey in ``docs/examples/`` at build time,
so its chart and table are what ``nutrient-data survey`` prints for that file.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from nutrient_data.population import PopulationAssessment, assess_population
from nutrient_data.population.recipe import SQL
from nutrient_data.population.recipe import describe as describe_recipe
from nutrient_data.population.result import DISCLAIMER, WORDS
from nutrient_data.site.figures import (
    GRID,
    INK,
    RDA,
    UL,
    WIDTH,
    _axis,
    _legend,
    _svg,
    ticks,
)
from nutrient_data.site.markdown import figure, table

PAGE = "assessing-a-population.md"
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SURVEY = "docs/examples/survey.csv"
CHART_NUTRIENT = "zinc"
IOM_2000 = "https://doi.org/10.17226/9956"
CAPTION = (
    "Zinc in the synthetic survey: usual intake by group (5th to 95th percentile, "
    "25th to 75th, median) against the EAR and the UL."
)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def chart(result: PopulationAssessment, nutrient: str) -> str:
    """Per group: the usual intake's 5th-95th percentiles (line), 25th-75th
    (box) and median, with the group's EAR and the UL marked."""
    import nutrient_data
    from nutrient_data.lifestages import LIFE_STAGE_BY_ID

    rows = [r for r in result.results if r.nutrient == nutrient]
    marks = []
    for r in rows:
        stage = LIFE_STAGE_BY_ID[r.group]
        found = nutrient_data.intake(
            nutrient, age=stage.min_age, sex=stage.sex or "female"
        )
        marks.append((found.average_requirement, found.ul))
    unit = rows[0].unit.replace("ug", "µg")
    top = max([r.percentiles["95"] for r in rows] + [u or 0 for _, u in marks])
    values = ticks(top)
    left, right, head, row_h = 116.0, WIDTH - 8.0, 28.0, 22.0
    scale = (right - left) / values[-1]
    bottom = head + row_h * len(rows)
    legend = [
        ("bar", RDA, "usual intake, 25th-75th"),
        ("mark", INK, "EAR"),
        ("mark", UL, "UL"),
    ]
    body = _legend(legend, 14) + _axis(
        left, right, head - 4, bottom, values, f"usual intake, {unit} a day"
    )
    for i, (r, (ear, ul)) in enumerate(zip(rows, marks, strict=True)):
        y = head + i * row_h
        p = r.percentiles
        mid = y + row_h / 2
        body.append(
            f'<text x="{left - 6}" y="{mid + 4:.1f}" text-anchor="end">'
            f"{escape(r.group)}</text>"
        )
        body.append(
            f'<line x1="{left + p["5"] * scale:.1f}" y1="{mid:.1f}" '
            f'x2="{left + p["95"] * scale:.1f}" y2="{mid:.1f}" stroke="{RDA}" '
            'stroke-width="2"/>'
        )
        body.append(
            f'<rect x="{left + p["25"] * scale:.1f}" y="{y + 5}" '
            f'width="{max((p["75"] - p["25"]) * scale, 1):.1f}" '
            f'height="{row_h - 10}" fill="{RDA}">'
            f"<title>{escape(r.group)}: median {p['50']:.3g} {unit}</title></rect>"
        )
        body.append(
            f'<rect x="{left + p["50"] * scale - 1:.1f}" y="{y + 5}" width="2" '
            f'height="{row_h - 10}" fill="#fff"/>'
        )
        for value, colour in ((ear, INK), (ul, UL)):
            if value is not None:
                body.append(
                    f'<rect x="{left + value * scale - 1.5:.1f}" y="{y + 1}" width="3" '
                    f'height="{row_h - 2}" fill="{colour}"/>'
                )
    body.append(
        f'<line x1="{left}" y1="{head - 4}" x2="{left}" y2="{bottom}" stroke="{GRID}"/>'
    )
    label = (
        f"{nutrient}: the distribution of usual intake in each group of the synthetic "
        f"survey against the group's EAR and the UL, in {unit} a day"
    )
    return _svg(bottom + 36, label, body)


def _results_table(result: PopulationAssessment) -> str:
    rows = [
        [
            r.nutrient,
            r.group,
            f"{r.n:.0f}",
            f"{r.mean:.3g} {r.unit}",
            f"{r.percentiles['50']:.3g}",
            _percent(r.below_ear),
            _percent(r.probability_inadequate),
            _percent(r.at_or_above_ai),
            _percent(r.above_ul),
            "-" if r.variance_ratio is None else f"{r.variance_ratio:.2f}",
        ]
        for r in result.results
    ]
    head = ["Nutrient", "Group", "n (weighted)", "Mean", "Median", "Below EAR",
            "Probability inadequate", "At or above AI", "Above UL",
            "Variance ratio"]  # fmt: skip
    return table(head, rows)


def _components() -> str:
    described = json.loads((EXAMPLES / "survey-components.json").read_text("utf-8"))
    rows = [
        [
            nutrient,
            f"{c['female']:g} / {c['male']:g} {c['unit']}",
            f"{c['sb']:g}",
            f"{c['sw']:g}",
            f"{c['users']:.0%} take {c['dose']:g} {c['column_unit'] or c['unit']}",
        ]
        for nutrient, c in described["components"].items()
    ]
    head = ["Nutrient", "Median food intake (women / men)", "Between-person SD (log)",
            "Within-person SD (log)", "Supplements"]  # fmt: skip
    return (
        f"{described['description']} Seed {described['seed']}; "
        f"{described['persons']:,} persons, {described['second_day_share']:.0%} of "
        "them with a second day.\n\n" + table(head, rows)
    )


def page() -> str:
    """The page's Markdown."""
    result = assess_population(EXAMPLES / "survey.csv")
    zinc = [r for r in result.results if r.nutrient == CHART_NUTRIENT]
    return f"""# Assessing a population

!!! warning "Not medical advice"
    {DISCLAIMER} The data below are invented; the numbers say nothing about
    any one person.

The share of a group whose **usual** intake is below the Estimated Average
Requirement (EAR) estimates how many fall short; the share above the Tolerable
Upper Intake Level (UL), counting only what the UL counts, how many may be at
risk. `nutrient-data survey` and `nutrient_data.assess_population` compute both
from dietary survey data (24-hour recalls, two days for at least part of the
sample), with the reference values of the US Food and Nutrition Board or EFSA.

```bash
nutrient-data survey {SURVEY}
nutrient-data survey {SURVEY} --json
```

## The worked example

`{SURVEY}` is **synthetic**: `docs/examples/make_survey.py` writes it from a
fixed seed, and `docs/examples/survey-components.json` records what it was made
from.

{_components()}

## Zinc: usual intake against the EAR and the UL

{figure(chart(result, CHART_NUTRIENT), CAPTION)}
Each row is one life-stage group: the line spans the 5th to the 95th
percentile of estimated usual intake (food after adjustment, plus supplements),
the box the 25th to the 75th, with the median in white; the black mark is the
group's EAR and the red one the UL (40 mg, counting food and supplements). In
the youngest women {_percent(zinc[0].below_ear)} are below the EAR.

## All results

{_results_table(result)}

The variance ratio is the within-person variance over the between-person
variance of the transformed food intakes: the larger it is, the more a day or
two says about the day and the less about the person, and the more the person
means were shrunk.

## What the numbers mean

- **Usual intake.** One day's intake scatters widely around a person's
  long-run average. {WORDS["shrink"]} Where some persons have a second day, their
  days give the within-person variance. With one day per person the output
  says that the result is biased.
- **Below EAR** (the cut-point method) estimates the prevalence of
  inadequacy. {WORDS["cut_point"]} The output warns when the intake spread is
  not larger than the requirement's.
- **Probability inadequate** (the probability approach) averages, over
  persons, the chance that the requirement (normal with the EAR and the CV of
  the requirement) exceeds the usual intake; it needs the CV, which the data
  record for some nutrients only.
- **At or above AI.** {WORDS["ai"]} The share at or above the AI is given,
  with the comparison of the mean to the AI.
- **Above UL** counts only what the UL counts: for magnesium supplements only,
  so magnesium from food never makes anyone exceed it. {WORDS["supplements"]}

## What they do not mean

They are not diagnoses: a person below the EAR may meet their own requirement,
and one above the UL is at potential risk, not harmed. Estimates from a survey
depend on how intakes were recorded (under-reporting lowers them), on the
food-composition data, and on the sample; `--bootstrap N` gives intervals
over resampled persons but not for a complex survey design (strata, clusters).

## Larger than memory: the same in SQL

{describe_recipe()}

```sql
{SQL.strip()}
```

## References

- Institute of Medicine (2000). *Dietary Reference Intakes: Applications in
  Dietary Assessment.* National Academies Press. [{IOM_2000}]({IOM_2000}) (the
  NRC method, p. 97; the AI for groups, p. 110).
- National Research Council (1986). *Nutrient Adequacy: Assessment Using Food
  Consumption Surveys.* National Academies Press.
"""
