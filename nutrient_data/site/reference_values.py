"""Reference values across authorities on a nutrient page: how the US RDAs
rest on the EARs, EFSA's values beside the US groups that hold the same
people, and the values each authority replaced.

Kept apart from :mod:`nutrient_data.site.intakes`, which lays out the US
tables; the page places this section right after it.
"""

from __future__ import annotations

from nutrient_data.lifestages import EFSA_GROUP_BY_ID, LIFE_STAGE_BY_ID
from nutrient_data.models import EfsaTable, EfsaValue, Nutrient, ValueChange
from nutrient_data.site.markdown import amount, table, words
from nutrient_data.site.matrix import authority_matrix
from nutrient_data.site.references import Citations
from nutrient_data.vocab import PERCENT_ENERGY

LIMIT_LABELS = {"UL": "UL", "safe-level": "Safe level (not a UL)", "none": "No UL"}


def _value(value: float | None, unit: str) -> str:
    if value is not None and unit == PERCENT_ENERGY:
        return f"{value:g}% of energy"
    return amount(value, unit)


def requirement_note(nutrient: Nutrient, cite: Citations) -> str:
    """What the EARs in the intake table rest on: the CV, or why there is none."""
    i = nutrient.intakes
    lines = []
    if i.requirement_cv_note is not None and i.requirement_cv_reference_id:
        figure = (
            f"here **{i.requirement_cv:.0%}**."
            if i.requirement_cv is not None
            else "no CV figure is recorded here."
        )
        source = cite.cite([i.requirement_cv_reference_id], "ear", "EAR")
        lines.append(
            "**Estimated Average Requirement (EAR).** An RDA is set from the EAR, "
            "the intake that meets the needs of half the group, two CVs above "
            "the EAR (EAR \u00d7 (1 + 2 \u00d7 CV)), with CV "
            "the coefficient of variation of the requirement; "
            f"{figure} {i.requirement_cv_note} ({source})"
        )
    if i.average_requirement_note:
        lines.append(f"**EAR.** {i.average_requirement_note}")
    if not lines:
        return ""
    return (
        "### How the RDA is computed from the EAR {#ear}\n\n"
        + "\n\n".join(lines)
        + "\n"
    )


def _efsa_cell(row: EfsaValue, unit: str) -> str:
    if row.kind == "not-set":
        return "not set"
    if row.value_range is not None:
        low, high = row.value_range
        return f"{row.kind} {low:g}-{_value(high, unit)} (a range)"
    if row.value is None:
        return f"{row.kind}: not confirmed"
    ar = row.average_requirement
    return f"{row.kind} {_value(row.value, unit)}" + (
        f" (AR {_value(ar, unit)})" if ar is not None else ""
    )


def _efsa_who(row: EfsaValue) -> str:
    parts = [EFSA_GROUP_BY_ID[row.group].label]
    if row.sex:
        parts.append(row.sex)
    if row.age_band:
        parts.append(row.age_band)
    if row.phytate_mg:
        parts.append(f"phytate {row.phytate_mg} mg a day")
    return ", ".join(parts)


def _efsa_limit(efsa: EfsaTable, row: EfsaValue) -> str:
    limits = efsa.ul
    if limits.kind == "none":
        return "none set"
    found = [
        u
        for u in limits.values
        if u.group == row.group and (None in (u.sex, row.sex) or u.sex == row.sex)
    ]
    label = "safe level" if limits.kind == "safe-level" else "UL"
    return (
        "<br>".join(
            f"{label} {_value(u.value, efsa.unit)}"
            + (f" ({u.age_band})" if u.age_band else "")
            for u in found
        )
        or "-"
    )


