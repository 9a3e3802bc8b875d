"""Intake tables in the layout of the NIH fact sheets, and the adult key facts.

Ages run down, male, female, pregnancy and lactation across; the ULs get a
table of their own; the source is a numbered note, not a column. Kept apart
from the rest of the nutrient page so another intake section (such as
European values) can sit beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from nutrient_data.models import IntakeValue, Nutrient
from nutrient_data.site.figures import intake_chart
from nutrient_data.site.markdown import amount, figure, table, words
from nutrient_data.site.references import Citations
from nutrient_data.units import factor_for
from nutrient_data.vocab import LifeStageId, VitaminEForm

COLUMNS = ("Male", "Female", "Pregnancy", "Lactation")
Row = tuple[str, tuple[LifeStageId | None, ...]]
ROWS: tuple[Row, ...] = (
    ("Birth to 6 months", ("infants-0-6mo", "infants-0-6mo", None, None)),
    ("7\u201312 months", ("infants-7-12mo", "infants-7-12mo", None, None)),
    ("1\u20133 years", ("children-1-3y", "children-1-3y", None, None)),
    ("4\u20138 years", ("children-4-8y", "children-4-8y", None, None)),
    ("9\u201313 years", ("males-9-13y", "females-9-13y", None, None)),
    (
        "14\u201318 years",
        ("males-14-18y", "females-14-18y", "pregnancy-14-18y", "lactation-14-18y"),
    ),
    (
        "19\u201330 years",
        ("males-19-30y", "females-19-30y", "pregnancy-19-30y", "lactation-19-30y"),
    ),
    (
        "31\u201350 years",
        ("males-31-50y", "females-31-50y", "pregnancy-31-50y", "lactation-31-50y"),
    ),
    ("51\u201370 years", ("males-51-70y", "females-51-70y", None, None)),
    ("71+ years", ("males-71y-plus", "females-71y-plus", None, None)),
)
ADULTS: dict[str, tuple[LifeStageId, ...]] = {
    "Women": ("females-19-30y", "females-31-50y", "females-51-70y", "females-71y-plus"),
    "Men": ("males-19-30y", "males-31-50y", "males-51-70y", "males-71y-plus"),
}
IU_FORMS: dict[str, VitaminEForm | None] = {"vitamin-d": None, "vitamin-e": "natural"}


def with_iu(nutrient: Nutrient, value: float | None) -> str:
    """An amount, with its IU beside it for vitamins D and E (``15 µg (600 IU)``)."""
    shown = amount(value, nutrient.intakes.unit)
    if value is None or nutrient.id not in IU_FORMS:
        return shown
    iu = factor_for(nutrient.id, IU_FORMS[nutrient.id]).to_iu(value)
    return f"{shown} ({iu:,.1f} IU)".replace(".0 IU", " IU")


def _span(nutrient: Nutrient, values: list[float]) -> str:
    low, high = min(values), max(values)
    if low == high:
        return with_iu(nutrient, low)
    return f"{with_iu(nutrient, low)} to {with_iu(nutrient, high)}"


def adult_intakes(nutrient: Nutrient) -> list[str]:
    """Key-fact lines: the adult RDA or AI and UL for women and men."""
    by_stage = {v.life_stage: v for v in nutrient.intakes.values}
    lines = []
    for who, stages in ADULTS.items():
        rows = [by_stage[s] for s in stages]
        kinds = " or ".join(sorted({r.kind for r in rows if r.value is not None}))
        values = [r.value for r in rows if r.value is not None]
        need = f"{kinds} {_span(nutrient, values)} a day" if values else "none set"
        uls = [r.ul for r in rows if r.ul is not None]
        limit = f"UL {_span(nutrient, uls)} a day" if uls else "no UL set"
        lines.append(f"**{who} (19 years and over):** {need}; {limit}.")
    if nutrient.intakes.ul_applies_to != "no-ul-set":
        lines.append(f"**The UL counts:** {words(nutrient.intakes.ul_applies_to)}.")
    return lines


def _grid(
    nutrient: Nutrient,
    shown: Callable[[IntakeValue], str],
    keep: Callable[[IntakeValue], bool],
) -> str:
    by_stage = {v.life_stage: v for v in nutrient.intakes.values}
    rows = []
    for label, stages in ROWS:
        cells = [shown(by_stage[s]) if s is not None else "" for s in stages]
        if any(keep(by_stage[s]) for s in stages if s is not None):
            rows.append((label, *cells))
    return table(("Age", *COLUMNS), rows)


def intakes_section(nutrient: Nutrient, cite: Citations) -> str:
    """The intakes: RDA or AI table, UL table, notes, sources and chart."""
    intakes = nutrient.intakes
    values = intakes.values
    kinds = {v.kind for v in values if v.kind != "ND"}
    notes = list(dict.fromkeys(v.note for v in values if v.note))
    marks = {note: chr(ord("a") + i) for i, note in enumerate(notes)}

    def mark(v: IntakeValue) -> str:
        return f"<sup>{marks[v.note]}</sup>" if v.note else ""

    def need(v: IntakeValue) -> str:
        if v.value is None:
            return "not determined" + mark(v)
        kind = f" ({v.kind})" if len(kinds) > 1 and v.kind == "AI" else ""
        ear = v.average_requirement
        beside = f" · EAR {with_iu(nutrient, ear)}" if ear is not None else ""
        return with_iu(nutrient, v.value) + kind + beside + mark(v)

    def limit(v: IntakeValue) -> str:
        return "none set" if v.ul is None else with_iu(nutrient, v.ul)

    sources = cite.cite(
        dict.fromkeys(v.reference_id for v in values), "intakes", "intakes"
    )
    kind_text = (
        "All values are Adequate Intakes (AI)."
        if kinds == {"AI"}
        else "All values are Recommended Dietary Allowances (RDA)."
        if kinds == {"RDA"}
        else "Values are Recommended Dietary Allowances (RDA) unless marked AI "
        "(Adequate Intake)."
    ) + (
        " Beside each RDA, the Estimated Average Requirement (EAR) it rests on."
        if any(v.average_requirement is not None for v in values)
        else ""
    )
    parts = [
        "## Intakes {#intakes}\n",
        "### How much a day {#rda-ai}\n",
        f"US Dietary Reference Intakes, amounts a day. {kind_text}"
        + (f" What the values count: {intakes.basis}" if intakes.basis else "")
        + "\n",
        _grid(nutrient, need, lambda v: True),
    ]
    parts += [f"<sup>{marks[n]}</sup> {n}  " for n in notes]
    parts.append(f"Source: {sources}.\n")
    parts.append("### Upper limit (UL) {#ul}\n")
    scope = f" {intakes.ul_scope}" if intakes.ul_scope else ""
    if intakes.ul_applies_to == "no-ul-set":
        parts.append(f"No UL set.{scope}\n")
    else:
        parts.append(
            "The Tolerable Upper Intake Level, a day. It counts "
            f"{words(intakes.ul_applies_to)}.{scope}\n"
        )
        parts.append(_grid(nutrient, limit, lambda v: v.ul is not None))
        parts.append(f"Source: {sources}.\n")
    if nutrient.id == "vitamin-e":
        parts.append(
            "IU are for the natural form (RRR-alpha-tocopherol), 0.67 mg per IU; "
            "for the synthetic form (all-rac) 1 IU is 0.45 mg.\n"
        )
    parts += ["".join(f"- {n}\n" for n in intakes.notes)]
    parts.append(
        figure(
            intake_chart(nutrient),
            f"{nutrient.name}: RDA or AI (bars)"
            + (
                " and UL (red marks)"
                if any(v.ul is not None for v in intakes.values)
                else "; no UL is set"
            )
            + " per life-stage group. The tables above give the same numbers.",
        )
    )
    return "\n".join(parts)
