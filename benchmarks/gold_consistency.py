"""Does the dev gold code the same kind of act alike? (issue 14: domain coding that holds on new documents)

Run: python benchmarks/gold_consistency.py [--discover] [--all]

A classifier learns what its gold teaches: where one document codes a partnership set up as `institutional` and
another as `political-dialogue`, no rule and no model can score both, and cross-validation punishes the rule that
follows the codebook. The kinds of act the codebook decides (`tests/corpora/events/gold_acts.json`: a partnership
set up, negotiations opened, an envoy recalled, one side's statement, a joint statement, an exercise observed, …)
are found in each dev annotation's evidence piece, in every script, and each annotated interaction event (not
`context`: who acts decides that, not the act) is compared with the domain the codebook gives its kind. Printed:
every kind with its count per domain, and each annotation whose domain differs from its kind's, marked `allowed`
with the reason when `gold_acts.json` lists it. The exit status is 1 when any difference is not allowed.

`--discover` groups the same events by the words the shipped domain cues find in the evidence (the act word and
the head of its object, `allyscope/data/event_patterns.json`) and prints the groups whose domains disagree: a way
to find kinds of act the file does not yet name, to be read against the codebook, not a verdict. Only the dev half
is read; the held-out sets are never opened here.

Also printed: visits and arrivals (`gold_acts.json`, `visits`) annotated as the pair's dialogue whose actors hold
neither whole pair of the document's relations; the codebook lists both states for them (`actors`, a visit).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "events"
KINDS = CORPUS / "gold_acts.json"


class GoldActsError(ValueError):
    """The kinds file is malformed (a kind without a domain, an allowed entry without a reason)."""


@dataclass(frozen=True)
class Kind:
    """A kind of act: the expressions its evidence matches (all of them, none of the exceptions) and the domain
    the codebook gives it."""

    name: str
    domain: str
    rule: str
    all_of: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]

    def matches(self, evidence: str) -> bool:
        folded = evidence.lower()
        return all(p.search(folded) for p in self.all_of) and not any(p.search(folded) for p in self.unless)


@dataclass(frozen=True)
class Annotated:
    """One annotated event of a dev document."""

    document: str
    id: str
    domain: str
    evidence: str
    actors: tuple[str, ...] = ()
    relations: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Finding:
    """An annotation whose domain differs from its kind's, with the reason it is allowed ('' when it is not)."""

    kind: str
    expected: str
    event: Annotated
    allowed: str


def load_kinds(path: Path = KINDS) -> tuple[list[Kind], dict[tuple[str, str, str], str]]:
    """The kinds of `gold_acts.json` and its allow-list as {(document, id, kind): reason}."""
    data = json.loads(path.read_text("utf-8"))
    kinds = []
    for entry in data["kinds"]:
        if not entry.get("domain") or not entry.get("all"):
            raise GoldActsError(f"{path.name}: kind {entry.get('name')!r} needs a domain and expressions")
        kinds.append(
            Kind(
                name=entry["name"],
                domain=entry["domain"],
                rule=entry.get("rule", ""),
                all_of=tuple(re.compile(p) for p in entry["all"]),
                unless=tuple(re.compile(p) for p in entry.get("unless", [])),
            )
        )
    allowed = {}
    for entry in data.get("allowed", []):
        if not entry.get("reason", "").strip():
            raise GoldActsError(f"{path.name}: allowed {entry.get('document')} {entry.get('id')} has no reason")
        allowed[(entry["document"], entry["id"], entry["kind"])] = entry["reason"]
    return kinds, allowed


def dev_events(corpus: Path = CORPUS, split: str = "dev") -> list[Annotated]:
    """The annotated events of one half's documents (the manifest's order)."""
    manifest = json.loads((corpus / "manifest.json").read_text("utf-8"))
    out = []
    for entry in manifest["documents"]:
        if entry["split"] != split:
            continue
        annotation = json.loads((corpus / entry["annotation"]).read_text("utf-8"))
        name = Path(entry["file"]).stem
        relations = tuple((str(a), str(b)) for a, b in entry.get("relations", []))
        for event in annotation["events"]:
            actors = tuple(event.get("actors", []))
            out.append(Annotated(name, event["id"], event["domain"], event["evidence"], actors, relations))
    return out


def findings(
    events: list[Annotated], kinds: list[Kind], allowed: dict[tuple[str, str, str], str]
) -> tuple[dict[str, Counter[str]], list[Finding]]:
    """Per kind, its interaction events' domains counted; and every event coded otherwise than its kind."""
    counts: dict[str, Counter[str]] = {k.name: Counter() for k in kinds}
    out = []
    for event in events:
        if event.domain == "context":
            continue
        for kind in kinds:
            if not kind.matches(event.evidence):
                continue
            counts[kind.name][event.domain] += 1
            if event.domain != kind.domain:
                reason = allowed.get((event.document, event.id, kind.name), "")
                out.append(Finding(kind.name, kind.domain, event, reason))
    return counts, out


