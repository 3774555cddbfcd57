"""The report: the whole case in one file that opens offline — timeline by domain, indicator charts, ladders,
the argument map with links to its evidence, the obligations table and the sources.

HTML is one file with inline CSS and inline SVG, no script and nothing fetched; links to sources are plain
links. Every fact has an anchor `fact-<id>`, and every number drawn or tabled carries the ids of its facts.
A table of contents opens it; every quoted text carries its language (`lang`), so a browser draws Japanese with
Japanese glyph forms and Chinese with Chinese ones. The title and the parties come from the loaded case. In the
Markdown report every piece of text is escaped, so nothing a document says can become markup or a link.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from allyscope.knowledge.analysis import claims, ladders
from allyscope.knowledge.case import case_of, describe, entity_names
from allyscope.knowledge.facts import timeline
from allyscope.knowledge.indicators import indicators
from allyscope.knowledge.obligations import obligations
from allyscope.outputs.records import text_language
from allyscope.outputs.safety import markdown_text
from allyscope.reporting.charts import FONT, LANGUAGE_FONTS, indicator_svg, ladder_svg
from allyscope.vocabulary import DOMAINS

SECTIONS = (
    ("indicators", "Indicators"),
    ("ladders", "Ladders"),
    ("argument", "The argument of the case's documents"),
    ("obligations", "Obligations: is it an alliance?"),
    ("timeline", "Timeline by domain"),
    ("sources", "Sources"),
)


def build(conn: sqlite3.Connection, path: Path | None = None) -> dict[str, Any]:
    """Everything the report shows, as data (also what `--format json` would print)."""
    facts = timeline(conn)
    case = conn.execute("SELECT value FROM case_meta WHERE key = 'case'").fetchone()
    served = case_of(conn)
    languages = dict(conn.execute("SELECT id, language FROM documents").fetchall())
    sources = [
        dict(zip(("id", "type", "title", "url", "issued"), r, strict=True))
        for r in conn.execute("SELECT id, type, title, url, issued FROM sources ORDER BY id")
    ]
    return {
        "case": case[0] if case else None,
        "title": served.title,
        "headline": describe(served),
        "party_names": describe(served)["party_names"],
        "languages": languages,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "facts": facts,
        "indicators": indicators(conn, path, engine="python"),
        "ladders": ladders(conn),
        "claims": claims(conn),
        "obligations": case_obligations(conn),
        "sources": sources,
    }


def case_obligations(conn: sqlite3.Connection) -> dict[str, Any]:
    """The obligations answer for every dyad of the case a database serves, as one answer: each dyad's verdict,
    and their agreements once each."""
    case = case_of(conn)
    answers = [obligations(conn, a, b) for a, b in case.dyads]
    if len(answers) == 1:
        return answers[0]
    names = entity_names(case)
    agreements: dict[str, dict[str, Any]] = {}
    for answer in answers:
        agreements.update({a["id"]: a for a in answer["agreements"]})
    verdicts = [
        f"{names.get(a['parties'][0], a['parties'][0])}–{names.get(a['parties'][1], a['parties'][1])}: {a['verdict']}"
        for a in answers
    ]
    return {
        "parties": case.parties,
        "alliance": {s: any(a["alliance"][s] for a in answers) for s in ("ATOP", "COW")},
        "verdict": "; ".join(verdicts),
        "verdicts": verdicts,
        "obligations_found": [o for a in answers for o in a["obligations_found"]],
        "agreements": sorted(agreements.values(), key=lambda a: (a.get("signed") or "", a["id"])),
        "dyads": answers,
    }


def _verdicts(ob: dict[str, Any]) -> list[str]:
    """One verdict per dyad of the case (`A–B: …`), or the one verdict of a two-party case."""
    return [str(v) for v in ob.get("verdicts", [ob["verdict"]])]


def _fact_link(fact_id: str, label: str | None = None) -> str:
    return f'<a href="#fact-{escape(fact_id)}">{escape(label or fact_id)}</a>'


def _lang(text: str, default: str = "en") -> str:
    """The `lang` of a quoted text: its script decides (kana is Japanese), else its document's language."""
    return text_language(text, default)


