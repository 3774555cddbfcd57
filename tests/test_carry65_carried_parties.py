"""Parties carried across sentences and lines in Chinese and Japanese (carry65, issue 14 items 3–4).

- a Chinese clause that drops its subject and opens with its act (`4日，出席…`, `访问期间为…揭牌`) carries the
  subject of the clause or line before, whose subject may stand after a CJK date (`2023年4月22日，<name>…`);
- a Japanese release's era date line may carry its hour and its room: the government named alone is the issuer's;
- `両国防衛相`, `両国外相` are the two ministers; `该协议`, `上述协议` refer back to the agreement named before;
- a humble Japanese clause with its subject dropped (`出席いたしました`) is the act of the person the head names.

Texts written for these tests (states and people other than the dev documents that prompted the rules)."""

from __future__ import annotations

import json
import re
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from allyscope import extract
from allyscope.event_clauses import carries_subject, drops_its_subject, drops_its_subject_zh, speakers_own_act
from allyscope.scripts import fold


def _actors(text: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events]


# --- a Chinese clause that drops its subject ---------------------------------------------------------------------


def test_a_chinese_act_on_the_next_line_carries_the_visitor_named_after_the_date() -> None:
    text = "巴西总统的出访\n\n2023年4月22日，卢拉总统抵达里斯本。\n23日，出席葡萄牙议会的特别会议。\n"
    actors = _actors(text)
    assert "person:lula" in actors[0]
    assert "person:lula" in actors[1] and "PT" in actors[1]


def test_a_traditional_chinese_act_in_the_same_paragraph_carries_the_subject() -> None:
    text = "印尼總統的出訪\n\n2023年7月3日，佐科總統抵達雪梨。4日，出席當地商業論壇。\n"
    actors = _actors(text)
    assert "person:jokowi" in actors[1]


def test_a_chinese_clause_with_its_own_subject_or_no_act_carries_nothing() -> None:
    # its own subject after the date: the act is that subject's
    assert drops_its_subject_zh(fold("4日，该国总理出席欢迎仪式")) is False
    # a span (为期), a delegation (访问团) and a happening (暴发) are no act with a dropped subject
    assert drops_its_subject_zh(fold("2021年，为期三天的演习在当地举行")) is False
    assert drops_its_subject_zh(fold("访问团抵达首都")) is False
    assert carries_subject(fold("2020年，疫情暴发")) is False
    # an act right after the date, an adverb of sequence or an occasion
    assert drops_its_subject_zh(fold("23日，出席议会的特别会议")) is True
    assert drops_its_subject_zh(fold("随后，会见当地华侨代表")) is True
    assert drops_its_subject_zh(fold("訪問期間為當地學校揭牌")) is True
    assert drops_its_subject(fold("- 會談後，簽署兩項合作文件")) is True


def test_a_new_subject_on_the_line_between_blocks_the_carry() -> None:
    text = (
        "巴西总统的出访\n\n2023年4月22日，卢拉总统抵达里斯本。\n"
        "同日，西班牙首相桑切斯抵达马德里。\n23日，出席当地的一场论坛。\n"
    )
    assert "person:lula" not in _actors(text)[-1]


_DATES = st.builds(
    lambda y, m, d: f"{y}年{m}月{d}日，", st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28)
) | st.sampled_from(["", "随后，", "次日，", "23日，", "访问期间，", "會談後，"])
_ACTS = st.sampled_from(["出席", "会见", "會見", "签署", "簽署", "视察", "发表", "为"])


@given(_DATES, _ACTS, st.text(alphabet="的一所学校港口论坛演讲协议揭牌", max_size=12))
def test_any_date_or_occasion_then_an_act_drops_the_subject(lead: str, act: str, rest: str) -> None:
    assert drops_its_subject_zh(fold(lead + act + rest)) is True


@given(_DATES, st.sampled_from(["该国总统", "两国元首", "越方", "印度总理"]), _ACTS)
def test_a_named_subject_before_the_act_keeps_its_own(lead: str, subject: str, act: str) -> None:
    assert drops_its_subject_zh(fold(lead + subject + act + "欢迎仪式")) is False


@given(st.text(max_size=40))
def test_the_reader_takes_any_text(text: str) -> None:
    assert drops_its_subject_zh(text) in (True, False)
    assert drops_its_subject(text) in (True, False)


# --- the era date line of a Japanese release -----------------------------------------------------------------------


