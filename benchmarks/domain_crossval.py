"""Domain on new pairs, measured on dev (twenty-fifth session, dom50; issue 14 item 5): how much of dev's domain
figure is the model having read the scored pair's own documents.

Run: python benchmarks/domain_crossval.py [--json] [--per-document FILE]

Why: the shipped model (`allyscope/data/domain_model.json`) is trained on every dev document, so dev's domain figure
(`eval_extraction.py`) is in-sample: a pair's states, people and wording were learnt from its own documents. A blind
set on pairs dev lacks scored much lower (test13: domain 0.61 where dev scores 0.89). Here dev is cut in two halves
such that no relation pair of the manifest stands in both (`train_domain.relation_folds` with two folds: documents
sharing a pair are one block, the blocks dealt to the smaller half); a model is trained on one half with the
training script's own `train` (and hyperparameters) and each document of the other half is extracted and scored
(`eval_extraction.score_document`, the document's own case active) with that model in place of the shipped one;
then the other way round. The same documents scored with the shipped model give the in-sample figure to compare.

Printed, by gold domain and by language, for the matched events of the 544 (and any later) dev documents:
`domain` (of the matched events) and `d|a` (of those whose actors are right). By gold domain, the share of the
matched events annotated with that domain that get it. The in-domain cue lists of `data/event_patterns.json` were
also written reading dev, so `--interactions` adds the training script's folds by relation pair (two folds, each
read without the cues only its documents use) over the interaction events alone: what is left when neither the
model nor the cue lists read the scored pair.

The held-out sets are never read here: only the manifest's `dev` documents.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_extraction import MANIFEST  # noqa: E402

DOMAIN_ORDER = ("political-dialogue", "institutional", "non-traditional-security", "military-exercise", "context")


def dev_entries() -> list[dict[str, Any]]:
    """The manifest's dev documents, in its order."""
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    return [entry for entry in manifest["documents"] if entry["split"] == "dev"]


