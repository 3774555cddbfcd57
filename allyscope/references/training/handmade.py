"""Two Chinese and two Japanese note styles that no CSL style renders, by small renderers of our own.

Kept apart from the CSL renderings (`render`), which are the bulk of the data: these cover the notes of Chinese
social-science journals (`作者：《题名》，《刊名》2015 年第 4 期，第 12—20 页。`) and of Japanese journals
(`著者「題名」『誌名』第 65 巻第 2 号、2023 年、45–60 頁。`), whose items may be English too. Variant `a` of each is
used for training, variant `b` (other separators, dashes and word order) only for held-out evaluation.
"""

from __future__ import annotations

import calendar
import random
from typing import Any

Item = dict[str, Any]
Piece = tuple[str, str]  # (text, label)


def _names(item: Item, key: str, sep: str, limit: int, etal: str) -> str:
    names = []
    for person in item.get(key, [])[:limit]:
        if "literal" in person:
            names.append(person["literal"])
        elif "given" in person:
            names.append(f"{person['given']} {person['family']}")
        else:
            names.append(person["family"])
    out = sep.join(names)
    if len(item.get(key, [])) > limit:
        out += etal
    return out


def _date(parts: list[int], cjk: bool, style: str) -> str:
    if not cjk:
        months = [calendar.month_name[m] for m in range(1, 13)]
        if len(parts) == 3:
            return f"{months[parts[1] - 1]} {parts[2]}, {parts[0]}"
        if len(parts) == 2:
            return f"{months[parts[1] - 1]} {parts[0]}"
        return str(parts[0])
    space = " " if style == "spaced" else ""
    out = f"{parts[0]}{space}年"
    if len(parts) >= 2:
        out += f"{space}{parts[1]}{space}月"
    if len(parts) == 3:
        out += f"{space}{parts[2]}{space}日"
    return out


_ERAS = (("令和", 2018), ("平成", 1988), ("昭和", 1925))


def _era(parts: list[int]) -> str:
    """A Japanese era date (`平成25年12月17日`), as Japanese official documents are cited."""
    name, base = next((n, b) for n, b in _ERAS if parts[0] > b)
    year = parts[0] - base
    out = f"{name}{'元' if year == 1 else year}年"
    if len(parts) >= 2:
        out += f"{parts[1]}月"
    if len(parts) == 3:
        out += f"{parts[2]}日"
    return out


def _pages(page: str, dash: str) -> str:
    return page.replace("-", dash)


