"""English section heads in sentence case in a wrapped text (`Data and method`), against the short lines that
look like them: a line cut from inside a paragraph, a line ending on a small word, a quotation, a list item."""

from __future__ import annotations

from pathlib import Path

import pytest

from allyscope import parse

_FRONT = (
    "Fishing Fleets and Coastal Patrols in the Indian Ocean\n"
    "Priya Natarajan and Oskar Lind\n"
    "Abstract\n"
    "We follow the patrols of two coastal states over ten years and ask which of them found foreign fleets.\n"
    "Keywords: fisheries; patrols; Indian Ocean\n"
)
_FULL = "Patrol reports from both states were read one by one and sorted by the year of"
_FULL2 = "each patrol, the vessel that sailed and the waters it covered on the way out."


def _headings(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text(_FRONT + body, encoding="utf-8")
    return [h.title for h in parse(path).headings]


@pytest.mark.parametrize("head", ["Records and coding", "Patrols at sea", "What we found", "Limits"])
def test_sentence_case_head_between_paragraphs(tmp_path: Path, head: str) -> None:
    body = f"Introduction\n{_FULL}\n{_FULL2}\n{head}\n{_FULL}\n{_FULL2}\n"
    assert _headings(tmp_path, body) == ["Introduction", head]


@pytest.mark.parametrize(
    "line, after",
    [
        ("The coast guard", "bought two boats in 2019 and sent both of them to the northern waters."),  # runs on
        ("Reports from the", "navy were read in the same way and sorted by year of patrol as well."),  # small word
        ("Two of the logs", "were lost, so the counts for 2015 rest on the harbour records alone."),
    ],
)
def test_short_line_inside_a_paragraph_is_no_head(tmp_path: Path, line: str, after: str) -> None:
    body = f"Introduction\n{_FULL}\n{_FULL2}\n{line}\n{after}\n"
    assert _headings(tmp_path, body) == ["Introduction"]


def test_quotation_and_list_items_are_no_heads(tmp_path: Path) -> None:
    body = (
        f"Introduction\n{_FULL}\n{_FULL2} One captain said:\n“Foreign boats leave before we arrive”\n"
        f"{_FULL}\n{_FULL2} Two things mattered:\nFuel at the base\nRadar coverage\n{_FULL}\n{_FULL2}\n"
    )
    assert _headings(tmp_path, body) == ["Introduction"]
