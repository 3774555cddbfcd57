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
from dataclasses import dataclass
from functools import cache, lru_cache
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
_ROLE_START_CHARS = frozenset(word[0] for word in _ROLE_STARTS)
_ROLE_END_CHARS = frozenset(word[-1] for word in _ROLE_ENDS)
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
    back = s - 1
    while back >= 0 and text[back] == " ":  # the character before the run, spaces skipped
        back -= 1
    if s < e and back >= 0 and text[back].isdigit() and text[s] in _DIGIT_SIDE:
        out.append((s, s + 1, "cjk"))
        s += 1
        if s < e and text[s] == "版":  # `2022 年版`: the edition of a year
            out.append((s, s + 1, "cjk"))
            s += 1
    if s < e and e < len(text) and text[e].isdigit() and text[e - 1] in _DIGIT_SIDE:
        pieces_after.append((e - 1, e, "cjk"))
        e -= 1
    if e - s > 1:
        if text[s] in _ROLE_START_CHARS:
            for word in _ROLE_STARTS:
                if text.startswith(word, s, e) and e - s > len(word):
                    out.append((s, s + len(word), "cjk"))
                    s += len(word)
                    break
        found = text[e - 1] in _ROLE_END_CHARS  # most runs end in no role word: the words are not tried
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


Feature = bytes  # a feature as the UTF-8 bytes the model stores its attributes in


def _utf8(*parts: str) -> Feature:
    return "".join(parts).encode("utf-8")


@dataclass(frozen=True, slots=True)
class _TokenFeatures:
    """What a token contributes to its own features and to its neighbours', as the bytes the model reads.

    A function of the token's text and kind only, so it is made once per distinct token (`_token_features`):
    a document's notes repeat their marks, digits, role words and function words, and the labeller then only
    assembles features made before instead of concatenating and encoding ~20 strings per token."""

    word: Feature  # `w=…`
    shape: Feature  # `s=…`
    own: tuple[Feature, ...]  # `c=…` when the token is in the lexicon; for CJK `c0=`, `c9=` and `long`
    before: tuple[Feature, Feature, Feature]  # as the token before another: `w-1=`, `s-1=`, `c-1=`
    after: tuple[Feature, Feature, Feature]  # as the token after another: `w+1=`, `s+1=`, `c+1=`
    two_before: tuple[Feature, Feature]  # `s-2=`, `w-2=`
    two_after: tuple[Feature, Feature]  # `s+2=`, `w+2=`
    shape_bare: str  # the shape alone, for the pair features `ss=` and `sn=`


@lru_cache(maxsize=8192)
def _token_features(raw: str, kind: str) -> _TokenFeatures:
    word = raw
    if "\n" in word:  # a word the page broke (`Peninsu-\nla`, `大西\n洋`) is one word
        word = word.replace("-\n", "").replace("\n", "")
    low = word.lower()
    shape = _shape(word, kind)
    cls = lexicon().get(low, "")
    # a name, a title word, a journal: the words of one reference are seldom another's, so the labeller
    # learns their shape and place; only function words, marks and short CJK words are known by themselves
    known = cls or kind == "other" or (kind == "lat" and word.islower()) or (kind == "cjk" and len(word) <= 2)
    w = low if known and len(low) <= 12 else "<" + shape + ">"
    # each of the word, shape and class encoded once, then joined to the prefixes as bytes (the same bytes as
    # encoding each feature's string: UTF-8 of a concatenation is the concatenation of the UTF-8s)
    wb, sb, cb = w.encode("utf-8"), shape.encode("utf-8"), cls.encode("utf-8")
    own: list[Feature] = []
    if cls:
        own.append(b"c=" + cb)
    if kind == "cjk":
        own += [_utf8("c0=", raw[0]), _utf8("c9=", raw[-1])]
        if len(raw) > 12:
            own.append(b"long")
    return _TokenFeatures(
        b"w=" + wb,
        b"s=" + sb,
        tuple(own),
        (b"w-1=" + wb, b"s-1=" + sb, b"c-1=" + cb),
        (b"w+1=" + wb, b"s+1=" + sb, b"c+1=" + cb),
        (b"s-2=" + sb, b"w-2=" + wb),
        (b"s+2=" + sb, b"w+2=" + wb),
        shape,
    )


@lru_cache(maxsize=4096)
def _pair(prefix: str, left: str, right: str) -> Feature:
    return _utf8(prefix, left, "|", right)


_QUOTE = {name: _utf8("q=", name) for name in ("", *OPENERS.values())}
_MOST_STOPS = 6
_MOST_COMMAS = 8
_STOPS = tuple(_utf8("st=", str(k)) for k in range(_MOST_STOPS + 1))
_COMMAS = tuple(_utf8("cm=", str(k)) for k in range(_MOST_COMMAS + 1))
_POSITION = tuple(_utf8("pos=", str(k)) for k in range(5))


def featurize(text: str, tokens: list[tuple[int, int, str]], context: str | None = None) -> list[list[Feature]]:
    """The features of every token (the labeller's input), as UTF-8 bytes: python-crfsuite takes bytes as they
    are and would otherwise encode every string on every call. `context` says where the reference stands
    when the caller knows: `note` (a footnote or endnote, whose last page is the page cited) or `list` (an
    entry of a reference list, whose pages are the work's)."""
    folded = fold(text)
    n = len(tokens)
    size = len(folded)
    made = [_token_features(folded[start:end], kind) for start, end, kind in tokens]
    feats: list[list[Feature]] = []
    quote = ""
    paren = 0
    bracket = 0
    stops = 0
    commas = 0
    last = n - 1
    ctx = _utf8("ctx=", context) if context else b"b"
    for i, (start, end, kind) in enumerate(tokens):
        tf = made[i]
        f = [b"b", ctx, tf.word, tf.shape, _QUOTE[quote], _STOPS[stops], _COMMAS[commas], _POSITION[5 * i // n]]
        if paren:
            f.append(b"par")
        if bracket:
            f.append(b"brk")
        if tf.own:
            f += tf.own
        if kind == "lat" and end < size and folded[end] == ".":
            f.append(b"dot")
        if start == 0 or folded[start - 1] in " \n":
            f.append(b"sp")
        if start and folded[start - 1] == "\n":
            f.append(b"nl")
        if i == 0:
            f.append(b"BOS")
        else:
            prev = made[i - 1]
            f += prev.before
            f.append(_pair("ss=", prev.shape_bare, tf.shape_bare))
            if i > 1:
                f += made[i - 2].two_before
        if i == last:
            f.append(b"EOS")
        else:
            nxt = made[i + 1]
            f += nxt.after
            f.append(_pair("sn=", tf.shape_bare, nxt.shape_bare))
            if i < last - 1:
                f += made[i + 2].two_after
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
            elif ch in STOPS and (end >= size or folded[end] in " \n" or ch != "."):
                if stops < _MOST_STOPS:  # the feature counts up to a bound
                    stops += 1
            elif ch in ",，、" and commas < _MOST_COMMAS:
                commas += 1
    return feats
