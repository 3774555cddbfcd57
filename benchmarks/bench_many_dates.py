"""Texts of many dates (issue 14, bad input: "100,000 dates"): extract's CPU seconds per 1,000 dates at a size and at
four times that size, for the shapes that once made reading quadratic — every date on one long line, thousands of
dates joined into one clause, English dates with no CJK sentence sign, one date per line. A ratio near 1.0 means
time grows with the text; near 4.0, with its square.

Run: python benchmarks/bench_many_dates.py [--dates 5000] [--full]   (--full: also 100,000 dates in one clause)
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import allyscope

SHAPES: dict[str, Callable[[int], str]] = {
    "one line, a sentence per date (zh)": lambda n: "".join(
        f"{2000 + i % 25}年{1 + i % 12}月{1 + i % 28}日。" for i in range(n)
    ),
    "one clause of joined dates (zh)": lambda n: "，".join(f"{2000 + i % 25}年{1 + i % 12}月" for i in range(n)),
    "one line, English sentences": lambda n: " ".join(
        f"On {1 + i % 28} May {2000 + i % 25} they met." for i in range(n)
    ),
    "one English sentence": lambda n: (
        "They met on " + ", ".join(f"{1 + i % 28} May {2000 + i % 25}" for i in range(n)) + "."
    ),
    "a date per line": lambda n: "\n".join(f"{2000 + i % 25}年{1 + i % 12}月{1 + i % 28}日" for i in range(n)),
}


def per_thousand(text: str, dates: int) -> tuple[float, int]:
    start = time.process_time()
    doc = allyscope.extract(text)
    return (time.process_time() - start) / dates * 1000, len(doc.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dates", type=int, default=5000, help="the smaller size (default 5,000; also 4x that)")
    parser.add_argument("--full", action="store_true", help="also 100,000 dates in one clause")
    args = parser.parse_args()
    allyscope.extract("2023年5月1日。")  # data files and automata loaded before timing
    print(f"{'shape':38} {'s/1000 @n':>11} {'s/1000 @4n':>12} {'ratio':>6}  (n = {args.dates:,})")
    for name, make in SHAPES.items():
        small, _ = per_thousand(make(args.dates), args.dates)
        large, _ = per_thousand(make(4 * args.dates), 4 * args.dates)
        print(f"{name:38} {small:11.2f} {large:12.2f} {large / small:6.2f}")
    if args.full:
        seconds, events = per_thousand(SHAPES["one clause of joined dates (zh)"](100_000), 100_000)
        print(f"100,000 dates in one clause: {seconds * 100:.1f} s CPU, {events:,} events")


if __name__ == "__main__":
    main()
