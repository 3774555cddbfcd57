"""One note's text → CSL-JSON items, for the citation styles of Chinese, Japanese and English scholarship.

Styles recognised: GB/T 7714 reference-list entries (`王某. 题名[J]. 刊名, 2022, 38(5): 45-60.`); Chinese
journal notes (`作者：《题名》，《刊名》2022 年第 8 期，第 14 页。`, newspapers, web pages, documents named
without a source); Japanese notes (`著者、「題名」、機関、2006 年 5 月 4 日、https://…。`, `『…』`, era dates);
English Chicago-like notes (`Author, “Title,” Container, Vol. 85, No. 3, 2009, p. 543.`). A citation that
repeats an earlier one (`同上`, `Ibid.`, `同註1`, `前掲`, `op. cit.`, a short form) is returned as such, to be
resolved against the document's other notes by `registry`. Whatever cannot be parsed keeps its text as a
`note` of an item of type `document`: never an exception, never a silent loss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from allyscope.references.fields import Found, find_dates, find_locators, find_pages, find_url
from allyscope.references.labeller import NameMemo, label_reference, label_shaped
from allyscope.references.names import ORGANISATION

Item = dict[str, Any]

GBT_CODES = {
    "J": "article-journal",
    "J/OL": "article-journal",
    "M": "book",
    "M/OL": "book",
    "N": "article-newspaper",
    "N/OL": "article-newspaper",
    "EB/OL": "webpage",
    "DB/OL": "webpage",
    "R": "report",
    "C": "chapter",
    "A": "chapter",
    "D": "thesis",
    "S": "document",
    "P": "document",
    "Z": "document",
    "G": "book",
}
_GBT = re.compile(
    r"^(?P<authors>[^\[]*?)\.\s*(?P<title>[^\[]+?)\s*\[(?P<code>[A-Z]{1,2}(?:/OL)?)\]\s*[.．]?\s*(?P<rest>.*)$"
)
_GBT_JOURNAL = re.compile(
    r"^(?P<container>[^,，]+)[,，]\s*(?P<year>\d{4})(?:[,，]\s*(?P<volume>\d+))?\s*(?:\((?P<issue>\d+)\))?"
    r"(?:\s*[:：]\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
)
_GBT_BOOK = re.compile(r"^(?P<place>[^:：,]+)[:：]\s*(?P<publisher>[^,，]+)[,，]\s*(?P<year>\d{4})")
_GBT_NEWS = re.compile(r"^(?P<container>[^,，]+)[,，]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*(?:\((?P<edition>\d+)\))?")
_GBT_ONLINE = re.compile(r"\((?P<issued>\d{4}(?:-\d{1,2}){0,2})\)\s*\[(?P<accessed>\d{4}(?:-\d{1,2}){0,2})\]")

_BOOK_QUOTES = re.compile(r"《([^《》]+)》")
_JA_TITLE = re.compile(r"「([^「」]*(?:「[^「」]*」[^「」]*)*)」|『([^『』]+)』")
_EN_TITLE = re.compile(r"[“\"](.+?)[,.]?[”\"](?=\s*[,.;]|\s*$|\s+\w)")
_QUALIFIER = re.compile(r"[（(](仮訳|結果|概要|抄訳|全文|英文|中文|暫定訳|provisional translation)[）)]", re.IGNORECASE)
_IBID = re.compile(
    r"^\s*(?:同上|同上書|同前|Ibid\.?|ibid\.?)\s*(?:[，,、]\s*(?:第\s*)?(?:pp?\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?)\s*(?:页|頁)?)?\s*[。.．]?\s*$"
)
_SAME_NOTE = re.compile(r"^\s*(?:同[註注]|参见注|見注|同前注)\s*(?P<note>\d+)?")
_OP_CIT = re.compile(r"^(?P<author>[^,，、]+)[,，、]\s*(?:op\.\s*cit\.|前掲)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NO_URL = Found(None, 0, 0)
_SPLIT_WORKS = re.compile(r"[；;]\s*(?=\S)")

_ORG_WORDS = ORGANISATION  # one list of organisation words, kept as data
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_SPEECH = re.compile(
    r"Remarks|Speech|Statement|Address|Press Conference|Questions and Answers|演説|演讲|讲话|講演|発言|談話"
)
_DOCUMENT = re.compile(r"Declaration|Communiqu|Strategy|Concept|宣言|公报|战略|戦略|计划|計画|方針|概念")
_REPORT = re.compile(r"白書|白皮书|青書|Report|报告|報告")
_LAW = re.compile(r"法$|法律|条例|Act$|\bAct\b")


@dataclass
class Citation:
    """What one cited work in a note says: a full item, or a pointer back to an earlier work."""

    text: str
    item: Item
    kind: str = "full"  # full, ibid, short, same-note, op-cit, unparsed
    locator: str | None = None
    note_ref: int | None = None
    author_key: str = ""
    title_key: str = ""
    warnings: list[str] = field(default_factory=list)


_JAPANESE_MARKS = re.compile(r"[「」『』]|頁|[戦総経済発関対図売読変応払渋]")
# every character the three tests below look for: a text with none of them (most English notes) is `en` after
# one scan instead of three
_ANY_CJK_MARK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff「」『』]")


def language_of(text: str) -> str:
    """`ja` for kana, Japanese quotation brackets or kanji found only in Japanese; `zh` for other CJK; else `en`."""
    if text.isascii() or not _ANY_CJK_MARK.search(text):
        return "en"
    if _KANA.search(text) or _JAPANESE_MARKS.search(text):
        return "ja"
    if _CJK.search(text):
        return "zh"
    return "en"


def _strip_end(text: str) -> str:
    return text.strip().rstrip("。.．,，、;；").strip()


def person_or_org(name: str) -> dict[str, str]:
    """A CSL name: `literal` for an organization, `family`/`given` for a person; CJK names are kept whole."""
    name = name.strip().strip(",，、").strip()
    if _ORG_WORDS.search(name) or (not _CJK.search(name) and len(name.split()) > 4):
        return {"literal": name}
    if _CJK.search(name):
        return {"family": name}
    parts = name.split()
    if len(parts) == 1:
        return {"family": parts[0]}
    if len(parts) == 2 and len(parts[1]) <= 2 and parts[1].replace(".", "").isupper():
        return {"family": parts[0], "given": parts[1]}  # GB/T: `Smith J`
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _authors(text: str) -> list[dict[str, str]]:
    names = [n for n in re.split(r"\s*(?:[、，;；]|,\s*(?=\S)|\band\b|&)\s*", text) if n.strip()]
    if len(names) > 1 and all(len(n.split()) == 1 for n in names) and not _CJK.search(text):
        names = [text]  # `Smith, John` is one person
    return [person_or_org(n) for n in names]


def _issued(parts: list[int] | None) -> dict[str, Any] | None:
    return {"date-parts": [parts]} if parts else None


def _type_for(title: str, item: Item) -> str:
    if _LAW.search(title):
        return "legislation"
    if _SPEECH.search(title):
        return "speech"
    if _REPORT.search(title):
        return "report"
    if item.get("container-title"):
        if item.get("volume") or item.get("issue") or item.get("page"):
            return "article-journal"
        if item.get("section"):
            return "article-newspaper"
    if _DOCUMENT.search(title):
        return "document"
    if item.get("URL"):
        return "webpage"
    return "document"


def _finish(item: Item, text: str) -> Item:
    for key in list(item):
        if item[key] in (None, "", [], {}):
            del item[key]
    item.setdefault("language", language_of(text))
    return item


def _common_fields(item: Item, text: str, skip: tuple[int, int] | None = None) -> None:
    """URL, date, pages, volume and issue, taken from anywhere in the citation."""
    url = find_url(text)
    if url:
        item["URL"] = url.value
    without_url = text if not url else text[: url.start] + " " * (url.end - url.start) + text[url.end :]
    rest = without_url
    if skip:
        rest = rest[: skip[0]] + " " * (skip[1] - skip[0]) + rest[skip[1] :]
    # the URL is blanked out (its digits are no dates), so nothing is left for find_dates to skip
    dates = [d for d in find_dates(without_url, url=_NO_URL) if not (skip and skip[0] <= d.start < skip[1])]
    if dates:
        item["issued"] = _issued(dates[0].value)
    item.update(find_locators(rest))
    qualifier = _QUALIFIER.search(text)
    if qualifier:
        item["note"] = qualifier.group(0)


_DATED = re.compile(
    r"\d{4}|\d\s*[年月日]|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|^\d{1,2}\s+[A-Z][a-z]{2}",
    re.IGNORECASE,
)
_CN_PIECES = re.compile(r"[，,]")
_JA_PIECES = re.compile(r"[、，,]")
_EN_PIECES = re.compile(r",")
_CN_LOCATOR = re.compile(r"第\s*\d")
_JA_LOCATOR = re.compile(r"\d+\s*頁$")
_EN_LOCATOR = re.compile(r"(?:Vol|No|pp?)\.|press release$", re.IGNORECASE)


def _container(after: str, separators: re.Pattern[str], locator: re.Pattern[str]) -> str | None:
    """The first piece after the title that is not a URL, a date or a locator: the container (or publisher)."""
    for piece in separators.split(after):
        clean = _strip_end(piece)
        if not clean or find_url(clean) or _DATED.search(clean) or locator.match(clean):
            continue
        return clean
    return None


def _gbt(text: str) -> Item | None:
    match = _GBT.match(text.strip())
    if not match:
        return None
    code = match.group("code")
    item: Item = {"type": GBT_CODES.get(code, "document"), "title": match.group("title").strip()}
    authors = match.group("authors").strip()
    if authors:
        item["author"] = _authors(authors)
    rest = match.group("rest").strip()
    url = find_url(rest)
    if url:
        item["URL"] = url.value
    online = _GBT_ONLINE.search(rest)
    if online:
        item["issued"] = _issued([int(p) for p in online.group("issued").split("-")])
        item["accessed"] = _issued([int(p) for p in online.group("accessed").split("-")])
        rest = rest[: online.start()].strip()
    journal = _GBT_JOURNAL.match(rest)
    book = _GBT_BOOK.match(rest)
    news = _GBT_NEWS.match(rest)
    if item["type"] == "article-newspaper" and news:
        item["container-title"] = news.group("container").strip()
        item["issued"] = _issued([int(p) for p in news.group("date").split("-")])
        item["section"] = news.group("edition")
    elif item["type"] in ("book", "report", "thesis") and book:
        item["publisher-place"] = book.group("place").strip()
        item["publisher"] = book.group("publisher").strip()
        item["issued"] = _issued([int(book.group("year"))])
    elif journal and item["type"] != "webpage":
        item["container-title"] = journal.group("container").strip()
        item["issued"] = _issued([int(journal.group("year"))])
        item["volume"] = journal.group("volume")
        item["issue"] = journal.group("issue")
        if journal.group("pages"):
            item["page"] = re.sub(r"\s*[-–]\s*", "-", journal.group("pages"))
    elif not item.get("issued"):
        dates = find_dates(rest)
        if dates:
            item["issued"] = _issued(dates[0].value)
    return _finish(item, text)


def _chinese(text: str) -> Citation | None:
    titles = list(_BOOK_QUOTES.finditer(text))
    if not titles:
        return None
    first = titles[0]
    item: Item = {"title": first.group(1).strip()}
    head = text[: first.start()].strip()
    author = ""
    edition_year = None
    if head.endswith(("：", ":")):
        author = head[:-1].strip()
        item["author"] = _authors(author)
    elif head:
        # `2022 年版北约《战略概念》`: the edition and the issuer before the title
        edition = re.match(r"(\d{4})\s*年版\s*(.*)", head)
        if edition:
            edition_year = int(edition.group(1))
            author = edition.group(2).strip()
        else:
            author = head
        if author:
            item["author"] = _authors(author)
    after = text[first.end() :]
    container_span = None
    if len(titles) > 1 and titles[1].start() - first.end() <= 2:
        item["container-title"] = titles[1].group(1).strip()
        container_span = (titles[1].start(), titles[1].end())
    else:
        item["container-title"] = _container(after, _CN_PIECES, _CN_LOCATOR)
    _common_fields(item, text, container_span or (first.start(), first.end()))
    if edition_year:
        item["issued"] = _issued([edition_year])
    item["type"] = _type_for(item["title"], item)
    if item.get("section") and item.get("container-title"):
        item["type"] = "article-newspaper"
    full = bool(item.get("container-title") or item.get("URL") or item.get("issued"))
    kind = "full" if full else "short"
    citation = Citation(text, _finish(item, text), kind, author_key=author, title_key=item["title"])
    if kind == "short":
        citation.locator = item.get("page")
    return citation


def _japanese(text: str) -> Citation | None:
    # the first brackets that hold something: empty corner brackets 「」 name no work
    match = next((m for m in _JA_TITLE.finditer(text) if (m.group(1) or m.group(2) or "").strip()), None)
    if not match:
        return None
    book = match.group(2) is not None
    title = (match.group(2) if book else match.group(1)).strip()
    item: Item = {"title": title}
    head = text[: match.start()].strip().rstrip("、，,")
    author = head
    if head:
        item["author"] = _authors(head)
    after = _QUALIFIER.sub("", text[match.end() :])
    item["publisher" if book else "container-title"] = _container(after, _JA_PIECES, _JA_LOCATOR)
    _common_fields(item, text, (match.start(), match.end()))
    item["type"] = "book" if book and not _REPORT.search(title) else _type_for(title, item)
    if item.get("publisher") and item["type"] == "report":
        item["author"] = item.get("author") or [person_or_org(item["publisher"])]
    full = bool(item.get("container-title") or item.get("URL") or item.get("issued") or item.get("publisher"))
    citation = Citation(text, _finish(item, text), "full" if full else "short", author_key=author, title_key=title)
    return citation


def _quoted_title(text: str) -> tuple[str, int, int] | None:
    """The title in curly double quotes (`“Title,”`) and its span; straight quotes through `_EN_TITLE`."""
    opening = text.find("“")
    if opening >= 0:
        closing = text.find("”", opening + 1)
        if closing > opening + 1:
            return text[opening + 1 : closing].strip().rstrip(",."), opening, closing + 1
    match = _EN_TITLE.search(text) if '"' in text else None
    if match:
        return match.group(1).strip().rstrip(","), match.start(), match.end()
    return None


def _english(text: str) -> Citation | None:
    quoted = _quoted_title(text)
    if quoted is None:
        return None
    title, start, end = quoted
    item: Item = {"title": title}
    head = text[:start].strip().rstrip(",").strip()
    if head:
        item["author"] = _authors(head)
    after = text[end:].lstrip('”"’,. ')
    item["container-title"] = _container(after, _EN_PIECES, _EN_LOCATOR)
    _common_fields(item, text, (start, end))
    item["type"] = _type_for(title, item)
    full = bool(item.get("container-title") or item.get("URL") or item.get("issued"))
    return Citation(text, _finish(item, text), "full" if full else "short", author_key=head, title_key=title)


def _plain(text: str) -> Citation:
    """A citation with no title in quotes: a book in English (`Author, Title (Place: Publisher, 2022), 328.`)
    or anything else, kept whole as a note."""
    english = re.match(
        r"^(?P<author>[^,]+),\s*(?P<title>[^(]+?)\s*\((?P<place>[^:]+):\s*(?P<publisher>[^,]+),\s*(?P<year>\d{4})\)(?:,\s*(?P<page>\d+(?:-\d+)?))?",
        text,
    )
    if english:
        item: Item = {
            "type": "book",
            "author": _authors(english.group("author")),
            "title": english.group("title").strip(),
            "publisher-place": english.group("place").strip(),
            "publisher": english.group("publisher").strip(),
            "issued": _issued([int(english.group("year"))]),
        }
        citation = Citation(text, _finish(item, text), "full", title_key=item["title"])
        citation.locator = english.group("page")
        return citation
    item = {"type": "document", "note": _strip_end(text) or text}
    _common_fields(item, text)
    if item.get("URL"):
        item["title"] = _strip_end(text[: text.find(item["URL"])]).rstrip("，,、 ") or item["URL"]
        item["type"] = "webpage"
        item.pop("note", None)
    return Citation(text, _finish(item, text), "unparsed")


def _author_key(item: Item) -> str:
    names = item.get("author") or []
    if not names:
        return ""
    first = names[0]
    return str(first.get("literal") or (first.get("family", "") + first.get("given", "")))


def labelled_citation(text: str, context: str | None = None, memo: NameMemo | None = None) -> Citation:
    """A citation read by the trained labeller (`labeller`): every field, in any style."""
    return _citation(text, *label_reference(text, context, memo))


def _citation(text: str, item: Item, locator: str | None) -> Citation:
    """The citation of the item and locator the labeller read from `text`."""
    item = _finish(item, text)
    if item.get("type") in ("document", "webpage") and "title" in item:
        item["type"] = _type_for(item["title"], item)  # a speech, a law, a report: the title's own words
    elif item.get("type") == "book" and _REPORT.search(item.get("title", "")):
        item["type"] = "report"  # `白書`, `Report`: a book by its form, a report by its name
    if item["type"] == "document" and "title" not in item:
        return Citation(text, item, "unparsed")
    full = any(k in item for k in ("container-title", "URL", "issued", "publisher", "DOI"))
    citation = Citation(text, item, "full" if full else "short", locator=locator, author_key=_author_key(item))
    citation.title_key = item.get("title", "")
    return citation


def _shaped_citation(text: str, item: Item, locator: str | None) -> Citation:
    """`_citation` for what `label_shaped` read: an item with a title and no empty field, so only the steps that
    can change it are taken (its language, a type its title's words decide)."""
    item["language"] = language_of(text)
    kind = item["type"]
    if kind in ("document", "webpage"):
        item["type"] = _type_for(item["title"], item)  # a speech, a law, a report: the title's own words
    elif kind == "book" and _REPORT.search(item["title"]):
        item["type"] = "report"
    full = "container-title" in item or "URL" in item or "issued" in item or "publisher" in item or "DOI" in item
    return Citation(
        text, item, "full" if full else "short", locator=locator, author_key=_author_key(item), title_key=item["title"]
    )


def parse_citation(text: str, context: str | None = None, memo: NameMemo | None = None) -> Citation:
    """One cited work's text → a `Citation` (never raises). `context`: `note` or `list` when the caller knows
    whether the text is a note or an entry of a reference list (see `features.featurize`); `memo`: the names
    split so far in the same document (`labeller._names`), when a caller reads a document's notes together."""
    stripped = text.strip()
    head = stripped[:1]
    ibid = _IBID.match(stripped) if head in "同Ii" else None
    if ibid:
        page = ibid.group("page")
        return Citation(text, {}, "ibid", locator=re.sub(r"\s*[-–]\s*", "-", page) if page else None)
    same = _SAME_NOTE.match(stripped) if head in "同参見" else None
    if same:
        pages = find_pages(stripped)
        note = int(same.group("note")) if same.group("note") else None
        return Citation(text, {}, "same-note", locator=str(pages.value) if pages else None, note_ref=note)
    op_cit = _OP_CIT.match(stripped) if ("前掲" in stripped or "cit." in stripped) else None
    if op_cit:
        pages = find_pages(stripped)
        return Citation(
            text, {}, "op-cit", locator=str(pages.value) if pages else None, author_key=op_cit.group("author").strip()
        )
    try:
        shaped = label_shaped(stripped, memo) if context == "note" else None
        if shaped is not None:
            return _shaped_citation(stripped, *shaped)
        labelled = labelled_citation(stripped, context, memo)
        if labelled.kind != "unparsed":
            return labelled
        return _by_rules(stripped)
    except (ValueError, IndexError, KeyError) as exc:  # a malformed citation is kept, never lost
        return Citation(
            text,
            {"type": "document", "note": stripped, "language": language_of(stripped)},
            "unparsed",
            warnings=[str(exc)],
        )


def _by_rules(stripped: str) -> Citation:
    """The hand-written parsers of the styles of the reference article: what the labeller leaves untitled."""
    parsed = _gbt(stripped) if "[" in stripped else None
    if parsed is not None:
        return Citation(stripped, parsed, "full", title_key=parsed.get("title", ""))
    for parser in (_chinese, _japanese, _english):
        citation = parser(stripped)
        if citation is not None:
            return citation
    return _plain(stripped)


def split_works(text: str) -> list[str]:
    """The works one note cites: parts separated by `；`/`;` that each look like a citation of their own."""
    if "；" not in text and ";" not in text:
        return [text]
    parts = _SPLIT_WORKS.split(text)
    if len(parts) < 2:
        return [text]
    marked = [bool(_BOOK_QUOTES.search(p) or _JA_TITLE.search(p) or _EN_TITLE.search(p) or find_url(p)) for p in parts]
    if all(marked):
        return parts
    return [text]
