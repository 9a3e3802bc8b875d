"""Profile pages: the source essay's ten topics, each audited, and the page that
says what the essay is.
"""

from __future__ import annotations

from nutrient_data.models import Dataset, Profile
from nutrient_data.site.claims import certainty_cell
from nutrient_data.site.figures import present, verdict_counts, verdicts_chart
from nutrient_data.site.markdown import (
    DISCLAIMER,
    figure,
    sentence,
    table,
    up,
    verdict_badge,
)


def profile_page(data: Dataset, profile: Profile) -> str:
    claims = {c.id: (n, c) for n, c in data.claims()}
    rows = [
        (
            f"[{claim.statement}](../nutrients/{nutrient_id}.md#{claim.id})",
            data.nutrient(nutrient_id).name,
            f"{verdict_badge(claim.verdict, 1)}<br>{certainty_cell(claim, 1)}",
        )
        for nutrient_id, claim in (claims[c] for c in profile.claim_ids if c in claims)
    ]
    nutrients = ", ".join(
        f"[{data.nutrient(n).name}](../nutrients/{n}.md)" for n in profile.nutrient_ids
    )
    return "\n".join(
        [
            f"# {profile.title}\n",
            DISCLAIMER,
            f"Topic {profile.order} of {len(data.profiles)} of "
            f"[the source essay](../essay.md), headed *{profile.source_heading}*.\n",
            f"**Nutrients:** {nutrients}\n",
            f"**Role the essay gives:** {profile.role}\n",
            "## Audit\n",
            f"**What the essay says.** {profile.audit.essay_says}\n",
            f"**What the evidence says.** {profile.audit.evidence_says}\n",
            f"**Where they differ.** {profile.audit.differences}\n",
            "## The essay's claims, judged\n",
            table(("Claim", "Nutrient", "Verdict and certainty"), rows),
        ]
    )


def verdicts_figure(data: Dataset, depth: int) -> str:
    """The verdicts-by-topic chart with the same counts as a table."""
    counts = verdict_counts(data)
    verdicts = present(counts)
    return "\n".join(
        [
            figure(
                verdicts_chart(data),
                "Verdicts on the essay's claims, by topic. The table below gives "
                "the same counts.",
            ),
            table(
                ("Topic", *(sentence(v) for v in verdicts), "All"),
                [
                    (
                        f"[{title}]({up(depth)}profiles/{p.id}.md)",
                        *(c[v] for v in verdicts),
                        sum(c.values()),
                    )
                    for (title, c), p in zip(counts, data.profiles, strict=True)
                ],
            ),
        ]
    )


def profiles_index(data: Dataset) -> str:
    return "\n".join(
        [
            "# Profiles: the essay's ten topics\n",
            "Each profile follows one heading of [the source essay](../essay.md) "
            "and sets what it says against the evidence.\n",
            table(
                ("#", "Topic", "Nutrients"),
                [
                    (
                        p.order,
                        f"[{p.title}]({p.id}.md)",
                        ", ".join(data.nutrient(n).name for n in p.nutrient_ids),
                    )
                    for p in data.profiles
                ],
            ),
            verdicts_figure(data, 1),
        ]
    )


def essay_page(data: Dataset) -> str:
    """What the source essay is and how the profiles audit it; none of its text."""
    return "\n".join(
        [
            "# About the source essay\n",
            DISCLAIMER,
            "This project began from a short essay, of about 500 words, on "
            "micronutrients and insulin resistance. It is unsigned and undated, and "
            "names no sources. After a short introduction it has ten headed "
            "sections, one per nutrient or group of nutrients, and a closing "
            "paragraph; it presents each nutrient as a strong regulator of insulin "
            "sensitivity. The essay itself is not reproduced here.\n",
            "## How the profiles audit it\n",
            "- Each of the essay's ten headings has one profile, in the essay's "
            "order. The profile states, in our own words, the role the essay gives "
            "the nutrient, and what the evidence says instead.\n"
            "- Each thing the essay asserts becomes a claim: a hypothesis stated "
            "affirmatively, judged only from the cited trials, meta-analyses and "
            "reports, never from the essay's wording. Each claim gets a verdict and "
            "the certainty of that verdict ([evidence scale](evidence-scale.md)).\n"
            "- The essay's opening thesis and closing conclusion are audited the "
            "same way on [the essay as a whole](synthesis.md).\n"
            "- A test checks that no run of six words from the essay appears in "
            "the dataset's text.\n",
            "## The ten topics\n",
            table(
                ("#", "The essay's heading", "Profile"),
                [
                    (
                        p.order,
                        f"*{p.source_heading}*",
                        f"[{p.title}](profiles/{p.id}.md)",
                    )
                    for p in data.profiles
                ],
            ),
        ]
    )
