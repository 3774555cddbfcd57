"""Where an output goes: `--out -` (or no `--out`) is standard output; a file is written whole or not at all.

A file is written to a temporary file in the same directory and renamed over the target, so an interrupted or
failed write never leaves a truncated export over a good one. A directory that does not exist is one clear error.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_stdout(out: Path | str | None) -> bool:
    return out is None or str(out) == "-"


def write_output(out: Path | str | None, text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to standard output (`out` None or `-`) or, atomically, to the file `out` (through
    `allyscope.outputs_io`, which every output file of the CLI goes through: a missing folder is one line and
    exit 2, a full disk one line and exit 1, and an earlier file stays intact)."""
    if is_stdout(out):
        stream = sys.stdout
        stream.write(text)
        stream.flush()
        return
    from allyscope.outputs_io import write_text_atomic

    write_text_atomic(Path(str(out)), text, encoding, newline="")
