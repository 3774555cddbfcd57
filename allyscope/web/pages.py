"""Server-rendered pages: the same queries as the API, shown through autoescaping Jinja2 templates.

Reading works with JavaScript off; the only script (review shortcuts) is a static file of ours."""

from __future__ import annotations

import functools
import math
import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from allyscope.web import queries
from allyscope.web.access import Database
from allyscope.web.cache import NotKept, cached, memo_of, tagged
from allyscope.web.responses import ApiError, keyed_page_params, page_params, paged, paged_by_key
from allyscope.web.security import CSRF_COOKIE, csrf_ok, csrf_value, token_matches

HERE = Path(__file__).parent
PAGE_SIZE = 100


def safe_url(url: str | None) -> str | None:
    """A source URL fit for an href: http(s) only, so a `javascript:` address stays text."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in {"http", "https"} else None


def lang_of(text: str | None) -> str:
    """The `lang` a text is shown with, so Chinese and Japanese get their own glyph forms."""
    if not text:
        return "en"
    if _KANA.search(text):  # a search stops at the first such character (counting them cost a page 0.4 ms)
        return "ja"
    return "zh" if _HAN.search(text) else "en"


_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["safe_url"] = safe_url
_urlencode = templates.filters["urlencode"]
templates.filters["lang"] = lang_of
templates.globals["span_in_year"] = lambda item, year: span_in_year(item, year)
templates.globals["fact_row"] = lambda item, year=None: fact_row(item, year)


def _render(request: Request, name: str, status: int = 200, forms: bool = False, **context: Any) -> HTMLResponse:
    """A page; one with `forms` carries the CSRF value and sets its cookie. Pages without forms set no cookie,
    so their bytes depend on the URL and the data alone and can be kept (cache.py)."""
    csrf = context.pop("csrf", None) or (csrf_value(request) if forms else "")
    html = templates.get_template(name).render(
        request=request,
        query=request.query_params.get("q", ""),
        csrf=csrf,
        writable=bool(request.app.state.write_token),
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    if forms and request.cookies.get(CSRF_COOKIE) != csrf:
        response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
    return response


async def _with_store(request: Request, work: Any, small: bool = False) -> Any:
    db: Database = request.app.state.db
    return await db.read(work, small=small)


HOME_DOCUMENTS = 20


@cached
async def home(request: Request) -> Response:
    def work(store: Any) -> dict[str, Any]:
        # the first documents and how many there are: the whole list is the documents page, a page at a time
        shown = store.documents(HOME_DOCUMENTS)
        total = store.count() if len(shown) == HOME_DOCUMENTS else len(shown)
        return {"documents": shown, "document_count": total, "facts": store.fact_count()}

    return _render(request, "home.html", **await _with_store(request, work))


@cached
async def timeline(request: Request) -> Response:
    after, _ = keyed_page_params(request)
    page = paged_by_key(
        await _with_store(request, lambda s: queries.timeline_page(s, request.query_params, after, PAGE_SIZE)),
        PAGE_SIZE,
    )
    items = page["items"]
    years: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        years.setdefault(str(item["date_start"])[:4], []).append(item)
    kept = {k: v for k, v in request.query_params.items() if k in queries.FILTERS and v}
    next_link = None
    if page["next_cursor"]:
        next_link = "?" + urlencode({**kept, "cursor": page["next_cursor"]})
    year_links = {year: "?" + urlencode({**kept, "from": year, "to": year}) for year in years}
    return _render(
        request,
        "timeline.html",
        years=years,
        filters=kept,
        next_link=next_link,
        domains=_domains(),
        zoom=_zoom(kept),
        year_links=year_links,
    )


def span_in_year(item: dict[str, Any], year: str, width: int = 120) -> dict[str, float]:
    """Where a fact's date range falls within `year`, in SVG units: an imprecise date is drawn as the span it
    covers (a month as a twelfth, a decade as the whole year with `beyond` set), a day as a tick."""
    first, last = date.fromisoformat(f"{year}-01-01"), date.fromisoformat(f"{year}-12-31")
    try:
        start = max(date.fromisoformat(str(item["date_start"])), first)
        end = min(date.fromisoformat(str(item["date_end"])), last)
    except ValueError:
        return {"x": 0.0, "w": float(width), "beyond": 1.0}
    days = (last - first).days + 1
    x = (start - first).days / days * width
    w = max(((end - start).days + 1) / days * width, 2.0)
    beyond = float(str(item["date_end"]) > last.isoformat() or str(item["date_start"]) < first.isoformat())
    return {"x": round(x, 1), "w": round(min(w, width - x), 1), "beyond": beyond}


_SPAN = (
    '<svg class="when" width="120" height="10" viewBox="0 0 120 10" aria-hidden="true"><rect class="year" x="0" y="4"'
    ' width="120" height="2"></rect><rect class="{}" x="{}" y="1" width="{}" height="8"></rect></svg>'
)


def fact_row(item: dict[str, Any], year: str | None = None) -> Markup:
    """One fact of a list (timeline, search, entity page) as an `<li>`, every value escaped.

    Written in Python rather than as a template macro: a timeline page shows 100 of them, and a macro call per
    fact cost four times the page's query."""
    get = item.get
    domain = escape(get("domain", ""))
    parts = [f'<li class="fact domain-{domain}">\n']
    if year:
        at = span_in_year(item, year)
        parts.append(_SPAN.format("span beyond" if at["beyond"] else "span", at["x"], at["w"]))
    parts.append(
        f'  <span class="date{"" if get("precision") in ("day",) else " imprecise"}"'
        f' title="{escape(get("date_start", ""))} – {escape(get("date_end", ""))}">{escape(get("date_readable", ""))}'
        f'</span>\n  <span class="tag">{domain}</span> <span class="tag">{escape(get("type", ""))}</span>\n'
        f'  <a href="/facts/{escape(_urlencode(get("id", "")))}" lang="{escape(lang_of(get("summary")))}">'
        f"{escape(get('summary', ''))}</a>\n"
    )
    evidence = get("evidence")
    if evidence:
        parts.append(f'<span class="count">({len(evidence)} ev.)</span>')
    parts.append("</li>\n")
    return Markup("".join(parts))


