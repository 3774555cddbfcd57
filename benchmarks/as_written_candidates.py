"""Which gold actors of a split may need an `as_written` entry, and do the entries a split has hold?

Run: python benchmarks/as_written_candidates.py --split SPLIT [--all] [--check]

An annotation may carry a top-level map `"as_written": {"<gold actor name>": ["<form as the text writes it>", ...]}`
for a gold actor the gazetteer cannot resolve (`allyscope.entities.resolve_entity` raises `NotFoundError`) and that
the text names only in another script or spelling (`tests/corpora/events/README.md`). For each document of the
split this prints the document's language and each such actor with where it stands:

- `written`   the gold name, reduced by `allyscope.evaluate.written_name`, occurs in the reduced text as a name of
              its own: no entry is needed;
- `inside`    it occurs only at the start of a longer name (`Hanwha` in `Hanwha Aerospace`, the next word
              capitalised): read the document, it may name the actor only in another script elsewhere;
- `entry`     the annotation already maps it (its forms are printed);
- `absent`    neither: read the document and add the forms the text uses, or nothing if only a title names it.

`--all` also lists the documents without such an actor. Only gold names and the annotation's own forms are
printed, never anything the extractor finds: nothing of the extraction runs here, so a held-out split may be read
for annotation.

`--check` checks the split's `as_written` maps instead: each key is an actor of that document's gold events, each
value a non-empty list of distinct non-empty strings, each of which stands in the document's text exactly as
written and is no bare title of the gazetteer; a key the gazetteer resolves is reported too (it needs no entry).
Every failure is printed with its file, and the exit status is 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from allyscope.entities import gazetteer, resolve_entity  # noqa: E402
from allyscope.errors import NotFoundError  # noqa: E402
from allyscope.evaluate import written_name  # noqa: E402
from allyscope.scripts import fold, to_simplified  # noqa: E402

CORPUS = ROOT / "tests" / "corpora" / "events"


def documents(split: str) -> list[dict[str, Any]]:
    """The manifest's entries of `split`, in file order."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return [d for d in manifest["documents"] if d["split"] == split]


def gold_actors(annotation: dict[str, Any]) -> list[str]:
    """Every actor of the annotation's events, once each, in the order they first appear."""
    seen: dict[str, None] = {}
    for event in annotation.get("events", []):
        for actor in event.get("actors", []):
            seen.setdefault(actor, None)
    return list(seen)


def unresolved(name: str) -> bool:
    """The gazetteer knows no entity of this name (or id)."""
    try:
        resolve_entity(name)
    except NotFoundError:
        return True
    return False


def _loose(text: str) -> str:
    """`text` without accents, in Simplified script, white space single: `written_name` keeping the case."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(to_simplified(bare).split())


def stands_alone(name: str, text: str) -> bool:
    """`name` stands in `text` at least once as a name of its own: not inside a word and not followed by a
    capitalised word that would make it part of a longer name."""
    loose = _loose(text)
    for match in re.finditer(re.escape(_loose(name)), loose, re.IGNORECASE):
        before, after = loose[: match.start()], loose[match.end() :]
        if re.search(r"\w$", before) or re.match(r"\w| [A-Z]", after):
            continue
        return True
    return False


def check(split: str) -> list[str]:
    """Every failure of the split's `as_written` maps, as `file: problem` lines."""
    problems = []
    titles = gazetteer().titles
    for entry in documents(split):
        path = CORPUS / entry["annotation"]
        annotation = json.loads(path.read_text(encoding="utf-8"))
        if "as_written" not in annotation:
            continue
        text = (CORPUS / entry["file"]).read_text(encoding="utf-8")
        mapping = annotation["as_written"]
        if not isinstance(mapping, dict) or not mapping:
            problems.append(f"{entry['annotation']}: as_written is not a non-empty map")
            continue
        actors = set(gold_actors(annotation))
        for key, forms in mapping.items():
            if key not in actors:
                problems.append(f"{entry['annotation']}: key {key!r} is no actor of its gold events")
            if not unresolved(key):
                problems.append(f"{entry['annotation']}: key {key!r} is known to the gazetteer")
            if not isinstance(forms, list) or not forms or len(set(forms)) != len(forms):
                problems.append(f"{entry['annotation']}: {key!r} has no list of distinct forms")
                continue
            for form in forms:
                if not isinstance(form, str) or not form.strip() or form != form.strip():
                    problems.append(f"{entry['annotation']}: {key!r} has an empty or padded form {form!r}")
                elif form not in text:
                    problems.append(f"{entry['annotation']}: form {form!r} of {key!r} is not in the text")
                elif fold(form).casefold() in titles:
                    problems.append(f"{entry['annotation']}: form {form!r} of {key!r} is a bare title")
    return problems


def candidates(split: str, show_all: bool) -> None:
    """Print each document's unresolvable gold actors and where they stand."""
    for entry in documents(split):
        annotation = json.loads((CORPUS / entry["annotation"]).read_text(encoding="utf-8"))
        raw = (CORPUS / entry["file"]).read_text(encoding="utf-8")
        text = written_name(raw)
        mapping = annotation.get("as_written", {})
        lines = []
        for actor in gold_actors(annotation):
            if not unresolved(actor):
                continue
            if actor in mapping:
                lines.append(f"  entry    {actor}  ->  {' | '.join(mapping[actor])}")
            elif written_name(actor) in text:
                lines.append(f"  {'written' if stands_alone(actor, raw) else 'inside '}  {actor}")
            else:
                lines.append(f"  absent   {actor}")
        if lines or show_all:
            print(f"{entry['file']}  [{entry['language']}]")
            print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", required=True, help="dev, test, test2 …")
    parser.add_argument("--all", action="store_true", help="also list documents without such an actor")
    parser.add_argument("--check", action="store_true", help="check the split's as_written maps")
    args = parser.parse_args()
    if not documents(args.split):
        parser.error(f"no documents in split {args.split!r}")
    if args.check:
        problems = check(args.split)
        for line in problems:
            print(line)
        print(f"{args.split}: {len(problems)} problem(s)" if problems else f"{args.split}: as_written ok")
        return 1 if problems else 0
    candidates(args.split, args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
