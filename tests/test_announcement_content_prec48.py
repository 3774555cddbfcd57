"""What an announcement said is no second act (issue 14 items 2 and 4, twenty-fourth session, branch prec48): a
sentence telling that a government or its spokesperson announced something, the content after the verb and a comma
or colon (`宣布，两国已正式签署…`, `宣佈，即時與…斷絕外交關係，並承認…`, `announced: the two governments have
signed …`), is one event, the announcing, as dev's gold reads it in documents of several sessions; Japanese tells
the content before its verb (`…に署名したと発表した`) and was one event already. Talks and an announcement made at
them stay two acts (`announced` in `event_clauses.json`). Sentences written for these tests, in other words than
the corpus, in the four languages; the facts need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract
from allyscope.event_clauses import announces_what_follows
from allyscope.scripts import fold


def _events(text: str) -> list[str]:
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "2020年3月3日，肯尼亚外交部宣布，两国政府已正式签署海上安全合作协定。",
        "2020年3月3日，肯亞政府宣佈，即時與台灣斷絕外交關係，並承認一個中國原則。",
        "2020年3月3日，加纳外交部证实，两国已签署防务合作协议。",
        "On 3 March 2020 the Kenyan foreign ministry announced: the two governments have signed a maritime security "
        "agreement.",
        "2020年3月3日、ケニア外務省は、両国政府が海洋安全保障協定に署名したと発表した。",
    ],
)
def test_what_was_announced_is_the_announcement(text: str) -> None:
    assert _events(text) == ["2020-03-03"], text


@pytest.mark.parametrize(
    "text",
    [
        "2020年3月3日，肯尼亚总统与加纳总统举行会谈，并宣布建立战略伙伴关系。",
        "2020年3月3日，肯亞總統與迦納總統舉行會談，並宣佈建立戰略夥伴關係。",
        "On 3 March 2020 the Kenyan and Ghanaian presidents held talks in Accra, and announced the establishment of "
        "a strategic partnership.",
        "2020年3月3日、両首脳はアクラで会談し、戦略的パートナーシップの構築を発表した。",
    ],
)
def test_talks_and_an_announcement_made_at_them_stay_two(text: str) -> None:
    assert _events(text) == ["2020-03-03", "2020-03-03"], text


def test_a_word_of_announcing_needs_its_comma_or_colon() -> None:
    announced = fold("外交部宣布，两国签署协定")
    assert announces_what_follows(announced, 0, announced.index("两国"))
    joined = fold("两国宣布建立伙伴关系，并签署协定")
    assert not announces_what_follows(joined, 0, joined.index("并"))
    english = "the ministry announced: the two governments signed"
    assert announces_what_follows(english, 0, english.index(" the two"))
    assert not announces_what_follows("pronounced, the", 0, len("pronounced"))