_SPECIAL = re.compile("[&<>'\"]")


def _h(value: Any) -> str:
    """`value` as text escaped for HTML, character for character as markupsafe's `escape` (and so the templates)
    does it, without making a `Markup` of each piece: a review page escapes some 350 values, most with nothing
    to escape."""
    text = value if type(value) is str else str(value)
    if _SPECIAL.search(text) is None:
        return text
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&#34;")
    )


def _url_part(value: Any) -> str:
    """A value as a piece of a URL path, as the templates' `urlencode` filter gives it, escaped for HTML."""
    return _h(quote(str(value), safe="/"))


@functools.lru_cache(maxsize=4096)
def _duplicates(facts: tuple[tuple[Any, Any, Any], ...]) -> str:
    """The line of a review card linking the facts it may duplicate, each (id, date, summary). Made once for
    each list of them (bounded): candidates reporting one event, in one page or many, suggest the same facts,
    and their links were half the cost of making a page's cards."""
    links = "; ".join(f'<a href="/facts/{_url_part(fact)}">{_h(day)} {_h(summary)}</a>' for fact, day, summary in facts)
    return f"<p>May duplicate: {links}</p>"


def review_cards(queue: list[dict[str, Any]], writable: bool, csrf: str, params: Any) -> Markup:
    """The review page's candidates as `<li>` cards (or the line saying nothing is left), every value escaped.

    Written in Python rather than as a template loop for the same reason as `fact_row`: a page of 20 cards, each
    with its evidence, suggestions and form, cost the template more than reading the page's data. The form's
    hidden fields repeat the page's own parameters (document, size, cursor), so a decision returns to it."""
    if not queue:
        return Markup("<li>Nothing left to review.</li>\n")
    hidden = "".join(
        f'<input type="hidden" name="{_h(k)}" value="{_h(v)}">'
        for k, v in params.items()
        if k in ("doc", "limit", "cursor") and v
    )
    form_head = f'    <input type="hidden" name="csrf" value="{_h(csrf)}">\n{hidden}    <label>Token'
    parts: list[str] = []
    add = parts.append
    for c in queue:
        evidence = c["evidence"]
        text, doc = evidence["text"], evidence["doc"]
        add(
            f'<li class="candidate" tabindex="0">\n  <p><strong>{_h(c["date"])}</strong> {_h(c["type"])} · '
            f"{_h(c['domain'])} · <code>{_h(c['candidate'])}</code></p>\n  <p>{_h(c['summary'])}</p>\n"
            f'  <blockquote class="evidence" lang="{lang_of(text)}">{_h(text)}</blockquote>\n'
            f'  <p class="cite">in <a href="/documents/{_url_part(doc)}#c{_h(evidence["start"])}">{_h(doc)}</a></p>\n'
        )
        suggested = c["suggestions"]
        if suggested:
            add(_duplicates(tuple((s["fact"], s["date"], s["summary"]) for s in suggested)))
        if writable:
            add(
                f'  <form method="post" action="/review/{_url_part(c["candidate"])}" class="decide">\n'
                f'{form_head} <input type="password" name="token" autocomplete="current-password" required></label>\n'
                '    <label>By <input name="by" placeholder="your name"></label>\n'
                f'    <input type="hidden" name="fact" value="{_h(suggested[0]["fact"]) if suggested else ""}">\n'
                '    <button name="action" value="accept" data-key="a">Accept</button>\n'
            )
            if suggested:
                add('<button name="action" value="merge" data-key="m">Merge</button>')
            add('    <button name="action" value="reject" data-key="r">Reject</button>\n  </form>\n')
        add("</li>\n")
    return Markup("".join(parts))


