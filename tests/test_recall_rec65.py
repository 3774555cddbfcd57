"""A further act of the occasion just dated, told without a date of its own (issue 14 items 1 and 4; branch rec65).

Each test names a pattern of the language, in sentences written for it (other pairs, other verbs and other scripts
than the dev documents that showed the miss): a sentence opening with a word of addition (`此外，`, `In addition,`),
a short subject followed by an adverb of what came next (`The envoy later called on …`, `<总统>随后…`), and
witnessing (`witnessed the exchange`, `见证`) take the date of the sentence right before (data `event_clauses.json`
`sequel_act`); an evening word (`同夜`, `当天晚上`, `同日の夜`) is the same day (data `date_rules.json` `same_day`)."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_events
from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_clauses import rules, sequel_opening, tells_a_sequel
from allyscope.scripts import fold

_events = asserted_events


def _dates_of(events: list[tuple[str, str]], words: str) -> list[str]:
    return sorted({date for date, sentence in events if words in sentence})


def test_an_english_subject_then_an_adverb_of_what_came_next_takes_the_occasion_date(tmp_path: Path) -> None:
    text = (
        "Release\n\n"
        "Uruguay's defence minister held talks with his Paraguayan counterpart in Asunción on 12 March 2019. "
        "The minister later called on President Mario Abdo Benítez at the presidential palace.\n"
    )
    assert _dates_of(_events(tmp_path, text), "later called on") == ["2019-03-12"]


def test_a_handover_witnessed_takes_the_occasion_date(tmp_path: Path) -> None:
    text = (
        "Release\n\n"
        "The Uruguayan Navy handed over two patrol boats to Paraguay's navy at a pier in Montevideo on 4 June 2018. "
        "President Horacio Cartes witnessed the exchange of the boats' papers.\n"
    )
    assert _dates_of(_events(tmp_path, text), "witnessed the exchange") == ["2018-06-04"]


def test_chinese_words_of_addition_and_of_what_came_next_take_the_occasion_date(tmp_path: Path) -> None:
    simplified = (
        "新闻稿\n\n"
        "2019年3月12日，乌拉圭国防部长在亚松森同巴拉圭国防部长举行会谈。"
        "此外，乌拉圭国防部长参观了巴拉圭海军学校。\n"
    )
    assert _dates_of(_events(tmp_path, simplified), "参观了巴拉圭海军学校") == ["2019-03-12"]
    traditional = (
        "新聞稿\n\n"
        "2019年3月12日，烏拉圭國防部長在亞松森同巴拉圭國防部長舉行會談。"
        "烏拉圭國防部長隨後拜會巴拉圭總統阿布鐸。\n"
    )
    assert _dates_of(_events(tmp_path, traditional), "隨後拜會") == ["2019-03-12"]


def test_a_signing_witnessed_in_chinese_takes_the_occasion_date(tmp_path: Path) -> None:
    simplified = (
        "新闻稿\n\n"
        "2018年6月4日，乌拉圭总统在蒙得维的亚同巴拉圭总统举行会谈。"
        "乌拉圭总统和巴拉圭总统见证了两国渔业合作协定的签署。\n"
    )
    assert _dates_of(_events(tmp_path, simplified), "渔业合作协定的签署") == ["2018-06-04"]
    traditional = (
        "新聞稿\n\n"
        "2018年6月4日，烏拉圭總統在蒙特維多同巴拉圭總統舉行會談。"
        "烏拉圭外長與巴拉圭外長見證兩國交換漁業合作協定的文本。\n"
    )
    assert _dates_of(_events(tmp_path, traditional), "見證兩國交換") == ["2018-06-04"]


def test_a_bare_attendance_or_an_also_is_no_further_act_of_its_own(tmp_path: Path) -> None:
    # dev's gold counts the ceremony's act, not who attended it, nor a side visit told with `also`/`还`
    assert sequel_opening(fold("The foreign minister of Paraguay also attended.")) is None
    assert sequel_opening(fold("巴拉圭总统出席了仪式。")) is None
    assert sequel_opening(fold("代表团还参观了蒙得维的亚的港口。")) is None


def test_evening_words_are_the_day_of_the_act_before(tmp_path: Path) -> None:
    japanese = (
        "報道発表\n\n"
        "2019年3月12日、河野外務大臣はウルグアイのニン外相と会談した。"
        "同夜、大臣はバスケス大統領主催の晩餐会に出席した。\n"
    )
    assert _dates_of(_events(tmp_path, japanese), "晩餐会に出席") == ["2019-03-12"]
    chinese = (
        "新闻稿\n\n"
        "2019年3月12日，巴拉圭外长在北京同中国外长举行会谈。"
        "当天晚上，中国外长为巴拉圭外长举行欢迎宴会。\n"
    )
    assert _dates_of(_events(tmp_path, chinese), "欢迎宴会") == ["2019-03-12"]


def test_what_came_before_the_occasion_or_a_word_said_is_no_further_act(tmp_path: Path) -> None:
    assert sequel_opening(fold("乌拉圭此前还访问过巴拉圭。")) is None  # an earlier time: before the occasion
    assert sequel_opening(fold("The minister previously also visited Asunción.")) is None
    assert sequel_opening(fold("The two sides discussed trade.")) is None  # no word of sequence
    said = {str(c) for c in rules()["second_act"]["statement_cameo"]}
    assert not tells_a_sequel(said, fold("此外，乌拉圭方面表示满意。"))  # a word said, no statement issued
    assert not tells_a_sequel({"043"}, fold("此外，双方同意继续加强交流。"))  # an intent to go on
    text = (
        "Release\n\n"
        "Uruguay and Paraguay have signed three fisheries agreements since 2015. "
        "The two navies later held a drill off Montevideo.\n"
    )
    assert _dates_of(_events(tmp_path, text), "later held a drill") == []  # an open span dates no one occasion


_SUBJECTS = st.sampled_from(["The minister", "President Cartes", "The Paraguayan envoy", "He", "The delegation"])
_ADVERBS = st.sampled_from(rules()["sequel_act"]["after_subject_en"])
_VERBS = st.sampled_from(["called on", "visited", "laid a wreath", "met", "toured", "opened", "addressed"])


@given(_SUBJECTS, _ADVERBS, _VERBS)
def test_an_adverb_of_what_came_next_is_found_after_any_short_subject(subject: str, adverb: str, verb: str) -> None:
    sentence = fold(f"{subject} {adverb} {verb} the naval school.")
    span = sequel_opening(sentence)  # every verb drawn is a past form (`-ed` or `second_act` 'past_en')
    assert span is not None and sentence[span[0] : span[1]] == fold(adverb)


@given(st.text(max_size=80))
def test_the_opening_is_a_span_of_the_sentence_or_none(text: str) -> None:
    span = sequel_opening(fold(text))
    assert span is None or 0 <= span[0] < span[1] <= len(fold(text))


def test_a_latin_chronologys_short_lines_are_entries_not_date_lines(tmp_path: Path) -> None:
    # one-state lines of a convention's chronology, present tense, no stop: each line's date dates its act
    text = (
        "Convention on maritime search and rescue\n\n"
        "The convention was adopted at a conference in Hamburg on 27 April 1979. Its parties revised the annex in "
        "London on 18 May 1998 and again on 20 May 2004.\n\n"
        "Chronology\n\n"
        "14 March 1986 – Chile ratifies\n"
        "1998 – Peru becomes a party\n"
        "June 2004 — Uruguay accedes\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "Chile ratifies") == ["1986-03-14"]
    assert _dates_of(events, "Peru becomes a party") == ["1998"]
    assert _dates_of(events, "Uruguay accedes") == ["2004-06"]


def test_a_chronologys_line_of_a_day_the_prose_told_is_still_read(tmp_path: Path) -> None:
    # dev's gold counts an entry of a chronology even when the prose told the same act (`1962年9月5日：兩國建交`)
    text = (
        "Convention on maritime search and rescue\n\n"
        "The convention was adopted at a conference in Hamburg on 27 April 1979. "
        "Chile ratified it on 14 March 1986, and its parties revised the annex on 20 May 2004.\n\n"
        "Chronology\n\n"
        "14 March 1986 – Chile ratifies\n"
        "2 May 1990 – Peru ratifies\n"
    )
    events = _events(tmp_path, text)
    assert _dates_of(events, "Chile ratifies") == ["1986-03-14"]
    assert len([d for d, _ in events if d == "1986-03-14"]) == 2  # the prose's telling and the entry's


_MONTHS = st.sampled_from(["", "March ", "June ", "Sept. "])
_DASHES = st.sampled_from(["–", "—", "-", ":"])


@given(st.integers(1900, 2099), st.integers(1900, 2099), _MONTHS, _DASHES)
def test_two_dated_dash_lines_make_a_run_and_a_lone_one_does_not(
    first: int, second: int, month: str, dash: str
) -> None:
    from types import SimpleNamespace

    from allyscope.dates.stage import _chronology_runs

    text = f"{month}{first} {dash} Chile ratifies\n{second} {dash} Peru accedes\nSee also: the convention\n"
    starts = [0, text.index(f"{second} "), text.index("See also")]
    regions = [SimpleNamespace(start=s, end=text.index("\n", s)) for s in starts]
    assert _chronology_runs(text, regions) == [True, True, False]
    lone = [SimpleNamespace(start=0, end=text.index("\n"))]
    assert _chronology_runs(text, lone) == [False]
