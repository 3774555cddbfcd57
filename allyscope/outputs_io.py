"""Writing output files whole or not at all.

A report, chart or export is written to a temporary file beside its destination, flushed to disk, and renamed
over it: the rename is atomic, so a full disk or a kill leaves the old file as it was (never a 0-byte or
half-written one), and readers never see a partial file. Problems become our errors, one line each: a missing
folder or a destination that is a folder is the user's to fix (`OutputPathError`, exit 2); a full disk is a
failure on the way (`DiskFullError`, exit 1).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from allyscope.errors import DiskFullError, OutputPathError

_FULL = {errno.ENOSPC, errno.EDQUOT}


def check_output_path(path: Path) -> None:
    """Raise OutputPathError when `path` cannot be an output file: checked before the work, not after it."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputPathError(f"{path}: is a folder; give a file name")
    if not folder.exists():
        raise OutputPathError(f"{path}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputPathError(f"{path}: {folder} is not a folder")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` (same suffix, for writers that go by it) that replaces `path` when the
    block ends without error; on error the temporary file is removed and `path` is untouched."""
    check_output_path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=folder)
    except OSError as exc:
        raise _as_our_error(path, exc) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb+") as written:
            os.fsync(written.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _as_our_error(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8", newline: str | None = None) -> None:
    """Write `text` to `path` whole or not at all (`newline=""`: line ends as they are in `text`, as CSV needs)."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding, newline=newline)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def _as_our_error(path: Path, exc: OSError) -> Exception:
    if exc.errno in _FULL:
        return DiskFullError(f"{path}: the disk is full; the file was not written (any earlier version is intact)")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputPathError(f"{path}: the folder does not exist")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputPathError(f"{path}: no permission to write there")
    if exc.errno == errno.EISDIR:
        return OutputPathError(f"{path}: is a folder; give a file name")
    return exc
