"""Charts as SVG written here (small, offline, every mark carrying the ids of its facts) or PNG via matplotlib.

An SVG mark is a `<rect>` or `<circle>` with `data-facts` (space-separated fact ids) and `data-value`, so a
reader — or a test — can walk any drawn number back to the facts behind it.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path
from typing import Any

from allyscope.errors import AllyscopeError

DOMAIN_COLOURS = {
    "political-dialogue": "#1f77b4",
    "institutional": "#ff7f0e",
    "non-traditional-security": "#2ca02c",
    "military-exercise": "#d62728",
}
FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans','Microsoft YaHei',sans-serif"
# Fonts by language, so that a browser draws each text with its own glyph forms (直, 骨 differ between them).
LANGUAGE_FONTS = {
    "ja": "'Noto Sans CJK JP','Source Han Sans JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif",
    "zh": "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif",
    "zh-Hant": "'Noto Sans CJK TC','Source Han Sans TC','PingFang TC','Microsoft JhengHei',sans-serif",
    "ko": "'Noto Sans CJK KR','Source Han Sans KR','Apple SD Gothic Neo','Malgun Gothic',sans-serif",
}
FONT_SIZE = 10
CHARTS = ("indicators", "score", "ladder-political", "ladder-institutional")


class ChartError(AllyscopeError):
    """An unknown chart name or output format."""


def _year_range(cells: list[dict[str, Any]]) -> list[str]:
    years = sorted({c["year"] for c in cells})
    if not years:
        return []
    return [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """A safe estimate of how wide `text` is drawn: a full em for wide (CJK) characters, 0.62 em for others."""
    wide = sum(1 for ch in text if ord(ch) >= 0x1100)
    return (wide + 0.62 * (len(text) - wide)) * size


def _nice_ticks(peak: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `peak` (steps of 1, 2 or 5 times a power of ten)."""
    if peak <= 0:
        return [0.0, 1.0]
    raw = peak / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(peak / step) + 1)]


def _tick_label(value: float) -> str:
    return f"{value:g}"


def _legend(items: list[tuple[str, str]], left: float, top: float, width: float) -> tuple[list[str], float]:
    """Legend entries laid out in rows that fit `width`; returns the SVG parts and the height used."""
    parts: list[str] = []
    x, y, row = left, top, FONT_SIZE + 6
    for label, colour in items:
        span = 12 + text_width(label) + 16
        if x > left and x + span > left + width:
            x, y = left, y + row
        parts.append(f'<rect x="{x:.1f}" y="{y - 8:.1f}" width="8" height="8" fill="{colour}"/>')
        parts.append(f'<text x="{x + 12:.1f}" y="{y:.1f}">{escape(label)}</text>')
        x += span
    return parts, y - top + row


