"""Where an output goes: `--out -` (or no `--out`) is standard output; a file is written whole or not at all.

A file is written to a temporary file in the same directory and renamed over the target, so an interrupted or
failed write never leaves a truncated export over a good one. A directory that does not exist is one clear error.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from allyscope.errors import AllyscopeError


class OutputError(AllyscopeError):
    """An output file that cannot be written (missing directory, no permission, full disk)."""


def is_stdout(out: Path | str | None) -> bool:
    return out is None or str(out) == "-"


def write_output(out: Path | str | None, text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to standard output (`out` None or `-`) or, atomically, to the file `out`."""
    if is_stdout(out):
        stream = sys.stdout
        stream.write(text)
        stream.flush()
        return
    path = Path(str(out))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: directory {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
                handle.write(text)
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _umask() -> int:
    """The process's umask (read by setting it and putting it back), so a renamed file gets usual permissions."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
