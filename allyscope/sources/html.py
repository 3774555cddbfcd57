"""HTML pages, saved or fetched: the main text as paragraphs and headings, the page's own notes, its metadata.

The main text is the article element the page names (`<article>`, `role=main`, `<main>`, or schema.org's
`articleBody`), else the element holding most of the page's paragraph text. Inside it, blocks whose tag, role,
class or id say they are navigation, related stories, share buttons, rankings, ads, comments, picture
captions or page footers are left out; scripts, styles and templates are dropped before anything is read and never run.

Notes come from the page's structure, never from guessing at digits: a link from the text to an anchor in the
same page (`<sup><a href="#fn1">1</a></sup>`, an encyclopedia's `[1]` pointing at `#cite_note-1`) is a marker,
and the element it points at (an item of `<ol class="references">`, a footnotes section, an `<aside>`) is its
note, numbered in the order of the list. Those notes are taken out of the body.

Metadata (title, authors, published and updated dates, site name, canonical URL) come first from what the page
states for machines — `citation_*` and Open Graph meta tags, JSON-LD (read as data), `<time>` elements — then
from trafilatura's metadata reader and htmldate. The document's date is the published date, else the updated
one (`date_kind`), and `date_field` says which field gave it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from allyscope.errors import NoTextError, UndecodableInputError
from allyscope.layout.notes import is_section_label
from allyscope.reading import decode_bytes
from allyscope.sources.assemble import Block, Reading, Run, SourceLine, SourceNote, number_of

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
              "button", "select", "input", "textarea", "link", "meta")
_BOILER_TAGS = frozenset({"nav", "header", "footer", "menu", "figcaption"})
"""Tags never read as text; a `<figcaption>` describes a picture (often an old one), it states nothing of the
article's own and would date an event by the photograph."""
_BOILER = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|recommend\w*|more-stories|read-more|share|"
    r"sharing|social|sns|ranking|caption|ads?|advert\w*|sponsor\w*|promo\w*|banner|newsletter|subscribe|signup|cookie\w*|consent|"
    r"comments?|footer|header|masthead|sidebar|widget|toolbar|pagination|pager|tags|byline-share|popular|"
    r"trending|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BOILER_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
_NOTE_CONTAINER = re.compile(r"(?:^|[\s_-])(?:references|reflist|footnotes?|endnotes?|notes)(?:$|[\s_-])", re.I)
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre",
                         "figcaption", "td", "th"})
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead",
                             "tr", "body", "aside", "figure", "center", "span", "font"})
_HEADING = re.compile(r"h([1-6])")
_SPACES = re.compile(r"[ \t\r\n\u00a0\u200b]+")
_MIN_BODY = 80  # characters of main text below which a page has none


