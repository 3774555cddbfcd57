"""Which front lines may hold a label, told branch by branch (issue 14: the speed of layout repair).

The body loop asks each of the first lines of a text whether it opens with a label (`any_label`: `摘要`,
`Keywords:`, a doctype such as `研究報告`): one expression of some 130 branches, several of which may begin with
any character and scan the line for their noun (`….{0,40}を転載`), so that a line of prose costs the engine a few
microseconds whatever it says. A line can hold a match of a branch only where both of two things the branch's own
parse tells (`regex_firsts`) hold for it: the branch may begin with the line's first character (the expression is
matched at the line's start), and the line holds one of the literals every match of the branch holds. Asked of the
whole expression, each test alone passes nearly every line of CJK prose (one branch begins with any character,
another's literal is `安全`); asked of each branch, the two together pass only the lines some one branch could
match: on the reference article 4 of its 62 front lines instead of all of them.

`LabelScreen.lines` finds, for the lines given, those that may hold a label, in one pass of an automaton of every
branch's literals over the lines' folded contents. A line left out cannot match (never a wrong no); a line kept is
asked the whole expression as before, so what the caller reads of a match is unchanged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import ahocorasick_rs

from allyscope.regex_firsts import first_characters, fold, folded_literals


class LabelScreen:
    """The branches of one alternation (`branches`, in order), each with what its matches may begin with and the
    literals one of which each of its matches holds (none known: `open`)."""

    __slots__ = ("_automaton", "_by_initial", "_firsts", "_needled", "_open")

    def __init__(self, branches: Sequence[str]) -> None:
        self._firsts = [first_characters(branch) for branch in branches]
        holders: dict[str, set[int]] = {}
        open_branches: set[int] = set()
        for k, branch in enumerate(branches):
            words = folded_literals(branch)
            if not words:
                open_branches.add(k)
                continue
            for word in words:
                holders.setdefault(word, set()).add(k)
        ordered = sorted(holders)
        self._open = frozenset(open_branches)
        # for each literal of the automaton (by its index), the branches one of whose literals it is
        self._needled = [frozenset(holders[word]) for word in ordered]
        self._automaton = ahocorasick_rs.AhoCorasick(ordered) if ordered else None
        # by a line's first character: the open branches that may begin with it, and the others that may
        self._by_initial: dict[str, tuple[frozenset[int], frozenset[int]]] = {}

    def _initial(self, char: str) -> tuple[frozenset[int], frozenset[int]]:
        known = self._by_initial.get(char)
        if known is None:
            starting = {k for k, firsts in enumerate(self._firsts) if firsts.may_start(char)}
            known = self._by_initial[char] = (frozenset(starting & self._open), frozenset(starting - self._open))
        return known

    def branches(self, contents: Sequence[str]) -> dict[int, set[int]]:
        """For each position in `contents` (stripped lines) of a line that may match the alternation at its start,
        the branches that may: those that may begin with the line's first character and hold no literal known, or
        hold a literal the line holds. Empty lines are left out (the caller asks text lines only)."""
        present: dict[int, set[int]] = {}  # a line's position: the branches one of whose literals it holds
        if self._automaton is not None:
            starts: list[int] = []
            at = 0
            for content in contents:
                starts.append(at)
                at += len(content) + 1
            # one folded text of the lines, parted by line ends (a hit across one is only a line kept more);
            # overlapping hits: a literal inside another's hit is a branch's too
            folded = fold("\n".join(contents))
            for word, start, _end in self._automaton.find_matches_as_indexes(folded, overlapping=True):
                position = bisect_right(starts, start) - 1
                found = present.get(position)
                if found is None:
                    present[position] = set(self._needled[word])
                else:
                    found |= self._needled[word]
        possible: dict[int, set[int]] = {}
        for position, content in enumerate(contents):
            if not content:
                continue
            opened, needled = self._initial(content[0])
            held = present.get(position)
            may = set(opened)
            if held is not None:
                may |= needled & held
            if may:
                possible[position] = may
        return possible

    def lines(self, contents: Sequence[str]) -> set[int]:
        """The positions in `contents` of the lines that may match the alternation at their start (`branches`)."""
        return set(self.branches(contents))
