"""Tokens of a reference string and the features the labeller sees for each.

A token is a URL or a DOI (found whole by exact rules), a run of Latin letters, a run of digits, a run of CJK
characters (a date or locator character next to a digit, `年` `第` `期` `页`, and a role word at a run's end,
`等` `主编` `編`, stand alone), or one other character. Full-width forms are folded to their half-width
twins for the features only: offsets always refer to the text given. Features name what a token is (shape,
script, number shape, lexicon class), where it is (inside which quotation marks or brackets, after how many
stops), and the same for its neighbours.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from allyscope.references.fields import url_end

_CJK_CHARS = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶー]"
TOKEN = re.compile(
    r"(?P<url>(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)[^\s\]\u3000-\u9fff\uff00-\uffef]+)"
    r"|(?P<doi>\b10\.\d{4,9}/[^\s，。；、]+)"
    r"|(?P<lat>[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][A-Za-z\u00c0-\u024f]+)*(?:-\n[a-z\u00e0-\u024f]+)?)"
    r"|(?P<num>\d+)"
    rf"|(?P<cjk>{_CJK_CHARS}+(?:\n{_CJK_CHARS}+)*)"
    r"|(?P<other>\S)"
)
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_DIGIT_SIDE = set("年月日第期卷巻号號页頁版辑輯条條")
_ROLE_ENDS = ("主编", "主編", "编著", "編著", "監修", "等著", "等", "著", "编", "編", "译", "譯", "訳", "ほか", "他")
_ROLE_STARTS = ("参见", "參見", "载", "載", "见", "見")
_KANA = re.compile(r"[\u3040-\u30ff]")
OPENERS = {"“": "dq", '"': "sq2", "「": "jq", "『": "jb", "《": "cb", "〈": "ca", "‘": "sq", "«": "gq", "【": "lb"}
CLOSERS = {"”": "dq", "」": "jq", "』": "jb", "》": "cb", "〉": "ca", "’": "sq", "»": "gq", "】": "lb"}
STOPS = {".", "。", "．"}


@cache
def lexicon() -> dict[str, str]:
    data = json.loads(resources.files("allyscope.data").joinpath("references/lexicon.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for name, words in data["classes"].items():
        for word in words:
            out.setdefault(word, name)
    return out


def fold(text: str) -> str:
    """Full-width ASCII forms → half-width, one character for one (offsets stay)."""
    return text.translate(_FOLD)


def _split_cjk(text: str, start: int, end: int, out: list[tuple[int, int, str]]) -> None:
    """A CJK run, with date and locator characters next to digits and role words at its edges apart."""
    s, e = start, end
    pieces_after: list[tuple[int, int, str]] = []
    before = text[:s].rstrip(" ")
    if s < e and before and before[-1].isdigit() and text[s] in _DIGIT_SIDE:
        out.append((s, s + 1, "cjk"))
        s += 1
        if s < e and text[s] == "版":  # `2022 年版`: the edition of a year
            out.append((s, s + 1, "cjk"))
            s += 1
    if s < e and e < len(text) and text[e].isdigit() and text[e - 1] in _DIGIT_SIDE:
        pieces_after.append((e - 1, e, "cjk"))
        e -= 1
    if e - s > 1:
        for word in _ROLE_STARTS:
            if text.startswith(word, s, e) and e - s > len(word):
                out.append((s, s + len(word), "cjk"))
                s += len(word)
                break
        found = True
        while found:
            found = False
            for word in _ROLE_ENDS:
                if text.endswith(word, s, e) and e - s > len(word):
                    pieces_after.insert(0, (e - len(word), e, "cjk"))
                    e -= len(word)
                    found = True
                    break
    if s < e:
        out.append((s, e, "cjk"))
    out.extend(pieces_after)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every token of `text` (kind: url, doi, lat, num, cjk, other)."""
    folded = fold(text)
    out: list[tuple[int, int, str]] = []
    _tokens(folded, 0, len(folded), out)
    return out


def _tokens(folded: str, pos: int, endpos: int, out: list[tuple[int, int, str]]) -> None:
    for m in TOKEN.finditer(folded, pos, endpos):
        kind = m.lastgroup or "other"
        start, end = m.span()
        if kind in ("url", "doi"):
            end = url_end(folded, start, end)
            out.append((start, end, kind))
            if end < m.end():  # what the URL does not take (stops, `(访问日期`) is read again
                _tokens(folded, end, m.end(), out)
        elif kind == "cjk" and end - start > 1:
            _split_cjk(folded, start, end, out)
        else:
            out.append((start, end, kind))


