"""Site pages about identifiers: each nutrient's compact table and the crosswalk page.

Both are drawn from :meth:`Dataset.identifiers` and the dataset's FDC nutrient
rows, so that every scheme of every nutrient and component appears once, in
the same order as the ``identifiers`` export table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nutrient_data.models import (
    Carrier,
    Component,
    Dataset,
    Identifier,
    NoRecord,
    Nutrient,
    Unconfirmed,
)
from nutrient_data.paths import FDC_FILE
from nutrient_data.site.markdown import UNSEARCHED, table, unit
from nutrient_data.vocab import SCHEME_ORDER, SCHEMES, IdentifierScheme

SCHEME_HEADINGS: dict[IdentifierScheme, str] = {
    "fdc-nutrient-id": "FDC id",
    "fdc-nutrient-number": "FDC number",
    "infoods": "INFOODS",
    "chebi": "ChEBI",
    "pubchem-cid": "PubChem CID",
    "cas": "CAS",
    "wikidata": "Wikidata",
    "unii": "UNII",
}
FOOD_SCHEMES: tuple[IdentifierScheme, ...] = SCHEME_ORDER[:3]
"""FDC id, FDC number and INFOODS: rows of food-composition tables."""
REGISTRY_SCHEMES: tuple[IdentifierScheme, ...] = SCHEME_ORDER[3:]
"""ChEBI, PubChem, CAS, Wikidata and UNII: substances."""
CROSSWALK_PAGE = "identifiers.md"
JOIN_PAGE = "getting-started/food-composition.md"


def _shown(ident: Identifier) -> str:
    code = ident.unit
    return f"{ident.value} ({unit(code)})" if code else ident.value


Owner = Nutrient | Component
"""A record that carries identifiers: a nutrient as a whole, or a component."""


def _stated(owner: Owner) -> tuple[Identifier | NoRecord | Unconfirmed, ...]:
    """Everything the record says per scheme: ids, no record, not confirmed."""
    return (*owner.identifiers, *owner.no_record, *owner.unconfirmed)


NO_RECORD = "no record"
"""What a cell shows for a scheme stated to have no record."""
NOT_CONFIRMED = "not confirmed"
"""What a cell shows for a scheme whose identifier was seen but not confirmed."""


def _records(nutrient: Nutrient) -> list[tuple[str, Owner]]:
    """The nutrient and each component, labelled for a reader."""
    return [
        (
            f"{nutrient.name}, as a whole"
            if c.component is None
            else _component_label(c.component),
            c.record,
        )
        for c in Carrier.of(nutrient)
    ]


def _component_label(component: Component) -> str:
    return component.name + (" (same substance)" if component.same_substance_as else "")


def _cell(owner: Owner, scheme: IdentifierScheme) -> str:
    found = ", ".join(_shown(i) for i in owner.identifiers if i.scheme == scheme)
    if found:
        return found
    if any(g.scheme == scheme for g in owner.no_record):
        return NO_RECORD
    return NOT_CONFIRMED if any(g.scheme == scheme for g in owner.unconfirmed) else "-"


def _matrix(
    rows: Sequence[tuple[tuple[str, ...], Owner]],
    lead: tuple[str, ...],
    schemes: Sequence[IdentifierScheme] | None = None,
) -> str:
    """One row per record, one column per scheme (by default, per scheme used)."""
    used = schemes or [
        s
        for s in SCHEME_ORDER
        if any(i.scheme == s for _, owner in rows for i in _stated(owner))
    ]
    return table(
        (*lead, *(SCHEME_HEADINGS[s] for s in used)),
        [(*labels, *(_cell(owner, s) for s in used)) for labels, owner in rows],
    )


def identifiers_section(nutrient: Nutrient, depth: int = 1) -> str:
    """The compact identifiers table of one nutrient page."""
    rows = [((label,), o) for label, o in _records(nutrient) if _stated(o)]
    if not rows:
        return "No identifier could be confirmed for this nutrient yet.\n"
    up = "../" * depth
    return (
        _matrix(rows, ("Record",))
        + f"\nWhat confirmed each identifier, and what every scheme means: "
        f"[identifier crosswalk]({up}{CROSSWALK_PAGE}).\n"
    )


def _gap_table(
    data: Dataset, gaps: Callable[[Owner], Sequence[NoRecord | Unconfirmed]], why: str
) -> str:
    """Every record's statements in one list of gaps, one row each."""
    return table(
        ("Record", "Scheme", why),
        [
            (c.owner, gap.scheme, gap.reason)
            for c in data.carriers()
            for gap in gaps(c.record)
        ],
    )


def crosswalk_page(data: Dataset) -> str:
    """Every scheme for every nutrient and component, the FDC rows, and sources."""
    matrix = [
        ((f"[{n.name}](nutrients/{n.id}.md)", label), owner)
        for n in data.nutrients
        for label, owner in _records(n)
    ]
    users: dict[str, list[str]] = {}
    for m in data.identifiers():
        if m.identifier.scheme == "fdc-nutrient-id":
            users.setdefault(m.identifier.value, []).append(m.owner)
    fdc = data.fdc_nutrients
    return "\n".join(
        [
            "# Identifier crosswalk\n",
            "Every database identifier of every nutrient and of each substance "
            "counted under it, so that this dataset can be joined to "
            "food-composition tables, ontologies and substance registries. "
            f"'{NOT_CONFIRMED}' means an identifier was seen but not confirmed, so "
            f"it is left out; '{NO_RECORD}' means the scheme has none for that "
            "substance. Both are listed below with the reasons, and exported as "
            "the `unconfirmed_identifiers` and `no_records` tables. A dash means "
            "nothing is stated for that scheme, not that it has no record. "
            "The same rows are exported as the `identifiers` table; "
            f"[Joining food-composition data]({JOIN_PAGE}) shows a join.\n",
            "## Schemes\n",
            "".join(f"- `{s}`: {SCHEMES[s]}.\n" for s in SCHEME_ORDER),
            "\nFoodData Central names a nutrient twice: by its **id** (what the FDC "
            "API returns) and by its **number** (the SR `nutrient_nbr`). Joining "
            "one to the other finds nothing. Where FDC keeps a row per unit (total "
            "vitamin D in µg and in IU), each identifier records its unit: join "
            "values in that unit only.\n",
            "## Every nutrient and component\n",
            "### Food-composition tables\n",
            _matrix(matrix, ("Nutrient", "Record"), FOOD_SCHEMES),
            "### Substance registries\n",
            _matrix(matrix, ("Nutrient", "Record"), REGISTRY_SCHEMES),
            "## FoodData Central rows used\n",
            f"From `nutrient_data/data/{FDC_FILE}`. Source: {fdc.source}\n",
            table(
                ("FDC id", "Number", "Name", "Unit", "Used by"),
                [
                    (
                        r.id,
                        r.number,
                        r.name,
                        unit(r.unit),
                        ", ".join(users.get(r.id, ())) or "-",
                    )
                    for r in fdc.rows
                ],
            ),
            "## Identifiers not confirmed\n",
            _gap_table(data, lambda r: r.unconfirmed, "What was seen"),
            "## Schemes with no record\n",
            _gap_table(data, lambda r: r.no_record, "Why"),
            f"## How each identifier was confirmed"
            f" {{#how-each-identifier-was-confirmed {UNSEARCHED}}}\n",
            table(
                ("Record", "Scheme", "Value", "Confirmed by"),
                [
                    (
                        m.owner,
                        m.identifier.scheme,
                        _shown(m.identifier),
                        m.identifier.confirmed_by,
                    )
                    for m in data.identifiers()
                ],
            ),
        ]
    )