def _issuer_line() -> re.Pattern[str]:
    data = json.loads(resources.files("allyscope.data").joinpath("discourse.json").read_text("utf-8"))
    return re.compile(data["issuers"]["states"][0]["line"])


def test_the_government_alone_under_a_dated_line_with_hour_and_room_is_the_issuers() -> None:
    text = (
        "外務報道官会見記録\n令和6年2月9日（金曜日）16時30分　於：本省会見室\n\n"
        "報道官：政府は本日、ロシアに対し外交ルートを通じて抗議しました。\n"
    )
    assert {"JP", "RU"} <= set(_actors(text)[0])


@given(
    st.sampled_from(["", "（月）", "（水曜日）", "(金)"]),
    st.sampled_from(["", "午前", "午後", "16時30分", "10時05分～10時20分", "午前11時"]),
    st.sampled_from(["", "　於：本省会見室", "　防衛省記者会見室"]),
)
def test_a_release_date_line_with_any_hour_and_room_is_an_issuers(day: str, hour: str, room: str) -> None:
    assert _issuer_line().match(f"令和6年2月9日{day}{hour}{room}") is not None


def test_a_place_of_signing_after_the_date_is_no_issuers_line() -> None:
    assert _issuer_line().match("令和6年2月9日、東京") is None
    assert _issuer_line().match("令和6年2月9日　東京") is None
    assert _issuer_line().match("令和6年2月9日（金）午後　共同記者会見に臨む両首脳") is None


# --- the two ministers; the agreement referred back to ------------------------------------------------------------


def test_the_two_defence_ministers_in_japanese_are_both_ministers() -> None:
    text = (
        "ドイツとポーランドの防衛協力\n\n2024年2月、ドイツの国防相がワルシャワを訪れた。"
        "同年3月、両国防衛相は戦車の共同整備に関する覚書に署名した。\n"
    )
    people = [i for i in _actors(text)[-1] if i.startswith("person:")]
    assert len(people) == 2


def test_the_agreement_referred_back_over_another_pairs_sentence() -> None:
    text = (
        "边境合作的进展\n\n2019年5月，智利与秘鲁签署《边境管理合作协议》。2020年，匈牙利总理访问奥地利。"
        "2021年3月，该协议正式生效。2022年6月，上述协议延长五年。\n"
    )
    actors = _actors(text)
    assert {"CL", "PE"} <= set(actors[2]) and {"CL", "PE"} <= set(actors[3])
    assert "HU" not in actors[2]


# --- a humble clause with its subject dropped: the speaker's own act -------------------------------------------------


def test_a_humble_clause_in_a_ministers_record_is_the_ministers_act() -> None:
    text = (
        "木原防衛大臣記者会見\n令和6年5月31日（金）10時00分～10時15分\n\n【記者】\n訪問の成果をお聞かせください。\n\n"
        "【木原防衛大臣】\n29日から30日まで、マニラで開かれたフィリピン国防相との会談に出席いたしました。\n"
    )
    actors = _actors(text)[0]
    assert "person:kihara" in actors and "JP" in actors


def test_a_humble_clause_with_its_own_subject_or_without_a_speaker_is_left_as_written() -> None:
    # the subject is named (総理は): the humble form speaks of an in-group act, not the speaker's own
    text = (
        "上川外務大臣会見記録\n令和6年5月31日（金）\n\n【上川外務大臣】\n"
        "総理は29日、ベトナムで開かれた会議に出席いたしました。\n"
    )
    assert "person:kamikawa" not in _actors(text)[0]
    # no person in the head: nobody's act
    text = "外務報道官会見記録\n令和6年5月31日（金）\n\n29日、ハノイで開かれた会議に出席いたしました。\n"
    assert not any(a.startswith("person:") for a in _actors(text)[0])


@given(
    st.sampled_from(["29日、", "昨日、", "先週、", ""]),
    st.sampled_from(["出席", "参加", "署名", "ご報告"]),
    st.sampled_from(["いたしました", "致しました", "させていただきました"]),
)
def test_any_humble_act_with_its_subject_dropped_is_the_speakers(lead: str, act: str, humble: str) -> None:
    assert speakers_own_act(fold(f"{lead}ハノイで開かれた会議に{act}{humble}")) is True
    assert speakers_own_act(fold(f"{lead}総理はハノイで開かれた会議に{act}{humble}")) is False
    assert speakers_own_act(fold(f"{lead}ハノイで開かれた会議に{act}しました")) is False
