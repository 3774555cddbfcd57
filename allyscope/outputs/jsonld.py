"""Records as JSON-LD, built as an RDF graph with rdflib and serialised by it.

Each record is a `schema:Event` (http://schema.org/) and a `prov:Entity`: its EDTF date as a typed literal
(`temporalCoverage`) with ISO `startDate`/`endDate`, every text with its language tag, participants with
`schema:sameAs` the Wikidata entity IRI, `prov:wasAttributedTo` the reviewer and `prov:generatedAtTime` when.
Evidence sentences are quotations (`prov:wasQuotedFrom` the document, an RFC 5147 `#char=` fragment as their
IRI); sources are cited (`schema:citation`), never quoted. All IRIs start with a configurable base.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

DEFAULT_BASE = "https://allyscope.invalid/"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
EDTF_DATATYPE = "http://id.loc.gov/datatypes/edtf/EDTF"
WIKIDATA = "http://www.wikidata.org/entity/"


def _iri(base: str, *parts: str) -> str:
    return base + "/".join(quote(p, safe="") for p in parts)


def to_graph(records: list[dict[str, Any]], base: str = DEFAULT_BASE) -> Any:
    """The records as an rdflib Graph."""
    from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

    from allyscope.entities import gazetteer

    if not base.endswith(("/", "#")):
        base += "/"
    schema, prov, ally = Namespace(SCHEMA), Namespace(PROV), Namespace(base + "vocab#")
    g = Graph()
    g.bind("schema", schema)
    g.bind("prov", prov)
    g.bind("ally", ally)
    entities = gazetteer().entities
    for r in records:
        event = URIRef(_iri(base, "fact" if r["kind"] == "fact" else "event", r["id"]))
        g.add((event, RDF.type, schema.Event))
        g.add((event, RDF.type, prov.Entity))
        g.add((event, schema.identifier, Literal(r["id"])))
        g.add((event, schema.name, Literal(r["summary"], lang="en")))
        g.add((event, schema.temporalCoverage, Literal(r["date"], datatype=URIRef(EDTF_DATATYPE))))
        if r["date_start"] > "0001-01-01":
            g.add((event, schema.startDate, Literal(r["date_start"], datatype=XSD.date)))
        if r["date_end"] < "9999-12-31":
            g.add((event, schema.endDate, Literal(r["date_end"], datatype=XSD.date)))
        g.add((event, schema.additionalType, Literal(r["type"])))
        if r["cameo"]:
            g.add((event, ally.cameo, Literal(r["cameo"])))
        for name in ("domain", "mode", "level", "status", "kind"):
            if r.get(name):
                g.add((event, ally[name], Literal(r[name])))
        for a in [*r["actors"], *r["involved"]]:
            node = URIRef(_iri(base, "entity", a["id"]))
            g.add((event, schema.participant if "role" in a else schema.about, node))
            if a.get("role") in ("source", "target"):
                g.add((event, ally[a["role"]], node))
            g.add((node, schema.name, Literal(a["name"], lang="en")))
            entity = entities.get(a["id"], {})
            for lang, names in entity.get("aliases", {}).items():
                for alias in names[:1]:
                    g.add((node, schema.alternateName, Literal(alias, lang=lang.replace("_", "-"))))
            if entity.get("qid"):
                g.add((node, schema.sameAs, URIRef(WIKIDATA + entity["qid"])))
        for ev in r["evidence"]:
            doc = URIRef(_iri(base, "document", ev["doc"]))
            quote_iri = URIRef(f"{doc}#char={ev['start']},{ev['end']}")
            g.add((event, prov.wasDerivedFrom, quote_iri))
            g.add((quote_iri, RDF.type, prov.Entity))
            g.add((quote_iri, prov.value, Literal(ev["text"], lang=ev["lang"])))
            g.add((quote_iri, prov.wasQuotedFrom, doc))
            for note in ev["footnotes"]:
                g.add((quote_iri, ally.footnote, Literal(note)))
        for s in r["sources"]:
            src = URIRef(_iri(base, "source", s["id"]))
            g.add((event, schema.citation, src))
            g.add((src, schema.name, Literal(s["title"], lang=s["lang"])))
            if s.get("url"):
                g.add((src, schema.url, URIRef(s["url"])))
            if s.get("locator"):
                g.add((src, ally.locator, Literal(s["locator"])))
        if r.get("reviewed_by"):
            agent = URIRef(_iri(base, "agent", r["reviewed_by"]))
            g.add((event, prov.wasAttributedTo, agent))
            g.add((agent, RDF.type, prov.Agent))
            g.add((agent, schema.name, Literal(r["reviewed_by"])))
        if r.get("reviewed_at"):
            g.add((event, prov.generatedAtTime, Literal(r["reviewed_at"], datatype=XSD.dateTime)))
    return g


def to_jsonld(records: list[dict[str, Any]], base: str = DEFAULT_BASE) -> str:
    graph = to_graph(records, base)
    context = {"@vocab": SCHEMA, "schema": SCHEMA, "prov": PROV, "ally": (base.rstrip("/#") + "/vocab#")}
    text: str = graph.serialize(format="json-ld", context=context, auto_compact=True, indent=2)
    return text + ("" if text.endswith("\n") else "\n")
