"""What reaches a terminal: no control sequences from documents, and no traceback for an odd encoding.

A document (or its file name) can hold escape sequences that a terminal obeys — move the cursor, retitle the
window, rewrite what was printed — and bidirectional overrides that make text read in another order than it is
stored ("Trojan Source"). When stdout or stderr is a terminal, every control character but tab and newline,
and every bidi embedding, override and isolate, is printed as a visible escape (`\\x1b`, `\\u202e`) instead.
Output to a file or a pipe stays byte for byte what was stored.

Whatever the stream's encoding, a character it cannot encode is written as an escape, never a traceback.
"""

from __future__ import annotations

import io
import re
import sys
from typing import TextIO

# C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """`text` with every character a terminal would obey replaced by its visible escape."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class TerminalWriter(io.TextIOWrapper):
    """A text stream on a terminal that neutralises what it writes."""

    unfiltered: TextIO

    def write(self, text: str) -> int:
        super().write(neutralise(text))
        return len(text)


def unfiltered(stream: TextIO) -> TextIO:
    """The stream under a `TerminalWriter`, for our own control sequences (a progress bar's carriage return)."""
    return stream.unfiltered if isinstance(stream, TerminalWriter) else stream


def _safe_stream(stream: TextIO) -> TextIO:
    """`stream`, made to escape what it cannot encode, and wrapped to neutralise when it is a terminal."""
    if not isinstance(stream, io.TextIOWrapper) or isinstance(stream, TerminalWriter):
        return stream
    try:
        if stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
        if not stream.isatty():
            return stream
        stream.flush()
        writer = TerminalWriter(
            stream.buffer, encoding=stream.encoding, errors=stream.errors, line_buffering=True, write_through=True
        )
        writer.unfiltered = stream
        return writer
    except (AttributeError, ValueError, OSError):
        return stream


def protect_streams() -> None:
    """Apply `_safe_stream` to stdout and stderr (called once, when the command line starts)."""
    sys.stdout = _safe_stream(sys.stdout)
    sys.stderr = _safe_stream(sys.stderr)
