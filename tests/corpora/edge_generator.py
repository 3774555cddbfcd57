"""An edge-block generator: the articles of `layout_articles` set as a web page or an e-mail newsletter, with the
blocks such a page carries before its title and after its text's end drawn in words made up at random (Latin
syllables, CJK characters, kana), so that no word list can know them: only their shape tells them (issue 12,
`allyscope/layout/edge_blocks.py`). The gold is made by construction: the title, the authors, the body's text,
and each edge line with the kind its shape has.

`draw(seed, article)` makes one page; `check(doc, page)` says, aspect by aspect, whether a parsed page is exact.
tests/test_layout_edge34.py draws pages by hypothesis; benchmarks/edge_blocks.py prints exactness, tuned and
held-out draws (every fifth, on the held-out articles) apart.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from corpora.layout_articles import Article

from allyscope.model import Document

CJK = ("zh-Hans", "zh-Hant", "ja")
HEAD = ("breadcrumb", "site-row", "menu", "view-online", "cookie", "spaced-row")
TAIL = ("links", "share-row", "footer-row", "notice", "copyright", "year", "email", "url")
ANCHORS = ("share-row", "footer-row", "copyright", "email", "url")  # a footer opens with one of these (a year
# alone may close a text: it is a footer's line only under one of these)

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["qua", "lor", "vin", "tes", "mar"]
_HIRAGANA = [chr(c) for c in range(0x3042, 0x3093) if chr(c) not in "ぁぃぅぇぉっゃゅょゎ"]
_KATAKANA = [chr(c) for c in range(0x30A2, 0x30F3) if chr(c) not in "ァィゥェォッャュョヮ"]


@dataclass
class Page:
    """A generated page: its raw text and its gold."""

    raw: str
    language: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    title: str
    authors: list[str]
    body: list[str] = field(default_factory=list)  # the text's paragraphs and headings, as printed
    furniture: list[list[str]] = field(default_factory=list)  # [kind, line] of every edge line, in order
    link_label: bool = False
    spacing: str = "tight"

    def shapes(self) -> dict[str, str]:
        """The dimensions a benchmark reports exactness by."""
        found = {"language": self.language, "spacing": self.spacing, "link label": str(self.link_label)}
        found |= {f"head {s}": "yes" for s in self.head} | {f"tail {s}": "yes" for s in self.tail}
        return found


class _Words:
    """Words made up at random in one script: none a word a list could hold."""

    def __init__(self, rng: random.Random, language: str) -> None:
        self.rng = rng
        self.language = language

    def _ideographs(self, n: int) -> str:
        return "".join(chr(self.rng.randint(0x4E00, 0x9FA5)) for _ in range(n))

    def word(self, short: bool = False) -> str:
        """A menu item or a button: a capitalised Latin word, two to four CJK characters, or a katakana word."""
        rng = self.rng
        if self.language == "ja":
            return "".join(rng.choice(_KATAKANA) for _ in range(rng.randint(2, 4 if short else 5)))
        if self.language in CJK:
            return self._ideographs(rng.randint(2, 3 if short else 4))
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    def lower(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(1, 3)))

    def phrase(self, low: int, high: int) -> str:
        """A headline or a sentence's words, no stop: Latin in sentence case, CJK characters, kanji and kana."""
        rng = self.rng
        n = rng.randint(low, high)
        if self.language == "ja":
            return "".join(self._ideographs(rng.randint(1, 3)) + rng.choice(_HIRAGANA) for _ in range(n // 2 + 3))
        if self.language in CJK:
            return self._ideographs(n + 6)
        if self.rng.random() < 0.3:  # a headline in title case, as long as a headline runs
            words = [self.word() for _ in range(n)]
            while len(" ".join(words)) < 42:
                words.append(self.word())
            return " ".join(words)
        return " ".join([self.word(), *(self.lower() for _ in range(n))])

    def domain(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(3)) + ".example"


def _row(words: _Words, separators: tuple[str, ...], low: int, high: int) -> str:
    separator = words.rng.choice(separators)
    return separator.join(words.word(short=True) for _ in range(words.rng.randint(low, high)))


def _cjk(language: str) -> bool:
    return language in CJK


def _head_block(shape: str, words: _Words, menu_under: bool = False) -> list[tuple[str, str]]:
    """The lines of one head block, each with its kind; a notice with a menu right under it prints its buttons
    as a row (short buttons over short menu items, no blank line between, are one run: no shape parts them)."""
    rng, cjk = words.rng, _cjk(words.language)
    if shape == "breadcrumb":
        return [("navigation", _row(words, ("＞", " > ", "／") if cjk else (" > ", " / ", " » ", " › "), 3, 4))]
    if shape == "site-row":
        return [("navigation", _row(words, ("｜", " | ", " ・ ") if cjk else (" | ", " · ", " • "), 3, 5))]
    if shape == "spaced-row":  # links parted by spaces alone
        return [("navigation", _row(words, ("\u3000",) if cjk else ("  ", "   "), 4, 5))]
    if shape == "menu":
        return [("navigation", words.word(short=True)) for _ in range(rng.randint(4, 6))]
    if shape == "cookie":  # a notice's sentences, then its buttons (short lines, or a row)
        stop = "。" if cjk else "."
        notice = [("cookie", words.phrase(8, 12) + stop) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.5 and not menu_under:
            return notice + [("cookie", words.word(short=True)) for _ in range(rng.randint(2, 3))]
        return [*notice, ("cookie", _row(words, ("｜",) if cjk else (" | ",), 3, 3))]
    colon = "：" if cjk else ": "
    return [("navigation", f"{words.word()}{colon}https://{words.domain()}/{words.lower()}")]


def _tail_block(shape: str, words: _Words) -> list[tuple[str, str]]:
    """The lines of one tail block, each with its kind."""
    rng, cjk = words.rng, _cjk(words.language)
    year = rng.randint(2012, 2026)
    if shape == "links":
        label = [("related", words.word(short=True))]
        return label + [("related", words.phrase(5, 8)) for _ in range(rng.randint(3, 5))]
    if shape == "share-row":
        return [("navigation", _row(words, ("｜", " ・ ", "·") if cjk else (" · ", " | ", " / "), 3, 4))]
    if shape == "footer-row":
        return [("navigation", _row(words, ("｜", " | ") if cjk else (" | ", " • "), 3, 5))]
    if shape == "notice":
        return [("disclaimer", words.phrase(8, 12) + ("。" if cjk else "."))]
    if shape == "copyright":
        since = f"{year - rng.randint(1, 9)}–{year}" if rng.random() < 0.5 else str(year)
        return [("copyright", f"© {since} {words.word()}" if rng.random() < 0.5 else f"{words.word()} © {since}")]
    if shape == "year":
        return [("copyright", str(year))]
    if shape == "email":
        colon = "：" if cjk else ": "
        return [("contact", f"{words.word()}{colon}{words.lower()}@{words.domain()}")]
    return [("navigation", f"https://www.{words.domain()}/{words.lower()}")]


def _paragraphs(article: Article) -> list[str]:
    """The article's first paragraphs as a page prints them, one a line, without their notes."""
    glue = "" if _cjk(article.language) else " "
    out: list[str] = []
    for _heading, subsections in article.sections[:1]:
        for _sub, paragraphs in subsections:
            out += [glue.join(text for text, _note in paragraph) for paragraph in paragraphs]
    return out[:4]


def draw(seed: int, article: Article) -> Page:
    """One page of `article` with edge blocks drawn from `seed`."""
    rng = random.Random(seed)
    language = article.language
    words = _Words(rng, language)
    head = tuple(rng.sample(HEAD, rng.randint(1, 3)))
    if "menu" in head:  # a menu stands first or after a row; a row under a menu reads as the menu's end
        head = ("menu", *(s for s in head if s != "menu"))
    if "cookie" in head:  # a notice stands over the page
        head = ("cookie", *(s for s in head if s != "cookie"))
    tail_shapes = list(rng.sample(TAIL, rng.randint(1, 4)))
    if "notice" in tail_shapes and not any(s in ANCHORS for s in tail_shapes):
        tail_shapes.append(rng.choice(ANCHORS))
    links = "links" in tail_shapes
    footer = [s for s in tail_shapes if s != "links"]
    rng.shuffle(footer)
    if footer and footer[0] in ("notice", "year"):  # a footer opens with an edge line; a notice, a year stand
        # among them
        opener = next((k for k, shape in enumerate(footer) if shape in ANCHORS), None)
        if opener is None:
            footer.insert(0, rng.choice(ANCHORS))
        else:
            footer.insert(0, footer.pop(opener))
    tail = (*(["links"] if links else []), *footer)
    page = Page("", language, head, tail, article.title, list(article.authors[:1]))
    page.link_label = rng.random() < 0.3
    spacing = rng.choice(("tight", "blank"))
    page.spacing = spacing
    blocks: list[list[tuple[str, str]]] = [
        _head_block(s, words, spacing == "tight" and head[k + 1 : k + 2] == ("menu",)) for k, s in enumerate(head)
    ]
    front = [("title", article.title), ("author", article.authors[0])]
    body = _paragraphs(article)
    page.body = body
    text_block: list[tuple[str, str]] = [("paragraph", p) for p in body]
    if page.link_label:
        arrow = rng.choice(("→", "»", " »", " ›")) if not _cjk(language) else rng.choice(("→", "＞", "»"))
        label = f"{words.word()} {words.lower()}" if language == "en" else words.phrase(1, 2)[:8]
        text_block.insert(2, ("related", label + arrow))  # a link's label between paragraphs
    blocks += [front, text_block]
    blocks += [_tail_block(s, words) for s in tail]
    out: list[str] = []
    for block in blocks:
        if page.spacing == "blank" and out:
            out.append("")
        for kind, line in block:
            out.append(line)
            if kind not in _KEPT:
                page.furniture.append([kind, line])
    page.raw = "\n".join(out) + "\n"
    return page


_WS = re.compile(r"\s+")


def check(doc: Document, page: Page) -> dict[str, bool]:
    """Whether the parsed page is exact, aspect by aspect: title, authors, the text's paragraphs kept whole as
    paragraphs (how they are parted is the wrapped-text reading's business, not the edges'), every edge line
    furniture of its kind and nothing else furniture."""
    paragraphs = [_WS.sub("", doc.span_text(s)) for s in doc.spans if s.kind == "paragraph"]
    furniture = [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]
    return {
        "title": doc.title == page.title,
        "authors": doc.authors == page.authors,
        "body": "".join(paragraphs) == "".join(_WS.sub("", p) for p in page.body),
        "edges": furniture == page.furniture,
    }
