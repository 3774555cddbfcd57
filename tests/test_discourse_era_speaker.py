"""A record dated in one state's own era speaks for that state (issue 14, ext30a): a ministry's briefing or release
whose head names no speaker but is dated `中華民國114年…` reads its `我國`, `我方` as Taiwan (data: discourse.json
`speakers.era_states`); a question's `我國` is that state too, the briefing's reporters being its own press (ana58:
dev's gold reads `記者：宏都拉斯…與我國斷交` as Taiwan), and a text without such a date keeps its first person
unresolved. Records written for these tests, in other words than the corpus."""

from __future__ import annotations

from allyscope.discourse import first_person
from allyscope.entities import gazetteer

RECORD = (
    "外交部例行記者會答問\n\n中華民國112年3月2日\n\n"
    "問：我國何時與巴拉圭續簽協定？\n\n答：我國與巴拉圭於本月1日續簽合作協定。\n"
)


def _speaker_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    g = gazetteer()
    return [(text[m.start : m.end], m.ids) for m in first_person(text, g.match(text), g) if m.basis == "speaker"]


def test_a_record_dated_in_a_states_era_is_that_states() -> None:
    found = _speaker_words(RECORD)
    assert found == [("我國", ("TW",)), ("我國", ("TW",))]  # the question's and the answer's


def test_the_era_may_be_written_short() -> None:
    text = RECORD.replace("中華民國112年", "民國112年").replace("我國與", "我方與")
    assert _speaker_words(text) == [("我國", ("TW",)), ("我方", ("TW",))]


def test_without_an_era_date_the_first_person_stays_unresolved() -> None:
    assert _speaker_words(RECORD.replace("中華民國112年3月2日", "2023年3月2日")) == []