def load_visit_kind(path: Path = KINDS) -> Kind:
    """The `visits` entry of `gold_acts.json`: the words of a visit or an arrival, whose annotation lists both
    states of a pair (the codebook's `actors`, twenty-sixth session: the visitor's state and the host's)."""
    entry = json.loads(path.read_text("utf-8")).get("visits")
    if not entry or not entry.get("all"):
        raise GoldActsError(f"{path.name}: `visits` needs expressions")
    return Kind(
        name="visit-or-arrival",
        domain=entry.get("domain", "political-dialogue"),
        rule=entry.get("rule", ""),
        all_of=tuple(re.compile(p) for p in entry["all"]),
        unless=tuple(re.compile(p) for p in entry.get("unless", [])),
    )


def one_sided_visits(events: list[Annotated], visit: Kind) -> list[Annotated]:
    """Visits and arrivals coded as the pair's dialogue whose actors hold neither whole pair of the document's
    relations: the host left out (or the visitor's state), which the codebook's `actors` rule does not allow."""
    out = []
    for event in events:
        if event.domain != visit.domain or not visit.matches(event.evidence):
            continue
        if not any(a in event.actors and b in event.actors for a, b in event.relations):
            out.append(event)
    return out


def _cue_classes() -> list[tuple[int, str, re.Pattern[str]]]:
    from allyscope.event_cues import _lowered
    from allyscope.events_domain import patterns

    data: dict[str, Any] = patterns()
    return [
        (int(c["rank"]), str(c["domain"]), re.compile(_lowered(c["pattern"]))) for c in data["domain_cues"]["classes"]
    ]


def discover(events: list[Annotated], least: int = 3) -> list[tuple[tuple[str, str], Counter[str], list[Annotated]]]:
    """Groups of interaction events by (act word, head of object) as the shipped cues find them in the evidence,
    whose domains disagree; the largest first. The act word is the first cue of an act class (ranks 4 and 6: an
    act on an instrument, a dialogue act), the head the first cue of the head rank (5)."""
    from allyscope.event_cues import _lowered

    classes = _cue_classes()
    groups: dict[tuple[str, str], list[Annotated]] = defaultdict(list)
    for event in events:
        if event.domain == "context":
            continue
        text = _lowered(event.evidence.lower())
        act = head = ""
        for rank, _, pattern in classes:
            found = pattern.search(text)
            if found is None:
                continue
            if rank in (4, 6) and not act:
                act = found.group()
            elif rank == 5 and not head:
                head = found.group()
        if act or head:
            groups[(act, head)].append(event)
    out = []
    for key, group in groups.items():
        domains = Counter(e.domain for e in group)
        if len(group) >= least and len(domains) > 1:
            out.append((key, domains, group))
    out.sort(key=lambda item: -len(item[2]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--discover", action="store_true", help="also group by the shipped cues' words")
    parser.add_argument("--all", action="store_true", help="print allowed differences too")
    args = parser.parse_args(argv)
    kinds, allowed = load_kinds()
    events = dev_events()
    counts, found = findings(events, kinds, allowed)
    print(f"== dev gold: {len(events)} annotated events, {len(kinds)} kinds of act ({KINDS.relative_to(ROOT)})")
    for kind in kinds:
        spread = ", ".join(f"{d} {n}" for d, n in counts[kind.name].most_common())
        print(f"  {kind.name:<34} codebook {kind.domain:<19} gold: {spread or 'none'}")
    open_ones = [f for f in found if not f.allowed]
    print(f"\n  coded otherwise than their kind: {len(found)} ({len(found) - len(open_ones)} allowed)")
    for f in found:
        if f.allowed and not args.all:
            continue
        mark = f"allowed: {f.allowed}" if f.allowed else "DISAGREES"
        e = f.event
        print(f"    {f.kind}: {e.document} {e.id} {e.domain} (codebook {f.expected}) {e.evidence!r}  [{mark}]")
    visit = load_visit_kind()
    lonely = one_sided_visits(events, visit)
    print(f"\n  visits and arrivals listing one side only: {len(lonely)}")
    for e in lonely:
        print(f"    {e.document} {e.id} {list(e.actors)} {e.evidence!r}  [DISAGREES]")
    if args.discover:
        print("\n== groups by the shipped cues' words whose domains disagree (to read against the codebook)")
        for (act, head), domains, group in discover(events):
            spread = ", ".join(f"{d} {n}" for d, n in domains.most_common())
            print(f"  act {act or '-'!r} head {head or '-'!r}: {spread}")
            minority = {d for d, _ in domains.most_common()[1:]}
            for e in group:
                if e.domain in minority:
                    print(f"      {e.document} {e.id} {e.domain} {e.evidence!r}")
    return 1 if open_ones or lonely else 0


if __name__ == "__main__":
    raise SystemExit(main())