def _domains() -> list[str]:
    from allyscope import vocabulary

    return list(vocabulary.DOMAINS)


def _zoom(kept: dict[str, str]) -> dict[str, str]:
    """Links one level out: from a year to its decade, from a decade to everything."""
    start = kept.get("from", "")
    out: dict[str, str] = {}
    if len(start) >= 4 and start[:4].isdigit():
        decade = start[:3]
        out["decade"] = "?" + urlencode({**kept, "from": decade + "0", "to": decade + "9"})
        out["all"] = "?" + urlencode({k: v for k, v in kept.items() if k not in {"from", "to"}})
    return out


@tagged
async def fact(request: Request) -> Response:
    fact_id = request.path_params["fact"]
    # one read for the fact, its paragraphs and its notes: a few rows by key, so on the loop's own connection
    found, notes = await _with_store(request, lambda s: queries.fact_page(s, fact_id), small=True)
    return _render(request, "fact.html", fact=found, notes=notes)


@cached
async def documents(request: Request) -> Response:
    """The documents a page at a time (10,000 in one page were megabytes of HTML)."""
    offset, _ = page_params(request)
    page = paged(await _with_store(request, lambda s: s.documents(PAGE_SIZE + 1, offset)), offset, PAGE_SIZE)
    next_link = "?" + urlencode({"cursor": page["next_cursor"]}) if page["next_cursor"] else None
    return _render(request, "documents.html", documents=page["items"], next_link=next_link)


@cached
async def document(request: Request) -> Response:
    data = await _with_store(request, lambda s: queries.document(s, request.path_params["doc"]))
    return _render(request, "document.html", doc=data, blocks=_reading_blocks(data))


