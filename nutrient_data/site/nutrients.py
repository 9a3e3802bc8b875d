"""Nutrient pages: the answer first, then intakes, foods, evidence, and the
reference detail (identifiers, forms, curator notes) last.
"""

from __future__ import annotations

from nutrient_data.models import Dataset, Nutrient
from nutrient_data.site.claims import evidence_table, roll_up_text
from nutrient_data.site.identifiers import identifiers_section
from nutrient_data.site.intakes import intakes_section
from nutrient_data.site.markdown import (
    DISCLAIMER,
    amount,
    sentence,
    table,
    verdict_badge,
    words,
)
from nutrient_data.site.matrix import adult_values, ul_counts
from nutrient_data.site.reference_values import reference_values_section
from nutrient_data.site.references import Citations

TOP_FOODS = 3
NO_FOODS = "No food amounts confirmed"


def key_facts(data: Dataset, nutrient: Nutrient) -> str:
    """The panel a reader comes for, as an admonition right under the title."""
    item = next(i for i in data.synthesis.interventions if i.nutrient_id == nutrient.id)
    foods = sorted(nutrient.food_sources, key=lambda f: -f.amount)[:TOP_FOODS]
    lines = [
        "**Do supplements of it improve insulin sensitivity or blood sugar, "
        f"all trials together?** {roll_up_text(item, 1)}",
        *adult_values(nutrient),
        *filter(None, [ul_counts(nutrient)]),
        "[Every authority's values side by side](#authorities).",
        "**Top food sources:** "
        + (
            "; ".join(
                f"{f.food} ({f.serving}: {amount(f.amount, f.unit)})" for f in foods
            )
            + " ([all foods](#foods))."
            if foods
            else f"{NO_FOODS} ([why](#foods))."
        ),
    ]
    if nutrient.interactions:
        lines.append(
            "**Interactions that matter:** "
            + "; ".join(
                f"{x.agent} ({words(x.agent_type)})" for x in nutrient.interactions
            )
            + " ([details](#interactions))."
        )
    body = "\n\n".join(f"    {line}" for line in lines)
    return f'!!! key-facts "Key facts"\n\n{body}\n'


def _foods(nutrient: Nutrient, cite: Citations) -> str:
    if not nutrient.food_sources:
        return (
            f"{NO_FOODS}: the food-composition tables this dataset confirms amounts "
            "against do not give this nutrient, so no amount per serving is shown.\n"
        )
    return table(
        ("Food", "Serving", "Amount", "Source"),
        [
            (
                f.food,
                f.serving,
                amount(f.amount, f.unit),
                cite.cite([f.reference_id], "foods", "food sources"),
            )
            for f in nutrient.food_sources
        ],
    )


def _status(nutrient: Nutrient, cite: Citations) -> list[str]:
    """Biomarkers, deficiency, excess and interactions, each cited."""
    deficiency, excess = nutrient.deficiency, nutrient.excess
    return [
        "## Status and biomarkers {#biomarkers}\n",
        table(
            ("Biomarker", "Specimen", "Interpretation", "Sources"),
            [
                (
                    b.name,
                    b.specimen,
                    b.interpretation,
                    cite.cite(b.reference_ids, "biomarkers", "biomarkers"),
                )
                for b in nutrient.biomarkers
            ],
        ),
        "## Deficiency {#deficiency}\n",
        "".join(f"- {s}\n" for s in deficiency.signs),
        "\n**Groups at risk:**\n\n",
        "".join(f"- {g}\n" for g in deficiency.groups_at_risk),
        "\nSources: "
        f"{cite.cite(deficiency.reference_ids, 'deficiency', 'deficiency')}.\n",
        "## Excess {#excess}\n",
        "".join(f"- {e}\n" for e in excess.effects),
        f"\nSources: {cite.cite(excess.reference_ids, 'excess', 'excess')}.\n",
        "## Interactions {#interactions}\n",
        table(
            ("With", "Kind", "Effect", "Why it matters", "Sources"),
            [
                (
                    x.agent,
                    words(x.agent_type),
                    x.effect,
                    x.relevance,
                    cite.cite(x.reference_ids, "interactions", "interactions"),
                )
                for x in nutrient.interactions
            ],
        )
        if nutrient.interactions
        else "None recorded.\n",
    ]


def _reference_detail(data: Dataset, nutrient: Nutrient) -> list[str]:
    profiles = ", ".join(
        f"[{p.title}](../profiles/{p.id}.md)"
        for p in data.profiles
        if nutrient.id in p.nutrient_ids
    )
    return [
        "## Reference detail {#detail}\n",
        table(
            ("Field", "Value"),
            [
                ("Id", f"`{nutrient.id}`"),
                ("Kind of nutrient", sentence(nutrient.nutrient_class)),
                ("Other names", ", ".join(nutrient.synonyms)),
                ("Essay topics", profiles),
            ],
        ),
        "### Identifiers {#identifiers}\n",
        identifiers_section(nutrient),
        "### Forms {#forms}\n",
        table(
            ("Form", "Found in", "Note"),
            [(f.name, words(f.found_in), f.note) for f in nutrient.forms],
        ),
    ]


def nutrient_page(data: Dataset, nutrient: Nutrient) -> str:
    cite = Citations(data)
    parts = [
        f"# {nutrient.name}\n",
        key_facts(data, nutrient),
        DISCLAIMER,
        f"{nutrient.summary}\n",
        intakes_section(data, nutrient, cite),
        reference_values_section(data, nutrient, cite),
        "## Food sources {#foods}\n",
        _foods(nutrient, cite),
        "## Evidence on insulin sensitivity {#evidence}\n",
        "Each claim is a hypothesis; the verdict says whether the evidence "
        "supports it and the certainty how sure that verdict is "
        "([evidence scale](../evidence-scale.md)).\n",
        evidence_table(nutrient.claims, cite, 1),
        *_status(nutrient, cite),
        cite.section(),
        *_reference_detail(data, nutrient),
    ]
    return "\n".join(parts)


def nutrients_index(data: Dataset) -> str:
    verdict = {i.nutrient_id: i.verdict for i in data.synthesis.interventions}
    return "# Nutrients\n\n" + table(
        ("Nutrient", "Kind", "Supplementing for insulin sensitivity", "Claims"),
        [
            (
                f"[{n.name}]({n.id}.md)",
                sentence(n.nutrient_class),
                verdict_badge(verdict[n.id], 1),
                len(n.claims),
            )
            for n in data.nutrients
        ],
    )
