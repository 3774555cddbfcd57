"""Plain-text renderings of a structured document for people: the outline and the readable body."""

from __future__ import annotations

from typing import Any


def readable_text(data: dict[str, Any]) -> str:
    """Title, authors, abstract and keywords, then the body with its headings, then the notes by page."""
    text = data["text"]
    out: list[str] = []
    if data.get("title"):
        out += [data["title"], ""]
    if data.get("authors"):
        out += ["  ".join(data["authors"]), ""]
    if data.get("abstract"):
        out += [f"Abstract: {data['abstract']}", ""]
    if data.get("keywords"):
        out += [f"Keywords: {'; '.join(data['keywords'])}", ""]
    blocks = [(h["start"], h["end"], h["level"]) for h in data["headings"]]
    blocks += [(p["start"], p["end"], 0) for p in data["paragraphs"]]
    for start, end, level in sorted(blocks):
        chunk = text[start:end].strip()
        if level:
            out += ["", ("#" * level) + " " + chunk, ""]
        else:
            out += [chunk, ""]
    notes = data.get("footnotes") or []
    if notes:
        out += ["", "Notes", "-----"]
        page = None
        for note in notes:
            if note["page"] != page:
                page = note["page"]
                out.append(f"(page {page})" if note["kind"] == "footnote" else f"({note['kind']}s)")
            out.append(f"  [{note['number']}] {note['text']}")
    return "\n".join(out).rstrip() + "\n"


def outline(data: dict[str, Any]) -> str:
    """A short summary: what the document is, its outline, and how many notes and markers it has."""
    linked = sum(1 for m in data["markers"] if m["footnotes"])
    lines = [
        f"id:        {data.get('id', '')}",
        f"title:     {data['title']}",
        f"authors:   {', '.join(data['authors'])}",
        f"language:  {data['language']}",
        f"source:    {data.get('source', '')}",
        f"pages:     {data.get('pages', '')}",
        f"notes:     {len(data['footnotes'])} in {len({n['block'] for n in data['footnotes']})} blocks",
        f"markers:   {len(data['markers'])} ({linked} linked to notes)",
        "outline:",
    ]
    for h in data["headings"]:
        lines.append("  " * h["level"] + f"{h['numbering']} {h['title']}")
    return "\n".join(lines) + "\n"
