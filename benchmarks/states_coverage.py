"""Can prose in each script name each state? (issue 14: actors that transfer to states the data knows thinly)

Run: python benchmarks/states_coverage.py [--all] [--gaps]

A document about a pair the data knows thinly names its states by name, by an adjective (`the Eritrean
president`), by its capital (`Asmara answered`) and by its people. For each state of `allyscope/data/states.json`
(with `--all`, every state of the gazetteer, CLDR's included) this prints, per script (`en`, `zh`, `zh_Hant`, `ja`),
whether some name of the state is found in running text as that state (a name written as CLDR writes it, such as
`Myanmar (Burma)`, is not), whether an English adjective of nationality is, whether a capital is, and how many
people of its leaders and ministers (2000-2025) the people data holds. Totals per script close the table; with
`--gaps` only states lacking something are listed. Nothing is scored; it reads the data only.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

from allyscope.entities import LANGUAGES, gazetteer, load_states


def _people_coverage() -> Any:
    path = Path(__file__).with_name("people_coverage.py")
    spec = importlib.util.spec_from_file_location("people_coverage", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_BRACKET = re.compile(r"[()（）]")  # `Myanmar (Burma)`: CLDR's form, never written so in prose


def found_as(ident: str, words: list[str]) -> bool:
    """Whether one of `words`, written alone in a sentence, is read as the entity `ident`."""
    g = gazetteer()
    return any(ident in m.ids for word in words for m in g.match(f" {word} "))


def state_row(ident: str, capitals: dict[str, list[str]], demonyms: list[str]) -> dict[str, Any]:
    """Per script: name found, capital found; the English adjective found."""
    entity = gazetteer().entity(ident)
    aliases = entity.get("aliases", {})
    written = {lang: [n for n in aliases.get(lang, []) if n not in capitals.get(lang, []) and not _BRACKET.search(n)]
               for lang in LANGUAGES}  # fmt: skip
    names = {lang: found_as(ident, written[lang]) for lang in LANGUAGES}
    # Traditional characters are folded to Simplified before matching: a zh_Hant text finds the zh names too
    fallback = {"zh_Hant": capitals.get("zh", [])}
    capital = {lang: found_as(ident, capitals.get(lang, []) or fallback.get(lang, [])) for lang in LANGUAGES}
    return {"name": entity["name"], "names": names, "capitals": capital, "demonym": found_as(ident, demonyms)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="every state of the gazetteer, not only states.json's")
    parser.add_argument("--gaps", action="store_true", help="only states lacking a name, capital or adjective")
    args = parser.parse_args(argv)
    data = load_states()
    g = gazetteer()
    listed = {s["id"]: s for s in data["states"]}
    idents = sorted(i for i, e in g.entities.items() if e["type"] == "state") if args.all else list(listed)
    people = _people_coverage().coverage(2000, 2025)
    totals = {key: dict.fromkeys(LANGUAGES, 0) for key in ("names", "capitals")}
    adjectives = have_people = 0
    print("state  name                          names en zh zh_Hant ja | capitals en zh zh_Hant ja | adj | people")
    for ident in idents:
        capitals = listed.get(ident, {}).get("capitals", {})
        row = state_row(ident, capitals, data["demonyms"].get(ident, []))
        count = len(people[ident]["people"]) if ident in people else 0
        for key in totals:
            for lang in LANGUAGES:
                totals[key][lang] += row[key][lang]
        adjectives += row["demonym"]
        have_people += count > 0
        marks = {key: " ".join("+" if row[key][lang] else "-" for lang in LANGUAGES) for key in totals}
        lacking = "-" in marks["names"] + marks["capitals"] or not row["demonym"] or not count
        if args.gaps and not lacking:
            continue
        print(f"{ident:6} {row['name'][:28]:28}  {marks['names']:>17} | {marks['capitals']:>20} | "
              f"{'+' if row['demonym'] else '-':>3} | {count}")  # fmt: skip
    n = len(idents)
    for key in totals:
        print(f"{key} found in text: " + ", ".join(f"{lang} {totals[key][lang]}/{n}" for lang in LANGUAGES))
    print(f"English adjective found: {adjectives}/{n}; states with leaders or ministers in the people data: "
          f"{have_people}/{n}")  # fmt: skip


if __name__ == "__main__":
    main()
