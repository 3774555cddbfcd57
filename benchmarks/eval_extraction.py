"""Extraction quality on the events corpus (issue 14, item 6): P/R/F1 of events, date exact, actors and domain,
per half, per genre and per language.

Run: python benchmarks/eval_extraction.py [--split dev|test|test2|…|test47] [--json] [--details]

The corpus is `tests/corpora/events/` (its README says how the documents and their annotations were made).
`dev` may be used for tuning; `test` is HELD OUT: its figures are printed apart and must never guide a change
to the extractor; `test2` is a second held-out set (written and annotated in the sixth session before the
extractor was run on it, never tuned on), printed apart so that the first held-out half stays comparable; `test3`
is a third held-out set (twelve documents written in the thirteenth session, their gold committed before the
extractor was run on them; measured, never tuned on, its misses never listed); `test4` is a fourth (eight documents
written blind in the fifteenth session, one per genre and language pair of its README table, gold committed
before the extractor was run on them; no floors until the lead measures it once at the merge); `test5` is a fifth
(eight documents written blind in the sixteenth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test6` is a sixth
(eight documents written blind in the seventeenth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test7` is a seventh
(eight documents written blind in the eighteenth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test8` is an eighth
(eight documents written blind in the nineteenth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test9` is a ninth
(eight documents written blind in the twentieth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test10` is a tenth
(eight documents written blind in the twenty-first session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test11` is an eleventh
(eight documents written blind in the twenty-second session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test12` is a twelfth
(eight documents written blind in the twenty-third session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test13` is a thirteenth
(eight documents written blind in the twenty-fourth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test14` is a fourteenth
(eight documents written blind in the twenty-fifth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test15` is a fifteenth
(eight documents written blind in the twenty-sixth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test16` is a sixteenth
(eight documents written blind in the twenty-seventh session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test17` is a seventeenth
(eight documents written blind in the twenty-eighth session, in the cells of its README table, gold committed before
the extractor was run on them; no floors until the lead measures it once at the merge); `test18` is an eighteenth
(eight documents written blind in the thirtieth session, in the cells of its README table, gold committed before
the extractor was run on them); `test19` is a nineteenth (eight documents written blind in the thirty-first session,
in the cells of its README table, gold committed before the extractor was run on them); `test20` is a twentieth
(eight documents written blind in the thirty-second session, in the cells of its README table, gold committed before
the extractor was run on them); `test21` is a twenty-first (eight documents written blind in the thirty-third
session, in the cells of its README table, gold committed before the extractor was run on them); `test22` is a
twenty-second (eight documents written blind in the thirty-fourth session, in the cells of its README table, gold
committed before the extractor was run on them); `test23` is a twenty-third (eight documents written blind in the
thirty-fifth session, in the cells of its README table, gold committed before the extractor was run on them);
`test24` is a twenty-fourth (eight documents written blind in the thirty-sixth session, in the cells of its README
table, gold committed before the extractor was run on them); `test25` is a twenty-fifth (eight documents written
blind in the thirty-seventh session, in the cells of its README table, gold committed before the extractor was run
on them); `test26` is a twenty-sixth (eight documents written blind in the thirty-eighth session, in the cells of
its README table, gold committed before the extractor was run on them); `test27` is a twenty-seventh (eight documents
written blind in the thirty-ninth session, in the cells of its README table, gold committed before the extractor was
run on them); `test28` is a twenty-eighth (eight documents written blind in the fortieth session, in the cells of its
README table, gold committed before the extractor was run on them); `test29` is a twenty-ninth (eight documents
written blind in the forty-first session, in the cells of its README table, gold committed before the extractor was
run on them); `test30` is a thirtieth (eight documents written blind in the forty-second session, in the cells of its
README table, gold committed before the extractor was run on them); `test31` is a thirty-first (eight documents
written blind in the forty-third session, in the cells of its README table, gold committed before the extractor was
run on them); `test32` is a thirty-second (eight documents written blind in the forty-fourth session, in the cells of
its README table, gold committed before the extractor was run on them); `test33` is a thirty-third (eight documents
written blind in the forty-fifth session, in the cells of its README table, gold committed before the extractor was
run on them; floors set by the lead at its first measurement, at the merge); `test34` is a thirty-fourth (eight
documents written blind in the forty-sixth session, in the cells of its README table, gold committed before the
extractor was run on them; floors set by the lead at its first measurement, at the merge); `test35` is a
thirty-fifth (eight documents written blind in the forty-seventh session, in the cells of its README table, gold
committed before the extractor was run on them; floors set by the lead at its first measurement, at the merge);
`test36` is a thirty-sixth (eight documents written blind in the forty-eighth session, in the cells of its README
table, gold committed before the extractor was run on them; floors set by the lead at its first measurement, at the
merge); `test37` is a thirty-seventh (eight documents written blind in the forty-ninth session, in the cells of its
README table, gold committed before the extractor was run on them; floors set by the lead at its first measurement,
at the merge); `test38` is a thirty-eighth (eight documents written blind in the fiftieth session, in the cells of its
README table, gold committed before the extractor was run on them; floors set by the lead at its first measurement,
at the merge); `test39` is a thirty-ninth (eight documents written blind in the fifty-first session, in the cells of
its README table, gold committed before the extractor was run on them; floors set by the lead at its first
measurement, at the merge); `test40` is a fortieth (eight documents written blind in the fifty-second session, in the
cells of its README table, gold committed before the extractor was run on them; floors set by the lead at its first
measurement, at the merge); `test41` is a forty-first (eight documents written blind in the fifty-third session, in
the cells of its README table, gold committed before the extractor was run on them; floors set by the lead at its
first measurement, at the merge); `test42` is a forty-second (eight documents written blind in the fifty-fourth
session, in the cells of its README table, gold committed before the extractor was run on them; floors set by the
lead at its first measurement, at the merge); `test43` is a forty-third (eight documents written blind in the
fifty-fifth session, in the cells of its README table, gold committed before the extractor was run on them; floors
set by the lead at its first measurement, at the merge); `test44` is a forty-fourth (eight documents written blind in
the fifty-sixth session, in the cells of its README table, gold committed before the extractor was run on them; floors
set by the lead at its first measurement, at the merge); `test45` is a forty-fifth (eight documents written blind in
the fifty-seventh session, in the cells of its README table, gold committed before the extractor was run on them;
floors set by the lead at its first measurement, at the merge); `test46` is a forty-sixth (eight documents written
blind in the fifty-eighth session, in the cells of its README table, gold committed before the extractor was run on
them; floors set by the lead at its first measurement, at the merge); `test47` is a forty-seventh (eight documents
written blind in the fifty-ninth session, in the cells of its README table, gold committed before the extractor was
run on them; no floors until the lead measures it once at the merge). Each
document is extracted with a case of its own relationship active (the manifest's relations, see
`relation_sides`), as an analyst studying that relationship would set it up, and otherwise as
`allyscope evaluate FILE --gold ANNOTATION --json` does it
(`extract_json`, then `allyscope.evaluate.evaluate`), and the counts are pooled over documents (micro average):

- events P / R / F1: an extracted event matches an annotated one when its date is the same and its evidence
  sentence contains the annotated piece (white space ignored), as in `allyscope.evaluate`;
- date exact: of the annotated events whose evidence piece is found in some extracted event's sentence, whatever
  its date, the share where one such event carries exactly the annotated date (EDTF string, precision included);
- actors: of the matched events, the share whose annotated actors are all among the extracted actors, an actor
  the gazetteer lacks counting as present when an extracted name agrees with one of the forms the annotation's
  `as_written` map gives for it (the name as the text writes it, in a Chinese or Japanese text in CJK script);
  `actors_english_only` (printed in brackets) is the same share without those forms, the figure of earlier
  sessions, so that a reader sees what the convention changes;
- domain: of the matched events, the share with the annotated domain;
- domain|actors-ok: the same share among the matched events whose actors are right (all annotated actors
  extracted), which tells the classification of domains apart from errors of actor resolution (an event that
  lacks an actor of one side is `context` whatever its words say).

`--details` (dev only) also prints the confusion matrix of domains (annotated × extracted) over the matched
events whose actors are right, and each such event whose domain disagrees.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "events"
MANIFEST = CORPUS / "manifest.json"
METRICS = ("precision", "recall", "f1", "date_exact", "actors", "actors_english_only", "domain", "domain_actors_ok")
_WS = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _WS.sub("", text)


@dataclass
class Tally:
    """Counts pooled over documents; the figures are computed from them, never averaged per document."""

    documents: int = 0
    predicted: int = 0
    matched_predicted: int = 0
    annotated: int = 0
    matched: int = 0
    found: int = 0
    date_exact: int = 0
    actors: int = 0
    actors_english_only: int = 0
    domain: int = 0
    actors_ok: int = 0
    domain_actors_ok: int = 0
    unmatched: list[str] = field(default_factory=list)
    confusion: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    wrong_domains: list[str] = field(default_factory=list)
    wrong_actors: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("documents", "predicted", "matched_predicted", "annotated", "matched", "found", "date_exact"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.actors += other.actors
        self.actors_english_only += other.actors_english_only
        self.domain += other.domain
        self.actors_ok += other.actors_ok
        self.domain_actors_ok += other.domain_actors_ok
        self.unmatched += other.unmatched
        for key, count in other.confusion.items():
            self.confusion[key] += count
        self.wrong_domains += other.wrong_domains
        self.wrong_actors += other.wrong_actors
        self.spurious += other.spurious
        self.missed += other.missed

    def figures(self) -> dict[str, float]:
        p = self.matched_predicted / self.predicted if self.predicted else 1.0
        r = self.matched / self.annotated if self.annotated else 1.0
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "date_exact": self.date_exact / self.found if self.found else 0.0,
            "actors": self.actors / self.matched if self.matched else 0.0,
            "actors_english_only": self.actors_english_only / self.matched if self.matched else 0.0,
            "domain": self.domain / self.matched if self.matched else 0.0,
            "domain_actors_ok": self.domain_actors_ok / self.actors_ok if self.actors_ok else 0.0,
        }


def _date_tally(events: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, int]:
    """(found, date exact): gold events whose piece is in some extracted sentence, and those among them for
    which such an event has exactly the annotated date."""
    found = exact = 0
    for annotated in gold:
        piece = _squeeze(annotated["evidence"])
        dates = {e["date"] for e in events if piece in _squeeze(e["evidence"]["text"])}
        if dates:
            found += 1
            exact += annotated["date"] in dates
    return found, exact


def relation_sides(relations: list[list[str]]) -> list[list[str]] | None:
    """The sides of a case for the relations a document is about (the manifest's names), as an analyst who
    studies that relationship would set up the case: one pair gives its two parties; pairs that all share one party
    (a hub, such as an organization with several partners) give the hub against the others; relations of three or
    more parties among themselves (a minilateral group) give one side per party. None without any pair."""
    pairs = [tuple(pair) for pair in relations if len(pair) == 2]
    if not pairs:
        return None
    common = set(pairs[0]).intersection(*map(set, pairs[1:]))
    if len(pairs) == 1:
        return [[pairs[0][0]], [pairs[0][1]]]
    if len(common) == 1:
        hub = next(iter(common))
        return [[hub], sorted({p for pair in pairs for p in pair} - {hub})]
    return [[party] for party in sorted({p for pair in pairs for p in pair})]


def _activate_case_of(entry: dict[str, Any]) -> Any:
    """Make a case of the document's own relationship the active one; what was active (None: left as it was)."""
    from allyscope.entities import resolve_entity
    from allyscope.errors import NotFoundError
    from allyscope.knowledge.case import Case, activate

    sides = relation_sides(entry.get("relations") or [])
    if sides is None:
        return None
    try:
        ids = [[resolve_entity(name) for name in side] for side in sides]
    except NotFoundError as error:
        # a side the gazetteer does not know (as a user's case may name): scored as read without a case
        print(f"{entry['file']}: {error}; scored without a case", file=sys.stderr)
        return None
    parties = [{"id": ident} for side in ids for ident in side]
    meta = {"name": "evaluation", "title": "evaluation", "version": "0", "parties": parties, "sides": ids}
    case = Case(name="evaluation", version="0", title="evaluation", meta=meta, sources=[], facts=[], agreements=[],
                decisions=[])  # fmt: skip
    return activate(case)


def _missing_actors(
    annotated: dict[str, Any], event: dict[str, Any], as_written: dict[str, list[str]] | None = None
) -> list[str]:
    """The annotated actors an extracted event lacks, as `actors_agree` compares them (canonical name, name as
    written, and the annotation's `as_written` forms when given: `allyscope.evaluate.missing_actors`)."""
    from allyscope.evaluate import missing_actors

    return missing_actors(annotated, event, as_written)


def score_document(entry: dict[str, Any]) -> Tally:
    """Extract one corpus document and score it against its annotation."""
    from allyscope.evaluate import actors_agree, evaluate, match_events, stated_events
    from allyscope.extraction import extract_json

    annotation = json.loads((CORPUS / entry["annotation"]).read_text("utf-8"))
    as_written = annotation.get("as_written")
    previous = _activate_case_of(entry)
    try:
        data = extract_json(CORPUS / entry["file"])
    finally:
        if previous is not None:
            from allyscope.knowledge.case import restore

            restore(previous)
    scores = evaluate(data["document"], data["events"], annotation)["events"]
    stated = stated_events(data["events"])  # as `evaluate` scores them: planned, hypothetical, negated left out
    found, exact = _date_tally(stated, annotation["events"])
    matched = scores["matched"]
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    wrong: list[str] = []
    actors_ok = domain_actors_ok = 0
    pairs = match_events(stated, annotation["events"])
    used = {id(event) for _, event in pairs}
    paired = {annotated["id"] for annotated, _ in pairs}
    spurious = [
        f"{entry['file']} {e['date']} [{e['type']}]: {_WS.sub(' ', e['evidence']['text'])[:160]}"
        for e in stated
        if id(e) not in used
    ]
    missed = [
        f"{entry['file']}:{a['id']} {a['date']}: {a['evidence']}"
        + "".join(
            f" | got {e['date']} {e['mode']}"
            for e in data["events"]
            if _squeeze(a["evidence"]) in _squeeze(e["evidence"]["text"])
        )
        for a in annotation["events"]
        if a["id"] not in paired
    ]
    wrong_actors: list[str] = []
    for annotated, event in pairs:
        if not actors_agree(annotated, event, as_written):
            wrong_actors.append(
                f"{entry['file']}:{annotated['id']} lacks {_missing_actors(annotated, event, as_written)}, got "
                f"{event['domain']}: {annotated['evidence']}"
            )
            continue
        actors_ok += 1
        domain_actors_ok += annotated["domain"] == event["domain"]
        confusion[(annotated["domain"], event["domain"])] += 1
        if annotated["domain"] != event["domain"]:
            wrong.append(
                f"{entry['file']}:{annotated['id']} gold {annotated['domain']}, got {event['domain']} "
                f"({event['type']}): {annotated['evidence']}"
            )
    return Tally(
        documents=1,
        predicted=scores["predicted"],
        matched_predicted=matched,
        annotated=scores["annotated"],
        matched=matched,
        found=found,
        date_exact=exact,
        actors=round(scores["actors_agree"] * matched),
        actors_english_only=round(scores["actors_english_only"] * matched),
        domain=round(scores["domain_agree"] * matched),
        unmatched=[f"{entry['file']}:{i}" for i in scores["unmatched"]],
        actors_ok=actors_ok,
        domain_actors_ok=domain_actors_ok,
        confusion=confusion,
        wrong_domains=wrong,
        wrong_actors=wrong_actors,
        spurious=spurious,
        missed=missed,
    )


def run(
    splits: tuple[str, ...] = (
        "dev",
        "test",
        "test2",
        "test3",
        "test4",
        "test5",
        "test6",
        "test7",
        "test8",
        "test9",
        "test10",
        "test11",
        "test12",
        "test13",
        "test14",
        "test15",
        "test16",
        "test17",
        "test18",
        "test19",
        "test20",
        "test21",
        "test22",
        "test23",
        "test24",
        "test25",
        "test26",
        "test27",
        "test28",
        "test29",
        "test30",
        "test31",
        "test32",
        "test33",
        "test34",
        "test35",
        "test36",
        "test37",
        "test38",
        "test39",
        "test40",
        "test41",
        "test42",
        "test43",
        "test44",
        "test45",
        "test46",
        "test47",
    ),
) -> dict[str, dict[str, Any]]:
    """Figures per half, and within each half per genre and per language."""
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for split in splits:
        total = Tally()
        by_genre: dict[str, Tally] = defaultdict(Tally)
        by_language: dict[str, Tally] = defaultdict(Tally)
        for entry in manifest["documents"]:
            if entry["split"] != split:
                continue
            tally = score_document(entry)
            total.add(tally)
            by_genre[entry["genre"]].add(tally)
            by_language[entry["language"]].add(tally)
        out[split] = {
            "all": total,
            "genre": dict(sorted(by_genre.items())),
            "language": dict(sorted(by_language.items())),
        }
    return out


def _row(label: str, tally: Tally) -> str:
    f = tally.figures()
    return (
        f"  {label:<12} P {f['precision']:.2f}  R {f['recall']:.2f}  F1 {f['f1']:.2f}  "
        f"date exact {f['date_exact']:.2f}  actors {f['actors']:.2f} (English only {f['actors_english_only']:.2f})  "
        f"domain {f['domain']:.2f}  "
        f"domain|actors-ok {f['domain_actors_ok']:.2f} of {tally.actors_ok}  "
        f"({tally.matched}/{tally.annotated} annotated, {tally.predicted} predicted, {tally.documents} docs)"
    )


DOMAINS = ("political-dialogue", "institutional", "non-traditional-security", "military-exercise", "context")


def _confusion(confusion: dict[tuple[str, str], int]) -> str:
    """The matrix of domains over matched events with the right actors: a row per annotated domain, a column
    per extracted one."""
    short = {d: d.split("-")[0][:6] for d in DOMAINS}
    lines = ["  domains, actors right (rows annotated, columns extracted):"]
    lines.append("    " + " " * 26 + "".join(f"{short[d]:>8}" for d in DOMAINS))
    for gold in DOMAINS:
        lines.append(f"    {gold:<26}" + "".join(f"{confusion.get((gold, got), 0):>8}" for got in DOMAINS))
    return "\n".join(lines)


TITLES = {
    "dev": "DEV HALF (tuning allowed)",
    "test": "HELD-OUT TEST HALF (never tune on these figures)",
    "test2": "SECOND HELD-OUT SET, sixth session (never tune on these figures)",
    "test3": "THIRD HELD-OUT SET, thirteenth session (never tune on these figures)",
    "test4": "FOURTH HELD-OUT SET, fifteenth session (never tune on these figures)",
    "test5": "FIFTH HELD-OUT SET, sixteenth session (never tune on these figures)",
    "test6": "SIXTH HELD-OUT SET, seventeenth session (never tune on these figures)",
    "test7": "SEVENTH HELD-OUT SET, eighteenth session (never tune on these figures)",
    "test8": "EIGHTH HELD-OUT SET, nineteenth session (never tune on these figures)",
    "test9": "NINTH HELD-OUT SET, twentieth session (never tune on these figures)",
    "test10": "TENTH HELD-OUT SET, twenty-first session (never tune on these figures)",
    "test11": "ELEVENTH HELD-OUT SET, twenty-second session (never tune on these figures)",
    "test12": "TWELFTH HELD-OUT SET, twenty-third session (never tune on these figures)",
    "test13": "THIRTEENTH HELD-OUT SET, twenty-fourth session (never tune on these figures)",
    "test14": "FOURTEENTH HELD-OUT SET, twenty-fifth session (never tune on these figures)",
    "test15": "FIFTEENTH HELD-OUT SET, twenty-sixth session (never tune on these figures)",
    "test16": "SIXTEENTH HELD-OUT SET, twenty-seventh session (never tune on these figures)",
    "test17": "SEVENTEENTH HELD-OUT SET, twenty-eighth session (never tune on these figures)",
    "test18": "EIGHTEENTH HELD-OUT SET, thirtieth session (never tune on these figures)",
    "test19": "NINETEENTH HELD-OUT SET, thirty-first session (never tune on these figures)",
    "test20": "TWENTIETH HELD-OUT SET, thirty-second session (never tune on these figures)",
    "test21": "TWENTY-FIRST HELD-OUT SET, thirty-third session (never tune on these figures)",
    "test22": "TWENTY-SECOND HELD-OUT SET, thirty-fourth session (never tune on these figures)",
    "test23": "TWENTY-THIRD HELD-OUT SET, thirty-fifth session (never tune on these figures)",
    "test24": "TWENTY-FOURTH HELD-OUT SET, thirty-sixth session (never tune on these figures)",
    "test25": "TWENTY-FIFTH HELD-OUT SET, thirty-seventh session (never tune on these figures)",
    "test26": "TWENTY-SIXTH HELD-OUT SET, thirty-eighth session (never tune on these figures)",
    "test27": "TWENTY-SEVENTH HELD-OUT SET, thirty-ninth session (never tune on these figures)",
    "test28": "TWENTY-EIGHTH HELD-OUT SET, fortieth session (never tune on these figures)",
    "test29": "TWENTY-NINTH HELD-OUT SET, forty-first session (never tune on these figures)",
    "test30": "THIRTIETH HELD-OUT SET, forty-second session (never tune on these figures)",
    "test31": "THIRTY-FIRST HELD-OUT SET, forty-third session (never tune on these figures)",
    "test32": "THIRTY-SECOND HELD-OUT SET, forty-fourth session (never tune on these figures)",
    "test33": "THIRTY-THIRD HELD-OUT SET, forty-fifth session (never tune on these figures)",
    "test34": "THIRTY-FOURTH HELD-OUT SET, forty-sixth session (never tune on these figures)",
    "test35": "THIRTY-FIFTH HELD-OUT SET, forty-seventh session (never tune on these figures)",
    "test36": "THIRTY-SIXTH HELD-OUT SET, forty-eighth session (never tune on these figures)",
    "test37": "THIRTY-SEVENTH HELD-OUT SET, forty-ninth session (never tune on these figures)",
    "test38": "THIRTY-EIGHTH HELD-OUT SET, fiftieth session (never tune on these figures)",
    "test39": "THIRTY-NINTH HELD-OUT SET, fifty-first session (never tune on these figures)",
    "test40": "FORTIETH HELD-OUT SET, fifty-second session (never tune on these figures)",
    "test41": "FORTY-FIRST HELD-OUT SET, fifty-third session (never tune on these figures)",
    "test42": "FORTY-SECOND HELD-OUT SET, fifty-fourth session (never tune on these figures)",
    "test43": "FORTY-THIRD HELD-OUT SET, fifty-fifth session (never tune on these figures)",
    "test44": "FORTY-FOURTH HELD-OUT SET, fifty-sixth session (never tune on these figures)",
    "test45": "FORTY-FIFTH HELD-OUT SET, fifty-seventh session (never tune on these figures)",
    "test46": "FORTY-SIXTH HELD-OUT SET, fifty-eighth session (never tune on these figures)",
    "test47": "FORTY-SEVENTH HELD-OUT SET, fifty-ninth session (never tune on these figures)",
}
SPLITS = tuple(TITLES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, help="only this half")
    parser.add_argument("--json", action="store_true", help="figures as JSON")
    parser.add_argument(
        "--details",
        action="store_true",
        help="also list the dev half's annotated events not matched and its extractions matching none",
    )
    parser.add_argument(
        "--aggregate-only",
        action="store_true",
        help="only each half's pooled line: a blind set of one document per genre would show each document's "
        "figures in its genre lines, which invites tuning",
    )
    args = parser.parse_args(argv)
    results = run((args.split,) if args.split else SPLITS)
    if args.json:
        payload = {
            split: {
                "all": parts["all"].figures() | {"documents": parts["all"].documents},
            }
            | (
                {}
                if args.aggregate_only
                else {
                    "genre": {k: v.figures() for k, v in parts["genre"].items()},
                    "language": {k: v.figures() for k, v in parts["language"].items()},
                }
            )
            for split, parts in results.items()
        }
        json.dump(payload, sys.stdout, indent=1)
        print()
        return 0
    for split, parts in results.items():
        print(f"== {TITLES[split]}")
        print(_row("all", parts["all"]))
        if args.aggregate_only:
            print()
            continue
        print("  by genre:")
        for genre, tally in parts["genre"].items():
            print(_row(genre, tally))
        print("  by language:")
        for language, tally in parts["language"].items():
            print(_row(language, tally))
        if args.details and split == "dev":  # the held-out half's misses are not listed: they would invite tuning
            print("  not matched: " + ", ".join(parts["all"].unmatched))
            print("  annotated events not matched (with the dates and modes extracted from their sentences):")
            for line in parts["all"].missed:
                print("    " + line)
            print("  extracted events (stated as happened) that match no annotation:")
            for line in parts["all"].spurious:
                print("    " + line)
            print(_confusion(parts["all"].confusion))
            print("  domain wrong, actors right:")
            for line in parts["all"].wrong_domains:
                print("    " + line)
            print("  actors wrong (an annotated actor not extracted), with the domain extracted:")
            for line in parts["all"].wrong_actors:
                print("    " + line)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
