"""How much a different shape of the events stage could save at most, read off the dev documents (issue 14).

Run: python benchmarks/events_design_ceilings.py [--folder tests/corpora/events/dev] [--extra FILE ...]

Three designs were proposed for the stage's Python work per date: (a) each sentence analysed once and its dates
read against that analysis, instead of per date; (b) sentences skipped early that cannot give an event; (c)
cheaper `Event` objects. Before building one, this counts what each could remove, by the stage's own calls on
every dev document (the stage's functions wrapped, outputs untouched):
- sentences cut: sentence spans the stage cut (`events.sentences`, up to each region's last date);
- sentences analysed: those that hold a date of a happening and pass the stage's first checks (one
  `features_of` call each: the per-sentence analysis begins there);
- dates analysed, and how many sentences hold 1, 2, 3 … of them: per-date work that design (a) could share
  is at most the work of the second and later dates of a sentence;
- sentences with an event: those whose span is the evidence of at least one event; an analysed sentence without
  one is all that design (b) could skip (the cut but unanalysed ones are skipped already, before any analysis);
- events: the objects design (c) would make more cheaply.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpora" / "events" / "dev"


@contextmanager
def counting(counts: collections.Counter[str], per_sentence: list[int]) -> Iterator[None]:
    """Wrap the stage's sentence cut, its per-sentence pass and its clause cut so that they count as they run."""
    from allyscope import events

    saved: dict[str, Callable[..., Any]] = {n: getattr(events, n) for n in ("sentences", "features_of", "_clauses")}

    def sentences(*args: Any, **kwargs: Any) -> Any:
        out = saved["sentences"](*args, **kwargs)
        counts["sentences cut"] += len(out)
        return out

    def features_of(*args: Any) -> Any:
        counts["sentences analysed"] += 1
        return saved["features_of"](*args)

    def clauses(sentence: str, mentions: list[tuple[int, int]]) -> Any:
        counts["dates analysed"] += len(mentions)
        per_sentence.append(len(mentions))
        return saved["_clauses"](sentence, mentions)

    events.sentences, events.features_of, events._clauses = sentences, features_of, clauses  # type: ignore[assignment]
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(events, name, function)


def ceilings(paths: list[Path]) -> tuple[collections.Counter[str], collections.Counter[int]]:
    """The counts above over `paths`, and the number of analysed sentences by their count of dates."""
    from allyscope import pipeline

    counts: collections.Counter[str] = collections.Counter()
    per_sentence: list[int] = []
    with counting(counts, per_sentence):
        for path in paths:
            doc = pipeline.extract_file(path)
            counts["documents"] += 1
            counts["events"] += len(doc.events)
            counts["sentences with an event"] += len({(e.evidence.start, e.evidence.end) for e in doc.events})
    return counts, collections.Counter(per_sentence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEV)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more documents (the reference article)")
    args = parser.parse_args()
    counts, by_dates = ceilings(sorted(args.folder.glob("*.txt")) + list(args.extra))
    for name, value in counts.items():
        print(f"{name:>26}: {value}")
    analysed = counts["sentences analysed"] or 1
    print(f"{'dates a sentence':>26}: {counts['dates analysed'] / analysed:.3f}")
    print(f"{'sentences by dates':>26}: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_dates.items())))
    dates = counts["dates analysed"]
    shared = dates - counts["sentences analysed"]
    print(f"(a) dates after a sentence's first: {shared} of {dates} ({shared / max(1, dates):.1%})")
    idle = counts["sentences analysed"] - counts["sentences with an event"]
    print(f"(b) analysed sentences without an event: at most {idle} of {analysed} ({max(0, idle) / analysed:.1%})")


if __name__ == "__main__":
    main()
