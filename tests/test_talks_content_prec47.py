"""What talks covered is no second act (issue 14 item 4, twenty-fourth session, branch prec47): a meeting told with
what the sides did in it as a new subject (`举行会谈，双方就…交换意见`, `held talks, and the two sides discussed …`,
`会談し、双方は…について意見交換を行った`, `會晤，雙方重申…`) is one event, as dev's gold reads it in documents of
several sessions; a piece whose verb is another act (a signing, a statement issued) stays an event of its own.
Sentences written for these tests, in other words than the corpus, in the four languages; the facts need not be
true."""

from __future__ import annotations

import pytest

from allyscope import extract


def _events(text: str) -> list[str]:
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2021 the Kenyan President and the Ghanaian President held talks in Accra, "
        "and the two sides exchanged views on regional security.",
        "On 4 June 2021 the Peruvian and Chilean foreign ministers held talks in Lima, "
        "and the two sides discussed fisheries and port access.",
        "2021年6月4日，肯尼亚总统与加纳总统在阿克拉举行会谈，双方就地区安全形势交换意见。",
        "2021年6月4日，秘魯外長與智利外長在利馬會晤，雙方就漁業及港口合作交換意見。",
        "2021年6月4日，秘鲁外长与智利外长在利马会晤，双方讨论了渔业合作问题。",
        "2021年6月4日、ケニア大統領はアクラでガーナ大統領と会談し、双方は地域の安全保障について意見交換を行った。",
        "2021年6月4日，秘鲁外长与智利外长在利马举行会谈，双方重申将深化两国友好关系。",
    ],
)
def test_what_talks_covered_is_the_meeting(text: str) -> None:
    assert _events(text) == ["2021-06-04"], text


@pytest.mark.parametrize(
    "text",
    [
        "2021年6月4日，秘鲁外长与智利外长在利马会晤，双方签署了渔业合作协定。",
        "2021年6月4日，秘魯外長與智利外長在利馬會晤，雙方發表了聯合聲明。",
        "On 4 June 2021 the two foreign ministers met in Lima, and the two sides signed a fisheries agreement.",
        "2021年6月4日、両外相はリマで会談し、両国は漁業協定に署名した。",
    ],
)
def test_another_act_after_the_meeting_stays_an_event(text: str) -> None:
    assert _events(text) == ["2021-06-04", "2021-06-04"], text
