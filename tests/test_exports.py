"""Every export read back by the tool that consumes it (pandas, networkx, rdflib and pyld, JSON readers of
TimelineJS, vis and PLOVER), checked against the knowledge base itself: counts, statuses, every source and every
evidence sentence, dates and ranges, IRIs. A document of payloads (markup, formulas, terminal escapes, bidi
overrides) goes through every format, and nothing in it may reach a consumer as markup or as a formula."""

from __future__ import annotations

import csv
import io
import json
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from allyscope.cli import main

PAYLOAD = Path(__file__).parent / "exports" / "payload.txt"
FORMULA_START = ("=", "+", "-", "@")
RISKY_EDIT = '=HYPERLINK("http://evil.invalid","x") <script>alert(4)</script>'


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> str:
    """The case and the reference article, plus the payload document: one of its candidates accepted with a
    hostile summary by a reviewer whose name starts with @, the others left pending."""
    db = str(tmp_path_factory.mktemp("exports") / "kb.db")
    assert run("init", "--db", db, "--with", str(article_path), "--with", str(PAYLOAD)).exit_code == 0
    pending = json.loads(run("review", "--db", db, "--list", "--json").stdout)
    hostile = [c for c in pending if "Stoltenberg" in c["summary"] or "stoltenberg" in " ".join(c["actors"])]
    assert len(pending) == 3 and hostile
    edited = run("review", "--db", db, hostile[0]["candidate"], "--edit", f"summary={RISKY_EDIT}", "--by", "@mallory")
    assert edited.exit_code == 0, edited.output
    return db


def export(db: str, fmt: str, *extra: str) -> str:
    result = run("export", "--db", db, "--format", fmt, *extra)
    assert result.exit_code == 0, result.output
    return result.stdout


def facts_of(db: str, *extra: str) -> list[dict[str, Any]]:
    result = run("timeline", "--db", db, "--json", *extra)
    assert result.exit_code == 0, result.output
    facts: list[dict[str, Any]] = json.loads(result.stdout)
    return facts


