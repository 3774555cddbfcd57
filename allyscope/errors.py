"""The exceptions allyscope raises, one class for each kind of failure a caller may want to tell apart.

AllyscopeError                 every error of ours; the CLI turns it into one line and its `exit_status`
├── InputError                 a file cannot be read as a document
│   ├── EmptyInputError        the file holds nothing but white space
│   ├── BinaryInputError       the file is not text (NUL bytes, control characters)
│   ├── UndecodableInputError  no supported encoding decodes it
│   ├── DamagedInputError      a PDF, Word or zip file that is corrupt, truncated, encrypted or too big to open
│   ├── NeedsOcrError          a PDF with pages but no text layer (scanned): it needs OCR first
│   ├── NoTextError            an HTML page or file in which no main text was found
│   ├── FetchError             a URL that could not be fetched (timeout, HTTP error, too big, not a document)
│   └── FileTooLargeError      the file is over the size limit (--max-size)
├── SpanError                  a span was made with offsets outside its text (a bug, never bad input)
├── StoreError                 the database is unusable (wrong schema, newer migration)
│   ├── ForeignDatabaseError   the file is not an allyscope database (another application's, or not SQLite)
│   ├── ReadOnlyDatabaseError  the database cannot be written (permissions, read-only folder)
│   └── DatabaseLockedError    another writer held the database longer than we were asked to wait (exit 1)
├── OutputPathError            an output file cannot be written where asked (missing folder, a directory)
├── DiskFullError              the disk filled up while writing (exit 1)
└── NotFoundError              a document id or name that the store does not hold

Exit status 2 means "the user can fix the command or its input"; 1 means the work failed on the way.
Each class has a short `code` that `--json` prints in `{"error": {"code", "message"}}`.
"""

from __future__ import annotations


class AllyscopeError(Exception):
    """Base of every error raised on purpose by allyscope."""

    exit_status = 2
    code = "error"


class InputError(AllyscopeError):
    """Raised when a file cannot become a document; the message names the file and the problem."""

    code = "bad-input"

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

    code = "store"


class NotFoundError(AllyscopeError, LookupError):
    """Raised when a document reference matches nothing in the store (or matches several)."""

    code = "not-found"


class FileTooLargeError(InputError):
    """Raised for a file over the configured size limit, before any of it is read."""

    code = "too-large"


class ForeignDatabaseError(StoreError):
    """Raised when the database file belongs to another application: it is refused and left untouched."""

    code = "not-our-database"


class ReadOnlyDatabaseError(StoreError):
    """Raised when a command must write to a database it may not write (permissions, read-only medium)."""

    code = "read-only-database"


class DatabaseLockedError(StoreError):
    """Raised when another writer kept the database longer than the configured wait."""

    exit_status = 1
    code = "locked"


class OutputPathError(AllyscopeError):
    """Raised when an output file cannot be created where asked (its folder is missing, it is a folder)."""

    code = "bad-output-path"


class DiskFullError(AllyscopeError):
    """Raised when the disk fills up while writing; whatever was there before is left as it was."""

    exit_status = 1
    code = "disk-full"


class DamagedInputError(InputError):
    """Raised for a PDF, Word or zip file that is corrupt, truncated, encrypted, or built to exhaust the reader."""


class NeedsOcrError(InputError):
    """Raised for a PDF whose pages hold no text layer: it must be run through OCR (ocrmypdf) first."""


class NoTextError(InputError):
    """Raised when a page or file holds no main text to read."""


class FetchError(InputError):
    """Raised when a URL cannot be fetched as a document."""


class DataFileError(AllyscopeError, ValueError):
    """Raised when a data file shipped in the package (allyscope/data/...) breaks its own schema; the message
    names the file and the problem."""

    code = "bad-data"
