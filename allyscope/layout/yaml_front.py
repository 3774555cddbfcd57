"""A Markdown file's YAML front matter (issue 12): static site generators and note apps open an exported post with a
block of `key: value` fields between two `---` lines (`title: "…"`, `author: …`, `date: 2024-05-02`, `tags: […]`).
Its `title` field holds the post's title in quotes or bare; the other fields are read as any labelled line is
(`author:` a byline label, `date:` a date label in `data/layouts/document_date.json`, `tags:` a tag row)."""

from __future__ import annotations

import re
from collections.abc import Sequence

FENCE = "---"
_FIELD = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]{0,30}):[ \t]+(?P<value>\S.*?)[ \t]*$")
_QUOTES = {'"': '"', "'": "'"}
_LIST_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,30}:")  # `authors:` alone, its items one a line under it


def _in_block(line: str) -> bool:
    """True for a line a front matter block may hold: a field, a list's key alone or one of its `- item` lines."""
    return field_value(line) is not None or _LIST_KEY.fullmatch(line) is not None or line.startswith("- ")


def field_value(line: str) -> tuple[str, int, int] | None:
    """(key, start, end) of a front matter field's value in `line`, its quotes left out, or None for a line that
    is no `key: value` field (a value left empty, a list's items under their key, a sentence)."""
    match = _FIELD.fullmatch(line)
    if match is None:
        return None
    start, end = match.span("value")
    value = match.group("value")
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == _QUOTES[value[0]]:
        start, end = start + 1, end - 1
    if start >= end:
        return None
    return match.group("key"), start, end


def in_front_matter(text: str, at: int) -> bool:
    """True where offset `at` of `text` stands inside a front matter block opening it: the text's first line that
    is not blank is `---`, and every line from there to `at` is a `key: value` field (or a list's item under its
    key), with no closing `---` between."""
    lines = text[:at].split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) < 2 or lines[0].strip() != FENCE:
        return False
    return all(_in_block(line.strip()) for line in lines[1:-1])


def title_field(line: str, raw: str, raw_at: int) -> tuple[int, int] | None:
    """(start, end) of the title within `line`, the front matter's `title:` line that starts at offset `raw_at` of
    the file's `raw` text (`title: "Why …"` → `Why …`), or None where the line is no title field of a front matter
    block (the fence lines themselves are dropped from the text as rules, so the block is checked in the raw)."""
    if not in_front_matter(raw, raw_at):
        return None
    field = field_value(line.rstrip())
    if field is None or field[0].lower() != "title":
        return None
    return field[1], field[2]


_MOST_FIELDS = 40  # a post's front matter holds a dozen fields or so; a longer run of `key: value` lines is a form


def front_fences(contents: Sequence[str]) -> tuple[int, int] | None:
    """(opening, closing) indexes of the two `---` lines of a front matter block opening `contents` (stripped lines,
    blank ones empty), or None. Between them stand only fields (`key: value`, a list's key alone over its `- item`
    lines) and blank lines, one field at least. The fences part the block from the text as a rule does; two `---`
    lines are no page turn printed twice."""
    opening = next((i for i, content in enumerate(contents) if content), None)
    if opening is None or contents[opening] != FENCE:
        return None
    fields = 0
    for i in range(opening + 1, min(len(contents), opening + 2 + _MOST_FIELDS)):
        content = contents[i]
        if content == FENCE:
            return (opening, i) if fields else None
        if content and not _in_block(content):
            return None
        fields += bool(content)
    return None
