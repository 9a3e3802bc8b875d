"""The curation-method page: where values come from, how they were checked,
and each record's coverage, so gaps are visible.
"""

from __future__ import annotations

from collections import Counter

from nutrient_data.lint.references import citations
from nutrient_data.models import Dataset
from nutrient_data.rollup import RULE
from nutrient_data.site.markdown import DISCLAIMER, table, words

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
            "numbers are also checked against their check digit; see the "
            "[identifier crosswalk](identifiers.md).\n",
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
                + [(f"References: {words(t)}", n) for t, n in sorted(by_type.items())],
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
            "explicit gap; that each database identifier names one record, and that "
            "a FoodData Central id and number name the same row. Tests also check "
            "that no text copies a six-word run of the source essay.\n",
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