def _decode(data: bytes, source: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise UndecodableInputError(source, f"cannot decode as {encoding} ({exc})") from exc
    head = data[:4096].decode("ascii", "replace")
    match = re.search(r"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", head, re.IGNORECASE)
    if match:
        try:
            return data.decode(match.group(1)), match.group(1).lower()
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(data, source)


def _attrs(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _is_boilerplate(el: Any) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _BOILER_TAGS:
        return True
    if (el.get("role") or "").lower() in _BOILER_ROLES and tag != "aside":
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "") == "true":
        return True
    if (el.get("style") or "").replace(" ", "").lower().find("display:none") >= 0:
        return True
    attrs = _attrs(el)
    return bool(attrs.strip()) and bool(_BOILER.search(attrs)) and not _NOTE_CONTAINER.search(attrs)


def _text(el: Any) -> str:
    return _SPACES.sub(" ", el.text_content() or "").strip()


def _paragraph_weight(el: Any) -> int:
    return sum(len(_text(p)) for p in el.iter("p"))


def _main(root: Any) -> Any:
    """The element holding the article: named by the page, else the one with most paragraph text."""
    for path in (
        "//*[@itemprop='articleBody']",
        "//article",
        "//*[@role='main']",
        "//main",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-parser-output ')]",
    ):
        found = [el for el in root.xpath(path) if not _is_boilerplate(el)]
        if found:
            best = max(found, key=_paragraph_weight)
            if _paragraph_weight(best) >= _MIN_BODY:
                return best
    body = root.find("body") if root.find("body") is not None else root
    best, best_weight = body, 0
    for el in body.iter("div", "section", "td"):
        if _is_boilerplate(el):
            continue
        direct = sum(len(_text(p)) for p in el if isinstance(p.tag, str) and p.tag == "p")
        if direct > best_weight:
            best, best_weight = el, direct
    return best if best_weight >= _MIN_BODY else body


def _note_targets(root: Any) -> dict[str, Any]:
    """Elements that an in-page link from a `<sup>` (or a link printed as `[n]`) points at: the notes."""
    ids = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    ids.update({el.get("name"): el for el in root.iter("a") if el.get("name") and el.get("name") not in ids})
    targets: dict[str, Any] = {}
    for a in root.iter("a"):
        href = a.get("href") or ""
        if not href.startswith("#") or len(href) < 2:
            continue
        target = ids.get(href[1:])
        if target is None:
            continue
        label = _text(a)
        in_sup = any(isinstance(p.tag, str) and p.tag == "sup" for p in a.iterancestors()) or (
            a.find(".//sup") is not None
        )
        note_like = (a.get("role") or "") == "doc-noteref" or "footnote" in (a.get("class") or "")
        if (in_sup or note_like or re.fullmatch(r"\[\d{1,3}\]", label)) and number_of(label) is not None:
            targets[href[1:]] = _note_element(target)
    return targets


def _unlinked_notes(root: Any) -> Any | None:
    """A list of notes that no link points at: an `<ol>` whose class or id says notes or references, or one
    standing right under a heading that is a notes label (`Notes`, `注释`, `参考文献`). Its items are notes
    1, 2, 3… and raised numbers (`<sup>3</sup>`) in the text cite them."""
    for ol in root.iter("ol"):
        if len(ol.findall("li")) < 1:
            continue
        if _NOTE_CONTAINER.search(_attrs(ol)) or any(
            _NOTE_CONTAINER.search(_attrs(parent)) for parent in ol.iterancestors() if isinstance(parent.tag, str)
        ):
            return ol
        previous = ol.getprevious()
        if previous is not None and isinstance(previous.tag, str) and _HEADING.fullmatch(previous.tag) and \
                is_section_label(_text(previous), "notes_section"):
            return ol
    return None


def _note_element(target: Any) -> Any:
    """The note an anchor stands for: the list item or aside around it when the anchor is a bare `<a name>`."""
    el = target
    while el is not None and isinstance(el.tag, str) and el.tag not in ("li", "aside", "p", "div", "dd", "section"):
        el = el.getparent()
    return el if el is not None else target


def _only_time(el: Any) -> bool:
    """An element whose whole text is a `<time>` element's: the page's date line, metadata, not body."""
    times = list(el.iter("time"))
    return bool(times) and _text(el) == " ".join(_text(t) for t in times)


class _Walker:
    """Walks the main element into blocks; note references become marker runs, notes are kept apart."""

    def __init__(self, targets: dict[str, Any], unlinked: Any | None = None) -> None:
        self.targets = targets
        self.note_elements = {id(el) for el in targets.values()}
        self.numbers: dict[int, int] = {}
        self.blocks: list[Block] = []
        self.unlinked = unlinked  # a list of notes no marker links to: markers are then raised numbers
        if unlinked is not None:
            self.note_elements.add(id(unlinked))

    def number_for(self, href: str, printed: str) -> int:
        target = self.targets[href]
        key = id(target)
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
        return self.numbers[key]

    def runs(self, el: Any, skip_notes: bool = True) -> list[Run]:
        runs: list[Run] = []

        def add(text: str | None) -> None:
            if text:
                runs.append(Run(text))

        def walk(node: Any) -> None:
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag == "br":
                add(" ")
                add(node.tail)
                return
            if tag == "a" and skip_notes and (node.get("href") or "").startswith("#") and \
                    (node.get("href") or "")[1:] in self.targets:
                printed = _text(node)
                number = self.number_for((node.get("href") or "")[1:], printed)
                runs.append(Run(printed if printed.startswith("[") else str(number), marker=number))
                add(node.tail)
                return
            if tag and _is_boilerplate(node):
                add(node.tail)
                return
            if tag == "sup" and skip_notes and self.unlinked is not None and number_of(_text(node)) is not None:
                printed = _text(node)
                runs.append(Run(printed, marker=number_of(printed)))
                add(node.tail)
                return
            add(node.text)
            for child in node:
                walk(child)
            add(node.tail if node is not el else None)

        walk(el)
        return _squeezed(runs)

    def walk(self, el: Any) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or id(child) in self.note_elements:
                continue
            if _is_boilerplate(child) or (_NOTE_CONTAINER.search(_attrs(child)) and self._holds_notes(child)):
                continue
            heading = _HEADING.fullmatch(tag)
            if heading:
                text = _text(child)
                if text:
                    self.blocks.append(Block("heading", [SourceLine([Run(text)])], level=int(heading.group(1))))
            elif tag == "time" or (tag in ("div", "p", "span") and _only_time(child)):
                continue
            elif tag in _BLOCK_TAGS and not any(
                isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag in ("div", "section", "table"))
                for d in child.iterdescendants()
            ):
                runs = self.runs(child)
                if any(r.text.strip() for r in runs if r.marker is None):
                    self.blocks.append(Block("paragraph", [SourceLine(runs)]))
            else:
                before = len(self.blocks)
                self.walk(child)
                if len(self.blocks) == before and tag in ("div", "span", "font", "center") and _text(child):
                    runs = self.runs(child)
                    if any(r.text.strip() for r in runs if r.marker is None):
                        self.blocks.append(Block("paragraph", [SourceLine(runs)]))

    def _holds_notes(self, el: Any) -> bool:
        return any(id(d) in self.note_elements for d in el.iterdescendants())


