"""The names of an author or editor field, split into CSL names in every script.

Handles `Smith, J. A., & Doe, J.` (inverted, initials), `SMITH J A, DOE J` (GB/T), `Smith JA, Doe J`
(Vancouver), `John A. Smith and Jane Doe`, `Smith, John, and Jane Doe` (first inverted), `J. A. Smith`,
`Family, Given.`; `et al.`, `等`, `ほか` end a list and are no name; `张华、李明` and `山田・佐藤` are CJK lists
(a CJK name is one `family` unless a space parts family and given); organisations are `literal`.
"""

from __future__ import annotations

import json
import re
from importlib import resources

_ETAL = re.compile(r"[,，、\s]*(?:et\s*al\.?|等(?:人)?|ほか|他|外)\s*[.,，。]?\s*$", re.IGNORECASE)
_ROLE = re.compile(
    r"(?:(?:[,，]\s*\(?|\s*\()\s*(?:eds?|editors?|edited\s+by|hrsg|comp|trans)\.?\s*\)?"
    r"|\s+(?-i:eds?|editors?|hrsg|comp|trans)\.?\s*\)?"
    r"|[,，\s]*(?:主编|主編|编著|編著|编|編|著|译|訳|監修))\s*[.,，：:]?\s*$",
    re.IGNORECASE,
)
_LEAD_ROLE = re.compile(r"^\s*(?:edited\s+by|ed\.|eds\.|by|in)\s+", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_INITIALS = re.compile(r"^(?:[A-Z\u00c0-\u00de]\.?[\s-]*){1,4}$")
_PACKED_INITIALS = re.compile(r"^[A-Z]{1,3}$")
_LEAD_INITIAL = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.-?)+)$")
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "du",
    "le",
    "la",
    "del",
    "dos",
    "das",
    "ter",
    "ten",
    "al",
    "el",
    "bin",
}


def _organisation_words() -> re.Pattern[str]:
    """Words that make a name an organisation's (`data/references/organisations.json`)."""
    data = json.loads(resources.files("allyscope.data").joinpath("references/organisations.json").read_text("utf-8"))
    return re.compile("|".join(data["words"]))


ORGANISATION = _organisation_words()
_ORG = ORGANISATION
_SPLIT_STRONG = re.compile(r"\s*(?:;|；|、|＝|／)\s*")
_AND = re.compile(r"\s*(?:,?\s*\band\b|,?\s*&|,?\s*\bund\b|，)\s*", re.IGNORECASE)
_LATIN_AND = re.compile(r"\s*(?:\band\b|&)\s*", re.IGNORECASE)
# Necessary conditions of the patterns above, tested first: a pattern that opens with `\s*` or `[,\s]*` is tried
# at every position of the name (tens of microseconds on a name of four words), while these open with a word or
# a character and are found at once; when one finds nothing, its pattern would not have matched either.
_ETAL_HINT = re.compile(r"et\s*al|[等他外]|ほか", re.IGNORECASE)
_ROLE_HINT = re.compile(r"ed|hrsg|comp|trans|[主编編著译訳監]", re.IGNORECASE)
_AND_HINT = re.compile(r"and|und|[&，]", re.IGNORECASE)
_STRONG_MARKS = frozenset(";；、＝／")


def _title_case(name: str) -> str:
    """`SMITH` → `Smith`, `VAN EVERA` → `Van Evera` (GB/T prints family names in capitals)."""
    return " ".join(w[0] + w[1:].lower() if len(w) > 1 and w.isupper() and w.isalpha() else w for w in name.split(" "))


def _initials(text: str) -> bool:
    t = text.strip()
    return bool(t) and (_INITIALS.match(t) is not None or _PACKED_INITIALS.match(t) is not None)


def _givenish(text: str) -> bool:
    """Initials, or one to three capitalised words: what follows the comma of an inverted name."""
    t = text.strip()
    if _initials(t):
        return True
    words = t.replace(".", ". ").split()
    if len(words) > 1 and _initials(words[0]) and not _initials(words[-1]):
        return False  # `B. K. Edwards`: initials and a name after them are a whole name
    return 0 < len(words) <= 3 and all(w[0].isupper() for w in words) and not _ORG.search(t)


_ANONYMOUS = re.compile(r"佚名|无名氏|無名氏|anon(?:ymous)?\.?|n\.\s?a\.", re.IGNORECASE)
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
_ENDS_IN_INITIAL = re.compile(r"(?:^|[\s.-])[A-Z]\.$")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
_CJK_SEPARATOR = re.compile(r"\s*(?:[,，、;；＝/]|・(?=[\u4e00-\u9fff]))\s*")


