"""The exceptions allyscope raises, one class for each kind of failure a caller may want to tell apart.

AllyscopeError                 every error of ours; the CLI turns it into one line and exit status 2
├── InputError                 a file cannot be read as a document
│   ├── EmptyInputError        the file holds nothing but white space
│   ├── BinaryInputError       the file is not text (NUL bytes, control characters)
│   ├── UndecodableInputError  no supported encoding decodes it
│   ├── DamagedInputError      a PDF, Word or zip file that is corrupt, truncated, encrypted or too big to open
│   ├── NeedsOcrError          a PDF with pages but no text layer (scanned): it needs OCR first
│   ├── NoTextError            an HTML page or file in which no main text was found
│   └── FetchError             a URL that could not be fetched (timeout, HTTP error, too big, not a document)
├── SpanError                  a span was made with offsets outside its text (a bug, never bad input)
├── StoreError                 the database is unusable (wrong schema, newer migration, locked)
└── NotFoundError              a document id or name that the store does not hold
"""

from __future__ import annotations


class AllyscopeError(Exception):
    """Base of every error raised on purpose by allyscope."""


class InputError(AllyscopeError):
    """Raised when a file cannot become a document; the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class EmptyInputError(InputError):
    """Raised for a file with no text in it."""


class BinaryInputError(InputError):
    """Raised for a file that holds binary data rather than text."""


class UndecodableInputError(InputError):
    """Raised when none of the supported encodings decodes the file."""


class SpanError(AllyscopeError, ValueError):
    """Raised when a span's offsets do not lie inside the text it points into."""


class StoreError(AllyscopeError):
    """Raised when the SQLite store cannot be opened, migrated or written."""


class NotFoundError(AllyscopeError, LookupError):
    """Raised when a document reference matches nothing in the store (or matches several)."""


class DamagedInputError(InputError):
    """Raised for a PDF, Word or zip file that is corrupt, truncated, encrypted, or built to exhaust the reader."""


class NeedsOcrError(InputError):
    """Raised for a PDF whose pages hold no text layer: it must be run through OCR (ocrmypdf) first."""


class NoTextError(InputError):
    """Raised when a page or file holds no main text to read."""


class FetchError(InputError):
    """Raised when a URL cannot be fetched as a document."""
