"""Field-level scores of the reference labeller against references whose fields are known by construction.

The gold of a rendered reference is the item's value of every field the style printed (a style that prints
no publisher place is not asked for one). A field is right when it reads the same: names by family name and
initial, text with case, spaces and punctuation ignored, dates to the precision printed, pages by both ends.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from allyscope.references.training.corpus import Example

Item = dict[str, Any]
SCORED = {
    "author": "author",
    "editor": "editor",
    "title": "title",
    "container": "container-title",
    "publisher": "publisher",
    "place": "publisher-place",
    "date": "issued",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "locator": "locator",
    "url": "URL",
    "doi": "DOI",
    "accessed": "accessed",
}
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def _norm(value: Any) -> str:
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", str(value))).casefold()


def _name_key(name: dict[str, str]) -> tuple[str, str]:
    if "literal" in name:
        return _norm(name["literal"]), ""
    family, given = name.get("family", ""), name.get("given", "")
    if re.search(r"[\u3040-\u9fff]", family + given):
        return _norm(family + given), ""
    initial = _norm(given)[:1]
    return _norm(family), initial


def _names_right(predicted: list[dict[str, str]], gold: list[dict[str, str]], shown: str) -> bool:
    visible = []
    rest = _norm(shown)
    for g in gold:  # in order, each name found after the one before (two authors may share a family name)
        key = _name_key(g)[0][:4]
        at = rest.find(key) if key else -1
        if at >= 0:
            visible.append(g)
            rest = rest[at + len(key) :]
    if len(predicted) != len(visible):
        return False
    for p, g in zip(predicted, visible, strict=True):
        pk, gk = _name_key(p), _name_key(g)
        if pk[0] != gk[0]:
            return False
        if pk[1] and gk[1] and pk[1] != gk[1]:
            return False
    return True


def _pages_key(value: str) -> tuple[str, str]:
    numbers = re.findall(r"\d+", unicodedata.normalize("NFKC", value))
    if not numbers:
        return _norm(value), ""
    first = numbers[0]
    last = numbers[1] if len(numbers) > 1 else ""
    if last and len(last) < len(first):
        last = first[: len(first) - len(last)] + last  # `300–25` means 300–325
    return first, last


def _date_right(predicted: Any, gold: Any) -> bool:
    try:
        p = predicted["date-parts"][0]
        g = gold["date-parts"][0]
    except (KeyError, IndexError, TypeError):
        return False
    if not p or p[0] != g[0]:
        return False
    return all(i >= len(g) or p[i] == g[i] for i in range(1, len(p)))


def gold_fields(example: Example) -> dict[str, Any]:
    """The fields the rendered string shows, with the item's values (and the text each was printed as)."""
    shown: dict[str, str] = {}
    for ch, label in zip(example.text, example.labels, strict=True):
        if label in SCORED:
            shown[label] = shown.get(label, "") + ch
    out: dict[str, Any] = {}
    for label, text in shown.items():
        if label == "locator":
            if example.locator:
                out[label] = (example.locator, text)
            continue
        value = example.item.get(SCORED[label])
        if value is not None:
            out[label] = (value, text)
    return out


def predicted_fields(item: Item, locator: str | None) -> dict[str, Any]:
    out = {label: item[key] for label, key in SCORED.items() if key in item}
    if "page" not in out and "section" in item:
        out["page"] = item["section"]  # allyscope writes a newspaper's page (`第 8 版`, `(8)`) as its section
    if locator:
        out["locator"] = locator
    return out


def field_right(label: str, predicted: Any, gold: Any, shown: str) -> bool:
    if label in ("author", "editor"):
        return isinstance(predicted, list) and _names_right(predicted, gold, shown)
    if label in ("date", "accessed"):
        return _date_right(predicted, gold)
    if label in ("page", "locator"):
        return _pages_key(str(predicted)) == _pages_key(str(gold))
    if label in ("url", "doi"):
        return str(predicted).rstrip(".") == str(gold)
    return _norm(predicted) == _norm(gold)


@dataclass
class Score:
    """Counts over a set of references: field true/false positives and negatives, whole references right."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    references: int = 0
    all_right: int = 0
    type_right: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, example: Example, item: Item, locator: str | None) -> None:
        gold = gold_fields(example)
        predicted = predicted_fields(item, locator)
        wrong = 0
        for label, (value, shown) in gold.items():
            if label in predicted and field_right(label, predicted[label], value, shown):
                self.tp += 1
            else:
                self.fn += 1
                wrong += 1
                self.errors["missed " + label if label not in predicted else "wrong " + label] += 1
                if label in predicted:
                    self.fp += 1
        for label in predicted:
            if label not in gold:
                self.fp += 1
                wrong += 1
                self.errors["extra " + label] += 1
        self.references += 1
        self.all_right += wrong == 0
        self.type_right += item.get("type") == example.item.get("type")

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def every_field(self) -> float:
        return self.all_right / self.references if self.references else 0.0
