"""Acts told one after another on the day just dated (issue 14 class 5, Assembly; branch rec72).

Each test names a pattern of the language, in sentences written for it (other pairs, other verbs and other scripts
than the dev documents that showed the miss): a sentence with no date of its own that opens with a part of the day
(`In the afternoon …`, `下午，…`, `晚上，…`, `午後には、…`) right after a sentence that dated an act to a day tells a
further act of that day (data `event_clauses.json` `day_part_sequel`); after a month, a year or a span it names no
time, and an act it tells as planned is none. A personal pronoun and `also` opening such a sentence (`She also
visited …`, `他还出席了…`) tell a further act of the one just named, on that occasion (`pronoun_sequel`). In
Japanese, a visit told by `訪れて` and talks held right after it with no comma (`…を訪れて首脳会談を行い、`), and a
welcome ceremony then talks (`…の歓迎式典を行い、首脳会談を行った`), are two acts each (`event_segments` cuts at
`訪れて`; `acts_apart_by_cameo` 042/043 and 043/043 with 'before_words'). In English, a journey on to a further
place ends the clause before an act told there (`…, before travelling on to X, where she laid a wreath`). A word of
addition (`此外，`) opening the paragraph right after a paragraph that ended on a dated act goes on with that act's
occasion, as it does inside a paragraph (`sequel_act`)."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.event_clauses import acts_apart_by_cameo, day_part_opening, pronoun_also_opening, rules
from allyscope.events import extract_events
from allyscope.scripts import fold


def test_an_english_afternoon_after_a_dated_day_takes_that_day(tmp_path: Path) -> None:
    text = (
        "Release\n\n"
        "Norway's prime minister held talks with the Swedish prime minister in Oslo on 14 March 2023. "
        "In the afternoon the Swedish prime minister visited the Storting.\n"
    )
    assert asserted_dates_of(tmp_path, text, "visited the Storting") == ["2023-03-14"]


def test_a_chinese_part_of_the_day_after_a_dated_day_takes_that_day(tmp_path: Path) -> None:
    simplified = (
        "新闻稿\n\n2023年3月14日，挪威首相在奥斯陆同瑞典首相举行会谈。下午，两国首相共同出席了能源论坛开幕式。\n"
    )
    assert asserted_dates_of(tmp_path, simplified, "能源论坛开幕式") == ["2023-03-14"]
    traditional = (
        "新聞稿\n\n2023年3月14日，挪威首相在奧斯陸同瑞典首相舉行會談。晚上，瑞典首相出席了挪威國王舉行的國宴。\n"
    )
    assert asserted_dates_of(tmp_path, traditional, "國宴") == ["2023-03-14"]


def test_a_japanese_numbered_item_opening_with_the_afternoon_takes_the_day_of_the_item_before(
    tmp_path: Path,
) -> None:
    text = (
        "報道発表\n\n"
        "1　2023年3月14日、ノルウェー首相はオスロでスウェーデン首相と会談した。\n\n"
        "2　午後には、両国の外相が漁業協定に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "漁業協定に署名") == ["2023-03-14"]


def test_a_part_of_the_day_after_a_month_or_a_plan_is_no_act_of_a_day(tmp_path: Path) -> None:
    month = "新闻稿\n\n挪威首相于2023年3月访问瑞典。下午，两国首相共同出席了能源论坛开幕式。\n"
    assert asserted_dates_of(tmp_path, month, "能源论坛开幕式") == []  # a month has no afternoon of its own
    planned = (
        "Release\n\n"
        "Norway's prime minister held talks with the Swedish prime minister in Oslo on 14 March 2023. "
        "In the afternoon the two ministers will sign a fisheries agreement.\n"
    )
    assert asserted_dates_of(tmp_path, planned, "fisheries agreement") == []  # told as to come


def test_a_part_of_the_day_is_read_only_as_a_whole_word_and_not_before_an_earlier_time() -> None:
    assert day_part_opening(fold("In the mornings they met the envoys.")) is None
    assert day_part_opening(fold("下午此前已经签署了协定。")) is None  # `此前`: before the occasion
    assert day_part_opening(fold("The ministers met in the afternoon.")) is None  # not at the opening
    assert day_part_opening(fold("In the afternoon, they met.")) == (0, len("in the afternoon"))


_WORDS = st.sampled_from(rules()["day_part_sequel"]["words"])


@given(_WORDS, st.sampled_from(["，", "、", ", ", " ", ""]), st.sampled_from(["两国外长签署了协定。", "they met."]))
def test_every_part_of_the_day_opens_a_sentence(word: str, comma: str, rest: str) -> None:
    sentence = fold(f"{word}{comma}{rest}")
    span = day_part_opening(sentence)
    if not comma and (word.isascii() or rest.isascii()):
        return  # `in the morningthey`, `下午they`: glued to a Latin word, no opening (not asserted either way)
    assert span is not None and sentence[span[0] : span[1]] == fold(word)


@given(st.text(max_size=80))
def test_the_opening_is_a_span_of_the_sentence_or_none(text: str) -> None:
    span = day_part_opening(fold(text))
    assert span is None or 0 <= span[0] < span[1] <= len(fold(text))


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(e.date, e.mode, e.type) for e in extract_events(parse_text(text), "t")]


def test_a_japanese_visit_by_its_te_form_then_talks_are_two_acts() -> None:
    text = (
        "報道発表\n\n2019年6月3日、ノルウェーの首相はストックホルムを訪れて首脳会談を行い、"
        "漁業協力に関する覚書に署名した。\n"
    )
    assert [k for k in _kinds(text) if k[1] == "asserted"] == [
        ("2019-06-03", "asserted", "CONSULT"),  # the visit
        ("2019-06-03", "asserted", "CONSULT"),  # the talks
        ("2019-06-03", "asserted", "AGREE"),  # the memorandum
    ]
    planned = (
        "報道発表\n\n2019年6月3日、ノルウェーの首相はストックホルムを訪れて首脳会談を行う予定だったが、延期された。\n"
    )
    assert [k[1] for k in _kinds(planned)] == ["planned"]  # the visit was planned with the talks: no cut


def test_a_japanese_welcome_ceremony_then_talks_are_two_acts_but_not_a_ceremony_then_a_dinner() -> None:
    text = (
        "報道発表\n\n2019年6月3日、スウェーデンの首相は首相府でノルウェーの首相の歓迎式典を行い、首脳会談を行った。\n"
    )
    assert len(_kinds(text)) == 2
    dinner = (
        "報道発表\n\n2019年6月3日、スウェーデンの首相は首相府でノルウェーの首相の歓迎式典を行い、晩餐会を主催した。\n"
    )
    assert len(_kinds(dinner)) == 1  # no talks after the ceremony: one act told with its sequel
    assert acts_apart_by_cameo("043", "043", fold("、首脳会談を行った。"), fold("…の歓迎式典を行い"))
    assert not acts_apart_by_cameo("043", "043", fold("、首脳会談を行った。"), fold("…の晩餐会に出席し"))


def test_an_english_journey_on_to_a_further_place_then_an_act_there_is_an_act_of_its_own() -> None:
    text = (
        "Release\n\n"
        "The Norwegian foreign minister visited Ottawa on 3 May 2019, where she spoke to students at a university, "
        "before travelling on to the Canadian War Museum, where she laid a wreath.\n"
    )
    assert len([k for k in _kinds(text) if k[1] == "asserted"]) == 2  # the visit (with its talk), the wreath
    staying = (
        "Release\n\n"
        "The Norwegian foreign minister visited Ottawa on 3 May 2019, where she spoke to students at a university "
        "before the wreath was laid.\n"
    )
    assert len(_kinds(staying)) == 1  # no journey on to a place: one act


def test_a_pronoun_and_also_after_a_dated_act_take_its_date(tmp_path: Path) -> None:
    english = (
        "Release\n\n"
        "The Norwegian prime minister met the Swedish king in Stockholm on 12 March 2019. "
        "She also visited the Nobel Museum with the Swedish culture minister.\n"
    )
    assert asserted_dates_of(tmp_path, english, "Nobel Museum") == ["2019-03-12"]
    chinese = "新闻稿\n\n2019年3月12日，挪威首相在奥斯陆会见瑞典外交大臣。他还出席了两国商业论坛并致辞。\n"
    assert asserted_dates_of(tmp_path, chinese, "商业论坛") == ["2019-03-12"]
    hoping = (
        "Release\n\n"
        "The Norwegian prime minister met the Swedish king in Stockholm on 12 March 2019. "
        "She also hopes to visit the Nobel Museum.\n"
    )
    assert asserted_dates_of(tmp_path, hoping, "Nobel Museum") == []  # no past verb: a wish, no act


def test_a_pronoun_also_opening_is_read_only_at_the_sentence_start() -> None:
    assert pronoun_also_opening(fold("他还出席了论坛。")) == (0, 2)
    assert pronoun_also_opening(fold("He also attended the forum.")) == (0, len("he also"))
    assert pronoun_also_opening(fold("The envoy said he also attended the forum.")) is None
    assert pronoun_also_opening(fold("He also hopes to attend.")) is None
    assert pronoun_also_opening(fold("他还此前访问过奥斯陆。")) is None  # `此前`: before the occasion


@given(st.text(max_size=80))
def test_the_pronoun_opening_is_a_span_of_the_sentence_or_none(text: str) -> None:
    span = pronoun_also_opening(fold(text))
    assert span is None or 0 <= span[0] < span[1] <= len(fold(text))


def test_a_paragraph_opening_with_a_word_of_addition_goes_on_with_the_act_before(tmp_path: Path) -> None:
    text = (
        "新聞稿\n\n"
        "2019年3月12日，挪威首相在奧斯陸同瑞典首相舉行會談。\n\n"
        "此外，兩國外交部簽署了關於北極研究的合作備忘錄。\n"
    )
    assert asserted_dates_of(tmp_path, text, "北極研究") == ["2019-03-12"]
    unrelated = (
        "新聞稿\n\n2019年3月12日，挪威首相在奧斯陸同瑞典首相舉行會談。\n\n兩國外交部簽署了關於北極研究的合作備忘錄。\n"
    )
    assert asserted_dates_of(tmp_path, unrelated, "北極研究") == []  # no word of addition: no date carried
