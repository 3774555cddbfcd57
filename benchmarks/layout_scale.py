"""Layout repair is linear in input size (issue 16, item 6): parse time and peak memory of 1 MB, 5 MB and 10 MB.

Run: python benchmarks/layout_scale.py [--sizes 1 5 10]
Each input is the reference article (or, without the shared corpus, a generated article) repeated to the size, so
it has the layout of a long journal issue: pages, note blocks, running headers. Each size is parsed (every stage
of `allyscope parse`) in a fresh process, which reports its CPU time and its peak resident memory beyond what the
process held before the parse. Linear means the time per MB stays flat from 1 MB to 10 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from allyscope.model import Document
from allyscope.pipeline import run
unit = open(sys.argv[1], encoding="utf-8").read() if sys.argv[1] != "-" else None
if unit is None:
    sys.path.insert(0, sys.argv[3] + "/tests")
    from corpora.layout_articles import TUNED
    from corpora.layout_generator import Combo, render
    combo = Combo("zh-Hans", "bracket", "bracket", "page-bottom", "per-page", "cn/cn-paren", "wrapped", "dot", False,
                  "page-resume")
    unit = render(combo, TUNED[0]).raw
size = float(sys.argv[2]) * 1_000_000
raw = "\n".join([unit] * max(1, int(size / len(unit.encode("utf-8")))))
run(Document(raw=unit))  # expressions compiled, caches warm: what is measured is the parse
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
doc = run(Document(raw=raw))
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"mb": len(raw.encode("utf-8")) / 1e6, "seconds": seconds, "peak_mb": (peak - before) / 1024,
                  "notes": len(doc.footnotes), "markers": len(doc.markers)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 5.0, 10.0])
    args = parser.parse_args()
    source = str(ARTICLE) if ARTICLE.exists() else "-"
    print(f"input: {'the reference article' if source != '-' else 'a generated article'} repeated to each size")
    rates = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, source, str(size), str(ROOT)], capture_output=True, text=True, check=True
        )
        r = json.loads(out.stdout)
        rates.append(r["seconds"] / r["mb"])
        print(
            f"{r['mb']:5.1f} MB: parse {r['seconds']:.2f} s ({r['seconds'] / r['mb']:.2f} s/MB), "
            f"peak memory +{r['peak_mb']:.0f} MB, {r['notes']} notes, {r['markers']} markers"
        )
    print(f"time per MB, largest / smallest input: {rates[-1] / rates[0]:.2f} (1.00 = linear)")


if __name__ == "__main__":
    main()
