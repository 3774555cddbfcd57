"""One record shape for everything an export writes: a reviewed fact or an extracted candidate.

A record keeps every source and every evidence sentence, each marked with its kind (`source` or `sentence`), so no
writer has to invent a sentence for a fact that only a source backs. It always carries a `status`: `accepted` for
facts, and `pending`, `accepted`, `merged` or `rejected` for candidates, as their review left them.
"""

from __future__ import annotations

import re
from typing import Any

from allyscope.edtf import bounds, readable

# The review statuses of stored events, as exports name them (`candidate` is one still waiting: pending).
EVENT_STATUS = {"candidate": "pending", "accepted": "accepted", "merged": "merged", "rejected": "rejected"}
STATUSES = ("pending", "accepted", "merged", "rejected")

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def text_language(text: str, default: str = "en") -> str:
    """A BCP 47 tag for a piece of text, from its script: kana means Japanese; Han text without kana keeps a CJK
    `default` (a Japanese document's all-kanji sentence is still Japanese) and is Chinese otherwise; Hangul is
    Korean; anything else keeps `default` (the document's language, or English for our own summaries)."""
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return default if default.startswith(("ja", "zh")) else "zh"
    if _HANGUL.search(text):
        return "ko"
    return default


def _sentence(ev: dict[str, Any], default_lang: str) -> dict[str, Any]:
    return {
        "kind": "sentence",
        "doc": ev["doc"],
        "start": ev["start"],
        "end": ev["end"],
        "text": ev["text"],
        "footnotes": list(ev.get("footnotes") or []),
        "lang": text_language(ev["text"], default_lang),
        "candidate": ev.get("candidate"),
    }


def _source(src: dict[str, Any]) -> dict[str, Any]:
    title = src.get("title") or src["id"]
    return {
        "kind": "source",
        "id": src["id"],
        "title": title,
        "url": src.get("url"),
        "locator": src.get("locator"),
        "lang": text_language(title),
    }


def from_fact(fact: dict[str, Any], languages: dict[str, str] | None = None) -> dict[str, Any]:
    """A reviewed fact (as `timeline` returns it) as a record: status `accepted`, every source and sentence.
    `languages` gives stored documents' languages, so an evidence sentence is tagged with its document's."""
    languages = languages or {}
    return {
        "id": fact["id"],
        "kind": "fact",
        "status": "accepted",
        "date": fact["date"],
        "date_start": fact["date_start"],
        "date_end": fact["date_end"],
        "precision": fact["precision"],
        "date_readable": fact["date_readable"],
        "type": fact["type"],
        "cameo": fact["cameo"] or "",
        "domain": fact["domain"],
        "mode": fact["mode"],
        "level": fact["level"],
        "summary": fact["summary"],
        "actors": [dict(a) for a in fact["actors"]],
        "involved": [dict(i) for i in fact["involved"]],
        "sources": [_source(s) for s in fact["sources"]],
        "evidence": [_sentence(e, languages.get(e["doc"], "en")) for e in fact["evidence"]],
        "extracted_at": None,
        "reviewed_by": fact.get("created_by"),
        "reviewed_at": fact.get("created_at"),
        "fact": fact["id"],
    }


def from_event(
    event: dict[str, Any],
    names: dict[str, str],
    *,
    status: str = "candidate",
    document: dict[str, str] | None = None,
    review: tuple[str, str, str | None] | None = None,
) -> dict[str, Any]:
    """A stored event (an extracted candidate) as a record. `names` gives each entity id its display name,
    `document` is its document (`id`, `language`, `title`, `ingested_at`): its source, `review` the (who, when,
    fact) of its latest decision, if any."""
    document = document or {}
    language = document.get("language", "en")
    ev = event["evidence"]
    start, end, precision = bounds(event["date"])
    roles = {ident: role for role, ident in (event.get("roles") or {}).items()}
    return {
        "id": event["id"],
        "kind": "candidate",
        "status": EVENT_STATUS.get(status, status),
        "date": event["date"],
        "date_start": start,
        "date_end": end,
        "precision": event.get("date_precision") or precision,
        "date_readable": readable(event["date"]),
        "type": event["type"],
        "cameo": event.get("cameo") or "",
        "domain": event["domain"],
        "mode": event["mode"],
        "level": event.get("level", ""),
        "summary": event["summary"],
        "actors": [{"id": a, "name": names.get(a, a), "role": roles.get(a, "actor")} for a in event["actors"]],
        "involved": [{"id": i, "name": names.get(i, i)} for i in event.get("involved", [])],
        "sources": [
            _source(
                {
                    "id": f"doc:{document['id']}",
                    "title": document.get("title"),
                    "locator": f"sentence {ev['start']}-{ev['end']}",
                }
            )
        ]
        if document.get("id")
        else [],
        "evidence": [_sentence(ev, language)],
        "extracted_at": document.get("ingested_at"),
        "reviewed_by": review[0] if review else None,
        "reviewed_at": review[1] if review else None,
        "fact": review[2] if review else None,
        "candidate": event.get("candidate"),
    }


def source_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in record["actors"] if a["role"] == "source"]


def target_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in record["actors"] if a["role"] == "target"]
