"""Which passes of the layout stage change anything, over the documents a helper session may read (issue 14's speed
work: a pass that changes nothing on most documents is where a document-level trigger may pay).

Run: python benchmarks/layout_pass_effects.py [--sample 600] [--seed 12] [--names]

Every function `repair_layout` calls by name (`layout_steps.called_passes`) that is handed the lines is wrapped:
each line's role, page and rare fields (furniture kind, note number and style) are compared before and after the
call. Printed: for each pass, on how many documents it changed a line, of the dev documents of
`parse_differential.py --dev-only` (the reference article, hand-written dev layouts, the events dev corpus, the
generated matrix drawn from the tuned articles); `--names` adds the documents of the passes that change fewer
than 20. A pass that changes a line of the reference article (issue 14's timed document) says so on its row:
the others are what a document-level trigger could spare that document. Passes that build the lines or the text
(`split_lines`, `_body`, `_notes`) are not listed. `note_start` is wrapped with its `cache_clear` kept, which
`repair_layout` calls.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from layout_steps import called_passes
from parse_differential import documents

from allyscope import parse_text
from allyscope.layout import repair
from allyscope.layout.lines import Line

_BUILDERS = frozenset({"split_lines", "_body", "_notes", "_Flow", "TextBuilder", "LineFacts", "catalogue"})


def _state(lines: Sequence[Line]) -> list[tuple[str, int, dict[str, Any] | None]]:
    return [(line.role, line.page, dict(line._rare) if line._rare else None) for line in lines]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--names", action="store_true")
    args = parser.parse_args()
    changed: Counter[str] = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    current = [""]

    def watched(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def call(*given: Any, **named: Any) -> Any:
            lines = next((a for a in given if isinstance(a, list) and a and isinstance(a[0], Line)), None)
            before = _state(lines) if lines is not None else None
            result = func(*given, **named)
            if lines is not None and _state(lines) != before:
                changed[name] += 1
                where[name].append(current[0])
            return result

        if hasattr(func, "cache_clear"):  # `repair_layout` empties `note_start`'s cache by that name
            call.cache_clear = func.cache_clear  # type: ignore[attr-defined]
        return call

    names = [name for name in called_passes() if name not in _BUILDERS]
    for name in names:
        setattr(repair, name, watched(name, vars(repair)[name]))
    total = 0
    for name, raw in documents(args.sample, args.seed, dev_only=True):
        current[0] = name
        total += 1
        parse_text(raw)
    print(f"{total} dev documents; documents on which each pass changed a line:")
    for name in names:
        print(f"{name:32s} {changed[name]:5d}{'  (changes the reference article)' if 'article' in where[name] else ''}")
        if args.names and changed[name] < 20:
            for document in where[name]:
                print(f"    {document}")


if __name__ == "__main__":
    main()
