"""Differential guard for speed work on the extraction stages (issue 18): the same documents must give the same
dates, entities, events and warnings, field for field, before and after a change.

Run: python benchmarks/extraction_diff.py --record OUT.json   (at the commit taken as the reference)
     python benchmarks/extraction_diff.py --check OUT.json    (after a change: prints every difference)
     ... --dev-only   (only the dev half of the events corpus, the layout documents outside `held_out*` folders
                       and the reference article: what a helper session may read)

The documents: every text of the events corpus (both halves, each read with the case of its own relationship
active, as `eval_extraction.py` reads it, and once more with no case), the layout test documents (held-out ones
included) and the reference article. Only outputs are compared; no annotation is read. The events stage keeps
caches of the cues of sentences it has read, so every document is extracted twice, the second time with those
caches warm, and both readings must agree. The whole JSON `allyscope extract` prints of each reading is compared
too, as a hash (`json`): the document's parse fields, entities' bases and note references included, so that a
build that differs only in how it writes them (the mypyc-compiled one, `extract_then_and_now.py --compiled`) is
caught as well. A record made before that field was added is still read; its readings are compared without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "events"
LAYOUTS = ROOT / "tests" / "layouts"
ARTICLE = ROOT.parent / "shared" / "corpus" / "000_c16b8f8118fbe296.txt"
if not ARTICLE.exists():
    ARTICLE = Path("/work/shared/corpus/000_c16b8f8118fbe296.txt")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def outputs(path: Path) -> dict[str, Any]:
    """Every field of the dates, entity mentions, events and warnings of one extracted file, and a hash of its
    whole JSON."""
    from allyscope.extraction import document_extraction_json
    from allyscope.pipeline import extract_file

    doc = extract_file(path)
    printed = json.dumps(document_extraction_json(doc), ensure_ascii=False, sort_keys=True, default=str)
    return {
        "json": hashlib.sha256(printed.encode("utf-8")).hexdigest(),
        "text_length": len(doc.text),
        "dates": [
            [d.start, d.end, d.text, d.edtf, d.precision, d.kind, d.document, d.basis, d.role, d.qualifier]
            for d in doc.dates
        ],
        "entities": [[m.start, m.end, m.alias, list(m.ids), m.basis] for m in doc.entities],
        "events": [e.as_json() for e in doc.events],
        "warnings": list(doc.warnings),
    }


def documents(dev_only: bool = False) -> list[tuple[str, Path, dict[str, Any] | None]]:
    """(name, path, manifest entry or None) of every document compared; with `dev_only`, none of a held-out set
    (their folders are not even listed)."""
    manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
    out: list[tuple[str, Path, dict[str, Any] | None]] = []
    for entry in manifest["documents"]:
        if dev_only and entry.get("split") != "dev":
            continue
        out.append((f"events/{entry['file']}@case", CORPUS / entry["file"], entry))
        out.append((f"events/{entry['file']}", CORPUS / entry["file"], None))
    if dev_only:
        tops = [p for p in sorted(LAYOUTS.iterdir()) if not p.name.startswith("held_out")]
        layouts = [p for top in tops for p in ([top] if top.is_file() else sorted(top.rglob("*")))]
    else:
        layouts = sorted(LAYOUTS.rglob("*.txt"))
    for path in layouts:
        if path.suffix == ".txt":
            out.append((f"layouts/{path.relative_to(LAYOUTS)}", path, None))
    if ARTICLE.exists():
        out.append(("article", ARTICLE, None))
    return out


def record(dev_only: bool = False) -> dict[str, Any]:
    from eval_extraction import _activate_case_of

    from allyscope import events_domain
    from allyscope.knowledge.case import restore

    result: dict[str, Any] = {}
    for name, path, entry in documents(dev_only):
        previous = _activate_case_of(entry) if entry is not None else None
        try:
            events_domain.clear_cue_caches()
            cold = outputs(path)
            warm = outputs(path)
        finally:
            if previous is not None:
                restore(previous)
        if cold != warm:
            print(f"{name}: a second reading differs from the first (caches)")
        result[name] = cold
    return result


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{name}: only in the {'new' if a is None else 'old'} reading")
            continue
        for key in ("text_length", "json", "dates", "entities", "events", "warnings"):
            if key not in a or key not in b or a[key] == b[key]:
                continue
            if not isinstance(a[key], list):
                out.append(f"{name} {key}: {a[key]} -> {b[key]}")
                continue
            gone = [x for x in a[key] if x not in b[key]]
            came = [x for x in b[key] if x not in a[key]]
            out.append(f"{name} {key}: {len(a[key])} -> {len(b[key])}; {len(gone)} gone, {len(came)} new")
            for x in gone[:3]:
                out.append(f"    - {json.dumps(x, ensure_ascii=False)[:300]}")
            for x in came[:3]:
                out.append(f"    + {json.dumps(x, ensure_ascii=False)[:300]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--dev-only", action="store_true", help="no document of a held-out set")
    args = parser.parse_args()
    result = record(args.dev_only)
    if args.record:
        args.record.write_text(json.dumps(result, ensure_ascii=False), "utf-8")
        counts = [sum(len(r[k]) for r in result.values()) for k in ("dates", "entities", "events")]
        print(f"{len(result)} readings recorded: {counts[0]} dates, {counts[1]} mentions, {counts[2]} events")
        return
    old = json.loads(args.check.read_text("utf-8"))
    found = differences(old, result)
    print("\n".join(found) if found else f"identical: {len(result)} readings")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
