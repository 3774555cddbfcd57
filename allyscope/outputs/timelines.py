"""Records on a timeline: TimelineJS 3 and vis-timeline.

A date that stands for a span — an interval, an open interval (`2019-03/..`, drawn up to the day of export), a
decade or a century — is drawn as a span with an end; a day, month or year as a point with its readable date. The
headline is short; the summary, every evidence sentence (with its language) and every source (as a link when it
has a URL) go in the body. Both tools render their text as HTML, so every piece of text is escaped and only
http(s) links become links.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from allyscope.outputs.safety import html_link, html_text

SPANS = ("range", "decade", "century")
HEADLINE_CHARS = 60


def headline(summary: str, limit: int = HEADLINE_CHARS) -> str:
    """The summary cut at a word (or, in CJK text, at a character) to at most `limit` characters."""
    if len(summary) <= limit:
        return summary
    cut = summary[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def _headline(record: dict[str, Any]) -> str:
    """The short headline; a record that did not happen, or is only planned or possible, says so first."""
    marks = {"negated": "Not so: ", "planned": "Planned: ", "possible": "Possible: ", "hypothetical": "If: "}
    mark = marks.get(record["mode"], "")
    return mark + headline(record["summary"], HEADLINE_CHARS - len(mark))


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _end(record: dict[str, Any]) -> str | None:
    """The last day of a span (today for an open one); None for a point."""
    if record["precision"] not in SPANS:
        return None
    return str(min(record["date_end"], _today()))


def _parts(day: str) -> dict[str, str]:
    year, month, dd = day.split("-")
    return {"year": str(int(year)), "month": str(int(month)), "day": str(int(dd))}


def body_html(record: dict[str, Any]) -> str:
    """The summary, status and mode, every evidence sentence and every source, as escaped HTML."""
    mode = "" if record["mode"] == "asserted" else f" [{html_text(record['mode'])}]"
    parts = [f"<p>{html_text(record['summary'])}{mode} <small>({html_text(record['status'])})</small></p>"]
    for ev in record["evidence"]:
        parts.append(f'<blockquote lang="{html_text(ev["lang"])}">{html_text(ev["text"].strip())}</blockquote>')
    if record["sources"]:
        links = [
            f'<li lang="{html_text(s["lang"])}">{html_link(s["url"], s["title"])}'
            + (f" ({html_text(s['locator'])})" if s.get("locator") else "")
            + "</li>"
            for s in record["sources"]
        ]
        parts.append("<ul>" + "".join(links) + "</ul>")
    return "".join(parts)


def to_timelinejs(records: list[dict[str, Any]], title: str = "allyscope") -> str:
    """TimelineJS 3 JSON: a title slide and one slide per record, spans with `end_date`."""
    slides = []
    for r in records:
        slide: dict[str, Any] = {
            "unique_id": r["id"],
            "start_date": _parts(r["date_start"]) if r["precision"] == "day" else _partial(r),
            "display_date": html_text(r["date_readable"]),
            "text": {"headline": html_text(_headline(r)), "text": body_html(r)},
            "group": r["domain"],
        }
        end = _end(r)
        if end:
            slide["start_date"] = _parts(r["date_start"]) if r["date_start"] > "0001-01-01" else _parts(end)
            slide["end_date"] = _parts(end)
        slides.append(slide)
    data = {
        "title": {"text": {"headline": html_text(title), "text": f"{len(records)} records, each with its evidence."}},
        "events": slides,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _partial(record: dict[str, Any]) -> dict[str, str]:
    """The start of a point as precise as its date: a month-precise date gives year and month only."""
    parts = _parts(record["date_start"])
    if record["precision"] == "year":
        return {"year": parts["year"]}
    if record["precision"] == "month":
        return {"year": parts["year"], "month": parts["month"]}
    return parts


def to_vis(records: list[dict[str, Any]]) -> str:
    """vis-timeline data: `{"items": [...], "groups": [...]}`; spans are `range` items with an `end`; the short
    headline is the item, the body (summary, sentences, linked sources) its tooltip."""
    domains = list(dict.fromkeys(r["domain"] for r in records))
    items = []
    for r in records:
        item: dict[str, Any] = {
            "id": r["id"],
            "content": html_text(_headline(r)),
            "start": r["date_start"] if r["date_start"] > "0001-01-01" else (_end(r) or r["date_end"]),
            "group": r["domain"],
            "title": f"<p><b>{html_text(r['date_readable'])}</b></p>{body_html(r)}",
            "type": "point",
            "className": f"status-{r['status']} mode-{r['mode']}",
        }
        end = _end(r)
        if end:
            item["end"] = end
            item["type"] = "range"
        items.append(item)
    groups = [{"id": d, "content": html_text(d)} for d in domains]
    return json.dumps({"items": items, "groups": groups}, ensure_ascii=False, indent=2) + "\n"