def _without_empty_sections(blocks: list[Block]) -> list[Block]:
    """Headings with nothing under them (the `References` over a list taken out as notes) are not body."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            following = next((b for b in blocks[i + 1 :] if b.kind != "heading" or b.level <= block.level), None)
            empty = following is None or (following.kind == "heading" and following.level <= block.level)
            if empty and (following is None or is_section_label(block.lines[0].text, "notes_section")):
                continue
        out.append(block)
    return out


def _squeezed(runs: list[Run]) -> list[Run]:
    """Runs with white space collapsed as a browser shows it, trimmed at both ends of the block."""
    out: list[Run] = []
    for run in runs:
        text = run.text if run.marker is not None else _SPACES.sub(" ", run.text)
        if out and out[-1].marker is None and run.marker is None:
            out[-1] = Run(_SPACES.sub(" ", out[-1].text + text))
        else:
            out.append(Run(text, run.marker))
    if out and out[0].marker is None:
        out[0] = Run(out[0].text.lstrip())
    if out and out[-1].marker is None:
        out[-1] = Run(out[-1].text.rstrip())
    return [r for r in out if r.text]


_NOTE_BACKLINK = re.compile(r"^(?:\^|↑|[a-z](?:\s+[a-z])*\s)+\s*")


def _note_text(el: Any) -> str:
    """A note's text without its back-links (`^`, `↑`, `a b`) and without a printed number before it."""
    clone = lxml_html.fromstring(etree.tostring(el))
    for a in clone.iter("a"):
        href = a.get("href") or ""
        if href.startswith("#") and (_text(a) in ("^", "↑", "↩", "↩︎") or (a.get("role") or "") == "doc-backlink"):
            a.drop_tree()
    for sup in clone.iter("sup"):
        if _text(sup) in ("^", "↑"):
            sup.drop_tree()
    text = _text(clone)
    text = _NOTE_BACKLINK.sub("", text) if text.startswith(("^", "↑")) else text
    return re.sub(r"^(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+", "", text).strip()


def _meta(root: Any, *names: str) -> str:
    for name in names:
        for el in root.iter("meta"):
            key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
            if key == name and (el.get("content") or "").strip():
                return str(el.get("content")).strip()
    return ""


def _metas(root: Any, name: str) -> list[str]:
    return [
        str(el.get("content")).strip()
        for el in root.iter("meta")
        if (el.get("name") or el.get("property") or "").lower() == name and (el.get("content") or "").strip()
    ]