def indicator_svg(result: dict[str, Any], measure: str = "count") -> str:
    """Stacked bars by year and domain: number of facts (`count`) or weighted score (`score`), with a y axis of
    round ticks, the measure named on it, years on the x axis (turned when they would touch) and a legend laid out
    in rows that fit the chart."""
    cells = result["cells"]
    years = _year_range(cells)
    label = "facts" if measure == "count" else "weighted score"
    stacks: dict[str, float] = {}
    for c in cells:
        stacks[c["year"]] = stacks.get(c["year"], 0.0) + max(float(c[measure]), 0.0)
    ticks = _nice_ticks(max(stacks.values(), default=1.0) or 1.0)
    left = 24 + max(text_width(_tick_label(t)) for t in ticks) + 6
    width = max(520.0, 22 * len(years) + left + 20)
    plot_width = width - left - 20
    step = plot_width / max(len(years), 1)
    turned = step < text_width("0000") + 4
    x_label_room = text_width("0000") + 8 if turned else FONT_SIZE + 6
    legend_parts, legend_height = _legend(list(DOMAIN_COLOURS.items()), left, 0, plot_width)
    top, plot_height = 28.0, 220.0
    axis_y = top + plot_height
    height = axis_y + x_label_room + FONT_SIZE + 10 + legend_height
    scale = plot_height / ticks[-1]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" font-size="{FONT_SIZE}" role="img" '
        f'aria-label="{escape(label)} by year and domain">',
        f'<text x="{left}" y="14" font-size="12">{escape(label)} by year and domain</text>',
        f'<line x1="{left}" y1="{axis_y}" x2="{width - 20}" y2="{axis_y}" stroke="#333"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{axis_y}" stroke="#333"/>',
        f'<text class="axis-label" x="12" y="{top + plot_height / 2:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 12 {top + plot_height / 2:.1f})">{escape(label)}</text>',
    ]
    for t in ticks:
        y = axis_y - t * scale
        parts.append(f'<line x1="{left - 4}" y1="{y:.1f}" x2="{left}" y2="{y:.1f}" stroke="#333"/>')
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 20}" y2="{y:.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 3:.1f}" text-anchor="end">{_tick_label(t)}</text>')
    every = max(1, math.ceil(len(years) / max(1, int(plot_width // (FONT_SIZE + 4))))) if turned else 1
    for i, year in enumerate(years):
        x = left + i * step
        base = axis_y
        for c in (c for c in cells if c["year"] == year):
            value = max(float(c[measure]), 0.0)
            h = value * scale
            base -= h
            ids = " ".join(c.get("facts", []))
            parts.append(
                f'<rect x="{x + 2:.1f}" y="{base:.1f}" width="{max(step - 4, 1):.1f}" height="{h:.1f}" '
                f'fill="{DOMAIN_COLOURS.get(c["domain"], "#888")}" data-year="{year}" data-domain="{c["domain"]}" '
                f'data-value="{c[measure]}" data-facts="{ids}"><title>{year} {c["domain"]}: {c[measure]}</title></rect>'
            )
        if i % every == 0:
            cx, cy = x + step / 2, axis_y + 12
            if turned:
                parts.append(
                    f'<text x="{cx:.1f}" y="{cy:.1f}" text-anchor="end" transform="rotate(-60 {cx:.1f} {cy:.1f})">'
                    f"{year}</text>"
                )
            else:
                parts.append(f'<text x="{cx:.1f}" y="{cy:.1f}" text-anchor="middle">{year}</text>')
    x_title_y = axis_y + x_label_room + FONT_SIZE
    parts.append(
        f'<text class="axis-label" x="{left + plot_width / 2:.1f}" y="{x_title_y:.1f}" text-anchor="middle">year</text>'
    )
    legend_top = x_title_y + FONT_SIZE + 6
    parts.append(f'<g transform="translate(0 {legend_top:.1f})">')
    parts += legend_parts
    parts += ["</g>", "</svg>"]
    return "\n".join(parts)


def _fit(label: str, room: float) -> str:
    """`label` cut with an ellipsis so that it is drawn within `room`."""
    if text_width(label) <= room:
        return label
    while label and text_width(label + "…") > room:
        label = label[:-1]
    return label + "…"


def ladder_svg(ladder: dict[str, Any]) -> str:
    """A ladder as rungs from bottom to top, each reached rung a dot at its date, unreached rungs hollow; years on
    an x axis; rung labels given the room they need (up to 45% of the width, cut with an ellipsis beyond, the whole
    label in a tooltip); a date label goes left of its dot when it would cross the right edge."""
    steps = ladder["steps"]
    reached_years = [int(s["fact"]["date_start"][:4]) for s in steps if s.get("fact")]
    first, last = (min(reached_years), max(reached_years) + 1) if reached_years else (1990, 2026)
    width, row = 760, 24
    left = min(max((text_width(s["label"]) for s in steps), default=100) + 12, width * 0.45)
    right = width - 30
    axis_y = row * len(steps) + 32
    height = axis_y + 2 * FONT_SIZE + 16
    span = max(last - first, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{FONT}" font-size="{FONT_SIZE}" role="img" aria-label="{escape(ladder["title"])}">',
        f'<text x="4" y="12" font-size="12">{escape(_fit(ladder["title"], width - 8))}</text>',
        f'<line x1="{left:.1f}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#333"/>',
    ]
    step_years = max(1, math.ceil(span / 10))
    for year in range(first, last + 1, step_years):
        x = left + (year - first) / span * (right - left)
        parts.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#333"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 14}" text-anchor="middle">{year}</text>')
    parts.append(
        f'<text class="axis-label" x="{(left + right) / 2:.1f}" y="{axis_y + 14 + FONT_SIZE + 4}" '
        'text-anchor="middle">year first reached</text>'
    )
    for i, s in enumerate(reversed(steps)):
        y = 28 + i * row
        parts.append(
            f'<text x="4" y="{y + 4}"><title>{escape(s["label"])}</title>{escape(_fit(s["label"], left - 12))}</text>'
        )
        parts.append(f'<line x1="{left:.1f}" y1="{y}" x2="{right}" y2="{y}" stroke="#ddd"/>')
        if s.get("fact"):
            year = int(s["fact"]["date_start"][:4])
            x = left + (year - first) / span * (right - left)
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="#1f77b4" data-facts="{s["fact"]["id"]}" '
                f'data-value="{s["fact"]["date"]}"><title>{s["fact"]["date_readable"]}: {escape(s["fact"]["summary"])}'
                "</title></circle>"
            )
            readable = escape(s["fact"]["date_readable"])
            if x + 8 + text_width(s["fact"]["date_readable"]) <= width - 4:
                parts.append(f'<text x="{x + 8:.1f}" y="{y + 4}">{readable}</text>')
            else:
                parts.append(f'<text x="{x - 8:.1f}" y="{y + 4}" text-anchor="end">{readable}</text>')
        else:
            parts.append(
                f'<circle cx="{right}" cy="{y}" r="5" fill="none" stroke="#999"><title>not reached</title></circle>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def chart_svg(name: str, indicators: dict[str, Any], ladders: list[dict[str, Any]]) -> str:
    if name == "indicators":
        return indicator_svg(indicators, "count")
    if name == "score":
        return indicator_svg(indicators, "score")
    if name in ("ladder-political", "ladder-institutional"):
        wanted = "political-dialogue" if name == "ladder-political" else "institutional"
        return ladder_svg(next(lad for lad in ladders if lad["id"] == wanted))
    raise ChartError(f"no chart {name!r} (one of {', '.join(CHARTS)})")


def chart_png(name: str, indicators: dict[str, Any], ladders: list[dict[str, Any]], out: Path) -> None:
    """The same chart drawn by matplotlib (Agg backend, no display), for papers."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4), dpi=150)
    try:
        if name in ("indicators", "score"):
            measure = "count" if name == "indicators" else "score"
            years = _year_range(indicators["cells"])
            bottom = [0.0] * len(years)
            for domain, colour in DOMAIN_COLOURS.items():
                values = [
                    sum(float(c[measure]) for c in indicators["cells"] if c["year"] == y and c["domain"] == domain)
                    for y in years
                ]
                ax.bar(years, values, bottom=bottom, color=colour, label=domain)
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            ax.set_ylabel("facts" if measure == "count" else "weighted score")
            ax.set_xlabel("year")
            ax.tick_params(axis="x", labelrotation=90, labelsize=7)
            ax.legend(fontsize=7)
        else:
            wanted = "political-dialogue" if name == "ladder-political" else "institutional"
            ladder = next(lad for lad in ladders if lad["id"] == wanted)
            for i, s in enumerate(ladder["steps"]):
                if s.get("fact"):
                    ax.plot(int(s["fact"]["date_start"][:4]), i, "o", color="#1f77b4")
            ax.set_yticks(range(len(ladder["steps"])), [s["label"] for s in ladder["steps"]], fontsize=7)
            ax.set_title(ladder["title"])
            ax.set_xlabel("year first reached")
        fig.tight_layout()
        fig.savefig(out, format="png")
    finally:
        plt.close(fig)


def write_chart(name: str, indicators: dict[str, Any], ladders: list[dict[str, Any]], out: Path) -> None:
    if name not in CHARTS:
        raise ChartError(f"no chart {name!r} (one of {', '.join(CHARTS)})")
    from allyscope.outputs.writing import write_output
    from allyscope.outputs_io import atomic_path

    suffix = out.suffix.lower()
    if suffix == ".svg":
        write_output(out, chart_svg(name, indicators, ladders) + "\n")
    elif suffix == ".png":
        with atomic_path(out) as partial:  # a chart is written whole or not at all
            chart_png(name, indicators, ladders, partial)
    else:
        raise ChartError(f"{out}: write charts as .svg or .png")
