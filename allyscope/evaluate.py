"""Scoring extraction against an annotation in the format of shared/eval/FORMAT.md.

For each category the annotation has (headings, note fields, marker links, events): precision = matched
predicted / all predicted, recall = matched annotated / all annotated, F1. An extracted event matches an
annotated one when its date is the same and its evidence sentence contains the annotated piece (white space
ignored); each is matched at most once. Events the extractor marks planned, hypothetical or negated state no
happening and are left out (`stated_events`). For matched events the share whose actors (annotated ⊆ extracted)
and whose domain agree is reported too (actors with the annotation's `as_written` forms, `actors_agree`, and
`actors_english_only` without them), and `date_exact`: of the annotated events whose sentence an extracted
event has (at any date), the share extracted at the annotated date; `modes_agree` where the annotation gives
a mode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from allyscope.entities import gazetteer
from allyscope.scripts import fold

_WS = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _WS.sub("", text)


@dataclass(frozen=True, slots=True)
class Score:
    matched_predicted: int
    predicted: int
    matched_gold: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "matched": self.matched_gold,
            "predicted": self.predicted,
            "annotated": self.gold,
        }


def _date_text(item: dict[str, Any]) -> str | None:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    if not parts or not parts[0]:
        return None
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0]))


def score_headings(data: dict[str, Any], gold: list[dict[str, Any]]) -> Score:
    predicted = [(h["level"], h["label"], h["title"]) for h in data["headings"]]
    wanted = [(h.get("level"), h.get("label"), h.get("title")) for h in gold]
    matched = sum(1 for h in predicted if h in wanted)
    return Score(matched, len(predicted), sum(1 for h in wanted if h in predicted), len(wanted))


def score_footnotes(data: dict[str, Any], gold: list[dict[str, Any]]) -> Score:
    by_key = {(f["block"], f["number"]): f for f in data["footnotes"]}
    fields = {"url": "URL", "title": "title", "container": "container-title", "language": "language"}
    predicted = matched = total = 0
    for note in gold:
        found = by_key.get((note.get("block"), note.get("number")))
        reference = found.get("reference") if found else None
        item = reference[0] if isinstance(reference, list) else (reference or {})
        values = {key: item.get(csl) for key, csl in fields.items()} | {"date": _date_text(item)}
        for key, value in values.items():
            if value is not None:
                predicted += 1
            if key in note:
                total += 1
                matched += value == note[key]
    return Score(matched, predicted, matched, total)


def score_markers(data: dict[str, Any], gold: list[dict[str, Any]]) -> Score:
    blocks = {f["id"]: (f["block"], f["number"]) for f in data["footnotes"]}
    predicted = {
        i: blocks.get(m["footnote"]) if m["footnote"] else (None, m["number"]) for i, m in enumerate(data["markers"])
    }
    matched = sum(1 for g in gold if predicted.get(g["order"]) == (g.get("block"), g.get("number")))
    return Score(matched, len(predicted), matched, len(gold))


def match_events(
    events: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(annotated, extracted) pairs: each annotated event with the first unused extracted event of its date whose
    evidence sentence contains its piece (white space ignored)."""
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for annotated in gold:
        piece = _squeeze(annotated.get("evidence", ""))
        for i, event in enumerate(events):
            if i in used or event["date"] != annotated.get("date"):
                continue
            if piece in _squeeze(event["evidence"]["text"]):
                used.add(i)
                pairs.append((annotated, event))
                break
    return pairs


_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'", "·": "・", "‧": "・"})


