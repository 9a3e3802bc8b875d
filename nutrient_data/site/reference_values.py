"""Reference values across authorities on a nutrient page: what the main
table's recommendations rest on, the matrix of every authority's values for
the people readers most often are, why the authorities differ, and the values
each authority replaced.

Kept apart from :mod:`nutrient_data.site.intakes`, which lays out the main
authority's tables; the page places this section right after it. Each
authority's own groups, row by row, are on its page
(:mod:`nutrient_data.site.authority_pages`), so a nutrient page carries the
matrix once rather than every authority's full tables.
"""

from __future__ import annotations

from nutrient_data.models import Dataset, Nutrient, ValueChange
from nutrient_data.site.authority_pages import kind_code, page_path, value_text
from nutrient_data.site.intakes import main_table
from nutrient_data.site.markdown import UNSEARCHED, table
from nutrient_data.site.matrix import authority_matrix
from nutrient_data.site.references import Citations


def requirement_note(data: Dataset, nutrient: Nutrient, cite: Citations) -> str:
    """What the main table's requirements rest on: the CV, or why there is none."""
    found = main_table(data, nutrient)
    if found is None:
        return ""
    authority, i = found
    code = kind_code(authority, "requirement")
    recommendation = kind_code(authority, "recommendation")
    lines = []
    if i.requirement_cv_note is not None and i.requirement_cv_reference_id:
        figure = (
            f"here **{i.requirement_cv:.0%}**."
            if i.requirement_cv is not None
            else "no CV figure is recorded here."
        )
        source = cite.cite([i.requirement_cv_reference_id], "ear", code)
        lines.append(
            f"**Average requirement ({code}).** A {recommendation} is set from the "
            f"{code}, the intake that meets the needs of half the group, as {code} "
            "x (1 + 2 CV), with CV the coefficient of variation of the requirement; "
            f"{figure} {i.requirement_cv_note} ({source})"
        )
    if i.average_requirement_note:
        lines.append(f"**{code}.** {i.average_requirement_note}")
    if not lines:
        return ""
    return (
        f"### How the values are computed from the {code} {{#ear}}\n\n"
        + "\n\n".join(lines)
        + "\n"
    )


def _history_rows(
    data: Dataset, nutrient: Nutrient, cite: Citations
) -> list[tuple[object, ...]]:
    """Superseded values, one row per value and period (its groups together)."""
    dated: list[tuple[str, str, ValueChange, str]] = []
    for authority in data.authorities:
        for t in authority.tables_for(nutrient.id):
            for c in (*t.history, *t.ul.history):
                who = authority.group(c.group).label + (f", {c.sex}" if c.sex else "")
                dated.append((authority.short_name, who, c, t.unit))
    merged: dict[tuple[object, ...], list[str]] = {}
    for short, who, c, unit in dated:
        key = (
            short,
            c.kind,
            value_text(c.value, unit),
            f"{c.in_force_from}-{c.in_force_until}",
            cite.cite([c.reference_id], "history", "superseded values"),
            cite.cite([c.replaced_by], "history", "superseded values"),
        )
        merged.setdefault(key, []).append(who)
    return [(key[0], "; ".join(groups), *key[1:]) for key, groups in merged.items()]


def reference_values_section(data: Dataset, nutrient: Nutrient, cite: Citations) -> str:
    """The requirement note, the matrix, links to each authority's own
    groups, where the authorities differ, and superseded values."""
    main = main_table(data, nutrient)
    parts = [requirement_note(data, nutrient, cite)]
    parts.append(f"## Reference values by authority {{#authorities {UNSEARCHED}}}\n")
    parts.append(
        "What each authority sets for the people most readers are: the value a "
        "day and the upper level. Each authority draws its own age groups, so a "
        "row is the group that holds those people; a column's heading links to the "
        "authority's page.\n"
    )
    parts.append(authority_matrix(nutrient, cite))
    others = [a for a in data.authorities if not main or a is not main[0]]
    links = " · ".join(
        f"[{a.short_name}](../{page_path(a.id)}#{nutrient.id})" for a in others
    )
    parts.append(
        f"Each authority's own groups, with every value, note and source: {links}.\n"
    )
    notes = []
    for authority in others:
        for t in authority.tables_for(nutrient.id):
            short = authority.short_name
            if t.status == "no-value-set":
                notes.append(f"- **{short} set no value.** {t.status_note}")
            if t.why_it_differs_from_us:
                notes.append(f"- **{short}.** {t.why_it_differs_from_us}")
    if notes and main:
        parts.append(
            f"### Where they differ from {main[0].short_name} {{#differences}}\n\n"
            + "\n".join(notes)
            + "\n"
        )
    parts.append("### Superseded values {#history}\n")
    history = _history_rows(data, nutrient, cite)
    if history:
        parts.append(
            "Values in force before the current ones, with the years each applied "
            "(from the year it took effect to the year it was replaced).\n"
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
