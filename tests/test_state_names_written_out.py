"""Every state is read by the name the data files give it (issue 14: a state's name written out in English).

The English forms a state is matched by come from the locale data's short names and the aliases of
`allyscope/data/states.json`; the `name` field itself is only a label. A locale name written with `&` (`Antigua &
Barbuda`) left the name as texts write it out unread until the fifty-third session, when releasing a reserved state
let the generated domain tests draw it (`tests/test_domain_topic_dom57.py`: a drill of `… and Antigua and Barbuda`
read as one side's act). This test holds for every state, reserved or not: it reads names, it writes nothing about
them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allyscope import extract

_STATES = json.loads((Path(__file__).parents[1] / "allyscope" / "data" / "states.json").read_text(encoding="utf-8"))
_ROWS = [row for row in _STATES["states"] if row.get("type") == "state"]


@pytest.mark.parametrize("row", _ROWS, ids=[row["id"] for row in _ROWS])
def test_a_states_name_as_the_data_gives_it_is_read_as_that_state(row: dict[str, object]) -> None:
    name = str(row["name"])
    other = "Peru" if row["id"] != "PE" else "Chile"
    doc = extract(f"{other} signed an agreement with {name} on 2 May 2022.")
    read = {doc.text[m.start : m.end]: m.ids for m in doc.entities}
    assert read.get(name) == (row["id"],)


def test_a_name_with_and_is_not_cut_at_its_and() -> None:
    """Two states joined by `and`, one of them holding `and` in its name: both read, neither cut."""
    doc = extract("On 2 May 2022 the navies of Antigua and Barbuda and Chile held an exercise off the coast.")
    assert sorted(m.ids for m in doc.entities) == [("AG",), ("CL",)]
