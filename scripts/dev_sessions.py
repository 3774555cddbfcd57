"""Write which session wrote each dev document of the events corpus: `python scripts/dev_sessions.py`.

Why: cross-validation by document lets documents written by one session (one writer, one set of shapes it was
asked to stress, one phrasing) stand in a training fold and a scored fold at once, so it rewards a model that
memorises a session's wording; every blind set is written apart, by a later session. `scripts/train_domain.py`
groups its folds by the session read here (forty-seventh session, dom78). The manifest does not record the
session, so it is read from git once and kept as data (`tests/corpora/events/dev_sessions.json`): the commit of
the lead's line (`git log --first-parent`) that added each dev text names the branch merged (`dom77`, `ext27a`,
`'rec69'`, `Merge main into events14`) and the branch's number is the session's number as the helpers are
named; a commit of the lead's own that names no branch belongs to the session of the nearest older commit that
does (the lead writes after merging its session's branches); a document added before any numbered commit is
`seed`. A dev document the file lacks (one written since it was last written) is grouped by the trainer as
`unlisted`: all of them one session, the newest. Run again after a merge to list the new documents.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "events"
OUT = CORPUS / "dev_sessions.json"
MARK = "\x1e"
# the branch a lead-line commit names: `Merge branch 'dom69'`, `Merge dom77: …`, `Merge main into events14`,
# `act47: four …`, `dates34: seven …`; its trailing number (the letter after it: ext27a) is the session's
BRANCH = re.compile(r"^(?:Merge (?:branch |main into )?'?)?([a-z]+)(\d+)[a-z]?\b'?")


def session_of(subject: str) -> str | None:
    """The session number a lead-line commit's subject names, or None when it names no numbered branch."""
    match = BRANCH.match(subject)
    return match.group(2) if match else None


def sessions(root: Path = ROOT) -> dict[str, str]:
    """Each dev text file (`dev/<name>.txt`, as the manifest names it) by the session that added it."""
    log = subprocess.run(
        ["git", "log", "--first-parent", "--reverse", "--diff-filter=A", f"--format={MARK}%s",
         "--name-only", "--", "tests/corpora/events/dev/"],
        cwd=root, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    out: dict[str, str] = {}
    current = "seed"
    for block in log.split(MARK)[1:]:
        subject, *names = block.splitlines()
        current = session_of(subject) or current
        for name in names:
            if name.endswith(".txt"):
                out.setdefault(name.removeprefix("tests/corpora/events/"), current)
    manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
    dev = {entry["file"] for entry in manifest["documents"] if entry["split"] == "dev"}
    return {name: out[name] for name in sorted(dev) if name in out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    found = sessions()
    data = {
        "about": "The session that added each dev document of the events corpus, read from git by "
        "scripts/dev_sessions.py (the number of the branch the lead's line merged it from); the folds of "
        "scripts/train_domain.py's `session` grouping. Never edit by hand: rerun the script after a merge.",
        "sessions": found,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {args.out}: {len(found)} dev documents in {len(set(found.values()))} sessions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