def zh_note(item: Item, rng: random.Random, variant: str, locator: str | None) -> list[Piece]:
    """A note in the manner of Chinese social-science journals (variant a) or with half-width marks (b)."""
    cjk = item.get("language", "en") != "en"
    kind = item["type"]
    colon, comma, end = ("：", "，", "。") if variant == "a" else (":", ",", "。")
    dash = rng.choice(["—", "-", "～"]) if variant == "a" else rng.choice(["~", "–"])
    spaced = "spaced" if rng.random() < 0.5 else "tight"
    date = item.get("issued", {}).get("date-parts", [[]])[0]
    out: list[Piece] = []
    if not cjk:
        return en_note(item, rng, locator)
    if item.get("author") and locator and rng.random() < 0.15:  # a later, short note: author, title, page
        return [
            (_names(item, "author", "、", 3, "等"), "author"),
            (colon, "O"),
            ("《", "O"),
            (item["title"], "title"),
            ("》", "O"),
            (comma + "第", "O"),
            (locator, "locator"),
            ("页" + end, "O"),
        ]
    if not item.get("author") and kind in ("book", "report") and rng.random() < 0.3:  # `2022 年版北约《战略概念》`
        pieces: list[Piece] = [(str(date[0]), "date"), (" 年版" if spaced == "spaced" else "年版", "O")]
        return [
            *pieces,
            (item.get("publisher", ""), "publisher"),
            ("《", "O"),
            (item["title"], "title"),
            ("》" + end, "O"),
        ]
    if item.get("author"):
        out += [(_names(item, "author", "、", 3, "等"), "author"), (colon, "O")]
    out += [("《", "O"), (item["title"], "title"), ("》", "O")]
    page_label = "locator" if locator else "page"
    page = locator or item.get("page")
    if kind == "article-journal":
        out += [(comma, "O"), ("载" if variant == "b" and rng.random() < 0.5 else "", "O")]
        out += [("《", "O"), (item["container-title"], "container"), ("》", "O")]
        if variant == "b":
            out += [(comma, "O")]
        out += [(str(date[0]), "date"), (f"{' ' if spaced == 'spaced' else ''}年", "O")]
        if item.get("issue"):
            out += [("第" if rng.random() < 0.8 else "", "O"), (item["issue"], "issue"), ("期", "O")]
    elif kind == "chapter":
        out += [(comma + "载", "O"), (_names(item, "editor", "、", 3, "等"), "editor"), ("主编" + colon, "O")]
        out += [("《", "O"), (item["container-title"], "container"), ("》", "O"), (comma, "O")]
        if item.get("publisher-place"):
            out += [(item["publisher-place"], "place"), (colon, "O")]
        out += [(item["publisher"], "publisher"), (comma, "O"), (str(date[0]), "date"), ("年", "O")]
    elif kind in ("book", "report", "thesis"):
        out += [(comma, "O")]
        if kind == "thesis":
            out += [(item["publisher"], "publisher"), (item.get("genre", ""), "genre")]
            out += [(comma, "O"), (str(date[0]), "date"), ("年", "O")]
        else:
            if item.get("publisher-place"):
                out += [(item["publisher-place"], "place"), (colon, "O")]
            out += [(item["publisher"], "publisher")]
            if variant == "b":
                out += [(str(date[0]), "date"), ("年版", "O")]
            else:
                out += [(comma, "O"), (str(date[0]), "date"), ("年", "O")]
    elif kind == "article-newspaper":
        out += [(comma, "O"), ("《", "O"), (item["container-title"], "container"), ("》", "O")]
        out += [(_date(date, True, spaced), "date")]
        if item.get("page") and not locator:
            out += [(comma, "O"), ("第", "O"), (item["page"], "page"), ("版", "O")]
        page = locator
    else:  # webpage
        if item.get("container-title"):
            out += [(comma, "O"), (item["container-title"], "container")]
        if date:
            out += [(comma, "O"), (_date(date, True, spaced), "date")]
        if item.get("URL"):
            out += [(comma, "O"), (item["URL"], "url")]
        if item.get("accessed"):
            acc = item["accessed"]["date-parts"][0]
            out += [("（" if variant == "a" else "(", "O"), ("登录时间" if variant == "a" else "访问日期", "O")]
            out += [(colon, "O"), (_date(acc, True, spaced), "accessed"), ("）" if variant == "a" else ")", "O")]
        page = None
    if page:
        out += [(comma, "O"), ("第", "O"), (_pages(page, dash), page_label), ("页", "O")]
    out += [(end, "O")]
    return out


def en_note(item: Item, rng: random.Random, locator: str | None) -> list[Piece]:
    """An English item as Chinese and Japanese journals cite it in their notes (Chicago-like, `Vol.`/`No.`)."""
    kind = item["type"]
    date = item.get("issued", {}).get("date-parts", [[]])[0]
    out: list[Piece] = []
    if item.get("author"):
        out += [(_names(item, "author", ", ", 3, " et al."), "author"), (", ", "O")]
    quoted = kind in ("article-journal", "chapter", "article-newspaper", "webpage")
    if quoted:
        out += [("“", "O"), (item["title"], "title"), (",”", "O")]
    else:
        out += [(item["title"], "title")]
    if kind == "article-journal":
        out += [(" ", "O"), (item["container-title"], "container")]
        if item.get("volume"):
            out += [(", Vol. ", "O"), (item["volume"], "volume")]
        if item.get("issue"):
            out += [(", No. ", "O"), (item["issue"], "issue")]
        out += [(", ", "O"), (_date(date, False, ""), "date")]
    elif kind == "chapter":
        out += [(" in ", "O"), (_names(item, "editor", " and ", 3, " et al."), "editor"), (", ed., ", "O")]
        out += [(item["container-title"], "container"), (" (", "O")]
        if item.get("publisher-place"):
            out += [(item["publisher-place"], "place"), (": ", "O")]
        out += [(item["publisher"], "publisher"), (", ", "O"), (str(date[0]), "date"), (")", "O")]
    elif kind in ("book", "report", "thesis"):
        out += [(" (", "O")]
        if item.get("publisher-place"):
            out += [(item["publisher-place"], "place"), (": ", "O")]
        out += [(item["publisher"], "publisher"), (", ", "O"), (str(date[0]), "date"), (")", "O")]
    else:
        if item.get("container-title"):
            out += [(" ", "O"), (item["container-title"], "container")]
        if date:
            out += [(", ", "O"), (_date(date, False, ""), "date")]
        if item.get("URL"):
            out += [(", ", "O"), (item["URL"], "url")]
    page = locator or (item.get("page") if kind == "article-journal" else None)
    if page:
        out += [(", p. " if "-" not in page else ", pp. ", "O"), (page, "locator" if locator else "page")]
    out += [(".", "O")]
    return out


