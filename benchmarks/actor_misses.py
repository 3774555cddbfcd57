"""Where the missing actor of a matched event is (issue 14 item 3, act50): counts by class, never sentences.

Run: python benchmarks/actor_misses.py [--split dev|testN] [--per-document FILE] [--json] [--details]

For every matched event whose annotated actors are not all extracted (as `eval_extraction` scores a document),
each missing actor is placed by where the text names it (by a mention of it or of something that is part of it:
its minister, its office, its navy), measured from the event's evidence sentence:

- `sentence`: named in the event's own sentence;
- `paragraph`: in the same paragraph (a line of the text) but not the sentence;
- `earlier`: only in an earlier paragraph (the title and the lead among them);
- `later`: only after the event's paragraph;
- `never`: the gazetteer knows it, but no mention of it was recognised anywhere;
- `unresolved`: the annotated actor is no entity the gazetteer can resolve.

An event lacking several actors is counted once, by its farthest missing actor (all must be found for its actors
to be right); the per-actor counts are printed beside. The lead runs this on the held-out splits for aggregates:
nothing here prints a sentence or a document name of any split. `--per-document FILE` writes each document's
tally (counts only, by file) as JSON, to compare a tree's dev figures with another's document by document.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_extraction import MANIFEST, SPLITS, Tally, score_document  # noqa: E402

CLASSES = ("sentence", "paragraph", "earlier", "later", "never", "unresolved")


@contextlib.contextmanager
def _kept_extractions(kept: list[dict[str, Any]]) -> Iterator[None]:
    """`score_document` extracts the document once and keeps only the scores: while this holds, the JSON of each
    extraction is also appended to `kept`, so the where of each miss is read from the same extraction."""
    import allyscope.extraction as extraction

    original = extraction.extract_json

    def keeping(*args: Any, **kwargs: Any) -> dict[str, Any]:
        data = original(*args, **kwargs)
        kept.append(data)
        return data

    extraction.extract_json = keeping  # type: ignore[assignment]
    try:
        yield
    finally:
        extraction.extract_json = original  # type: ignore[assignment]


def _stands_for(entity_id: str, entities: dict[str, dict[str, Any]]) -> set[str]:
    """The entity and everything it is part of (`part_of` chains: a minister's office, its state)."""
    found: set[str] = set()
    while entity_id and entity_id not in found and entity_id in entities:
        found.add(entity_id)
        entity_id = entities[entity_id].get("part_of", "")
    return found


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The line of `text` holding offset `at`: a paragraph as the events stage carries a subject within one."""
    return text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1


def where_missing(data: dict[str, Any], event: dict[str, Any], name: str) -> str:
    """The class (`CLASSES`) of where the text names the annotated actor `name` the event lacks."""
    from allyscope.entities import gazetteer, resolve_entity
    from allyscope.errors import NotFoundError

    g = gazetteer()
    try:
        wanted = resolve_entity(name)
    except NotFoundError:
        return "unresolved"
    text = data["document"]["text"]
    s_start, s_end = event["evidence"]["start"], event["evidence"]["end"]
    p_start, p_end = _paragraph(text, s_start)
    best = "never"
    order = CLASSES.index
    for entity in data["entities"]:
        if wanted not in _stands_for(entity["id"], g.entities):
            continue
        for mention in entity["mentions"]:
            at = mention["start"]
            if s_start <= at < s_end:
                found = "sentence"
            elif p_start <= at <= p_end:
                found = "paragraph"
            elif at < p_start:
                found = "earlier"
            else:
                found = "later"
            if order(found) < order(best):
                best = found
    return best


def measure(
    split: str, details: list[str] | None = None
) -> tuple[dict[str, dict[str, Any]], Counter[str], Counter[str]]:
    """Per document (by file) its tally's counts; the where-counts per event and per missing actor. With `details`
    (dev only: `main` refuses it for another split), a line per event with an actor wrong is appended to it."""
    from allyscope.evaluate import actors_agree, match_events, missing_actors, stated_events

    manifest = json.loads(MANIFEST.read_text("utf-8"))
    per_document: dict[str, dict[str, Any]] = {}
    by_event: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    for entry in manifest["documents"]:
        if entry["split"] != split:
            continue
        kept: list[dict[str, Any]] = []
        with _kept_extractions(kept):
            tally = score_document(entry)
        per_document[entry["file"]] = _counts(tally)
        data = kept[-1]
        annotation = json.loads((MANIFEST.parent / entry["annotation"]).read_text("utf-8"))
        as_written = annotation.get("as_written")
        for annotated, event in match_events(stated_events(data["events"]), annotation["events"]):
            if actors_agree(annotated, event, as_written):
                continue
            missing = missing_actors(annotated, event, as_written)
            places = [where_missing(data, event, name) for name in missing]
            by_actor.update(places)
            by_event[max(places, key=CLASSES.index)] += 1
            if details is not None and split == "dev":
                details.append(
                    f"{max(places, key=CLASSES.index):<10} {entry['file']}:{annotated['id']} lacks {missing} "
                    f"({event['domain']}, gold {annotated['domain']}): {' '.join(event['evidence']['text'].split())}"
                )
    return per_document, by_event, by_actor


def _counts(tally: Tally) -> dict[str, Any]:
    return {
        name: getattr(tally, name)
        for name in ("predicted", "matched_predicted", "annotated", "matched", "found", "date_exact", "actors",
                     "actors_english_only", "domain", "actors_ok", "domain_actors_ok")
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--per-document", type=Path, help="write each document's counts (JSON) to this file")
    parser.add_argument("--json", action="store_true", help="the where-counts as JSON")
    parser.add_argument("--details", action="store_true", help="dev only: each event with an actor wrong")
    args = parser.parse_args(argv)
    if args.details and args.split != "dev":
        parser.error("--details lists sentences: dev only")
    details: list[str] | None = [] if args.details else None
    per_document, by_event, by_actor = measure(args.split, details)
    if args.per_document:
        args.per_document.write_text(json.dumps(per_document, indent=1, sort_keys=True) + "\n", "utf-8")
    total = Tally()
    for counts in per_document.values():
        total.add(Tally(documents=1, **counts))
    figures = total.figures()
    if args.json:
        payload = {"split": args.split, "events": dict(by_event), "actors": dict(by_actor), "figures": figures}
        json.dump(payload, sys.stdout, indent=1)
        print()
        return 0
    print(f"{args.split}: {total.documents} documents, {total.matched} matched events, "
          f"{total.matched - total.actors} with an actor wrong")  # fmt: skip
    print("  where the missing actor is   events  actors")
    for name in CLASSES:
        print(f"    {name:<26} {by_event[name]:>6}  {by_actor[name]:>6}")
    print("  " + "  ".join(f"{k} {v:.4f}" for k, v in figures.items()))
    for line in sorted(details or []):
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
