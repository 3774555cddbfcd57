"""Charts as SVG written here (small, offline, every mark carrying the ids of its facts) or PNG via matplotlib.

An SVG mark is a `<rect>` or `<circle>` with `data-facts` (space-separated fact ids) and `data-value`, so a
reader — or a test — can walk any drawn number back to the facts behind it.
"""

from __future__ import annotations

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
CHARTS = ("indicators", "score", "ladder-political", "ladder-institutional")


class ChartError(AllyscopeError):
    """An unknown chart name or output format."""


def _year_range(cells: list[dict[str, Any]]) -> list[str]:
    years = sorted({c["year"] for c in cells})
    if not years:
        return []
    return [str(y) for y in range(int(years[0]), int(years[-1]) + 1)]


def indicator_svg(result: dict[str, Any], measure: str = "count") -> str:
    """Stacked bars by year and domain: number of facts (`count`) or weighted score (`score`)."""
    cells = result["cells"]
    years = _year_range(cells)
    width, height, left, bottom, top = max(480, 22 * len(years) + 80), 300, 50, 40, 20
    stacks: dict[str, float] = {}
    for c in cells:
        stacks[c["year"]] = stacks.get(c["year"], 0.0) + max(float(c[measure]), 0.0)
    peak = max(stacks.values(), default=1.0) or 1.0
    scale = (height - bottom - top) / peak
    step = (width - left - 20) / max(len(years), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{FONT}" font-size="10" role="img" aria-label="{escape(measure)} by year and domain">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#333"/>',
        f'<text x="{left}" y="12">{"facts" if measure == "count" else "weighted score"} by year and domain</text>',
    ]
    for i, year in enumerate(years):
        x = left + i * step
        base = float(height - bottom)
        for c in (c for c in cells if c["year"] == year):
            value = max(float(c[measure]), 0.0)
            h = value * scale
            base -= h
            ids = " ".join(c.get("facts", []))
            parts.append(
                f'<rect x="{x + 2:.1f}" y="{base:.1f}" width="{step - 4:.1f}" height="{h:.1f}" '
                f'fill="{DOMAIN_COLOURS.get(c["domain"], "#888")}" data-year="{year}" data-domain="{c["domain"]}" '
                f'data-value="{c[measure]}" data-facts="{ids}"><title>{year} {c["domain"]}: {c[measure]}</title></rect>'
            )
        if i % max(1, len(years) // 12) == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle">{year}</text>')
    legend_y = height - 8
    for j, (domain, colour) in enumerate(DOMAIN_COLOURS.items()):
        x = left + j * 130
        parts.append(f'<rect x="{x}" y="{legend_y - 8}" width="8" height="8" fill="{colour}"/>')
        parts.append(f'<text x="{x + 12}" y="{legend_y}">{domain}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def ladder_svg(ladder: dict[str, Any]) -> str:
    """A ladder as rungs from bottom to top, each reached rung a dot at its date, unreached rungs hollow."""
    steps = ladder["steps"]
    reached_years = [int(s["fact"]["date_start"][:4]) for s in steps if s.get("fact")]
    first, last = (min(reached_years), max(reached_years) + 1) if reached_years else (1990, 2026)
    width, row, left = 760, 24, 320
    height = row * len(steps) + 40
    span = max(last - first, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="{FONT}" font-size="10" role="img" aria-label="{escape(ladder["title"])}">',
        f'<text x="4" y="12">{escape(ladder["title"])}</text>',
    ]
    for i, s in enumerate(reversed(steps)):
        y = 28 + i * row
        parts.append(f'<text x="4" y="{y + 4}">{escape(s["label"])}</text>')
        parts.append(f'<line x1="{left}" y1="{y}" x2="{width - 20}" y2="{y}" stroke="#ddd"/>')
        if s.get("fact"):
            year = int(s["fact"]["date_start"][:4])
            x = left + (year - first) / span * (width - left - 40)
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="#1f77b4" data-facts="{s["fact"]["id"]}" '
                f'data-value="{s["fact"]["date"]}"><title>{s["fact"]["date_readable"]}: {escape(s["fact"]["summary"])}'
                "</title></circle>"
            )
            parts.append(f'<text x="{x + 8:.1f}" y="{y + 4}">{s["fact"]["date_readable"]}</text>')
        else:
            parts.append(
                f'<circle cx="{width - 30}" cy="{y}" r="5" fill="none" stroke="#999">'
                "<title>not reached</title></circle>"
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
        fig.tight_layout()
        fig.savefig(out, format="png")
    finally:
        plt.close(fig)


def write_chart(name: str, indicators: dict[str, Any], ladders: list[dict[str, Any]], out: Path) -> None:
    if name not in CHARTS:
        raise ChartError(f"no chart {name!r} (one of {', '.join(CHARTS)})")
    suffix = out.suffix.lower()
    if suffix == ".svg":
        out.write_text(chart_svg(name, indicators, ladders) + "\n", "utf-8")
    elif suffix == ".png":
        chart_png(name, indicators, ladders, out)
    else:
        raise ChartError(f"{out}: write charts as .svg or .png")