def halves(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Each dev document's half ("0" or "1"): no relation pair stands in both (`train_domain.relation_folds`)."""
    from train_domain import relation_folds

    relations = {e["file"]: [frozenset(pair) for pair in e.get("relations", [])] for e in entries}
    return relation_folds(relations, 2)


@contextmanager
def model_in_place(model: dict[str, Any] | None) -> Iterator[None]:
    """`events_domain.domain_model` answering `model` for the `with` block (None: the shipped one)."""
    from allyscope import events_domain

    if model is None:
        yield
        return
    original = events_domain.domain_model
    setattr(events_domain, "domain_model", lambda: model)  # noqa: B010 (the half's model, for a while)
    try:
        yield
    finally:
        setattr(events_domain, "domain_model", original)  # noqa: B010


def half_model(train_rows: list[Any]) -> dict[str, Any]:
    """A model trained on `train_rows` by the training script, used as the shipped one is (its method and margin)."""
    from train_domain import INTERACTIONS, train

    from allyscope.event_domain_model import checked_model, domain_model

    shipped = domain_model()
    trained = train(train_rows)
    return checked_model(
        {
            "method": shipped["method"],
            "overrule_margin": shipped.get("overrule_margin", 0.0),
            "domains": INTERACTIONS,
            **trained,
        }
    )


def scored_events(entry: dict[str, Any], model: dict[str, Any] | None) -> list[dict[str, Any]]:
    """(gold domain, extracted domain, actors right) of each matched event of one document, with `model`."""
    from eval_extraction import CORPUS, _activate_case_of

    from allyscope.evaluate import actors_agree, match_events, stated_events
    from allyscope.extraction import extract_json
    from allyscope.knowledge.case import restore

    annotation = json.loads((CORPUS / entry["annotation"]).read_text("utf-8"))
    with model_in_place(model):
        previous = _activate_case_of(entry)
        try:
            data = extract_json(CORPUS / entry["file"])
        finally:
            if previous is not None:
                restore(previous)
    pairs = match_events(stated_events(data["events"]), annotation["events"])
    forms = annotation.get("as_written")
    return [
        {"id": gold["id"], "gold": gold["domain"], "got": event["domain"], "actors": actors_agree(gold, event, forms)}
        for gold, event in pairs
    ]


def tally(rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """domain, d|a, and per gold domain and language the share right, over (entry, event) rows."""
    out: dict[str, Any] = {"events": len(rows)}
    right = sum(e["gold"] == e["got"] for _, e in rows)
    ok = [(x, e) for x, e in rows if e["actors"]]
    out["domain"] = right / len(rows) if rows else 0.0
    out["d|a"] = sum(e["gold"] == e["got"] for _, e in ok) / len(ok) if ok else 0.0
    for key, of in (("by_domain", lambda x, e: e["gold"]), ("by_language", lambda x, e: x["language"])):
        groups: dict[str, list[bool]] = {}
        groups_ok: dict[str, list[bool]] = {}
        for x, e in rows:
            groups.setdefault(of(x, e), []).append(e["gold"] == e["got"])
            if e["actors"]:
                groups_ok.setdefault(of(x, e), []).append(e["gold"] == e["got"])
        out[key] = {
            g: {
                "n": len(h),
                "domain": sum(h) / len(h),
                "d|a": sum(groups_ok.get(g, [])) / len(groups_ok[g]) if groups_ok.get(g) else 0.0,
                "n_ok": len(groups_ok.get(g, [])),
            }
            for g, h in sorted(groups.items())
        }
    confusion = Counter((e["gold"], e["got"]) for _, e in ok if e["gold"] != e["got"])
    out["confusions_actors_right"] = [[g, d, n] for (g, d), n in confusion.most_common(12)]
    return out


def run(interactions: bool = False) -> dict[str, Any]:
    """The cross-pair figure (each half scored by a model trained on the other) and the in-sample one (the
    shipped model on the same documents), per document and pooled."""
    from eval_domain import examples

    entries = dev_entries()
    half = halves(entries)
    every = [e for e in examples("dev") if e.document in half]  # dev only: the tuning documents' pairs recur in dev
    models = {h: half_model([e for e in every if half[e.document] != h]) for h in sorted(set(half.values()))}
    per_document: dict[str, Any] = {}
    cross: list[tuple[dict[str, Any], dict[str, Any]]] = []
    inside: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for entry in entries:
        name = entry["file"]
        shipped = scored_events(entry, None)
        held = scored_events(entry, models[half[name]])
        per_document[name] = {"half": half[name], "shipped": shipped, "cross": held}
        inside += [(entry, e) for e in shipped]
        cross += [(entry, e) for e in held]
    out: dict[str, Any] = {
        "documents": len(entries),
        "half_sizes": dict(Counter(half.values())),
        "train_examples": {h: sum(half[e.document] != h for e in every) for h in models},
        "in_sample": tally(inside),
        "cross_pair": tally(cross),
        "per_document": per_document,
    }
    if interactions:
        from train_domain import cross_validate

        cv = cross_validate(every, 2, "relation")
        out["interactions"] = {m: cv["accuracy"][m] for m in cv["accuracy"]}
        out["unclear"] = unclear_events(every, half, models)
    return out


def unclear_events(every: list[Any], half: dict[str, str], models: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """On the interaction events the cue lists leave unclear (where the model decides): the share right by the cues
    alone, by the other half's model (cross-pair) and by a model trained on all of dev (in-sample, as shipped)."""
    from train_domain import decide, train

    whole = train(every)
    unclear = [e for e in every if not e.clear]
    return {
        "events": len(unclear),
        "of": len(every),
        "cues": sum(e.ruled == e.gold for e in unclear),
        "cross_pair": sum(decide("cues-then-model", models[half[e.document]], e) == e.gold for e in unclear),
        "in_sample": sum(decide("cues-then-model", whole, e) == e.gold for e in unclear),
    }


def _print(out: dict[str, Any]) -> None:
    print(f"dev {out['documents']} documents in two halves by relation pair {out['half_sizes']}; "
          f"training events per half's model {out['train_examples']}")  # fmt: skip
    a, b = out["in_sample"], out["cross_pair"]
    print(f"{'':<28}{'in-sample':>22}{'cross-pair':>22}")
    print(f"{'all matched events':<28}{a['domain']:>11.3f} d|a {a['d|a']:.3f}{b['domain']:>11.3f} d|a {b['d|a']:.3f}"
          f"   ({a['events']} events)")  # fmt: skip
    for key, title in (("by_domain", "gold domain"), ("by_language", "language")):
        print(f"by {title}:")
        for group, x in a[key].items():
            y = b[key][group]
            print(f"  {group:<26}{x['domain']:>11.3f} d|a {x['d|a']:.3f}{y['domain']:>11.3f} d|a {y['d|a']:.3f}"
                  f"   (n {x['n']}, actors right {x['n_ok']})")  # fmt: skip
    print("cross-pair confusions with actors right (gold -> got):")
    for gold, got, n in b["confusions_actors_right"]:
        print(f"  {gold} -> {got}: {n}")
    if "interactions" in out:
        print("interaction events, two folds by relation pair, cues without the scored half's own (train_domain):")
        for method, acc in out["interactions"].items():
            print(f"  {method:<17} " + " ".join(f"{k} {v:.3f}" for k, v in acc.items()))
        u = out["unclear"]
        print(f"unclear to the cue lists ({u['events']} of {u['of']} interaction events; the model decides them): "
              f"right by the cues alone {u['cues']}, by the other half's model {u['cross_pair']}, "
              f"by a model trained on all of dev {u['in_sample']}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON (without per document)")
    parser.add_argument("--per-document", type=Path, help="write every matched event's domains here (JSON)")
    parser.add_argument("--interactions", action="store_true", help="also the training script's folds by pair")
    args = parser.parse_args(argv)
    out = run(args.interactions)
    if args.per_document:
        args.per_document.write_text(json.dumps(out, ensure_ascii=False, indent=0), "utf-8")
    if args.json:
        print(json.dumps({k: v for k, v in out.items() if k != "per_document"}, indent=1))
    else:
        _print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