def _reading_blocks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Headings and paragraphs in text order; each paragraph cut into text and marker pieces for note links."""
    text: str = data["text"]
    by_id = {note["id"]: note for note in data["footnotes"]}
    blocks: list[dict[str, Any]] = [
        {"kind": "heading", "start": h["start"], "level": h["level"], "text": text[h["start"] : h["end"]]}
        for h in data["headings"]
    ]
    markers = sorted(data["markers"], key=lambda m: m["start"])
    for para in data["paragraphs"]:
        pieces: list[dict[str, Any]] = []
        cursor = para["start"]
        for marker in markers:
            if not para["start"] <= marker["start"] < para["end"]:
                continue
            pieces.append({"text": text[cursor : marker["start"]]})
            target = next((n for n in marker.get("footnotes") or [] if n in by_id), marker.get("footnote"))
            pieces.append(
                {"text": text[marker["start"] : marker["end"]], "note": target, "anchor": f"m{marker['start']}"}
            )
            cursor = marker["end"]
        pieces.append({"text": text[cursor : para["end"]]})
        blocks.append({"kind": "paragraph", "start": para["start"], "pieces": pieces})
    blocks.sort(key=lambda b: b["start"])
    backlinks: dict[str, str] = {}
    for marker in markers:
        for note in marker.get("footnotes") or []:
            backlinks.setdefault(note, f"m{marker['start']}")
    for note in data["footnotes"]:
        note["backlink"] = backlinks.get(note["id"])
    return blocks


@cached
async def entity(request: Request) -> Response:
    profile = await _with_store(request, lambda s: queries.entity(s, request.path_params["entity"]))
    return _render(request, "entity.html", entity=profile)


@cached
async def network(request: Request) -> Response:
    items = await _with_store(request, lambda s: queries.all_facts(s, request.query_params))
    edges = queries.network(items)
    return _render(request, "network.html", edges=edges, drawing=_circle(edges))


def _circle(edges: list[dict[str, Any]], size: int = 640) -> dict[str, Any]:
    """Node positions on a circle and line coordinates, for an SVG drawn here (no script needed)."""
    names: dict[str, str] = {}
    for edge in edges:
        names[edge["source"]] = edge["source_name"]
        names[edge["target"]] = edge["target_name"]
    ids = sorted(names)
    centre, radius = size / 2, size / 2 - 90
    spot = {
        ident: (
            centre + radius * math.cos(2 * math.pi * i / max(len(ids), 1)),
            centre + radius * math.sin(2 * math.pi * i / max(len(ids), 1)),
        )
        for i, ident in enumerate(ids)
    }
    nodes = [{"id": i, "name": names[i], "x": round(spot[i][0], 1), "y": round(spot[i][1], 1)} for i in ids]
    lines = [
        {
            "x1": round(spot[e["source"]][0], 1),
            "y1": round(spot[e["source"]][1], 1),
            "x2": round(spot[e["target"]][0], 1),
            "y2": round(spot[e["target"]][1], 1),
            "width": min(1 + len(e["facts"]), 8),
            "title": f"{e['source_name']} – {e['target_name']}: {len(e['facts'])}",
        }
        for e in edges
    ]
    return {"size": size, "nodes": nodes, "lines": lines}


@cached
async def claims(request: Request) -> Response:
    return _render(request, "claims.html", claims=await _with_store(request, queries.claims))


@cached
async def indicators(request: Request) -> Response:
    data = await _with_store(request, lambda s: {"indicators": queries.indicators(s), "ladders": queries.ladders(s)})
    return _render(request, "indicators.html", **data)


@cached
async def search(request: Request) -> Response:
    query = request.query_params.get("q", "").strip()
    hits = await _with_store(request, lambda s: queries.search(s, query, 50)) if query else None
    return _render(request, "search.html", hits=hits)


INLINE_REVIEW = 50  # candidates a review page may read on the event loop when their suggestions are all kept


async def _review_items(request: Request, doc: str | None, after: str | None, limit: int) -> list[dict[str, Any]]:
    """The candidates of a review page. A page of a few candidates whose suggestions are all kept (the memo of
    this version of the database) is a few rows by key, read on the event loop's own connection like a fact
    page (access.py: no thread hop, no wait for the GIL); a suggestion not kept yet costs some milliseconds of
    queries, so such a page is read again in a reader thread, where they are made."""
    db: Database = request.app.state.db
    known = memo_of(request, "suggestions")
    if known is not None and limit <= INLINE_REVIEW:
        kept = known.kept_only()

        def from_kept(store: Any) -> list[dict[str, Any]] | None:
            try:
                return queries.review_page(store, doc, after, limit, kept)
            except NotKept:
                return None

        done, items = db.read_inline(from_kept)
        if done and items is not None:
            return items
    found: list[dict[str, Any]] = await db.read(lambda s: queries.review_page(s, doc, after, limit, known))
    return found


async def review(request: Request) -> Response:
    """A page of the review queue, paged by key as the API's: a queue of 600,000 candidates is read a page at a
    time, each page from where the last one stopped."""
    after, limit = keyed_page_params(request)
    doc = request.query_params.get("doc") or None
    page = paged_by_key(await _review_items(request, doc, after, limit), limit)
    kept = {k: v for k, v in request.query_params.items() if k in ("doc", "limit") and v}
    next_link = "?" + urlencode({**kept, "cursor": page["next_cursor"]}) if page["next_cursor"] else None
    csrf = csrf_value(request)
    cards = review_cards(page["items"], bool(request.app.state.write_token), csrf, request.query_params)
    return _render(request, "review.html", forms=True, csrf=csrf, cards=cards, next_link=next_link)


async def review_post(request: Request) -> Response:
    """A decision from the review page's form: needs the CSRF value and the write token."""
    form = await request.form()
    if not csrf_ok(request, str(form.get("csrf") or "")):
        raise ApiError(403, "csrf", "the form is not from this site (CSRF check failed); reload the page")
    if not token_matches(request.app.state.write_token, str(form.get("token") or "")):
        raise ApiError(403, "forbidden", "writing needs the write token")
    from allyscope.web.api import apply_decision

    body = {
        "action": form.get("action"),
        "fact": form.get("fact") or None,
        "reason": form.get("reason") or None,
        "by": form.get("by") or "web reviewer",
    }
    await run_in_threadpool(apply_decision, request.app.state.db, request.path_params["candidate"], body)
    # back to the page the decision was taken on: its parameters only, rebuilt here (never a URL from the form)
    back = {k: str(form.get(k) or "") for k in ("doc", "limit", "cursor") if form.get(k)}
    return RedirectResponse("/review" + ("?" + urlencode(back) if back else ""), status_code=303)


routes = [
    Route("/", home),
    Route("/timeline", timeline),
    Route("/facts/{fact}", fact),
    Route("/documents", documents),
    Route("/documents/{doc}", document),
    Route("/entities/{entity}", entity),
    Route("/network", network),
    Route("/claims", claims),
    Route("/indicators", indicators),
    Route("/search", search),
    Route("/review", review),
    Route("/review/{candidate}", review_post, methods=["POST"]),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]
