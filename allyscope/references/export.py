"""The bibliography in the formats reference managers read: CSL-JSON, BibTeX, RIS, and a readable list.

BibTeX keys are built from the first author's family name (ASCII letters only), the year and the first title
word, with `a`, `b`, … added where two works would share a key; a work without ASCII in its author or title
(Chinese, Japanese) gets a key from the digest of its title, so keys stay the same from run to run. CJK text
is written as UTF-8; LaTeX's special characters are escaped outside the URL.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

Item = dict[str, Any]

_BIBTEX_TYPES = {
    "article-journal": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "thesis": "phdthesis",
    "report": "techreport",
}
_RIS_TYPES = {
    "article-journal": "JOUR",
    "article-newspaper": "NEWS",
    "webpage": "ELEC",
    "book": "BOOK",
    "chapter": "CHAP",
    "report": "RPRT",
    "legislation": "STAT",
    "thesis": "THES",
    "speech": "GEN",
    "document": "GEN",
}
_LATEX = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX_RE = re.compile("|".join(re.escape(c) for c in _LATEX))


def latex_escape(text: str) -> str:
    return _LATEX_RE.sub(lambda m: _LATEX[m.group(0)], text)


def name_text(name: dict[str, str], *, family_first: bool = False) -> str:
    if "literal" in name:
        return name["literal"]
    family, given = name.get("family", ""), name.get("given", "")
    if not given:
        return family
    return f"{family}, {given}" if family_first else f"{given} {family}"


def year_of(item: Item) -> int | None:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return parts[0][0] if parts and parts[0] else None


def _ascii_word(text: str) -> str:
    return "".join(re.findall(r"[A-Za-z]+", text))[:20].lower()


def bibtex_keys(items: list[Item]) -> list[str]:
    """Stable, unique citation keys for `items`, in order."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for item in items:
        authors = item.get("author") or []
        family = _ascii_word(authors[0].get("family") or authors[0].get("literal", "")) if authors else ""
        title_words = re.findall(r"[A-Za-z]{3,}", item.get("title", ""))
        year = year_of(item) or ""
        if family or title_words:
            base = f"{family or 'anon'}{year}{title_words[0].lower() if title_words else ''}"
        else:
            digest = hashlib.sha1((item.get("title") or item.get("note") or "").encode("utf-8")).hexdigest()[:8]
            base = f"ref{year}{digest}"
        count = seen.get(base, 0)
        seen[base] = count + 1
        keys.append(base if count == 0 else f"{base}{chr(ord('a') + count - 1)}")
    return keys


def to_bibtex(items: list[Item]) -> str:
    entries = []
    for key, item in zip(bibtex_keys(items), items, strict=True):
        kind = _BIBTEX_TYPES.get(item.get("type", ""), "misc")
        fields: list[tuple[str, str]] = []
        if item.get("author"):
            fields.append(
                (
                    "author",
                    " and ".join(
                        "{" + latex_escape(n["literal"]) + "}"
                        if "literal" in n
                        else latex_escape(name_text(n, family_first=True))
                        for n in item["author"]
                    ),
                )
            )
        if item.get("title"):
            fields.append(("title", latex_escape(item["title"])))
        container = item.get("container-title")
        if container:
            fields.append(
                (
                    "journal" if kind == "article" else "booktitle" if kind == "incollection" else "howpublished",
                    latex_escape(container),
                )
            )
        for csl, bib in (
            ("publisher", "publisher"),
            ("publisher-place", "address"),
            ("volume", "volume"),
            ("issue", "number"),
            ("page", "pages"),
            ("language", "language"),
            ("note", "note"),
        ):
            if item.get(csl):
                value = str(item[csl]).replace("-", "--") if csl == "page" else str(item[csl])
                fields.append((bib, latex_escape(value)))
        parts = (item.get("issued") or {}).get("date-parts") or [[]]
        if parts and parts[0]:
            fields.append(("year", str(parts[0][0])))
            if len(parts[0]) > 1:
                fields.append(("month", str(parts[0][1])))
            fields.append(("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0]))))
        if item.get("URL"):
            fields.append(("url", item["URL"].replace("{", "%7B").replace("}", "%7D")))
        if item.get("DOI"):  # a verbatim field, like the URL
            fields.append(("doi", item["DOI"].replace("{", "%7B").replace("}", "%7D")))
        if kind == "techreport":
            fields.append(
                (
                    "institution",
                    latex_escape(item.get("publisher") or name_text((item.get("author") or [{"literal": ""}])[0])),
                )
            )
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{kind}{{{key},\n{body}\n}}")
    return "\n\n".join(entries) + ("\n" if entries else "")


def to_ris(items: list[Item]) -> str:
    records = []
    for item in items:
        lines = [f"TY  - {_RIS_TYPES.get(item.get('type', ''), 'GEN')}"]
        for name in item.get("author") or []:
            lines.append(f"AU  - {name_text(name, family_first=True)}")
        if item.get("title"):
            lines.append(f"TI  - {item['title']}")
        if item.get("container-title"):
            lines.append(f"T2  - {item['container-title']}")
        parts = (item.get("issued") or {}).get("date-parts") or [[]]
        if parts and parts[0]:
            lines.append(f"PY  - {parts[0][0]}")
            lines.append(
                "DA  - "
                + "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0]))
                + "/" * (3 - len(parts[0]))
            )
        for csl, tag in (
            ("volume", "VL"),
            ("issue", "IS"),
            ("publisher", "PB"),
            ("publisher-place", "CY"),
            ("URL", "UR"),
            ("DOI", "DO"),
            ("language", "LA"),
            ("note", "N1"),
        ):
            if item.get(csl):
                lines.append(f"{tag}  - {item[csl]}")
        if item.get("page"):
            start, _, end = str(item["page"]).partition("-")
            lines.append(f"SP  - {start}")
            if end:
                lines.append(f"EP  - {end}")
        lines.append(f"ID  - {item.get('id', '')}")
        lines.append("ER  - ")
        records.append("\n".join(lines))
    return "\n\n".join(records) + ("\n" if records else "")


def to_text(items: list[Item]) -> str:
    lines = []
    for item in items:
        authors = "、".join(name_text(n) for n in item.get("author") or [])
        parts = [p for p in (authors, item.get("title") or item.get("note"), item.get("container-title")) if p]
        date = (item.get("issued") or {}).get("date-parts") or [[]]
        if date and date[0]:
            parts.append("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(date[0])))
        if item.get("page"):
            parts.append(f"p. {item['page']}")
        if item.get("URL"):
            parts.append(item["URL"])
        if item.get("DOI"):
            parts.append(f"doi:{item['DOI']}")
        cited = item.get("cited_by")
        suffix = f"  (notes {', '.join(cited)})" if cited else ""
        lines.append(f"[{item.get('id', '')}] {'. '.join(str(p) for p in parts)}.{suffix}")
    return "\n".join(lines) + ("\n" if lines else "")


FORMATS = {"csl-json": None, "bibtex": to_bibtex, "ris": to_ris, "text": to_text}
