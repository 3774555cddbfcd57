"""A ruling, an arbitral award or a judgment named by its year is a document's year, no act of the clause (issue 14
item 4, twenty-fourth session, branch prec47; `date_rules.json` `document_nouns_en`, `document_nouns_cjk`): what the
sides say of `the 2016 arbitral award` or `2016年の…仲裁判断` is not done in 2016, as what they say of `the 2017 Joint
Declaration` is not. The act of ruling, told with its own verb and date, stays an event. Sentences written for
these tests, in other words than the corpus; the facts need not be true."""

from __future__ import annotations

import pytest

from allyscope import extract


def _stated(text: str) -> list[str]:
    return sorted(e.date for e in extract("Relations\n\n" + text + "\n").events if e.mode == "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Malaysia urged respect for the 2016 arbitral award when their ministers met.",
        "Peru and Ecuador both invoked the 1998 ruling on the border in their statements.",
        "ベトナムとマレーシアは、2016年の南シナ海仲裁判断の尊重を呼びかけた。",
        "越南与马来西亚呼吁尊重2016年的南海仲裁裁决。",
        "越南與馬來西亞呼籲各方尊重2016年的南海仲裁裁決。",
    ],
)
def test_a_ruling_named_by_its_year_dates_no_act(text: str) -> None:
    assert _stated(text) == [], text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("On 12 July 2016 the tribunal issued its ruling, and Vietnam welcomed it the same day.", ["2016-07-12"]),
        ("2016年7月12日、仲裁裁判所は判断を示し、ベトナムはこれを歓迎した。", ["2016-07-12"]),
        ("2016年7月12日，越南外交部发表声明，欢迎仲裁庭的裁决。", ["2016-07-12"]),
    ],
)
def test_the_act_of_ruling_keeps_its_date(text: str, dates: list[str]) -> None:
    got = _stated(text)
    assert got and set(got) == set(dates), (text, got)
