"""Pages and figures of the documentation site, rendered from the data.

``docs/gen_pages.py`` calls :func:`pages` at build time, so the site can never
drift from the dataset. Figures are plain SVG: readable without JavaScript.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from typing import Any, get_args

from nutrient_data.lifestages import EFSA_GROUP_BY_ID, LIFE_STAGE_BY_ID
from nutrient_data.lint.references import citations
from nutrient_data.models import (
    Claim,
    Dataset,
    EfsaTable,
    EfsaValue,
    Nutrient,
    Profile,
    Reference,
    ValueChange,
)
from nutrient_data.paths import schema_file_name
from nutrient_data.rollup import RULE
from nutrient_data.schema import MODELS, generate, render
from nutrient_data.vocab import (
    CERTAINTIES,
    EVIDENCE_BASES,
    PERCENT_ENERGY,
    RATING_DOWN,
    VERDICTS,
    Verdict,
)

VERDICT_ORDER: tuple[Verdict, ...] = get_args(Verdict)
VERDICT_COLOURS: dict[Verdict, str] = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "mixed": "#b35806",
    "insufficient": "#6a51a3",
}
DISCLAIMER = (
    '!!! warning "Not medical advice"\n'
    "    This page describes published data for research and software use. It "
    "does not replace a clinician's judgement; do not start, stop or change a "
    "supplement or medicine because of it.\n"
)


def cell(text: object) -> str:
    """Text made safe for one Markdown table cell."""
    return "-" if text is None else str(text).replace("|", "\\|").replace("\n", " ")


def table(header: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def ref_links(ids: Sequence[str], depth: int = 1) -> str:
    up = "../" * depth
    return ", ".join(f"[{i}]({up}references.md#{i})" for i in ids)


def amount(value: float | None, unit: str) -> str:
    return "-" if value is None else f"{value:g} {unit}"


# Figures


def intake_chart(nutrient: Nutrient) -> str:
    """Horizontal bars of RDA/AI per life-stage group, with the UL marked."""
    rows = nutrient.intakes.values
    unit = nutrient.intakes.unit
    top = max([r.value or 0 for r in rows] + [r.ul or 0 for r in rows]) or 1.0
    left, width, row_h, head = 150, 420, 20, 40
    height = head + row_h * len(rows) + 30
    scale = width / (top * 1.05)
    title = f"{nutrient.name}: RDA or AI and UL by life-stage group ({unit}/day)"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 {height}" '
        f'width="760" height="{height}" role="img" aria-label="{escape(title)}" '
        'font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<text x="10" y="18" font-size="14" font-weight="bold">{escape(title)}</text>',
        '<rect x="10" y="26" width="12" height="10" fill="#4575b4"/>'
        '<text x="26" y="35">RDA</text>'
        '<rect x="70" y="26" width="12" height="10" fill="#91bfdb"/>'
        '<text x="86" y="35">AI</text>'
        '<line x1="130" y1="25" x2="130" y2="37" stroke="#d73027" stroke-width="3"/>'
        '<text x="136" y="35">UL</text>',
    ]
    for i, r in enumerate(rows):
        y = head + i * row_h
        label = LIFE_STAGE_BY_ID[r.life_stage].label
        out.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{label}</text>'
        )
        if r.value is not None:
            colour = "#4575b4" if r.kind == "RDA" else "#91bfdb"
            w = max(r.value * scale, 1)
            out.append(
                f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                f'fill="{colour}"/>'
            )
        if r.ul is not None:
            x = left + r.ul * scale
            out.append(
                f'<line x1="{x:.1f}" y1="{y + 1}" x2="{x:.1f}" y2="{y + row_h - 1}" '
                'stroke="#d73027" stroke-width="3"/>'
            )
        text = f"{r.kind} {amount(r.value, unit)}" if r.value is not None else "ND"
        if r.ul is not None:
            text += f" · UL {amount(r.ul, unit)}"
        out.append(f'<text x="{left + width + 8}" y="{y + 14}">{escape(text)}</text>')
    axis_y = head + row_h * len(rows) + 4
    out.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{left + width}" y2="{axis_y}" '
        'stroke="#333"/>'
        f'<text x="{left}" y="{axis_y + 16}">0</text>'
        f'<text x="{left + width}" y="{axis_y + 16}" text-anchor="end">'
        f"{top * 1.05:.3g} {unit}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def verdicts_overview(data: Dataset) -> str:
    """Stacked bars: the verdicts on each profile's essay claims."""
    verdict_of = {c.id: c.verdict for _, c in data.claims()}
    left, unit_w, row_h, head = 250, 40, 26, 30
    height = head + row_h * len(data.profiles) + 30 + 20 * len(VERDICT_ORDER)
    title = "Verdicts on the essay's claims, by topic"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 {height}" '
        f'width="760" height="{height}" role="img" aria-label="{title}" '
        'font-family="sans-serif" font-size="12">',
        f"<title>{title}</title>",
        f'<text x="10" y="18" font-size="14" font-weight="bold">{title}</text>',
    ]
    for i, profile in enumerate(data.profiles):
        y = head + i * row_h
        out.append(
            f'<text x="{left - 6}" y="{y + 17}" text-anchor="end">'
            f"{escape(profile.title)}</text>"
        )
        x = float(left)
        for verdict in VERDICT_ORDER:
            n = sum(1 for c in profile.claim_ids if verdict_of.get(c) == verdict)
            if n:
                out.append(
                    f'<rect x="{x:.0f}" y="{y + 4}" width="{n * unit_w}" '
                    f'height="{row_h - 8}" fill="{VERDICT_COLOURS[verdict]}">'
                    f"<title>{verdict}: {n}</title></rect>"
                    f'<text x="{x + n * unit_w / 2:.0f}" y="{y + 17}" '
                    f'text-anchor="middle" fill="#fff">{n}</text>'
                )
                x += n * unit_w
    legend_y = head + row_h * len(data.profiles) + 20
    for j, verdict in enumerate(VERDICT_ORDER):
        y = legend_y + 20 * j
        out.append(
            f'<rect x="{left}" y="{y}" width="14" height="14" '
            f'fill="{VERDICT_COLOURS[verdict]}"/>'
            f'<text x="{left + 20}" y="{y + 12}">{verdict}</text>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


# Pages


def judgement(claim: Claim, depth: int) -> str:
    """A claim's verdict and certainty, linked to the scale that defines them."""
    scale = f"{'../' * depth}evidence-scale.md"
    down = (
        f" (rated down for {', '.join(claim.rated_down_for)})"
        if claim.rated_down_for
        else ""
    )
    return (
        f"[{claim.verdict}]({scale}#{claim.verdict}), "
        f"[{claim.certainty} certainty]({scale}#{claim.certainty}){down}"
    )


def _claim_block(claim: Claim, depth: int) -> str:
    scale = f"{'../' * depth}evidence-scale.md"
    return (
        f"### `{claim.id}` {{#{claim.id}}}\n\n{claim.statement}\n\n"
        f"- **Verdict:** {judgement(claim, depth)}\n"
        f"- **Evidence base:** [{claim.evidence_base}]({scale}#{claim.evidence_base})\n"
        f"- **Mechanism:** {claim.mechanism}\n"
        f"- **Evidence:** {claim.evidence}\n"
        f"- **References:** {ref_links(claim.reference_ids, depth)}\n"
    )


def roll_up_line(data: Dataset, nutrient_id: str, depth: int) -> str:
    """The nutrient's computed roll-up on supplementation, in one paragraph."""
    item = next(i for i in data.synthesis.interventions if i.nutrient_id == nutrient_id)
    scale = f"{'../' * depth}evidence-scale.md"
    return (
        f"**Does supplementing it improve insulin sensitivity?** "
        f"[{item.verdict}]({scale}#{item.verdict}), "
        f"[{item.certainty} certainty]({scale}#{item.certainty}) "
        f"([how this is computed]({scale}#roll-up-rule)). {item.summary}\n"
    )


def nutrient_page(data: Dataset, nutrient: Nutrient) -> str:
    i = nutrient.intakes
    parts = [
        f"# {nutrient.name}\n",
        DISCLAIMER,
        roll_up_line(data, nutrient.id, 1),
        f"{nutrient.summary}\n",
        table(
            ("Field", "Value"),
            [
                ("Id", f"`{nutrient.id}`"),
                ("Class", nutrient.nutrient_class),
                ("Synonyms", ", ".join(nutrient.synonyms)),
                (
                    "In profiles",
                    ", ".join(
                        f"[{p.title}](../profiles/{p.id}.md)"
                        for p in data.profiles
                        if nutrient.id in p.nutrient_ids
                    ),
                ),
            ],
        ),
        "## Identifiers\n",
        table(
            ("Scheme", "Value", "Confirmed by"),
            [(x.scheme, x.value, x.confirmed_by) for x in nutrient.identifiers]
            + [
                (f"{x.scheme} ({c.name})", x.value, x.confirmed_by)
                for c in nutrient.components
                for x in c.identifiers
            ],
        )
        if nutrient.identifiers or nutrient.components
        else "No identifier could be confirmed for the nutrient as a whole.\n",
        "## Forms\n",
        table(
            ("Form", "Found in", "Note"),
            [(f.name, f.found_in, f.note) for f in nutrient.forms],
        ),
        "## Dietary Reference Intakes\n",
        f"Unit: **{i.unit}/day**. UL applies to: **{i.ul_applies_to}**."
        + (f" {i.ul_scope}" if i.ul_scope else "")
        + "\n",
        f"**What the values count:** {i.basis}\n" if i.basis else "",
        "".join(f"\n- {n}" for n in i.notes) + ("\n" if i.notes else ""),
        f"\n![Intake chart for {nutrient.name}]"
        f"(../figures/{nutrient.id}-intakes.svg)\n",
        table(
            ("Life-stage group", "Kind", "Value", "EAR", "UL", "Note", "Source"),
            [
                (
                    LIFE_STAGE_BY_ID[v.life_stage].label,
                    v.kind,
                    amount(v.value, i.unit),
                    amount(v.average_requirement, i.unit),
                    amount(v.ul, i.unit),
                    v.note,
                    ref_links([v.reference_id]),
                )
                for v in i.values
            ],
        ),
        us_requirement_note(nutrient),
        reference_values_section(nutrient),
        "## Food sources\n",
        table(
            ("Food", "Serving", "Amount", "Source"),
            [
                (
                    f.food,
                    f.serving,
                    amount(f.amount, f.unit),
                    ref_links([f.reference_id]),
                )
                for f in nutrient.food_sources
            ],
        ),
        "## Status and biomarkers\n",
        table(
            ("Biomarker", "Specimen", "Interpretation", "Sources"),
            [
                (b.name, b.specimen, b.interpretation, ref_links(b.reference_ids))
                for b in nutrient.biomarkers
            ],
        ),
        "## Deficiency\n",
        "".join(f"- {s}\n" for s in nutrient.deficiency.signs),
        "\n**Groups at risk:**\n\n",
        "".join(f"- {g}\n" for g in nutrient.deficiency.groups_at_risk),
        f"\nSources: {ref_links(nutrient.deficiency.reference_ids)}\n",
        "## Excess\n",
        "".join(f"- {e}\n" for e in nutrient.excess.effects),
        f"\nSources: {ref_links(nutrient.excess.reference_ids)}\n",
        "## Interactions\n",
        table(
            ("With", "Type", "Effect", "Why it matters", "Sources"),
            [
                (
                    x.agent,
                    x.agent_type,
                    x.effect,
                    x.relevance,
                    ref_links(x.reference_ids),
                )
                for x in nutrient.interactions
            ],
        ),
        "## Claims about insulin sensitivity\n",
        "\n".join(_claim_block(c, 1) for c in nutrient.claims),
    ]
    return "\n".join(parts)


def profile_page(data: Dataset, profile: Profile) -> str:
    claims = {c.id: (n, c) for n, c in data.claims()}
    rows = [
        (
            f"[{claims[c][1].statement}](../nutrients/{claims[c][0]}.md#{c})",
            claims[c][0],
            judgement(claims[c][1], 1),
        )
        for c in profile.claim_ids
        if c in claims
    ]
    nutrients = ", ".join(
        f"[{data.nutrient(n).name}](../nutrients/{n}.md)" for n in profile.nutrient_ids
    )
    return "\n".join(
        [
            f"# {profile.title}\n",
            DISCLAIMER,
            f"Essay topic {profile.order} of {len(data.profiles)}: "
            f"*{profile.source_heading}*\n",
            f"**Nutrients:** {nutrients}\n",
            f"**Role the essay gives:** {profile.role}\n",
            "## Audit\n",
            f"**What the essay says.** {profile.audit.essay_says}\n",
            f"**What the evidence says.** {profile.audit.evidence_says}\n",
            f"**Where they differ.** {profile.audit.differences}\n",
            "## The essay's claims, judged\n",
            table(("Claim", "Nutrient", "Verdict"), rows),
        ]
    )


def synthesis_page(data: Dataset) -> str:
    """The essay's opening and closing, audited, and every nutrient's roll-up."""
    parts = ["# The essay as a whole\n", DISCLAIMER]
    for part in data.synthesis.framing:
        parts += [
            f"## The essay's {part.part}\n",
            f"**What the essay says.** {part.essay_says}\n",
            f"**What the evidence says.** {part.evidence_says}\n",
            "\n".join(_claim_block(c, 0) for c in part.claims),
        ]
    parts += [
        "## Supplementation, nutrient by nutrient\n",
        "Each verdict is computed from the nutrient's supplement-efficacy claims "
        "([the rule](evidence-scale.md#roll-up-rule)).\n",
        table(
            ("Nutrient", "Verdict", "Certainty", "Summary"),
            [
                (
                    f"[{data.nutrient(i.nutrient_id).name}](nutrients/{i.nutrient_id}.md)",
                    i.verdict,
                    i.certainty,
                    i.summary,
                )
                for i in data.synthesis.interventions
            ],
        ),
    ]
    return "\n".join(parts)


def claims_page(data: Dataset) -> str:
    parts = [
        "# All claims by verdict\n",
        DISCLAIMER,
        "Jump to a verdict: "
        + " · ".join(f"[{v}](#{v})" for v in VERDICT_ORDER)
        + ". Verdict and certainty are explained on "
        "[Evidence scale](evidence-scale.md).\n",
    ]
    for verdict in VERDICT_ORDER:
        found = data.claims(verdict=verdict)
        parts.append(f"## {verdict} ({len(found)}) {{#{verdict}}}\n")
        parts.append(f"{VERDICTS[verdict]}\n")
        if found:
            parts.append(
                table(
                    ("Nutrient", "Claim", "Certainty", "Evidence base"),
                    [
                        (
                            n,
                            f"[{c.statement}](nutrients/{n}.md#{c.id})",
                            c.certainty,
                            c.evidence_base,
                        )
                        for n, c in found
                    ],
                )
            )
    return "\n".join(parts)


def _definitions(title: str, terms: Iterable[tuple[str, str]]) -> list[str]:
    return [f"## {title}\n"] + [f"### {k} {{#{k}}}\n\n{v}\n" for k, v in terms]


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


def _reference_line(r: Reference) -> str:
    links = []
    if r.pmid:
        links.append(f"PMID [{r.pmid}](https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/)")
    if r.doi:
        links.append(f"DOI [{r.doi}](https://doi.org/{r.doi})")
    if r.url:
        links.append(f"[link]({r.url})")
    authors = ", ".join(r.authors)
    container = f" *{r.container}*." if r.container else ""
    return (
        f'- <a id="{r.id}"></a>**{r.id}**: {authors} ({r.year}). {r.title}.'
        f"{container} {' · '.join(links)}  \n"
        f"  Type: {r.type}. Confirmed: {r.confirmed_by} ({r.confirmed_on}).\n"
    )


def references_page(data: Dataset) -> str:
    return "\n".join(
        [
            "# References\n",
            f"{len(data.references)} sources. Each entry records what confirmed its "
            "title, year and identifiers.\n",
            "".join(_reference_line(r) for r in data.references),
        ]
    )


def curation_page(data: Dataset) -> str:
    refs = data.references
    by_type = Counter(r.type for r in refs)
    id_count = {
        n.id: len(n.identifiers) + sum(len(c.identifiers) for c in n.components)
        for n in data.nutrients
    }
    return "\n".join(
        [
            "# Curation method\n",
            DISCLAIMER,
            "## Sources\n",
            "- **Intakes** (RDA, AI, UL) come from the US Food and Nutrition Board's "
            "Dietary Reference Intake reports (National Academies), cited per row; "
            "the NIH Office of Dietary Supplements (ODS) health-professional fact "
            "sheets, which reproduce those tables, served as a cross-check.\n"
            + REFERENCE_VALUES_SOURCES
            + "- **Food amounts** come mostly from the food tables of the ODS fact "
            "sheets (which draw on USDA FoodData Central). Where a table could not "
            "be confirmed beyond its first rows, further foods come from another "
            "published table (a peer-reviewed review, a dietitians' association, "
            "an open textbook). Each food cites its own table; values from "
            "different tables are never merged.\n"
            "- **Claims** are judged from meta-analyses, large randomized trials and "
            "systematic reviews where they exist, and from the ODS fact sheets' "
            "sections on diabetes and insulin resistance. The source essay's wording "
            "is never counted as evidence.\n",
            "## How values and identifiers were confirmed\n",
            "Every reference records what confirmed it (`confirmed_by`) and when "
            "(`confirmed_on`): for a PubMed id or DOI, the PubMed or publisher "
            "record showing that id with a matching title and year; for a report, "
            "its National Academies OpenBook page and suggested citation. A PMID, "
            "DOI or database identifier that could not be confirmed was left out, "
            "and the source is then cited by title, year and URL. Each database "
            "identifier of a nutrient records its own confirmation too. CAS "
            "numbers are also checked against their check digit.\n",
            table(
                ("What", "Count"),
                [
                    ("References", len(refs)),
                    ("  with a confirmed PMID", sum(1 for r in refs if r.pmid)),
                    ("  with a confirmed DOI", sum(1 for r in refs if r.doi)),
                    (
                        "  cited by URL only",
                        sum(1 for r in refs if not (r.pmid or r.doi)),
                    ),
                    ("Database identifiers", sum(id_count.values())),
                    ("Claims", len(data.claims())),
                ]
                + [(f"References of type {t}", n) for t, n in sorted(by_type.items())],
            ),
            "## Verdicts, certainty and roll-ups\n",
            "Each claim carries a verdict (supported, contradicted, mixed or "
            "insufficient) and, separately, the GRADE certainty of that verdict "
            "(high, moderate, low or very low) with the reasons it was rated down; "
            "see [Evidence scale](evidence-scale.md). Each nutrient's roll-up on "
            f"supplementation is computed, not written: {RULE}\n",
            "## Checks that run on every change\n",
            "The JSON Schema and the models check each record's shape; lint rules "
            "check that every cited reference exists and every reference is cited, "
            "that ids and names are unique, that profiles point at real nutrients and "
            "claims in the essay's order, that each DRI table lists all 22 life-stage "
            "groups, that a UL limiting total intake is not below the RDA or AI, and "
            "that food amounts use the DRI unit; that no RDA or PRI is below its "
            "average requirement, no EFSA upper level limiting total intake below "
            "the PRI or AI of its group, and that every EFSA group has a value or an "
            "explicit gap. Tests also check that no text copies "
            "a six-word run of the source essay.\n",
            "## Coverage per nutrient\n",
            "What each record holds, so that gaps are visible: a missing identifier "
            "or a short food list means the value could not be confirmed, not that "
            "it does not exist.\n",
            table(
                ("Nutrient", "Foods", "Identifiers", "Claims", "References cited"),
                [
                    (
                        f"[{n.name}](nutrients/{n.id}.md)",
                        len(n.food_sources),
                        id_count[n.id],
                        len(n.claims),
                        len({ref for _, ref in citations(n)}),
                    )
                    for n in data.nutrients
                ],
            ),
            "## Proposing a correction\n",
            "Open an issue or pull request that names the record and field (its JSON "
            "path, as `nutrient-data validate` prints it), the corrected value, and "
            "the source that confirms it (report and table, or PubMed id). Edit the "
            "JSON file under `nutrient_data/data/`, run `python -m "
            "nutrient_data.build` and the tests, and record the change in "
            "`CHANGELOG.md`.\n",
        ]
    )


def _type_of(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "enum" in spec:
        return "one of " + ", ".join(f"`{v}`" for v in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    for union in ("anyOf", "oneOf"):
        if union in spec:
            return " or ".join(_type_of(s) for s in spec[union])
    if spec.get("type") == "array":
        return f"array of {_type_of(spec.get('items', {}))}"
    kind = str(spec.get("type", "any"))
    limits = [
        f"{k} `{spec[k]}`" for k in ("minimum", "maximum", "pattern") if k in spec
    ]
    return kind + (f" ({'; '.join(limits)})" if limits else "")


def schema_page() -> str:
    schema = generate("dataset")
    parts = [
        "# Data schema\n",
        "Generated from the pydantic models. The raw JSON Schemas (draft 2020-12) "
        "can be downloaded: [dataset.schema.json](schema/dataset.schema.json), "
        "[nutrient.schema.json](schema/nutrient.schema.json).\n",
    ]
    for name, definition in sorted(schema["$defs"].items()):
        parts.append(f"## {name}\n")
        parts.append(f"{definition.get('description', '')}\n")
        required = set(definition.get("required", []))
        parts.append(
            table(
                ("Field", "Type", "Required", "Description"),
                [
                    (
                        f"`{field}`",
                        _type_of(spec),
                        "yes" if field in required else "no",
                        spec.get("description", ""),
                    )
                    for field, spec in definition.get("properties", {}).items()
                ],
            )
        )
    return "\n".join(parts)


# Reference values across authorities: EAR and CV, EFSA beside the US, history.
# Kept apart from nutrient_page so the page layout can change around them.

REFERENCE_VALUES_SOURCES = (
    "- **EARs** and the coefficient of variation behind each RDA come from the "
    "same reports and the Food and Nutrition Board's EAR summary tables. "
    "**EFSA values** (AR, PRI or AI, ULs and safe levels) come from EFSA's "
    "opinions, cited by DOI, and for the upper levels set by the Scientific "
    "Committee on Food from EFSA's compilations. A value seen only in a "
    "secondary reproduction of a table is left out: its row stays, without a "
    "number, with a note. Values an authority replaced are kept in a history "
    "with the years each was in force.\n"
)


def _value(value: float | None, unit: str) -> str:
    if value is not None and unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    return amount(value, unit)


def us_requirement_note(nutrient: Nutrient) -> str:
    """What the EAR column holds: the CV behind the RDAs, or why there is none."""
    i = nutrient.intakes
    lines = []
    if i.requirement_cv is not None:
        cv = i.requirement_cv
        figure = (
            f"here **{cv.cv:.0%}**."
            if cv.cv is not None
            else "no CV figure is recorded here."
        )
        lines.append(
            "**EAR and RDA.** An RDA is usually set from the Estimated Average "
            "Requirement (EAR) as EAR x (1 + 2 CV), with CV the coefficient of "
            f"variation of the requirement; {figure} {cv.note} "
            f"({ref_links([cv.reference_id])})"
        )
    if i.average_requirement_note:
        lines.append(f"**EAR.** {i.average_requirement_note}")
    return "\n\n".join(lines) + "\n" if lines else ""


def _efsa_cell(row: EfsaValue, unit: str) -> str:
    if row.kind == "not-set":
        return "not set"
    if row.value is None:
        if row.value_range is not None:
            low, high = row.value_range
            return f"{row.kind} {low:g}-{high:g} {unit}"
        return f"{row.kind}: not confirmed"
    ar = (
        f" (AR {_value(row.average_requirement, unit)})"
        if row.average_requirement is not None
        else ""
    )
    return f"{row.kind} {_value(row.value, unit)}{ar}"


def _efsa_who(row: EfsaValue) -> str:
    parts = [EFSA_GROUP_BY_ID[row.group].label]
    if row.sex:
        parts.append(row.sex)
    if row.age_band:
        parts.append(row.age_band)
    if row.phytate_mg:
        parts.append(f"phytate {row.phytate_mg} mg/day")
    return ", ".join(parts)


def _efsa_limit(table_: EfsaTable, row: EfsaValue) -> str:
    limits = table_.ul
    if limits is None or limits.kind == "none":
        return "none set"
    found = [
        u
        for u in limits.values
        if u.group == row.group and (None in (u.sex, row.sex) or u.sex == row.sex)
    ]
    label = "safe level" if limits.kind == "safe-level" else "UL"
    return f"{label} {_value(found[0].value, table_.unit)}" if found else "-"


def _us_for(nutrient: Nutrient, row: EfsaValue) -> str:
    """The US groups that hold the same people as an EFSA row, with their values."""
    group = EFSA_GROUP_BY_ID[row.group]
    unit = nutrient.intakes.unit
    cells = []
    for v in nutrient.intakes.values:
        stage = LIFE_STAGE_BY_ID[v.life_stage]
        overlaps = stage.min_age < group.max_age and group.min_age < stage.max_age
        same_sex = None in (stage.sex, row.sex) or stage.sex == row.sex
        if overlaps and same_sex and stage.condition == group.condition:
            ear = (
                f", EAR {amount(v.average_requirement, unit)}"
                if v.average_requirement is not None
                else ""
            )
            value = "ND" if v.value is None else f"{v.kind} {amount(v.value, unit)}"
            cells.append(f"{stage.label}: {value}{ear}")
    return "<br>".join(cells) or "-"


def _history_rows(nutrient: Nutrient) -> list[tuple[object, ...]]:
    """Superseded values, one row per value and period (its groups together)."""
    merged: dict[tuple[object, ...], list[str]] = {}
    dated: list[tuple[str, str, ValueChange, str]] = [
        ("US", LIFE_STAGE_BY_ID[c.group].label, c, nutrient.intakes.unit)
        for c in nutrient.intakes.history
    ]
    for t in nutrient.efsa:
        for c in (*t.history, *(t.ul.history if t.ul else ())):
            who = EFSA_GROUP_BY_ID[c.group].label + (f", {c.sex}" if c.sex else "")
            dated.append(("EFSA", who, c, t.unit))
    for authority, who, c, unit in dated:
        key = (
            authority,
            c.kind,
            _value(c.value, unit),
            f"{c.in_force_from}-{c.in_force_until}",
            ref_links([c.reference_id]),
            ref_links([c.replaced_by]),
        )
        merged.setdefault(key, []).append(who)
    return [(key[0], "; ".join(groups), *key[1:]) for key, groups in merged.items()]


def reference_values_section(nutrient: Nutrient) -> str:
    """EFSA's values beside the US ones for every group, and superseded values."""
    parts = ["## US and EU reference values side by side\n"]
    if not nutrient.efsa:
        parts.append("No EFSA values are recorded for this nutrient yet.\n")
    for t in nutrient.efsa:
        if t.basis and len(nutrient.efsa) > 1:
            parts.append(f"### EFSA: {t.basis}\n")
        unit_text = (
            "percent of energy intake" if t.unit == PERCENT_ENERGY else f"{t.unit}/day"
        )
        parts.append(
            f"EFSA unit: **{unit_text}**."
            + (f" EFSA counts: {t.basis}." if t.basis else "")
            + "\n"
        )
        if t.status == "no-value-set":
            parts.append(f"**EFSA set no value.** {t.status_note}\n")
        elif t.status_note:
            parts.append(f"{t.status_note}\n")
        if t.why_it_differs_from_us:
            parts.append(f"**Why the values differ.** {t.why_it_differs_from_us}\n")
        if t.ul is not None:
            label = {
                "UL": "UL",
                "safe-level": "Safe level (not a UL)",
                "none": "Upper level",
            }[t.ul.kind]
            refs = [r for r in (t.ul.reference_id, *t.ul.reference_ids) if r]
            parts.append(
                f"**{label}** ({t.ul.applies_to}): {t.ul.scope}"
                + (f" ({ref_links(refs)})" if refs else "")
                + "\n"
            )
        if t.values:
            parts.append(
                table(
                    (
                        "EFSA group",
                        "EFSA",
                        "EFSA upper level",
                        "US, same people",
                        "Note",
                        "Source",
                    ),
                    [
                        (
                            _efsa_who(row),
                            _efsa_cell(row, t.unit),
                            _efsa_limit(t, row),
                            _us_for(nutrient, row) if t is nutrient.efsa[0] else "-",
                            row.note,
                            ref_links([row.reference_id]) if row.reference_id else "-",
                        )
                        for row in t.values
                    ],
                )
            )
    history = _history_rows(nutrient)
    parts.append("### Superseded values\n")
    if history:
        parts.append(
            "Values that were in force before the current ones, with the years "
            "each applied (from the first year up to the year it was replaced).\n"
        )
        parts.append(
            table(
                (
                    "Authority",
                    "Group",
                    "Kind",
                    "Value",
                    "In force",
                    "Source",
                    "Replaced by",
                ),
                history,
            )
        )
    else:
        parts.append("No superseded value is recorded.\n")
    return "\n".join(parts)


def summary(data: Dataset) -> str:
    """The site's navigation, for mkdocs-literate-nav."""
    nutrients = "".join(
        f"    - [{n.name}](nutrients/{n.id}.md)\n" for n in data.nutrients
    )
    profiles = "".join(
        f"    - [{p.title}](profiles/{p.id}.md)\n" for p in data.profiles
    )
    return (
        "- [Home](index.md)\n"
        "- Getting started\n"
        "    - [Python](getting-started/python.md)\n"
        "    - [Raw JSON and CSV](getting-started/raw-data.md)\n"
        "    - [Command line](getting-started/cli.md)\n"
        "- [Intake check](intake-check.md)\n"
        f"- [Nutrients](nutrients/index.md)\n{nutrients}"
        f"- [Profiles](profiles/index.md)\n{profiles}"
        "- [The essay as a whole](synthesis.md)\n"
        "- [Claims by verdict](claims.md)\n"
        "- [Evidence scale](evidence-scale.md)\n"
        "- [References](references.md)\n"
        "- [Curation method](curation-method.md)\n"
        "- [Data schema](schema.md)\n"
        "- [API reference](api.md)\n"
    )


def pages(data: Dataset) -> Iterator[tuple[str, str]]:
    """Every generated file as ``(path under docs/, content)``."""
    for nutrient in data.nutrients:
        yield f"nutrients/{nutrient.id}.md", nutrient_page(data, nutrient)
        yield f"figures/{nutrient.id}-intakes.svg", intake_chart(nutrient)
    for profile in data.profiles:
        yield f"profiles/{profile.id}.md", profile_page(data, profile)
    yield "figures/verdicts.svg", verdicts_overview(data)
    yield "claims.md", claims_page(data)
    yield "synthesis.md", synthesis_page(data)
    yield "evidence-scale.md", evidence_scale_page()
    yield "references.md", references_page(data)
    yield "curation-method.md", curation_page(data)
    yield "schema.md", schema_page()
    for kind in MODELS:
        yield f"schema/{schema_file_name(kind)}", render(kind)
    yield (
        "nutrients/index.md",
        "# Nutrients\n\n"
        + table(
            ("Nutrient", "Class", "Claims"),
            [
                (f"[{n.name}]({n.id}.md)", n.nutrient_class, len(n.claims))
                for n in data.nutrients
            ],
        ),
    )
    yield "SUMMARY.md", summary(data)
    yield (
        "profiles/index.md",
        (
            "# Profiles: the essay's ten topics\n\n"
            "![Verdicts by topic](../figures/verdicts.svg)\n\n"
            + table(
                ("#", "Topic", "Nutrients"),
                [
                    (p.order, f"[{p.title}]({p.id}.md)", ", ".join(p.nutrient_ids))
                    for p in data.profiles
                ],
            )
        ),
    )
