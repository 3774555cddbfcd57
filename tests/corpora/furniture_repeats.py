"""Page furniture in words no data file holds: the layout generator's articles printed with running heads, page
feet and page numbers whose words are drawn at random (Latin syllables, CJK characters, kana), at page turns.

The furniture must be found by where it stands and by being printed again, never by what it says: a draw's
words are made up for it. Variations (issue 12): a one-line head the same on every page, or differing only in
its digits (`Xoma Tevu 14`); a foot of one, two or three lines printed together; a page number on a line of its
own in one of several shapes (`- 4 -`, `Page 3 of 12`, `xii`, `第 5 页`, `5 / 9`), glued to the foot's last line,
or none (a form feed, or only the period of the lines, tells the page turns); the first page printed without its
head. The gold is the article's (`layout_generator.render`): none of the furniture belongs to the body, title or
authors. `draw(seed)` makes one document; `split(seed)` says whether it is held out (every fifth draw).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpora.layout_articles import HELD_OUT, TUNED, Article
from corpora.layout_generator import Combo, Generated, combinations, render

SCRIPTS = ("latin", "hanzi", "kana", "mixed")
NUMBERS = ("none", "bare", "dashed", "page-of", "roman", "cjk-page", "slash", "glued")
TURNS = ("number", "formfeed", "period")  # what else marks a page turn besides the furniture itself
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_ROMAN += ("xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii")
_CONSONANTS = "bcdfghjklmnprstvwxz"
_VOWELS = "aeiou"
_HANZI = (0x4E00, 0x9FA5)
_KANA = [chr(c) for c in range(0x30A1, 0x30F7)] + [chr(c) for c in range(0x3041, 0x3094)]


def _latin_word(rng: random.Random) -> str:
    syllables = rng.randint(1, 3)
    word = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(syllables))
    return word.capitalize() if rng.random() < 0.7 else word


def _hanzi(rng: random.Random, size: int) -> str:
    return "".join(chr(rng.randint(*_HANZI)) for _ in range(size))


def words(rng: random.Random, script: str) -> str:
    """A made-up line of furniture in `script`: two to five Latin words, or four to twelve CJK characters."""
    if script == "mixed":
        script = rng.choice(SCRIPTS[:3])
        other = rng.choice(SCRIPTS[:3])
        return f"{words(rng, script)} {rng.choice('|·—')} {words(rng, other)}"
    if script == "latin":
        return " ".join(_latin_word(rng) for _ in range(rng.randint(2, 5)))
    if script == "hanzi":
        return _hanzi(rng, rng.randint(4, 12))
    return "".join(rng.choice(_KANA) for _ in range(rng.randint(3, 8))) + _hanzi(rng, rng.randint(0, 3))


@dataclass
class Furniture:
    """What a draw prints at page turns (see the module); `pages` is the document's count, for `Page 3 of 12`."""

    head: list[str] = field(default_factory=list)  # the head's lines; `#` stands for the page's number
    foot: list[str] = field(default_factory=list)  # the foot's lines, printed before the page number
    number: str = "none"
    turn: str = "number"
    first_head: bool = True  # the first page carries the head too
    pages: int = 0
    base: int = 1  # the first page's number

    def _n(self, page: int) -> int:
        return self.base + page - 1

    def _number_line(self, page: int) -> str:
        n = self._n(page)
        return {
            "bare": str(n),
            "dashed": f"- {n} -",
            "page-of": f"Page {n} of {self.base + self.pages - 1}",
            "roman": _ROMAN[(n - 1) % len(_ROMAN)],
            "cjk-page": f"第 {n} 页",
            "slash": f"{n} / {self.base + self.pages - 1}",
        }[self.number]

    def foot_lines(self, page: int) -> list[str]:
        self.pages = max(self.pages, page)
        lines = [line.replace("#", str(self._n(page))) for line in self.foot]
        if self.number == "glued":
            if lines:
                lines[-1] = f"{lines[-1]}    {self._n(page)}"
            else:
                lines = [str(self._n(page))]
        elif self.number != "none":
            lines.append(self._number_line(page))
        if self.turn == "formfeed":
            lines.append("\x0c")
        return lines

    def head_lines(self, page: int) -> list[str]:
        if page == 1 and not self.first_head:
            return []
        return [line.replace("#", str(self._n(page))) for line in self.head]


class _Turns:
    def __init__(self, furniture: Furniture) -> None:
        self.furniture = furniture

    def foot(self, page: int) -> list[str]:
        return self.furniture.foot_lines(page)

    def head(self, page: int) -> list[str]:
        return self.furniture.head_lines(page)


def random_furniture(rng: random.Random) -> Furniture:
    """A draw of furniture: the words at random, the shape among the variations of the module."""
    script = rng.choice(SCRIPTS)
    furniture = Furniture(number=rng.choice(NUMBERS), turn=rng.choice(TURNS), first_head=rng.random() < 0.5)
    furniture.base = rng.choice((1, 1, 3, 17, 101))
    if furniture.turn == "number" and furniture.number == "none":
        furniture.turn = "period"
    shape = rng.choice(("head", "foot", "both"))
    if shape in ("head", "both"):
        head = words(rng, script)
        if rng.random() < 0.3:
            head = f"{head} {rng.choice(('#', '(#)', '— #'))}" if rng.random() < 0.5 else f"# {head}"
        furniture.head = [head]
    if shape in ("foot", "both") or furniture.number == "glued":
        furniture.foot = [words(rng, script) for _ in range(rng.choice((1, 1, 2, 3)))]
        if rng.random() < 0.3:  # a word processor's stamp: a date and the page's number
            furniture.foot[-1] = f"{furniture.foot[-1]} — {rng.randint(1, 28)} {rng.choice(('May', 'Oct'))} 2025"
    return furniture


# combinations whose own furniture is "none": the draw's furniture is the only one printed
_PLAIN = [c for c in combinations() if c.furniture == "none"]


def split(seed: int) -> str:
    """`held` for every fifth draw (never tuned on), `tuned` for the others."""
    return "held" if seed % 5 == 0 else "tuned"


@dataclass
class Draw:
    combo: Combo
    furniture: Furniture
    generated: Generated


def draw(seed: int) -> Draw:
    """Document `seed`: a combination of the layout generator, an article (a held-out one for a held-out draw)
    and random furniture, rendered twice (the first time to count its pages, for `Page 3 of 12`)."""
    rng = random.Random(seed)
    combo = rng.choice(_PLAIN)
    articles = HELD_OUT if split(seed) == "held" else TUNED
    article: Article = next(a for a in articles if a.language == combo.language)
    furniture = random_furniture(rng)
    render(combo, article, _Turns(furniture))
    pages, furniture.pages = furniture.pages, 0
    counted = _Counted(furniture, pages)
    return Draw(combo, furniture, render(combo, article, counted))


class _Counted(_Turns):
    """The second rendering: the page count known from the first."""

    def __init__(self, furniture: Furniture, pages: int) -> None:
        super().__init__(furniture)
        self.total = pages

    def foot(self, page: int) -> list[str]:
        self.furniture.pages = self.total
        return self.furniture.foot_lines(page)