def _quoted(text: str, tag: str = "span", css: str = "", default: str = "en") -> str:
    """Text from a document, escaped, in an element that says its language."""
    cls = f' class="{css}"' if css else ""
    return f'<{tag}{cls} lang="{_lang(text, default)}">{escape(text)}</{tag}>'


def _url_link(url: str, label: str) -> str:
    """A link for http(s) URLs; anything else (javascript:, data:) stays text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}">{label}</a>'
    return label


def to_html(data: dict[str, Any]) -> str:
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>allyscope report: {escape(data['title'])}</title>",
        "<style>"
        f"body{{font-family:{FONT};max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}}"
        + "".join(f":lang({lang}){{font-family:{fonts}}}" for lang, fonts in LANGUAGE_FONTS.items())
        + "nav ol{columns:2}"
        "table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;"
        "vertical-align:top}th{background:#f4f4f4}.ev{color:#555;font-size:12px}.muted{color:#777}"
        "h2{border-bottom:2px solid #1f77b4;padding-bottom:2px}:target{background:#fff6c8}"
        "</style></head><body>",
        f"<h1>{escape(data['title'])}</h1>",
        f'<p class="muted">Case {escape(str(data["case"]))}; {len(data["facts"])} reviewed facts; generated '
        f"{escape(data['generated'])} by allyscope. Every number below lists the facts behind it.</p>",
        "<nav id='contents'><h2>Contents</h2><ol>",
        *(f'<li><a href="#{anchor}">{escape(title)}</a></li>' for anchor, title in _sections(data)),
        "</ol></nav>",
    ]
    ind = data["indicators"]
    out += ["<h2 id='indicators'>Indicators</h2>", indicator_svg(ind, "count"), indicator_svg(ind, "score")]
    out.append("<table><tr><th>year</th><th>domain</th><th>facts</th><th>score</th><th>fact ids</th></tr>")
    for c in ind["cells"]:
        links = " ".join(_fact_link(i) for i in c["facts"])
        out.append(
            f'<tr data-facts="{" ".join(c["facts"])}"><td>{c["year"]}</td><td>{c["domain"]}</td>'
            f'<td class="count">{c["count"]}</td><td>{c["score"]}</td><td>{links}</td></tr>'
        )
    out.append("</table><h3>Firsts</h3><ul>")
    milestones = [(s["fact"], s["label"]) for ladder in data["ladders"] for s in ladder["steps"] if s["fact"]]
    for fact, label in sorted(milestones, key=lambda m: m[0]["date_start"]):
        out.append(f"<li>{fact['date_readable']}: first time — {escape(label)} ({_fact_link(fact['id'])})</li>")
    out.append("</ul><h3>First occurrence of each kind of fact</h3><ul>")
    for f in ind["firsts"]:
        out.append(
            f"<li>{f['year']}: first {f['type']} in {f['domain']} at {f['level']} level — "
            f"{_fact_link(f['fact'], f['summary'])}</li>"
        )
    out += ["</ul>", "<h2 id='ladders'>Ladders</h2>"]
    for ladder in data["ladders"]:
        out += [f"<h3>{escape(ladder['title'])}</h3>", ladder_svg(ladder), "<ol>"]
        for s in ladder["steps"]:
            where = (
                _fact_link(s["fact"]["id"], s["fact"]["date_readable"])
                if s["fact"]
                else ", ".join(s["agreements"]) or '<span class="muted">not reached</span>'
            )
            out.append(f"<li>{escape(s['label'])}: {where}</li>")
        out.append("</ol>")
    political: dict[str, Any] = next((lad for lad in data["ladders"] if "highest_by_year" in lad), {"dyad": []})
    highest: dict[str, Any] = political.get("highest_by_year", {})
    head = data["headline"]
    names = dict(zip(head["parties"], head["party_names"], strict=True))
    groups = [[p] for p in political["dyad"]] if political["dyad"] else head["sides"]
    pair = "–".join("/".join(names[p] for p in group) for group in groups)
    out.append(f"<h3>Highest level of {escape(pair)} political dialogue, by year</h3>")
    out.append("<table><tr><th>year</th><th>level</th><th>fact</th></tr>")
    for year, best in highest.items():
        fact = best["fact"]
        out.append(
            f"<tr><td>{year}</td><td>{best['level']}</td><td>{_fact_link(fact['id'], fact['summary'])}</td></tr>"
        )
    out.append("</table>")
    if data["claims"]:
        out.append("<h2 id='argument'>The argument of the case's documents</h2>")
    for kind in ("driver", "constraint", "impact", "prediction") if data["claims"] else ():
        out.append(f"<h3>{kind}s</h3><ul>")
        for c in (c for c in data["claims"] if c["kind"] == kind):
            status = f" <b>[{escape(c['status'])}]</b>" if c["status"] else ""
            out.append(f"<li id='claim-{c['id']}'>{escape(c['summary'])}{status}<div class='ev'>")
            if c["supports"]:
                out.append(
                    "supported by " + "; ".join(_fact_link(f["id"], f["summary"]) for f in c["supports"]) + "<br>"
                )
            if c["weakens"]:
                out.append("weakened by " + "; ".join(_fact_link(f["id"], f["summary"]) for f in c["weakens"]) + "<br>")
            for i in c["indicators"]:
                seen = "; ".join(_fact_link(f["id"], f["date_readable"]) for f in i["facts"])
                out.append(
                    f"indicator: {escape(i['label'])} — expected {i['expect']}, {escape(i['status'])} {seen}<br>"
                )
            if c["citations"]:
                out.append(
                    f"cites {len(c['citations'])} notes: " + " | ".join(_quoted(n["text"][:90]) for n in c["citations"])
                )
            out.append("</div></li>")
        out.append("</ul>")
    ob = data["obligations"]
    verdicts = "".join(f"<p>{escape(line)}</p>" for line in _verdicts(ob))
    out += [f"<h2 id='obligations'>Obligations: is it an alliance?</h2>{verdicts}", "<table>"]
    out.append(
        "<tr><th>agreement</th><th>signed</th><th>scheme</th><th>obligation</th><th>status</th><th>why</th></tr>"
    )
    for a in ob["agreements"]:
        for scheme, coded in a["obligations"].items():
            for name, value in coded.items():
                shown = escape(value["clause"]) if value["status"] == "present" else value["status"]
                out.append(
                    f"<tr><td>{_fact_link(a['fact'], a['id'])}</td><td>{a.get('signed')}</td><td>{scheme}</td>"
                    f"<td>{name}</td><td>{shown}</td><td>{escape(value['reason'])}</td></tr>"
                )
    out += ["</table>", "<h2 id='timeline'>Timeline by domain</h2>"]
    for domain in DOMAINS:
        rows = [f for f in data["facts"] if f["domain"] == domain]
        out.append(f"<h3>{domain} ({len(rows)})</h3><table>")
        for f in rows:
            sources = ", ".join(
                _url_link(s["url"], escape(s["id"])) if s.get("url") else escape(s["id"]) for s in f["sources"]
            )
            evidence = "".join(
                f"<div class='ev'>« {_quoted(e['text'].strip(), default=data['languages'].get(e['doc'], 'en'))} »</div>"
                for e in f["evidence"]
            )
            mode = "" if f["mode"] == "asserted" else f" [{f['mode']}]"
            out.append(
                f"<tr id='fact-{escape(f['id'])}'><td>{escape(f['date_readable'])}</td><td>{f['type']}</td>"
                f"<td>{escape(f['summary'])}{mode}{evidence}</td><td>{sources}</td></tr>"
            )
        out.append("</table>")
    out.append("<h2 id='sources'>Sources</h2><ol>")
    for s in data["sources"]:
        link = " " + _url_link(s["url"], escape(s["url"])) if s.get("url") else ""
        out.append(f"<li id='source-{escape(s['id'])}'>{_quoted(s['title'])} ({escape(s['id'])}){link}</li>")
    out += ["</ol>", "</body></html>"]
    return "\n".join(out) + "\n"


def _sections(data: dict[str, Any]) -> list[tuple[str, str]]:
    """The report's sections for its contents: the argument only when the case's documents have one."""
    return [(anchor, title) for anchor, title in SECTIONS if anchor != "argument" or data["claims"]]


def _md_heading(anchor: str) -> str:
    """A section heading with an explicit anchor, so the contents' links work in any renderer (not every renderer
    makes ids from headings, and those that do disagree on how)."""
    title = dict(SECTIONS)[anchor]
    return f'## <a id="{anchor}"></a>{markdown_text(title)}'


def to_markdown(data: dict[str, Any]) -> str:
    """The report as Markdown; every text from the knowledge base escaped (`markdown_text`)."""
    md = markdown_text
    out = [
        f"# {md(data['title'])}",
        "",
        f"Case {md(str(data['case']))}; {len(data['facts'])} reviewed facts; "
        f"generated {data['generated']} by allyscope.",
        "",
        "## Contents",
        "",
        *(f"1. [{markdown_text(title)}](#{anchor})" for anchor, title in _sections(data)),
        "",
        _md_heading("indicators"),
        "",
        "| year | domain | facts | score | fact ids |",
        "| --- | --- | --- | --- | --- |",
    ]
    out += [
        f"| {c['year']} | {c['domain']} | {c['count']} | {c['score']} | {md(' '.join(c['facts']))} |"
        for c in data["indicators"]["cells"]
    ]
    out += ["", _md_heading("ladders"), ""]
    for ladder in data["ladders"]:
        out += [f"### {md(ladder['title'])}", ""]
        for s in ladder["steps"]:
            where = f"{s['fact']['date_readable']} ({md(s['fact']['id'])})" if s["fact"] else "not reached"
            out.append(f"1. {md(s['label'])}: {where}")
        out.append("")
    out += [_md_heading("argument"), ""] if data["claims"] else []
    for c in data["claims"]:
        status = f" **[{md(c['status'])}]**" if c["status"] else ""
        support = ", ".join(md(f["id"]) for f in c["supports"]) or "—"
        weaken = ", ".join(md(f["id"]) for f in c["weakens"]) or "—"
        out.append(f"- *{c['kind']}* {md(c['summary'])}{status} — supported by {support}; weakened by {weaken}")
        out += [f"  - indicator: {md(i['label'])}: expected {i['expect']}, {md(i['status'])}" for i in c["indicators"]]
    ob = data["obligations"] or {"verdict": "no case with two parties is loaded", "agreements": []}
    out += [
        "",
        _md_heading("obligations"),
        "",
        "\n\n".join(md(line) for line in _verdicts(ob)),
        "",
        "| agreement | scheme | obligation | status |",
        "| --- | --- | --- | --- |",
    ]
    for a in ob["agreements"]:
        for scheme, coded in a["obligations"].items():
            out += [f"| {md(a['id'])} | {scheme} | {md(name)} | {value['status']} |" for name, value in coded.items()]
    out += ["", _md_heading("timeline"), ""]
    for f in data["facts"]:
        cited = ", ".join(md(s["id"]) for s in f["sources"])
        out.append(
            f"- **{md(f['date_readable'])}** ({f['domain']}, {f['type']}) {md(f['summary'])} — {cited} "
            f'<a id="fact-{escape(f["id"])}"></a>'
        )
    out += ["", _md_heading("sources"), ""]
    for s in data["sources"]:
        url = s.get("url") or ""
        link = (
            f" <{url}>" if url.lower().startswith(("http://", "https://")) and " " not in url and ">" not in url else ""
        )
        out.append(f"- {md(s['id'])}: {md(s['title'])}" + (link or (f" ({md(url)})" if url else "")))
    return "\n".join(out) + "\n"
