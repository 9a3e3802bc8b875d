"""Evidence pages: claims as a table of badges, the claims index, the synthesis,
and the scale that defines every verdict and certainty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import get_args

from nutrient_data.models import Claim, Dataset, Intervention
from nutrient_data.rollup import RULE
from nutrient_data.site.markdown import (
    DISCLAIMER,
    certainty_badge,
    sentence,
    table,
    up,
    verdict_badge,
    words,
)
from nutrient_data.site.references import Citations
from nutrient_data.vocab import (
    CERTAINTIES,
    EVIDENCE_BASES,
    RATING_DOWN,
    VERDICTS,
    Verdict,
)

VERDICT_ORDER: tuple[Verdict, ...] = get_args(Verdict)


def certainty_cell(claim: Claim, depth: int) -> str:
    down = (
        f"<br><small>Rated down for {', '.join(words(r) for r in claim.rated_down_for)}"
        "</small>"
        if claim.rated_down_for
        else ""
    )
    return certainty_badge(claim.certainty, depth) + down


def evidence_table(claims: Sequence[Claim], cite: Citations, depth: int) -> str:
    """Statement, verdict, certainty, evidence base and author-year citations.

    Each row's number carries the claim id as its anchor, so links to a claim
    keep working while no heading shows an id.
    """
    rows = []
    for number, claim in enumerate(claims, 1):
        found = (
            "<details><summary>What the studies found</summary>"
            f"{escape(claim.evidence)} (Pathway: {words(claim.mechanism)}.)</details>"
        )
        judgement = (
            f"{verdict_badge(claim.verdict, depth)}<br>{certainty_cell(claim, depth)}"
            f"<br><small>Evidence base: {words(claim.evidence_base)}</small>"
        )
        rows.append(
            (
                f'<span id="{claim.id}"></span>{number}',
                f"{claim.statement}{found}",
                judgement,
                cite.cite(claim.reference_ids, claim.id, f"claim {number}"),
            )
        )
    return (
        '<div class="evidence-table" markdown="1">\n\n'
        + table(("#", "Claim", "Verdict and certainty", "Sources"), rows)
        + "\n</div>\n"
    )


def roll_up_text(item: Intervention, depth: int) -> str:
    """The roll-up on supplementation: badges, then the one-paragraph summary."""
    return (
        f"{verdict_badge(item.verdict, depth)} "
        f"{certainty_badge(item.certainty, depth)} "
        f"{item.summary} ([How this is computed]({up(depth)}evidence-scale.md"
        "#roll-up-rule).)"
    )


def roll_up_table(data: Dataset, depth: int) -> str:
    return table(
        ("Nutrient", "Verdict", "Certainty", "What the trials show"),
        [
            (
                f"[{data.nutrient(i.nutrient_id).name}]"
                f"({up(depth)}nutrients/{i.nutrient_id}.md)",
                verdict_badge(i.verdict, depth),
                certainty_badge(i.certainty, depth),
                i.summary,
            )
            for i in data.synthesis.interventions
        ],
    )


def synthesis_page(data: Dataset) -> str:
    """The essay's opening and closing, audited, and every nutrient's roll-up."""
    cite = Citations(data)
    parts = ["# The essay as a whole\n", DISCLAIMER]
    parts += [
        "## Supplementation, nutrient by nutrient\n",
        "Does supplementing each nutrient improve insulin sensitivity? Each verdict "
        "is computed from the nutrient's supplement-efficacy claims "
        "([the rule](evidence-scale.md#roll-up-rule)).\n",
        roll_up_table(data, 0),
    ]
    for part in data.synthesis.framing:
        parts += [
            f"## The essay's {part.part}\n",
            f"**What the essay says.** {part.essay_says}\n",
            f"**What the evidence says.** {part.evidence_says}\n",
            evidence_table(part.claims, cite, 0),
        ]
    parts.append(cite.section())
    return "\n".join(parts)


def claims_page(data: Dataset) -> str:
    parts = [
        "# All claims by verdict\n",
        DISCLAIMER,
        "Jump to a verdict: "
        + " · ".join(f"[{sentence(v)}](#{v})" for v in VERDICT_ORDER)
        + ". Verdict and certainty are explained on the "
        "[evidence scale](evidence-scale.md) page.\n",
    ]
    for verdict in VERDICT_ORDER:
        found = data.claims(verdict=verdict)
        parts.append(f"## {sentence(verdict)} ({len(found)}) {{#{verdict}}}\n")
        parts.append(f"{VERDICTS[verdict]}\n")
        if found:
            parts.append(
                table(
                    ("Nutrient", "Claim", "Certainty", "Evidence base"),
                    [
                        (
                            data.nutrient(n).name,
                            f"[{c.statement}](nutrients/{n}.md#{c.id})",
                            certainty_cell(c, 0),
                            sentence(c.evidence_base),
                        )
                        for n, c in found
                    ],
                )
            )
    return "\n".join(parts)


def _definitions(title: str, terms: Iterable[tuple[str, str]]) -> list[str]:
    return [f"## {title}\n"] + [
        f"### {sentence(k)} {{#{k}}}\n\n{v}\n" for k, v in terms
    ]


def evidence_scale_page() -> str:
    return "\n".join(
        [
            "# Evidence scale\n",
            "Every claim states a hypothesis affirmatively and carries two separate "
            "judgements, both taken from the cited papers, never from the essay's "
            "wording: the **verdict** (what the evidence says about the statement) "
            "and the **certainty** of that verdict, on the GRADE scale coded as HL7 "
            "FHIR EvidenceCertaintyRating. Where certainty was rated down, the "
            "GRADE reasons are listed, and the **evidence base** names the "
            "strongest kind of evidence behind the verdict.\n",
            *_definitions("Verdicts", VERDICTS.items()),
            *_definitions("Certainty", CERTAINTIES.items()),
            *_definitions("Reasons for rating down", RATING_DOWN.items()),
            *_definitions("Evidence base", EVIDENCE_BASES.items()),
            "## Roll-ups per nutrient {#roll-up-rule}\n",
            f"{RULE} The rule is applied by code at build time, and a lint rule "
            "rejects a roll-up that disagrees with it.\n",
        ]
    )
