"""Same-day words after a background date, and a press conference's heading as the document's date (issue 14,
items 1 and 2; prec70), in sentences written for these tests:

- a word of the same day (`当天`, `當天`, `同日`, `That day`) opening a sentence or a paragraph after a date told
  as background — an earlier day inside a clause that modifies a noun (`…签署的协定`, `…の共同声明`) or in a
  sentence marked as experienced before (`曾于`, `曾於`, `かつて`, `had once`), or an earlier month or year — is the
  day the story was told at before it, not the background one; a date that is a step of the story (a day opening
  its sentence, a later year) is what the word counts from, as before;
- the bracket closing a press conference's heading gives the document's date with a weekday before the day and
  the half of the day after it (`（令和3年6月2日午後）`, `(Monday, March 4, 2024, p.m.)`), so `昨日`, `本日` and
  `Yesterday` in the answers are read from it; words beside the day in the bracket still make it no dateline.
"""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

import allyscope
from allyscope.dates import Anchor, find_dates
from allyscope.layout.dating import document_date

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _dated(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=Anchor(2025, 6, 30)) if m.dates_event]


def _cjk(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _english(day: datetime.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


_SHAPES = {
    # (the story's day told, then a background day in the next sentence; the paragraph with the day word)
    "zh_relative": (
        "{a}，挪威外长在奥斯陆会见乌拉圭外长。双方同意落实两国{b}在蒙得维的亚签署的渔业协定。",
        "当天，两国还发表了新闻公报。",
        "当天",
    ),
    "zh_experienced": (
        "{a}，芬兰总统会见加纳总统。两国元首曾于{b}在阿克拉会晤。",
        "当天，双方还签署了贸易协议。",
        "当天",
    ),
    "zh_experienced_after": (
        "{a}，越南总理会见葡萄牙总理。{b}，两国总理曾在里斯本会晤。",
        "当天，两国还签署了海洋合作协定。",
        "当天",
    ),
    "zht_experienced": (
        "{a}，葡萄牙外長訪問越南。兩國外長曾於{b}在里斯本會談。",
        "當天，雙方簽署了合作備忘錄。",
        "當天",
    ),
    "ja_attributive": (
        "{a}、フィンランド大統領はガーナ大統領と会談した。両首脳は{b}の共同声明を確認した。",
        "同日、両国は投資協定に署名した。",
        "同日",
    ),
    "ja_experienced": (
        "{a}、ポルトガル首相はベトナム首相と会談した。両国はかつて{b}に漁業協定を結んだ。",
        "同日、両首脳は記者会見を行った。",
        "同日",
    ),
    "en_experienced": (
        "On {a}, the presidents of Finland and Ghana met in Helsinki. The two had once met in Accra on {b}.",
        "That day, they also signed a trade accord.",
        "That day",
    ),
}


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=9000),
    shape=st.sampled_from(sorted(_SHAPES)),
    paragraph=st.booleans(),
)
def test_a_same_day_word_after_a_background_day_counts_from_the_story_day(
    told: datetime.date, back: int, shape: str, paragraph: bool
) -> None:
    recalled = told - datetime.timedelta(days=back)
    first, second, word = _SHAPES[shape]
    write = _english if shape.startswith("en") else _cjk
    text = first.format(a=write(told), b=write(recalled)) + ("\n\n" if paragraph else " ") + second
    found = _dated(text)
    assert (word, told.isoformat()) in found, found
    assert (write(recalled), recalled.isoformat()) in found, found  # the background day is still read as its own


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=40),
)
def test_a_same_day_word_after_an_earlier_year_counts_from_the_story_day(told: datetime.date, back: int) -> None:
    earlier = told.year - back
    texts = {
        "当天": f"{_cjk(told)}，挪威首相会见越南总理。两国于{earlier}年建立全面伙伴关系。\n\n当天，双方签署了协定。",
        "That day": (
            f"On {_english(told)}, the leaders of Portugal and Ghana met in Lisbon. The two states set up a "
            f"partnership in {earlier}.\n\nThat day, they also signed an accord on fisheries."
        ),
    }
    for word, text in texts.items():
        assert (word, told.isoformat()) in _dated(text), (text, _dated(text))


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=9000),
)
def test_a_day_that_opens_its_sentence_is_a_step_of_the_story(told: datetime.date, back: int) -> None:
    flashback = told - datetime.timedelta(days=back)
    text = f"{_cjk(told)}，芬兰外长会见加纳外长。{_cjk(flashback)}，两国签署了投资协定。\n\n当天，双方还互换了照会。"
    assert ("当天", flashback.isoformat()) in _dated(text)


