"""The largest file allyscope reads, checked before a byte of it is read.

A file far larger than any article (a database dump, a log) would take minutes and gigabytes to parse; it is
refused with one line instead. The limit is `--max-size` (or `$ALLYSCOPE_MAX_SIZE`): bytes, or a number with
K, M or G (powers of 1024); 0 means no limit.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

from allyscope.errors import AllyscopeError, FileTooLargeError

MAX_SIZE_ENV = "ALLYSCOPE_MAX_SIZE"
DEFAULT_MAX_SIZE = 20 * 1024 * 1024  # a long book is 2 MB; parse time grows faster than size
_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2, "G": 1024**3, "GB": 1024**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", re.IGNORECASE)


class _Limit:
    size: int | None = None


def parse_size(text: str) -> int:
    """`50M` → 52428800; a plain number is bytes."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise AllyscopeError(f"{text!r} is not a size: give bytes or a number with K, M or G (e.g. 50M)")
    return int(float(match.group(1)) * _UNITS[match.group(2).upper()])


def set_max_size(size: int | None) -> None:
    """The limit for this process (None: `$ALLYSCOPE_MAX_SIZE`, else 20 MB)."""
    _Limit.size = size


def max_size() -> int:
    if _Limit.size is not None:
        return _Limit.size
    raw = os.environ.get(MAX_SIZE_ENV)
    return parse_size(raw) if raw else DEFAULT_MAX_SIZE


def human(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def check_size(path: str | os.PathLike[str]) -> None:
    """Raise FileTooLargeError when the file at `path` is over the limit (a missing file is left to the reader)."""
    limit = max_size()
    try:
        size = Path(path).stat().st_size
    except OSError:
        return
    if limit and size > limit:
        raise too_large(str(path), size, limit)


def too_large(source: str, size: int | None, limit: int) -> FileTooLargeError:
    """The one-line refusal of an input of `size` bytes over `limit` (None: a stream, known only to be over)."""
    over = f"{human(size)} is over" if size is not None else "more than"
    return FileTooLargeError(source, f"{over} the size limit of {human(limit)} (raise it with --max-size)")


def read_limited(stream: BinaryIO, source: str) -> bytes:
    """Read a stream whose size is not known in advance (standard input), refusing it once it passes the limit:
    never more than the limit and one byte is held in memory."""
    limit = max_size()
    if not limit:
        return stream.read()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(source, None, limit)
    return data


LONG_FILE = 2 * 1024 * 1024  # about two seconds of parsing: worth telling the user where it stands


def progress_for(path: str | os.PathLike[str], stream: TextIO | None = None) -> Callable[[str, float], None] | None:
    """A reporter of stage progress on standard error for a long file (None for a short one, which is quiet)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return None
    if size < LONG_FILE:
        return None

    def report(stage: str, seconds: float) -> None:
        line = f"allyscope: {Path(path).name} ({human(size)}): {stage} done in {seconds:.1f} s"
        print(line, file=stream or sys.stderr)

    return report