def records(db: str, *extra: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(export(db, "json", *extra))
    return data


def test_fact_records_keep_every_source_and_sentence(kb: str) -> None:
    facts = {f["id"]: f for f in facts_of(kb)}
    out = {r["id"]: r for r in records(kb, "--facts", "--status", "accepted")}
    assert out.keys() == facts.keys() and len(facts) > 90
    several = source_only = 0
    for ident, fact in facts.items():
        r = out[ident]
        assert r["kind"] == "fact" and r["status"] == "accepted"
        assert [s["id"] for s in r["sources"]] == [s["id"] for s in fact["sources"]]
        assert [(e["doc"], e["start"], e["end"], e["text"]) for e in r["evidence"]] == [
            (e["doc"], e["start"], e["end"], e["text"]) for e in fact["evidence"]
        ]
        assert {s["kind"] for s in r["sources"]} <= {"source"} and {e["kind"] for e in r["evidence"]} <= {"sentence"}
        assert all(e["end"] > e["start"] for e in r["evidence"])  # no invented 0–0 sentence for source-only facts
        several += len(r["sources"]) > 1 or len(r["evidence"]) > 1
        source_only += not r["evidence"]
    assert several >= 60 and source_only >= 40  # the issue counted 67 and 45 on the shipped case


def test_status_default_and_filter(kb: str) -> None:
    default = records(kb, "--facts")
    assert {r["status"] for r in default} == {"accepted", "pending"}
    assert sum(r["kind"] == "candidate" for r in default) == 2  # the payload's two pending candidates
    rejected = records(kb, "--facts", "--status", "rejected")
    assert len(rejected) == 2 and all(r["status"] == "rejected" and r["kind"] == "candidate" for r in rejected)
    everything = records(kb, "--facts", "--status", "all")
    assert len(everything) == len(default) + len(rejected)
    events = records(kb)  # extracted events: pending, accepted and merged, never rejected by default
    assert {r["status"] for r in events} == {"pending", "accepted", "merged"}
    merged = [r for r in events if r["status"] == "merged"]
    assert merged and all(r["fact"] and r["reviewed_by"] and r["reviewed_at"] for r in merged)
    negated = [r for r in default if r["mode"] == "negated"]
    assert negated and all(r["status"] == "accepted" for r in negated)


def test_csv_in_pandas_with_its_datapackage(kb: str, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "facts.csv"
    assert run("export", "--db", kb, "--facts", "--format", "csv", "--out", str(out)).exit_code == 0
    package = json.loads((tmp_path / "facts.datapackage.json").read_text("utf-8"))
    resource = package["resources"][0]
    assert resource["path"] == "facts.csv"
    fields = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    strings = [name for name, kind in fields.items() if kind in ("string", "array")]
    frame = pd.read_csv(out, dtype={name: str for name in strings}, keep_default_na=False)
    assert list(frame.columns) == list(fields)
    for name, kind in fields.items():
        if kind == "date":
            pd.to_datetime(frame[name], format="%Y-%m-%d")
        if kind == "integer":
            assert frame[name].dtype.kind == "i"
    expected = {r["id"]: r for r in records(kb, "--facts")}
    assert len(frame) == len(expected)
    assert set(frame["cameo"]) >= {"040", "042"}  # CAMEO as text: 040 stays 040
    for row in frame.to_dict("records"):
        r = expected[row["id"]]
        assert (row["status"], row["date_start"], row["date_end"]) == (r["status"], r["date_start"], r["date_end"])
        assert json.loads(row["evidence"]) == r["evidence"] and json.loads(row["sources"]) == r["sources"]
        assert row["source_ids"] == ";".join(a["id"] for a in r["actors"] if a["role"] == "source")
        assert row["target_names"] == ";".join(a["name"] for a in r["actors"] if a["role"] == "target")
    from frictionless import Package

    report = Package(tmp_path / "facts.datapackage.json").validate()  # every cell against its declared type
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    decade = frame[frame["id"] == "jn-198x-first-contacts"].iloc[0]
    assert (decade["date"], decade["date_start"], decade["date_end"]) == ("198X", "1980-01-01", "1989-12-31")


def test_csv_bom_and_no_cell_runs_as_a_formula(kb: str) -> None:
    plain = export(kb, "csv", "--facts", "--status", "all")
    with_bom = run("export", "--db", kb, "--facts", "--format", "csv", "--bom").stdout_bytes
    assert with_bom.startswith(b"\xef\xbb\xbf") and not plain.startswith("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(plain)) for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert any(c.startswith("'=HYPERLINK") for c in cells) and "'@mallory" in cells  # kept, as text
    events = export(kb, "csv", "--status", "all")
    assert not [c for row in csv.reader(io.StringIO(events)) for c in row if c.startswith(FORMULA_START)]


def test_graphml_in_networkx(kb: str, tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "g.graphml"
    assert run("export", "--db", kb, "--facts", "--format", "graphml", "--out", str(path)).exit_code == 0
    graph = nx.read_graphml(path)
    jp = graph.nodes["JP"]
    assert (jp["label"], jp["name_zh"], jp["name_ja"], jp["wikidata"]) == ("Japan", "日本", "日本", "Q17")
    assert graph.nodes["person:kishida"]["name_zh"] == "岸田文雄" and graph.nodes["NATO"]["type"] == "organization"
    edge = graph.edges["JP", "NATO"]
    shared = [r for r in records(kb, "--facts") if {"JP", "NATO"} <= {a["id"] for a in r["actors"]}]
    assert edge["records"].split() == [r["id"] for r in shared]
    assert edge["weight"] == sum(r["mode"] != "negated" for r in shared)
    by_id = {r["id"]: r for r in records(kb, "--facts")}
    negated = 0
    for _, _, data in graph.edges(data=True):  # a record that did not happen is listed, never counted as a tie
        modes = [by_id[i]["mode"] for i in data["records"].split()]
        assert data["weight"] == len(modes) - modes.count("negated") and data["negated"] == modes.count("negated")
        negated += data["negated"]
    assert negated
    assert edge["start"] == min(r["date_start"] for r in shared) and edge["end"] == max(r["date_end"] for r in shared)
    assert jp["start"] <= edge["start"]
    dyad = nx.read_graphml(io.StringIO(export(kb, "graphml", "--facts", "--dyad", "JP", "NATO", "--type", "consult")))
    types = {t for _, _, data in dyad.edges(data=True) for t in data["types"].split()}
    assert types == {"CONSULT"}
    assert not dyad.has_node("FI")  # Finland appears only in context facts


def test_gexf_in_networkx(kb: str, tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "g.gexf"
    assert run("export", "--db", kb, "--facts", "--format", "gexf", "--out", str(path)).exit_code == 0
    graph = nx.read_gexf(path)
    assert graph.nodes["JP"]["label"] == "Japan" and graph.nodes["JP"]["name_zh"] == "日本"
    assert graph.nodes["JP"]["start"] <= "1980-01-01"
    edge = graph.edges["JP", "NATO"]
    assert len(edge["spells"]) == len(edge["records"].split()) >= 30
    assert ("1980-01-01", "1989-12-31") in {(s[0], s[1]) for s in edge["spells"]}


def test_jsonld_in_rdflib_and_pyld(kb: str) -> None:
    import rdflib
    from pyld import jsonld

    text = export(kb, "jsonld", "--facts", "--status", "all", "--base-iri", "https://example.org/kb/")
    g = rdflib.Graph().parse(data=text, format="json-ld")
    schema, prov = rdflib.Namespace("http://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    expected = {r["id"]: r for r in records(kb, "--facts", "--status", "all")}
    events = set(g.subjects(rdflib.RDF.type, schema.Event))
    assert len(events) == len(expected)
    assert all(str(e).startswith(("https://example.org/kb/fact/", "https://example.org/kb/event/")) for e in events)
    for event in events:
        r = expected[str(g.value(event, schema.identifier))]
        quotes = set(g.objects(event, prov.wasDerivedFrom))
        assert len(quotes) == len(r["evidence"])  # a quotation only where there is a sentence
        for q in quotes:
            assert "#char=" in str(q) and g.value(q, prov.wasQuotedFrom) is not None
        assert {str(g.value(c, schema.name)) for c in g.objects(event, schema.citation)} == {
            s["title"] for s in r["sources"]
        }
        assert str(g.value(event, schema.temporalCoverage)) == r["date"]
        coverage = g.value(event, schema.temporalCoverage)
        assert isinstance(coverage, rdflib.Literal) and str(coverage.datatype).endswith("/edtf/EDTF")
        start = g.value(event, schema.startDate)
        assert isinstance(start, rdflib.Literal) and start.datatype == rdflib.XSD.date
        assert str(start) == r["date_start"]
        if r["reviewed_by"]:
            assert g.value(event, prov.wasAttributedTo) is not None
            assert g.value(event, prov.generatedAtTime).datatype == rdflib.XSD.dateTime  # type: ignore[union-attr]
    agents = set(g.subjects(rdflib.RDF.type, prov.Agent))  # a reviewer's login name is no text in a language
    texts = [o for p in (schema.name, prov.value) for s, o in g.subject_objects(p) if s not in agents]
    assert len(texts) > len(expected) and all(isinstance(o, rdflib.Literal) and o.language for o in texts)
    same = list(g.objects(None, schema.sameAs))
    assert same and all(
        isinstance(o, rdflib.URIRef) and str(o).startswith("http://www.wikidata.org/entity/Q") for o in same
    )
    expanded = jsonld.expand(json.loads(text))
    typed = [n for n in expanded if "http://schema.org/Event" in n.get("@type", [])]
    assert len(typed) == len(expected)
    assert all(v.get("@language") for n in typed for v in n.get("http://schema.org/name", []))
    quads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"}).splitlines()
    assert len(set(quads)) == len(g)  # pyld reads the same statements rdflib does


def test_plover_records(kb: str) -> None:
    lines = [json.loads(line) for line in export(kb, "plover", "--facts").splitlines()]
    expected = {r["id"]: r for r in records(kb, "--facts")}
    assert {p["id"] for p in lines} == {i for i, r in expected.items() if r["type"] != "OTHER"}
    for p in lines:
        r = expected[p["id"]]
        assert p["event"] != "OTHER" and len(p["date"]) == len(p["enddate"]) == 10
        assert (p["date"], p["enddate"]) == (r["date_start"], r["date_end"])
        for side in ("source", "recipient"):
            assert isinstance(p[side], list)
            assert all(a["code"] is None or len(a["code"]) == 3 or a["type"] != "state" for a in p[side])
        assert p["coder"] and p["coded_date"] and p["codebook_version"] and p["status"] == r["status"]
        assert p["evidence"] == r["evidence"] and p["sources"] == r["sources"]
        if r["evidence"]:
            first = r["evidence"][0]
            assert (p["text"], p["text_start"], p["text_end"]) == (first["text"], first["start"], first["end"])
        else:
            assert p["text"] == "" and p["text_start"] is None
        assert p["mode"] in (
            "",
            "phone",
            "visit",
            "host",
            "third-party",
            "mediate",
            "economic",
            "military",
            "judicial",
            "intelligence",
            "humanitarian",
            "asylum",
        )
    coded = [a for p in lines for a in p["source"] + p["recipient"]]
    assert sum(a["code"] is not None for a in coded) / len(coded) > 0.9
    japan = next(a for p in lines for a in p["source"] if a["entity"] == "JP")
    assert (japan["code"], japan["wikidata"]) == ("JPN", "Q17")
    kishida = next(a for p in lines for a in p["source"] + p["recipient"] if a["entity"] == "person:kishida")
    assert kishida["code"] == "JPN"  # a person carries the code of the state they act for
    negated = [p for p in lines if expected[p["id"]]["mode"] == "negated"]
    assert negated and all(p["context"] == ["negation"] for p in negated)
    assert {p["mode"] for p in lines if p["event"] == "CONSULT"} >= {"visit", "host"}


def test_timelinejs_spans_links_and_headlines(kb: str) -> None:
    data = json.loads(export(kb, "timelinejs", "--facts"))
    expected = {r["id"]: r for r in records(kb, "--facts")}
    slides = {s["unique_id"]: s for s in data["events"]}
    assert slides.keys() == expected.keys()
    decade = slides["jn-198x-first-contacts"]
    assert decade["start_date"] == {"year": "1980", "month": "1", "day": "1"}
    assert decade["end_date"] == {"year": "1989", "month": "12", "day": "31"}
    ranged = slides["jn-2005-chod-brussels"]
    assert ranged["end_date"]["year"] == "2006" and ranged["display_date"] == "Apr 2005 – May 2006"
    for ident, slide in slides.items():
        r = expected[ident]
        assert len(slide["text"]["headline"]) <= 80
        assert ("end_date" in slide) == (r["precision"] in ("range", "decade", "century"))
        for ev in r["evidence"]:
            assert ev["text"].strip()[:20].replace("&", "&amp;").replace("<", "&lt;") in slide["text"]["text"]
        for s in r["sources"]:
            if s["url"]:
                assert f'href="{escape(s["url"])}"' in slide["text"]["text"]
    assert data["title"]["text"]["headline"] != "allyscope"  # the case's own title


def test_vis_ranges_and_points(kb: str) -> None:
    data = json.loads(export(kb, "vis", "--facts"))
    items = {i["id"]: i for i in data["items"]}
    assert items["jn-198x-first-contacts"]["type"] == "range" and items["jn-198x-first-contacts"]["end"] == "1989-12-31"
    assert items["jn-2005-chod-brussels"]["end"] == "2006-05-31"
    groups = {g["id"] for g in data["groups"]}
    assert all(i["group"] in groups and len(i["start"]) == 10 for i in items.values())
    assert all("end" not in i for i in items.values() if i["type"] == "point")


class Tags(HTMLParser):
    """The elements, links and event-handler attributes an HTML renderer would see in a fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.hrefs: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def _html_fragments(data: Any) -> list[str]:
    """Every string of a TimelineJS or vis document (both render their strings as HTML)."""
    if isinstance(data, dict):
        return [s for v in data.values() for s in _html_fragments(v)]
    if isinstance(data, list):
        return [s for v in data for s in _html_fragments(v)]
    return [data] if isinstance(data, str) else []


@pytest.mark.parametrize("fmt", ["csv", "json", "graphml", "gexf", "timelinejs", "plover", "jsonld", "vis"])
def test_payload_document_through_every_export(kb: str, fmt: str) -> None:
    """Nothing of the payload reaches a consumer as markup, a link, a formula or a control character."""
    import xml.etree.ElementTree as ET

    for extra in (["--facts", "--status", "all"], ["--status", "all"]):
        text = export(kb, fmt, *extra)
        assert "\x1b" not in text or fmt in ("json", "plover", "jsonld", "csv")  # data formats keep the text
        if fmt in ("timelinejs", "vis"):
            assert "\u202e" not in text and "\x1b" not in text
            for fragment in _html_fragments(json.loads(text)):
                tags = Tags()
                tags.feed(fragment)
                assert tags.names <= {"p", "small", "blockquote", "ul", "li", "a", "b"}, fragment
                assert all(h.startswith(("http://", "https://")) for h in tags.hrefs)
                assert not tags.handlers
        if fmt in ("graphml", "gexf"):
            ET.fromstring(text.encode("utf-8"))
        if fmt == "csv":
            assert not [c for row in csv.reader(io.StringIO(text)) for c in row if c.startswith(FORMULA_START)]
        if fmt == "jsonld":
            import rdflib

            rdflib.Graph().parse(data=text, format="json-ld")
        if fmt in ("json", "plover"):
            assert "<script>alert(1)</script>" in text  # data formats keep the evidence exactly as written


def test_out_dash_is_stdout_and_a_missing_directory_is_one_line(kb: str, tmp_path: Path) -> None:
    result = run("export", "--db", kb, "--format", "json", "--facts", "--out", "-")
    assert result.exit_code == 0 and json.loads(result.stdout) and not (Path.cwd() / "-").exists()
    missing = run("export", "--db", kb, "--format", "json", "--out", str(tmp_path / "nowhere" / "x.json"))
    assert missing.exit_code == 2 and "does not exist" in missing.stderr and len(missing.stderr.splitlines()) == 1


def test_refs_ris_reads_in_rispy(article_path: Path) -> None:
    import rispy

    result = run("refs", str(article_path), "--format", "ris")
    entries = rispy.loads(result.stdout)
    items = json.loads(run("refs", str(article_path), "--format", "csl-json").stdout)
    assert len(entries) == len(items) >= 20
    assert all(e.get("type_of_reference") and (e.get("title") or e.get("primary_title")) for e in entries)


def test_cli_offers_every_export_format() -> None:
    from allyscope.cli import export as command
    from allyscope.exports import FORMATS

    choice = next(p for p in command.params if p.name == "fmt").type
    assert sorted(choice.choices) == sorted(FORMATS)  # type: ignore[attr-defined]


def test_text_language_from_script_and_document() -> None:
    from allyscope.outputs.records import text_language

    assert text_language("日本とNATOは協力する") == "ja"  # kana
    assert text_language("防衛白書", "ja") == "ja" and text_language("防衛白書") == "zh"  # kanji alone: the document
    assert text_language("北約與日本", "zh-Hant") == "zh-Hant" and text_language("Japan and NATO", "ja") == "ja"


def test_vis_tooltips_hold_the_summary_sentences_and_links(kb: str) -> None:
    items = {i["id"]: i for i in json.loads(export(kb, "vis", "--facts"))["items"]}
    for r in records(kb, "--facts"):
        title = items[r["id"]]["title"]
        assert escape(r["summary"]) in title and all(escape(e["text"].strip()) in title for e in r["evidence"])
        assert all(f'href="{escape(s["url"])}"' in title for s in r["sources"] if s["url"])