def _shape(word: str, kind: str) -> str:
    if kind == "lat":
        if len(word) == 1:
            return "I" if word.isupper() else "i"
        if word.isupper():
            return "AA" if len(word) <= 3 else "AAAA"
        if word[0].isupper():
            return "Aa"
        return "a"
    if kind == "num":
        n = len(word)
        if n == 4 and word[:2] in ("18", "19", "20"):
            return "YEAR"
        return "N" + str(min(n, 5))
    if kind == "cjk":
        n = len(word)
        script = "K" if _KANA.search(word) else "C"
        return script + str(n if n < 4 else (4 if n < 8 else 8))
    if kind == "other":
        return word
    return kind


def featurize(text: str, tokens: list[tuple[int, int, str]], context: str | None = None) -> list[list[str]]:
    """The feature strings of every token (the labeller's input). `context` says where the reference stands
    when the caller knows: `note` (a footnote or endnote, whose last page is the page cited) or `list` (an
    entry of a reference list, whose pages are the work's)."""
    folded = fold(text)
    lex = lexicon()
    n = len(tokens)
    words: list[str] = []
    shapes: list[str] = []
    classes: list[str] = []
    for start, end, kind in tokens:
        word = folded[start:end]
        if "\n" in word:  # a word the page broke (`Peninsu-\nla`, `大西\n洋`) is one word
            word = word.replace("-\n", "").replace("\n", "")
        low = word.lower()
        shape = _shape(word, kind)
        cls = lex.get(low, "")
        # a name, a title word, a journal: the words of one reference are seldom another's, so the labeller
        # learns their shape and place; only function words, marks and short CJK words are known by themselves
        known = cls or kind == "other" or (kind == "lat" and word.islower()) or (kind == "cjk" and len(word) <= 2)
        words.append(low if known and len(low) <= 12 else "<" + shape + ">")
        shapes.append(shape)
        classes.append(cls)
    feats: list[list[str]] = []
    quote = ""
    paren = 0
    bracket = 0
    stops = 0
    commas = 0
    last = n - 1
    ctx = "ctx=" + context if context else "b"
    for i, (start, end, kind) in enumerate(tokens):
        sh = shapes[i]
        f = [
            "b",
            ctx,
            "w=" + words[i],
            "s=" + sh,
            "q=" + quote,
            "st=" + str(min(stops, 6)),
            "cm=" + str(min(commas, 8)),
            "pos=" + str(5 * i // n),
        ]
        if paren:
            f.append("par")
        if bracket:
            f.append("brk")
        if classes[i]:
            f.append("c=" + classes[i])
        if kind == "cjk":
            f.append("c0=" + folded[start])
            f.append("c9=" + folded[end - 1])
            if end - start > 12:
                f.append("long")
        elif kind == "lat" and end < len(folded) and folded[end] == ".":
            f.append("dot")
        if start == 0 or folded[start - 1] in " \n":
            f.append("sp")
        if start and folded[start - 1] == "\n":
            f.append("nl")
        if i == 0:
            f.append("BOS")
        else:
            f += [
                "w-1=" + words[i - 1],
                "s-1=" + shapes[i - 1],
                "c-1=" + classes[i - 1],
                "ss=" + shapes[i - 1] + "|" + sh,
            ]
            if i > 1:
                f += ["s-2=" + shapes[i - 2], "w-2=" + words[i - 2]]
        if i == last:
            f.append("EOS")
        else:
            f += [
                "w+1=" + words[i + 1],
                "s+1=" + shapes[i + 1],
                "c+1=" + classes[i + 1],
                "sn=" + sh + "|" + shapes[i + 1],
            ]
            if i < last - 1:
                f += ["s+2=" + shapes[i + 2], "w+2=" + words[i + 2]]
        feats.append(f)
        # the state after this token
        if kind == "other":
            ch = folded[start]
            if quote:
                if (CLOSERS.get(ch) == quote) or (ch == '"' and quote == "sq2"):
                    quote = ""
            elif ch in OPENERS:
                quote = OPENERS[ch]
            elif ch in "([（":
                if ch == "[":
                    bracket += 1
                else:
                    paren += 1
            elif ch in ")）" and paren:
                paren -= 1
            elif ch == "]" and bracket:
                bracket -= 1
            elif ch in STOPS and (end >= len(folded) or folded[end] in " \n" or ch != "."):
                stops += 1
            elif ch in ",，、":
                commas += 1
    return feats
