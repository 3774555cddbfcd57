"""One callgrind count for the instruction benchmarks (events_instructions.py, layout_instructions.py): a figure the
machine's load does not move, where a best of CPU times moves twofold on two shared cores.

Each benchmark writes a driver script that makes its calls inside `functools.reduce`, the only function counted
(`--toggle-collect`), so the driver's own set-up (reading, warming up) stays out of the count.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

CACHE_EMPTIERS = """
emptiers = []
for name in names:
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        emptiers.append(getattr(obj, "cache_clear", None) or obj.clear)
        break
"""
"""Driver source shared by the instruction benchmarks: from the pickled dotted `names` of the caches a process
fills, the functions that empty them (`cold` mode calls them all before each counted call)."""


def collected(driver_arguments: list[str], out: Path) -> int:
    """Instructions callgrind counted inside `functools.reduce` while `python DRIVER_ARGUMENTS…` ran."""
    command = [
        "valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}",
        sys.executable, *driver_arguments,
    ]  # fmt: skip
    log = subprocess.run(command, check=True, capture_output=True, text=True).stderr
    found = re.search(r"Collected : (\d+)", log)
    if found is None:
        raise SystemExit(f"no count in callgrind's log:\n{log}")
    return int(found.group(1))