def written_name(name: str) -> str:
    """A name as it may be written, reduced to what tells two people or bodies apart: Simplified script, lower
    case, no accents, one kind of dash, apostrophe and middle dot, single spaces, no leading `the`. An entity the
    gazetteer lacks is named as the text writes it (`adhoc_people`, `adhoc_bodies`), and the corpus writes such an
    actor as the person or body writes their own name (`tests/corpora/events/README.md`, "Actors the gazetteer
    lacks"): `Pál KOVÁCS` as written is `Pál Kovács`, `the Visegrad Group` `Visegrád Group`."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = " ".join(fold(bare.translate(_DASHES)).split())
    return folded[4:] if folded.startswith("the ") else folded


def _extracted_names(event: dict[str, Any]) -> set[str]:
    g = gazetteer()
    return {g.entity(a)["name"] for a in event["actors"] + event.get("involved", [])}


def missing_actors(
    annotated: dict[str, Any], event: dict[str, Any], as_written: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """The annotated actors the event lacks among its actors and involved entities: an actor is present by
    canonical name, by its name as written (`written_name`), or, when the annotation's `as_written` map gives the
    forms the text writes it in (an actor the gazetteer lacks, written in another script or spelling), when an
    extracted name agrees with one of those forms as written (tests/corpora/events/README.md, "Actors the
    gazetteer lacks"). Without `as_written` only the English names count."""
    names = _extracted_names(event)
    written = {written_name(n) for n in names}
    forms = as_written or {}
    return sorted(
        a
        for a in set(annotated.get("actors", []))
        if a not in names
        and written_name(a) not in written
        and not any(written_name(f) in written for f in forms.get(a, ()))
    )


def actors_agree(
    annotated: dict[str, Any], event: dict[str, Any], as_written: Mapping[str, Sequence[str]] | None = None
) -> bool:
    """The annotated actors are all among the event's actors and involved entities (by canonical name; a name
    the gazetteer does not know is compared as written, `written_name`; with the annotation's `as_written` map an
    extracted name that agrees with one of the actor's forms counts as the actor, `missing_actors`)."""
    return not missing_actors(annotated, event, as_written)


NOT_HAPPENED = ("planned", "hypothetical", "negated")


def stated_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The extracted events that state a happening: an annotation lists what the text says happened, so an event
    the extractor itself marks planned, hypothetical or negated (`mode`) claims none and is not scored as one."""
    return [e for e in events if e.get("mode", "asserted") not in NOT_HAPPENED]


def score_events(
    events: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    data: dict[str, Any],
    as_written: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, Any]:
    notes = {f["id"]: f["number"] for f in data["footnotes"]}
    events = stated_events(events)
    pairs = match_events(events, gold)
    score = Score(len(pairs), len(events), len(pairs), len(gold))
    # date exact: of the annotated events whose sentence was found (by any date), the share found at their date
    located = [
        a for a in gold if any(_squeeze(a.get("evidence", "")) in _squeeze(e["evidence"]["text"]) for e in events)
    ]
    exact = sum(1 for a in located if any(a is p[0] for p in pairs))
    modes = sum(1 for a, e in pairs if "mode" in a and a["mode"] == e.get("mode"))
    moded = sum(1 for a, _ in pairs if "mode" in a)
    actors = english = domains = footnotes = 0
    for annotated, event in pairs:
        actors += actors_agree(annotated, event, as_written)
        english += actors_agree(annotated, event)
        domains += annotated.get("domain") == event["domain"]
        cited = sorted(notes[i] for i in event["evidence"]["footnotes"] if i in notes)
        footnotes += sorted(annotated.get("footnotes", [])) == cited
    n = len(pairs) or 1
    return score.as_json() | {
        "actors_agree": round(actors / n, 4),
        "actors_english_only": round(english / n, 4),
        "domain_agree": round(domains / n, 4),
        "footnotes_agree": round(footnotes / n, 4),
        "date_exact": round(exact / len(located), 4) if located else 1.0,
        "modes_agree": round(modes / moded, 4) if moded else 1.0,
        "unmatched": [a["id"] for a in gold if all(a is not p[0] for p in pairs)],
    }


def evaluate(data: dict[str, Any], events: list[dict[str, Any]], annotation: dict[str, Any]) -> dict[str, Any]:
    """Scores per category for one document (`data` as `parse --json` prints it)."""
    out: dict[str, Any] = {}
    if "headings" in annotation:
        out["headings"] = score_headings(data, annotation["headings"]).as_json()
    if "footnotes" in annotation:
        out["footnotes"] = score_footnotes(data, annotation["footnotes"]).as_json()
    if "markers" in annotation:
        out["markers"] = score_markers(data, annotation["markers"]).as_json()
    if "events" in annotation:
        out["events"] = score_events(events, annotation["events"], data, annotation.get("as_written"))
    return out
