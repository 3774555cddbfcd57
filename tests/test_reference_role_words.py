"""A role abbreviation after a name (`ed.`, `eds`, `trans.`) is dropped from the author, but a capitalised word
that only spells like one, ending an organisation's name after a space (`Ministry of Ed`, found by hypothesis in
tests/test_reference_shapes.py), is part of the name: an English role word after a bare space is written in
lower case, while after a comma or inside brackets it may be capitalised (`(Ed.)`, `, Eds.`)."""

from __future__ import annotations

import pytest

from allyscope.references.citations import parse_citation


@pytest.mark.parametrize("issuer", ["Ministry of Ed", "Office of Trans", "Council of Editors"])
def test_an_organisation_ending_in_a_role_like_word_keeps_it(issuer: str) -> None:
    note = f"{issuer}, “Annual Review of Things,” March 3, 2011, https://www.example.org/a.htm."
    assert parse_citation(note, "note").item["author"] == [{"literal": issuer}]


@pytest.mark.parametrize(
    "head",
    ["Mary Jones ed.", "Mary Jones (Ed.)", "Mary Jones, ed.", "Mary Jones, Ed."],
)
def test_a_role_after_a_person_is_not_part_of_the_name(head: str) -> None:
    note = f"{head}, Rivers and Borders (Leeds: Harbour Press, 1998), 12."
    authors = parse_citation(note, "note").item.get("author") or parse_citation(note, "note").item.get("editor")
    assert authors == [{"family": "Jones", "given": "Mary"}]