@given(
    told=st.dates(min_value=datetime.date(1995, 1, 1), max_value=datetime.date(2024, 12, 31)),
    back=st.integers(min_value=1, max_value=300),
)
def test_a_modifier_inside_the_clause_of_an_earlier_day_leaves_it_a_step_of_the_story(
    told: datetime.date, back: int
) -> None:
    # `…{b}在奥斯陆与到访的…举行会谈`: the particle closes the guest's noun phrase, the day is the clause's own
    flashback = told - datetime.timedelta(days=back)
    text = (
        f"{_cjk(told)}，挪威向乌拉圭派出考察团。"
        f"挪威首相{_cjk(flashback)}在奥斯陆与到访的乌拉圭总统举行会谈。总统当晚出席国宴。"
    )
    assert ("当晚", flashback.isoformat()) in _dated(text)


def test_a_same_day_word_after_a_later_year_is_not_sent_back() -> None:
    text = "2016年5月6日，挪威外长访问越南。2019年，两国签署协定。\n\n当天，双方会谈。"
    assert all(edtf != "2016-05-06" for word, edtf in _dated(text) if word == "当天")


def test_a_clause_of_the_story_with_a_modifier_keeps_its_day() -> None:
    # `…28日在…同来访的…举行会谈`: the particle is the modifier of the guest, inside the story's own clause
    text = "2021年3月28日，葡萄牙外长同来访的越南外长举行会谈。同日，两国签署了协定。"
    assert ("同日", "2021-03-28") in _dated(text)


def _events(text: str) -> dict[str, str]:
    """Each event's sentence (as extracted) → its date."""
    return {e.evidence.text.strip(): str(e.date) for e in allyscope.extract(text).events}


def test_the_story_day_is_carried_from_paragraph_to_paragraph_of_a_document() -> None:
    text = (
        "芬兰总统会见加纳总统\n\n"
        "新华社赫尔辛基2022年9月14日电\n\n"
        "芬兰总统14日在赫尔辛基同来访的加纳总统举行会谈。\n\n"
        "两国元首曾于2019年4月2日在阿克拉会晤，签署了投资协定。\n\n"
        "当天，两国还签署了关于职业教育合作的谅解备忘录。\n"
    )
    dates = {sentence[:4]: date for sentence, date in _events(text).items()}
    assert dates.get("当天，两") == "2022-09-14", dates


def test_a_press_conference_heading_with_its_weekday_or_half_day_dates_the_document() -> None:
    assert document_date(["内閣官房長官記者会見（令和3年6月2日午後）"], []) == ("2021-06-02", "dateline")
    assert document_date(["Press Conference by the Chief Cabinet Secretary (Monday, March 4, 2024, p.m.)"], []) == (
        "2024-03-04",
        "dateline",
    )
    assert document_date(["外交部发言人记者会（2024年2月6日上午）"], []) == ("2024-02-06", "dateline")
    # words beside the day in the bracket: a note or a citation, no dateline
    assert document_date(["Remarks on the accord (signed March 4, 2024, in Lisbon)"], []) is None
    assert document_date(["外相会談の概要（令和3年6月2日に発表した声明）"], []) is None


def test_the_answers_of_a_presser_count_their_days_from_its_heading() -> None:
    text = (
        "外務大臣会見記録（令和3年6月2日午後）\n\n"
        "【記者】昨日のポルトガル外相との会談について伺います。\n\n"
        "【大臣】昨日1日、私はポルトガルの外務大臣と会談し、海洋協力の推進で一致しました。\n"
    )
    assert "2021-06-01" in _events(text).values(), _events(text)
    english = (
        "Press Conference by the Foreign Minister (Tuesday, March 5, 2024, a.m.)\n\n"
        "FOREIGN MINISTER: Yesterday, I held talks with the Foreign Minister of Portugal in Tokyo.\n"
    )
    assert "2024-03-04" in _events(english).values(), _events(english)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.role) for m in find_dates(text, document_date=Anchor(2022, 5, 10))]


@given(year=st.integers(min_value=1990, max_value=2030), count=st.integers(min_value=1, max_value=150))
def test_a_count_heading_a_short_noun_before_the_verb_of_reaching_is_an_anniversary(year: int, count: int) -> None:
    # `…周年の節目に当たる`: the count names a milestone the year reaches, no act done in that year
    text = f"{year}年はフィンランドとガーナの国交樹立{count}周年の節目に当たった。"
    assert (f"{year}年", "anniversary") in _roles(text)
    assert ("本年", "anniversary") in _roles(f"本年はポルトガルとの友好条約から{count}周年の節目にあたります。")
    # an act done at the anniversary keeps its date
    assert (f"{year}年", "") in _roles(f"{year}年に両国外相は{count}周年の記念式典に出席した。")