def ja_note(item: Item, rng: random.Random, variant: str, locator: str | None) -> list[Piece]:
    """A note in the manner of Japanese journals: `「」` for articles, `『』` for books and journals."""
    if item.get("language", "en") == "en":
        return en_note(item, rng, locator)
    kind = item["type"]
    if item.get("author") and locator and rng.random() < 0.15:  # a later, short note
        author = _names(item, "author", "・", 3, "ほか")
        return [
            (author, "author"),
            ("「" if variant == "a" else "、「", "O"),
            (item["title"], "title"),
            ("」、", "O"),
            (locator, "locator"),
            ("頁。", "O"),
        ]
    sep = "、" if variant == "b" else ""
    comma = "、" if variant == "a" else rng.choice(["、", "，"])
    date = item.get("issued", {}).get("date-parts", [[]])[0]
    out: list[Piece] = []
    if item.get("author"):
        out += [(_names(item, "author", "・", 3, "ほか"), "author"), (sep, "O")]
    book = kind in ("book", "report", "thesis")
    out += [("『" if book else "「", "O"), (item["title"], "title"), ("』" if book else "」", "O")]
    if kind == "article-journal":
        out += [(sep, "O"), ("『", "O"), (item["container-title"], "container"), ("』", "O")]
        if item.get("volume"):
            out += [("第" if variant == "a" else sep, "O"), (item["volume"], "volume"), ("巻", "O")]
        if item.get("issue"):
            out += [("第" if variant == "a" else "", "O"), (item["issue"], "issue"), ("号", "O")]
        out += [(comma, "O"), (str(date[0]), "date"), ("年", "O")]
        if len(date) > 1:
            out += [(str(date[1]), "date"), ("月", "O")]
    elif kind == "chapter":
        out += [
            (sep, "O"),
            (_names(item, "editor", "・", 3, "ほか"), "editor"),
            ("編" if variant == "a" else "編著", "O"),
        ]
        out += [("『", "O"), (item["container-title"], "container"), ("』", "O"), (comma, "O")]
        out += [(item["publisher"], "publisher"), (comma, "O"), (str(date[0]), "date"), ("年", "O")]
    elif book:
        if kind == "thesis":
            out += [(comma, "O"), (item["publisher"], "publisher"), (item.get("genre", ""), "genre")]
        else:
            if variant == "b" and item.get("publisher-place"):
                out += [(comma, "O"), (item["publisher-place"], "place"), ("：", "O")]
            else:
                out += [(comma, "O")]
            out += [(item["publisher"], "publisher")]
        if rng.random() < 0.3:
            out += [(comma, "O"), (_era(date), "date")]
        else:
            out += [(comma, "O"), (str(date[0]), "date"), ("年", "O")]
    elif kind == "article-newspaper":
        out += [(sep, "O"), ("『", "O"), (item["container-title"], "container"), ("』", "O")]
        out += [(comma, "O"), (_date(date, True, "tight"), "date")]
        if item.get("page") and not locator:
            out += [(comma, "O"), (item["page"], "page"), ("面", "O")]
    else:
        if item.get("container-title"):
            out += [(comma, "O"), (item["container-title"], "container")]
        if date:
            out += [(comma, "O"), (_era(date) if rng.random() < 0.3 else _date(date, True, "tight"), "date")]
        if item.get("URL"):
            out += [(comma, "O"), (item["URL"], "url")]
        if item.get("accessed"):
            acc = item["accessed"]["date-parts"][0]
            out += [
                ("（", "O"),
                (_date(acc, True, "tight"), "accessed"),
                ("閲覧）" if variant == "a" else "アクセス）", "O"),
            ]
    page = locator or (item.get("page") if kind in ("article-journal", "chapter") else None)
    if page:
        dash = "–" if variant == "a" else "～"
        if variant == "a":
            out += [(comma, "O"), (page.replace("-", dash), "locator" if locator else "page"), ("頁", "O")]
        else:
            out += [
                (comma, "O"),
                ("pp. " if "-" in page else "p. ", "O"),
                (page.replace("-", dash), "locator" if locator else "page"),
            ]
    out += [("。", "O")]
    return out


RENDERERS = {"zh-note": zh_note, "ja-note": ja_note}


def render_handmade(name: str, item: Item, rng: random.Random) -> tuple[str, list[str], str | None]:
    """`handmade:zh-note-a` and the like → the text, one label per character, and the cited page."""
    family, variant = name.removeprefix("handmade:").rsplit("-", 1)
    locator = str(rng.randint(1, 400)) if rng.random() < 0.6 else None
    pieces = RENDERERS[family](item, rng, variant, locator)
    text = "".join(t for t, _ in pieces)
    labels = [label for t, label in pieces for _ in t]
    return text, labels, locator
