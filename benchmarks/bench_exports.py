"""Export figures of issue 11 §2: what each export keeps of the knowledge base, read back by its consumer.

    python benchmarks/bench_exports.py

Builds a knowledge base from the shipped case and the reference article in a temporary directory, exports it in
every format (facts with pending and rejected candidates, `--status all`), reads each export back with the tool
that consumes it (csv, networkx, rdflib, json) and prints, per format: records written, sources and evidence
sentences found again against the knowledge base, invented sentences (must be 0) and the time to export.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from allyscope.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    if result.exit_code != 0:
        sys.exit(f"allyscope {' '.join(args)}: {result.output}")
    return result.stdout


def kept(records: list[dict[str, Any]], truth: dict[str, dict[str, Any]]) -> tuple[int, int, int, int, int]:
    """(sources found, sources in the KB, sentences found, sentences in the KB, invented sentences)."""
    found_s = all_s = found_e = all_e = invented = 0
    by_id = {r["id"]: r for r in records}
    for ident, r in truth.items():
        got = by_id.get(ident)
        all_s += len(r["sources"])
        all_e += len(r["evidence"])
        if got is None:
            continue
        ids = [s["id"] for s in got.get("sources", [])]
        found_s += sum(s["id"] in ids for s in r["sources"])
        spans = {(e["doc"], e["start"], e["end"]) for e in got.get("evidence", [])}
        found_e += sum((e["doc"], e["start"], e["end"]) in spans for e in r["evidence"])
        invented += len(spans - {(e["doc"], e["start"], e["end"]) for e in r["evidence"]})
    return found_s, all_s, found_e, all_e, invented


def main_() -> None:
    if not ARTICLE.exists():
        sys.exit(f"the reference article is not at {ARTICLE}")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "kb.db")
        run("init", "--db", db, "--with", str(ARTICLE))
        truth = {
            r["id"]: r for r in json.loads(run("export", "--db", db, "--format", "json", "--facts", "--status", "all"))
        }
        facts = [r for r in truth.values() if r["kind"] == "fact"]
        print(f"knowledge base: {len(facts)} facts, {len(truth) - len(facts)} candidates pending or rejected")
        several = sum(len(r["sources"]) > 1 or len(r["evidence"]) > 1 for r in facts)
        print(f"  facts with several sources or sentences: {several}")
        print(f"  facts backed by a source only: {sum(not r['evidence'] for r in facts)}")
        statuses: dict[str, int] = {}
        for r in truth.values():
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        print(f"  statuses: {statuses}")
        print(f"{'format':<11} {'records':>7} {'sources kept':>14} {'sentences kept':>15} {'invented':>8} {'ms':>7}")
        for fmt in ("json", "csv", "plover", "jsonld", "timelinejs", "vis", "graphml", "gexf"):
            started = time.perf_counter()
            text = run("export", "--db", db, "--format", fmt, "--facts", "--status", "all")
            ms = (time.perf_counter() - started) * 1000
            records: list[dict[str, Any]]
            if fmt == "json":
                records = json.loads(text)
            elif fmt == "csv":
                rows = list(csv.DictReader(io.StringIO(text)))
                records = [
                    {"id": r["id"], "sources": json.loads(r["sources"]), "evidence": json.loads(r["evidence"])}
                    for r in rows
                ]
            elif fmt == "plover":
                records = [json.loads(line) for line in text.splitlines()]
            elif fmt == "jsonld":
                records = _jsonld_records(text)
            elif fmt == "timelinejs":
                records = [{"id": e["unique_id"]} for e in json.loads(text)["events"]]
            elif fmt == "vis":
                records = [{"id": i["id"]} for i in json.loads(text)["items"]]
            else:
                records = _graph_records(text, fmt)
            # PLOVER has no OTHER: those facts are not PLOVER events
            carried = {i: r for i, r in truth.items() if fmt != "plover" or r["type"] != "OTHER"}
            counts = kept(records, carried) if fmt in ("json", "csv", "plover", "jsonld") else None
            shown = (
                f"{counts[0]:>6}/{counts[1]:<7} {counts[2]:>6}/{counts[3]:<8} {counts[4]:>8}"
                if counts
                else f"{'(in text)':>14} {'(in text)':>15} {'':>8}"
            )
            print(f"{fmt:<11} {len(records):>7} {shown} {ms:>7.0f}")
        print("plover leaves out facts typed OTHER (no PLOVER category); graphml/gexf count records with two actors")


def _jsonld_records(text: str) -> list[dict[str, Any]]:
    import rdflib

    g = rdflib.Graph().parse(data=text, format="json-ld")
    schema, prov = rdflib.Namespace("http://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    out = []
    for event in g.subjects(rdflib.RDF.type, schema.Event):
        sources = [{"id": str(s).rsplit("/", 1)[1].replace("%3A", ":")} for s in g.objects(event, schema.citation)]
        evidence = []
        for q in g.objects(event, prov.wasDerivedFrom):
            doc, _, chars = str(q).rpartition("#char=")
            start, end = chars.split(",")
            evidence.append({"doc": doc.rsplit("/", 1)[1], "start": int(start), "end": int(end)})
        out.append({"id": str(g.value(event, schema.identifier)), "sources": sources, "evidence": evidence})
    return out


def _graph_records(text: str, fmt: str) -> list[dict[str, Any]]:
    import networkx as nx

    graph = nx.read_graphml(io.StringIO(text)) if fmt == "graphml" else nx.read_gexf(io.StringIO(text))
    ids = {i for _, _, d in graph.edges(data=True) for i in str(d.get("records", "")).split()}
    return [{"id": i} for i in sorted(ids)]


if __name__ == "__main__":
    main_()