def _unglued(text: str) -> str:
    """`_GLUED_INITIAL.sub(r"\\1. ", text)`: an initial glued to the next name (`J.Smith`) parted from it. Tried only
    on a name holding a stop, which every glued initial has: a substitution with a group in its template goes
    through Python code at every call (about 1 µs, twice a name), and most names (every CJK one) have no stop."""
    return _GLUED_INITIAL.sub(r"\1. ", text) if "." in text else text


def _words_not_initials(text: str) -> int:
    """How many words of a name are not initials; a name of four words or fewer is not counted (the caller asks
    whether more than four are), so that no word of most names is tried against the initials' patterns."""
    words = text.split()
    return len(words) if len(words) <= 4 else sum(not _initials(w) for w in words)


def _no_stop(text: str) -> str:
    """Without the stop that ends the field, unless it is an initial's (`Doe, J.`)."""
    if text.endswith(".") and not _ENDS_IN_INITIAL.search(text):
        return text[:-1].rstrip()
    return text


def person(text: str) -> dict[str, str]:
    """One name, in whatever order it is written."""
    t = _unglued(_no_stop(text.strip().strip(",，").strip()))
    if not t:
        return {}
    cjk = _CJK.search(t) is not None
    if _ORG.search(t) or (not cjk and _words_not_initials(t) > 4):
        return {"literal": t}
    if cjk:
        parts = t.split()
        if len(parts) == 2 and not _LATIN.search(t):
            return {"family": parts[0], "given": parts[1]}
        return {"family": t.replace(" ", "")}
    if "," in t:
        family, _, given = t.partition(",")
        family, given = family.strip(), given.strip()
        if given:
            return {"family": _title_case(family), "given": given}
        t = family
    words = t.split()
    if len(words) == 1:
        return {"family": _title_case(words[0])}
    # `SMITH J A`, `Smith JA`, `Smith J. A.`: family first, initials after
    tail = len(words)
    while tail > 1 and _initials(words[tail - 1]):
        tail -= 1
    if tail < len(words) and not _LEAD_INITIAL.match(words[0]):
        return {"family": _title_case(" ".join(words[:tail])), "given": " ".join(words[tail:])}
    # `J. A. Smith`, `John Adam Smith`, `Jean-Pierre van der Meer`
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return {"family": _title_case(" ".join(words[start:])), "given": " ".join(words[:start])}


def split_names(text: str) -> list[dict[str, str]]:
    """Every name of a names field (`et al.`/`等` dropped, a role word such as `eds.`/`主编` dropped)."""
    t = text.strip()
    t = _LEAD_ROLE.sub("", t)
    for _ in range(2):
        if _ETAL_HINT.search(t):
            t = _ETAL.sub("", t)
        if _ROLE_HINT.search(t):
            t = _ROLE.sub("", t)
    t = _unglued(_no_stop(t.strip().strip(",，;；:：").strip()))
    if not t or _ANONYMOUS.fullmatch(t):
        return []  # `佚名`, `Anon.`: the standards' word for no author
    cjk = _CJK.search(t) is not None  # (the substitution below leaves every CJK character in place)
    if cjk and _AND_HINT.search(t):  # `山本茂 & 岡本由美`, `中山和也， and 藤本悠真`: a Latin `and`
        t = _LATIN_AND.sub("、", t).strip("、")
    if cjk and not _LATIN_WORD.search(t):
        pieces = [p for p in _CJK_SEPARATOR.split(t) if p.strip()]
        return [n for n in (person(p) for p in pieces) if n]
    if not _STRONG_MARKS.isdisjoint(t):
        pieces = [p for p in _SPLIT_STRONG.split(t) if p.strip()]
        return [n for p in pieces for n in split_names(p)] if len(pieces) > 1 else [person(pieces[0])]
    pieces = [p.strip() for p in _AND.split(t)] if _AND_HINT.search(t) else [t.strip()]
    chunks: list[str] = []
    for piece in pieces:
        chunks.extend(c.strip() for c in piece.split(",") if c.strip())
    if _ORG.search(t) and len(chunks) <= 2:
        return [{"literal": t}]
    names: list[dict[str, str]] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        words = chunk.split()
        single = len(words) == 1 or (len(words) <= 3 and words[0].lower() in _PARTICLES and not _initials(words[-1]))
        inverted = (
            nxt is not None
            and single
            and not _initials(chunk)
            and _givenish(nxt)
            and (_initials(nxt) or i + 2 >= len(chunks) or not _initials(chunks[i + 2]))
        )
        if inverted and nxt is not None:
            names.append({"family": _title_case(chunk), "given": nxt})
            i += 2
        else:
            name = person(chunk)
            if name:
                names.append(name)
            i += 1
    return names
