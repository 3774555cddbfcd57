"""Records as networks: GraphML (yEd, networkx, igraph) and GEXF (Gephi's own format, dynamic).

Actors are nodes, with their names in every script the gazetteer knows as attributes (`name_en`, `name_zh`,
`name_zh_Hant`, `name_ja`) and the first and last day they appear. An edge joins two actors of the same record;
it carries how many records join them, their ids, and the first and last day — and in GEXF one spell per record,
so Gephi's timeline can play the network over time. A negated record (it did not happen) never counts as a tie:
it is listed on its edge but left out of the edge's weight.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from allyscope.outputs.safety import xml_text

NAME_LANGUAGES = ("en", "zh", "zh_Hant", "ja")


@dataclass
class _Node:
    label: str
    kind: str
    qid: str
    names: dict[str, str]
    start: str = "9999-12-31"
    end: str = "0001-01-01"


@dataclass
class _Edge:
    records: list[dict[str, Any]] = field(default_factory=list)

    @property
    def weight(self) -> int:
        """Records that tie the two actors: every one but those that say it did not happen."""
        return sum(r["mode"] != "negated" for r in self.records)

    @property
    def start(self) -> str:
        return str(min(r["date_start"] for r in self.records))

    @property
    def end(self) -> str:
        return str(max(r["date_end"] for r in self.records))


def _network(records: list[dict[str, Any]]) -> tuple[dict[str, _Node], dict[tuple[str, str], _Edge]]:
    from allyscope.entities import gazetteer

    g = gazetteer().entities
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str], _Edge] = {}
    for r in records:
        actors = list(dict.fromkeys(a["id"] for a in r["actors"]))
        for a in r["actors"]:
            entity = g.get(a["id"], {})
            aliases = entity.get("aliases", {})
            node = nodes.setdefault(
                a["id"],
                _Node(
                    label=a["name"],
                    kind=str(entity.get("type", "")),
                    qid=str(entity.get("qid", "")),
                    names={
                        lang: str(
                            entity["name"] if lang == "en" and "name" in entity else (aliases.get(lang) or [""])[0]
                        )
                        for lang in NAME_LANGUAGES
                    },
                ),
            )
            node.start, node.end = min(node.start, r["date_start"]), max(node.end, r["date_end"])
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                edges.setdefault((min(a, b), max(a, b)), _Edge()).records.append(r)
    return nodes, edges


def _text(value: Any) -> str:
    return xml_text(str(value))


def _tostring(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_graphml(records: list[dict[str, Any]]) -> str:
    nodes, edges = _network(records)
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    node_keys = [
        ("label", "string"),
        ("type", "string"),
        ("wikidata", "string"),
        ("start", "string"),
        ("end", "string"),
    ]
    node_keys += [(f"name_{lang}", "string") for lang in NAME_LANGUAGES]
    edge_keys = [
        ("weight", "int"),
        ("negated", "int"),
        ("records", "string"),
        ("modes", "string"),
        ("types", "string"),
        ("statuses", "string"),
        ("dates", "string"),
        ("start", "string"),
        ("end", "string"),
    ]
    for name, kind in node_keys:
        ET.SubElement(root, "key", {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind})
    for name, kind in edge_keys:
        ET.SubElement(root, "key", {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="allyscope", edgedefault="undirected")
    for ident, node in nodes.items():
        el = ET.SubElement(graph, "node", id=_text(ident))
        values = {"label": node.label, "type": node.kind, "wikidata": node.qid, "start": node.start, "end": node.end}
        values |= {f"name_{lang}": node.names[lang] for lang in NAME_LANGUAGES}
        for name, value in values.items():
            ET.SubElement(el, "data", key=f"n_{name}").text = _text(value)
    for n, ((a, b), edge) in enumerate(sorted(edges.items())):
        el = ET.SubElement(graph, "edge", id=f"e{n}", source=_text(a), target=_text(b))
        edge_values: dict[str, object] = {
            "weight": edge.weight,
            "negated": len(edge.records) - edge.weight,
            "records": " ".join(r["id"] for r in edge.records),
            "modes": " ".join(r["mode"] for r in edge.records),
            "types": " ".join(r["type"] for r in edge.records),
            "statuses": " ".join(r["status"] for r in edge.records),
            "dates": " ".join(r["date"] for r in edge.records),
            "start": edge.start,
            "end": edge.end,
        }
        for name, item in edge_values.items():
            ET.SubElement(el, "data", key=f"e_{name}").text = _text(item)
    return _tostring(root)


def to_gexf(records: list[dict[str, Any]]) -> str:
    """GEXF 1.3, dynamic: nodes and edges with start/end, each edge with one spell per record."""
    nodes, edges = _network(records)
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "allyscope"
    graph = ET.SubElement(root, "graph", {"mode": "dynamic", "defaultedgetype": "undirected", "timeformat": "date"})
    node_attrs = ET.SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    names = ["type", "wikidata", *(f"name_{lang}" for lang in NAME_LANGUAGES)]
    for i, name in enumerate(names):
        ET.SubElement(node_attrs, "attribute", {"id": str(i), "title": name, "type": "string"})
    edge_attrs = ET.SubElement(graph, "attributes", {"class": "edge", "mode": "static"})
    edge_names = ["records", "types", "statuses", "dates", "modes"]
    for i, name in enumerate(edge_names):
        ET.SubElement(edge_attrs, "attribute", {"id": str(i), "title": name, "type": "string"})
    node_list = ET.SubElement(graph, "nodes")
    for ident, node in nodes.items():
        el = ET.SubElement(
            node_list, "node", {"id": _text(ident), "label": _text(node.label), "start": node.start, "end": node.end}
        )
        values = ET.SubElement(el, "attvalues")
        for i, value in enumerate([node.kind, node.qid, *(node.names[lang] for lang in NAME_LANGUAGES)]):
            ET.SubElement(values, "attvalue", {"for": str(i), "value": _text(value)})
    edge_list = ET.SubElement(graph, "edges")
    for n, ((a, b), edge) in enumerate(sorted(edges.items())):
        el = ET.SubElement(
            edge_list,
            "edge",
            {
                "id": f"e{n}",
                "source": _text(a),
                "target": _text(b),
                "weight": str(edge.weight),
                "start": edge.start,
                "end": edge.end,
            },
        )
        values = ET.SubElement(el, "attvalues")
        for i, value in enumerate(
            [" ".join(r[k] for r in edge.records) for k in ("id", "type", "status", "date", "mode")]
        ):
            ET.SubElement(values, "attvalue", {"for": str(i), "value": _text(value)})
        spells = ET.SubElement(el, "spells")
        for r in edge.records:
            ET.SubElement(spells, "spell", {"start": r["date_start"], "end": r["date_end"]})
    return _tostring(root)