def _efsa_table(nutrient: Nutrient, efsa: EfsaTable, cite: Citations) -> list[str]:
    unit_text = "percent of energy intake" if efsa.unit == PERCENT_ENERGY else "a day"
    parts = []
    if efsa.basis and len(nutrient.efsa) > 1:
        parts.append(f"#### EFSA: {efsa.basis} {{#efsa-{nutrient.efsa.index(efsa)}}}\n")
    parts.append(
        f"EFSA Dietary Reference Values, {unit_text}."
        + (f" What the values count: {efsa.basis}." if efsa.basis else "")
        + "\n"
    )
    if efsa.reference_ids:
        printed = cite.cite(list(efsa.reference_ids), "efsa", "EU values")
        parts.append(f"As printed in EFSA's summary tables and report ({printed}).\n")
    if efsa.status == "no-value-set":
        parts.append(f"**EFSA set no value.** {efsa.status_note}\n")
    elif efsa.status_note:
        parts.append(f"{efsa.status_note}\n")
    if efsa.why_it_differs_from_us:
        parts.append(f"**Why the values differ.** {efsa.why_it_differs_from_us}\n")
    limits = efsa.ul
    refs = [r for r in (limits.reference_id, *limits.reference_ids) if r]
    sources = f" ({cite.cite(refs, 'efsa', 'EU values')})" if refs else ""
    parts.append(
        f"**{LIMIT_LABELS[limits.kind]}**, counting "
        f"{words(limits.applies_to)}: {limits.scope}{sources}\n"
    )
    if efsa.values:
        parts.append(
            table(
                ("EFSA group", "EFSA", "Upper level", "Note"),
                [
                    (
                        _efsa_who(row),
                        _efsa_cell(row, efsa.unit),
                        _efsa_limit(efsa, row),
                        " ".join(t for t in (row.not_set_reason, row.note) if t),
                    )
                    for row in efsa.values
                ],
            )
        )
        refs = list(
            dict.fromkeys(r.reference_id for r in efsa.values if r.reference_id)
        )
        if refs:
            parts.append(f"Sources: {cite.cite(refs, 'efsa', 'EU values')}.\n")
    return parts


def _history_rows(nutrient: Nutrient, cite: Citations) -> list[tuple[object, ...]]:
    """Superseded values, one row per value and period (its groups together)."""
    dated: list[tuple[str, str, ValueChange, str]] = [
        ("US", LIFE_STAGE_BY_ID[c.group].label, c, nutrient.intakes.unit)
        for c in nutrient.intakes.history
    ]
    for t in nutrient.efsa:
        for c in (*t.history, *t.ul.history):
            who = EFSA_GROUP_BY_ID[c.group].label + (f", {c.sex}" if c.sex else "")
            dated.append(("EFSA", who, c, t.unit))
    merged: dict[tuple[object, ...], list[str]] = {}
    for authority, who, c, unit in dated:
        key = (
            authority,
            c.kind,
            _value(c.value, unit),
            f"{c.in_force_from}-{c.in_force_until}",
            cite.cite([c.reference_id], "history", "superseded values"),
            cite.cite([c.replaced_by], "history", "superseded values"),
        )
        merged.setdefault(key, []).append(who)
    return [(key[0], "; ".join(groups), *key[1:]) for key, groups in merged.items()]


def reference_values_section(nutrient: Nutrient, cite: Citations) -> str:
    """The EAR note, EFSA's values beside the US ones, and superseded values."""
    parts = [requirement_note(nutrient, cite)]
    parts.append("## Reference values by authority {#authorities}\n")
    parts.append(
        "What each authority sets for the people most readers are: the value a "
        "day (RDA, PRI or AI) and the upper level. Each authority draws its own "
        "age groups, so a row is the group that holds those people. The US "
        "tables above give every US group; EFSA's groups follow.\n"
    )
    parts.append(authority_matrix(nutrient, cite))
    parts.append("### EFSA's values for each group {#efsa}\n")
    if not nutrient.efsa:
        parts.append("No EFSA values are recorded for this nutrient yet.\n")
    for efsa in nutrient.efsa:
        parts += _efsa_table(nutrient, efsa, cite)
    parts.append("### Superseded values {#history}\n")
    history = _history_rows(nutrient, cite)
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
