"""PostgreSQL's binary COPY stream built from Arrow columns by Arrow's and NumPy's kernels, whole columns at once.

Why: the CSV path spent the client's time making bytea hex and CSV text and the server's parsing them back
(the tsvector text of about 2,500 character pairs an article above all: quoted, unescaped, sorted and made
unique entry by entry). In the binary form each value travels as the server keeps it: integers as big-endian
bytes, text and bytea as their bytes, a tsvector as its receive form with its lexemes already sorted and
unique, so the server copies bytes instead of parsing them. No Python object is made per row or per value: each
field is a column of length-prefixed values (`field`), a row is the element-wise join of its fields, and the
stream is the joined column's data buffer between a header and a trailer (`copy_stream`).

The format (PostgreSQL's documentation of COPY, "Binary Format"): the signature `PGCOPY\\n\\377\\r\\n\\0`, a flags
word and a header-extension length (both 0); per row an int16 field count, then per field an int32 length (-1
for NULL) and the value; an int16 -1 at the end. A tsvector's value (`tsvectorrecv`): an int32 count of
lexemes, then each lexeme as a NUL-terminated string followed by an int16 count of positions (0 here: the pair
index keeps no positions), in the server's order (bytewise) and without repeats, which the server does not
remove from this form.
"""

from __future__ import annotations

from typing import Any

from allyscope.scale import ScaleError, require

SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags, header-extension length
TRAILER = b"\xff\xff"
MAX_LEXEME = 2000  # bytes, as postgres_search keeps them: PostgreSQL refuses a lexeme of 2 KiB or more
_INTS = {"smallint": ">i2", "integer": ">i4", "bigint": ">i8"}
_BYTES = {"text", "bytea", "character varying", "tsvector"}


def _nothing() -> Any:
    """The empty separator of Arrow's joins, of the columns' type (large binary: a batch may pass 2 GiB)."""
    pa = require("pyarrow")
    return pa.scalar(b"", pa.large_binary())


def _big_endian(numbers: Any, dtype: str, prefix: int | None = None) -> Any:
    """A fixed-size binary column of `numbers` in big-endian `dtype`, each after an int32 `prefix` if given."""
    np = require("numpy")
    pa = require("pyarrow")
    values = np.ascontiguousarray(numbers, dtype=dtype)
    width = values.dtype.itemsize + (4 if prefix is not None else 0)
    out = np.empty((len(values), width), dtype=np.uint8)
    if prefix is not None:
        out[:, :4] = np.frombuffer(int(prefix).to_bytes(4, "big", signed=True), dtype=np.uint8)
    out[:, width - values.dtype.itemsize :] = values.view(np.uint8).reshape(len(values), values.dtype.itemsize)
    fixed = pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), len(values), [None, pa.py_buffer(out)])
    return fixed.cast(pa.large_binary())


def field(column: Any, pgtype: str, name: str = "") -> Any:
    """One column as binary COPY fields (length, then the value's bytes; -1 for NULL) for a column of `pgtype`
    (text, bytea, tsvector payloads: as they are; integers: checked to fit, then big-endian)."""
    np = require("numpy")
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    nulls = column.null_count > 0
    if pgtype in _INTS:
        dtype = _INTS[pgtype]
        if len(column) and column.null_count < len(column):
            low, high = pc.min_max(column).values()
            limits = np.iinfo(dtype)
            if low.as_py() < limits.min or high.as_py() > limits.max:
                raise ScaleError(f"column {name}: a value does not fit PostgreSQL's {pgtype}")
        out = _big_endian(column.fill_null(0).to_numpy(), dtype, prefix=np.dtype(dtype).itemsize)
    elif pgtype in _BYTES:
        values = column.cast(pa.large_binary())
        lengths = pc.binary_length(values).fill_null(-1).to_numpy()
        out = pc.binary_join_element_wise(_big_endian(lengths, ">i4"), values.fill_null(b""), _nothing())
    else:
        raise ScaleError(f"column {name}: no binary COPY form for PostgreSQL's {pgtype} in the loader")
    if nulls:
        out = pc.if_else(column.is_null(), pa.scalar(b"\xff\xff\xff\xff", pa.large_binary()), out)
    return out


def copy_stream(columns: list[Any], types: list[str], names: list[str]) -> list[Any]:
    """The binary COPY stream of these columns (Arrow arrays of one length) as pieces to send in order: the
    header, the rows (one buffer, no copy per row), the trailer."""
    np = require("numpy")
    pc = require("pyarrow.compute")
    count = _big_endian(np.full(len(columns[0]), len(columns)), ">i2")
    fields = [field(c, t, n) for c, t, n in zip(columns, types, names, strict=True)]
    rows = pc.binary_join_element_wise(count, *fields, _nothing())
    _, offsets, data = rows.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int64)[rows.offset : rows.offset + len(rows) + 1]
    body = memoryview(data)[int(bounds[0]) : int(bounds[-1])] if len(rows) else memoryview(b"")
    return [SIGNATURE, body, TRAILER]


def tsvector_binary(grams: Any) -> Any:
    """A column of space-separated character pairs as tsvector receive forms: per entry its pairs once each,
    in bytewise order, an empty pair or one of `MAX_LEXEME` bytes or more left out (as
    `postgres_search.as_tsvector` leaves them out of its text).

    Made for the whole column at once: the pairs are split and dictionary-encoded, the dictionary sorted, and
    each (entry, pair rank) made one integer key, so that one NumPy sort orders every entry's pairs and
    puts repeats side by side; each pair's bytes (with its NUL and a position count of 0) are taken in that
    order and joined per entry behind the entry's count."""
    np = require("numpy")
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    grams = grams.combine_chunks() if isinstance(grams, pa.ChunkedArray) else grams
    if pc.any(pc.match_substring(grams, "\x00")).as_py():
        raise ScaleError("search pairs with a NUL character: PostgreSQL's text cannot hold one")
    lists = pc.split_pattern(grams.fill_null(""), " ")
    words = pc.list_flatten(lists)
    parents = pc.list_parent_indices(lists)
    size = pc.binary_length(words)
    keep = pc.and_(pc.greater(size, 0), pc.less(size, MAX_LEXEME))
    words, parents = words.filter(keep), parents.filter(keep)
    encoded = pc.dictionary_encode(words)
    distinct = encoded.dictionary.cast(pa.large_binary())
    order = pc.sort_indices(distinct).to_numpy()  # bytewise, as the server compares lexemes
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    width = max(len(order), 1)
    keys = np.sort(parents.to_numpy().astype(np.int64) * width + rank[encoded.indices.to_numpy()])
    # each once (side by side after the sort; NumPy's `unique` hashes, which is slower here)
    keys = keys[np.concatenate([keys[:1] == keys[:1], keys[1:] != keys[:-1]])]
    entry, lexeme = keys // width, order[keys % width]
    pieces = pc.binary_join_element_wise(distinct, pa.scalar(b"\x00\x00\x00", pa.large_binary()), _nothing())
    counts = np.bincount(entry, minlength=len(grams))
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    per_entry = pa.LargeListArray.from_arrays(pa.array(offsets), pieces.take(pa.array(lexeme)))
    joined = pc.binary_join(per_entry, _nothing())
    return pc.binary_join_element_wise(_big_endian(counts, ">i4"), joined, _nothing())