def _json_ld(root: Any) -> list[dict[str, Any]]:
    """JSON-LD objects the page states (read as data; a script element is never run)."""
    found: list[dict[str, Any]] = []
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            value = json.loads(el.text or "")
        except ValueError:
            continue
        stack = value if isinstance(value, list) else [value]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return found


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{4})/(\d{1,2})/(\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日")


def _iso(value: str) -> str:
    match = _DATE.search(value or "")
    if not match:
        return ""
    parts = [g for g in match.groups() if g]
    return f"{parts[0]}-{int(parts[1]):02d}-{int(parts[2]):02d}"


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def page_metadata(root: Any, html_text: str, url: str = "") -> dict[str, Any]:
    """Title, authors, dates with their source, site name and canonical URL of a page."""
    ld = [item for item in _json_ld(root) if isinstance(item, dict)]
    article = next((i for i in ld if "datePublished" in i or "headline" in i), {})
    meta: dict[str, Any] = {}
    title = _meta(root, "citation_title", "og:title", "dc.title") or str(article.get("headline") or "")
    if not title:
        h1 = root.find(".//h1")
        title = _text(h1) if h1 is not None else ""
    if not title:
        el = root.find(".//title")
        title = _text(el) if el is not None else ""
    authors = _metas(root, "citation_author") or _metas(root, "author") or _metas(root, "article:author")
    authors = authors or _names(article.get("author"))
    published: list[tuple[str, str]] = [
        ("citation_publication_date", _meta(root, "citation_publication_date", "citation_date")),
        ("article:published_time", _meta(root, "article:published_time")),
        ("json-ld datePublished", str(article.get("datePublished") or "")),
        ("dc.date", _meta(root, "dc.date", "dcterms.issued", "dc.date.issued", "date", "pubdate")),
    ]
    times = [t for t in root.iter("time") if t.get("datetime")]
    if times:
        published.append(("time element", str(times[0].get("datetime"))))
    updated: list[tuple[str, str]] = [
        ("article:modified_time", _meta(root, "article:modified_time", "og:updated_time")),
        ("json-ld dateModified", str(article.get("dateModified") or "")),
        ("dcterms.modified", _meta(root, "dcterms.modified", "last-modified")),
    ]
    pub = next(((src, _iso(v)) for src, v in published if _iso(v)), ("", ""))
    upd = next(((src, _iso(v)) for src, v in updated if _iso(v)), ("", ""))
    if not pub[1] and not upd[1]:
        found = _fallback_date(html_text, url)
        if found:
            pub = ("htmldate", found)
    meta["title"] = title
    meta["authors"] = authors
    meta["published"] = pub[1]
    meta["updated"] = upd[1]
    meta["date"] = pub[1] or upd[1]
    meta["date_kind"] = "published" if pub[1] else "last-updated" if upd[1] else ""
    meta["date_field"] = pub[0] if pub[1] else upd[0]
    meta["site_name"] = _meta(root, "og:site_name", "application-name", "citation_journal_title") or str(
        (article.get("publisher") or {}).get("name", "") if isinstance(article.get("publisher"), dict) else ""
    )
    canonical = next((el.get("href") for el in root.iter("link") if (el.get("rel") or "").lower() == "canonical"), "")
    meta["canonical_url"] = canonical or _meta(root, "og:url") or url
    return meta


def _fallback_date(html_text: str, url: str) -> str:
    """htmldate's reading of a page that states no date for machines (it looks at visible dates and the URL)."""
    try:
        from htmldate import find_date

        return find_date(html_text, extensive_search=False, original_date=True, url=url or None) or ""
    except Exception:
        return ""


_BYLINE_REACH = 4  # blocks after the title in which a page prints its byline
_BYLINE_EXTRA = 60  # characters a byline adds to a name ("By …, Defence Correspondent"): longer lines are text


def _stated_authors(authors: list[str], blocks: list[Block]) -> list[str]:
    """The authors the page states for machines that its visible byline does not already print: a name in
    both would be written twice into the text and read twice as an author (the byline is read by layout)."""
    near = [b.lines[0].text for b in blocks[1 : 1 + _BYLINE_REACH] if b.kind == "paragraph" and b.lines]
    return [name for name in authors if not any(name in line and len(line) <= len(name) + _BYLINE_EXTRA
                                                 for line in near)]


def read_html(data: bytes, source: str, encoding: str | None = None, url: str = "") -> Reading:
    """Read an HTML page into blocks, notes and metadata."""
    text, used = _decode(data, source, encoding)
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise NoTextError(source, f"the page cannot be parsed as HTML ({exc})") from exc
    meta = page_metadata(root, text, url)
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    targets = _note_targets(root)
    unlinked = _unlinked_notes(root) if not targets else None
    walker = _Walker(targets, unlinked)
    main = _main(root)
    walker.walk(main)
    body_chars = sum(len(r.text) for b in walker.blocks if b.kind == "paragraph" for r in b.lines[0].runs)
    if body_chars < _MIN_BODY:
        raise NoTextError(source, "no main text found in the page")
    notes: list[SourceNote] = []
    ordered = sorted(walker.numbers.items(), key=lambda item: item[1])
    by_key = {id(el): el for el in targets.values()}
    for key, number in ordered:
        note = _note_text(by_key[key])
        if note:
            notes.append(SourceNote(number, [SourceLine([Run(note)])], kind="endnote"))
    if unlinked is not None:
        cited = {r.marker for b in walker.blocks for line in b.lines for r in line.runs if r.marker}
        for number, item in enumerate(unlinked.iterchildren("li"), start=1):
            note = _note_text(item)
            if note and number in cited:
                notes.append(SourceNote(number, [SourceLine([Run(note)])], kind="endnote"))
    blocks = _without_empty_sections(walker.blocks)
    title = str(meta.get("title") or "")
    if title and not (blocks and blocks[0].kind == "heading" and blocks[0].lines[0].text.strip() == title):
        blocks.insert(0, Block("paragraph", [SourceLine([Run(title)])]))
    elif blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        blocks[0] = Block("paragraph", blocks[0].lines)
    stated = _stated_authors(meta.get("authors") or [], blocks)
    for i, author in enumerate(stated):
        blocks.insert(1 + i, Block("author", [SourceLine([Run(author)])]))
    flat = {k: v for k, v in meta.items() if k != "authors"}
    flat["authors"] = "; ".join(meta.get("authors") or [])
    return Reading(source, "html", blocks, notes, encoding=used, meta={k: v for k, v in flat.items() if v})
