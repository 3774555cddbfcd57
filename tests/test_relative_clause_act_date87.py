"""The Japanese relative clause's act (issue 14, date87; `allyscope/event_relative_clause.py`, data
`background_days.main_act_after_ja` of date_rules.json): a date inside a clause that modifies a noun dates that
clause's act (the noun's making), and the sentence's main act after the noun's phrase takes the sentence's date
before the clause, or the occasion the sentence before dated; the noun's making told before is no act again (one
act, one event). Sentences written for these tests (Japan with Chile, Kenya, Peru and Norway), not the dev
documents'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.dates import DateMention
from allyscope.dates.values import rules
from allyscope.event_relative_clause import main_act_date
from allyscope.pipeline import extract

PAGE = "2024年3月5日\n\n"


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, "") for e in extract(PAGE + text).events]


def test_the_main_act_after_the_clause_takes_the_occasion_the_sentence_before_dated() -> None:
    events = _events(
        "ケニアのルト大統領は4日、首相官邸で岸田文雄首相と会談した。"
        "両首脳は2019年に発表した海洋協力に関する共同声明を改め、新たな共同声明に署名した。"
    )
    dates = [d for d, _ in events]
    assert dates.count("2024-03-04") == 2  # the talks and the new statement's signing
    assert dates.count("2019") == 1  # the statement of 2019, the clause's own act


def test_the_main_act_after_the_clause_takes_the_sentence_s_date_before_it() -> None:
    events = _events(
        "日本とチリの両首脳は、3月4日、2018年に署名された情報保護に関する覚書を改める新たな協定に署名した。"
    )
    assert sorted(d for d, _ in events) == ["2018", "2024-03-04"]
    # a date before the clause whose own clause tells an act keeps it, and the main act is one more of that day
    events = _events("ボリッチ大統領の東京訪問中の3月4日、両首脳は2018年に署名された覚書を改める新たな協定に署名した。")
    assert sorted(d for d, _ in events) == ["2018", "2024-03-04", "2024-03-04"]


def test_the_noun_s_making_told_before_is_no_second_event() -> None:
    events = _events(
        "日本とペルーは2007年5月10日に東京で共同宣言に署名した。"
        "2024年3月4日、両首脳は2007年に署名された共同宣言を改める新たな共同宣言に署名した。"
    )
    assert sorted(d for d, _ in events) == ["2007-05-10", "2024-03-04"]


def test_trap_a_clause_with_no_main_act_after_its_noun_keeps_its_date() -> None:
    # the noun's phrase runs on with `の下で`: no object particle closes it before the verb
    events = _events(
        "ケニアのルト大統領は4日、首相官邸で岸田文雄首相と会談した。両国は2016年に署名された協定の下で装備協力を進めている。"
    )
    assert "2016" in [d for d, _ in events]
    # a date that is no clause's (`2018年に覚書に署名し、…`) dates its own act as before
    events = _events("両国は2018年に覚書に署名し、2024年3月4日に新たな協定に署名した。")
    assert sorted(d for d, _ in events) == ["2018", "2024-03-04"]


def test_the_data_holds_the_object_particles_and_the_phrase_s_length() -> None:
    r = rules()["background_days"]["main_act_after_ja"]
    assert r["objects"] == ["を"] and int(r["max_phrase"]) > 0


def _mention(text: str, start: int, end: int, edtf: str) -> DateMention:
    return DateMention(start, end, text[start:end], edtf, "year" if len(edtf) == 4 else "day", "absolute")


NOUNS = ["共同声明", "覚書", "安全保障協力に関する共同宣言", "防衛装備品・技術移転協定", "行動計画"]


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(1990, 2023),
    ending=st.sampled_from(["に署名された", "に発表した", "に採択された"]),
    noun=st.sampled_from(NOUNS),
)
def test_property_the_main_act_s_date_stands_on_the_particle_after_any_such_noun(
    year: int, ending: str, noun: str
) -> None:
    sentence = f"両首脳は、3月4日、{year}年{ending}{noun}を改める新たな協定に署名した。"
    day_at, year_at = sentence.index("3月4日"), sentence.index(f"{year}年")
    mentions = [
        _mention(sentence, day_at, day_at + 4, "2024-03-04"),
        _mention(sentence, year_at, year_at + 5, f"{year}"),
    ]
    found = main_act_date(sentence, sentence, mentions, 0, None)
    assert found is not None
    (clause, bare), dated = found
    assert clause == 1 and bare == 0  # the date before tells no act of its own: it dates the main act alone
    assert dated.edtf == "2024-03-04" and sentence[dated.start] == "を"
    assert sentence.index(noun) < dated.start


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1990, 2023), noun=st.sampled_from(NOUNS))
def test_property_a_clause_cut_by_a_comma_or_a_stop_is_never_read(year: int, noun: str) -> None:
    sentence = f"両首脳は、3月4日、{year}年に署名された{noun}、そして新たな協定を確認した。"
    day_at, year_at = sentence.index("3月4日"), sentence.index(f"{year}年")
    mentions = [
        _mention(sentence, day_at, day_at + 4, "2024-03-04"),
        _mention(sentence, year_at, year_at + 5, f"{year}"),
    ]
    assert main_act_date(sentence, sentence, mentions, 0, None) is None
    # and a sentence with no date before the clause and no occasion before it is left as read
    alone = f"両国は{year}年に署名された{noun}を改める新たな協定に署名した。"
    at = alone.index(f"{year}年")
    assert main_act_date(alone, alone, [_mention(alone, at, at + 5, f"{year}")], 0, None) is None
