"""Charts as inline SVG, drawn narrow so their text stays readable on a phone.

Each chart is 360 units wide with 12-unit text: on a 390 px phone it is drawn
at about its own size (text about 12 px), on a desktop a little larger. Axes
carry units and gridlines; legends list only the series that appear; every
chart's numbers are also given as a table on the same page.
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from html import escape

from nutrient_data.models import Authority, Dataset, ReferenceTable
from nutrient_data.site.markdown import sentence, unit
from nutrient_data.vocab import Verdict

WIDTH = 360
FONT = 12
VERDICT_COLOURS: dict[Verdict, str] = {
    "supported": "#1a6b32",
    "contradicted": "#a4161a",
    "mixed": "#8a4500",
    "insufficient": "#5b4696",
}
RDA, AI, UL = "#2c5d9a", "#6f9fd8", "#c0262d"
INK, GRID = "#222", "#c8c8c8"
HALO = 'stroke="#fff" stroke-width="3" paint-order="stroke"'  # over gridlines
LABEL_CHARS = 48  # about 300 units of 12-unit sans-serif text


def ticks(top: float) -> list[float]:
    """Round tick values from 0 to at least ``top``, four or five of them."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _svg(height: float, label: str, body: list[str]) -> str:
    return "\n".join(
        [
            '<svg xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" '
            f'role="img" aria-label="{escape(label)}" font-family="sans-serif" '
            f'font-size="{FONT}" fill="{INK}">',
            f"<title>{escape(label)}</title>",
            *body,
            "</svg>",
        ]
    )


def _legend(items: list[tuple[str, str, str]], y: float) -> list[str]:
    """Swatches for ``(kind, colour, label)``; kind is ``bar`` or ``mark``."""
    out, x = [], 0.0
    for kind, colour, label in items:
        if kind == "bar":
            out.append(
                f'<rect x="{x}" y="{y - 10}" width="14" height="10" fill="{colour}"/>'
            )
        else:
            out.append(
                f'<rect x="{x + 5}" y="{y - 12}" width="3" height="14" '
                f'fill="{colour}"/>'
            )
        out.append(f'<text x="{x + 18}" y="{y}">{escape(label)}</text>')
        x += 24 + len(label) * 6.6
    return out


def _axis(
    left: float,
    right: float,
    top: float,
    bottom: float,
    values: list[float],
    caption: str,
) -> list[str]:
    """Vertical gridlines with tick labels below, and the axis caption."""
    scale = (right - left) / values[-1]
    out = []
    for v in values:
        x = left + v * scale
        out.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" '
            f'stroke="{GRID}"/>'
        )
        anchor = "end" if v == values[-1] else "start" if v == 0 else "middle"
        out.append(
            f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="{anchor}">{v:,g}</text>'
        )
    out.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/>'
        f'<text x="{(left + right) / 2:.0f}" y="{bottom + 30}" text-anchor="middle">'
        f"{escape(caption)}</text>"
    )
    return out


def intake_chart(authority: Authority, table: ReferenceTable, name: str) -> str:
    """Bars of the value of each group (and sex, where the table splits one),
    with each upper level marked."""
    roles = authority.roles()
    first = next((k.code for k in authority.kinds if k.role == "recommendation"), None)
    rows = [
        (
            g.label + (f", {v.sex}" if v.sex and g.sex is None else ""),
            v,
            next(
                (
                    u.value
                    for u in table.ul.values
                    if u.group == g.id and u.sex in (None, v.sex)
                ),
                None,
            ),
        )
        for g in authority.groups
        for v in table.values
        if v.group == g.id and v.phytate_mg in (None, 300) and v.age_band is None
    ]
    per_day = f"{unit(table.unit)} a day"
    top = max([v.value or 0 for _, v, _ in rows] + [u or 0 for _, _, u in rows])
    values = ticks(top)
    left, right, head, row_h = 116.0, WIDTH - 8.0, 28.0, 16.0
    scale = (right - left) / values[-1]
    kinds = {v.kind for _, v, _ in rows if v.value is not None}
    limit = table.ul.kind
    legend = [
        ("bar", RDA if roles.get(k) == "recommendation" else AI, k)
        for k in (k.code for k in authority.kinds)
        if k in kinds
    ]
    legend += [("mark", UL, limit)] if any(u is not None for _, _, u in rows) else []
    bottom = head + row_h * len(rows)
    body = _legend(legend, 14) + _axis(left, right, head - 4, bottom, values, per_day)
    for i, (label, r, ul) in enumerate(rows):
        y = head + i * row_h
        body.append(
            f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        if r.value is not None:
            colour = RDA if r.kind == first else AI
            body.append(
                f'<rect x="{left}" y="{y + 3}" width="{max(r.value * scale, 1):.1f}" '
                f'height="{row_h - 6}" fill="{colour}"/>'
            )
        if ul is not None:
            x = left + ul * scale
            body.append(
                f'<rect x="{x - 1.5:.1f}" y="{y + 1}" width="3" height="{row_h - 2}" '
                f'fill="{UL}"/>'
            )
    names = " or ".join(k for k in (k.code for k in authority.kinds) if k in kinds)
    label = f"{name}: {names} and {limit} for each group, in {per_day}"
    return _svg(bottom + 36, label, body)


def verdict_counts(data: Dataset) -> list[tuple[str, Counter[Verdict]]]:
    """Per essay topic, how many of its claims got each verdict."""
    verdict_of = {c.id: c.verdict for _, c in data.claims()}
    return [
        (p.title, Counter(verdict_of[c] for c in p.claim_ids if c in verdict_of))
        for p in data.profiles
    ]


def present(counts: list[tuple[str, Counter[Verdict]]]) -> list[Verdict]:
    """The verdicts that occur at least once, in the scale's order."""
    return [v for v in VERDICT_COLOURS if any(c[v] for _, c in counts)]


def verdicts_chart(data: Dataset) -> str:
    """Stacked bars per essay topic; each label sits on its own lines above its bar."""
    counts = verdict_counts(data)
    verdicts = present(counts)
    values = [float(v) for v in range(max(sum(c.values()) for _, c in counts) + 1)]
    left, right, head = 4.0, WIDTH - 8.0, 28.0
    scale = (right - left) / values[-1]
    labels = [textwrap.wrap(title, LABEL_CHARS) for title, _ in counts]
    bottom = head + sum(14 * len(lines) + 24 for lines in labels)
    body = _legend([("bar", VERDICT_COLOURS[v], sentence(v)) for v in verdicts], 14)
    body += _axis(left, right, head - 4, bottom, values, "number of claims")
    y = head
    for lines, (_, count) in zip(labels, counts, strict=True):
        for line in lines:
            body.append(f'<text x="{left}" y="{y + 12}" {HALO}>{escape(line)}</text>')
            y += 14
        x = left
        for verdict in verdicts:
            n = count[verdict]
            if not n:
                continue
            w = n * scale
            body.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="16" '
                f'fill="{VERDICT_COLOURS[verdict]}"><title>{sentence(verdict)}: {n}'
                f'</title></rect><text x="{x + w / 2:.1f}" y="{y + 15}" '
                f'text-anchor="middle" fill="#fff" font-weight="bold">{n}</text>'
            )
            x += w
        y += 24
    return _svg(bottom + 36, "Verdicts on the essay's claims, by topic", body)
