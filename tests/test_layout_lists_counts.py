"""lay20b: body lists and counts that lay20's rules or the page-head rhythm could misread, each on text written
in other words than the dev documents that showed them (tests/layouts)."""

from __future__ import annotations

from allyscope import parse_text


def test_an_item_numbered_with_a_space_after_an_announcing_line_is_no_page_head() -> None:
    """`1 joint drills` under `… in four ways:` starts a list: the line before runs on with no sentence to cut,
    so it is text, even where a short byline stands above and notes follow."""
    text = (
        "Harbour Security after the Accord\nNadia Haddad\nBackground\n"
        "Port authorities widened their cooperation in 2021.1 The accord named four ways to do so:\n"
        "1 joint drills at sea\n2 one shared register of ships\n3 a common training school\n4 yearly reviews\n"
        "Funding came from the partners, and 14 tugs were refitted.2 Work goes on.\nOutcome\n"
        "The ports now share one picture of the ships that call on them.\nNotes\n"
        "1 Text of the harbour accord, 2021.\n2 Port authority, Annual Review 2023, p. 8.\n"
    )
    doc = parse_text(text)
    for item in ("1 joint drills at sea", "2 one shared register of ships", "4 yearly reviews"):
        assert item in doc.text and item not in doc.notes_text
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 1), (2, 1)]
