"""A bare title in a page's head (a line outside every paragraph: `Prime Minister's State Visit to <state>`,
`防衛大臣記者会見`) is read by its own line, not by the whole page: a state named anywhere below (the trip's next
stop, told in the last line) is no partner of the head's title (allyscope/entities.py `_other_side`, `_line_of`;
act87, issue 14). Texts written for these tests, in other words than the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from allyscope.entities import _line_of
from allyscope.extraction import extract_json


def _extract(tmp_path: Path, text: str) -> dict[str, Any]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return extract_json(path)


def _ids_at(data: dict[str, Any], start: int) -> set[str]:
    return {e["id"] for e in data["entities"] for m in e.get("mentions", []) if m.get("start") == start}


_RELEASE = (
    "Prime Minister's Official Visit to Namibia\n\n"
    "Posted On: 09 JUL 2025 by PIB Delhi\n\n"
    "Prime Minister Shri Narendra Modi held talks with President Netumbo Nandi-Ndaitwah of Namibia in Windhoek "
    "today. The two leaders reviewed cooperation in mining, health and digital payments.\n\n"
    "After the talks, the two leaders witnessed the signing of agreements on energy and entrepreneurship.\n\n"
    "The Prime Minister will travel on to Brazil.\n"
)


def test_the_heads_bare_title_is_not_the_state_of_the_trips_next_stop(tmp_path: Path) -> None:
    data = _extract(tmp_path, _RELEASE)
    assert not {i for i in _ids_at(data, 0) if i == "BR" or i.startswith("office:br-")}, _ids_at(data, 0)


def test_the_pair_of_the_talks_keeps_india(tmp_path: Path) -> None:
    data = _extract(tmp_path, _RELEASE)
    after = [e for e in data["events"] if e["evidence"]["text"].strip().startswith("After the talks")]
    assert after and all("IN" in e["actors"] and "BR" not in e["actors"] for e in after), after


def test_trap_a_title_inside_a_paragraph_still_reads_its_paragraph(tmp_path: Path) -> None:
    # the president's state is the paragraph's one state left beside the partner's (the reading kept)
    text = (
        "Visit report\n\n"
        "Kenya and China signed a health agreement on 3 May 2024. On 4 May 2024 President Ruto met the Chinese "
        "premier in Beijing.\n"
    )
    data = _extract(tmp_path, text)
    met = [e for e in data["events"] if "Ruto" in e["evidence"]["text"]]
    assert met and all("KE" in e["actors"] for e in met), met


@given(st.text(alphabet="ab \n", min_size=1, max_size=40), st.data())
def test_the_line_holds_the_offset_and_no_line_break(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    start, end = _line_of(text, at)
    assert start <= at <= end <= len(text)
    assert "\n" not in text[start:end]
    assert start == 0 or text[start - 1] == "\n"
    assert end == len(text) or text[end] == "\n"
