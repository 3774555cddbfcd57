"""The bare reference pipeline (../shared/bench/bare_pipeline.py), run in the same process as a benchmark.

This machine is shared and its absolute times swing twofold between runs; every benchmark therefore measures
the bare pipeline in the same run and prints its figures as ratios to it, with the load average it ran under.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
# The shared folder sits beside the checkout (/work/main) or, for a worktree (/work/wt/<name>), one level higher.
SHARED = next(
    (path for path in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if path.is_dir()),
    ROOT.parent / "shared",
)
ARTICLE = SHARED / "corpus" / "000_c16b8f8118fbe296.txt"


def module() -> ModuleType | None:
    """`bare_pipeline`, or None when the shared folder is absent (figures are then printed without ratios)."""
    folder = SHARED / "bench"
    if not (folder / "bare_pipeline.py").exists():
        return None
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    import bare_pipeline

    return bare_pipeline


def pipeline_ms(runs: int = 20) -> float | None:
    """Best time of the bare pipeline on the reference article, in ms (None without it)."""
    bare = module()
    if bare is None or not ARTICLE.exists():
        return None
    text = ARTICLE.read_text("utf-8")
    return float(bare.best_ms(lambda: bare.bare_pipeline(text), runs))


def pipeline_cpu_ms(runs: int = 50) -> float | None:
    """Best CPU time of this thread for the bare pipeline on the reference article, in ms (None without it).

    Under load, a run of 25 ms is cut by other processes' turns far more often than a run of 1 ms, so wall-clock
    ratios grow with the load (24x on a quiet machine, 50x at load 10 for the same code); CPU time of the
    measuring thread does not count those turns and gives the ratio the code itself makes."""
    import time

    bare = module()
    if bare is None or not ARTICLE.exists():
        return None
    text = ARTICLE.read_text("utf-8")
    bare.bare_pipeline(text)
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        bare.bare_pipeline(text)
        best = min(best, time.thread_time() - start)
    return best * 1000


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def ratio(value: float, reference: float | None) -> str:
    return f"{value / reference:.2f}x the bare pipeline" if reference else "no bare pipeline to compare"
