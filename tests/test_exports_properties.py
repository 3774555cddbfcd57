"""Property tests of the writers on generated records: any text — markup, formulas, controls, any script — comes
back from each consumer as the same text (CSV, JSON-LD) or as text only (TimelineJS, vis, GraphML)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.outputs.graph import to_gexf, to_graphml
from allyscope.outputs.jsonld import to_jsonld
from allyscope.outputs.tabular import COLUMNS, to_csv
from allyscope.outputs.timelines import to_timelinejs, to_vis

PIECES = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "=1+2", "+SUM(A1)", "-3", "@cmd", "\x1b[31m",
          "\u202e", "\x00", "&amp;", '"', "北约", "日本と", "[x](javascript:alert(3))", "\n", " "]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=1, max_size=6).map("".join)
dates = st.sampled_from(
    [("2023-07", "2023-07-01", "2023-07-31", "month"), ("198X", "1980-01-01", "1989-12-31", "decade"),
     ("2019-03/..", "2019-03-01", "9999-12-31", "range"), ("2022-06-29", "2022-06-29", "2022-06-29", "day")]
)  # fmt: skip


@st.composite
def records(draw: Any) -> list[dict[str, Any]]:
    out = []
    for n in range(draw(st.integers(1, 4))):
        date, start, end, precision = draw(dates)
        out.append(
            {
                "id": f"r{n}",
                "kind": "fact",
                "status": draw(st.sampled_from(["accepted", "pending", "rejected"])),
                "date": date,
                "date_start": start,
                "date_end": end,
                "precision": precision,
                "date_readable": date,
                "type": "CONSULT",
                "cameo": "040",
                "domain": "institutional",
                "mode": draw(st.sampled_from(["asserted", "negated"])),
                "level": "official",
                "summary": draw(texts),
                "actors": [
                    {"id": "JP", "name": draw(texts), "role": "source"},
                    {"id": "NATO", "name": "N", "role": "target"},
                ],
                "involved": [],
                "sources": [
                    {
                        "kind": "source",
                        "id": "s1",
                        "title": draw(texts),
                        "url": draw(st.sampled_from([None, "https://example.org/a?b=1&c=2", "javascript:alert(1)"])),
                        "locator": None,
                        "lang": "en",
                    }
                ],
                "evidence": [
                    {
                        "kind": "sentence",
                        "doc": "d1",
                        "start": 0,
                        "end": 5,
                        "text": draw(texts),
                        "footnotes": [],
                        "lang": "zh",
                        "candidate": None,
                    }
                ],
                "reviewed_by": draw(texts),
                "reviewed_at": "2026-01-01T00:00:00+00:00",
                "fact": f"r{n}",
                "extracted_at": None,
            }
        )
    return out


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return [data] if isinstance(data, str) else []


@settings(max_examples=60, deadline=None)
@given(records())
def test_csv_gives_back_every_text_and_runs_nothing(rs: list[dict[str, Any]]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(rs), newline="")))
    assert [r["id"] for r in rows] == [r["id"] for r in rs] and list(rows[0]) == [c for c, _, _ in COLUMNS]
    for row, r in zip(rows, rs, strict=True):
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
        summary = row["summary"][1:] if r["summary"].startswith(("=", "+", "-", "@", "\t", "\r")) else row["summary"]
        assert summary == r["summary"]
        assert json.loads(row["evidence"]) == r["evidence"] and json.loads(row["sources"]) == r["sources"]


@settings(max_examples=60, deadline=None)
@given(records())
def test_timelines_hold_text_only(rs: list[dict[str, Any]]) -> None:
    for text in (to_timelinejs(rs), to_vis(rs)):
        data = json.loads(text)
        for fragment in strings(data):
            tags = Tags()
            tags.feed(fragment)
            tags.close()
            assert tags.tags <= {"p", "small", "blockquote", "ul", "li", "a", "b"} and not tags.handlers
            assert all(h.startswith("https://") for h in tags.hrefs)
            assert "\x1b" not in fragment and "\u202e" not in fragment


@settings(max_examples=40, deadline=None)
@given(records())
def test_graphs_parse_and_jsonld_gives_back_every_sentence(rs: list[dict[str, Any]]) -> None:
    import rdflib

    ET.fromstring(to_graphml(rs).encode("utf-8"))
    ET.fromstring(to_gexf(rs).encode("utf-8"))
    g = rdflib.Graph().parse(data=to_jsonld(rs), format="json-ld")
    quoted = {str(o) for o in g.objects(None, rdflib.URIRef("http://www.w3.org/ns/prov#value"))}
    assert quoted == {r["evidence"][0]["text"] for r in rs}
