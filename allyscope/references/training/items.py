"""Generated CSL-JSON items in en, zh, zh-Hant and ja, from the word pools of `data/references/vocab.json`.

Each pool is split in two by a stable hash of its entries: `train` items draw from one half, `heldout` items
from the other, so held-out items share no name, title word, journal or publisher with training items.
"""

from __future__ import annotations

import hashlib
import json
import random
from functools import cache
from importlib import resources
from typing import Any

Item = dict[str, Any]
LANGUAGES = ("en", "zh", "zh-Hant", "ja")
TYPES = (
    ("article-journal", 36),
    ("book", 18),
    ("chapter", 12),
    ("article-newspaper", 9),
    ("webpage", 12),
    ("report", 8),
    ("thesis", 5),
)


@cache
def vocab() -> dict[str, Any]:
    text = resources.files("allyscope.data").joinpath("references/vocab.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _half(entry: str) -> str:
    return "heldout" if hashlib.sha1(entry.encode("utf-8")).digest()[0] % 2 else "train"


@cache
def pools(language: str, split: str) -> dict[str, list[str]]:
    """The word pools of one language for one split; a pool too small to split is shared."""
    out: dict[str, list[str]] = {}
    for key, entries in vocab()[language].items():
        if key in ("title_patterns", "genre", "report_kind"):
            out[key] = list(entries)
            continue
        mine = [e for e in entries if _half(e) == split]
        out[key] = mine if len(mine) >= 3 else list(entries)
    return out


class ItemMaker:
    """Random but reproducible CSL-JSON items of one split."""

    def __init__(self, seed: int, split: str) -> None:
        self.rng = random.Random(seed)
        self.split = split
        self.count = 0

    def _pick(self, language: str, key: str) -> str:
        return self.rng.choice(pools(language, key_split(self.split))[key])

    def person(self, language: str) -> dict[str, str]:
        rng = self.rng
        if language == "en":
            given = self._pick("en", "given")
            roll = rng.random()
            if roll < 0.3:
                given += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
            elif roll < 0.4:
                given += " " + self._pick("en", "given")
            return {"family": self._pick("en", "family"), "given": given}
        family = self._pick(language, "family")
        return {"family": family + self._pick(language, "given")}

    def org(self, language: str) -> dict[str, str]:
        return {"literal": self._pick(language, "site")}

    def title(self, language: str) -> str:
        pattern = self._pick(language, "title_patterns")
        title = pattern
        topics = self.rng.sample(pools(language, key_split(self.split))["topic"], title.count("{T}"))
        for topic in topics:
            title = title.replace("{T}", topic, 1)
        while "{R}" in title:
            title = title.replace("{R}", self._pick(language, "region"), 1)
        if language == "en":
            title = title[0].upper() + title[1:]
        return self._decorate(language, title)

    def _decorate(self, language: str, title: str) -> str:
        """What real titles carry: a word in inner quotes, a year, a session number, a qualifier in brackets."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            word = self._pick(language, "topic")
            quoted = {"en": "‘{}’", "zh": "“{}”", "zh-Hant": "「{}」", "ja": "「{}」"}[language].format(word)
            title = (
                title.replace(word, quoted, 1) if word in title else f"{title}{' ' if language == 'en' else ''}{quoted}"
            )
        elif roll < 0.12:
            title = f"{title} {rng.randint(1995, 2025)}"
        elif roll < 0.15 and language != "en":
            title = f"第 {rng.randint(2, 215)} {'回' if language == 'ja' else '届'}{title}"
        elif roll < 0.18:
            title += {"en": " (Provisional Translation)", "zh": "（全文）", "zh-Hant": "（全文）", "ja": "（仮訳）"}[
                language
            ]
        elif roll < 0.22 and language != "en":
            title += {"zh": "？", "zh-Hant": "？", "ja": "か"}[language]
        return title

    def date(self, precision: int) -> dict[str, Any]:
        rng = self.rng
        parts = [rng.randint(1985, 2025)]
        if precision >= 2:
            parts.append(rng.randint(1, 12))
        if precision >= 3:
            parts.append(rng.randint(1, 28))
        return {"date-parts": [parts]}

    def pages(self) -> str:
        first = self.rng.randint(1, 420)
        if self.rng.random() < 0.15:
            return str(first)
        return f"{first}-{first + self.rng.randint(3, 40)}"

    def url(self, language: str) -> str:
        rng = self.rng
        host = rng.choice(
            {
                "en": ["www.nato.int", "www.defense.gov", "www.whitehouse.gov", "www.csis.org", "www.rand.org"],
                "zh": ["www.mfa.gov.cn", "www.xinhuanet.com", "www.gov.cn", "www.mod.gov.cn", "world.people.com.cn"],
                "zh-Hant": ["www.mofa.gov.tw", "www.mnd.gov.tw", "www.cna.com.tw"],
                "ja": ["www.mofa.go.jp", "www.mod.go.jp", "www.kantei.go.jp", "www.jiia.or.jp", "www.nids.mod.go.jp"],
            }[language]
        )
        path = "/".join(
            rng.choice(["news", "cps", "en", "web", "policy", "press", "a_o", "j", "topics", "natohq"])
            for _ in range(rng.randint(1, 3))
        )
        name = f"{rng.choice(['', 'page_', 't'])}{rng.randint(1000, 999999)}"
        return f"https://{host}/{path}/{name}.{rng.choice(['htm', 'html', 'shtml', 'pdf'])}"

    def doi(self) -> str:
        rng = self.rng
        suffix = f"{rng.choice(['', 'j.', 's'])}{rng.randint(1000, 99999999)}.{rng.randint(1, 999)}"
        return f"10.{rng.randint(1000, 99999)}/{suffix}"

    def authors(self, language: str, allow_org: bool) -> list[dict[str, str]]:
        rng = self.rng
        if allow_org and rng.random() < 0.35:
            return [self.org(language)]
        count = rng.choices([1, 2, 3, 4, 7], weights=[45, 28, 14, 8, 5])[0]
        return [self.person(language) for _ in range(count)]

    def item(self, language: str | None = None, kind: str | None = None) -> Item:
        rng = self.rng
        language = language or rng.choices(LANGUAGES, weights=[50, 25, 8, 17])[0]
        kind = kind or rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
        self.count += 1
        item: Item = {"id": f"i{self.count}", "type": kind, "title": self.title(language), "language": language}
        online = kind == "webpage"
        if not (kind in ("webpage", "article-newspaper", "report") and rng.random() < 0.2):
            item["author"] = self.authors(language, allow_org=kind in ("webpage", "report"))
        if kind == "article-journal":
            item["container-title"] = self._pick(language, "journal")
            item["issued"] = self.date(rng.choices([1, 2], weights=[80, 20])[0])
            if rng.random() < 0.8:
                item["volume"] = str(rng.randint(1, 80))
            if rng.random() < 0.85:
                item["issue"] = str(rng.randint(1, 12))
            item["page"] = self.pages()
            if language == "en" and rng.random() < 0.45:
                item["DOI"] = self.doi()
        elif kind in ("book", "report", "thesis"):
            if kind == "thesis":
                item["publisher"] = self._pick(language, "school")
                item["genre"] = self._pick(language, "genre")
            else:
                item["publisher"] = self._pick(language, "publisher")
            if kind == "report":
                item["genre"] = self._pick(language, "report_kind")
                if rng.random() < 0.4:
                    item["number"] = f"{rng.choice(['RR', 'WP', 'No. ', ''])}{rng.randint(10, 2999)}"
            if rng.random() < 0.85:
                item["publisher-place"] = self._pick(language, "place")
            item["issued"] = self.date(1)
            if kind == "book" and rng.random() < 0.12:
                item["edition"] = str(rng.randint(2, 5))
            online = kind == "report" and rng.random() < 0.3
        elif kind == "chapter":
            item["container-title"] = self.title(language)
            item["editor"] = [self.person(language) for _ in range(rng.choice([1, 1, 2]))]
            item["publisher"] = self._pick(language, "publisher")
            if rng.random() < 0.85:
                item["publisher-place"] = self._pick(language, "place")
            item["issued"] = self.date(1)
            item["page"] = self.pages()
        elif kind == "article-newspaper":
            item["container-title"] = self._pick(language, "newspaper")
            item["issued"] = self.date(3)
            if rng.random() < 0.5:
                item["page"] = str(rng.randint(1, 24))
            online = rng.random() < 0.3
        if online:
            item["URL"] = self.url(language)
            if kind == "webpage":
                item["container-title"] = self._pick(language, "site")
                item["issued"] = self.date(rng.choice([1, 3, 3]))
            if rng.random() < 0.7:
                item["accessed"] = self.date(3)
        return item


def key_split(split: str) -> str:
    return "heldout" if split == "heldout" else "train"
