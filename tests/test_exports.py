"""Exports of stored events, each read back by a real consumer (csv, networkx, json)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> str:
    path = str(tmp_path_factory.mktemp("exports") / "kb.db")
    assert CliRunner().invoke(main, ["ingest", "--db", path, str(article_path)]).exit_code == 0
    return path


def export(db: str, fmt: str, *extra: str) -> str:
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_reads_back(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(export(db, "csv"))))
    assert len(rows) >= 55
    for row in rows:
        assert row["date"] and row["evidence"] and row["doc"]
        assert int(row["end"]) > int(row["start"])


def test_graphml_reads_in_networkx(db: str, tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "g.graphml"
    CliRunner().invoke(main, ["export", "--db", db, "--format", "graphml", "--out", str(path)])
    graph = nx.read_graphml(path)
    assert graph.nodes["JP"]["label"] == "Japan" and graph.nodes["NATO"]["type"] == "organization"
    assert graph.has_edge("JP", "NATO") and graph.edges["JP", "NATO"]["weight"] >= 10


def test_timelinejs_shape(db: str) -> None:
    data = json.loads(export(db, "timelinejs", "--domain", "military-exercise"))
    assert data["title"]["text"]["headline"]
    assert len(data["events"]) == 5
    for slide in data["events"]:
        assert slide["start_date"]["year"].isdigit() and slide["display_date"]
        assert set(slide["text"]) == {"headline", "text"} and slide["group"] == "military-exercise"
    decade = json.loads(export(db, "timelinejs", "--to", "1989"))["events"]
    assert decade and decade[0]["display_date"] == "198X" and decade[0]["start_date"] == {"year": "1980"}


def test_plover_lines(db: str) -> None:
    lines = export(db, "plover", "--actor", "Kishida").strip().splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all("Fumio Kishida" in r["actors"] for r in records)
    for r in records:
        assert r["event_type"] and r["cameo_code"] and r["source_text"] and r["event_date"]


def test_jsonld_parses_in_rdflib_with_provenance(db: str) -> None:
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=export(db, "jsonld", "--domain", "institutional"), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    events = list(graph.subjects(rdflib.RDF.type, schema.Event))
    assert len(events) >= 10
    for event in events:
        source = graph.value(event, prov.wasDerivedFrom)
        assert source is not None and str(graph.value(source, prov.value))
        assert graph.value(event, schema.startDate) is not None
    assert (None, rdflib.OWL.sameAs, None) not in graph  # schema.org's sameAs, not OWL's
    assert any(str(o).startswith("http://www.wikidata.org/entity/Q") for o in graph.objects(None, schema.sameAs))


def test_vis_timeline_items_and_groups(db: str) -> None:
    data = json.loads(export(db, "vis"))
    groups = {g["id"] for g in data["groups"]}
    assert {"political-dialogue", "institutional", "military-exercise"} <= groups
    for item in data["items"]:
        assert item["group"] in groups and len(item["start"]) == 10 and item["title"]


def test_cli_offers_every_export_format() -> None:
    from allyscope.cli import export as command
    from allyscope.exports import FORMATS

    choice = next(p for p in command.params if p.name == "fmt").type
    assert sorted(choice.choices) == sorted(FORMATS)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> str:
    path = str(tmp_path_factory.mktemp("facts") / "kb.db")
    assert CliRunner().invoke(main, ["init", "--db", path, "--with", str(article_path)]).exit_code == 0
    return path


def test_facts_export_in_every_format_reads_back(kb: str, tmp_path: Path) -> None:
    import networkx as nx
    import rdflib

    facts = json.loads(CliRunner().invoke(main, ["timeline", "--db", kb, "--json"]).stdout)
    rows = list(csv.DictReader(io.StringIO(export(kb, "csv", "--facts"))))
    assert [r["id"] for r in rows] == [f["id"] for f in facts]
    assert all(r["evidence"] for r in rows)  # a sentence, else the source's title and URL
    path = tmp_path / "facts.graphml"
    CliRunner().invoke(main, ["export", "--db", kb, "--facts", "--format", "graphml", "--out", str(path)])
    graph = nx.read_graphml(path)
    assert graph.has_edge("JP", "NATO") and graph.has_node("person:rutte")
    slides = json.loads(export(kb, "timelinejs", "--facts", "--to", "1999"))["events"]
    assert slides[0]["display_date"] == "1980s" and slides[0]["start_date"] == {"year": "1980"}
    g = rdflib.Graph().parse(data=export(kb, "jsonld", "--facts", "--from", "2025"), format="json-ld")
    names = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/name"))}
    assert any("Rutte" in n for n in names)
    plover = [json.loads(line) for line in export(kb, "plover", "--facts", "--actor", "NATO").splitlines()]
    assert plover and all(p["cameo_code"] or p["event_type"] == "OTHER" for p in plover)
