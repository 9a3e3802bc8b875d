"""The home page: what the data say first, then where to go, the source essay,
the data version and how to cite it.
"""

from __future__ import annotations

from nutrient_data.models import Dataset
from nutrient_data.site.claims import roll_up_table
from nutrient_data.site.markdown import DISCLAIMER
from nutrient_data.site.profiles import verdicts_figure


def home_page(data: Dataset) -> str:
    meta = data.metadata
    return "\n".join(
        [
            f"# {meta.title.split(':')[0]}\n",
            f"{meta.description}\n",
            DISCLAIMER,
            "## Do supplements of each nutrient improve insulin sensitivity or blood "
            "sugar? {#verdicts}\n",
            "The answer the cited trials give, nutrient by nutrient. Each verdict "
            "is computed from the nutrient's claims by [one rule]"
            "(evidence-scale.md#roll-up-rule); the certainty says how sure it is.\n",
            '<div class="verdict-cards" markdown>\n',
            roll_up_table(data, 0),
            "</div>\n",
            "## What is here\n",
            "- [Nutrients](nutrients/index.md): one page per nutrient, opening with "
            "its key facts, then the US, EU and other authorities' reference values, "
            "food sources, and the evidence table.\n"
            "- [Profiles](profiles/index.md): the ten topics of "
            "[the source essay](essay.md), each audited against the evidence.\n"
            "- [The essay as a whole](synthesis.md), [claims by verdict](claims.md) "
            "and the [evidence scale](evidence-scale.md).\n"
            "- [References](references.md), grouped by nutrient, and the "
            "[curation method](curation-method.md).\n"
            "- [Downloads](downloads.md): every file of this data version (JSON, "
            "CSV, SQLite), with checksums.\n"
            "- [Identifier crosswalk](identifiers.md): FoodData Central, INFOODS, "
            "ChEBI, PubChem, CAS, Wikidata and UNII ids of every nutrient and "
            "component, and [a worked join](getting-started/food-composition.md) "
            "with a food-composition table.\n"
            "- For developers: [getting started](getting-started/python.md), the "
            "[data schema](schema.md) and the [API reference](api.md).\n",
            "## The source essay\n",
            "The profiles follow an unsigned short essay on micronutrients and "
            "insulin resistance, one profile per heading, and check each of its "
            "assertions against published evidence. [About the source essay]"
            "(essay.md) says what it is and how it is audited.\n",
            "## Verdicts on the essay's claims\n",
            verdicts_figure(data, 0),
            "## Data version and how to cite {#cite}\n",
            f"Data version **{meta.version}**, released {meta.released.isoformat()}. "
            f"Data licence {meta.license_data}; code licence {meta.license_code}. "
            "Please cite the dataset as below, and the primary sources that the "
            "records name for the values you use. The repository's `CITATION.cff` "
            "holds the same citation for reference managers.\n",
            f"```text\n{meta.citation}\n```\n",
        ]
    )
